// The users of the organisation: filter as you type, sort by any column, add, edit,
// disable, remove, and open a profile.
#pragma once

#include "app/Workspace.h"

#include <QWidget>
#include <memory>

namespace Ui {
class UsersView;
}

namespace trustdesk {

class DeferredRefresh;

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

private:
    void refresh();
    void updateCount();
    void updateButtons();
    bool selectionAllDisabled() const;

    Workspace &m_workspace;
    std::unique_ptr<Ui::UsersView> m_ui;
    UsersModel *m_model;
    DeferredRefresh *m_deferred;
};

} // namespace trustdesk
