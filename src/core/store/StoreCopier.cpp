#include "StoreCopier.h"

#include "../InputError.h"
#include "SqlSupport.h"
#include "Store.h"
#include "StoreError.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace trustdesk {

using namespace sql;

namespace {

// Parents before children, so that every reference finds its row.
const char *const Tables[] = {
    "organisations",   "certificates",        "root_store",
    "intermediates",   "approved_cas",        "revocation_lists",
    "users",           "credentials",         "tank",
    "organisation_ca", "issued_certificates", "certificate_mappings",
    "mapping_rules",   "audit_log",
};

// The tables whose rows are numbered by the store: on PostgreSQL their sequences must
// continue after the ids copied.
const char *const NumberedTables[] = {
    "organisations", "certificates",        "revocation_lists",     "users",     "credentials",
    "tank",          "issued_certificates", "certificate_mappings", "audit_log",
};

// The source is read in one snapshot: a listener writing meanwhile changes nothing copied.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Store &store) : m_store(store)
    {
        QSqlQuery begin(store.database());
        if (!begin.exec(store.dialect() == SqlDialect::Postgresql
                            ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                            : QStringLiteral("BEGIN")))
            fail(begin);
    }
    ~ReadSnapshot() { QSqlQuery(m_store.database()).exec(QStringLiteral("ROLLBACK")); }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Store &m_store;
};

qint64 count(Store &store, const char *table)
{
    return scalar(store.database(),
                  QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
}

} // namespace

bool StoreCopier::isEmpty(Store &store)
{
    for (const char *table : Tables)
        if (count(store, table) > 0)
            return false;
    return true;
}

StoreCopier::Counts StoreCopier::copy(Store &source, Store &target)
{
    if (source.location() == target.location())
        throw InputError(tr("%1: a store cannot be copied into itself").arg(target.location()));
    if (!isEmpty(target))
        throw InputError(tr("%1: the target store already holds data; copy into a new, empty "
                            "store")
                             .arg(target.location()));
    Counts counts;
    const ReadSnapshot snapshot(source);
    Store::Transaction transaction(target);
    for (const char *table : Tables) {
        QSqlQuery read(source.database());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table))))
            fail(read);
        const QSqlRecord record = read.record();
        QStringList columns;
        QStringList marks;
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            marks << QStringLiteral("?");
        }
        QSqlQuery write = prepared(
            target.database(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(QLatin1String(table), columns.join(QStringLiteral(", ")),
                                        marks.join(QStringLiteral(", "))));
        qint64 rows = 0;
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.addBindValue(read.value(i));
            run(write);
            ++rows;
        }
        counts << qMakePair(QString::fromLatin1(table), rows);
    }
    if (target.dialect() == SqlDialect::Postgresql) {
        for (const char *table : NumberedTables)
            scalar(target.database(),
                   QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                  " COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                       .arg(QLatin1String(table)));
    }
    // Verified by counting both sides before anything is committed.
    for (const auto &[table, rows] : std::as_const(counts)) {
        const qint64 there = count(target, table.toLatin1().constData());
        const qint64 here = count(source, table.toLatin1().constData());
        if (there != rows || here != rows)
            throw StoreError(StoreError::Kind::Failed,
                             tr("the copy of table %1 does not match: %2 rows read, %3 in the "
                                "source now, %4 written")
                                 .arg(table)
                                 .arg(rows)
                                 .arg(here)
                                 .arg(there));
    }
    QJsonObject after{{QStringLiteral("from"), source.location()}};
    for (const auto &[table, rows] : std::as_const(counts))
        after.insert(table, rows);
    target.auditLog().record(QString(), QStringLiteral("store.copy"), target.location(), {}, after);
    transaction.commit();
    return counts;
}

} // namespace trustdesk
