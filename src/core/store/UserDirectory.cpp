#include "UserDirectory.h"

#include "../domain/CommonName.h"
#include "SqlSupport.h"
#include "Store.h"
#include "UserRepository.h"

namespace trustdesk {

using namespace sql;

namespace {

QString userOrderBy(UserQuery::SortKey key, bool descending)
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString column;
    switch (key) {
    case UserQuery::SortKey::Username:
        column = QStringLiteral("u.username_key");
        break;
    case UserQuery::SortKey::FullName:
        column = QStringLiteral("lower(u.full_name)"); // ASCII case, in either dialect
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
    " AND (u.username_key LIKE ? ESCAPE '\\' OR u.full_name_key LIKE ? ESCAPE '\\')";

} // namespace

UserDirectory::UserDirectory(Store &store) : m_store(store) {}

QList<UserRecord> UserDirectory::page(qint64 organisationId, const UserQuery &query)
{
    const bool filtered = !query.filter.isEmpty();
    QSqlQuery sql = prepared(
        m_store.database(),
        QStringLiteral(
            "SELECT u.id, u.username, u.full_name, u.disabled, u.https_policy, u.ftps_policy,"
            " u.password_hash IS NOT NULL, u.created,%1 AS pending,"
            " (SELECT COUNT(*) FROM credentials c WHERE c.user_id = u.id) AS credential_count,"
            " (SELECT COUNT(*) FROM issued_certificates i WHERE i.user_id = u.id"
            " AND i.not_after > ? AND i.not_after <= ?) AS expiring"
            " FROM users u WHERE u.organisation_id = ?%2%3 LIMIT ? OFFSET ?")
            .arg(QLatin1String(UserRepository::PendingTankCount),
                 filtered ? QLatin1String(UserFilter) : QLatin1String(""),
                 userOrderBy(query.sort, query.descending)));
    sql.setForwardOnly(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    sql.addBindValue(iso(now));
    sql.addBindValue(iso(now.addDays(IssuedCertificateRecord::ExpiryWarningDays)));
    sql.addBindValue(organisationId);
    if (filtered) {
        sql.addBindValue(containsPattern(query.filter.toCaseFolded()));
        sql.addBindValue(containsPattern(query.filter.toCaseFolded()));
    }
    sql.addBindValue(query.page.limit);
    sql.addBindValue(query.page.offset);
    run(sql);
    QList<UserRecord> out;
    while (sql.next()) {
        UserRecord record;
        record.profile = UserRepository::profileFromRow(sql);
        record.hasPassword = sql.value(6).toBool();
        record.created = fromIso(sql.value(7));
        record.pendingTankEntries = sql.value(8).toInt();
        record.credentialCount = sql.value(9).toInt();
        record.expiringCertificates = sql.value(10).toInt();
        out << record;
    }
    return out;
}

int UserDirectory::count(qint64 organisationId, const QString &filter, int cap)
{
    QSqlQuery sql = prepared(
        m_store.database(),
        cappedCount(QStringLiteral("FROM users u WHERE u.organisation_id = ?%1")
                        .arg(filter.isEmpty() ? QLatin1String("") : QLatin1String(UserFilter)),
                    cap));
    sql.addBindValue(organisationId);
    if (!filter.isEmpty()) {
        sql.addBindValue(containsPattern(filter.toCaseFolded()));
        sql.addBindValue(containsPattern(filter.toCaseFolded()));
    }
    run(sql);
    return sql.next() ? sql.value(0).toInt() : 0;
}

QStringList UserDirectory::withThumbprint(qint64 organisationId, const QString &thumbprintKey)
{
    QSqlQuery query = prepared(
        m_store.database(),
        QStringLiteral("SELECT u.username FROM credentials c JOIN users u ON u.id = c.user_id"
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

QList<CommonNameClaim> UserDirectory::commonNameClaims(qint64 organisationId, const QString &cn,
                                                       const QString &exceptUsername)
{
    const QString key = CommonName::key(cn);
    QSqlQuery sql =
        prepared(m_store.database(),
                 QStringLiteral(
                     "SELECT u.username,"
                     " EXISTS (SELECT 1 FROM credentials c WHERE c.user_id = u.id AND c.kind = 'cn'"
                     " AND c.value_key = ?),"
                     " (u.username_cn_key = ? OR u.full_name_cn_key = ?)"
                     " FROM users u WHERE u.organisation_id = ? AND u.username_key <> ?"
                     " AND (u.id IN (SELECT c.user_id FROM credentials c WHERE c.kind = 'cn'"
                     " AND c.value_key = ?) OR u.username_cn_key = ? OR u.full_name_cn_key = ?)"
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
