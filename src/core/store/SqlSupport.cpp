#include "SqlSupport.h"

#include "Store.h"
#include "StoreError.h"

#include <QSqlError>

namespace trustdesk::sql {

QString iso(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QDateTime fromIso(const QVariant &value)
{
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODate);
    when.setTimeSpec(Qt::UTC);
    return when;
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void fail(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    if (StoreError::isLockError(error.text()))
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

QSqlQuery prepared(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        fail(query);
    return query;
}

qint64 scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next())
        fail(query);
    return query.value(0).toLongLong();
}

QString containsPattern(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString cappedCount(const QString &fromWhere, int cap)
{
    return cap > 0 ? QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 %1 LIMIT %2) AS capped")
                         .arg(fromWhere)
                         .arg(cap + 1)
                   : QStringLiteral("SELECT COUNT(*) %1").arg(fromWhere);
}

QString insertOrIgnore(const QString &table, const QString &columnsAndValues)
{
    // The standard upsert clause: SQLite (3.24 and later) and PostgreSQL both speak it.
    return QStringLiteral("INSERT INTO %1 %2 ON CONFLICT DO NOTHING").arg(table, columnsAndValues);
}

} // namespace trustdesk::sql
