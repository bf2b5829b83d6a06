// The open store and the organisation being administered, shared by every view. Views
// write through store() and then call changed(), so that every view showing that data
// refreshes (and the audit view with them).
#pragma once

#include "domain/OrganisationSettings.h"
#include "store/Store.h"
#include "x509/PrivateKey.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

class QWidget;

namespace trustdesk {

class Workspace : public QObject
{
    Q_OBJECT
public:
    enum Area
    {
        Users = 0x01,
        Tank = 0x02,
        Roots = 0x04,
        ApprovedCas = 0x08,
        Settings = 0x10,
        Audit = 0x20,
        OrganisationCa = 0x40, // the CA and the certificates it issued
        Mappings = 0x80,       // the IIS certificate mappings
        Everything = 0xff
    };
    Q_DECLARE_FLAGS(Areas, Area)

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Opens another connection to the same store (for a worker thread, or to reconnect).
    using StoreFactory = std::function<std::unique_ptr<Store>()>;

    bool isOpen() const { return m_store != nullptr; }
    // Valid only while isOpen().
    Store &store() const { return *m_store; }
    // Takes the store, chooses the named organisation (or the first) and purges expired
    // tank entries (RULES 4.4). Throws InputError/StoreError, leaving the old store open.
    // `reopen` opens the same store again (a shared store's password is kept in it, in
    // memory only); without one, the store's location is opened.
    void open(std::unique_ptr<Store> store, const QString &organisation = QString(),
              StoreFactory reopen = {});
    // A new connection to the open store, for use on the thread that calls this.
    std::unique_ptr<Store> openAnotherConnection() const;
    // The same as a function that any thread may call (it holds what it needs).
    StoreFactory connectionFactory() const;

    // A shared store: how often the connection is checked, and a lost one retried.
    static constexpr int ConnectionCheckMs = 2000;
    // Another session's changes are gathered this long before the views refresh once.
    static constexpr int LiveRefreshDelayMs = 150;

    QList<OrganisationSettings> organisations() const { return m_organisations; }
    const OrganisationSettings &organisation() const { return m_organisation; }
    qint64 organisationId() const { return m_organisation.id; }
    void setOrganisation(qint64 id);
    void createOrganisation(const QString &name);

    // The time the engine evaluates at and the tank expires against.
    QDateTime now() const;

    // The organisation CA's key, unlocked on demand and held only in memory for the rest of
    // the session (forgotten on lockCa(), another store or another organisation).
    bool isCaUnlocked() const { return !m_caKey.isNull(); }
    PrivateKey caKey() const { return m_caKey; }
    // Decrypts the key (PBKDF2: a noticeable moment, so off the GUI thread behind a progress
    // dialog when `parent` is given). Throws InputError for no CA or a wrong passphrase.
    void unlockCa(const QByteArray &passphrase, QWidget *parent = nullptr);
    void lockCa();

    // Report a change written through store(); the audit log always changes with it.
    void changed(Areas areas);

    // Removes expired tank entries of every organisation; returns how many went.
    int purgeExpiredTank();

signals:
    void storeOpened();
    void organisationChanged();
    void dataChanged(trustdesk::Workspace::Areas areas);
    // A short line for the status bar about what just happened.
    void notice(const QString &message);
    // A shared store's connection was lost (true) or is back (false).
    void connectionLost(bool lost);

private:
    void reloadOrganisations(qint64 keepId);
    void watchSharedStore();
    void announced(const QString &table, bool otherSession);
    void checkConnection();
    void reconnect();
    void reconnectProbed();

    std::unique_ptr<Store> m_store;
    QList<OrganisationSettings> m_organisations;
    OrganisationSettings m_organisation;
    PrivateKey m_caKey;
    QTimer m_purgeTimer; // RULES 4.4: at least daily while running
    StoreFactory m_reopen;
    QTimer m_connectionTimer;  // checks a shared store's connection, or retries a lost one
    QTimer m_liveRefreshTimer; // gathers other sessions' announcements
    Areas m_announcedAreas;
    bool m_connectionLost = false;
    QFutureWatcher<bool> m_reconnectProbe;
};

} // namespace trustdesk

Q_DECLARE_OPERATORS_FOR_FLAGS(trustdesk::Workspace::Areas)
