// The store's schema and its migrations. Each version is a list of statements applied in
// one transaction; the version number lives in the `meta` table.
#pragma once

#include <QSqlDatabase>

namespace trustdesk {

class StoreSchema
{
public:
    static constexpr int CurrentVersion = 7;

    // Reads the version (0 for an empty database).
    static int version(QSqlDatabase &db);
    // Brings the database to CurrentVersion. Throws StoreError (NewerSchema when the
    // database is ahead of this build).
    static void migrate(QSqlDatabase &db);
};

} // namespace trustdesk
