#include "TankAcceptanceService.h"

#include "../InputError.h"

namespace trustdesk {

TankAcceptanceService::Result TankAcceptanceService::accept(qint64 entryId, bool keepOther,
                                                            bool approve)
{
    const QString org = m_store.organisations().nameOf(m_organisationId);
    Result result;
    // Read under the write lock: of two administrators accepting one entry, the second
    // finds it gone and is told so, instead of accepting it again.
    Store::Transaction transaction(m_store);
    result.accepted = m_store.tank().entry(m_organisationId, entryId);
    const TankEntry &entry = result.accepted;
    QJsonObject after{{QStringLiteral("kind"), credentialKindName(entry.kind)},
                      {QStringLiteral("value"), entry.value}};
    if (entry.kind == CredentialKind::UntrustedCa) {
        m_store.rootStore().add({entry.certificate});
        if (approve)
            m_store.approvedCas(m_organisationId).add({entry.certificate});
        after.insert(QStringLiteral("installed"), true);
        after.insert(QStringLiteral("approved"), approve);
    } else {
        if (entry.username.isEmpty())
            throw InputError(tr("holding tank entry %1 belongs to no user").arg(entryId));
        m_store.users().insertCredential(m_store.users().idOf(m_organisationId, entry.username),
                                         entry.kind, entry.value);
        after.insert(QStringLiteral("kept_other"), keepOther);
    }
    result.removedEntries =
        keepOther ? m_store.tank().removeEntry(entryId) : m_store.tank().removePair(entry.pairId);
    m_store.auditLog().record(
        org, QStringLiteral("tank.accept"),
        // Who or what it was for, not the entry's passing number.
        entry.username.isEmpty()
            ? QStringLiteral("root:%1").arg(entry.certificate.thumbprint().key())
            : QStringLiteral("user:%1").arg(entry.username),
        QJsonObject{{QStringLiteral("tank_entry"), entryId}}, after);
    transaction.commit();
    return result;
}

} // namespace trustdesk
