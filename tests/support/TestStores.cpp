#include "TestStores.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace trustdesk::test {

namespace {

QString serverUrl()
{
    const QString file = qEnvironmentVariable("TRUSTDESK_TEST_POSTGRES_URL_FILE");
    QFile url(file);
    if (file.isEmpty() || !url.open(QIODevice::ReadOnly))
        throw StoreError(
            StoreError::Kind::CannotOpen,
            QStringLiteral("the PostgreSQL test server is not running (%1 is not "
                           "readable): run the suite with ctest, whose fixture "
                           "starts it (scripts/test-postgres.sh)")
                .arg(file.isEmpty() ? QStringLiteral("TRUSTDESK_TEST_POSTGRES_URL_FILE") : file));
    return QString::fromUtf8(url.readAll()).trimmed();
}

// A new database on the test server, named after this process and a counter.
QString createDatabase()
{
    static int counter = 0;
    const QUrl server(serverUrl());
    const QString name =
        QStringLiteral("td_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                       QStringLiteral("trustdesk-test-admin"));
        admin.setHostName(server.host());
        admin.setPort(server.port(5432));
        admin.setUserName(server.userName());
        admin.setDatabaseName(server.path().mid(1));
        if (!admin.open())
            throw StoreError(
                StoreError::Kind::CannotOpen,
                QStringLiteral("the PostgreSQL test server: %1").arg(admin.lastError().text()));
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name)) ||
            !create.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            throw StoreError(
                StoreError::Kind::CannotOpen,
                QStringLiteral("the PostgreSQL test server: %1").arg(create.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trustdesk-test-admin"));
    QUrl url = server;
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

} // namespace

bool testingPostgres()
{
    return qEnvironmentVariable("TRUSTDESK_TEST_BACKEND") == QLatin1String("postgresql");
}

QString newTestStoreLocation(const QString &sqlitePath)
{
    return testingPostgres() ? createDatabase() : sqlitePath;
}

std::unique_ptr<Store> openTestStore(const QString &sqlitePath)
{
    return testingPostgres() ? Store::openUrl(createDatabase()) : Store::openSqlite(sqlitePath);
}

std::unique_ptr<Store> reopenTestStore(const QString &location)
{
    return Store::openLocation(location);
}

QSqlDatabase rawDatabase(const QString &location, const QString &name)
{
    if (!location.startsWith(QLatin1String("postgresql://"))) {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(location);
        return raw;
    }
    const QUrl url(location);
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    raw.setHostName(url.host());
    raw.setPort(url.port(5432));
    raw.setUserName(url.userName());
    raw.setDatabaseName(url.path().mid(1));
    return raw;
}

QString personOf(const QString &actor)
{
    const int at = actor.indexOf(QLatin1String(" (database user "));
    return at < 0 ? actor : actor.left(at);
}

QStringList storeArguments(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
               ? QStringList{QStringLiteral("--db-url"), location}
               : QStringList{QStringLiteral("--db"), location};
}

} // namespace trustdesk::test
