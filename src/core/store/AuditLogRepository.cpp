#include "AuditLogRepository.h"

#include "SqlSupport.h"
#include "Store.h"

#include <QJsonDocument>
#include <algorithm>

namespace trustdesk {

using namespace sql;

namespace {

const char *const AuditColumns =
    "SELECT id, at, actor, organisation, action, target, before, after FROM audit_log";

// SQLite's LIKE ignores ASCII case, PostgreSQL's ILIKE does the same.
QString auditFilter(SqlDialect dialect)
{
    QString filter =
        QStringLiteral(" WHERE (actor LIKE ? ESCAPE '\\' OR organisation LIKE ? ESCAPE '\\'"
                       " OR action LIKE ? ESCAPE '\\' OR target LIKE ? ESCAPE '\\'"
                       " OR before LIKE ? ESCAPE '\\' OR after LIKE ? ESCAPE '\\')");
    if (dialect == SqlDialect::Postgresql)
        filter.replace(QLatin1String(" LIKE "), QLatin1String(" ILIKE "));
    return filter;
}
constexpr int AuditFilterBinds = 6;

AuditEntry readEntry(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = fromIso(query.value(1));
    entry.actor = query.value(2).toString();
    entry.organisation = query.value(3).toString();
    entry.action = query.value(4).toString();
    entry.target = query.value(5).toString();
    entry.before = query.value(6).toString();
    entry.after = query.value(7).toString();
    return entry;
}

QVariant jsonOrNull(const QJsonObject &object)
{
    return object.isEmpty()
               ? QVariant()
               : QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace

AuditLogRepository::~AuditLogRepository() = default;

void AuditLogRepository::record(const QString &organisation, const QString &action,
                                const QString &target, const QJsonObject &before,
                                const QJsonObject &after)
{
    // Prepared once: a bulk import writes a row per user, and on a database server each
    // prepare is a round trip.
    if (!m_insert)
        m_insert = std::make_unique<QSqlQuery>(prepared(
            m_store.database(),
            QStringLiteral("INSERT INTO audit_log (at, actor, organisation, action, target, "
                           "before, after) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    QSqlQuery &query = *m_insert;
    query.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    query.addBindValue(m_store.actor());
    query.addBindValue(organisation.isEmpty() ? QVariant() : QVariant(organisation));
    query.addBindValue(action);
    query.addBindValue(target);
    query.addBindValue(jsonOrNull(before));
    query.addBindValue(jsonOrNull(after));
    run(query);
}

QList<AuditEntry> AuditLogRepository::list(int limit)
{
    QSqlQuery query =
        prepared(m_store.database(),
                 QLatin1String(AuditColumns) +
                     QStringLiteral(" ORDER BY id%1")
                         .arg(limit > 0 ? QStringLiteral(" DESC LIMIT %1").arg(limit) : QString()));
    run(query);
    QList<AuditEntry> out;
    while (query.next())
        out << readEntry(query);
    if (limit > 0)
        std::reverse(out.begin(), out.end());
    return out;
}

QList<AuditEntry> AuditLogRepository::page(const AuditQuery &query)
{
    const bool filtered = !query.filter.isEmpty();
    QSqlQuery sql =
        prepared(m_store.database(), QLatin1String(AuditColumns) +
                                         (filtered ? auditFilter(m_store.dialect()) : QString()) +
                                         QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"));
    sql.setForwardOnly(true);
    if (filtered)
        for (int i = 0; i < AuditFilterBinds; ++i)
            sql.addBindValue(containsPattern(query.filter));
    sql.addBindValue(query.page.limit);
    sql.addBindValue(query.page.offset);
    run(sql);
    QList<AuditEntry> out;
    while (sql.next())
        out << readEntry(sql);
    return out;
}

int AuditLogRepository::count(const QString &filter)
{
    QSqlQuery sql =
        prepared(m_store.database(),
                 QStringLiteral("SELECT COUNT(*) FROM audit_log%1")
                     .arg(filter.isEmpty() ? QString() : auditFilter(m_store.dialect())));
    if (!filter.isEmpty())
        for (int i = 0; i < AuditFilterBinds; ++i)
            sql.addBindValue(containsPattern(filter));
    run(sql);
    return sql.next() ? sql.value(0).toInt() : 0;
}

} // namespace trustdesk
