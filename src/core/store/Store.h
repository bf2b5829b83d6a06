// The store: the only code that speaks SQL. SQLite (WAL, foreign keys) is the embedded
// default. Every administrative action is one transaction that also writes its audit
// record, so a failed action leaves nothing behind.
#pragma once

#include "../engine/OrganisationSettings.h"
#include "../engine/TrustSnapshot.h"
#include "../engine/UserProfile.h"
#include "../engine/Verdict.h"
#include "../engine/WhatIfChanges.h"
#include "../orgca/OrganisationCa.h"
#include "StoreQueries.h"
#include "StoreRecords.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <optional>

namespace trustdesk {

class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    // Opens (creating when missing) a SQLite store. Throws StoreError.
    static std::unique_ptr<Store> openSqlite(const QString &path);
    // A store named by URL: "sqlite:///path" or "postgresql://...". Throws StoreError.
    static std::unique_ptr<Store> openUrl(const QString &url);
    // The store the GUI and CLI use when none is named.
    static QString defaultPath();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Who the audit log names for changes made through this connection.
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }
    QString location() const { return m_location; }

    // --- organisations
    QList<OrganisationSettings> organisations();
    // The named organisation, or the first when `name` is empty. Throws InputError.
    OrganisationSettings organisation(const QString &name);
    OrganisationSettings createOrganisation(const QString &name);
    void updateOrganisation(const OrganisationSettings &settings);

    // --- the trusted root store, the known intermediates (installation-wide)
    QList<StoredCertificate> installedCertificates();
    // Returns how many were newly installed; already installed ones are left as they are.
    int installCertificates(const QList<Certificate> &certificates);
    void uninstallCertificate(const QString &thumbprintText);
    QList<StoredCertificate> knownIntermediates();
    int addIntermediates(const QList<Certificate> &certificates);
    void removeIntermediate(const QString &thumbprintText);

    // --- approved CAs of an organisation
    QList<StoredCertificate> approvedCas(qint64 organisationId);
    int approveCas(qint64 organisationId, const QList<Certificate> &certificates);
    void removeApprovedCa(qint64 organisationId, const QString &thumbprintText);

    // --- revocation lists
    QList<StoredRevocationList> revocationLists();
    int addRevocationLists(const QList<RevocationList> &crls);
    void removeRevocationList(qint64 id);

    // --- users and their accepted credentials
    QList<UserRecord> users(qint64 organisationId);
    std::optional<UserProfile> findUser(qint64 organisationId, const QString &username);
    UserRecord user(qint64 organisationId, const QString &username); // throws InputError
    void addUser(qint64 organisationId, const UserProfile &profile,
                 const std::optional<QByteArray> &password);
    // Applies the changed fields of `profile` (matched by username) in one transaction.
    void updateUser(qint64 organisationId, const UserProfile &profile);
    void setPassword(qint64 organisationId, const QString &username, const QByteArray &password);
    bool verifyPassword(qint64 organisationId, const QString &username, const QByteArray &password);
    void removeUser(qint64 organisationId, const QString &username);
    // kind is "thumbprint" or "cn"; the value is validated and normalised here.
    void addCredential(qint64 organisationId, const QString &username, const QString &kind,
                       const QString &value);
    void removeCredential(qint64 organisationId, const QString &username, const QString &kind,
                          const QString &value);

    // --- what the engine reads
    std::unique_ptr<TrustSnapshot> snapshot(qint64 organisationId);

    // --- the holding tank (RULES.md section 4)
    QList<TankEntry> tankEntries(qint64 organisationId, const QString &username = QString());
    // Records what an attempt leaves behind: new pairs, refreshed pairs, the per-user cap,
    // untrusted CAs. Not an administrative change, so not audited.
    void recordAttempt(qint64 organisationId, const Verdict &verdict, const UserProfile *user,
                       const AttemptContext &context);
    struct AcceptResult
    {
        TankEntry accepted;
        int removedEntries = 0;
    };
    // Accepts an entry into its user's credentials (or installs an untrusted CA, approving it
    // too when `approve`). Unless `keepOther`, the whole pair leaves the tank.
    AcceptResult acceptTankEntry(qint64 organisationId, qint64 entryId, bool keepOther,
                                 bool approve = false);
    void deleteTankEntry(qint64 organisationId, qint64 entryId);
    // Deletes a user's entries, or the whole organisation's; with `expiredBefore` valid,
    // only those last seen before it. Returns how many went.
    int purgeTank(qint64 organisationId, const QString &username, const QDateTime &expiredBefore);
    // RULES 4.4: the automatic clean-up, relative to `now`.
    int purgeExpiredTank(qint64 organisationId, const QDateTime &now);

    // --- what-if changes made real (the chain explorer's Apply): all of them in one
    // transaction, each audited as if made on its own; `username` gets the credentials.
    void applyChanges(qint64 organisationId, const WhatIfChanges &changes, const QString &username);

    // --- the organisation CA and the certificates it issued
    std::optional<OrganisationCa> organisationCa(qint64 organisationId);
    // Stores the CA (`how`: "create" or "import"); with `installAndApprove`, also installs
    // it in the root store and approves it. An existing CA is replaced only with `replace`.
    void setOrganisationCa(qint64 organisationId, const OrganisationCa &ca, const QString &how,
                           bool installAndApprove, bool replace = false);
    struct IssueRegistration
    {
        QString username; // empty: record only
        bool thumbprint = true;
        bool commonName = false;
    };
    // One transaction: records `certificate` as issued, registers it on the user as asked,
    // and installs and approves the organisation CA if it is not yet. Audited as
    // "certificate.issue" under this connection's actor.
    IssuedCertificateRecord recordIssuedCertificate(qint64 organisationId,
                                                    const Certificate &certificate,
                                                    const IssueRegistration &registration);
    // Newest first; of one user when `username` is given.
    QList<IssuedCertificateRecord> issuedCertificates(qint64 organisationId,
                                                      const QString &username = QString());

    // --- audit
    QList<AuditEntry> auditLog(int limit = -1);

    // --- paged reads for the views of a large store (see StoreQueries.h)
    // Users without their credential lists, with credentialCount and pendingTankEntries.
    QList<UserRecord> userPage(qint64 organisationId, const UserQuery &query);
    // With `cap` > 0, counting stops after cap + 1 rows: "more than cap" is enough to show.
    int countUsers(qint64 organisationId, const QString &filter = QString(), int cap = -1);
    QList<TankEntry> tankPage(qint64 organisationId, const TankQuery &query);
    int countTank(qint64 organisationId, const TankQuery &query, int cap = -1);
    TankEntry tankEntry(qint64 organisationId, qint64 entryId); // throws InputError
    QList<AuditEntry> auditPage(const AuditQuery &query);
    int countAudit(const QString &filter = QString());
    // Users who hold the thumbprint (Thumbprint::key() form) on their profile.
    QStringList usersWithThumbprint(qint64 organisationId, const QString &thumbprintKey);
    // Users other than `exceptUsername` who hold `cn` or whose name matches it.
    QList<CommonNameClaim> commonNameClaims(qint64 organisationId, const QString &cn,
                                            const QString &exceptUsername);

    static void validateName(const QString &what, const QString &name);

private:
    explicit Store(const QString &connectionName, const QString &location);
    class Transaction;
    qint64 certificateId(const Certificate &cert);
    qint64 userId(qint64 organisationId, const QString &username);
    Certificate certificateById(qint64 id);
    void audit(const QString &organisation, const QString &action, const QString &target,
               const QJsonObject &before, const QJsonObject &after);
    QString organisationName(qint64 organisationId);
    // Entries of an organisation, optionally of one user or one entry id (-1: any).
    QList<TankEntry> queryTank(qint64 organisationId, qint64 userId, qint64 entryId);
    static TankEntry readTankEntry(const QSqlQuery &query);
    void enforceTankCap(qint64 organisationId, qint64 userId, int cap);
    QList<StoredCertificate> certificatesIn(const QString &sql, qint64 organisationId = -1);
    // Inside a transaction: installs and approves `ca` where it is not yet, audited.
    void trustOrganisationCa(qint64 organisationId, const QString &org, const Certificate &ca);

    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_findUser; // prepared once: the listener's hot path
    QString m_connectionName;
    QString m_location;
    QString m_actor;
    int m_transactionDepth = 0;
};

} // namespace trustdesk
