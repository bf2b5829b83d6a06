// One user's profile with the client-certificate page: the accepted thumbprints and CNs,
// and the user's holding-tank entries with Accept.
#pragma once

#include "app/Workspace.h"
#include "store/StoreRecords.h"

#include <QWidget>
#include <memory>

namespace Ui {
class UserProfileView;
}

namespace trustdesk {

class UserProfileView : public QWidget
{
    Q_OBJECT
public:
    explicit UserProfileView(Workspace &workspace, QWidget *parent = nullptr);
    ~UserProfileView() override;

    // Shows the user; returns false (and shows nothing new) when there is no such user.
    bool showUser(const QString &username);
    QString username() const { return m_user.profile.username; }
    const UserRecord &user() const { return m_user; }
    const QList<TankEntry> &tankEntries() const { return m_tank; }
    const QList<IssuedCertificateRecord> &issuedCertificates() const { return m_issued; }

public slots:
    void addCredential();
    void importFromFile();
    void importFiles(const QStringList &paths);
    void removeCredential();
    void acceptSelected();
    void deleteSelected();
    void deleteAll();
    void showDetails();
    void editUser();

signals:
    void backRequested();
    void createCertificateRequested(const QString &username);
    void explainRequested(const trustdesk::TankEntry &entry);

private:
    void reload();
    void fillCredentials();
    void fillTank();
    void updateButtons();
    int selectedTankRow() const;

    Workspace &m_workspace;
    std::unique_ptr<Ui::UserProfileView> m_ui;
    UserRecord m_user;
    QList<TankEntry> m_tank;
    QList<IssuedCertificateRecord> m_issued;
};

} // namespace trustdesk
