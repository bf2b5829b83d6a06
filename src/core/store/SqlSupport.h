// Helpers every repository shares: running prepared statements with errors mapped to
// StoreError, the store's time format, and the SQL fragments that differ between dialects.
// Internal to the store folder: nothing outside it speaks SQL.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace trustdesk::sql {

// Times are stored as ISO 8601 UTC text, which sorts as it compares.
QString iso(const QDateTime &when);
QDateTime fromIso(const QVariant &value);
// A null QString binds as SQL NULL; NOT NULL text columns get an empty string instead.
QString text(const QString &value);

// Throws StoreError: Locked for a busy database, Failed for anything else.
[[noreturn]] void fail(const QSqlQuery &query);
void run(QSqlQuery &query);
QSqlQuery prepared(const QSqlDatabase &db, const QString &sql);
// One value of a one-row query, for counts and MAX(...).
qint64 scalar(const QSqlDatabase &db, const QString &sql);

// A LIKE pattern that finds `text` anywhere, with the wildcards in it taken literally.
QString containsPattern(const QString &text);
// "SELECT COUNT(*) FROM (SELECT 1 ... LIMIT cap + 1)": a full count of a filter that matches
// a few rows among 100,000 scans them all; a capped one stops early.
QString cappedCount(const QString &fromWhere, int cap);

// "INSERT INTO table (columns) VALUES (...) ON CONFLICT DO NOTHING": a row that would break
// a unique constraint is skipped, and numRowsAffected() tells whether it went in. (What
// else differs between SQLite and PostgreSQL is in StoreSchema, Store and the audit filter.)
QString insertOrIgnore(const QString &table, const QString &columnsAndValues);

} // namespace trustdesk::sql
