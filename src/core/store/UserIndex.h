// The listener's index of users on a shared store (UserRepository::setIndexed): every user
// of an organisation by username key, and which of them changed since they were read, so
// that they are read again when next looked up. Memory only; UserRepository fills it.
#pragma once

#include "../domain/UserProfile.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

namespace trustdesk {

class UserIndex
{
public:
    bool holds(qint64 organisationId) const { return m_organisations.contains(organisationId); }
    // Every user of the organisation, by username key (replacing what was held).
    void hold(qint64 organisationId, const QHash<QString, UserProfile> &users);
    void forget(qint64 organisationId) { m_organisations.remove(organisationId); }
    void clear() { m_organisations.clear(); }

    // The user changed: stale until replace() (nothing happens for an organisation not held).
    void markChanged(qint64 organisationId, const QString &usernameKey);
    void markChangedById(qint64 userId);
    bool isStale(qint64 organisationId, const QString &usernameKey) const;

    std::optional<UserProfile> lookup(qint64 organisationId, const QString &usernameKey) const;
    // The user as read again (none: no such user any more); no longer stale.
    void replace(qint64 organisationId, const QString &usernameKey,
                 const std::optional<UserProfile> &profile);

private:
    struct Organisation
    {
        QHash<QString, UserProfile> users; // by username key
        QHash<qint64, QString> keysById;
        QSet<QString> stale;
    };
    QHash<qint64, Organisation> m_organisations;
};

} // namespace trustdesk
