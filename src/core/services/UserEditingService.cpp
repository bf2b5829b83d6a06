#include "UserEditingService.h"

#include "../InputError.h"
#include "../store/PasswordHasher.h"

namespace trustdesk {

void UserEditingService::edit(Store &store, qint64 organisationId, const UserProfile &profile,
                              const std::optional<QByteArray> &password)
{
    if (password && password->isEmpty())
        throw InputError(tr("the password for '%1' is empty").arg(profile.username));
    const QString hash = password ? PasswordHasher::hash(*password) : QString();
    Store::Transaction transaction(store);
    store.users().update(organisationId, profile);
    if (password)
        store.users().setPasswordHash(organisationId, profile.username, hash);
    transaction.commit();
}

void UserEditingService::removeCredentials(Store &store, qint64 organisationId,
                                           const QString &username,
                                           const QList<QPair<CredentialKind, QString>> &credentials)
{
    Store::Transaction transaction(store);
    for (const auto &[kind, value] : credentials)
        store.users().removeCredential(organisationId, username, kind, value);
    transaction.commit();
}

void UserEditingService::setDisabled(Store &store, qint64 organisationId,
                                     const QStringList &usernames, bool disabled)
{
    Store::Transaction transaction(store);
    for (const QString &username : usernames) {
        UserProfile profile = store.users().get(organisationId, username).profile;
        if (profile.disabled == disabled)
            continue;
        profile.disabled = disabled;
        store.users().update(organisationId, profile);
    }
    transaction.commit();
}

} // namespace trustdesk
