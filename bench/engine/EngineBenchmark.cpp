// trustdesk-bench-engine: engine decisions per second (user lookup in the SQLite store plus
// TrustEngine::evaluate) on stores of 1k, 100k and 1M users, against raw X509_verify_cert
// on the same chains, with the same trusted store, in the same run. With --db-url
// postgresql://... (an empty database), decisions as the listener makes them (the trusted
// material from the snapshot cache, the user from the store) on a PostgreSQL store of
// 100k users (--postgres-users) against the same on SQLite, in alternating rounds.
//
// Each store has twice as many accepted credentials as users, 1,000 installed certificates
// and 100 approved CAs. Client chains are RSA-2048 leaf + intermediate under installed roots.
#include "engine/TrustEngine.h"
#include "services/TrustSnapshotCache.h"
#include "services/TrustSnapshotLoader.h"
#include "store/Store.h"
#include "x509/CertificateBuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace trustdesk;

namespace {

struct Pki
{
    QList<Certificate> installed;
    QList<Certificate> approved;
    QList<QList<Certificate>> chains; // leaf, intermediate
};

Pki makePki()
{
    Pki pki;
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-1);
    const QDateTime to = from.addYears(3);
    QList<QPair<Certificate, PrivateKey>> intermediates;
    for (int r = 0; r < 10; ++r) {
        const PrivateKey rootKey = PrivateKey::generate(KeyType::Rsa2048);
        const Certificate root = CertificateBuilder()
                                     .commonName(QStringLiteral("Root %1").arg(r))
                                     .validity(from, to)
                                     .certificateAuthority()
                                     .selfSign(rootKey);
        pki.installed << root;
        for (int i = 0; i < 2; ++i) {
            const PrivateKey key = PrivateKey::generate(KeyType::Rsa2048);
            const Certificate ca = CertificateBuilder()
                                       .commonName(QStringLiteral("Issuing CA %1-%2").arg(r).arg(i))
                                       .validity(from, to)
                                       .certificateAuthority(0)
                                       .sign(key, root, rootKey);
            intermediates.append({ca, key});
            pki.approved << ca;
        }
    }
    for (int l = 0; l < 60; ++l) {
        const auto &issuer = intermediates.at(l % intermediates.size());
        const PrivateKey key = PrivateKey::generate(KeyType::Rsa2048);
        const Certificate leaf = CertificateBuilder()
                                     .commonName(QStringLiteral("user%1").arg(l))
                                     .validity(from, to)
                                     .endEntity()
                                     .extendedKeyUsage(QStringLiteral("clientAuth"))
                                     .sign(key, issuer.first, issuer.second);
        pki.chains.append({leaf, issuer.first});
    }
    // Filler to reach 1,000 installed certificates and 100 approved CAs.
    const PrivateKey filler = PrivateKey::generate(KeyType::EcP256);
    for (int i = pki.installed.size(); i < 1000; ++i)
        pki.installed << CertificateBuilder()
                             .commonName(QStringLiteral("Installed filler %1").arg(i))
                             .validity(from, to)
                             .certificateAuthority()
                             .selfSign(filler);
    for (int i = pki.approved.size(); i < 100; ++i)
        pki.approved << CertificateBuilder()
                            .commonName(QStringLiteral("Approved filler %1").arg(i))
                            .validity(from, to)
                            .certificateAuthority()
                            .selfSign(filler);
    return pki;
}

// Bulk-loads users and credentials with plain SQL: the store's per-user actions are audited
// transactions, far too slow for a million users.
void populate(const QString &path, int users, const Pki &pki)
{
    {
        auto store = Store::openSqlite(path);
        const qint64 org = store->organisations().create(QStringLiteral("Bench")).id;
        store->rootStore().add(pki.installed);
        store->approvedCas(org).add(pki.approved);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
    db.setDatabaseName(path);
    db.open();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    QSqlQuery user(db);
    user.prepare(
        QStringLiteral("INSERT INTO users (id, organisation_id, username, username_key, full_name,"
                       " https_policy, ftps_policy, created) VALUES (?, 1, ?, ?, ?, 'certificate', "
                       "'certificate', '2026-01-01T00:00:00Z')"));
    QSqlQuery cred(db);
    cred.prepare(QStringLiteral("INSERT INTO credentials (user_id, kind, value, value_key, added) "
                                "VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z')"));
    QRandomGenerator random(42);
    for (int i = 1; i <= users; ++i) {
        const QString name = QStringLiteral("user%1").arg(i - 1);
        user.addBindValue(i);
        user.addBindValue(name);
        user.addBindValue(name);
        user.addBindValue(QStringLiteral("User %1").arg(i));
        user.exec();
        // Credential 1: a thumbprint (the user's own certificate for the first users).
        const QString thumb = i <= pki.chains.size() && i % 2 == 0
                                  ? pki.chains.at(i - 1).first().thumbprint().key()
                                  : QString::fromLatin1(QByteArray::number(random.generate64(), 16)
                                                            .rightJustified(40, '0')
                                                            .toUpper());
        cred.addBindValue(i);
        cred.addBindValue(QStringLiteral("thumbprint"));
        cred.addBindValue(thumb);
        cred.addBindValue(thumb);
        cred.exec();
        // Credential 2: an alternate CN.
        cred.addBindValue(i);
        cred.addBindValue(QStringLiteral("cn"));
        cred.addBindValue(QStringLiteral("Alt %1").arg(i));
        cred.addBindValue(QStringLiteral("alt %1").arg(i));
        cred.exec();
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
}

// The same users and credentials as populate(), on a PostgreSQL store, a thousand rows per
// INSERT (a statement per row would be a round trip per row).
void populatePostgres(Store &store, int users, const Pki &pki)
{
    const qint64 org = store.organisations().create(QStringLiteral("Bench")).id;
    store.rootStore().add(pki.installed);
    store.approvedCas(org).add(pki.approved);
    QSqlDatabase &db = store.database();
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    QRandomGenerator random(42);
    const auto quoted = [](const QString &text) {
        return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
               QLatin1Char('\'');
    };
    for (int first = 1; first <= users; first += 1000) {
        QStringList userRows, credentialRows;
        for (int i = first; i < first + 1000 && i <= users; ++i) {
            const QString name = QStringLiteral("user%1").arg(i - 1);
            userRows << QStringLiteral("(%1, %2, %3, %3, %4, 'certificate', 'certificate', "
                                       "'2026-01-01T00:00:00Z')")
                            .arg(i)
                            .arg(org)
                            .arg(quoted(name), quoted(QStringLiteral("User %1").arg(i)));
            const QString thumb =
                i <= pki.chains.size() && i % 2 == 0
                    ? pki.chains.at(i - 1).first().thumbprint().key()
                    : QString::fromLatin1(QByteArray::number(random.generate64(), 16)
                                              .rightJustified(40, '0')
                                              .toUpper());
            credentialRows << QStringLiteral("(%1, 'thumbprint', %2, %2, '2026-01-01T00:00:00Z')")
                                  .arg(i)
                                  .arg(quoted(thumb))
                           << QStringLiteral("(%1, 'cn', %2, %3, '2026-01-01T00:00:00Z')")
                                  .arg(i)
                                  .arg(quoted(QStringLiteral("Alt %1").arg(i)),
                                       quoted(QStringLiteral("alt %1").arg(i)));
        }
        QSqlQuery insert(db);
        if (!insert.exec(QStringLiteral("INSERT INTO users (id, organisation_id, username, "
                                        "username_key, full_name, https_policy, ftps_policy, "
                                        "created) VALUES ") +
                         userRows.join(QLatin1Char(','))) ||
            !insert.exec(QStringLiteral("INSERT INTO credentials (user_id, kind, value, value_key, "
                                        "added) VALUES ") +
                         credentialRows.join(QLatin1Char(','))))
            qFatal("populating PostgreSQL: %s", qPrintable(insert.lastError().text()));
    }
    QSqlQuery(db).exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('users', 'id'), "
                                      "(SELECT MAX(id) FROM users))"));
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
}

// Decisions as the listener makes them: the snapshot from its cache (current unless the
// trusted material changed), the user from the store, then the engine.
double storeDecisionsPerSecond(const Pki &pki, Store &store, TrustSnapshotCache &cache, int users,
                               int iterations, quint32 seed)
{
    // Other random users each round (the same for both stores): lookups the store's cache
    // has not seen.
    QRandomGenerator random(seed);
    QElapsedTimer timer;
    timer.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 org = store.organisations().all().first().id;
    int connected = 0;
    for (int i = 0; i < iterations; ++i) {
        const auto &chain = pki.chains.at(i % pki.chains.size());
        const int index = i % 2 == 0 ? (i % pki.chains.size()) : int(random.bounded(users));
        const auto snapshot = cache.get(store, org);
        const auto user = store.users().find(org, QStringLiteral("user%1").arg(index));
        const Verdict v = TrustEngine::evaluate(chain, user ? &*user : nullptr, Interface::Https,
                                                *snapshot, now, Explain::DecisionOnly);
        connected += v.connect.ok ? 1 : 0;
    }
    if (connected != iterations)
        std::fprintf(stderr, "store decisions: %d of %d chains did not connect\n",
                     iterations - connected, iterations);
    return iterations * 1000.0 / double(timer.elapsed());
}

double rawVerifyPerSecond(const Pki &pki, X509_STORE *store, int iterations)
{
    QElapsedTimer timer;
    timer.start();
    const time_t now = QDateTime::currentDateTimeUtc().toSecsSinceEpoch();
    int ok = 0;
    for (int i = 0; i < iterations; ++i) {
        const auto &chain = pki.chains.at(i % pki.chains.size());
        X509StackPtr untrusted(sk_X509_new_null());
        X509_up_ref(chain.at(1).x509());
        sk_X509_push(untrusted.get(), chain.at(1).x509());
        X509StoreCtxPtr ctx(X509_STORE_CTX_new());
        X509_STORE_CTX_init(ctx.get(), store, chain.at(0).x509(), untrusted.get());
        X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
        X509_VERIFY_PARAM_set_time(param, now);
        X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
        ok += X509_verify_cert(ctx.get()) == 1 ? 1 : 0;
    }
    if (ok != iterations)
        std::fprintf(stderr, "raw verify: %d of %d chains failed\n", iterations - ok, iterations);
    return iterations * 1000.0 / double(timer.elapsed());
}

double enginePerSecond(const Pki &pki, Store &store, const TrustSnapshot &snapshot, int users,
                       int iterations)
{
    QRandomGenerator random(7);
    QElapsedTimer timer;
    timer.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int connected = 0;
    for (int i = 0; i < iterations; ++i) {
        const auto &chain = pki.chains.at(i % pki.chains.size());
        // Half the decisions are for the certificate's own user, half for a random one.
        const int index = i % 2 == 0 ? (i % pki.chains.size()) : int(random.bounded(users));
        const auto user = store.users().find(1, QStringLiteral("user%1").arg(index));
        // A decision as the listener makes one: the reasons are written when asked for.
        const Verdict v = TrustEngine::evaluate(chain, user ? &*user : nullptr, Interface::Https,
                                                snapshot, now, Explain::DecisionOnly);
        connected += v.connect.ok ? 1 : 0;
    }
    if (connected != iterations)
        std::fprintf(stderr, "engine: %d of %d chains did not connect\n", iterations - connected,
                     iterations);
    return iterations * 1000.0 / double(timer.elapsed());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool json = args.contains(QStringLiteral("--json"));
    QList<int> sizes{1000, 100000, 1000000};
    int iterations = 20000;
    QString postgresUrl;
    int postgresUsers = 100000;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db-url"))
            postgresUrl = args.at(i + 1);
        if (args.at(i) == QLatin1String("--postgres-users"))
            postgresUsers = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args.at(i + 1).split(QLatin1Char(',')))
                sizes << s.toInt();
        }
        if (args.at(i) == QLatin1String("--iterations"))
            iterations = args.at(i + 1).toInt();
    }
    QTextStream out(stdout);
    QTemporaryDir dir;
    out << "making certificates...\n" << Qt::flush;
    const Pki pki = makePki();

    QJsonObject results;
    double engineAt1k = 0, engineAtLargest = 0, ratioAt100k = 0, ratioAt1k = 0, ratioAtLargest = 0;
    for (const int users : sizes) {
        const QString path = dir.filePath(QStringLiteral("bench-%1.db").arg(users));
        out << "populating " << users << " users...\n" << Qt::flush;
        populate(path, users, pki);
        auto store = Store::openSqlite(path);
        const auto snapshot = TrustSnapshotLoader::load(*store, 1);
        // Warm both paths, then alternate them in rounds so drift hits both equally.
        enginePerSecond(pki, *store, *snapshot, users, 500);
        rawVerifyPerSecond(pki, snapshot->store(), 500);
        double engine = 0, raw = 0;
        const int rounds = 4;
        for (int r = 0; r < rounds; ++r) {
            raw += rawVerifyPerSecond(pki, snapshot->store(), iterations / rounds);
            engine += enginePerSecond(pki, *store, *snapshot, users, iterations / rounds);
        }
        engine /= rounds;
        raw /= rounds;
        const double ratio = engine / raw;
        out << QStringLiteral("%1 users: engine %2 decisions/s, X509_verify_cert %3/s, ratio %4\n")
                   .arg(users)
                   .arg(engine, 0, 'f', 0)
                   .arg(raw, 0, 'f', 0)
                   .arg(ratio, 0, 'f', 3)
            << Qt::flush;
        results.insert(QString::number(users), QJsonObject{{QStringLiteral("engine_per_s"), engine},
                                                           {QStringLiteral("openssl_per_s"), raw},
                                                           {QStringLiteral("ratio"), ratio}});
        if (users == sizes.first()) {
            engineAt1k = engine;
            ratioAt1k = ratio;
        }
        engineAtLargest = engine;
        ratioAtLargest = ratio;
        if (users == 100000 || (ratioAt100k == 0 && users == sizes.last()))
            ratioAt100k = ratio;
    }
    if (!postgresUrl.isEmpty()) {
        out << "populating " << postgresUsers << " users on PostgreSQL and SQLite...\n"
            << Qt::flush;
        const QString path = dir.filePath(QStringLiteral("bench-pg-reference.db"));
        populate(path, postgresUsers, pki);
        auto sqlite = Store::openSqlite(path);
        auto postgres = Store::openUrl(postgresUrl);
        populatePostgres(*postgres, postgresUsers, pki);
        TrustSnapshotCache onSqlite, onPostgres;
        // As the listener has them: on PostgreSQL an index of the users, read at the first
        // lookup (timed here) and kept current by the server's announcements.
        sqlite->users().setIndexed(true);
        postgres->users().setIndexed(true);
        QElapsedTimer indexRead;
        indexRead.start();
        postgres->users().find(postgres->organisations().all().first().id, QStringLiteral("user0"));
        out << QStringLiteral("PostgreSQL: the index of %1 users read in %2 ms\n")
                   .arg(postgresUsers)
                   .arg(indexRead.elapsed())
            << Qt::flush;
        storeDecisionsPerSecond(pki, *sqlite, onSqlite, postgresUsers, 500, 1);
        storeDecisionsPerSecond(pki, *postgres, onPostgres, postgresUsers, 500, 1);
        double lite = 0, pg = 0;
        const int rounds = 4;
        for (int r = 0; r < rounds; ++r) {
            lite += storeDecisionsPerSecond(pki, *sqlite, onSqlite, postgresUsers,
                                            iterations / rounds, 100 + r);
            pg += storeDecisionsPerSecond(pki, *postgres, onPostgres, postgresUsers,
                                          iterations / rounds, 100 + r);
        }
        lite /= rounds;
        pg /= rounds;
        // The same users as in the warm-up: what a listener sees once its regular users
        // have signed on (every lookup answered by the cache).
        double warmLite = 0, warmPg = 0;
        for (int r = 0; r < rounds; ++r) {
            warmLite += storeDecisionsPerSecond(pki, *sqlite, onSqlite, postgresUsers, 500, 1);
            warmPg += storeDecisionsPerSecond(pki, *postgres, onPostgres, postgresUsers, 500, 1);
        }
        out << QStringLiteral("%1 users, users seen before (cached): SQLite %2/s, PostgreSQL %3/s, "
                              "PostgreSQL / SQLite = %4\n")
                   .arg(postgresUsers)
                   .arg(warmLite / rounds, 0, 'f', 0)
                   .arg(warmPg / rounds, 0, 'f', 0)
                   .arg(warmPg / warmLite, 0, 'f', 3)
            << Qt::flush;
        results.insert(QStringLiteral("postgres_vs_sqlite_cached"), warmPg / warmLite);
        out << QStringLiteral("%1 users, decisions with the store, half of them for users not "
                              "seen before: SQLite %2/s, PostgreSQL %3/s, "
                              "PostgreSQL / SQLite = %4\n")
                   .arg(postgresUsers)
                   .arg(lite, 0, 'f', 0)
                   .arg(pg, 0, 'f', 0)
                   .arg(pg / lite, 0, 'f', 3)
            << Qt::flush;
        results.insert(QStringLiteral("postgres_vs_sqlite"), pg / lite);
    }
    const double growth = engineAt1k / engineAtLargest; // per-decision time grows by this
    // The same growth measured against the OpenSSL reference of the same phase, which cancels
    // out a machine that got busier or slower between phases.
    const double normalisedGrowth = ratioAt1k / ratioAtLargest;
    out << QStringLiteral("growth of per-decision time, smallest to largest store: %1 (against the "
                          "same-phase OpenSSL reference: %2)\n")
               .arg(growth, 0, 'f', 3)
               .arg(normalisedGrowth, 0, 'f', 3);
    if (json) {
        out << QJsonDocument(results).toJson(QJsonDocument::Compact) << "\n";
        out << QStringLiteral("{\"ratio_100k\": %1, \"growth_1k_to_1m\": %2}\n")
                   .arg(ratioAt100k, 0, 'f', 3)
                   .arg(growth, 0, 'f', 3);
    }
    return 0;
}
