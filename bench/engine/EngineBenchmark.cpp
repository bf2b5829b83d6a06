// trustdesk-bench-engine: engine decisions per second (user lookup in the SQLite store plus
// TrustEngine::evaluate) on stores of 1k, 100k and 1M users, against raw X509_verify_cert
// on the same chains, with the same trusted store, in the same run.
//
// Each store has twice as many accepted credentials as users, 1,000 installed certificates
// and 100 approved CAs. Client chains are RSA-2048 leaf + intermediate under installed roots.
#include "engine/TrustEngine.h"
#include "services/TrustSnapshotLoader.h"
#include "store/Store.h"
#include "x509/CertificateBuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
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
    for (int i = 1; i + 1 < args.size(); ++i) {
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
