#include "Store.h"

#include "StoreChangeFeed.h"

#include "SqlSupport.h"
#include "StoreError.h"
#include "StoreSchema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace trustdesk {

Store::Transaction::Transaction(Store &store)
    : m_store(store), m_outer(store.m_transactionDepth == 0)
{
    if (m_outer) {
        QSqlQuery query(m_store.database());
        if (m_store.m_dialect == SqlDialect::Postgresql) {
            if (!query.exec(QStringLiteral("BEGIN")))
                sql::fail(query);
            if (!query.exec(
                    QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(PostgresWriterLock))) {
                QSqlQuery(m_store.database()).exec(QStringLiteral("ROLLBACK"));
                sql::fail(query);
            }
        } else if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            sql::fail(query);
        }
    }
    ++m_store.m_transactionDepth;
}

Store::Transaction::~Transaction()
{
    --m_store.m_transactionDepth;
    if (m_outer && !m_committed) {
        QSqlQuery(m_store.database()).exec(QStringLiteral("ROLLBACK"));
        ++m_store.m_transactionsEnded;
        m_store.m_changes.invalidate();
    }
}

void Store::Transaction::commit()
{
    if (m_outer) {
        QSqlQuery query(m_store.database());
        if (!query.exec(QStringLiteral("COMMIT")))
            sql::fail(query);
        ++m_store.m_transactionsEnded;
        m_store.m_changes.invalidate();
    }
    m_committed = true;
}

Store::Connection::Connection(const QString &connectionName)
    : db(QSqlDatabase::database(connectionName, false)), name(connectionName)
{}

Store::Connection::~Connection()
{
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString Store::systemAccountName()
{
    // The account the process runs as, from the system: $USER is missing under cron,
    // systemd and sudo -i shells, and anyone can set it.
#ifdef Q_OS_UNIX
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Store::Store(const QString &connectionName, const QString &location, SqlDialect dialect)
    : m_connection(connectionName), m_location(location), m_dialect(dialect)
{
    m_changes.setPostgres(dialect == SqlDialect::Postgresql);
    m_actor = systemAccountName();
}

Store::~Store() = default;

bool Store::isReachable()
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

qint64 Store::trustVersion()
{
    // On a shared store the version is asked again only after an announcement of a change
    // to trusted material or a transaction of this connection: no round trip per decision.
    const bool announced = m_changeFeed && m_changeFeed->isCurrent();
    if (announced && m_trustVersionCached >= 0 &&
        m_trustAnnouncements == m_changeFeed->trustCount() &&
        m_trustTransactions == m_transactionsEnded && !inTransaction())
        return m_trustVersionCached;
    if (!m_trustVersion) {
        m_trustVersion = std::make_unique<QSqlQuery>(
            sql::prepared(database(), QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta"
                                                     " WHERE key = 'trust_version'")));
        m_trustVersion->setForwardOnly(true);
    }
    sql::run(*m_trustVersion);
    const qint64 version = m_trustVersion->next() ? m_trustVersion->value(0).toLongLong() : -1;
    m_trustVersion->finish();
    if (announced && !inTransaction()) {
        m_trustVersionCached = version;
        m_trustAnnouncements = m_changeFeed->trustCount();
        m_trustTransactions = m_transactionsEnded;
    }
    return version;
}

QString Store::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() + QStringLiteral("/.trustdesk") : dir)
        .filePath(QStringLiteral("trustdesk.db"));
}

void Store::createDefaultFolder()
{
    const QString folder = QFileInfo(defaultPath()).absolutePath();
    if (QDir(folder).exists())
        return;
    QDir().mkpath(folder);
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

std::unique_ptr<Store> Store::openSqlite(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("%1: is a directory, not a store file").arg(path));
    if (!info.dir().exists())
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("%1: the folder %2 does not exist").arg(path, info.dir().path()));
    // A new store holds password hashes and the encrypted CA key: readable by its owner
    // only. SQLite gives the -wal and -shm files the mode of the database file.
    if (!info.exists()) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !create.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            throw StoreError(
                StoreError::Kind::CannotOpen,
                tr("%1: cannot create the store (%2)").arg(path, create.errorString()));
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("trustdesk-store-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    }
    std::unique_ptr<Store> store(new Store(name, path, SqlDialect::Sqlite));
    if (!store->database().open())
        throw StoreError(
            StoreError::Kind::CannotOpen,
            tr("%1: cannot open the store (%2)").arg(path, store->database().lastError().text()));
    QSqlQuery pragma(store->database());
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        const QSqlError error = pragma.lastError();
        if (StoreError::isLockError(error.text()))
            throw StoreError(StoreError::Kind::Locked,
                             tr("%1: the store is locked by another program").arg(path));
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("%1: not a TrustDesk store (%2)").arg(path, error.databaseText()));
    }
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Every sign-on reads a user: pages come from a memory map (address space, not memory)
    // and a page cache large enough for the indexes, instead of a read() per page.
    pragma.exec(QStringLiteral("PRAGMA mmap_size = 268435456"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    try {
        StoreSchema::migrate(store->database());
    } catch (const StoreError &error) {
        throw StoreError(error.kind(), QStringLiteral("%1: %2").arg(path, error.message()));
    }
    return store;
}

bool Store::isSharedLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

std::unique_ptr<Store> Store::openLocation(const QString &location, const QString &password)
{
    return isSharedLocation(location) ? openUrl(location, password) : openSqlite(location);
}

std::unique_ptr<Store> Store::openPostgres(const QUrl &url, const QString &password)
{
    const QString shown = url.toDisplayString(QUrl::RemovePassword);
    const QString database = url.path().mid(1);
    if (url.host().isEmpty() || database.isEmpty() || database.contains(QLatin1Char('/')))
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("'%1' is not a PostgreSQL store URL: expected "
                            "postgresql://USER@HOST:PORT/DATABASE")
                             .arg(shown));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("%1: Qt's PostgreSQL driver is not installed (Debian: apt-get "
                            "install libqt6sql6-psql)")
                             .arg(shown));
    static QAtomicInt counter;
    const QString name = QStringLiteral("trustdesk-pg-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(database);
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        const QString secret = password.isEmpty() ? url.password() : password;
        if (!secret.isEmpty())
            db.setPassword(secret);
        // A server that does not answer is reported, not waited for; the store's own
        // settings, whatever the server's defaults: UTC times, text as UTF-8.
        // Keep-alives notice a server that vanished from the network within half a minute.
        QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("keepalives=1"),
                            QStringLiteral("keepalives_idle=15"),
                            QStringLiteral("keepalives_interval=5"),
                            QStringLiteral("keepalives_count=3"),
                            // ...and a server that stops answering mid-query within 20 s,
                            // instead of TCP's quarter of an hour of retransmissions.
                            QStringLiteral("tcp_user_timeout=20000")};
        const QString sslmode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
        if (!sslmode.isEmpty())
            options << QStringLiteral("sslmode=%1").arg(sslmode);
        db.setConnectOptions(options.join(QLatin1Char(';')));
    }
    std::unique_ptr<Store> store(new Store(name, shown, SqlDialect::Postgresql));
    if (!store->database().open())
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("%1: cannot open the store (%2)")
                             .arg(shown, store->database().lastError().text().trimmed()));
    QSqlQuery settings(store->database());
    settings.exec(QStringLiteral("SET client_encoding TO 'UTF8'"));
    settings.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    // The server's notices ("trigger ... does not exist, skipping") are not for people.
    settings.exec(QStringLiteral("SET client_min_messages TO warning"));
    // A writer waits its turn behind another administrator, but not for ever.
    settings.exec(QStringLiteral("SET lock_timeout TO '15s'"));
    // Who made a change: the database user besides the operating-system user.
    QSqlQuery who(store->database());
    if (who.exec(QStringLiteral("SELECT current_user")) && who.next())
        store->m_databaseUser = who.value(0).toString();
    try {
        StoreSchema::migrate(store->database(), SqlDialect::Postgresql);
    } catch (const StoreError &error) {
        throw StoreError(error.kind(), QStringLiteral("%1: %2").arg(shown, error.message()));
    }
    store->m_changeFeed = std::make_unique<StoreChangeFeed>(store->database());
    store->m_changes.setFeed(store->m_changeFeed.get());
    UserRepository *users = &store->m_users;
    QObject::connect(store->m_changeFeed.get(), &StoreChangeFeed::userChanged,
                     store->m_changeFeed.get(),
                     [users](qint64 organisationId, const QString &usernameKey) {
                         users->userChanged(organisationId, usernameKey);
                     });
    return store;
}

std::unique_ptr<Store> Store::openUrl(const QString &url, const QString &password)
{
    const QUrl parsed(url);
    if (parsed.scheme() == QLatin1String("sqlite") || parsed.scheme() == QLatin1String("file"))
        return openSqlite(parsed.toLocalFile().isEmpty() ? parsed.path() : parsed.toLocalFile());
    if (parsed.scheme() == QLatin1String("postgresql") ||
        parsed.scheme() == QLatin1String("postgres"))
        return openPostgres(parsed, password);
    throw StoreError(StoreError::Kind::CannotOpen,
                     tr("'%1' is not a store URL (expected sqlite:///PATH or postgresql://...)")
                         .arg(parsed.toDisplayString(QUrl::RemovePassword)));
}

} // namespace trustdesk
