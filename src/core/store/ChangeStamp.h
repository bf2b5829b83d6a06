// Tells the store's caches whether anything may have changed since they were filled:
// changes made through this connection are seen at once (SQLite's total_changes()), those
// of another program (a listener running beside the desktop, a script) within
// ExternalIntervalMs (PRAGMA data_version, which takes a read lock, is asked no more often).
// On PostgreSQL the server announces every committed change (StoreChangeFeed): the stamp
// moves with each announcement and with each of this connection's transactions, and asks
// the server nothing. Without the announcements (no subscription) it reads the change
// counter the store's triggers keep in `meta` on each call.
#pragma once

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace trustdesk {

class StoreChangeFeed;

class ChangeStamp
{
public:
    static constexpr int ExternalIntervalMs = 100;

    explicit ChangeStamp(QSqlDatabase &db) : m_db(db) {}
    void setPostgres(bool postgres) { m_postgres = postgres; }
    void setFeed(StoreChangeFeed *feed) { m_feed = feed; }
    // Equal stamps: nothing changed in between (as far as can be known now).
    quint64 current();
    // A transaction of this connection ended: what it wrote (or read, when it was rolled
    // back) makes earlier reads stale.
    void invalidate() { ++m_stamp; }

private:
    qint64 scalar(std::unique_ptr<QSqlQuery> &query, const char *sql);

    QSqlDatabase &m_db;
    bool m_postgres = false;
    StoreChangeFeed *m_feed = nullptr;
    quint64 m_lastAnnounced = 0;
    std::unique_ptr<QSqlQuery> m_own;
    std::unique_ptr<QSqlQuery> m_external;
    qint64 m_lastOwn = -1;
    qint64 m_lastExternal = -1;
    quint64 m_stamp = 0;
    QElapsedTimer m_sinceExternal;
};

} // namespace trustdesk
