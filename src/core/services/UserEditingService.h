// Changing users as one administrative action each: the profile and the password of an
// edit land together or not at all, and so does a change to several users at once.
#pragma once

#include "../store/Store.h"

#include <QCoreApplication>
#include <optional>

namespace trustdesk {

class UserEditingService
{
    Q_DECLARE_TR_FUNCTIONS(UserEditingService)
public:
    // Full name, status and policies of `profile` (matched by username), and the password
    // when one is given; hashed (slowly) before the write lock is taken. With `before` (the
    // user as the editor saw it), the edit is refused when someone else changed the user
    // in the meantime, so that of two administrators editing one user one wins and the
    // other is told, instead of one silently undoing the other.
    static void edit(Store &store, qint64 organisationId, const UserProfile &profile,
                     const std::optional<QByteArray> &password,
                     const std::optional<UserProfile> &before = std::nullopt);
    // Removes several of a user's credentials, all or none.
    static void removeCredentials(Store &store, qint64 organisationId, const QString &username,
                                  const QList<QPair<CredentialKind, QString>> &credentials);
    // Disables or enables every named user, in one transaction.
    static void setDisabled(Store &store, qint64 organisationId, const QStringList &usernames,
                            bool disabled);
};

} // namespace trustdesk
