#include "UserIndex.h"

namespace trustdesk {

void UserIndex::hold(qint64 organisationId, const QHash<QString, UserProfile> &users)
{
    Organisation organisation;
    organisation.users = users;
    for (auto user = users.constBegin(); user != users.constEnd(); ++user)
        organisation.keysById.insert(user->id, user.key());
    m_organisations.insert(organisationId, organisation);
}

void UserIndex::markChanged(qint64 organisationId, const QString &usernameKey)
{
    const auto organisation = m_organisations.find(organisationId);
    if (organisation != m_organisations.end())
        organisation->stale.insert(usernameKey);
}

void UserIndex::markChangedById(qint64 userId)
{
    for (Organisation &organisation : m_organisations) {
        const auto key = organisation.keysById.constFind(userId);
        if (key != organisation.keysById.constEnd())
            organisation.stale.insert(*key);
    }
}

bool UserIndex::isStale(qint64 organisationId, const QString &usernameKey) const
{
    const auto organisation = m_organisations.constFind(organisationId);
    return organisation == m_organisations.constEnd() || organisation->stale.contains(usernameKey);
}

std::optional<UserProfile> UserIndex::lookup(qint64 organisationId,
                                             const QString &usernameKey) const
{
    const auto organisation = m_organisations.constFind(organisationId);
    if (organisation == m_organisations.constEnd())
        return std::nullopt;
    const auto user = organisation->users.constFind(usernameKey);
    if (user == organisation->users.constEnd())
        return std::nullopt;
    return *user;
}

void UserIndex::replace(qint64 organisationId, const QString &usernameKey,
                        const std::optional<UserProfile> &profile)
{
    const auto organisation = m_organisations.find(organisationId);
    if (organisation == m_organisations.end())
        return;
    organisation->stale.remove(usernameKey);
    const auto old = organisation->users.find(usernameKey);
    if (old != organisation->users.end()) {
        organisation->keysById.remove(old->id);
        organisation->users.erase(old);
    }
    if (profile) {
        organisation->users.insert(usernameKey, *profile);
        organisation->keysById.insert(profile->id, usernameKey);
    }
}

} // namespace trustdesk
