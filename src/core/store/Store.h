// The store: one database connection, its transactions, and one repository per concern.
// It is the only code that speaks SQL (SQLite with WAL and foreign keys is the embedded
// default). Every administrative action is one transaction that also writes its audit
// record, so a failed action leaves nothing behind. Workflows that span repositories
// (an attempt, an acceptance, issuing) live in core/services.
#pragma once

#include "AuditLogRepository.h"
#include "CertificateRepository.h"
#include "CertificateSet.h"
#include "ChangeStamp.h"
#include "HoldingTankRepository.h"
#include "IssuedCertificateRepository.h"
#include "MappingRepository.h"
#include "OrganisationCaRepository.h"
#include "OrganisationRepository.h"
#include "RevocationListRepository.h"
#include "SqlDialect.h"
#include "StoreChangeFeed.h"
#include "UserDirectory.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <memory>

namespace trustdesk {

class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    // Opens (creating when missing) a SQLite store. Throws StoreError.
    static std::unique_ptr<Store> openSqlite(const QString &path);
    // A store named by URL: "sqlite:///path" or "postgresql://user:password@host:port/name"
    // (libpq's PGPASSWORD and ~/.pgpass are used when the URL has no password; `password`,
    // when given, wins). Throws StoreError.
    static std::unique_ptr<Store> openUrl(const QString &url, const QString &password = QString());
    static std::unique_ptr<Store> openPostgres(const QUrl &url,
                                               const QString &password = QString());
    // A location as location() gives it: a file path or a postgresql:// URL (`password`
    // for the latter, as in openUrl).
    static std::unique_ptr<Store> openLocation(const QString &location,
                                               const QString &password = QString());
    // Whether a location names a store on a database server (a postgresql:// URL).
    static bool isSharedLocation(const QString &location);
    // The store the GUI and CLI use when none is named.
    static QString defaultPath();
    // Creates the folder of the default store, readable by its owner only.
    static void createDefaultFolder();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Who the audit log names for changes made through this connection: the person (the
    // operating-system user by default), and on a shared store the database user too.
    void setActor(const QString &actor) { m_actor = actor; }
    // Who runs this process, as the system knows the account (the audit log's actor).
    static QString systemAccountName();
    QString actor() const
    {
        return m_databaseUser.isEmpty()
                   ? m_actor
                   : QStringLiteral("%1 (database user %2)").arg(m_actor, m_databaseUser);
    }
    QString person() const { return m_actor; }
    // The file, or the URL without its password.
    QString location() const { return m_location; }
    SqlDialect dialect() const { return m_dialect; }
    bool isShared() const { return m_dialect == SqlDialect::Postgresql; }

    // One administrative action: BEGIN IMMEDIATE takes the write lock up front, so two
    // writers queue instead of failing half-way; anything not committed is rolled back.
    // Transactions nest: an inner one joins the outer, so several actions can be one.
    class Transaction
    {
    public:
        explicit Transaction(Store &store);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        void commit();

    private:
        Store &m_store;
        bool m_outer;
        bool m_committed = false;
    };

    // --- the repositories
    OrganisationRepository &organisations() { return m_organisations; }
    CertificateSet rootStore() { return CertificateSet(*this, CertificateSet::Kind::RootStore); }
    CertificateSet intermediates()
    {
        return CertificateSet(*this, CertificateSet::Kind::Intermediates);
    }
    CertificateSet approvedCas(qint64 organisationId)
    {
        return CertificateSet(*this, CertificateSet::Kind::ApprovedCas, organisationId);
    }
    RevocationListRepository &revocationLists() { return m_revocationLists; }
    UserRepository &users() { return m_users; }
    UserDirectory &userDirectory() { return m_userDirectory; }
    HoldingTankRepository &tank() { return m_tank; }
    OrganisationCaRepository &organisationCa() { return m_organisationCa; }
    IssuedCertificateRepository &issuedCertificates() { return m_issuedCertificates; }
    AuditLogRepository &auditLog() { return m_auditLog; }
    MappingRepository &mappings() { return m_mappings; }
    CertificateRepository &certificates() { return m_certificates; }

    // For the repositories.
    QSqlDatabase &database() { return m_connection.db; }
    // For caches of store data: equal stamps mean nothing changed in between. Inside a
    // transaction nothing may be cached (it may yet be rolled back).
    quint64 changeStamp() { return m_changes.current(); }
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Counts the changes to what the engine trusts (root store, intermediates, approved
    // CAs, revocation lists, organisation settings), by any program: snapshots of them are
    // current while it is unchanged.
    qint64 trustVersion();
    // A shared store's announcements of committed changes (null on SQLite).
    StoreChangeFeed *changeFeed() { return m_changeFeed.get(); }
    // Asks the server (or the file) something trivial: false when the connection is gone.
    bool isReachable();

private:
    Store(const QString &connectionName, const QString &location, SqlDialect dialect);

    // Declared first, so destroyed last: the repositories' prepared statements go before
    // the connection is closed and removed.
    struct Connection
    {
        explicit Connection(const QString &connectionName);
        ~Connection();
        Connection(const Connection &) = delete;
        Connection &operator=(const Connection &) = delete;
        QSqlDatabase db;
        QString name;
    };
    Connection m_connection;
    QString m_location;
    SqlDialect m_dialect;
    QString m_actor;
    QString m_databaseUser;
    int m_transactionDepth = 0;
    ChangeStamp m_changes{m_connection.db};
    std::unique_ptr<StoreChangeFeed> m_changeFeed;
    quint64 m_transactionsEnded = 0;
    std::unique_ptr<QSqlQuery> m_trustVersion;
    qint64 m_trustVersionCached = -1;
    quint64 m_trustAnnouncements = 0;
    quint64 m_trustTransactions = 0;
    OrganisationRepository m_organisations{*this};
    RevocationListRepository m_revocationLists{*this};
    UserRepository m_users{*this};
    UserDirectory m_userDirectory{*this};
    HoldingTankRepository m_tank{*this};
    OrganisationCaRepository m_organisationCa{*this};
    IssuedCertificateRepository m_issuedCertificates{*this};
    AuditLogRepository m_auditLog{*this};
    CertificateRepository m_certificates{*this};
    MappingRepository m_mappings{*this};
};

} // namespace trustdesk
