#include "StoreSchema.h"

#include "../domain/CommonName.h"
#include "SqlSupport.h"
#include "StoreError.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace trustdesk {

namespace {

const char *const SchemaV1[] = {
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
    // Append-only, enforced by the database itself.
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
};

const char *const SchemaV3[] = {
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

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StoreError(
            StoreError::Kind::Failed,
            QStringLiteral("schema migration failed: %1").arg(query.lastError().text()));
}

// A table or column definition, written in SQLite's words, in the dialect's: PostgreSQL
// numbers rows with a sequence, has 64-bit integers by name, and calls a blob BYTEA.
void define(QSqlDatabase &db, SqlDialect dialect, const QString &sql)
{
    if (dialect == SqlDialect::Sqlite)
        return exec(db, sql);
    QString out = sql;
    static const QRegularExpression rowId(QStringLiteral("\\bid INTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    out.replace(rowId, QStringLiteral("id BIGSERIAL PRIMARY KEY"));
    out.replace(integer, QStringLiteral("BIGINT"));
    out.replace(blob, QStringLiteral("BYTEA"));
    exec(db, out);
}

// A PostgreSQL trigger: a function holding `body` (PL/pgSQL) and the trigger calling it.
void postgresTrigger(QSqlDatabase &db, const QString &name, const QString &when,
                     const QString &table, const QString &level, const QString &body)
{
    exec(db, QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql"
                            " AS $$ BEGIN %2 END $$")
                 .arg(name, body));
    exec(db, QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, table));
    exec(db, QStringLiteral("CREATE TRIGGER %1 %2 ON %3 FOR EACH %4 EXECUTE FUNCTION %1()")
                 .arg(name, when, table, level));
}

// The tables whose changes other administrators' views must see (PostgreSQL).
const char *const WatchedTables[] = {
    "organisations",
    "root_store",
    "intermediates",
    "approved_cas",
    "revocation_lists",
    "users",
    "credentials",
    "tank",
    "organisation_ca",
    "issued_certificates",
    "certificate_mappings",
    "mapping_rules",
    "audit_log",
};

// PostgreSQL: every committed change counts in meta's change_counter (the caches' stamp)
// and is announced on the ChangeChannel, naming its table (live refresh).
void createChangeNotifications(QSqlDatabase &db)
{
    exec(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('change_counter', '0')"
                            " ON CONFLICT DO NOTHING"));
    for (const char *table : WatchedTables) {
        postgresTrigger(
            db, QStringLiteral("%1_changed").arg(QLatin1String(table)),
            QStringLiteral("AFTER INSERT OR UPDATE OR DELETE"), QLatin1String(table),
            QStringLiteral("STATEMENT"),
            // Once per transaction (a transaction-local setting remembers it): updating one
            // row per statement would leave a chain of versions that a bulk import of 100,000
            // users walks again on every statement.
            QStringLiteral("IF current_setting('trustdesk.counted', true) IS DISTINCT FROM"
                           " CAST(txid_current() AS TEXT) THEN"
                           " UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT)"
                           " WHERE key = 'change_counter';"
                           " PERFORM set_config('trustdesk.counted', CAST(txid_current() AS TEXT),"
                           " true); END IF; PERFORM pg_notify('%1', TG_TABLE_NAME); RETURN NULL;")
                .arg(QLatin1String(StoreSchema::ChangeChannel)));
    }
}

// PostgreSQL, v8: "user ORGANISATION KEY" on the ChangeChannel for every row of users and
// credentials that changes (a user's old and new key when renamed).
void createUserAnnouncements(QSqlDatabase &db)
{
    const QString channel = QLatin1String(StoreSchema::ChangeChannel);
    postgresTrigger(db, QStringLiteral("users_announced"),
                    QStringLiteral("AFTER INSERT OR UPDATE OR DELETE"), QStringLiteral("users"),
                    QStringLiteral("ROW"),
                    QStringLiteral("IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('%1', 'user ' ||"
                                   " OLD.organisation_id || ' ' || OLD.username_key); END IF;"
                                   " IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('%1', 'user ' ||"
                                   " NEW.organisation_id || ' ' || NEW.username_key); END IF;"
                                   " RETURN NULL;")
                        .arg(channel));
    postgresTrigger(db, QStringLiteral("credentials_announced"),
                    QStringLiteral("AFTER INSERT OR UPDATE OR DELETE"),
                    QStringLiteral("credentials"), QStringLiteral("ROW"),
                    QStringLiteral("PERFORM pg_notify('%1', 'user ' || u.organisation_id || ' ' ||"
                                   " u.username_key) FROM users u WHERE u.id = CASE WHEN TG_OP ="
                                   " 'DELETE' THEN OLD.user_id ELSE NEW.user_id END; RETURN NULL;")
                        .arg(channel));
}

// v5: CNs compare by ASCII case only (RULES 3), so the stored CN keys are recomputed, and
// the users table keeps the keys the CN rules and the users filter compare with. (v5 also
// adds the organisation's SHA-1 option, below.)
void migrateToAsciiCnKeys(QSqlDatabase &db)
{
    exec(db, QStringLiteral("ALTER TABLE users ADD COLUMN full_name_key TEXT NOT NULL DEFAULT ''"));
    exec(db,
         QStringLiteral("ALTER TABLE users ADD COLUMN username_cn_key TEXT NOT NULL DEFAULT ''"));
    exec(db,
         QStringLiteral("ALTER TABLE users ADD COLUMN full_name_cn_key TEXT NOT NULL DEFAULT ''"));
    exec(db, QStringLiteral(
                 "CREATE INDEX users_by_username_cn ON users (organisation_id, username_cn_key)"));
    exec(db,
         QStringLiteral(
             "CREATE INDEX users_by_full_name_cn ON users (organisation_id, full_name_cn_key)"));
    // A user's credentials in one index read, without visiting the table (every sign-on).
    exec(db, QStringLiteral(
                 "CREATE INDEX credentials_by_user ON credentials (user_id, id, kind, value)"));
    QSqlQuery users(db);
    users.setForwardOnly(true);
    if (!users.exec(QStringLiteral("SELECT id, username, full_name FROM users")))
        throw StoreError(
            StoreError::Kind::Failed,
            QStringLiteral("schema migration failed: %1").arg(users.lastError().text()));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE users SET full_name_key = ?, username_cn_key = ?,"
                                  " full_name_cn_key = ? WHERE id = ?"));
    while (users.next()) {
        const QString username = users.value(1).toString();
        const QString fullName = users.value(2).toString();
        update.addBindValue(sql::text(fullName.toCaseFolded()));
        update.addBindValue(sql::text(CommonName::key(username)));
        update.addBindValue(sql::text(CommonName::key(fullName)));
        update.addBindValue(users.value(0));
        if (!update.exec())
            throw StoreError(
                StoreError::Kind::Failed,
                QStringLiteral("schema migration failed: %1").arg(update.lastError().text()));
    }
    QSqlQuery cns(db);
    cns.setForwardOnly(true);
    if (!cns.exec(QStringLiteral("SELECT id, value FROM credentials WHERE kind = 'cn'")))
        throw StoreError(StoreError::Kind::Failed,
                         QStringLiteral("schema migration failed: %1").arg(cns.lastError().text()));
    QSqlQuery key(db);
    key.prepare(QStringLiteral("UPDATE credentials SET value_key = ? WHERE id = ?"));
    while (cns.next()) {
        key.addBindValue(sql::text(CommonName::key(cns.value(1).toString())));
        key.addBindValue(cns.value(0));
        if (!key.exec())
            throw StoreError(
                StoreError::Kind::Failed,
                QStringLiteral("schema migration failed: %1").arg(key.lastError().text()));
    }
}

// v6: a certificate row lives only while something refers to it. Clients can send any
// number of CAs; what only a holding-tank entry referred to goes with the entry, however it
// goes (accepted, purged, capped, a user deleted). And `trust_version` counts the changes
// to what the engine trusts, so a listener reloads its snapshot only when it changed.
const char *const CertificateReferences[] = {
    "tank",
    "root_store",
    "intermediates",
    "approved_cas",
    "organisation_ca",
    "issued_certificates",
    "certificate_mappings", // v7
};

// The triggers that delete a certificate row after its last reference, for every table
// that refers to certificates (made again whenever one is added).
void createCertificateCleanUpTriggers(QSqlDatabase &db, int upToVersion, SqlDialect dialect)
{
    for (const char *table : CertificateReferences) {
        if (upToVersion < 7 && qstrcmp(table, "certificate_mappings") == 0)
            continue;
        const QString name = QStringLiteral("%1_forget_certificate").arg(QLatin1String(table));
        QStringList clauses;
        for (const char *other : CertificateReferences) {
            if (upToVersion < 7 && qstrcmp(other, "certificate_mappings") == 0)
                continue;
            clauses << QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 WHERE certificate_id = "
                                      "OLD.certificate_id)")
                           .arg(QLatin1String(other));
        }
        const QString forget =
            QStringLiteral("DELETE FROM certificates WHERE id = OLD.certificate_id AND %1;")
                .arg(clauses.join(QStringLiteral(" AND ")));
        if (dialect == SqlDialect::Postgresql) {
            postgresTrigger(db, name, QStringLiteral("AFTER DELETE"), QLatin1String(table),
                            QStringLiteral("ROW"), forget + QStringLiteral(" RETURN NULL;"));
            continue;
        }
        exec(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name));
        exec(db, QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 BEGIN %3 END")
                     .arg(name, QLatin1String(table), forget));
    }
}

// v7: the organisation's IIS certificate mappings, in order, with their rules.
const char *const SchemaV7[] = {
    "CREATE TABLE certificate_mappings ("
    " id INTEGER PRIMARY KEY,"
    " organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('one-to-one', 'many-to-one')),"
    " enabled INTEGER NOT NULL DEFAULT 1, username TEXT NOT NULL DEFAULT '',"
    " name TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
    " permission TEXT NOT NULL DEFAULT 'allow' CHECK (permission IN ('allow', 'deny')),"
    " certificate_id INTEGER REFERENCES certificates(id), created TEXT NOT NULL)",
    "CREATE INDEX mappings_in_order ON certificate_mappings (organisation_id, position)",
    "CREATE INDEX mappings_certificate ON certificate_mappings (certificate_id)",
    "CREATE TABLE mapping_rules ("
    " mapping_id INTEGER NOT NULL REFERENCES certificate_mappings(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, field TEXT NOT NULL CHECK (field IN ('subject', 'issuer')),"
    " subfield TEXT NOT NULL, pattern TEXT NOT NULL, case_sensitive INTEGER NOT NULL,"
    " PRIMARY KEY (mapping_id, position))",
};

void migrateToCertificateCleanUp(QSqlDatabase &db, SqlDialect dialect)
{
    exec(db, QStringLiteral("CREATE INDEX tank_certificate ON tank (certificate_id)"));
    exec(db,
         QStringLiteral("CREATE INDEX approved_cas_certificate ON approved_cas (certificate_id)"));
    exec(db,
         QStringLiteral("CREATE INDEX issued_certificate ON issued_certificates (certificate_id)"));
    createCertificateCleanUpTriggers(db, 6, dialect);
    // What earlier versions left behind.
    QStringList unreferenced;
    for (const char *table : CertificateReferences) {
        if (qstrcmp(table, "certificate_mappings") != 0)
            unreferenced << QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 WHERE certificate_id ="
                                           " certificates.id)")
                                .arg(QLatin1String(table));
    }
    exec(db, QStringLiteral("DELETE FROM certificates WHERE %1")
                 .arg(unreferenced.join(QStringLiteral(" AND "))));

    exec(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('trust_version', '1')"));
    for (const char *table :
         {"root_store", "intermediates", "approved_cas", "revocation_lists", "organisations"}) {
        if (dialect == SqlDialect::Postgresql) {
            postgresTrigger(db, QStringLiteral("%1_trust").arg(QLatin1String(table)),
                            QStringLiteral("AFTER INSERT OR UPDATE OR DELETE"),
                            QLatin1String(table), QStringLiteral("ROW"),
                            QStringLiteral("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + "
                                           "1 AS TEXT) WHERE key = 'trust_version'; RETURN NULL;"));
            continue;
        }
        for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
            exec(db, QStringLiteral("CREATE TRIGGER %1_%2_trust AFTER %3 ON %1 BEGIN"
                                    " UPDATE meta SET value = CAST(value AS INTEGER) + 1"
                                    " WHERE key = 'trust_version'; END")
                         .arg(QLatin1String(table), QString::fromLatin1(event).toLower(),
                              QLatin1String(event)));
        }
    }
}

} // namespace

int StoreSchema::version(QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("meta")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) ||
        !query.next())
        throw StoreError(
            StoreError::Kind::Failed,
            QStringLiteral("the store has no schema version; it is not a TrustDesk store"));
    return query.value(0).toInt();
}

void StoreSchema::migrate(QSqlDatabase &db, SqlDialect dialect)
{
    const auto newer = [](int current) {
        return StoreError(StoreError::Kind::NewerSchema,
                          QStringLiteral("the store was written by a newer TrustDesk (schema "
                                         "%1; this version reads up to %2)")
                              .arg(current)
                              .arg(CurrentVersion));
    };
    int current = version(db);
    if (current > CurrentVersion)
        throw newer(current);
    if (current == CurrentVersion)
        return;
    // Two programs opening a new store at once: the second waits, then finds it made.
    if (dialect == SqlDialect::Postgresql) {
        exec(db, QStringLiteral("BEGIN"));
        exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(PostgresWriterLock));
    } else {
        exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    }
    try {
        current = version(db);
        if (current > CurrentVersion)
            throw newer(current);
        if (current < 1) {
            for (const char *statement : SchemaV1) {
                const QString sql = QString::fromLatin1(statement);
                if (dialect == SqlDialect::Postgresql &&
                    sql.startsWith(QLatin1String("CREATE TRIGGER")))
                    continue; // its own, below
                define(db, dialect, sql);
            }
            if (dialect == SqlDialect::Postgresql)
                postgresTrigger(db, QStringLiteral("audit_log_append_only"),
                                QStringLiteral("BEFORE UPDATE OR DELETE"),
                                QStringLiteral("audit_log"), QStringLiteral("ROW"),
                                QStringLiteral("RAISE EXCEPTION 'the audit log is append-only';"));
            exec(db,
                 QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1')"));
        }
        if (current < 2) {
            // v2: the expiry purge (on open and hourly) finds old entries by an index
            // instead of scanning a tank of hundreds of thousands of rows.
            exec(db, QStringLiteral(
                         "CREATE INDEX tank_by_last_seen ON tank (organisation_id, last_seen)"));
            exec(db, QStringLiteral("UPDATE meta SET value = '2' WHERE key = 'schema_version'"));
        }
        if (current < 3) {
            // v3: the organisation CA (its key only as encrypted PKCS#8) and the register of
            // the certificates it issued.
            for (const char *statement : SchemaV3)
                define(db, dialect, QString::fromLatin1(statement));
            exec(db, QStringLiteral("UPDATE meta SET value = '3' WHERE key = 'schema_version'"));
        }
        if (current < 4) {
            // v4: the chain a client sent with a tank entry's certificate, so that the
            // entry can be explained later exactly as the attempt was evaluated.
            exec(db, QStringLiteral(
                         "ALTER TABLE tank ADD COLUMN presented_chain TEXT NOT NULL DEFAULT ''"));
            exec(db, QStringLiteral("UPDATE meta SET value = '4' WHERE key = 'schema_version'"));
        }
        if (current < 5) {
            migrateToAsciiCnKeys(db);
            // SHA-1 signatures are refused unless an organisation allows them (RULES 2).
            define(db, dialect,
                   QStringLiteral("ALTER TABLE organisations ADD COLUMN allow_sha1 INTEGER NOT "
                                  "NULL DEFAULT 0"));
            exec(db, QStringLiteral("UPDATE meta SET value = '5' WHERE key = 'schema_version'"));
        }
        if (current < 6) {
            migrateToCertificateCleanUp(db, dialect);
            exec(db, QStringLiteral("UPDATE meta SET value = '6' WHERE key = 'schema_version'"));
        }
        if (current < 7) {
            for (const char *statement : SchemaV7)
                define(db, dialect, QString::fromLatin1(statement));
            createCertificateCleanUpTriggers(db, 7, dialect);
            if (dialect == SqlDialect::Postgresql)
                createChangeNotifications(db);
            exec(db, QStringLiteral("UPDATE meta SET value = '7' WHERE key = 'schema_version'"));
        }
        if (current < 8) {
            // v8 (PostgreSQL): every change to a user or their credentials is announced
            // with the user's organisation and name key, so that a listener's index of the
            // users stays current one user at a time. SQLite has nothing to announce to.
            if (dialect == SqlDialect::Postgresql)
                createUserAnnouncements(db);
            exec(db, QStringLiteral("UPDATE meta SET value = '8' WHERE key = 'schema_version'"));
        }
        // Later versions: `if (current < 9) { ...; UPDATE meta ... }`.
        exec(db, QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

} // namespace trustdesk
