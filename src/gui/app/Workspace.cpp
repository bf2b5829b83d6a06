#include "app/Workspace.h"

#include "common/BackgroundTask.h"
#include "InputError.h"

namespace trustdesk {

Workspace::Workspace(QObject *parent) : QObject(parent)
{
    m_purgeTimer.setInterval(60 * 60 * 1000); // hourly, comfortably more than daily
    connect(&m_purgeTimer, &QTimer::timeout, this, [this] {
        try {
            if (purgeExpiredTank() > 0)
                changed(Tank | Users);
        } catch (const std::exception &) {
            // The store may be busy; the next run catches up.
        }
    });
}

Workspace::~Workspace() = default;

void Workspace::open(std::unique_ptr<Store> store, const QString &organisation)
{
    QList<OrganisationSettings> organisations = store->organisations().all();
    if (organisations.isEmpty())
        organisations << store->organisations().create(QStringLiteral("Default"));
    const OrganisationSettings chosen =
        organisation.isEmpty() ? organisations.first() : store->organisations().get(organisation);
    m_store = std::move(store);
    m_organisations = organisations;
    m_organisation = chosen;
    m_caKey = PrivateKey();
    purgeExpiredTank();
    m_purgeTimer.start();
    emit storeOpened();
    emit organisationChanged();
    emit dataChanged(Everything);
}

void Workspace::setOrganisation(qint64 id)
{
    if (!m_store || id == m_organisation.id)
        return;
    reloadOrganisations(id);
    m_caKey = PrivateKey();
    emit organisationChanged();
    emit dataChanged(Everything);
}

void Workspace::createOrganisation(const QString &name)
{
    const OrganisationSettings created = m_store->organisations().create(name);
    reloadOrganisations(created.id);
    emit organisationChanged();
    emit dataChanged(Everything);
}

QDateTime Workspace::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void Workspace::changed(Areas areas)
{
    if (areas & Settings)
        reloadOrganisations(m_organisation.id);
    emit dataChanged(areas | Audit);
}

int Workspace::purgeExpiredTank()
{
    if (!m_store)
        return 0;
    int removed = 0;
    for (const OrganisationSettings &org : m_store->organisations().all())
        removed += m_store->tank().purgeExpired(org.id, now());
    return removed;
}

void Workspace::reloadOrganisations(qint64 keepId)
{
    m_organisations = m_store->organisations().all();
    for (const OrganisationSettings &org : m_organisations)
        if (org.id == keepId) {
            m_organisation = org;
            return;
        }
    if (!m_organisations.isEmpty())
        m_organisation = m_organisations.first();
}

void Workspace::unlockCa(const QByteArray &passphrase, QWidget *parent)
{
    const auto ca = m_store->organisationCa().get(m_organisation.id);
    if (!ca)
        throw InputError(
            tr("organisation '%1' has no CA; create or import one first").arg(m_organisation.name));
    PrivateKey key;
    if (parent) // the store stays on this thread; only the decryption moves
        BackgroundTask::run(parent, tr("Unlocking the organisation CA…"),
                            [&] { key = ca->unlock(passphrase); });
    else
        key = ca->unlock(passphrase);
    m_caKey = key;
    emit notice(tr("The organisation CA is unlocked for this session"));
    emit dataChanged(OrganisationCa);
}

void Workspace::lockCa()
{
    m_caKey = PrivateKey();
    emit notice(tr("The organisation CA is locked"));
    emit dataChanged(OrganisationCa);
}

} // namespace trustdesk
