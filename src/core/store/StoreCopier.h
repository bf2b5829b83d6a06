// `store copy --to PATH|URL`: every organisation, user, credential, tank entry, mapping,
// issued certificate, revocation list and the audit log, from one store into an empty one of
// either kind (SQLite or PostgreSQL), rows and ids as they are, in one transaction of the
// target, verified by counting every table on both sides before it commits.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace trustdesk {

class Store;

class StoreCopier
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopier)
public:
    // The rows copied, per table, in the order they were copied.
    using Counts = QList<QPair<QString, qint64>>;

    // Throws InputError when the target already holds data (or is the source), StoreError
    // when either store fails; the target is then as it was.
    static Counts copy(Store &source, Store &target);
    // Whether a store holds nothing but its schema.
    static bool isEmpty(Store &store);
};

} // namespace trustdesk
