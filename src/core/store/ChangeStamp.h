// Tells the store's caches whether anything may have changed since they were filled:
// changes made through this connection are seen at once (SQLite's total_changes()), those
// of another program (a listener running beside the desktop, a script) within
// ExternalIntervalMs (PRAGMA data_version, which takes a read lock, is asked no more often).
// On PostgreSQL the store's triggers count every change in `meta`, read on each call: other
// administrators' changes are seen as soon as they are committed.
#pragma once

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace trustdesk {

class ChangeStamp
{
public:
    static constexpr int ExternalIntervalMs = 100;

    explicit ChangeStamp(QSqlDatabase &db) : m_db(db) {}
    void setPostgres(bool postgres) { m_postgres = postgres; }
    // Equal stamps: nothing changed in between (as far as can be known now).
    quint64 current();
    // A transaction was rolled back: what was read inside it is gone.
    void invalidate() { ++m_stamp; }

private:
    qint64 scalar(std::unique_ptr<QSqlQuery> &query, const char *sql);

    QSqlDatabase &m_db;
    bool m_postgres = false;
    std::unique_ptr<QSqlQuery> m_own;
    std::unique_ptr<QSqlQuery> m_external;
    qint64 m_lastOwn = -1;
    qint64 m_lastExternal = -1;
    quint64 m_stamp = 0;
    QElapsedTimer m_sinceExternal;
};

} // namespace trustdesk
