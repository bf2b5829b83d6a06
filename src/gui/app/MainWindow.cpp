#include "app/MainWindow.h"

#include "InputError.h"
#include "app/OpenSharedStoreDialog.h"
#include "app/StoreOpener.h"
#include "certificates/CertificateListView.h"
#include "common/ErrorReporter.h"
#include "common/NavigationIcons.h"
#include "explorer/CertificateMatrixView.h"
#include "explorer/ChainExplorerView.h"
#include "listener/ListenerView.h"
#include "mappings/CertificateMappingsView.h"
#include "orgca/IssueCertificateWizard.h"
#include "orgca/OrganisationCaView.h"
#include "settings/AuditView.h"
#include "settings/SettingsView.h"
#include "tank/HoldingTankView.h"
#include "ui_MainWindow.h"
#include "users/UserProfileView.h"
#include "users/UsersView.h"
#include "x509/CertificateLoader.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QUrl>
#include <openssl/crypto.h>

namespace trustdesk {

namespace {

constexpr int MaxRecentStores = 8;
const char *const RecentStoresKey = "recentStores";

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()),
      m_organisationCombo(new QComboBox(this)), m_storeLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_usersView = new UsersView(m_workspace, this);
    m_tankView = new HoldingTankView(m_workspace, this);
    m_rootsView =
        new CertificateListView(CertificateListView::Purpose::RootStore, m_workspace, this);
    m_casView =
        new CertificateListView(CertificateListView::Purpose::ApprovedCas, m_workspace, this);
    m_mappingsView = new CertificateMappingsView(m_workspace, this);
    m_settingsView = new SettingsView(m_workspace, this);
    m_auditView = new AuditView(m_workspace, this);
    m_organisationCaView = new OrganisationCaView(m_workspace, this);
    m_explorerView = new ChainExplorerView(m_workspace, this);
    m_matrixView = new CertificateMatrixView(m_workspace, this);
    m_listenerView = new ListenerView(m_workspace, this);
    m_profileView = new UserProfileView(m_workspace, this);
    // The one page table: the stack, the navigation list, the View menu and --show read it.
    m_pages = {
        {UsersPage, m_usersView, tr("Users"), m_ui->actionShowUsers, QStringLiteral("users")},
        {TankPage, m_tankView, tr("Holding tank"), m_ui->actionShowTank, QStringLiteral("tank")},
        {RootsPage, m_rootsView, tr("Trusted root store"), m_ui->actionShowRoots,
         QStringLiteral("roots")},
        {CasPage, m_casView, tr("Approved CAs"), m_ui->actionShowCas, QStringLiteral("cas")},
        {MappingsPage, m_mappingsView, tr("Certificate mappings"), m_ui->actionShowMappings,
         QStringLiteral("mappings")},
        {SettingsPage, m_settingsView, tr("Settings"), m_ui->actionShowSettings,
         QStringLiteral("settings")},
        {AuditPage, m_auditView, tr("Audit log"), m_ui->actionShowAudit, QStringLiteral("audit")},
        {OrganisationCaPage, m_organisationCaView, tr("Organisation CA"),
         m_ui->actionShowOrganisationCa, QStringLiteral("orgca")},
        {ExplorerPage, m_explorerView, tr("Chain explorer"), m_ui->actionShowExplorer,
         QStringLiteral("explorer")},
        {MatrixPage, m_matrixView, tr("Matrix"), m_ui->actionShowMatrix, QStringLiteral("matrix")},
        {ListenerPage, m_listenerView, tr("Test listener"), new QAction(tr("Test &listener"), this),
         QStringLiteral("listener")},
    };
    for (const PageEntry &entry : std::as_const(m_pages)) {
        Q_ASSERT(m_ui->pages->count() == entry.page); // the enum is the table's order
        m_ui->pages->addWidget(entry.widget);
    }
    m_ui->pages->addWidget(m_profileView); // ProfilePage: reached from a user, not listed

    auto *organisationLabel = new QLabel(tr("Organisation:"), this);
    organisationLabel->setBuddy(m_organisationCombo);
    organisationLabel->setContentsMargins(6, 0, 6, 0);
    m_organisationCombo->setMinimumContentsLength(24);
    m_organisationCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->organisationToolBar->addWidget(organisationLabel);
    m_ui->organisationToolBar->addWidget(m_organisationCombo);
    m_ui->statusBar->addPermanentWidget(m_storeLabel);

    buildNavigation();
    connectActions();
    fillRecentMenu();
    // Everything stays reachable down to this size (the tables scroll beyond it).
    setMinimumSize(800, 560);
    restoreState();
    showPage(UsersPage);
    // The first key goes to the users list, not the organisation combo, where an arrow
    // key would switch organisation.
    m_usersView->setFocusProxy(m_usersView->findChild<QTableView *>(QStringLiteral("usersTable")));
    m_usersView->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    for (const PageEntry &entry : std::as_const(m_pages)) {
        auto *item = new QListWidgetItem(NavigationIcons::forPage(entry.viewName), entry.title,
                                         m_ui->navigationList);
        item->setToolTip(entry.title);
    }
    // As wide as its longest entry in the user's language: it never scrolls sideways.
    QListWidget *list = m_ui->navigationList;
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideRight);
    const int width = list->sizeHintForColumn(0) + 2 * list->frameWidth() +
                      list->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    list->setMinimumWidth(width);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({width, 1000});
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_ui->pages->setCurrentIndex(row);
    });
    // "Users" is already the current row while a profile shows; a click still goes back.
    connect(m_ui->navigationList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_ui->pages->setCurrentIndex(m_ui->navigationList->row(item));
    });
}

void MainWindow::connectActions()
{
    m_ui->actionNewStore->setIcon(NavigationIcons::forAction(QStringLiteral("new-store")));
    m_ui->actionOpenStore->setIcon(NavigationIcons::forAction(QStringLiteral("open-store")));
    m_ui->actionRefresh->setIcon(NavigationIcons::forAction(QStringLiteral("refresh")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionOpenStore->setShortcut(QKeySequence::Open);
    m_ui->actionNewStore->setShortcut(QKeySequence::New);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    connect(m_ui->actionNewStore, &QAction::triggered, this, &MainWindow::newStore);
    connect(m_ui->actionOpenStore, &QAction::triggered, this, &MainWindow::chooseStore);
    connect(m_ui->actionOpenSharedStore, &QAction::triggered, this, [this] { openSharedStore(); });
    connect(m_ui->actionImportUsers, &QAction::triggered, this, &MainWindow::importUsers);
    connect(&m_workspace, &Workspace::connectionLost, this, [this](bool lost) {
        m_storeLabel->setText(
            lost ? tr("%1 (connection lost, reconnecting)").arg(m_workspace.store().location())
                 : m_workspace.store().location());
    });
    connect(m_ui->actionNewOrganisation, &QAction::triggered, this, &MainWindow::newOrganisation);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    // web.config in and out: the mappings view does it, and shows what it did.
    connect(m_ui->actionImportWebConfig, &QAction::triggered, this, [this] {
        showPage(MappingsPage);
        m_mappingsView->importWebConfig();
    });
    connect(m_ui->actionCheckWebConfig, &QAction::triggered, this, [this] {
        showPage(MappingsPage);
        m_mappingsView->checkWebConfig();
    });
    connect(m_ui->actionExportWebConfig, &QAction::triggered, this, [this] {
        showPage(MappingsPage);
        m_mappingsView->exportWebConfig();
    });
    connect(m_mappingsView, &CertificateMappingsView::identifyRequested, this, [this] {
        m_explorerView->setUser(QString());
        showPage(ExplorerPage);
        m_explorerView->chooseFile();
    });
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        showPage(UsersPage);
        m_usersView->focusFilter();
    });
    // The View menu lists the pages in the sidebar's order, Ctrl+1 ... Ctrl+9, Ctrl+0 and
    // Ctrl+L (the listener) in that order too.
    QAction *first = m_ui->menuView->actions().value(0);
    for (const PageEntry &entry : std::as_const(m_pages))
        m_ui->menuView->removeAction(entry.action);
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction *action = m_pages.at(i).action;
        m_ui->menuView->insertAction(m_ui->menuView->actions().value(i, first), action);
        action->setShortcut(i < 9    ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))
                            : i == 9 ? QKeySequence(Qt::CTRL | Qt::Key_0)
                                     : QKeySequence(Qt::CTRL | Qt::Key_L));
    }
    for (const PageEntry &entry : std::as_const(m_pages))
        if (entry.action)
            connect(entry.action, &QAction::triggered, this,
                    [this, page = entry.page] { showPage(page); });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (m_workspace.isOpen())
            m_workspace.changed(Workspace::Everything);
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_organisationCombo, &QComboBox::activated, this, [this](int index) {
        m_workspace.setOrganisation(m_organisationCombo->itemData(index).toLongLong());
    });
    connect(&m_workspace, &Workspace::storeOpened, this, &MainWindow::storeOpened);
    connect(&m_workspace, &Workspace::organisationChanged, this, [this] {
        fillOrganisations();
        if (currentPage() == ProfilePage)
            showPage(UsersPage);
    });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::Areas areas) {
        if (areas & (Workspace::Tank | Workspace::Settings))
            updateNavigationCounts();
    });
    connect(&m_workspace, &Workspace::notice, this,
            [this](const QString &message) { m_ui->statusBar->showMessage(message, 8000); });
    connect(m_ui->actionIssueCertificate, &QAction::triggered, this, [this] {
        openIssueWizard(currentPage() == ProfilePage ? m_profileView->username() : QString());
    });
    connect(m_profileView, &UserProfileView::createCertificateRequested, this,
            &MainWindow::openIssueWizard);
    connect(m_organisationCaView, &OrganisationCaView::issueRequested, this,
            [this] { openIssueWizard(QString()); });
    const auto explainEntry = [this](const TankEntry &entry) {
        explain(QList<Certificate>{entry.certificate} + entry.presentedChain,
                tr("from the holding tank (%1, %2)")
                    .arg(UserProfile::interfaceName(entry.interface), entry.clientAddress),
                entry.username, entry.interface);
    };
    connect(m_profileView, &UserProfileView::explainRequested, this, explainEntry);
    for (CertificateListView *list : {m_rootsView, m_casView})
        connect(list, &CertificateListView::explainRequested, this,
                [this, list](const Certificate &cert) {
                    explain({cert},
                            list == m_rootsView ? tr("from the trusted root store")
                                                : tr("from the approved CAs"),
                            QString());
                });
    connect(m_tankView, &HoldingTankView::explainRequested, this, explainEntry);
    connect(m_listenerView, &ListenerView::explainRequested, this,
            [this](const ListenerEvent &event) {
                // The sign-on's answer goes with it: a certificate that authenticates may
                // still have failed on the password.
                explain(event.chain,
                        tr("an attempt on the test listener (%1, %2), answered %3")
                            .arg(UserProfile::interfaceName(event.interface), event.clientAddress,
                                 event.outcome.isEmpty() ? tr("(nothing)") : event.outcome),
                        event.username, event.interface);
            });
    connect(m_explorerView, &ChainExplorerView::matrixRequested, this,
            [this](const QString &folder, const QString &username) {
                m_matrixView->setUser(username);
                m_matrixView->setFolder(folder);
                showPage(MatrixPage);
            });
    connect(m_matrixView, &CertificateMatrixView::explainRequested, this,
            [this](const QString &file, const QString &username) {
                showPage(ExplorerPage);
                m_explorerView->setUser(username);
                m_explorerView->openFile(file);
            });
    connect(m_usersView, &UsersView::openUserRequested, this, &MainWindow::openUser);
    connect(m_tankView, &HoldingTankView::openUserRequested, this, &MainWindow::openUser);
    connect(m_profileView, &UserProfileView::backRequested, this, [this] {
        const QString name = m_profileView->username();
        showPage(UsersPage);
        m_usersView->selectUser(name);
    });
}

void MainWindow::showPage(Page page)
{
    if (page == ProfilePage) {
        const QSignalBlocker blocker(m_ui->navigationList);
        m_ui->navigationList->setCurrentRow(UsersPage);
        m_ui->pages->setCurrentWidget(m_profileView);
        return;
    }
    m_ui->navigationList->setCurrentRow(page);
    m_ui->pages->setCurrentIndex(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pages->currentIndex());
}

void MainWindow::openUser(const QString &username)
{
    if (m_profileView->showUser(username))
        showPage(ProfilePage);
}

QString MainWindow::showView(const QString &spec)
{
    for (const PageEntry &entry : std::as_const(m_pages))
        if (spec == entry.viewName) {
            showPage(entry.page);
            return QString();
        }
    if (spec.startsWith(QLatin1String("explorer:")) || spec.startsWith(QLatin1String("matrix:"))) {
        if (!m_workspace.isOpen())
            return tr("no store is open");
        const bool explorer = spec.startsWith(QLatin1String("explorer:"));
        QString target = spec.mid(spec.indexOf(QLatin1Char(':')) + 1);
        QString username;
        // FILE@USER: the user follows the last '@', unless that '@' is part of the path.
        const int at = target.lastIndexOf(QLatin1Char('@'));
        if (at > 0 && !target.mid(at + 1).contains(QLatin1Char('/'))) {
            username = target.mid(at + 1);
            target = target.left(at);
        }
        if (!username.isEmpty() &&
            !m_workspace.store().users().find(m_workspace.organisationId(), username))
            return tr("unknown user '%1' in organisation '%2'")
                .arg(username, m_workspace.organisation().name);
        if (explorer) {
            try {
                CertificateLoader::loadFile(target);
            } catch (const InputError &error) {
                return error.message();
            }
            showPage(ExplorerPage);
            m_explorerView->setUser(username);
            m_explorerView->openFile(target);
        } else {
            if (!QFileInfo(target).isDir())
                return tr("%1: not a folder").arg(target);
            m_matrixView->setUser(username);
            m_matrixView->setFolder(target);
            showPage(MatrixPage);
        }
        return QString();
    }
    if (spec == QLatin1String("shared-store")) {
        // The File > Open shared store dialog, filled with the open store when it is shared.
        auto *dialog = new OpenSharedStoreDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_workspace.isOpen() && m_workspace.store().isShared())
            dialog->setLocation(m_workspace.store().location());
        dialog->show();
        m_shownDialog = dialog;
        return QString();
    }
    if (spec == QLatin1String("wizard") || spec.startsWith(QLatin1String("wizard:"))) {
        if (!m_workspace.isOpen())
            return tr("no store is open");
        const QString username = spec.mid(7);
        if (!username.isEmpty() &&
            !m_workspace.store().users().find(m_workspace.organisationId(), username))
            return tr("unknown user '%1' in organisation '%2'")
                .arg(username, m_workspace.organisation().name);
        openIssueWizard(username);
        return QString();
    }
    if (spec.startsWith(QLatin1String("user:"))) {
        const QString username = spec.mid(5);
        if (!m_workspace.isOpen())
            return tr("no store is open");
        try {
            m_workspace.store().users().get(m_workspace.organisationId(), username);
        } catch (const std::exception &) {
            return tr("unknown user '%1' in organisation '%2'")
                .arg(username, m_workspace.organisation().name);
        }
        openUser(username);
        return QString();
    }
    return tr("unknown view '%1' (users, user:NAME, roots, cas, tank, audit, settings, orgca, "
              "wizard[:NAME], explorer[:FILE[@USER]], matrix[:DIR[@USER]], listener, shared-store)")
        .arg(spec);
}

void MainWindow::openStore(const QString &location, const QString &organisation,
                           const std::function<void(bool)> &done, const QString &password)
{
    if (Store::isSharedLocation(location) && password.isEmpty() &&
        QUrl(location).password().isEmpty())
        return openSharedStore(location, organisation, done);
    StoreOpener::open(
        this, m_workspace, location, organisation,
        [this, location, done](bool opened) {
            if (opened)
                rememberRecent(location);
            if (done)
                done(opened);
        },
        password);
}

QString MainWindow::openStoreNow(const QString &location, const QString &organisation,
                                 const QString &password)
{
    const QString error = StoreOpener::openNow(m_workspace, location, organisation, password);
    if (error.isEmpty())
        rememberRecent(location);
    return error;
}

void MainWindow::openSharedStore(const QString &location, const QString &organisation,
                                 const std::function<void(bool)> &done)
{
    OpenSharedStoreDialog dialog(this);
    if (!location.isEmpty())
        dialog.setLocation(location);
    if (dialog.exec() != QDialog::Accepted) {
        if (done)
            done(false);
        return;
    }
    // The password stays in memory, in the workspace's way of reconnecting, and nowhere else.
    StoreOpener::open(
        this, m_workspace, dialog.location(), organisation,
        [this, location = dialog.location(), done](bool opened) {
            if (opened)
                rememberRecent(location);
            if (done)
                done(opened);
        },
        dialog.password());
}

void MainWindow::importUsers()
{
    if (!m_workspace.isOpen())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import users into %1").arg(m_workspace.organisation().name), QString(),
        tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importUsersFrom(path);
}

void MainWindow::importUsersFrom(const QString &path,
                                 const std::function<void(const UserImportRunner::Outcome &)> &done)
{
    showPage(UsersPage);
    UserImportRunner::run(this, m_workspace, path, done);
}

void MainWindow::newStore()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New store"), QStringLiteral("trustdesk.db"),
                                     tr("TrustDesk stores (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        ErrorReporter::show(this, tr("New store"),
                            tr("%1 already exists; open it with File > Open store.").arg(path));
        return;
    }
    openStore(path);
}

void MainWindow::chooseStore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), QString(),
                                                      tr("TrustDesk stores (*.db);;All files (*)"));
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::newOrganisation()
{
    if (!m_workspace.isOpen())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New organisation"), tr("Name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.isEmpty())
        return;
    ErrorReporter::attempt(this, tr("New organisation"),
                           [&] { m_workspace.createOrganisation(name); });
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About TrustDesk"),
        tr("<h3>TrustDesk %1</h3>"
           "<p>Administration of client-certificate authentication: which certificates can "
           "connect, which authenticate whom, and why.</p>"
           "<p>Qt %2 (built with %3)<br>%4</p>")
            .arg(QStringLiteral(TRUSTDESK_VERSION), QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))));
}

void MainWindow::explain(const QList<Certificate> &presented, const QString &source,
                         const QString &username, Interface iface)
{
    showPage(ExplorerPage);
    if (!m_explorerView->confirmDiscardingChanges())
        return;
    m_explorerView->setInterface(iface);
    m_explorerView->setUser(username);
    m_explorerView->openCertificates(presented, source);
}

void MainWindow::findTrainingScenarios()
{
    // The demo folder beside the store: init --demo's default, or the setup script's.
    const QDir dir = QFileInfo(m_workspace.store().location()).dir();
    for (const QString &name : {QStringLiteral("trustdesk-demo"), QStringLiteral("certificates")})
        if (m_explorerView->setScenarioFolder(dir.filePath(name)))
            return;
    m_explorerView->setScenarioFolder(QString());
}

IssueCertificateWizard *MainWindow::openIssueWizard(const QString &username)
{
    if (!m_workspace.isOpen())
        return nullptr;
    if (m_wizard)
        m_wizard->close();
    m_wizard = new IssueCertificateWizard(m_workspace, username, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    m_wizard->show();
    return m_wizard;
}

QWidget *MainWindow::grabTarget()
{
    if (m_wizard && m_wizard->isVisible())
        return m_wizard;
    if (m_shownDialog && m_shownDialog->isVisible())
        return m_shownDialog;
    return this;
}

void MainWindow::storeOpened()
{
    const QString path = m_workspace.store().location();
    const QUrl shared(path);
    setWindowTitle(m_workspace.store().isShared()
                       ? tr("%1 on %2 - TrustDesk").arg(shared.path().mid(1), shared.host())
                       : tr("%1 - TrustDesk").arg(QFileInfo(path).fileName()));
    m_storeLabel->setText(path);
    m_storeLabel->setToolTip(path);
    fillOrganisations();
    updateNavigationCounts();
    findTrainingScenarios();
    if (currentPage() == ProfilePage)
        showPage(UsersPage);
}

void MainWindow::fillOrganisations()
{
    const QSignalBlocker blocker(m_organisationCombo);
    m_organisationCombo->clear();
    for (const OrganisationSettings &org : m_workspace.organisations())
        m_organisationCombo->addItem(org.name, org.id);
    m_organisationCombo->setCurrentIndex(
        m_organisationCombo->findData(m_workspace.organisationId()));
    m_ui->actionNewOrganisation->setEnabled(m_workspace.isOpen());
}

void MainWindow::updateNavigationCounts()
{
    int pending = 0;
    if (m_workspace.isOpen())
        ErrorReporter::attempt(this, tr("Holding tank"), [&] {
            pending = m_workspace.store().tank().count(m_workspace.organisationId(), {});
        });
    QListWidgetItem *tank = m_ui->navigationList->item(TankPage);
    tank->setText(pending > 0 ? tr("Holding tank (%1)").arg(pending) : tr("Holding tank"));
    QFont font = tank->font();
    font.setBold(pending > 0);
    tank->setFont(font);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(RecentStoresKey)).toStringList();
    // A shared store is remembered by its URL, which never holds the password.
    const QString absolute = Store::isSharedLocation(path)
                                 ? QUrl(path).toString(QUrl::RemovePassword)
                                 : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QLatin1String(RecentStoresKey), recent.mid(0, MaxRecentStores));
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList recent = QSettings().value(QLatin1String(RecentStoresKey)).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action =
            m_ui->menuRecent->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(path));
        connect(action, &QAction::triggered, this, [this, path] { openStore(path); });
    }
    m_ui->menuRecent->setEnabled(!recent.isEmpty());
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray splitter = settings.value(QStringLiteral("window/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_ui->splitter->restoreState(splitter);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settingsView->hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved settings"),
            tr("The settings of %1 have changed. Save them before closing?")
                .arg(m_workspace.organisation().name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save)
            m_settingsView->save();
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    event->accept();
}

} // namespace trustdesk
