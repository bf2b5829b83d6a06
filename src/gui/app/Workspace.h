// The open store and the organisation being administered, shared by every view. Views
// write through store() and then call changed(), so that every view showing that data
// refreshes (and the audit view with them).
#pragma once

#include "domain/OrganisationSettings.h"
#include "store/Store.h"
#include "x509/PrivateKey.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QWidget;
#include <memory>

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

    bool isOpen() const { return m_store != nullptr; }
    // Valid only while isOpen().
    Store &store() const { return *m_store; }
    // Takes the store, chooses the named organisation (or the first) and purges expired
    // tank entries (RULES 4.4). Throws InputError/StoreError, leaving the old store open.
    void open(std::unique_ptr<Store> store, const QString &organisation = QString());

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

private:
    void reloadOrganisations(qint64 keepId);

    std::unique_ptr<Store> m_store;
    QList<OrganisationSettings> m_organisations;
    OrganisationSettings m_organisation;
    PrivateKey m_caKey;
    QTimer m_purgeTimer; // RULES 4.4: at least daily while running
};

} // namespace trustdesk

Q_DECLARE_OPERATORS_FOR_FLAGS(trustdesk::Workspace::Areas)
