// trustdesk-bench-store: bulk users and user lookups, on SQLite and (with --db-url) on
// PostgreSQL, each reported against a reference measured in the same run.
//   import: UserImportService::importCsv of N users (CSV parsed, validated, one
//           transaction, a user.add audit row each) against the reference: the same N rows
//           inserted raw into a bare SQLite table with one prepared statement.
//   lookups: UserRepository::find of random users (the store's part of every sign-on
//           decision; N is larger than the users cache, so most are SQL reads).
// With --db-url (an empty PostgreSQL database), both again there: the ratios PostgreSQL ÷
// SQLite are the figures of interest.
#include "services/UserImportService.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace trustdesk;

namespace {

QByteArray usersCsv(int count)
{
    QByteArray csv = "username,full_name,https_policy,ftps_policy,thumbprints,cns\n";
    csv.reserve(count * 110);
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("user%1,User Number %1,certificate,password,%2,User %1\n")
                   .arg(i)
                   .arg(i, 40, 16, QLatin1Char('0'))
                   .toLatin1();
    return csv;
}

double referenceInsertSeconds(const QString &path, int count)
{
    QElapsedTimer timer;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ref"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT UNIQUE,"
                              " full_name TEXT)"));
        timer.start();
        q.exec(QStringLiteral("BEGIN"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO users (username, full_name) VALUES (?, ?)"));
        for (int i = 0; i < count; ++i) {
            insert.addBindValue(QStringLiteral("user%1").arg(i));
            insert.addBindValue(QStringLiteral("User Number %1").arg(i));
            insert.exec();
        }
        q.exec(QStringLiteral("COMMIT"));
        db.close();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    QSqlDatabase::removeDatabase(QStringLiteral("ref"));
    return seconds;
}

struct Figures
{
    double importSeconds = 0;
    double lookupsPerSecond = 0;
};

Figures measure(Store &store, const QByteArray &csv, int count, int lookups)
{
    Figures out;
    const qint64 org = store.organisations().create(QStringLiteral("Bench")).id;
    QElapsedTimer timer;
    timer.start();
    UserImportService::importCsv(store, org, csv, QStringLiteral("bench.csv"));
    out.importSeconds = timer.nsecsElapsed() / 1e9;
    QRandomGenerator random(42);
    timer.restart();
    int found = 0;
    for (int i = 0; i < lookups; ++i)
        found +=
            store.users().find(org, QStringLiteral("user%1").arg(random.bounded(count))) ? 1 : 0;
    out.lookupsPerSecond = lookups / (timer.nsecsElapsed() / 1e9);
    if (found != lookups)
        std::fprintf(stderr, "only %d of %d users found\n", found, lookups);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption lookupsOption(QStringLiteral("lookups"), QStringLiteral("Lookups."),
                                           QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption urlOption(QStringLiteral("db-url"),
                                       QStringLiteral("An empty PostgreSQL database."),
                                       QStringLiteral("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON last line."));
    parser.addOptions({usersOption, lookupsOption, urlOption, jsonOption});
    parser.process(app);
    const int count = parser.value(usersOption).toInt();
    const int lookups = parser.value(lookupsOption).toInt();
    QTemporaryDir dir;
    const QByteArray csv = usersCsv(count);

    const double reference = referenceInsertSeconds(dir.filePath(QStringLiteral("ref.db")), count);
    std::printf("reference: %d raw SQLite inserts in %.2f s\n", count, reference);
    const auto sqlite = Store::openSqlite(dir.filePath(QStringLiteral("bench.db")));
    const Figures onSqlite = measure(*sqlite, csv, count, lookups);
    std::printf("SQLite: import of %d users %.2f s (reference / import = %.3f), %.0f lookups/s\n",
                count, onSqlite.importSeconds, reference / onSqlite.importSeconds,
                onSqlite.lookupsPerSecond);
    QJsonObject result{
        {QStringLiteral("users"), count},
        {QStringLiteral("sqlite_import_s"), onSqlite.importSeconds},
        {QStringLiteral("sqlite_import_vs_reference"), reference / onSqlite.importSeconds}};
    if (parser.isSet(urlOption)) {
        const auto postgres = Store::openUrl(parser.value(urlOption));
        const Figures onPostgres = measure(*postgres, csv, count, lookups);
        std::printf("PostgreSQL: import %.2f s (%.3f x SQLite's speed), %.0f lookups/s "
                    "(%.3f x SQLite)\n",
                    onPostgres.importSeconds, onSqlite.importSeconds / onPostgres.importSeconds,
                    onPostgres.lookupsPerSecond,
                    onPostgres.lookupsPerSecond / onSqlite.lookupsPerSecond);
        result.insert(QStringLiteral("postgres_import_vs_sqlite"),
                      onSqlite.importSeconds / onPostgres.importSeconds);
        result.insert(QStringLiteral("postgres_lookups_vs_sqlite"),
                      onPostgres.lookupsPerSecond / onSqlite.lookupsPerSecond);
    }
    if (parser.isSet(jsonOption))
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
