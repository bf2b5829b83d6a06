#include "Store.h"

#include "../InputError.h"
#include "../engine/CommonName.h"
#include "../x509/CertificateLoader.h"
#include "PasswordHasher.h"
#include "StoreError.h"
#include "StoreSchema.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

#include <algorithm>

namespace trustdesk {

namespace {

constexpr int UntrustedCaCap = 100; // per organisation; a flood of fake CAs stays bounded
constexpr int MaxStoredChain = 10;  // certificates kept of what a client sent above its leaf

QString iso(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

// A null QString binds as SQL NULL; NOT NULL text columns get an empty string instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime fromIso(const QVariant &value)
{
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODate);
    when.setTimeSpec(Qt::UTC);
    return when;
}

bool isLockError(const QSqlError &error)
{
    const QString text = error.text().toLower();
    return text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy"));
}

[[noreturn]] void fail(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    if (isLockError(error))
        throw StoreError(StoreError::Kind::Locked,
                         Store::tr("the store is locked by another program; try again when it "
                                   "has finished"));
    throw StoreError(StoreError::Kind::Failed, Store::tr("database error: %1").arg(error.text()));
}

void run(QSqlQuery &query)
{
    if (!query.exec())
        fail(query);
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        fail(query);
    return query;
}

QJsonObject certificateSummary(const Certificate &cert)
{
    return QJsonObject{{QStringLiteral("subject"), cert.subjectText()},
                       {QStringLiteral("thumbprint"), cert.thumbprint().grouped()}};
}

QJsonObject userJson(const UserProfile &user)
{
    return QJsonObject{{QStringLiteral("username"), user.username},
                       {QStringLiteral("full_name"), user.fullName},
                       {QStringLiteral("disabled"), user.disabled},
                       {QStringLiteral("https_policy"), UserProfile::policyName(user.httpsPolicy)},
                       {QStringLiteral("ftps_policy"), UserProfile::policyName(user.ftpsPolicy)}};
}

OrganisationSettings readOrganisation(const QSqlQuery &query)
{
    OrganisationSettings org;
    org.id = query.value(0).toLongLong();
    org.name = query.value(1).toString();
    org.matchCn = query.value(2).toBool();
    org.tankDays = query.value(3).toInt();
    org.tankCap = query.value(4).toInt();
    org.requireRevocation = query.value(5).toBool();
    return org;
}

// The columns Store::readTankEntry reads.
const char *const TankColumns =
    "SELECT t.id, t.pair_id, u.username, t.kind, t.value, c.der, t.interface, t.client_address,"
    " t.first_seen, t.last_seen, t.count, t.presented_chain FROM tank t"
    " JOIN certificates c ON c.id = t.certificate_id LEFT JOIN users u ON u.id = t.user_id";

const char *const OrganisationColumns =
    "SELECT id, name, match_cn, tank_days, tank_cap, require_revocation FROM organisations ";

Thumbprint parseThumbprint(const QString &text)
{
    const auto thumbprint = Thumbprint::fromText(text);
    if (!thumbprint)
        throw InputError(Store::tr("'%1' is not a thumbprint: expected 40 hex digits (SHA-1), "
                                   "with or without spaces or colons")
                             .arg(text));
    return *thumbprint;
}

} // namespace

// One administrative action: BEGIN IMMEDIATE takes the write lock up front, so two
// writers queue instead of failing half-way; anything not committed is rolled back.
// Transactions nest: an inner one joins the outer, so several actions can be one.
class Store::Transaction
{
public:
    explicit Transaction(Store &store)
        : m_store(store), m_db(store.m_db), m_outer(store.m_transactionDepth == 0)
    {
        if (m_outer) {
            QSqlQuery query(m_db);
            if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
                fail(query);
        }
        ++m_store.m_transactionDepth;
    }
    ~Transaction()
    {
        --m_store.m_transactionDepth;
        if (m_outer && !m_committed)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    void commit()
    {
        if (m_outer) {
            QSqlQuery query(m_db);
            if (!query.exec(QStringLiteral("COMMIT")))
                fail(query);
        }
        m_committed = true;
    }

private:
    Store &m_store;
    QSqlDatabase &m_db;
    bool m_outer;
    bool m_committed = false;
};

Store::Store(const QString &connectionName, const QString &location)
    : m_db(QSqlDatabase::database(connectionName, false)), m_connectionName(connectionName),
      m_location(location)
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    m_actor = user.isEmpty() ? QStringLiteral("unknown") : user;
}

Store::~Store()
{
    m_findUser.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() + QStringLiteral("/.trustdesk") : dir)
        .filePath(QStringLiteral("trustdesk.db"));
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
    static QAtomicInt counter;
    const QString name = QStringLiteral("trustdesk-store-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    }
    std::unique_ptr<Store> store(new Store(name, path));
    if (!store->m_db.open())
        throw StoreError(
            StoreError::Kind::CannotOpen,
            tr("%1: cannot open the store (%2)").arg(path, store->m_db.lastError().text()));
    QSqlQuery pragma(store->m_db);
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        const QSqlError error = pragma.lastError();
        if (isLockError(error))
            throw StoreError(StoreError::Kind::Locked,
                             tr("%1: the store is locked by another program").arg(path));
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("%1: not a TrustDesk store (%2)").arg(path, error.databaseText()));
    }
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    try {
        StoreSchema::migrate(store->m_db);
    } catch (const StoreError &error) {
        throw StoreError(error.kind(), QStringLiteral("%1: %2").arg(path, error.message()));
    }
    return store;
}

std::unique_ptr<Store> Store::openUrl(const QString &url)
{
    const QUrl parsed(url);
    if (parsed.scheme() == QLatin1String("sqlite") || parsed.scheme() == QLatin1String("file"))
        return openSqlite(parsed.toLocalFile().isEmpty() ? parsed.path() : parsed.toLocalFile());
    if (parsed.scheme() == QLatin1String("postgresql") ||
        parsed.scheme() == QLatin1String("postgres"))
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("%1: PostgreSQL stores are not supported by this version of TrustDesk "
                            "yet; use a SQLite store (--db PATH)")
                             .arg(parsed.toDisplayString(QUrl::RemovePassword)));
    throw StoreError(StoreError::Kind::CannotOpen,
                     tr("'%1' is not a store URL (expected sqlite:///PATH or postgresql://...)")
                         .arg(parsed.toDisplayString(QUrl::RemovePassword)));
}

void Store::validateName(const QString &what, const QString &name)
{
    if (name.trimmed().isEmpty())
        throw InputError(tr("the %1 is empty").arg(what));
    if (name != name.trimmed())
        throw InputError(tr("%1 '%2' has white space at its start or end").arg(what, name));
    if (name.size() > 64)
        throw InputError(tr("%1 '%2' is longer than 64 characters").arg(what, name.left(64)));
    if (CommonName::hasControlCharacter(name))
        throw InputError(
            tr("%1 '%2' contains a control character").arg(what, name.toHtmlEscaped()));
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : name) {
        if (forbidden.contains(c))
            throw InputError(tr("%1 '%2' contains '%3', which names may not contain (%4)")
                                 .arg(what, name, QString(c), forbidden));
    }
}

void Store::audit(const QString &organisation, const QString &action, const QString &target,
                  const QJsonObject &before, const QJsonObject &after)
{
    QSqlQuery query = prepared(
        m_db, QStringLiteral(
                  "INSERT INTO audit_log (at, actor, organisation, action, target, before, after)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    query.addBindValue(m_actor);
    query.addBindValue(organisation.isEmpty() ? QVariant() : QVariant(organisation));
    query.addBindValue(action);
    query.addBindValue(target);
    query.addBindValue(
        before.isEmpty()
            ? QVariant()
            : QVariant(QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact))));
    query.addBindValue(after.isEmpty() ? QVariant()
                                       : QVariant(QString::fromUtf8(
                                             QJsonDocument(after).toJson(QJsonDocument::Compact))));
    run(query);
}

// ---------------------------------------------------------------- organisations

QList<OrganisationSettings> Store::organisations()
{
    QSqlQuery query =
        prepared(m_db, QString::fromLatin1(OrganisationColumns) + QStringLiteral("ORDER BY id"));
    run(query);
    QList<OrganisationSettings> out;
    while (query.next())
        out << readOrganisation(query);
    return out;
}

OrganisationSettings Store::organisation(const QString &name)
{
    QSqlQuery query = prepared(m_db, QString::fromLatin1(OrganisationColumns) +
                                         (name.isEmpty() ? QStringLiteral("ORDER BY id LIMIT 1")
                                                         : QStringLiteral("WHERE name_key = ?")));
    if (!name.isEmpty())
        query.addBindValue(name.toCaseFolded());
    run(query);
    if (!query.next()) {
        if (name.isEmpty())
            throw InputError(tr("%1: the store has no organisation yet; create one with "
                                "'trustdesk-cli init'")
                                 .arg(m_location));
        throw InputError(tr("unknown organisation '%1'").arg(name));
    }
    return readOrganisation(query);
}

QString Store::organisationName(qint64 organisationId)
{
    QSqlQuery query = prepared(m_db, QStringLiteral("SELECT name FROM organisations WHERE id = ?"));
    query.addBindValue(organisationId);
    run(query);
    return query.next() ? query.value(0).toString() : QString();
}

OrganisationSettings Store::createOrganisation(const QString &name)
{
    validateName(tr("organisation name"), name);
    Transaction transaction(*this);
    QSqlQuery exists =
        prepared(m_db, QStringLiteral("SELECT 1 FROM organisations WHERE name_key = ?"));
    exists.addBindValue(name.toCaseFolded());
    run(exists);
    if (exists.next())
        throw InputError(tr("organisation '%1' already exists").arg(name));
    QSqlQuery insert = prepared(
        m_db,
        QStringLiteral("INSERT INTO organisations (name, name_key, created) VALUES (?, ?, ?)"));
    insert.addBindValue(name);
    insert.addBindValue(name.toCaseFolded());
    insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    run(insert);
    OrganisationSettings org;
    org.id = insert.lastInsertId().toLongLong();
    org.name = name;
    audit(name, QStringLiteral("organisation.create"), QStringLiteral("organisation:%1").arg(name),
          {}, org.toJson());
    transaction.commit();
    return org;
}

void Store::updateOrganisation(const OrganisationSettings &settings)
{
    if (settings.tankDays < 1 || settings.tankDays > 3650)
        throw InputError(tr("holding tank expiry must be between 1 and 3650 days, not %1")
                             .arg(settings.tankDays));
    if (settings.tankCap < 1 || settings.tankCap > 10000)
        throw InputError(
            tr("holding tank cap must be between 1 and 10000 pairs, not %1").arg(settings.tankCap));
    Transaction transaction(*this);
    const OrganisationSettings before = organisation(organisationName(settings.id));
    QSqlQuery update = prepared(
        m_db, QStringLiteral("UPDATE organisations SET match_cn = ?, tank_days = ?, tank_cap = ?,"
                             " require_revocation = ? WHERE id = ?"));
    update.addBindValue(settings.matchCn ? 1 : 0);
    update.addBindValue(settings.tankDays);
    update.addBindValue(settings.tankCap);
    update.addBindValue(settings.requireRevocation ? 1 : 0);
    update.addBindValue(settings.id);
    run(update);
    audit(before.name, QStringLiteral("organisation.set"),
          QStringLiteral("organisation:%1").arg(before.name), before.toJson(), settings.toJson());
    transaction.commit();
}

// ---------------------------------------------------------------- certificates

qint64 Store::certificateId(const Certificate &cert)
{
    const QString thumbprint = cert.thumbprint().key();
    QSqlQuery find =
        prepared(m_db, QStringLiteral("SELECT id FROM certificates WHERE thumbprint = ?"));
    find.addBindValue(thumbprint);
    run(find);
    if (find.next())
        return find.value(0).toLongLong();
    QSqlQuery insert =
        prepared(m_db, QStringLiteral("INSERT INTO certificates (thumbprint, subject, issuer, "
                                      "not_after, der) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(thumbprint);
    insert.addBindValue(cert.subjectText());
    insert.addBindValue(cert.issuerText());
    insert.addBindValue(iso(cert.notAfter()));
    insert.addBindValue(cert.der());
    run(insert);
    return insert.lastInsertId().toLongLong();
}

Certificate Store::certificateById(qint64 id)
{
    QSqlQuery query = prepared(m_db, QStringLiteral("SELECT der FROM certificates WHERE id = ?"));
    query.addBindValue(id);
    run(query);
    return query.next() ? Certificate::fromDer(query.value(0).toByteArray()) : Certificate();
}

QList<StoredCertificate> Store::certificatesIn(const QString &sql, qint64 organisationId)
{
    QSqlQuery query = prepared(m_db, sql);
    if (organisationId >= 0)
        query.addBindValue(organisationId);
    run(query);
    QList<StoredCertificate> out;
    while (query.next()) {
        StoredCertificate stored;
        stored.certificate = Certificate::fromDer(query.value(0).toByteArray());
        stored.added = fromIso(query.value(1));
        if (!stored.certificate.isNull())
            out << stored;
    }
    return out;
}

QList<StoredCertificate> Store::installedCertificates()
{
    return certificatesIn(
        QStringLiteral("SELECT c.der, r.added FROM root_store r"
                       " JOIN certificates c ON c.id = r.certificate_id ORDER BY c.subject, c.id"));
}

int Store::installCertificates(const QList<Certificate> &certificates)
{
    Transaction transaction(*this);
    int added = 0;
    for (const Certificate &cert : certificates) {
        QSqlQuery insert = prepared(
            m_db, QStringLiteral(
                      "INSERT OR IGNORE INTO root_store (certificate_id, added) VALUES (?, ?)"));
        insert.addBindValue(certificateId(cert));
        insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
        run(insert);
        if (insert.numRowsAffected() > 0) {
            ++added;
            audit(QString(), QStringLiteral("root.install"),
                  QStringLiteral("root:%1").arg(cert.thumbprint().key()), {},
                  certificateSummary(cert));
        }
    }
    transaction.commit();
    return added;
}

void Store::uninstallCertificate(const QString &thumbprintText)
{
    const Thumbprint thumbprint = parseThumbprint(thumbprintText);
    Transaction transaction(*this);
    QSqlQuery find = prepared(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.der FROM root_store r JOIN certificates c ON c.id = r.certificate_id"
            " WHERE c.thumbprint = ?"));
    find.addBindValue(thumbprint.key());
    run(find);
    if (!find.next())
        throw InputError(
            tr("no installed certificate has thumbprint %1").arg(thumbprint.grouped()));
    const Certificate cert = Certificate::fromDer(find.value(1).toByteArray());
    QSqlQuery remove =
        prepared(m_db, QStringLiteral("DELETE FROM root_store WHERE certificate_id = ?"));
    remove.addBindValue(find.value(0));
    run(remove);
    audit(QString(), QStringLiteral("root.remove"), QStringLiteral("root:%1").arg(thumbprint.key()),
          certificateSummary(cert), {});
    transaction.commit();
}

QList<StoredCertificate> Store::knownIntermediates()
{
    return certificatesIn(
        QStringLiteral("SELECT c.der, i.added FROM intermediates i"
                       " JOIN certificates c ON c.id = i.certificate_id ORDER BY c.subject, c.id"));
}

int Store::addIntermediates(const QList<Certificate> &certificates)
{
    for (const Certificate &cert : certificates) {
        if (!cert.isCa())
            throw InputError(tr("'%1' is not a CA certificate, so it cannot be an intermediate")
                                 .arg(cert.displayName()));
    }
    Transaction transaction(*this);
    int added = 0;
    for (const Certificate &cert : certificates) {
        QSqlQuery insert = prepared(
            m_db, QStringLiteral(
                      "INSERT OR IGNORE INTO intermediates (certificate_id, added) VALUES (?, ?)"));
        insert.addBindValue(certificateId(cert));
        insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
        run(insert);
        if (insert.numRowsAffected() > 0) {
            ++added;
            audit(QString(), QStringLiteral("intermediate.add"),
                  QStringLiteral("intermediate:%1").arg(cert.thumbprint().key()), {},
                  certificateSummary(cert));
        }
    }
    transaction.commit();
    return added;
}

void Store::removeIntermediate(const QString &thumbprintText)
{
    const Thumbprint thumbprint = parseThumbprint(thumbprintText);
    Transaction transaction(*this);
    QSqlQuery find = prepared(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.der FROM intermediates i JOIN certificates c ON c.id = i.certificate_id"
            " WHERE c.thumbprint = ?"));
    find.addBindValue(thumbprint.key());
    run(find);
    if (!find.next())
        throw InputError(tr("no known intermediate has thumbprint %1").arg(thumbprint.grouped()));
    QSqlQuery remove =
        prepared(m_db, QStringLiteral("DELETE FROM intermediates WHERE certificate_id = ?"));
    remove.addBindValue(find.value(0));
    run(remove);
    audit(QString(), QStringLiteral("intermediate.remove"),
          QStringLiteral("intermediate:%1").arg(thumbprint.key()),
          certificateSummary(Certificate::fromDer(find.value(1).toByteArray())), {});
    transaction.commit();
}

QList<StoredCertificate> Store::approvedCas(qint64 organisationId)
{
    return certificatesIn(QStringLiteral("SELECT c.der, a.added FROM approved_cas a"
                                         " JOIN certificates c ON c.id = a.certificate_id"
                                         " WHERE a.organisation_id = ? ORDER BY c.subject, c.id"),
                          organisationId);
}

int Store::approveCas(qint64 organisationId, const QList<Certificate> &certificates)
{
    const QString org = organisationName(organisationId);
    Transaction transaction(*this);
    int added = 0;
    for (const Certificate &cert : certificates) {
        QSqlQuery insert =
            prepared(m_db, QStringLiteral("INSERT OR IGNORE INTO approved_cas (organisation_id, "
                                          "certificate_id, added) VALUES (?, ?, ?)"));
        insert.addBindValue(organisationId);
        insert.addBindValue(certificateId(cert));
        insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
        run(insert);
        if (insert.numRowsAffected() > 0) {
            ++added;
            audit(org, QStringLiteral("ca.approve"),
                  QStringLiteral("ca:%1").arg(cert.thumbprint().key()), {},
                  certificateSummary(cert));
        }
    }
    transaction.commit();
    return added;
}

void Store::removeApprovedCa(qint64 organisationId, const QString &thumbprintText)
{
    const Thumbprint thumbprint = parseThumbprint(thumbprintText);
    const QString org = organisationName(organisationId);
    Transaction transaction(*this);
    QSqlQuery find = prepared(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.der FROM approved_cas a JOIN certificates c ON c.id = a.certificate_id"
            " WHERE a.organisation_id = ? AND c.thumbprint = ?"));
    find.addBindValue(organisationId);
    find.addBindValue(thumbprint.key());
    run(find);
    if (!find.next())
        throw InputError(tr("no approved CA of organisation '%1' has thumbprint %2")
                             .arg(org, thumbprint.grouped()));
    QSqlQuery remove = prepared(
        m_db, QStringLiteral(
                  "DELETE FROM approved_cas WHERE organisation_id = ? AND certificate_id = ?"));
    remove.addBindValue(organisationId);
    remove.addBindValue(find.value(0));
    run(remove);
    audit(org, QStringLiteral("ca.remove"), QStringLiteral("ca:%1").arg(thumbprint.key()),
          certificateSummary(Certificate::fromDer(find.value(1).toByteArray())), {});
    transaction.commit();
}

// ---------------------------------------------------------------- revocation lists

QList<StoredRevocationList> Store::revocationLists()
{
    QSqlQuery query =
        prepared(m_db, QStringLiteral("SELECT id, der, added FROM revocation_lists ORDER BY id"));
    run(query);
    QList<StoredRevocationList> out;
    while (query.next()) {
        StoredRevocationList stored;
        stored.id = query.value(0).toLongLong();
        stored.crl = RevocationList::fromDer(query.value(1).toByteArray());
        stored.added = fromIso(query.value(2));
        if (!stored.crl.isNull())
            out << stored;
    }
    return out;
}

int Store::addRevocationLists(const QList<RevocationList> &crls)
{
    Transaction transaction(*this);
    int added = 0;
    for (const RevocationList &crl : crls) {
        const QByteArray der = crl.der();
        QSqlQuery insert =
            prepared(m_db, QStringLiteral("INSERT OR IGNORE INTO revocation_lists (issuer, "
                                          "this_update, next_update, revoked_count,"
                                          " sha256, der, added) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(crl.issuerText());
        insert.addBindValue(iso(crl.thisUpdate()));
        insert.addBindValue(crl.nextUpdate().isValid() ? QVariant(iso(crl.nextUpdate()))
                                                       : QVariant());
        insert.addBindValue(crl.revokedCount());
        insert.addBindValue(
            QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));
        insert.addBindValue(der);
        insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
        run(insert);
        if (insert.numRowsAffected() > 0) {
            ++added;
            audit(QString(), QStringLiteral("crl.add"),
                  QStringLiteral("crl:%1").arg(insert.lastInsertId().toLongLong()), {},
                  QJsonObject{{QStringLiteral("issuer"), crl.issuerText()},
                              {QStringLiteral("revoked"), crl.revokedCount()}});
        }
    }
    transaction.commit();
    return added;
}

void Store::removeRevocationList(qint64 id)
{
    Transaction transaction(*this);
    QSqlQuery find =
        prepared(m_db, QStringLiteral("SELECT issuer FROM revocation_lists WHERE id = ?"));
    find.addBindValue(id);
    run(find);
    if (!find.next())
        throw InputError(tr("no revocation list has id %1").arg(id));
    const QString issuer = find.value(0).toString();
    QSqlQuery remove = prepared(m_db, QStringLiteral("DELETE FROM revocation_lists WHERE id = ?"));
    remove.addBindValue(id);
    run(remove);
    audit(QString(), QStringLiteral("crl.remove"), QStringLiteral("crl:%1").arg(id),
          QJsonObject{{QStringLiteral("issuer"), issuer}}, {});
    transaction.commit();
}

// ---------------------------------------------------------------- users

QList<UserRecord> Store::users(qint64 organisationId)
{
    QSqlQuery query = prepared(
        m_db, QStringLiteral(
                  "SELECT u.id, u.username, u.full_name, u.disabled, u.https_policy, u.ftps_policy,"
                  " u.password_hash IS NOT NULL, u.created,"
                  " (SELECT COUNT(*) FROM tank t WHERE t.organisation_id = u.organisation_id"
                  " AND t.user_id = u.id AND t.kind <> 'untrusted-ca')"
                  " FROM users u WHERE u.organisation_id = ? ORDER BY u.username_key"));
    query.addBindValue(organisationId);
    run(query);
    QList<UserRecord> out;
    QHash<qint64, int> index;
    while (query.next()) {
        UserRecord record;
        record.profile.id = query.value(0).toLongLong();
        record.profile.username = query.value(1).toString();
        record.profile.fullName = query.value(2).toString();
        record.profile.disabled = query.value(3).toBool();
        record.profile.httpsPolicy =
            UserProfile::policyFromText(query.value(4).toString()).value_or(Policy::Password);
        record.profile.ftpsPolicy =
            UserProfile::policyFromText(query.value(5).toString()).value_or(Policy::Password);
        record.hasPassword = query.value(6).toBool();
        record.created = fromIso(query.value(7));
        record.pendingTankEntries = query.value(8).toInt();
        index.insert(record.profile.id, out.size());
        out << record;
    }
    QSqlQuery creds = prepared(
        m_db,
        QStringLiteral(
            "SELECT c.user_id, c.kind, c.value FROM credentials c JOIN users u ON u.id = c.user_id"
            " WHERE u.organisation_id = ? ORDER BY c.id"));
    creds.addBindValue(organisationId);
    run(creds);
    while (creds.next()) {
        const int at = index.value(creds.value(0).toLongLong(), -1);
        if (at < 0)
            continue;
        if (creds.value(1).toString() == QLatin1String("thumbprint"))
            out[at].profile.thumbprints << creds.value(2).toString();
        else
            out[at].profile.commonNames << creds.value(2).toString();
    }
    return out;
}

std::optional<UserProfile> Store::findUser(qint64 organisationId, const QString &username)
{
    // One indexed query for the user and the credentials, prepared once.
    if (!m_findUser) {
        m_findUser = std::make_unique<QSqlQuery>(prepared(
            m_db,
            QStringLiteral(
                "SELECT u.id, u.username, u.full_name, u.disabled, u.https_policy, u.ftps_policy,"
                " c.kind, c.value FROM users u LEFT JOIN credentials c ON c.user_id = u.id"
                " WHERE u.organisation_id = ? AND u.username_key = ? ORDER BY c.id")));
        m_findUser->setForwardOnly(true);
    }
    QSqlQuery &query = *m_findUser;
    query.bindValue(0, organisationId);
    query.bindValue(1, username.toCaseFolded());
    run(query);
    std::optional<UserProfile> out;
    while (query.next()) {
        if (!out) {
            UserProfile profile;
            profile.id = query.value(0).toLongLong();
            profile.username = query.value(1).toString();
            profile.fullName = query.value(2).toString();
            profile.disabled = query.value(3).toBool();
            profile.httpsPolicy =
                UserProfile::policyFromText(query.value(4).toString()).value_or(Policy::Password);
            profile.ftpsPolicy =
                UserProfile::policyFromText(query.value(5).toString()).value_or(Policy::Password);
            out = profile;
        }
        const QString kind = query.value(6).toString();
        if (kind == QLatin1String("thumbprint"))
            out->thumbprints << query.value(7).toString();
        else if (kind == QLatin1String("cn"))
            out->commonNames << query.value(7).toString();
    }
    query.finish();
    return out;
}

UserRecord Store::user(qint64 organisationId, const QString &username)
{
    const auto profile = findUser(organisationId, username);
    if (!profile)
        throw InputError(tr("unknown user '%1' in organisation '%2'")
                             .arg(username, organisationName(organisationId)));
    QSqlQuery query = prepared(
        m_db,
        QStringLiteral("SELECT u.password_hash IS NOT NULL, u.created,"
                       " (SELECT COUNT(*) FROM tank t WHERE t.organisation_id = u.organisation_id"
                       " AND t.user_id = u.id AND t.kind <> 'untrusted-ca')"
                       " FROM users u WHERE u.id = ?"));
    query.addBindValue(profile->id);
    run(query);
    query.next();
    UserRecord record;
    record.profile = *profile;
    record.hasPassword = query.value(0).toBool();
    record.created = fromIso(query.value(1));
    record.pendingTankEntries = query.value(2).toInt();
    return record;
}

qint64 Store::userId(qint64 organisationId, const QString &username)
{
    QSqlQuery query = prepared(
        m_db,
        QStringLiteral("SELECT id FROM users WHERE organisation_id = ? AND username_key = ?"));
    query.addBindValue(organisationId);
    query.addBindValue(username.toCaseFolded());
    run(query);
    if (!query.next())
        throw InputError(tr("unknown user '%1' in organisation '%2'")
                             .arg(username, organisationName(organisationId)));
    return query.value(0).toLongLong();
}

void Store::addUser(qint64 organisationId, const UserProfile &profile,
                    const std::optional<QByteArray> &password)
{
    validateName(tr("username"), profile.username);
    if (profile.fullName.size() > 128 || CommonName::hasControlCharacter(profile.fullName))
        throw InputError(tr("full name '%1' is longer than 128 characters or contains a control "
                            "character")
                             .arg(profile.fullName.left(128).toHtmlEscaped()));
    if (password && password->isEmpty())
        throw InputError(tr("the password for '%1' is empty").arg(profile.username));
    // Hash before the transaction: it is slow on purpose, and must not hold the write lock.
    const QString hash = password ? PasswordHasher::hash(*password) : QString();
    const QString org = organisationName(organisationId);
    Transaction transaction(*this);
    QSqlQuery exists = prepared(
        m_db, QStringLiteral(
                  "SELECT username FROM users WHERE organisation_id = ? AND username_key = ?"));
    exists.addBindValue(organisationId);
    exists.addBindValue(profile.username.toCaseFolded());
    run(exists);
    if (exists.next())
        throw InputError(tr("user '%1' already exists in organisation '%2' (as '%3'; usernames "
                            "are compared without case)")
                             .arg(profile.username, org, exists.value(0).toString()));
    QSqlQuery insert = prepared(
        m_db, QStringLiteral(
                  "INSERT INTO users (organisation_id, username, username_key, full_name, disabled,"
                  " password_hash, https_policy, ftps_policy, created) VALUES (?, ?, ?, ?, ?, ?, "
                  "?, ?, ?)"));
    insert.addBindValue(organisationId);
    insert.addBindValue(profile.username);
    insert.addBindValue(profile.username.toCaseFolded());
    insert.addBindValue(text(profile.fullName));
    insert.addBindValue(profile.disabled ? 1 : 0);
    insert.addBindValue(hash.isEmpty() ? QVariant() : QVariant(hash));
    insert.addBindValue(UserProfile::policyName(profile.httpsPolicy));
    insert.addBindValue(UserProfile::policyName(profile.ftpsPolicy));
    insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    run(insert);
    QJsonObject after = userJson(profile);
    after.insert(QStringLiteral("password"),
                 password ? QStringLiteral("set") : QStringLiteral("none"));
    audit(org, QStringLiteral("user.add"), QStringLiteral("user:%1").arg(profile.username), {},
          after);
    transaction.commit();
}

void Store::updateUser(qint64 organisationId, const UserProfile &profile)
{
    if (profile.fullName.size() > 128 || CommonName::hasControlCharacter(profile.fullName))
        throw InputError(tr("full name '%1' is longer than 128 characters or contains a control "
                            "character")
                             .arg(profile.fullName.left(128).toHtmlEscaped()));
    const QString org = organisationName(organisationId);
    Transaction transaction(*this);
    const auto before = findUser(organisationId, profile.username);
    if (!before)
        throw InputError(tr("unknown user '%1' in organisation '%2'").arg(profile.username, org));
    QSqlQuery update =
        prepared(m_db, QStringLiteral("UPDATE users SET full_name = ?, disabled = ?, https_policy "
                                      "= ?, ftps_policy = ? WHERE id = ?"));
    update.addBindValue(text(profile.fullName));
    update.addBindValue(profile.disabled ? 1 : 0);
    update.addBindValue(UserProfile::policyName(profile.httpsPolicy));
    update.addBindValue(UserProfile::policyName(profile.ftpsPolicy));
    update.addBindValue(before->id);
    run(update);
    UserProfile after = profile;
    after.username = before->username;
    audit(org, QStringLiteral("user.set"), QStringLiteral("user:%1").arg(before->username),
          userJson(*before), userJson(after));
    transaction.commit();
}

void Store::setPassword(qint64 organisationId, const QString &username, const QByteArray &password)
{
    if (password.isEmpty())
        throw InputError(tr("the password for '%1' is empty").arg(username));
    const QString hash = PasswordHasher::hash(password);
    const QString org = organisationName(organisationId);
    Transaction transaction(*this);
    const qint64 id = userId(organisationId, username);
    QSqlQuery update =
        prepared(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    update.addBindValue(hash);
    update.addBindValue(id);
    run(update);
    audit(org, QStringLiteral("user.password"), QStringLiteral("user:%1").arg(username), {},
          QJsonObject{{QStringLiteral("password"), QStringLiteral("changed")}});
    transaction.commit();
}

bool Store::verifyPassword(qint64 organisationId, const QString &username,
                           const QByteArray &password)
{
    QSqlQuery query = prepared(
        m_db,
        QStringLiteral(
            "SELECT password_hash FROM users WHERE organisation_id = ? AND username_key = ?"));
    query.addBindValue(organisationId);
    query.addBindValue(username.toCaseFolded());
    run(query);
    if (!query.next() || query.value(0).isNull())
        return false;
    return PasswordHasher::verify(password, query.value(0).toString());
}

void Store::removeUser(qint64 organisationId, const QString &username)
{
    const QString org = organisationName(organisationId);
    Transaction transaction(*this);
    const auto before = findUser(organisationId, username);
    if (!before)
        throw InputError(tr("unknown user '%1' in organisation '%2'").arg(username, org));
    QSqlQuery remove = prepared(m_db, QStringLiteral("DELETE FROM users WHERE id = ?"));
    remove.addBindValue(before->id);
    run(remove);
    QJsonObject beforeJson = userJson(*before);
    beforeJson.insert(QStringLiteral("thumbprints"),
                      QJsonArray::fromStringList(before->thumbprints));
    beforeJson.insert(QStringLiteral("cns"), QJsonArray::fromStringList(before->commonNames));
    audit(org, QStringLiteral("user.remove"), QStringLiteral("user:%1").arg(before->username),
          beforeJson, {});
    transaction.commit();
}

namespace {

// The stored and the comparison form of a credential; throws InputError for bad values.
QPair<QString, QString> normaliseCredential(const QString &kind, const QString &value)
{
    if (kind == QLatin1String("thumbprint")) {
        const QString key = parseThumbprint(value).key();
        return {key, key};
    }
    if (kind == QLatin1String("cn")) {
        const QString cn = value.trimmed();
        if (cn.isEmpty())
            throw InputError(Store::tr("the CN is empty"));
        if (cn.size() > 256)
            throw InputError(
                Store::tr("CN '%1...' is longer than 256 characters").arg(cn.left(32)));
        if (CommonName::hasControlCharacter(cn))
            throw InputError(
                Store::tr("CN '%1' contains a control character").arg(cn.toHtmlEscaped()));
        return {cn, CommonName::key(cn)};
    }
    throw InputError(Store::tr("unknown credential kind '%1' (thumbprint or cn)").arg(kind));
}

} // namespace

void Store::addCredential(qint64 organisationId, const QString &username, const QString &kind,
                          const QString &value)
{
    const auto [stored, key] = normaliseCredential(kind, value);
    const QString org = organisationName(organisationId);
    Transaction transaction(*this);
    const qint64 id = userId(organisationId, username);
    QSqlQuery insert =
        prepared(m_db, QStringLiteral("INSERT OR IGNORE INTO credentials (user_id, kind, value, "
                                      "value_key, added) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(kind);
    insert.addBindValue(stored);
    insert.addBindValue(key);
    insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    run(insert);
    if (insert.numRowsAffected() == 0)
        throw InputError(
            tr("user '%1' already has the %2 '%3'").arg(username, kind, value.trimmed()));
    audit(org, QStringLiteral("credential.add"), QStringLiteral("user:%1").arg(username), {},
          QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("value"), stored}});
    transaction.commit();
}

void Store::removeCredential(qint64 organisationId, const QString &username, const QString &kind,
                             const QString &value)
{
    const QString key = normaliseCredential(kind, value).second;
    const QString org = organisationName(organisationId);
    Transaction transaction(*this);
    const qint64 id = userId(organisationId, username);
    QSqlQuery find = prepared(
        m_db,
        QStringLiteral(
            "SELECT id, value FROM credentials WHERE user_id = ? AND kind = ? AND value_key = ?"));
    find.addBindValue(id);
    find.addBindValue(kind);
    find.addBindValue(key);
    run(find);
    if (!find.next())
        throw InputError(tr("user '%1' has no %2 '%3'").arg(username, kind, value.trimmed()));
    const QString removed = find.value(1).toString(); // as stored, not as typed
    QSqlQuery remove = prepared(m_db, QStringLiteral("DELETE FROM credentials WHERE id = ?"));
    remove.addBindValue(find.value(0));
    run(remove);
    audit(org, QStringLiteral("credential.remove"), QStringLiteral("user:%1").arg(username),
          QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("value"), removed}}, {});
    transaction.commit();
}

// ---------------------------------------------------------------- snapshot

std::unique_ptr<TrustSnapshot> Store::snapshot(qint64 organisationId)
{
    const OrganisationSettings org = organisation(organisationName(organisationId));
    const auto certificates = [](const QList<StoredCertificate> &stored) {
        QList<Certificate> out;
        for (const StoredCertificate &s : stored)
            out << s.certificate;
        return out;
    };
    QList<RevocationList> crls;
    for (const StoredRevocationList &stored : revocationLists())
        crls << stored.crl;
    return std::make_unique<TrustSnapshot>(org, certificates(installedCertificates()),
                                           certificates(knownIntermediates()),
                                           certificates(approvedCas(organisationId)), crls);
}

// ---------------------------------------------------------------- holding tank

QList<TankEntry> Store::tankEntries(qint64 organisationId, const QString &username)
{
    return queryTank(organisationId, username.isEmpty() ? -1 : userId(organisationId, username),
                     -1);
}

QList<TankEntry> Store::queryTank(qint64 organisationId, qint64 onlyUser, qint64 entryId)
{
    QSqlQuery query = prepared(
        m_db, QLatin1String(TankColumns) +
                  QStringLiteral(" WHERE t.organisation_id = ?%1%2 ORDER BY t.id")
                      .arg(onlyUser >= 0 ? QStringLiteral(" AND t.user_id = ?") : QString(),
                           entryId >= 0 ? QStringLiteral(" AND t.id = ?") : QString()));
    query.addBindValue(organisationId);
    if (onlyUser >= 0)
        query.addBindValue(onlyUser);
    if (entryId >= 0)
        query.addBindValue(entryId);
    run(query);
    QList<TankEntry> out;
    while (query.next())
        out << readTankEntry(query);
    return out;
}

// Columns: id, pair, username, kind, value, der, interface, address, first, last, count.
TankEntry Store::readTankEntry(const QSqlQuery &query)
{
    TankEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.pairId = query.value(1).toLongLong();
    entry.username = query.value(2).toString();
    entry.kind = query.value(3).toString();
    entry.value = query.value(4).toString();
    entry.certificate = Certificate::fromDer(query.value(5).toByteArray());
    entry.interface = query.value(6).toString();
    entry.clientAddress = query.value(7).toString();
    entry.firstSeen = fromIso(query.value(8));
    entry.lastSeen = fromIso(query.value(9));
    entry.count = query.value(10).toInt();
    const QByteArray chain = query.value(11).toByteArray();
    if (!chain.isEmpty()) {
        try {
            entry.presentedChain = CertificateLoader::loadBytes(chain, QString()).certificates;
        } catch (const InputError &) {
            // Written by this store from parsed certificates; unreadable only if damaged,
            // and then the entry is still useful without it.
        }
    }
    return entry;
}

void Store::recordAttempt(qint64 organisationId, const Verdict &verdict, const UserProfile *user,
                          const AttemptContext &context)
{
    if (verdict.tank.isEmpty())
        return;
    const OrganisationSettings org = organisation(organisationName(organisationId));
    const QString when = iso(context.at);
    const QString iface = UserProfile::interfaceName(context.interface);
    // What the client sent above the leaf, so that an entry can be explained later with the
    // same chain. Bounded: a client may send any number of certificates.
    QString presentedChain;
    for (int i = 1; i < verdict.presented.size() && i <= MaxStoredChain; ++i)
        presentedChain += verdict.presented.at(i).toPem();
    Transaction transaction(*this);
    const auto nextPairId = [this] {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(pair_id), 0) + 1 FROM tank")) ||
            !query.next())
            fail(query);
        return query.value(0).toLongLong();
    };
    const auto insertEntry = [&](qint64 pairId, const QVariant &userId, const TankProposal &p) {
        QSqlQuery insert = prepared(
            m_db,
            QStringLiteral(
                "INSERT INTO tank (organisation_id, user_id, pair_id, kind, value, certificate_id,"
                " interface, client_address, first_seen, last_seen, count, presented_chain)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
        insert.addBindValue(organisationId);
        insert.addBindValue(userId);
        insert.addBindValue(pairId);
        insert.addBindValue(p.kind);
        insert.addBindValue(p.value);
        insert.addBindValue(certificateId(p.certificate));
        insert.addBindValue(iface);
        insert.addBindValue(text(context.clientAddress));
        insert.addBindValue(when);
        insert.addBindValue(when);
        insert.addBindValue(text(presentedChain));
        run(insert);
    };
    const auto refresh = [&](const QString &where, const QVariantList &binds) {
        QSqlQuery update =
            prepared(m_db, QStringLiteral("UPDATE tank SET last_seen = ?, count = count + 1, "
                                          "interface = ?, client_address = ?, presented_chain = ?"
                                          " WHERE ") +
                               where);
        update.addBindValue(when);
        update.addBindValue(iface);
        update.addBindValue(text(context.clientAddress));
        update.addBindValue(text(presentedChain));
        for (const QVariant &bind : binds)
            update.addBindValue(bind);
        run(update);
    };

    QList<TankProposal> pair;
    for (const TankProposal &proposal : verdict.tank) {
        if (proposal.kind != QLatin1String("untrusted-ca")) {
            pair << proposal;
            continue;
        }
        const qint64 certId = certificateId(proposal.certificate);
        QSqlQuery existing =
            prepared(m_db, QStringLiteral("SELECT id FROM tank WHERE organisation_id = ? AND kind "
                                          "= 'untrusted-ca' AND certificate_id = ?"));
        existing.addBindValue(organisationId);
        existing.addBindValue(certId);
        run(existing);
        if (existing.next())
            refresh(QStringLiteral("id = ?"), {existing.value(0)});
        else
            insertEntry(nextPairId(), user ? QVariant(user->id) : QVariant(), proposal);
    }
    if (!pair.isEmpty() && user) {
        const qint64 certId = certificateId(verdict.certificate);
        QSqlQuery existing =
            prepared(m_db, QStringLiteral("SELECT pair_id FROM tank WHERE organisation_id = ? AND "
                                          "user_id = ? AND certificate_id = ?"
                                          " AND kind <> 'untrusted-ca' LIMIT 1"));
        existing.addBindValue(organisationId);
        existing.addBindValue(user->id);
        existing.addBindValue(certId);
        run(existing);
        if (existing.next()) {
            refresh(QStringLiteral("pair_id = ?"), {existing.value(0)});
        } else {
            const qint64 pairId = nextPairId();
            for (const TankProposal &proposal : pair)
                insertEntry(pairId, user->id, proposal);
            enforceTankCap(organisationId, user->id, org.tankCap);
        }
    }
    // The untrusted-CA entries are bounded per organisation, oldest first out.
    QSqlQuery trim = prepared(
        m_db,
        QStringLiteral(
            "DELETE FROM tank WHERE organisation_id = ? AND kind = 'untrusted-ca' AND id NOT IN"
            " (SELECT id FROM tank WHERE organisation_id = ? AND kind = 'untrusted-ca'"
            " ORDER BY last_seen DESC, id DESC LIMIT ?)"));
    trim.addBindValue(organisationId);
    trim.addBindValue(organisationId);
    trim.addBindValue(UntrustedCaCap);
    run(trim);
    transaction.commit();
}

void Store::enforceTankCap(qint64 organisationId, qint64 userId, int cap)
{
    QSqlQuery query = prepared(
        m_db,
        QStringLiteral(
            "DELETE FROM tank WHERE organisation_id = ? AND user_id = ? AND kind <> 'untrusted-ca'"
            " AND pair_id NOT IN (SELECT pair_id FROM tank WHERE organisation_id = ? AND user_id = "
            "?"
            " AND kind <> 'untrusted-ca' GROUP BY pair_id ORDER BY MAX(last_seen) DESC, pair_id "
            "DESC"
            " LIMIT ?)"));
    query.addBindValue(organisationId);
    query.addBindValue(userId);
    query.addBindValue(organisationId);
    query.addBindValue(userId);
    query.addBindValue(cap);
    run(query);
}

Store::AcceptResult Store::acceptTankEntry(qint64 organisationId, qint64 entryId, bool keepOther,
                                           bool approve)
{
    const QString org = organisationName(organisationId);
    // One indexed lookup: the tank may hold hundreds of thousands of entries.
    const QList<TankEntry> entries = queryTank(organisationId, -1, entryId);
    const auto it = entries.cbegin();
    if (entries.isEmpty())
        throw InputError(tr("no holding tank entry %1 in organisation '%2'").arg(entryId).arg(org));
    AcceptResult result;
    result.accepted = *it;
    Transaction transaction(*this);
    QJsonObject after{{QStringLiteral("kind"), it->kind}, {QStringLiteral("value"), it->value}};
    if (it->kind == QLatin1String("untrusted-ca")) {
        const qint64 certId = certificateId(it->certificate);
        QSqlQuery install = prepared(
            m_db, QStringLiteral(
                      "INSERT OR IGNORE INTO root_store (certificate_id, added) VALUES (?, ?)"));
        install.addBindValue(certId);
        install.addBindValue(iso(QDateTime::currentDateTimeUtc()));
        run(install);
        if (approve) {
            QSqlQuery approval = prepared(
                m_db, QStringLiteral("INSERT OR IGNORE INTO approved_cas (organisation_id, "
                                     "certificate_id, added) VALUES (?, ?, ?)"));
            approval.addBindValue(organisationId);
            approval.addBindValue(certId);
            approval.addBindValue(iso(QDateTime::currentDateTimeUtc()));
            run(approval);
        }
        after.insert(QStringLiteral("installed"), true);
        after.insert(QStringLiteral("approved"), approve);
    } else {
        if (it->username.isEmpty())
            throw InputError(tr("holding tank entry %1 belongs to no user").arg(entryId));
        const auto [stored, key] = normaliseCredential(it->kind, it->value);
        QSqlQuery insert = prepared(
            m_db, QStringLiteral(
                      "INSERT OR IGNORE INTO credentials (user_id, kind, value, value_key, added)"
                      " SELECT user_id, ?, ?, ?, ? FROM tank WHERE id = ?"));
        insert.addBindValue(it->kind);
        insert.addBindValue(stored);
        insert.addBindValue(key);
        insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
        insert.addBindValue(entryId);
        run(insert);
        after.insert(QStringLiteral("kept_other"), keepOther);
    }
    QSqlQuery remove =
        prepared(m_db, keepOther ? QStringLiteral("DELETE FROM tank WHERE id = ?")
                                 : QStringLiteral("DELETE FROM tank WHERE pair_id = ?"));
    remove.addBindValue(keepOther ? entryId : it->pairId);
    run(remove);
    result.removedEntries = remove.numRowsAffected();
    audit(org, QStringLiteral("tank.accept"),
          it->username.isEmpty() ? QStringLiteral("tank:%1").arg(entryId)
                                 : QStringLiteral("user:%1").arg(it->username),
          QJsonObject{{QStringLiteral("tank_entry"), entryId}}, after);
    transaction.commit();
    return result;
}

void Store::deleteTankEntry(qint64 organisationId, qint64 entryId)
{
    const QString org = organisationName(organisationId);
    Transaction transaction(*this);
    QSqlQuery find = prepared(
        m_db,
        QStringLiteral(
            "SELECT t.kind, t.value, u.username FROM tank t LEFT JOIN users u ON u.id = t.user_id"
            " WHERE t.id = ? AND t.organisation_id = ?"));
    find.addBindValue(entryId);
    find.addBindValue(organisationId);
    run(find);
    if (!find.next())
        throw InputError(tr("no holding tank entry %1 in organisation '%2'").arg(entryId).arg(org));
    QSqlQuery remove = prepared(m_db, QStringLiteral("DELETE FROM tank WHERE id = ?"));
    remove.addBindValue(entryId);
    run(remove);
    audit(org, QStringLiteral("tank.delete"), QStringLiteral("tank:%1").arg(entryId),
          QJsonObject{{QStringLiteral("kind"), find.value(0).toString()},
                      {QStringLiteral("value"), find.value(1).toString()},
                      {QStringLiteral("user"), find.value(2).toString()}},
          {});
    transaction.commit();
}

int Store::purgeTank(qint64 organisationId, const QString &username, const QDateTime &expiredBefore)
{
    const QString org = organisationName(organisationId);
    Transaction transaction(*this);
    QString sql = QStringLiteral("DELETE FROM tank WHERE organisation_id = ?");
    qint64 onlyUser = -1;
    if (!username.isEmpty()) {
        onlyUser = userId(organisationId, username);
        sql += QStringLiteral(" AND user_id = ?");
    }
    if (expiredBefore.isValid())
        sql += QStringLiteral(" AND last_seen < ?");
    QSqlQuery remove = prepared(m_db, sql);
    remove.addBindValue(organisationId);
    if (onlyUser >= 0)
        remove.addBindValue(onlyUser);
    if (expiredBefore.isValid())
        remove.addBindValue(iso(expiredBefore));
    run(remove);
    const int removed = remove.numRowsAffected();
    QJsonObject scope{{QStringLiteral("removed"), removed}};
    if (!username.isEmpty())
        scope.insert(QStringLiteral("user"), username);
    if (expiredBefore.isValid())
        scope.insert(QStringLiteral("last_seen_before"), iso(expiredBefore));
    // An expiry run that found nothing changed nothing: no audit row every hour.
    if (removed > 0 || !expiredBefore.isValid())
        audit(org, QStringLiteral("tank.purge"),
              username.isEmpty() ? QStringLiteral("tank") : QStringLiteral("user:%1").arg(username),
              {}, scope);
    transaction.commit();
    return removed;
}

int Store::purgeExpiredTank(qint64 organisationId, const QDateTime &now)
{
    const OrganisationSettings org = organisation(organisationName(organisationId));
    return purgeTank(organisationId, QString(), now.addDays(-org.tankDays));
}

// ---------------------------------------------------------------- what-if, applied

void Store::applyChanges(qint64 organisationId, const WhatIfChanges &changes,
                         const QString &username)
{
    Transaction transaction(*this);
    if (!changes.install.isEmpty())
        installCertificates(changes.install);
    for (const Certificate &cert : changes.uninstall)
        uninstallCertificate(cert.thumbprint().key());
    if (!changes.approve.isEmpty())
        approveCas(organisationId, changes.approve);
    for (const Certificate &cert : changes.unapprove)
        removeApprovedCa(organisationId, cert.thumbprint().key());
    if (changes.matchCn) {
        OrganisationSettings settings = organisation(organisationName(organisationId));
        settings.matchCn = *changes.matchCn;
        updateOrganisation(settings);
    }
    if (!changes.thumbprintForUser.isEmpty())
        addCredential(organisationId, username, QStringLiteral("thumbprint"),
                      changes.thumbprintForUser);
    if (!changes.commonNameForUser.isEmpty())
        addCredential(organisationId, username, QStringLiteral("cn"), changes.commonNameForUser);
    transaction.commit();
}

// ---------------------------------------------------------------- organisation CA

std::optional<OrganisationCa> Store::organisationCa(qint64 organisationId)
{
    QSqlQuery query = prepared(
        m_db, QStringLiteral("SELECT c.der, o.encrypted_key, o.chain_pem FROM organisation_ca o"
                             " JOIN certificates c ON c.id = o.certificate_id"
                             " WHERE o.organisation_id = ?"));
    query.addBindValue(organisationId);
    run(query);
    if (!query.next())
        return std::nullopt;
    QList<Certificate> chain;
    const QByteArray chainPem = query.value(2).toByteArray();
    if (!chainPem.isEmpty())
        chain =
            CertificateLoader::loadBytes(chainPem, tr("the organisation CA's chain")).certificates;
    return OrganisationCa::fromStored(Certificate::fromDer(query.value(0).toByteArray()),
                                      query.value(1).toByteArray(), chain);
}

void Store::trustOrganisationCa(qint64 organisationId, const QString &org, const Certificate &ca)
{
    const qint64 certificate = certificateId(ca);
    const QString now = iso(QDateTime::currentDateTimeUtc());
    QSqlQuery install = prepared(
        m_db,
        QStringLiteral("INSERT OR IGNORE INTO root_store (certificate_id, added) VALUES (?, ?)"));
    install.addBindValue(certificate);
    install.addBindValue(now);
    run(install);
    if (install.numRowsAffected() > 0)
        audit(QString(), QStringLiteral("root.install"),
              QStringLiteral("root:%1").arg(ca.thumbprint().key()), {}, certificateSummary(ca));
    QSqlQuery approve =
        prepared(m_db, QStringLiteral("INSERT OR IGNORE INTO approved_cas (organisation_id, "
                                      "certificate_id, added) VALUES (?, ?, ?)"));
    approve.addBindValue(organisationId);
    approve.addBindValue(certificate);
    approve.addBindValue(now);
    run(approve);
    if (approve.numRowsAffected() > 0)
        audit(org, QStringLiteral("ca.approve"), QStringLiteral("ca:%1").arg(ca.thumbprint().key()),
              {}, certificateSummary(ca));
}

void Store::setOrganisationCa(qint64 organisationId, const OrganisationCa &ca, const QString &how,
                              bool installAndApprove, bool replace)
{
    const QString org = organisationName(organisationId);
    const auto existing = organisationCa(organisationId);
    if (existing && !replace)
        throw InputError(tr("organisation '%1' already has a CA ('%2'); replace it explicitly")
                             .arg(org, existing->certificate().displayName()));
    QString chainPem;
    for (const Certificate &cert : ca.chain())
        chainPem += cert.toPem();
    Transaction transaction(*this);
    QSqlQuery save = prepared(
        m_db, QStringLiteral(
                  "INSERT OR REPLACE INTO organisation_ca (organisation_id, "
                  "certificate_id, chain_pem, encrypted_key, created) VALUES (?, ?, ?, ?, ?)"));
    save.addBindValue(organisationId);
    save.addBindValue(certificateId(ca.certificate()));
    save.addBindValue(chainPem);
    save.addBindValue(QString::fromLatin1(ca.encryptedKey()));
    save.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    run(save);
    QJsonObject after = certificateSummary(ca.certificate());
    after.insert(QStringLiteral("key"), ca.certificate().keyDescription());
    after.insert(QStringLiteral("not_after"), iso(ca.certificate().notAfter()));
    audit(org, QStringLiteral("orgca.%1").arg(how),
          QStringLiteral("orgca:%1").arg(ca.certificate().thumbprint().key()),
          existing ? certificateSummary(existing->certificate()) : QJsonObject(), after);
    if (installAndApprove)
        trustOrganisationCa(organisationId, org, ca.certificate());
    transaction.commit();
}

IssuedCertificateRecord Store::recordIssuedCertificate(qint64 organisationId,
                                                       const Certificate &certificate,
                                                       const IssueRegistration &registration)
{
    const QString org = organisationName(organisationId);
    const auto ca = organisationCa(organisationId);
    if (!ca)
        throw InputError(tr("organisation '%1' has no CA").arg(org));
    if (!certificate.isSignedBy(ca->certificate()))
        throw InputError(tr("'%1' was not issued by the organisation CA '%2'")
                             .arg(certificate.displayName(), ca->certificate().displayName()));
    QStringList registered;
    if (!registration.username.isEmpty() && registration.thumbprint)
        registered << QStringLiteral("thumbprint");
    if (!registration.username.isEmpty() && registration.commonName)
        registered << QStringLiteral("cn");
    const QString cn = certificate.commonNames().values.value(0);

    Transaction transaction(*this);
    QVariant userIdValue; // NULL: issued without a user
    QString username = registration.username;
    if (!username.isEmpty()) {
        const UserRecord record = user(organisationId, username);
        userIdValue = record.profile.id;
        username = record.profile.username; // as the store spells it
    }
    trustOrganisationCa(organisationId, org, ca->certificate());

    IssuedCertificateRecord out;
    out.username = username;
    out.certificate = certificate;
    out.serial = certificate.serialHex();
    out.registered = text(registered.join(QLatin1Char('+')));
    out.issuedAt = QDateTime::currentDateTimeUtc();
    out.issuedBy = m_actor;
    QSqlQuery insert = prepared(
        m_db, QStringLiteral("INSERT INTO issued_certificates (organisation_id, user_id, "
                             "username, certificate_id, serial, subject, thumbprint, not_after, "
                             "registered, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?)"));
    insert.addBindValue(organisationId);
    insert.addBindValue(userIdValue);
    insert.addBindValue(text(username));
    insert.addBindValue(certificateId(certificate));
    insert.addBindValue(out.serial);
    insert.addBindValue(certificate.subjectText());
    insert.addBindValue(certificate.thumbprint().key());
    insert.addBindValue(iso(certificate.notAfter()));
    insert.addBindValue(text(out.registered));
    insert.addBindValue(iso(out.issuedAt));
    insert.addBindValue(m_actor);
    run(insert);
    out.id = insert.lastInsertId().toLongLong();

    const auto addCredentialRow = [&](const QString &kind, const QString &value) {
        const auto [stored, key] = normaliseCredential(kind, value);
        QSqlQuery add = prepared(m_db, QStringLiteral("INSERT OR IGNORE INTO credentials (user_id, "
                                                      "kind, value, value_key, added) VALUES (?, "
                                                      "?, ?, ?, ?)"));
        add.addBindValue(userIdValue);
        add.addBindValue(kind);
        add.addBindValue(stored);
        add.addBindValue(key);
        add.addBindValue(iso(out.issuedAt));
        run(add);
        if (add.numRowsAffected() > 0)
            audit(org, QStringLiteral("credential.add"), QStringLiteral("user:%1").arg(username),
                  {},
                  QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("value"), stored}});
    };
    if (registered.contains(QLatin1String("thumbprint")))
        addCredentialRow(QStringLiteral("thumbprint"), certificate.thumbprint().key());
    if (registered.contains(QLatin1String("cn")))
        addCredentialRow(QStringLiteral("cn"), cn);

    audit(org, QStringLiteral("certificate.issue"),
          username.isEmpty() ? QStringLiteral("serial:%1").arg(out.serial)
                             : QStringLiteral("user:%1").arg(username),
          {},
          QJsonObject{{QStringLiteral("serial"), out.serial},
                      {QStringLiteral("subject"), certificate.subjectText()},
                      {QStringLiteral("thumbprint"), certificate.thumbprint().grouped()},
                      {QStringLiteral("not_after"), iso(certificate.notAfter())},
                      {QStringLiteral("issuer"), ca->certificate().subjectText()},
                      {QStringLiteral("registered"), out.registered},
                      {QStringLiteral("issued_by"), m_actor}});
    transaction.commit();
    return out;
}

QList<IssuedCertificateRecord> Store::issuedCertificates(qint64 organisationId,
                                                         const QString &username)
{
    const bool oneUser = !username.isEmpty();
    QSqlQuery query = prepared(
        m_db, QStringLiteral("SELECT i.id, i.username, c.der, i.serial, i.registered, i.issued_at,"
                             " i.issued_by FROM issued_certificates i"
                             " JOIN certificates c ON c.id = i.certificate_id"
                             " WHERE i.organisation_id = ?%1 ORDER BY i.issued_at DESC, i.id DESC")
                  .arg(oneUser ? QLatin1String(" AND i.user_id = ?") : QLatin1String("")));
    query.addBindValue(organisationId);
    if (oneUser)
        query.addBindValue(userId(organisationId, username));
    run(query);
    QList<IssuedCertificateRecord> out;
    while (query.next()) {
        IssuedCertificateRecord record;
        record.id = query.value(0).toLongLong();
        record.username = query.value(1).toString();
        record.certificate = Certificate::fromDer(query.value(2).toByteArray());
        record.serial = query.value(3).toString();
        record.registered = query.value(4).toString();
        record.issuedAt = fromIso(query.value(5));
        record.issuedBy = query.value(6).toString();
        out << record;
    }
    return out;
}

// ---------------------------------------------------------------- audit

QList<AuditEntry> Store::auditLog(int limit)
{
    QSqlQuery query = prepared(
        m_db, QStringLiteral(
                  "SELECT id, at, actor, organisation, action, target, before, after FROM audit_log"
                  " ORDER BY id%1")
                  .arg(limit > 0 ? QStringLiteral(" DESC LIMIT %1").arg(limit) : QString()));
    run(query);
    QList<AuditEntry> out;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = fromIso(query.value(1));
        entry.actor = query.value(2).toString();
        entry.organisation = query.value(3).toString();
        entry.action = query.value(4).toString();
        entry.target = query.value(5).toString();
        entry.before = query.value(6).toString();
        entry.after = query.value(7).toString();
        out << entry;
    }
    if (limit > 0)
        std::reverse(out.begin(), out.end());
    return out;
}

// ---------------------------------------------------------------- paged reads

namespace {

// A LIKE pattern that finds `text` anywhere, with the wildcards in it taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString userOrderBy(UserQuery::SortKey key, bool descending)
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString column;
    switch (key) {
    case UserQuery::SortKey::Username:
        column = QStringLiteral("u.username_key");
        break;
    case UserQuery::SortKey::FullName:
        column = QStringLiteral("u.full_name COLLATE NOCASE");
        break;
    case UserQuery::SortKey::Status:
        column = QStringLiteral("u.disabled");
        break;
    case UserQuery::SortKey::HttpsPolicy:
        column = QStringLiteral("u.https_policy");
        break;
    case UserQuery::SortKey::FtpsPolicy:
        column = QStringLiteral("u.ftps_policy");
        break;
    case UserQuery::SortKey::Credentials:
        column = QStringLiteral("credential_count");
        break;
    case UserQuery::SortKey::PendingTankEntries:
        column = QStringLiteral("pending");
        break;
    }
    // The username breaks ties, so that pages never overlap or skip a row.
    return QStringLiteral(" ORDER BY %1%2, u.username_key%2").arg(column, direction);
}

const char *const UserFilter =
    " AND (u.username_key LIKE ? ESCAPE '\\' OR u.full_name LIKE ? ESCAPE '\\')";

QString tankWhere(const TankQuery &query)
{
    QString where = QStringLiteral(" WHERE t.organisation_id = ?");
    if (!query.user.isEmpty())
        where += QStringLiteral(" AND u.username_key LIKE ? ESCAPE '\\'");
    if (!query.kind.isEmpty())
        where += QStringLiteral(" AND t.kind = ?");
    return where;
}

void bindTank(QSqlQuery &sql, qint64 organisationId, const TankQuery &query)
{
    sql.addBindValue(organisationId);
    if (!query.user.isEmpty())
        sql.addBindValue(containsPattern(query.user.toCaseFolded()));
    if (!query.kind.isEmpty())
        sql.addBindValue(query.kind);
}

const char *const AuditFilter =
    " WHERE (actor LIKE ? ESCAPE '\\' OR organisation LIKE ? ESCAPE '\\'"
    " OR action LIKE ? ESCAPE '\\' OR target LIKE ? ESCAPE '\\'"
    " OR before LIKE ? ESCAPE '\\' OR after LIKE ? ESCAPE '\\')";

} // namespace

QList<UserRecord> Store::userPage(qint64 organisationId, const UserQuery &query)
{
    const bool filtered = !query.filter.isEmpty();
    QSqlQuery sql = prepared(
        m_db,
        QStringLiteral(
            "SELECT u.id, u.username, u.full_name, u.disabled, u.https_policy, u.ftps_policy,"
            " u.password_hash IS NOT NULL, u.created,"
            " (SELECT COUNT(*) FROM tank t WHERE t.organisation_id = u.organisation_id"
            " AND t.user_id = u.id AND t.kind <> 'untrusted-ca') AS pending,"
            " (SELECT COUNT(*) FROM credentials c WHERE c.user_id = u.id) AS credential_count,"
            " (SELECT COUNT(*) FROM issued_certificates i WHERE i.user_id = u.id"
            " AND i.not_after > ? AND i.not_after <= ?) AS expiring"
            " FROM users u WHERE u.organisation_id = ?%1%2 LIMIT ? OFFSET ?")
            .arg(filtered ? QLatin1String(UserFilter) : QLatin1String(""),
                 userOrderBy(query.sort, query.descending)));
    sql.setForwardOnly(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    sql.addBindValue(iso(now));
    sql.addBindValue(iso(now.addDays(IssuedCertificateRecord::ExpiryWarningDays)));
    sql.addBindValue(organisationId);
    if (filtered) {
        sql.addBindValue(containsPattern(query.filter.toCaseFolded()));
        sql.addBindValue(containsPattern(query.filter));
    }
    sql.addBindValue(query.page.limit);
    sql.addBindValue(query.page.offset);
    run(sql);
    QList<UserRecord> out;
    while (sql.next()) {
        UserRecord record;
        record.profile.id = sql.value(0).toLongLong();
        record.profile.username = sql.value(1).toString();
        record.profile.fullName = sql.value(2).toString();
        record.profile.disabled = sql.value(3).toBool();
        record.profile.httpsPolicy =
            UserProfile::policyFromText(sql.value(4).toString()).value_or(Policy::Password);
        record.profile.ftpsPolicy =
            UserProfile::policyFromText(sql.value(5).toString()).value_or(Policy::Password);
        record.hasPassword = sql.value(6).toBool();
        record.created = fromIso(sql.value(7));
        record.pendingTankEntries = sql.value(8).toInt();
        record.credentialCount = sql.value(9).toInt();
        record.expiringCertificates = sql.value(10).toInt();
        out << record;
    }
    return out;
}

namespace {

// "SELECT COUNT(*) FROM (SELECT 1 ... LIMIT cap + 1)": a full count of a filter that matches
// a few rows among 100,000 scans them all; a capped one stops early.
QString cappedCount(const QString &fromWhere, int cap)
{
    return cap > 0 ? QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 %1 LIMIT %2)")
                         .arg(fromWhere)
                         .arg(cap + 1)
                   : QStringLiteral("SELECT COUNT(*) %1").arg(fromWhere);
}

} // namespace

int Store::countUsers(qint64 organisationId, const QString &filter, int cap)
{
    QSqlQuery sql = prepared(
        m_db,
        cappedCount(QStringLiteral("FROM users u WHERE u.organisation_id = ?%1")
                        .arg(filter.isEmpty() ? QLatin1String("") : QLatin1String(UserFilter)),
                    cap));
    sql.addBindValue(organisationId);
    if (!filter.isEmpty()) {
        sql.addBindValue(containsPattern(filter.toCaseFolded()));
        sql.addBindValue(containsPattern(filter));
    }
    run(sql);
    return sql.next() ? sql.value(0).toInt() : 0;
}

QList<TankEntry> Store::tankPage(qint64 organisationId, const TankQuery &query)
{
    QSqlQuery sql = prepared(m_db, QLatin1String(TankColumns) + tankWhere(query) +
                                       QStringLiteral(" ORDER BY t.id DESC LIMIT ? OFFSET ?"));
    sql.setForwardOnly(true);
    bindTank(sql, organisationId, query);
    sql.addBindValue(query.page.limit);
    sql.addBindValue(query.page.offset);
    run(sql);
    QList<TankEntry> out;
    while (sql.next())
        out << readTankEntry(sql);
    return out;
}

int Store::countTank(qint64 organisationId, const TankQuery &query, int cap)
{
    QSqlQuery sql = prepared(
        m_db, cappedCount(QStringLiteral("FROM tank t LEFT JOIN users u ON u.id = t.user_id") +
                              tankWhere(query),
                          cap));
    bindTank(sql, organisationId, query);
    run(sql);
    return sql.next() ? sql.value(0).toInt() : 0;
}

TankEntry Store::tankEntry(qint64 organisationId, qint64 entryId)
{
    const QList<TankEntry> found = queryTank(organisationId, -1, entryId);
    if (found.isEmpty())
        throw InputError(tr("there is no holding-tank entry %1 in organisation '%2'")
                             .arg(entryId)
                             .arg(organisationName(organisationId)));
    return found.first();
}

QList<AuditEntry> Store::auditPage(const AuditQuery &query)
{
    const bool filtered = !query.filter.isEmpty();
    QSqlQuery sql = prepared(
        m_db, QStringLiteral("SELECT id, at, actor, organisation, action, target, before, after"
                             " FROM audit_log%1 ORDER BY id DESC LIMIT ? OFFSET ?")
                  .arg(filtered ? QLatin1String(AuditFilter) : QLatin1String("")));
    sql.setForwardOnly(true);
    if (filtered)
        for (int i = 0; i < 6; ++i)
            sql.addBindValue(containsPattern(query.filter));
    sql.addBindValue(query.page.limit);
    sql.addBindValue(query.page.offset);
    run(sql);
    QList<AuditEntry> out;
    while (sql.next()) {
        AuditEntry entry;
        entry.id = sql.value(0).toLongLong();
        entry.at = fromIso(sql.value(1));
        entry.actor = sql.value(2).toString();
        entry.organisation = sql.value(3).toString();
        entry.action = sql.value(4).toString();
        entry.target = sql.value(5).toString();
        entry.before = sql.value(6).toString();
        entry.after = sql.value(7).toString();
        out << entry;
    }
    return out;
}

int Store::countAudit(const QString &filter)
{
    QSqlQuery sql =
        prepared(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log%1")
                           .arg(filter.isEmpty() ? QLatin1String("") : QLatin1String(AuditFilter)));
    if (!filter.isEmpty())
        for (int i = 0; i < 6; ++i)
            sql.addBindValue(containsPattern(filter));
    run(sql);
    return sql.next() ? sql.value(0).toInt() : 0;
}

QStringList Store::usersWithThumbprint(qint64 organisationId, const QString &thumbprintKey)
{
    QSqlQuery query = prepared(
        m_db, QStringLiteral("SELECT u.username FROM credentials c JOIN users u ON u.id = c.user_id"
                             " WHERE u.organisation_id = ? AND c.kind = 'thumbprint'"
                             " AND c.value_key = ? ORDER BY u.username_key"));
    query.addBindValue(organisationId);
    query.addBindValue(thumbprintKey);
    run(query);
    QStringList out;
    while (query.next())
        out << query.value(0).toString();
    return out;
}

QList<CommonNameClaim> Store::commonNameClaims(qint64 organisationId, const QString &cn,
                                               const QString &exceptUsername)
{
    const QString key = CommonName::key(cn);
    QSqlQuery sql = prepared(
        m_db, QStringLiteral(
                  "SELECT u.username,"
                  " EXISTS (SELECT 1 FROM credentials c WHERE c.user_id = u.id AND c.kind = 'cn'"
                  " AND c.value_key = ?),"
                  " (u.username_key = ? OR lower(trim(u.full_name)) = ?)"
                  " FROM users u WHERE u.organisation_id = ? AND u.username_key <> ?"
                  " AND (u.id IN (SELECT c.user_id FROM credentials c WHERE c.kind = 'cn'"
                  " AND c.value_key = ?) OR u.username_key = ? OR lower(trim(u.full_name)) = ?)"
                  " ORDER BY u.username_key LIMIT 50"));
    sql.addBindValue(key);
    sql.addBindValue(key);
    sql.addBindValue(key);
    sql.addBindValue(organisationId);
    sql.addBindValue(exceptUsername.toCaseFolded());
    sql.addBindValue(key);
    sql.addBindValue(key);
    sql.addBindValue(key);
    run(sql);
    QList<CommonNameClaim> out;
    while (sql.next()) {
        CommonNameClaim claim;
        claim.username = sql.value(0).toString();
        claim.holdsCn = sql.value(1).toBool();
        claim.nameMatches = sql.value(2).toBool();
        out << claim;
    }
    return out;
}

} // namespace trustdesk
