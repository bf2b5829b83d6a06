#include "ChangeStamp.h"

#include "StoreChangeFeed.h"

#include <QVariant>

namespace trustdesk {

qint64 ChangeStamp::scalar(std::unique_ptr<QSqlQuery> &query, const char *sql)
{
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        query->prepare(QString::fromLatin1(sql));
    }
    if (!query->exec() || !query->next())
        return -1; // unknown: the caller treats it as a change
    const qint64 value = query->value(0).toLongLong();
    query->finish();
    return value;
}

quint64 ChangeStamp::current()
{
    if (m_postgres && m_feed && m_feed->isCurrent()) {
        if (m_feed->count() != m_lastAnnounced) {
            m_lastAnnounced = m_feed->count();
            ++m_stamp;
        }
        return m_stamp;
    }
    if (m_postgres) {
        const qint64 counted =
            scalar(m_own, "SELECT CAST(value AS BIGINT) FROM meta WHERE key = 'change_counter'");
        if (counted < 0 || counted != m_lastOwn) {
            m_lastOwn = counted;
            ++m_stamp;
        }
        return m_stamp;
    }
    // total_changes() reads no table, so it takes no lock: cheap enough for every lookup.
    const qint64 own = scalar(m_own, "SELECT total_changes()");
    if (own < 0 || own != m_lastOwn) {
        m_lastOwn = own;
        ++m_stamp;
    }
    if (!m_sinceExternal.isValid() || m_sinceExternal.hasExpired(ExternalIntervalMs)) {
        const qint64 external = scalar(m_external, "PRAGMA data_version");
        m_sinceExternal.start();
        if (external < 0 || external != m_lastExternal) {
            m_lastExternal = external;
            ++m_stamp;
        }
    }
    return m_stamp;
}

} // namespace trustdesk
