// PostgreSQL's announcements of committed changes: the store's triggers NOTIFY on
// StoreSchema::ChangeChannel with the table's name, and this connection LISTENs through
// Qt's driver. They tell the connection's caches that something changed (so a lookup asks
// the server nothing until then), and the desktop which views to refresh when another
// administrator, a script or a listener changed the store. They arrive through the event
// loop: a process without one (a CLI command) reads its snapshot. Besides the tables'
// names, the server announces each changed user ("user ORGANISATION KEY", schema v8).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace trustdesk {

class StoreChangeFeed : public QObject
{
    Q_OBJECT
public:
    // Subscribes when `db` is a PostgreSQL connection; isListening() says whether it did.
    explicit StoreChangeFeed(QSqlDatabase db);
    ~StoreChangeFeed() override;

    bool isListening() const { return m_listening; }
    // Whether the announcements can still be relied on: at most once a second the
    // connection is asked something trivial, and once that fails the feed is done for
    // (announcements sent meanwhile are lost): the caches then ask the server on every
    // lookup, which fails while the server is gone -- closed, not open.
    bool isCurrent();
    static constexpr int LivenessIntervalMs = 1000;
    // Grows with every announcement (of any session, this one's too).
    quint64 count() const { return m_count; }
    // Grows with announcements of changes to what the engine trusts.
    quint64 trustCount() const { return m_trustCount; }

    // Tables whose changes alter the engine's trusted material.
    static bool isTrustTable(const QString &table);

signals:
    // A change to `table` was committed; `otherSession` when not through this connection.
    void changed(const QString &table, bool otherSession);
    // A user or their credentials changed (the user's organisation and name key).
    void userChanged(qint64 organisationId, const QString &usernameKey);

private:
    QSqlDatabase m_db;
    bool m_listening = false;
    QElapsedTimer m_sinceCheck;
    quint64 m_count = 0;
    quint64 m_trustCount = 0;
};

} // namespace trustdesk
