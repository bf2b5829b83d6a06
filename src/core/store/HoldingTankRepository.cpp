#include "HoldingTankRepository.h"

#include "../InputError.h"
#include "../x509/CertificateLoader.h"
#include "SqlSupport.h"
#include "Store.h"

namespace trustdesk {

using namespace sql;

namespace {

// The columns readTankEntry reads.
const char *const TankColumns =
    "SELECT t.id, t.pair_id, u.username, t.kind, t.value, c.der, t.interface, t.client_address,"
    " t.first_seen, t.last_seen, t.count, t.presented_chain FROM tank t"
    " JOIN certificates c ON c.id = t.certificate_id LEFT JOIN users u ON u.id = t.user_id";

TankEntry readTankEntry(const QSqlQuery &query)
{
    TankEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.pairId = query.value(1).toLongLong();
    entry.username = query.value(2).toString();
    entry.kind =
        credentialKindFromText(query.value(3).toString()).value_or(CredentialKind::Thumbprint);
    entry.value = query.value(4).toString();
    entry.certificate = Certificate::fromDer(query.value(5).toByteArray());
    entry.interface =
        UserProfile::interfaceFromText(query.value(6).toString()).value_or(Interface::Https);
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

QString tankWhere(const TankQuery &query)
{
    QString where = QStringLiteral(" WHERE t.organisation_id = ?");
    if (!query.user.isEmpty())
        where += QStringLiteral(" AND u.username_key LIKE ? ESCAPE '\\'");
    if (query.kind)
        where += QStringLiteral(" AND t.kind = ?");
    return where;
}

void bindTank(QSqlQuery &sql, qint64 organisationId, const TankQuery &query)
{
    sql.addBindValue(organisationId);
    if (!query.user.isEmpty())
        sql.addBindValue(containsPattern(query.user.toCaseFolded()));
    if (query.kind)
        sql.addBindValue(credentialKindName(*query.kind));
}

} // namespace

QList<TankEntry> HoldingTankRepository::query(qint64 organisationId, qint64 onlyUser,
                                              qint64 entryId)
{
    QSqlQuery sql =
        prepared(m_store.database(),
                 QLatin1String(TankColumns) +
                     QStringLiteral(" WHERE t.organisation_id = ?%1%2 ORDER BY t.id")
                         .arg(onlyUser >= 0 ? QStringLiteral(" AND t.user_id = ?") : QString(),
                              entryId >= 0 ? QStringLiteral(" AND t.id = ?") : QString()));
    sql.addBindValue(organisationId);
    if (onlyUser >= 0)
        sql.addBindValue(onlyUser);
    if (entryId >= 0)
        sql.addBindValue(entryId);
    run(sql);
    QList<TankEntry> out;
    while (sql.next())
        out << readTankEntry(sql);
    return out;
}

QList<Certificate> HoldingTankRepository::untrustedCas(qint64 organisationId, int limit)
{
    QSqlQuery sql = prepared(
        m_store.database(),
        QStringLiteral("SELECT c.der FROM tank t JOIN certificates c ON c.id = t.certificate_id"
                       " WHERE t.organisation_id = ? AND t.kind = 'untrusted-ca'"
                       " ORDER BY t.last_seen DESC LIMIT ?"));
    sql.addBindValue(organisationId);
    sql.addBindValue(limit);
    run(sql);
    QList<Certificate> out;
    while (sql.next()) {
        const Certificate cert = Certificate::fromDer(sql.value(0).toByteArray());
        if (!cert.isNull())
            out << cert;
    }
    return out;
}

QList<TankEntry> HoldingTankRepository::entries(qint64 organisationId, const QString &username)
{
    return query(organisationId,
                 username.isEmpty() ? -1 : m_store.users().idOf(organisationId, username), -1);
}

std::optional<TankEntry> HoldingTankRepository::find(qint64 organisationId, qint64 entryId)
{
    // One indexed lookup: the tank may hold hundreds of thousands of entries.
    const QList<TankEntry> found = query(organisationId, -1, entryId);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

TankEntry HoldingTankRepository::entry(qint64 organisationId, qint64 entryId)
{
    const auto found = find(organisationId, entryId);
    if (!found)
        throw InputError(tr("no holding tank entry %1 in organisation '%2'")
                             .arg(entryId)
                             .arg(m_store.organisations().nameOf(organisationId)));
    return *found;
}

QList<TankEntry> HoldingTankRepository::page(qint64 organisationId, const TankQuery &query)
{
    QSqlQuery sql =
        prepared(m_store.database(), QLatin1String(TankColumns) + tankWhere(query) +
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

int HoldingTankRepository::count(qint64 organisationId, const TankQuery &query, int cap)
{
    QSqlQuery sql =
        prepared(m_store.database(),
                 cappedCount(QStringLiteral("FROM tank t LEFT JOIN users u ON u.id = t.user_id") +
                                 tankWhere(query),
                             cap));
    bindTank(sql, organisationId, query);
    run(sql);
    return sql.next() ? sql.value(0).toInt() : 0;
}

qint64 HoldingTankRepository::nextPairId()
{
    return scalar(m_store.database(),
                  QStringLiteral("SELECT COALESCE(MAX(pair_id), 0) + 1 FROM tank"));
}

std::optional<qint64> HoldingTankRepository::untrustedCaEntry(qint64 organisationId,
                                                              const Certificate &ca)
{
    QSqlQuery existing = prepared(
        m_store.database(),
        QStringLiteral("SELECT id FROM tank WHERE organisation_id = ? AND kind = 'untrusted-ca'"
                       " AND certificate_id = ?"));
    const auto certificate = m_store.certificates().find(ca);
    if (!certificate)
        return std::nullopt;
    existing.addBindValue(organisationId);
    existing.addBindValue(*certificate);
    run(existing);
    if (!existing.next())
        return std::nullopt;
    return existing.value(0).toLongLong();
}

std::optional<qint64> HoldingTankRepository::pendingPair(qint64 organisationId, qint64 userId,
                                                         const Certificate &certificate)
{
    QSqlQuery existing = prepared(
        m_store.database(),
        QStringLiteral("SELECT pair_id FROM tank WHERE organisation_id = ? AND user_id = ? AND "
                       "certificate_id = ? AND kind <> 'untrusted-ca' LIMIT 1"));
    const auto certificateId = m_store.certificates().find(certificate);
    if (!certificateId)
        return std::nullopt;
    existing.addBindValue(organisationId);
    existing.addBindValue(userId);
    existing.addBindValue(*certificateId);
    run(existing);
    if (!existing.next())
        return std::nullopt;
    return existing.value(0).toLongLong();
}

void HoldingTankRepository::insert(qint64 organisationId, qint64 userId, qint64 pairId,
                                   CredentialKind kind, const QString &value,
                                   const Certificate &certificate, const TankSighting &seen)
{
    const QString when = iso(seen.at);
    QSqlQuery insert = prepared(
        m_store.database(),
        QStringLiteral(
            "INSERT INTO tank (organisation_id, user_id, pair_id, kind, value, certificate_id,"
            " interface, client_address, first_seen, last_seen, count, presented_chain)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    insert.addBindValue(organisationId);
    insert.addBindValue(userId >= 0 ? QVariant(userId) : QVariant());
    insert.addBindValue(pairId);
    insert.addBindValue(credentialKindName(kind));
    insert.addBindValue(value);
    insert.addBindValue(m_store.certificates().idFor(certificate));
    insert.addBindValue(UserProfile::interfaceName(seen.interface));
    insert.addBindValue(text(seen.clientAddress));
    insert.addBindValue(when);
    insert.addBindValue(when);
    insert.addBindValue(text(seen.presentedChainPem));
    run(insert);
}

void HoldingTankRepository::refresh(const QString &where, qint64 id, const TankSighting &seen)
{
    QSqlQuery update =
        prepared(m_store.database(),
                 QStringLiteral("UPDATE tank SET last_seen = ?, count = count + 1, interface = ?, "
                                "client_address = ?, presented_chain = ? WHERE ") +
                     where);
    update.addBindValue(iso(seen.at));
    update.addBindValue(UserProfile::interfaceName(seen.interface));
    update.addBindValue(text(seen.clientAddress));
    update.addBindValue(text(seen.presentedChainPem));
    update.addBindValue(id);
    run(update);
}

void HoldingTankRepository::refreshEntry(qint64 entryId, const TankSighting &seen)
{
    refresh(QStringLiteral("id = ?"), entryId, seen);
}

void HoldingTankRepository::refreshPair(qint64 pairId, const TankSighting &seen)
{
    refresh(QStringLiteral("pair_id = ?"), pairId, seen);
}

void HoldingTankRepository::keepNewestPairs(qint64 organisationId, qint64 userId, int cap)
{
    QSqlQuery query = prepared(
        m_store.database(),
        QStringLiteral(
            "DELETE FROM tank WHERE organisation_id = ? AND user_id = ? AND kind <> 'untrusted-ca'"
            " AND pair_id NOT IN (SELECT pair_id FROM tank WHERE organisation_id = ? AND "
            "user_id = ? AND kind <> 'untrusted-ca' GROUP BY pair_id"
            " ORDER BY MAX(last_seen) DESC, pair_id DESC LIMIT ?)"));
    query.addBindValue(organisationId);
    query.addBindValue(userId);
    query.addBindValue(organisationId);
    query.addBindValue(userId);
    query.addBindValue(cap);
    run(query);
}

void HoldingTankRepository::keepNewestUntrustedCas(qint64 organisationId, int cap)
{
    QSqlQuery trim = prepared(
        m_store.database(),
        QStringLiteral(
            "DELETE FROM tank WHERE organisation_id = ? AND kind = 'untrusted-ca' AND id NOT IN"
            " (SELECT id FROM tank WHERE organisation_id = ? AND kind = 'untrusted-ca'"
            " ORDER BY last_seen DESC, id DESC LIMIT ?)"));
    trim.addBindValue(organisationId);
    trim.addBindValue(organisationId);
    trim.addBindValue(cap);
    run(trim);
}

int HoldingTankRepository::removeEntry(qint64 entryId)
{
    QSqlQuery remove =
        prepared(m_store.database(), QStringLiteral("DELETE FROM tank WHERE id = ?"));
    remove.addBindValue(entryId);
    run(remove);
    return remove.numRowsAffected();
}

int HoldingTankRepository::removePair(qint64 pairId)
{
    QSqlQuery remove =
        prepared(m_store.database(), QStringLiteral("DELETE FROM tank WHERE pair_id = ?"));
    remove.addBindValue(pairId);
    run(remove);
    return remove.numRowsAffected();
}

void HoldingTankRepository::remove(qint64 organisationId, qint64 entryId)
{
    Store::Transaction transaction(m_store);
    const TankEntry gone = entry(organisationId, entryId);
    removeEntry(entryId);
    m_store.auditLog().record(
        m_store.organisations().nameOf(organisationId), QStringLiteral("tank.delete"),
        gone.username.isEmpty() ? QStringLiteral("root:%1").arg(gone.certificate.thumbprint().key())
                                : QStringLiteral("user:%1").arg(gone.username),
        QJsonObject{{QStringLiteral("kind"), credentialKindName(gone.kind)},
                    {QStringLiteral("value"), gone.value},
                    {QStringLiteral("user"), gone.username}},
        {});
    transaction.commit();
}

int HoldingTankRepository::purge(qint64 organisationId, const QString &username,
                                 const QDateTime &expiredBefore)
{
    const QString org = m_store.organisations().nameOf(organisationId);
    Store::Transaction transaction(m_store);
    QString statement = QStringLiteral("DELETE FROM tank WHERE organisation_id = ?");
    qint64 onlyUser = -1;
    QString name; // as the store spells it
    if (!username.isEmpty()) {
        const UserRecord user = m_store.users().get(organisationId, username);
        onlyUser = user.profile.id;
        name = user.profile.username;
        statement += QStringLiteral(" AND user_id = ?");
    }
    if (expiredBefore.isValid())
        statement += QStringLiteral(" AND last_seen < ?");
    QSqlQuery remove = prepared(m_store.database(), statement);
    remove.addBindValue(organisationId);
    if (onlyUser >= 0)
        remove.addBindValue(onlyUser);
    if (expiredBefore.isValid())
        remove.addBindValue(iso(expiredBefore));
    run(remove);
    const int removed = remove.numRowsAffected();
    QJsonObject scope{{QStringLiteral("removed"), removed}};
    if (!name.isEmpty())
        scope.insert(QStringLiteral("user"), name);
    if (expiredBefore.isValid())
        scope.insert(QStringLiteral("last_seen_before"), iso(expiredBefore));
    // An expiry run that found nothing changed nothing: no audit row every hour.
    if (removed > 0 || !expiredBefore.isValid())
        m_store.auditLog().record(org, QStringLiteral("tank.purge"),
                                  name.isEmpty() ? QStringLiteral("tank")
                                                 : QStringLiteral("user:%1").arg(name),
                                  {}, scope);
    transaction.commit();
    return removed;
}

int HoldingTankRepository::purgeExpired(qint64 organisationId, const QDateTime &now)
{
    const OrganisationSettings org = m_store.organisations().get(organisationId);
    return purge(organisationId, QString(), now.addDays(-org.tankDays));
}

} // namespace trustdesk
