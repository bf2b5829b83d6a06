// Adds a user or edits one: identity, status, the sign-on policy of each interface and
// the password. Problems are shown in place: a name already taken as it is typed, and a
// save that fails keeps the dialog open with everything entered; closing it with changes
// asks first.
#pragma once

#include "domain/UserProfile.h"
#include "store/StoreRecords.h"

#include <QDialog>
#include <functional>
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

    // Whether a username is taken (checked as it is typed, when adding).
    void setNameTaken(std::function<bool(const QString &)> taken)
    {
        m_nameTaken = std::move(taken);
    }
    // Saves on OK; when it throws, the reason is shown and the dialog stays open.
    void setSave(std::function<void()> save) { m_save = std::move(save); }

    void reject() override;

private:
    void validate();
    void save();
    bool hasChanges() const;

    std::unique_ptr<Ui::UserEditDialog> m_ui;
    std::optional<UserProfile> m_existing;
    std::function<bool(const QString &)> m_nameTaken;
    std::function<void()> m_save;
};

} // namespace trustdesk
