// Where the store, tank, services and CLI suites keep their stores. By default SQLite files;
// with TRUSTDESK_TEST_BACKEND=postgresql (set by CTest for the "-postgresql" copies of those
// suites) a new database on the test server that tests/CMakeLists.txt starts with
// scripts/test-postgres.sh, for every store a test makes. A missing server fails the test:
// nothing is skipped.
#pragma once

#include "store/Store.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace trustdesk::test {

bool testingPostgres();
// A new, empty store: `sqlitePath` on SQLite, a new database on PostgreSQL. Throws
// StoreError when the test server cannot be reached.
std::unique_ptr<Store> openTestStore(const QString &sqlitePath);
// Where such a store would be, without opening it: `sqlitePath`, or the URL of a new,
// still empty database (for trustdesk-cli to create the store in).
QString newTestStoreLocation(const QString &sqlitePath);
// Another connection to the store at `location` (Store::location()).
std::unique_ptr<Store> reopenTestStore(const QString &location);
// A connection of its own to the database at `location`, bypassing the store (to check
// what the database itself enforces); remove it with QSqlDatabase::removeDatabase(name).
QSqlDatabase rawDatabase(const QString &location, const QString &name);
// The person an audit row names: on a shared store the actor also names the database user
// ("admin (database user trustdesk)"), which this leaves out.
QString personOf(const QString &actor);
// How trustdesk-cli names the store at `location`: --db PATH or --db-url URL.
QStringList storeArguments(const QString &location);

} // namespace trustdesk::test
