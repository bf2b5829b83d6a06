// The store's schema and its migrations. Each version is a list of statements applied in
// one transaction; the version number lives in the `meta` table. The statements are
// written once, in SQLite's words; for PostgreSQL the column types are translated and the
// triggers (append-only audit log, certificate clean-up, trust version) are its own, plus
// the change counter and notifications that keep other administrators' views current.
#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>

namespace trustdesk {

class StoreSchema
{
public:
    static constexpr int CurrentVersion = 8;

    // Reads the version (0 for an empty database).
    static int version(QSqlDatabase &db);
    // Brings the database to CurrentVersion. Throws StoreError (NewerSchema when the
    // database is ahead of this build).
    static void migrate(QSqlDatabase &db, SqlDialect dialect = SqlDialect::Sqlite);
    // The NOTIFY channel a PostgreSQL store announces every committed change on; the
    // payload names the table.
    static constexpr const char *ChangeChannel = "trustdesk_changes";
};

} // namespace trustdesk
