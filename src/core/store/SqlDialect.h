// The SQL dialects a store speaks: SQLite (the embedded default) and PostgreSQL (a store
// shared by a team). What differs between them is decided in the store folder only.
#pragma once

namespace trustdesk {

enum class SqlDialect
{
    Sqlite,
    Postgresql,
};

// The key of the PostgreSQL advisory lock every writing transaction takes, as SQLite's
// BEGIN IMMEDIATE takes the write lock: administrators' actions queue, one at a time, and
// each sees what the one before it committed.
constexpr int PostgresWriterLock = 7405;

} // namespace trustdesk
