// Adds a user or edits one: identity, status, the sign-on policy of each interface and
// the password.
#pragma once

#include "domain/UserProfile.h"
#include "store/StoreRecords.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class UserEditDialog;
}

namespace trustdesk {

class Workspace;

class UserEditDialog : public QDialog
{
    Q_OBJECT
public:
    // With no profile, the dialog adds a user; with one, it edits it (the name is fixed).
    explicit UserEditDialog(QWidget *parent, const std::optional<UserProfile> &existing = {},
                            bool hasPassword = false);
    ~UserEditDialog() override;

    // Edits `user` and saves the changes (profile, and the password when one was typed).
    static void editUser(QWidget *parent, Workspace &workspace, const UserRecord &user);

    // The profile as entered; credentials are kept from the existing one.
    UserProfile profile() const;
    // The new password, or nothing when the fields were left empty.
    std::optional<QByteArray> password() const;

private:
    void validate();

    std::unique_ptr<Ui::UserEditDialog> m_ui;
    std::optional<UserProfile> m_existing;
};

} // namespace trustdesk
