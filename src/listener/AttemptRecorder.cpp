#include "AttemptRecorder.h"

#include "engine/TrustEngine.h"

namespace trustdesk {

QList<Certificate> AttemptRecorder::toCertificates(const QList<QSslCertificate> &chain)
{
    QList<Certificate> out;
    for (const QSslCertificate &cert : chain) {
        const Certificate converted = Certificate::fromDer(cert.toDer());
        if (!converted.isNull())
            out << converted;
    }
    return out;
}

AttemptOutcome AttemptRecorder::attempt(const QList<Certificate> &presented,
                                        const QString &username, Interface iface,
                                        const QString &clientAddress)
{
    AttemptOutcome outcome;
    outcome.user = username.isEmpty() ? std::nullopt : m_store.findUser(m_organisationId, username);
    outcome.certificatePresented = !presented.isEmpty();
    if (presented.isEmpty())
        return outcome;
    const auto snapshot = m_store.snapshot(m_organisationId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    outcome.verdict = TrustEngine::evaluate(presented, outcome.user ? &*outcome.user : nullptr,
                                            iface, *snapshot, now);
    AttemptContext context;
    context.interface = iface;
    context.clientAddress = clientAddress;
    context.at = now;
    m_store.recordAttempt(m_organisationId, *outcome.verdict,
                          outcome.user ? &*outcome.user : nullptr, context);
    return outcome;
}

std::optional<UserProfile> AttemptRecorder::findUser(const QString &username)
{
    if (username.isEmpty())
        return std::nullopt;
    return m_store.findUser(m_organisationId, username);
}

bool AttemptRecorder::verifyPassword(const QString &username, const QString &password)
{
    return m_store.verifyPassword(m_organisationId, username, password.toUtf8());
}

} // namespace trustdesk
