// The users of the organisation: filter as you type, sort by any column, add, edit,
// disable, remove, and open a profile.
#pragma once

#include "Workspace.h"

#include <QWidget>
#include <memory>

namespace Ui {
class UsersView;
}

namespace trustdesk {

class UsersModel;

class UsersView : public QWidget
{
    Q_OBJECT
public:
    explicit UsersView(Workspace &workspace, QWidget *parent = nullptr);
    ~UsersView() override;

    UsersModel *model() const { return m_model; }
    void focusFilter();
    // Selects the user's row when it is loaded.
    void selectUser(const QString &username);
    QStringList selectedUsernames() const;

public slots:
    void addUser();
    void editUser();
    void toggleDisabled();
    void removeUsers();

signals:
    void openUserRequested(const QString &username);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void updateCount();
    void updateButtons();

    Workspace &m_workspace;
    std::unique_ptr<Ui::UsersView> m_ui;
    UsersModel *m_model;
    bool m_stale = false; // changed while hidden: reload when shown
};

} // namespace trustdesk
