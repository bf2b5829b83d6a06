// The append-only audit log (the database's triggers refuse UPDATE and DELETE): every
// administrative change, written inside the transaction that makes the change.
#pragma once

#include "StoreQueries.h"
#include "StoreRecords.h"

#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <memory>

namespace trustdesk {

class Store;

class AuditLogRepository
{
public:
    explicit AuditLogRepository(Store &store) : m_store(store) {}
    ~AuditLogRepository();

    // One row under the store's actor; `organisation` empty for installation-wide changes.
    void record(const QString &organisation, const QString &action, const QString &target,
                const QJsonObject &before, const QJsonObject &after);
    // Oldest first; with `limit` > 0, the newest `limit` entries.
    QList<AuditEntry> list(int limit = -1);
    // Newest first, filtered on any column (see StoreQueries.h).
    QList<AuditEntry> page(const AuditQuery &query);
    int count(const QString &filter = QString());

private:
    Store &m_store;
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace trustdesk
