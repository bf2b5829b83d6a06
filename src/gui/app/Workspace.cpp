#include "app/Workspace.h"

#include "InputError.h"
#include "common/BackgroundTask.h"
#include "store/StoreChangeFeed.h"
#include "store/StoreError.h"
#include "x509/OpenSslThreadGuard.h"

#include <QtConcurrent/QtConcurrentRun>

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
    m_liveRefreshTimer.setSingleShot(true);
    m_liveRefreshTimer.setInterval(LiveRefreshDelayMs);
    connect(&m_liveRefreshTimer, &QTimer::timeout, this, [this] {
        const Areas areas = m_announcedAreas;
        m_announcedAreas = {};
        if (areas & Settings)
            reloadOrganisations(m_organisation.id);
        emit dataChanged(areas);
        emit notice(tr("Refreshed with changes made by another administrator or program"));
    });
    m_connectionTimer.setInterval(ConnectionCheckMs);
    connect(&m_connectionTimer, &QTimer::timeout, this,
            [this] { m_connectionLost ? reconnect() : checkConnection(); });
    connect(&m_reconnectProbe, &QFutureWatcher<bool>::finished, this, &Workspace::reconnectProbed);
}

Workspace::~Workspace()
{
    m_reconnectProbe.waitForFinished();
}

void Workspace::open(std::unique_ptr<Store> store, const QString &organisation, StoreFactory reopen)
{
    QList<OrganisationSettings> organisations = store->organisations().all();
    if (organisations.isEmpty())
        organisations << store->organisations().create(QStringLiteral("Default"));
    const OrganisationSettings chosen =
        organisation.isEmpty() ? organisations.first() : store->organisations().get(organisation);
    // The previous store lives until every view has let go of it (the listener, stopped by
    // storeOpened, still holds it).
    std::unique_ptr<Store> previous = std::exchange(m_store, std::move(store));
    m_organisations = organisations;
    m_organisation = chosen;
    m_caKey = PrivateKey();
    m_reopen = std::move(reopen);
    purgeExpiredTank();
    m_purgeTimer.start();
    watchSharedStore();
    emit storeOpened();
    emit organisationChanged();
    emit dataChanged(Everything);
}

std::unique_ptr<Store> Workspace::openAnotherConnection() const
{
    return connectionFactory()();
}

Workspace::StoreFactory Workspace::connectionFactory() const
{
    if (m_reopen)
        return m_reopen;
    const QString location = m_store->location();
    return [location] { return Store::openLocation(location); };
}

// Live refresh: another session's announced changes refresh the views showing them; the
// connection is checked, and a lost one reopened (announcements sent meanwhile are lost
// with it, so everything is refreshed then).
void Workspace::watchSharedStore()
{
    m_liveRefreshTimer.stop();
    m_announcedAreas = {};
    m_connectionLost = false;
    StoreChangeFeed *feed = m_store->changeFeed();
    if (!feed || !feed->isListening()) {
        m_connectionTimer.stop();
        return;
    }
    connect(feed, &StoreChangeFeed::changed, this, &Workspace::announced);
    m_connectionTimer.start();
}

void Workspace::announced(const QString &table, bool otherSession)
{
    if (!otherSession) // this window's own changes refreshed its views already
        return;
    static const QList<QPair<QLatin1String, Areas>> areasOfTables{
        {QLatin1String("organisations"), Settings},
        {QLatin1String("root_store"), Roots},
        {QLatin1String("intermediates"), Roots | ApprovedCas},
        {QLatin1String("approved_cas"), ApprovedCas},
        {QLatin1String("revocation_lists"), Roots | ApprovedCas},
        {QLatin1String("users"), Users},
        {QLatin1String("credentials"), Users},
        {QLatin1String("tank"), Tank | Users},
        {QLatin1String("organisation_ca"), OrganisationCa},
        {QLatin1String("issued_certificates"), OrganisationCa},
        {QLatin1String("certificate_mappings"), Mappings},
        {QLatin1String("mapping_rules"), Mappings},
        {QLatin1String("audit_log"), Audit},
    };
    Areas areas = Everything; // a table this version does not know
    for (const auto &[name, known] : areasOfTables)
        if (table == name)
            areas = known;
    m_announcedAreas |= areas;
    if (!m_liveRefreshTimer.isActive())
        m_liveRefreshTimer.start();
}

void Workspace::checkConnection()
{
    if (!m_store || m_store->isReachable())
        return;
    m_connectionLost = true;
    emit connectionLost(true);
    emit notice(tr("The connection to %1 was lost; reconnecting…").arg(m_store->location()));
}

void Workspace::reconnect()
{
    if (m_reconnectProbe.isRunning())
        return;
    // The server is tried on a worker thread (a server that does not answer takes the
    // connect timeout); only a store that opened there is opened again here.
    m_reconnectProbe.setFuture(QtConcurrent::run([open = connectionFactory()] {
        const OpenSslThreadGuard openSsl; // TLS to the server
        bool opened = false;
        try {
            opened = open() != nullptr;
        } catch (const std::exception &) {
        }
        return opened;
    }));
}

void Workspace::reconnectProbed()
{
    if (!m_reconnectProbe.result() || !m_connectionLost)
        return; // the timer tries again
    const QString organisation = m_organisation.name;
    const PrivateKey caKey = m_caKey;
    try {
        open(openAnotherConnection(), organisation, m_reopen);
    } catch (const std::exception &) {
        return;
    }
    m_caKey = caKey; // the same store: the session's unlock still holds
    emit connectionLost(false);
    emit notice(
        tr("Reconnected to %1; every view shows the store as it is now").arg(m_store->location()));
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
