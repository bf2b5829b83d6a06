// StoreSchema and Store::openSqlite: a store written by every earlier schema (v1, v2, v3),
// built here by hand with the statements of its own version, opens at CurrentVersion with
// its rows intact and the later tables, columns and indexes in place; a store of a newer
// schema, a file that is not a database, and a failed migration leave the file as it was;
// the audit log's triggers refuse UPDATE and DELETE.
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/StoreSchema.h"
#include "support/StoreDump.h"
#include "support/TestPki.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

// The statements of schema v1, as StoreSchema.cpp applied them when v1 was current.
const char *const V1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE organisations ("
    " id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE,"
    " match_cn INTEGER NOT NULL DEFAULT 0, tank_days INTEGER NOT NULL DEFAULT 30,"
    " tank_cap INTEGER NOT NULL DEFAULT 20, require_revocation INTEGER NOT NULL DEFAULT 0,"
    " created TEXT NOT NULL)",
    "CREATE TABLE certificates ("
    " id INTEGER PRIMARY KEY, thumbprint TEXT NOT NULL UNIQUE, subject TEXT NOT NULL,"
    " issuer TEXT NOT NULL, not_after TEXT NOT NULL, der BLOB NOT NULL)",
    "CREATE TABLE root_store ("
    " certificate_id INTEGER PRIMARY KEY REFERENCES certificates(id), added TEXT NOT NULL)",
    "CREATE TABLE intermediates ("
    " certificate_id INTEGER PRIMARY KEY REFERENCES certificates(id), added TEXT NOT NULL)",
    "CREATE TABLE approved_cas ("
    " organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " certificate_id INTEGER NOT NULL REFERENCES certificates(id), added TEXT NOT NULL,"
    " PRIMARY KEY (organisation_id, certificate_id))",
    "CREATE TABLE revocation_lists ("
    " id INTEGER PRIMARY KEY, issuer TEXT NOT NULL, this_update TEXT, next_update TEXT,"
    " revoked_count INTEGER NOT NULL, sha256 TEXT NOT NULL UNIQUE, der BLOB NOT NULL,"
    " added TEXT NOT NULL)",
    "CREATE TABLE users ("
    " id INTEGER PRIMARY KEY,"
    " organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " username TEXT NOT NULL, username_key TEXT NOT NULL, full_name TEXT NOT NULL DEFAULT '',"
    " disabled INTEGER NOT NULL DEFAULT 0, password_hash TEXT,"
    " https_policy TEXT NOT NULL, ftps_policy TEXT NOT NULL, created TEXT NOT NULL,"
    " UNIQUE (organisation_id, username_key))",
    "CREATE TABLE credentials ("
    " id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL CHECK (kind IN ('thumbprint', 'cn')), value TEXT NOT NULL,"
    " value_key TEXT NOT NULL, added TEXT NOT NULL, UNIQUE (user_id, kind, value_key))",
    "CREATE INDEX credentials_by_value ON credentials (kind, value_key)",
    "CREATE TABLE tank ("
    " id INTEGER PRIMARY KEY,"
    " organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " user_id INTEGER REFERENCES users(id) ON DELETE CASCADE, pair_id INTEGER NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('cn', 'thumbprint', 'untrusted-ca')),"
    " value TEXT NOT NULL, certificate_id INTEGER NOT NULL REFERENCES certificates(id),"
    " interface TEXT NOT NULL, client_address TEXT NOT NULL DEFAULT '',"
    " first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX tank_by_user ON tank (organisation_id, user_id, last_seen)",
    "CREATE INDEX tank_by_pair ON tank (pair_id)",
    "CREATE INDEX tank_by_certificate ON tank (organisation_id, certificate_id)",
    "CREATE TABLE audit_log ("
    " id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, organisation TEXT,"
    " action TEXT NOT NULL, target TEXT NOT NULL, before TEXT, after TEXT)",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
};

// What v2 added.
const char *const V2[] = {
    "CREATE INDEX tank_by_last_seen ON tank (organisation_id, last_seen)",
};

// What v3 added.
const char *const V3[] = {
    "CREATE TABLE organisation_ca ("
    " organisation_id INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,"
    " certificate_id INTEGER NOT NULL REFERENCES certificates(id),"
    " chain_pem TEXT NOT NULL DEFAULT '',"
    " encrypted_key TEXT NOT NULL CHECK (encrypted_key LIKE '-----BEGIN ENCRYPTED PRIVATE "
    "KEY-----%'),"
    " created TEXT NOT NULL)",
    "CREATE TABLE issued_certificates ("
    " id INTEGER PRIMARY KEY,"
    " organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " user_id INTEGER REFERENCES users(id) ON DELETE SET NULL, username TEXT NOT NULL,"
    " certificate_id INTEGER NOT NULL REFERENCES certificates(id), serial TEXT NOT NULL,"
    " subject TEXT NOT NULL, thumbprint TEXT NOT NULL, not_after TEXT NOT NULL,"
    " registered TEXT NOT NULL, issued_at TEXT NOT NULL, issued_by TEXT NOT NULL,"
    " UNIQUE (organisation_id, serial))",
    "CREATE INDEX issued_by_user ON issued_certificates (user_id, not_after)",
};

// v4: the chain a client sent with a tank entry.
const char *const V4[] = {
    "ALTER TABLE tank ADD COLUMN presented_chain TEXT NOT NULL DEFAULT ''",
};

// A plain SQLite connection beside the store's, for building and inspecting files by hand.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("raw-schema-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // Runs `sql` with `binds`; the error text, empty on success.
    QString exec(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery query(db());
        if (!query.prepare(sql))
            return query.lastError().text();
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        return query.exec() ? QString() : query.lastError().text();
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return QVariant();
        return query.value(0);
    }
    bool hasObject(const QString &type, const QString &name) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?"));
        query.addBindValue(type);
        query.addBindValue(name);
        return query.exec() && query.next();
    }
    QStringList columns(const QString &table) const
    {
        QStringList out;
        QSqlQuery query(db());
        if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            while (query.next())
                out << query.value(1).toString();
        return out;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The dump without the lines of `tables`.
QString dumpWithout(const QString &path, const QStringList &tables)
{
    QStringList kept;
    const QStringList lines = dumpStore(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString table = line.section(QLatin1Char(':'), 0, 0);
        if (!tables.contains(table))
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace

class TestStoreSchema : public QObject
{
    Q_OBJECT

    Issued root, client, orphan;
    QTemporaryDir dir;
    int counter = 0;

    QString newPath() { return dir.filePath(QStringLiteral("schema%1.db").arg(++counter)); }

    // A store as TrustDesk of schema `version` left it: its tables and a few rows of each.
    void buildOldStore(const QString &path, int version, bool withOrphan = false)
    {
        RawDatabase raw(path);
        QVERIFY(raw.isOpen());
        QStringList statements;
        for (const char *s : V1)
            statements << QString::fromLatin1(s);
        if (version >= 2)
            for (const char *s : V2)
                statements << QString::fromLatin1(s);
        if (version >= 3)
            for (const char *s : V3)
                statements << QString::fromLatin1(s);
        if (version >= 4)
            for (const char *s : V4)
                statements << QString::fromLatin1(s);
        // One transaction, as a migration would write it (and one sync instead of dozens).
        QCOMPARE(raw.exec(QStringLiteral("BEGIN")), QString());
        for (const QString &s : std::as_const(statements))
            QCOMPARE(raw.exec(s), QString());
        const QString when = QStringLiteral("2025-02-01T00:00:00Z");
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                         "('schema_version', ?)"),
                          {QString::number(version)}),
                 QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO organisations (id, name, name_key, match_cn,"
                                         " tank_days, tank_cap, require_revocation, created)"
                                         " VALUES (1, 'Acme', 'acme', 1, 14, 5, 0, ?)"),
                          {when}),
                 QString());
        int id = 0;
        // With `orphan`, a third is referred to by nothing: a client's CA an earlier version
        // kept.
        QList<Certificate> certificates{root.cert, client.cert};
        if (withOrphan)
            certificates << orphan.cert;
        for (const Certificate &cert : std::as_const(certificates))
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO certificates (id, thumbprint, subject,"
                                             " issuer, not_after, der) VALUES (?, ?, ?, ?, ?, ?)"),
                              {++id, cert.thumbprint().key(), cert.subjectText(), cert.issuerText(),
                               cert.notAfter().toUTC().toString(Qt::ISODate), cert.der()}),
                     QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO root_store VALUES (1, ?)"), {when}),
                 QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO approved_cas VALUES (1, 1, ?)"), {when}),
                 QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO users (id, organisation_id, username,"
                                         " username_key, full_name, disabled, password_hash,"
                                         " https_policy, ftps_policy, created) VALUES"
                                         " (1, 1, 'Rich', 'rich', 'Richard Roe', 0, NULL,"
                                         " 'certificate', 'password', ?)"),
                          {when}),
                 QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO credentials (user_id, kind, value,"
                                         " value_key, added) VALUES (1, 'cn', 'Dick', 'dick', ?)"),
                          {when}),
                 QString());
        // Before v5, CN keys were Unicode case-folded.
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO users (id, organisation_id, username,"
                                         " username_key, full_name, disabled, password_hash,"
                                         " https_policy, ftps_policy, created) VALUES"
                                         " (2, 1, 'Émile', 'émile', 'ÉMILE Zola', 0, NULL,"
                                         " 'certificate', 'password', ?)"),
                          {when}),
                 QString());
        QCOMPARE(
            raw.exec(QStringLiteral("INSERT INTO credentials (user_id, kind, value,"
                                    " value_key, added) VALUES (2, 'cn', 'ÉMILE', 'émile', ?)"),
                     {when}),
            QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO tank (organisation_id, user_id, pair_id,"
                                         " kind, value, certificate_id, interface, client_address,"
                                         " first_seen, last_seen, count) VALUES (1, 1, 7, 'cn',"
                                         " 'Frank', 2, 'ftps', '10.0.0.1',"
                                         " '2026-05-01T00:00:00Z', '2026-05-02T00:00:00Z', 3)")),
                 QString());
        QCOMPARE(
            raw.exec(QStringLiteral("INSERT INTO audit_log (at, actor, organisation, action,"
                                    " target, before, after) VALUES (?, 'admin', 'Acme',"
                                    " 'user.add', 'user:Rich', NULL, '{\"username\":\"Rich\"}')"),
                     {when}),
            QString());
        if (version >= 3) {
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO organisation_ca (organisation_id,"
                                             " certificate_id, chain_pem, encrypted_key, created)"
                                             " VALUES (1, 1, '', ?, ?)"),
                              {QStringLiteral("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"
                                              "-----END ENCRYPTED PRIVATE KEY-----\n"),
                               when}),
                     QString());
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO issued_certificates (organisation_id,"
                                             " user_id, username, certificate_id, serial, subject,"
                                             " thumbprint, not_after, registered, issued_at,"
                                             " issued_by) VALUES (1, 1, 'Rich', 2, ?, ?, ?, ?,"
                                             " 'thumbprint', ?, 'admin')"),
                              {client.cert.serialHex(), client.cert.subjectText(),
                               client.cert.thumbprint().key(),
                               client.cert.notAfter().toUTC().toString(Qt::ISODate), when}),
                     QString());
        }
        QCOMPARE(raw.exec(QStringLiteral("COMMIT")), QString());
    }

    void setVersion(const QString &path, int version)
    {
        RawDatabase raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"),
                          {QString::number(version)}),
                 QString());
    }

private slots:
    void initTestCase()
    {
        root = TestPki::root(QStringLiteral("Schema Root"));
        client = TestPki::client(QStringLiteral("Frank"), root);
        orphan = TestPki::root(QStringLiteral("Sent Once"));
    }

    void newStore_isCreatedAtTheCurrentVersion()
    {
        const auto store = Store::openSqlite(newPath());
        QCOMPARE(StoreSchema::version(store->database()), StoreSchema::CurrentVersion);
        QVERIFY(store->organisations().all().isEmpty());
        QVERIFY(store->auditLog().list().isEmpty());
    }

    void reopeningACurrentStore_changesNothing()
    {
        const QString path = newPath();
        {
            const auto store = Store::openSqlite(path);
            store->organisations().create(QStringLiteral("Acme"));
        }
        const QString before = dumpStore(path);
        {
            const auto store = Store::openSqlite(path);
            QCOMPARE(StoreSchema::version(store->database()), StoreSchema::CurrentVersion);
        }
        QCOMPARE(dumpStore(path), before);
    }

    void migrate_bringsAnOldStoreToTheCurrentVersionWithItsRowsIntact_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v1") << 1;
        QTest::newRow("v2") << 2;
        QTest::newRow("v3") << 3;
        QTest::newRow("v4") << 4;
    }
    void migrate_bringsAnOldStoreToTheCurrentVersionWithItsRowsIntact()
    {
        QFETCH(int, version);
        const QString path = newPath();
        buildOldStore(path, version);
        if (QTest::currentTestFailed())
            return;
        // Every table but meta (the version), tank (v4), organisations, users and
        // credentials (v5) must come through as is; those are checked below.
        const QStringList changed{QStringLiteral("meta"), QStringLiteral("tank"),
                                  QStringLiteral("organisations"), QStringLiteral("users"),
                                  QStringLiteral("credentials")};
        const QString before = dumpWithout(path, changed);
        {
            const auto store = Store::openSqlite(path);
            QCOMPARE(StoreSchema::version(store->database()), StoreSchema::CurrentVersion);

            const OrganisationSettings org = store->organisations().get(QStringLiteral("ACME"));
            QCOMPARE(org.id, qint64(1));
            QCOMPARE(org.name, QStringLiteral("Acme"));
            QVERIFY(org.matchCn);
            QCOMPARE(org.tankDays, 14);
            QCOMPARE(org.tankCap, 5);

            const UserRecord rich = store->users().get(1, QStringLiteral("rich"));
            QCOMPARE(rich.profile.username, QStringLiteral("Rich"));
            QCOMPARE(rich.profile.fullName, QStringLiteral("Richard Roe"));
            QCOMPARE(rich.profile.httpsPolicy, Policy::Certificate);
            QCOMPARE(rich.profile.commonNames, QStringList{QStringLiteral("Dick")});
            QCOMPARE(rich.pendingTankEntries, 1);

            const auto roots = store->rootStore().list();
            QCOMPARE(roots.size(), 1);
            QCOMPARE(roots.first().certificate, root.cert);
            QCOMPARE(store->approvedCas(1).list().size(), 1);

            const auto tank = store->tank().entries(1);
            QCOMPARE(tank.size(), 1);
            QCOMPARE(tank.first().value, QStringLiteral("Frank"));
            QCOMPARE(tank.first().certificate, client.cert);
            QCOMPARE(tank.first().count, 3);
            QCOMPARE(tank.first().pairId, qint64(7));
            QCOMPARE(tank.first().lastSeen, QDateTime(QDate(2026, 5, 2), QTime(0, 0), Qt::UTC));
            QVERIFY(tank.first().presentedChain.isEmpty());

            const auto log = store->auditLog().list();
            QCOMPARE(log.size(), 1);
            QCOMPARE(log.first().action, QStringLiteral("user.add"));
            QCOMPARE(log.first().target, QStringLiteral("user:Rich"));
        }
        QCOMPARE(dumpWithout(path, changed), before);

        RawDatabase raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                     .toInt(),
                 StoreSchema::CurrentVersion);
        // v2
        QVERIFY(raw.hasObject(QStringLiteral("index"), QStringLiteral("tank_by_last_seen")));
        // v3
        QVERIFY(raw.hasObject(QStringLiteral("table"), QStringLiteral("organisation_ca")));
        QVERIFY(raw.hasObject(QStringLiteral("table"), QStringLiteral("issued_certificates")));
        QVERIFY(raw.hasObject(QStringLiteral("index"), QStringLiteral("issued_by_user")));
        // v4
        QVERIFY(raw.columns(QStringLiteral("tank")).contains(QStringLiteral("presented_chain")));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT presented_chain FROM tank")).toString(),
                 QString(""));
        // v5: CN keys fold ASCII letters only; the users carry the keys the CN rules and the
        // users filter compare with; organisations refuse SHA-1 unless told otherwise.
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT value_key FROM credentials WHERE value = 'Dick'"))
                .toString(),
            QStringLiteral("dick"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value_key FROM credentials WHERE user_id = 2"))
                     .toString(),
                 QStringLiteral("Émile"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT username_cn_key || '|' || full_name_cn_key ||"
                                           " '|' || full_name_key FROM users WHERE id = 2"))
                     .toString(),
                 QStringLiteral("Émile|Émile zola|émile zola"));
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT username_key FROM users WHERE id = 2")).toString(),
            QStringLiteral("émile"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT allow_sha1 FROM organisations")).toInt(), 0);
        QVERIFY(raw.hasObject(QStringLiteral("index"), QStringLiteral("credentials_by_user")));
        // v6: certificate rows go with the last reference; the trust version counts.
        QVERIFY(
            raw.hasObject(QStringLiteral("trigger"), QStringLiteral("tank_forget_certificate")));
        QVERIFY(
            raw.hasObject(QStringLiteral("trigger"), QStringLiteral("root_store_insert_trust")));
        QVERIFY(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'trust_version'"))
                    .toInt() >= 1);

        // v7: the IIS certificate mappings, and a mapping's certificate is a reference too.
        QVERIFY(raw.hasObject(QStringLiteral("table"), QStringLiteral("certificate_mappings")));
        QVERIFY(raw.hasObject(QStringLiteral("table"), QStringLiteral("mapping_rules")));
        QVERIFY(raw.hasObject(QStringLiteral("trigger"),
                              QStringLiteral("certificate_mappings_forget_certificate")));

        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM credentials")).toInt(), 2);
        // The append-only triggers of v1 are still there.
        QVERIFY(raw.hasObject(QStringLiteral("trigger"), QStringLiteral("audit_log_no_update")));
        QVERIFY(raw.hasObject(QStringLiteral("trigger"), QStringLiteral("audit_log_no_delete")));
    }

    void migrate_toV6_forgetsTheCertificatesNothingRefersTo()
    {
        for (const int version : {1, 4}) {
            const QString path = newPath();
            buildOldStore(path, version, true);
            {
                const auto store = Store::openSqlite(path);
                QCOMPARE(StoreSchema::version(store->database()), StoreSchema::CurrentVersion);
            }
            RawDatabase raw(path);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE"
                                               " thumbprint = '%1'")
                                    .arg(orphan.cert.thumbprint().key()))
                         .toInt(),
                     0);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM certificates")).toInt(),
                     2); // what the root store and the tank refer to stays
        }
    }

    void migratedStore_acceptsWhatTheNewSchemaAdds_data()
    {
        migrate_bringsAnOldStoreToTheCurrentVersionWithItsRowsIntact_data();
    }
    void migratedStore_acceptsWhatTheNewSchemaAdds()
    {
        QFETCH(int, version);
        const QString path = newPath();
        buildOldStore(path, version);
        if (QTest::currentTestFailed())
            return;
        const auto store = Store::openSqlite(path);
        // v4: a tank entry with the chain the client sent.
        TankSighting seen{Interface::Https, QStringLiteral("10.0.0.2"), TestPki::evaluationTime(),
                          root.cert.toPem()};
        store->tank().insert(1, 1, store->tank().nextPairId(), CredentialKind::Thumbprint,
                             client.cert.thumbprint().grouped(), client.cert, seen);
        const auto tank = store->tank().entries(1);
        QCOMPARE(tank.size(), 2);
        QCOMPARE(tank.last().presentedChain, QList<Certificate>{root.cert});
        QCOMPARE(tank.last().pairId, qint64(8));
        // v3: the register of issued certificates.
        IssuedCertificateRecord record;
        record.username = QStringLiteral("Rich");
        record.certificate = TestPki::client(QStringLiteral("Rich"), root).cert;
        record.serial = record.certificate.serialHex();
        record.registered = QStringLiteral("cn");
        record.issuedAt = TestPki::evaluationTime();
        record.issuedBy = QStringLiteral("admin");
        store->issuedCertificates().add(1, 1, record);
        QCOMPARE(store->issuedCertificates().list(1).size(), version >= 3 ? 2 : 1);
        // v7: a one-to-one mapping holds its certificate while it exists, and no longer.
        CertificateMapping mapping;
        mapping.kind = CertificateMapping::Kind::OneToOne;
        mapping.username = QStringLiteral("Rich");
        mapping.certificate = TestPki::client(QStringLiteral("Mapped"), root).cert;
        const qint64 id = store->mappings().add(1, mapping);
        QCOMPARE(store->mappings().get(1, id).certificate, mapping.certificate);
        store->mappings().remove(1, id);
        QSqlQuery left(store->database());
        QVERIFY(
            left.exec(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE thumbprint = '%1'")
                          .arg(mapping.certificate.thumbprint().key())));
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }

    void migrate_fromV3_keepsTheOrganisationCaAndItsRegister()
    {
        const QString path = newPath();
        buildOldStore(path, 3);
        if (QTest::currentTestFailed())
            return;
        const auto store = Store::openSqlite(path);
        const auto ca = store->organisationCa().get(1);
        QVERIFY(ca.has_value());
        QCOMPARE(ca->certificate(), root.cert);
        QVERIFY(ca->encryptedKey().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        const auto issued = store->issuedCertificates().list(1, QStringLiteral("rich"));
        QCOMPARE(issued.size(), 1);
        QCOMPARE(issued.first().certificate, client.cert);
        QCOMPARE(issued.first().serial, client.cert.serialHex());
        QCOMPARE(issued.first().registered, QStringLiteral("thumbprint"));
    }

    void migrate_thatFails_isRolledBackWhole()
    {
        // A v1 store in which something already took a name v3 creates: the v2 step
        // succeeds, the v3 step fails, and nothing of either may remain.
        const QString path = newPath();
        buildOldStore(path, 1);
        if (QTest::currentTestFailed())
            return;
        {
            RawDatabase raw(path);
            QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE organisation_ca (x TEXT)")), QString());
        }
        const QString before = dumpStore(path);
        try {
            Store::openSqlite(path);
            QFAIL("a store whose migration fails was opened");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Failed);
            QVERIFY2(error.message().contains(path), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("migration")),
                     qPrintable(error.message()));
        }
        QCOMPARE(dumpStore(path), before);
        RawDatabase raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                     .toInt(),
                 1);
        QVERIFY(!raw.hasObject(QStringLiteral("index"), QStringLiteral("tank_by_last_seen")));
        QVERIFY(!raw.columns(QStringLiteral("tank")).contains(QStringLiteral("presented_chain")));
    }

    void newerSchema_isRefused_andTheFileLeftUntouched()
    {
        const QString path = newPath();
        {
            const auto store = Store::openSqlite(path);
            store->organisations().create(QStringLiteral("Acme"));
        }
        setVersion(path, StoreSchema::CurrentVersion + 1);
        const QString before = dumpStore(path);
        const QByteArray bytes = fileBytes(path);
        QVERIFY(!bytes.isEmpty());
        try {
            Store::openSqlite(path);
            QFAIL("a store of a newer schema was opened");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::NewerSchema);
            const QString message = error.message();
            QVERIFY2(message.contains(path), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("newer TrustDesk")), qPrintable(message));
            QVERIFY2(
                message.contains(QStringLiteral("schema %1").arg(StoreSchema::CurrentVersion + 1)),
                qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("up to %1").arg(StoreSchema::CurrentVersion)),
                     qPrintable(message));
        }
        QCOMPARE(dumpStore(path), before);
        QCOMPARE(fileBytes(path), bytes);
    }

    void fileThatIsNotADatabase_isRefusedWithAClearMessage()
    {
        const QString path = newPath();
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += "these are somebody's notes, not a database\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        try {
            Store::openSqlite(path);
            QFAIL("a text file was opened as a store");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::CannotOpen);
            QVERIFY2(error.message().startsWith(path + QLatin1Char(':')),
                     qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("not a TrustDesk store")),
                     qPrintable(error.message()));
        }
        QCOMPARE(fileBytes(path), text);
    }

    void databaseWithoutASchemaVersion_isNotATrustDeskStore()
    {
        const QString path = newPath();
        {
            RawDatabase raw(path);
            QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value "
                                             "TEXT NOT NULL)")),
                     QString());
        }
        const QString before = dumpStore(path);
        try {
            Store::openSqlite(path);
            QFAIL("a database without a schema version was opened");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Failed);
            QVERIFY2(error.message().contains(QStringLiteral("not a TrustDesk store")),
                     qPrintable(error.message()));
        }
        QCOMPARE(dumpStore(path), before);
        RawDatabase raw(path);
        QVERIFY(!raw.hasObject(QStringLiteral("table"), QStringLiteral("users")));
    }

    void directoryOrMissingFolder_isRefusedNamingThePath()
    {
        try {
            Store::openSqlite(dir.path());
            QFAIL("a directory was opened as a store");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::CannotOpen);
            QVERIFY2(error.message().contains(QStringLiteral("is a directory")),
                     qPrintable(error.message()));
        }
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/store.db"));
        try {
            Store::openSqlite(missing);
            QFAIL("a store in a missing folder was opened");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::CannotOpen);
            QVERIFY2(error.message().contains(missing), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("does not exist")),
                     qPrintable(error.message()));
        }
        QVERIFY(!QFile::exists(missing));
    }

    void auditLogTriggers_refuseUpdateAndDelete()
    {
        const auto store = Store::openSqlite(newPath());
        store->organisations().create(QStringLiteral("Acme"));
        const auto before = store->auditLog().list();
        QCOMPARE(before.size(), 1);
        {
            QSqlQuery update(store->database());
            QVERIFY(!update.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory'")));
            QVERIFY2(update.lastError().text().contains(QStringLiteral("append-only")),
                     qPrintable(update.lastError().text()));
            QSqlQuery remove(store->database());
            QVERIFY(!remove.exec(QStringLiteral("DELETE FROM audit_log")));
            QVERIFY2(remove.lastError().text().contains(QStringLiteral("append-only")),
                     qPrintable(remove.lastError().text()));
        }
        const auto after = store->auditLog().list();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().actor, before.first().actor);
        QCOMPARE(after.first().action, QStringLiteral("organisation.create"));
    }

    void aNewStore_isReadableByItsOwnerOnly()
    {
        // It holds password hashes and the encrypted CA key; its write-ahead log and shared
        // memory files take the database file's mode.
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("private.db"));
        {
            const auto store = Store::openSqlite(path);
            store->organisations().create(QStringLiteral("Private"));
            const QFileDevice::Permissions ownerOnly =
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                QFileDevice::WriteUser;
            for (const QString &file : {path, path + QStringLiteral("-wal")}) {
                QVERIFY2(QFile::exists(file), qPrintable(file));
                QCOMPARE(QFile::permissions(file) & ~ownerOnly, QFileDevice::Permissions());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "TestStoreSchema.moc"
