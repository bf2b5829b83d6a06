// The store could not do its work: it cannot be opened, is locked, was written by a newer
// TrustDesk, or the database failed. Callers report it and exit with code 4.
#pragma once

#include <QString>
#include <stdexcept>

namespace trustdesk {

class StoreError : public std::runtime_error
{
public:
    enum class Kind
    {
        CannotOpen,
        Locked,
        NewerSchema,
        Failed
    };

    StoreError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {}
    Kind kind() const { return m_kind; }
    // SQLite's "database is locked" and "busy"; PostgreSQL's lock timeout, deadlock and
    // serialization failure.
    static bool isLockError(const QString &databaseError)
    {
        const QString lower = databaseError.toLower();
        return lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy")) ||
               lower.contains(QLatin1String("lock timeout")) ||
               lower.contains(QLatin1String("deadlock detected")) ||
               lower.contains(QLatin1String("could not serialize"));
    }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace trustdesk
