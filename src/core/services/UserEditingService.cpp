#include "UserEditingService.h"

#include "../InputError.h"
#include "../store/PasswordHasher.h"

namespace trustdesk {

void UserEditingService::edit(Store &store, qint64 organisationId, const UserProfile &profile,
                              const std::optional<QByteArray> &password,
                              const std::optional<UserProfile> &before)
{
    if (password && password->isEmpty())
        throw InputError(tr("the password for '%1' is empty").arg(profile.username));
    const QString hash = password ? PasswordHasher::hash(*password) : QString();
    Store::Transaction transaction(store);
    if (before) {
        // Read inside the transaction, behind the write lock: what is compared is what the
        // other administrator committed.
        const UserProfile now = store.users().get(organisationId, profile.username).profile;
        if (now != *before)
            throw InputError(tr("user '%1' was changed by someone else while you edited it; "
                                "your changes were not saved. The view now shows the user as "
                                "it is: edit it again.")
                                 .arg(profile.username));
    }
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
