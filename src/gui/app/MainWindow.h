// The main window: navigation between the views, the organisation switcher, stores
// (new, open, recent), menus with standard shortcuts, and a status bar. Window state is
// remembered between sessions.
#pragma once

#include "app/Workspace.h"
#include "users/UserImportRunner.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QComboBox;
class QDialog;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace trustdesk {

class AuditView;
class CertificateListView;
class CertificateMappingsView;
class CertificateMatrixView;
class ChainExplorerView;
class HoldingTankView;
class ListenerView;
class IssueCertificateWizard;
class OrganisationCaView;
class SettingsView;
class UserProfileView;
class UsersView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The pages, in the order of the navigation list.
    enum Page
    {
        UsersPage,
        TankPage,
        RootsPage,
        CasPage,
        MappingsPage,
        SettingsPage,
        AuditPage,
        OrganisationCaPage,
        ExplorerPage,
        MatrixPage,
        ListenerPage,
        ProfilePage // not in the list: reached from a user
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace &workspace() { return m_workspace; }

    // Shows a view by name: users, user:NAME, roots, cas, mappings, tank, audit, settings, orgca,
    // wizard, wizard:NAME, explorer, explorer:FILE[@USER], matrix, matrix:DIR[@USER],
    // shared-store.
    // Returns an error message, or "" when the view is shown.
    QString showView(const QString &spec);
    void showPage(Page page);
    Page currentPage() const;
    void openUser(const QString &username);

    // Opens a store (off the GUI thread) and remembers it among the recent ones: a file, or
    // a postgresql:// URL (without a password in it, the password is asked for).
    void openStore(const QString &location, const QString &organisation = QString(),
                   const std::function<void(bool)> &done = {}, const QString &password = QString());
    QString openStoreNow(const QString &location, const QString &organisation = QString(),
                         const QString &password = QString());
    // File > Open shared store, with the fields of `location` (a postgresql:// URL) filled.
    void openSharedStore(const QString &location = QString(),
                         const QString &organisation = QString(),
                         const std::function<void(bool)> &done = {});
    // Users > Import users from CSV: the chosen file, behind a progress dialog.
    void importUsers();
    void importUsersFrom(const QString &path,
                         const std::function<void(const UserImportRunner::Outcome &)> &done = {});

    UsersView *usersView() const { return m_usersView; }
    UserProfileView *profileView() const { return m_profileView; }
    HoldingTankView *tankView() const { return m_tankView; }
    CertificateListView *rootsView() const { return m_rootsView; }
    CertificateListView *casView() const { return m_casView; }
    CertificateMappingsView *mappingsView() const { return m_mappingsView; }
    SettingsView *settingsView() const { return m_settingsView; }
    AuditView *auditView() const { return m_auditView; }
    OrganisationCaView *organisationCaView() const { return m_organisationCaView; }
    ChainExplorerView *explorerView() const { return m_explorerView; }
    CertificateMatrixView *matrixView() const { return m_matrixView; }
    ListenerView *listenerView() const { return m_listenerView; }

    // Opens a certificate in the chain explorer, for a user (may be empty).
    void explain(const QList<Certificate> &presented, const QString &source,
                 const QString &username, Interface iface = Interface::Https);

    // Opens the certificate creation wizard (window-modal) for `username` (may be empty).
    IssueCertificateWizard *openIssueWizard(const QString &username);
    // What --grab captures: an open wizard, otherwise the window.
    QWidget *grabTarget();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // One row of the page table.
    struct PageEntry
    {
        Page page;
        QWidget *widget;
        QString title;
        QAction *action;  // of the View menu, or null
        QString viewName; // for --show
    };

    void buildNavigation();
    void connectActions();
    void newStore();
    void chooseStore();
    void newOrganisation();
    void about();
    void storeOpened();
    void findTrainingScenarios();
    void fillOrganisations();
    void updateNavigationCounts();
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void restoreState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace m_workspace;
    QComboBox *m_organisationCombo;
    QLabel *m_storeLabel;
    UsersView *m_usersView;
    UserProfileView *m_profileView;
    HoldingTankView *m_tankView;
    CertificateListView *m_rootsView;
    CertificateListView *m_casView;
    CertificateMappingsView *m_mappingsView;
    SettingsView *m_settingsView;
    AuditView *m_auditView;
    OrganisationCaView *m_organisationCaView;
    ChainExplorerView *m_explorerView;
    CertificateMatrixView *m_matrixView;
    ListenerView *m_listenerView;
    QList<PageEntry> m_pages;
    QPointer<IssueCertificateWizard> m_wizard;
    QPointer<QDialog> m_shownDialog; // a dialog --show opened (for --grab)
};

} // namespace trustdesk
