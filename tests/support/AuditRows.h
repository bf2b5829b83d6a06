// Reading what the audit log recorded, for tests of administrative actions.
#pragma once

#include "store/StoreRecords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace trustdesk::test {

// An audit row's before or after value (JSON text; empty when nothing was there).
inline QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The actions of audit rows, in their order.
inline QStringList actions(const QList<AuditEntry> &rows)
{
    QStringList out;
    for (const AuditEntry &row : rows)
        out << row.action;
    return out;
}

} // namespace trustdesk::test
