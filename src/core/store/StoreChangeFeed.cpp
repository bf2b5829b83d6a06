#include "StoreChangeFeed.h"

#include "StoreSchema.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace trustdesk {

StoreChangeFeed::StoreChangeFeed(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlDriver *driver = m_db.driver();
    if (!driver || m_db.driverName() != QLatin1String("QPSQL") ||
        !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    const QString channel = QLatin1String(StoreSchema::ChangeChannel);
    m_listening = driver->subscribeToNotification(channel);
    if (!m_listening)
        return;
    connect(driver, &QSqlDriver::notification, this,
            [this, channel](const QString &name, QSqlDriver::NotificationSource source,
                            const QVariant &payload) {
                if (name != channel)
                    return;
                const QString table = payload.toString();
                ++m_count;
                if (table.startsWith(QLatin1String("user "))) {
                    const int space = int(table.indexOf(QLatin1Char(' '), 5));
                    bool ok = false;
                    const qint64 organisation = table.mid(5, space - 5).toLongLong(&ok);
                    if (space > 0 && ok)
                        emit userChanged(organisation, table.mid(space + 1));
                    return;
                }
                if (isTrustTable(table))
                    ++m_trustCount;
                emit changed(table, source != QSqlDriver::SelfSource);
            });
}

StoreChangeFeed::~StoreChangeFeed()
{
    // The driver goes with the connection; a closed one has nothing to unsubscribe.
    if (m_listening && m_db.isOpen() && m_db.driver())
        m_db.driver()->unsubscribeFromNotification(QLatin1String(StoreSchema::ChangeChannel));
}

bool StoreChangeFeed::isCurrent()
{
    if (!m_listening)
        return false;
    if (m_sinceCheck.isValid() && !m_sinceCheck.hasExpired(LivenessIntervalMs))
        return true;
    QSqlQuery alive(m_db);
    if (!alive.exec(QStringLiteral("SELECT 1")) || !alive.next()) {
        m_listening = false;
        ++m_count; // whatever was cached is suspect now
        ++m_trustCount;
        return false;
    }
    m_sinceCheck.start();
    return true;
}

bool StoreChangeFeed::isTrustTable(const QString &table)
{
    for (const char *trusted :
         {"root_store", "intermediates", "approved_cas", "revocation_lists", "organisations"})
        if (table == QLatin1String(trusted))
            return true;
    return false;
}

} // namespace trustdesk
