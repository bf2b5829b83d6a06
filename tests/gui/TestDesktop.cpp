// The desktop application, driven through its real widgets offscreen: the users list and
// its filter, disabling users, the profile's credentials and holding tank (accept with
// Yes and with No), imports of good and malformed files, the root store, the approved
// CAs, the organisation-wide tank, the settings, the audit log and --grab.
#include "app/MainWindow.h"
#include "certificates/CertificateListView.h"
#include "demo/DemoStore.h"
#include "engine/TrustEngine.h"
#include "services/AttemptService.h"
#include "services/TrustSnapshotLoader.h"
#include "settings/AuditModel.h"
#include "settings/AuditView.h"
#include "settings/SettingsView.h"
#include "support/TestPki.h"
#include "support/WidgetDriver.h"
#include "tank/AcceptTankEntryDialog.h"
#include "tank/HoldingTankView.h"
#include "tank/TankModel.h"
#include "users/AddCredentialDialog.h"
#include "users/UserEditDialog.h"
#include "users/UserProfileView.h"
#include "users/UsersModel.h"
#include "users/UsersView.h"
#include "x509/CertificateLoader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <functional>

using namespace trustdesk;
using namespace trustdesk::test;

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void users_listShowsEveryUserWithCounts();
    void users_filterAsYouType();
    void users_filterTakesWildcardsLiterally();
    void users_sortByColumn();
    void users_disableAndEnable();
    void users_addUser();
    void users_addUserRefusesInvalidName();

    void profile_showsCredentialsAndTank();
    void profile_acceptCn_yesDeletesThePair();
    void profile_acceptThumbprint_noKeepsTheCn();
    void profile_acceptCn_adviceNamesApprovedCasAndOtherUsers();
    void profile_addThumbprintTypedWithColons();
    void profile_addCredentialRefusesMalformedThumbprint();
    void profile_importCertificateFile();
    void profile_importMalformedFile_changesNothing();
    void profile_removeCredential();
    void profile_editUser();

    void roots_installFromFiles();
    void roots_installByDroppingFiles();
    void roots_malformedFileAmongGoodOnes_importsNothing();
    void roots_remove();
    void cas_warnWhenNotInstalled();

    void tank_filterByUserAndKind();
    void tank_installUntrustedCaAndApprove();
    void tank_deleteSelectedAndAll();
    void tank_expiredEntriesArePurgedOnOpen();

    void settings_saveIsAudited();
    void audit_filterAndExportCsv();

    void showView_refusesUnknownViewsAndUsers();

    void walkthrough_duplicateUserKeepsTheDialogAndItsFields();
    void walkthrough_enterOnAUserOpensTheProfile();
    void walkthrough_viewMenuFollowsTheSidebarWithShortcuts();
    void walkthrough_firstFocusIsTheUsersList();
    void walkthrough_usersColumnsFitAt1024x700();
    void walkthrough_auditNamesTheAccountAndReadableTargets();
    void grab_writesTheScreenshot();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("trustdesk.db")); }
    QString demoFile(const QString &name) const
    {
        return m_template->filePath(QStringLiteral("certs/") + name);
    }
    // Every row of every table: "changes nothing" means this is equal before and after.
    QString dump() const;
    Store &store() { return m_window->workspace().store(); }
    qint64 org() { return m_window->workspace().organisationId(); }
    void record(const QString &file, const QString &user, Interface iface,
                const QDateTime &at = QDateTime::currentDateTimeUtc());
    QString writeGarbage(const QString &name);

    std::unique_ptr<QTemporaryDir> m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QApplication::setOrganizationName(QStringLiteral("TrustDeskTests"));
    // The demo store is made once (keys, password hashes) and copied for each test.
    m_template = std::make_unique<QTemporaryDir>();
    QVERIFY(m_template->isValid());
    auto seed = Store::openSqlite(m_template->filePath(QStringLiteral("trustdesk.db")));
    const OrganisationSettings created = seed->organisations().create(QStringLiteral("Default"));
    DemoStore::populate(*seed, created.id, m_template->filePath(QStringLiteral("certs")),
                        QDateTime::currentDateTimeUtc());
}

void TestDesktop::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::copy(m_template->filePath(QStringLiteral("trustdesk.db")), storePath()));
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->openStoreNow(storePath()), QString());
    // The FTPS walk-through: Lucy's certificate fails for moveitfreelydemo and leaves a pair.
    record(QStringLiteral("lucy.pem"), QStringLiteral("moveitfreelydemo"), Interface::Ftps);
    record(QStringLiteral("rich-sidedoor.pem"), QStringLiteral("rich"), Interface::Https);
    m_window->workspace().changed(Workspace::Everything);
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDesktop::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestDesktop::record(const QString &file, const QString &user, Interface iface,
                         const QDateTime &at)
{
    const QList<Certificate> chain = CertificateLoader::loadFile(demoFile(file)).certificates;
    const auto profile = store().users().find(org(), user);
    QVERIFY(profile);
    const auto snapshot = TrustSnapshotLoader::load(store(), org());
    // Evaluated now (the demo certificates are new); recorded as seen at `at`.
    const Verdict verdict =
        TrustEngine::evaluate(chain, &*profile, iface, *snapshot, QDateTime::currentDateTimeUtc());
    AttemptContext context;
    context.interface = iface;
    context.at = at;
    context.clientAddress = QStringLiteral("127.0.0.1");
    AttemptService(store(), org()).record(verdict, &*profile, context);
}

QString TestDesktop::dump() const
{
    QString out;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(storePath());
        if (!db.open())
            return QStringLiteral("cannot open");
        for (const QString &table : db.tables()) {
            QSqlQuery query(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table), db);
            out += QStringLiteral("== %1\n").arg(table);
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row << query.value(i).toString();
                out += row.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return out;
}

QString TestDesktop::writeGarbage(const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(
            "-----BEGIN CERTIFICATE-----\nnot base64 at all !!\n-----END CERTIFICATE-----\n");
    return path;
}

// ------------------------------------------------------------------ users

void TestDesktop::users_listShowsEveryUserWithCounts()
{
    UsersModel *model = m_window->usersView()->model();
    QCOMPARE(model->rowCount(), 7); // six people and the IIS mapping's staff account
    const int rich = model->rowOf(QStringLiteral("rich"));
    QVERIFY(rich >= 0);
    QCOMPARE(model->data(model->index(rich, UsersModel::PendingColumn)).toInt(), 2);
    QCOMPARE(model->data(model->index(rich, UsersModel::CredentialsColumn)).toInt(),
             store().users().get(org(), QStringLiteral("rich")).profile.thumbprints.size() +
                 store().users().get(org(), QStringLiteral("rich")).profile.commonNames.size());
    auto *count = child<QLabel>(m_window->usersView(), "countLabel");
    QCOMPARE(count->text(), QStringLiteral("7 users"));
}

void TestDesktop::users_filterAsYouType()
{
    auto *filter = child<QLineEdit>(m_window->usersView(), "filterEdit");
    UsersModel *model = m_window->usersView()->model();
    QTest::keyClicks(filter, QStringLiteral("ri"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->userAt(0).profile.username, QStringLiteral("rich"));
    QCOMPARE(child<QLabel>(m_window->usersView(), "countLabel")->text(),
             QStringLiteral("1 matching"));
    // The full name counts too, in any case.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("FULLER"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->userAt(0).profile.username, QStringLiteral("frank"));
    filter->clear();
    QCOMPARE(model->rowCount(), 7);
}

void TestDesktop::users_filterTakesWildcardsLiterally()
{
    auto *filter = child<QLineEdit>(m_window->usersView(), "filterEdit");
    QTest::keyClicks(filter, QStringLiteral("%"));
    QCOMPARE(m_window->usersView()->model()->rowCount(), 0);
    filter->setText(QStringLiteral("_"));
    QCOMPARE(m_window->usersView()->model()->rowCount(), 0);
}

void TestDesktop::users_sortByColumn()
{
    UsersModel *model = m_window->usersView()->model();
    auto *table = child<QTableView>(m_window->usersView(), "usersTable");
    table->sortByColumn(UsersModel::UsernameColumn, Qt::DescendingOrder);
    QCOMPARE(model->userAt(0).profile.username, QStringLiteral("vera"));
    table->sortByColumn(UsersModel::PendingColumn, Qt::DescendingOrder);
    // Two users have a pair each; the username breaks the tie in the same direction.
    QCOMPARE(model->userAt(0).profile.username, QStringLiteral("rich"));
    QCOMPARE(model->userAt(1).profile.username, QStringLiteral("moveitfreelydemo"));
    QCOMPARE(model->userAt(2).pendingTankEntries, 0);
    table->sortByColumn(UsersModel::FullNameColumn, Qt::AscendingOrder);
    QCOMPARE(model->userAt(0).profile.fullName, QStringLiteral("Frank Fuller"));
}

void TestDesktop::users_disableAndEnable()
{
    UsersView *view = m_window->usersView();
    auto *disable = child<QPushButton>(view, "disableButton");
    view->selectUser(QStringLiteral("vera"));
    QCOMPARE(disable->text(), QStringLiteral("&Disable"));
    QTest::mouseClick(disable, Qt::LeftButton);
    QVERIFY(store().users().get(org(), QStringLiteral("vera")).profile.disabled);
    QCOMPARE(store().auditLog().list(1).first().action, QStringLiteral("user.set"));
    // The list shows it and the button now offers the way back.
    const int row = view->model()->rowOf(QStringLiteral("vera"));
    QCOMPARE(view->model()->data(view->model()->index(row, UsersModel::StatusColumn)).toString(),
             QStringLiteral("Disabled"));
    QCOMPARE(disable->text(), QStringLiteral("&Enable"));
    QTest::mouseClick(disable, Qt::LeftButton);
    QVERIFY(!store().users().get(org(), QStringLiteral("vera")).profile.disabled);
}

void TestDesktop::users_addUser()
{
    whenModal(QStringLiteral("UserEditDialog"), [](QWidget *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("nina"));
        QTest::keyClicks(child<QLineEdit>(dialog, "fullNameEdit"), QStringLiteral("Nina North"));
        auto *https = child<QComboBox>(dialog, "httpsPolicyCombo");
        https->setCurrentIndex(https->findData(int(Policy::Certificate)));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("s3cret"));
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), QStringLiteral("s3cret"));
        clickBox(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(child<QPushButton>(m_window->usersView(), "addButton"), Qt::LeftButton);
    const UserRecord nina = store().users().get(org(), QStringLiteral("nina"));
    QCOMPARE(nina.profile.fullName, QStringLiteral("Nina North"));
    QCOMPARE(nina.profile.httpsPolicy, Policy::Certificate);
    QVERIFY(store().users().verifyPassword(org(), QStringLiteral("nina"), "s3cret"));
    QVERIFY(m_window->usersView()->model()->rowOf(QStringLiteral("nina")) >= 0);
}

void TestDesktop::users_addUserRefusesInvalidName()
{
    const QString before = dump();
    bool okEnabled = true;
    QString problem;
    whenModal(QStringLiteral("UserEditDialog"), [&](QWidget *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("a/b"));
        okEnabled =
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        problem = child<QLabel>(dialog, "problemLabel")->text();
        // Something was typed: closing asks first.
        cancelDiscarding(dialog);
    });
    QTest::mouseClick(child<QPushButton>(m_window->usersView(), "addButton"), Qt::LeftButton);
    QVERIFY(!okEnabled);
    QVERIFY2(problem.contains(QStringLiteral("'/'")), qPrintable(problem));
    QCOMPARE(dump(), before);
}

// ------------------------------------------------------------------ profile

void TestDesktop::profile_showsCredentialsAndTank()
{
    QCOMPARE(m_window->showView(QStringLiteral("user:rich")), QString());
    QCOMPARE(m_window->currentPage(), MainWindow::ProfilePage);
    UserProfileView *profile = m_window->profileView();
    auto *credentials = child<QTableWidget>(profile, "credentialsTable");
    auto *tank = child<QTableWidget>(profile, "tankTable");
    QCOMPARE(credentials->rowCount(), profile->user().profile.thumbprints.size() +
                                          profile->user().profile.commonNames.size());
    QCOMPARE(tank->rowCount(), 2);
    QStringList kinds{tank->item(0, 0)->text(), tank->item(1, 0)->text()};
    kinds.sort();
    QCOMPARE(kinds, (QStringList{QStringLiteral("CN"), QStringLiteral("Thumbprint")}));
}

void TestDesktop::profile_acceptCn_yesDeletesThePair()
{
    m_window->openUser(QStringLiteral("moveitfreelydemo"));
    UserProfileView *profile = m_window->profileView();
    auto *tank = child<QTableWidget>(profile, "tankTable");
    QCOMPARE(tank->rowCount(), 2);
    const int cnRow = tank->item(0, 0)->text() == QStringLiteral("CN") ? 0 : 1;
    tank->selectRow(cnRow);
    bool yesIsDefault = false;
    whenModal(QStringLiteral("AcceptTankEntryDialog"), [&](QWidget *dialog) {
        whenModal(QStringLiteral("confirmTankDeletion"), [&](QWidget *confirm) {
            auto *box = qobject_cast<QMessageBox *>(confirm);
            yesIsDefault = box->defaultButton() == box->button(QMessageBox::Yes);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        clickButton(dialog, QStringLiteral("acceptButton"));
    });
    QTest::mouseClick(child<QPushButton>(profile, "acceptButton"), Qt::LeftButton);
    QVERIFY(yesIsDefault);
    const UserRecord user = store().users().get(org(), QStringLiteral("moveitfreelydemo"));
    QCOMPARE(user.profile.commonNames, QStringList{QStringLiteral("Lucy")});
    QVERIFY(user.profile.thumbprints.isEmpty());
    QVERIFY(store().tank().entries(org(), QStringLiteral("moveitfreelydemo")).isEmpty());
    QCOMPARE(tank->rowCount(), 0);
    QCOMPARE(child<QTableWidget>(profile, "credentialsTable")->rowCount(), 1);
    const QList<AuditEntry> audit = store().auditLog().list(2);
    QCOMPARE(audit.at(0).action, QStringLiteral("tank.accept"));
    QCOMPARE(audit.at(1).action, QStringLiteral("tank.delete"));
}

void TestDesktop::profile_acceptThumbprint_noKeepsTheCn()
{
    m_window->openUser(QStringLiteral("moveitfreelydemo"));
    UserProfileView *profile = m_window->profileView();
    auto *tank = child<QTableWidget>(profile, "tankTable");
    const int thumbRow = tank->item(0, 0)->text() == QStringLiteral("Thumbprint") ? 0 : 1;
    tank->selectRow(thumbRow);
    QString advice;
    whenModal(QStringLiteral("AcceptTankEntryDialog"), [&](QWidget *dialog) {
        advice = child<QTextBrowser>(dialog, "adviceBrowser")->toPlainText();
        whenModal(QStringLiteral("confirmTankDeletion"), [](QWidget *confirm) {
            auto *box = qobject_cast<QMessageBox *>(confirm);
            QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
        });
        clickButton(dialog, QStringLiteral("acceptButton"));
    });
    QTest::mouseClick(child<QPushButton>(profile, "acceptButton"), Qt::LeftButton);
    // RULES 4.3: the thumbprint advice names renewal and the expiry date.
    QVERIFY2(advice.contains(QStringLiteral("renewed")), qPrintable(advice));
    QVERIFY2(advice.contains(QStringLiteral("expires on")), qPrintable(advice));
    const QList<TankEntry> left = store().tank().entries(org(), QStringLiteral("moveitfreelydemo"));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().kind, CredentialKind::CommonName);
    QCOMPARE(tank->rowCount(), 1);
    QCOMPARE(
        store().users().get(org(), QStringLiteral("moveitfreelydemo")).profile.thumbprints.size(),
        1);

    // The CN that stayed can be accepted too; then the user holds both.
    tank->selectRow(0);
    whenModal(QStringLiteral("AcceptTankEntryDialog"),
              [](QWidget *dialog) { clickButton(dialog, QStringLiteral("acceptButton")); });
    QTest::mouseClick(child<QPushButton>(profile, "acceptButton"), Qt::LeftButton);
    const UserRecord user = store().users().get(org(), QStringLiteral("moveitfreelydemo"));
    QCOMPARE(user.profile.thumbprints.size(), 1);
    QCOMPARE(user.profile.commonNames, QStringList{QStringLiteral("Lucy")});
    QCOMPARE(tank->rowCount(), 0);
}

void TestDesktop::profile_acceptCn_adviceNamesApprovedCasAndOtherUsers()
{
    bool cancelIsDefault = false, acceptIsDefault = true;
    // rich-sidedoor's CN is "Rich": Rich's own name, so another user named Rich would
    // collide. Accepting it for frank must name rich as a competing claim.
    record(QStringLiteral("rich-sidedoor.pem"), QStringLiteral("frank"), Interface::Https);
    m_window->openUser(QStringLiteral("frank"));
    UserProfileView *profile = m_window->profileView();
    auto *tank = child<QTableWidget>(profile, "tankTable");
    int cnRow = -1;
    for (int row = 0; row < tank->rowCount(); ++row)
        if (tank->item(row, 0)->text() == QStringLiteral("CN"))
            cnRow = row;
    QVERIFY(cnRow >= 0);
    tank->selectRow(cnRow);
    QString advice;
    whenModal(QStringLiteral("AcceptTankEntryDialog"), [&](QWidget *dialog) {
        advice = child<QTextBrowser>(dialog, "adviceBrowser")->toPlainText();
        // A colliding CN: Enter cancels, it does not accept.
        cancelIsDefault =
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isDefault();
        acceptIsDefault = child<QPushButton>(dialog, "acceptButton")->isDefault();
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(child<QPushButton>(profile, "acceptButton"), Qt::LeftButton);
    QVERIFY(cancelIsDefault);
    QVERIFY(!acceptIsDefault);
    QVERIFY2(advice.contains(QStringLiteral("collision")), qPrintable(advice));
    QVERIFY2(advice.contains(QStringLiteral("Chug and Ring")), qPrintable(advice));
    QVERIFY2(advice.contains(QStringLiteral("rich: their name matches it")), qPrintable(advice));
    // Cancel accepted nothing.
    QCOMPARE(tank->rowCount(), 2);
}

void TestDesktop::profile_addThumbprintTypedWithColons()
{
    m_window->openUser(QStringLiteral("gus"));
    const QString typed =
        QStringLiteral("3d:17:cf:f3:e2:7b:12:7d:27:53:a7:f1:87:3e:27:43:78:3b:fb:d2");
    QString hint;
    whenModal(QStringLiteral("AddCredentialDialog"), [&](QWidget *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "valueEdit"), typed);
        hint = child<QLabel>(dialog, "hintLabel")->text();
        clickBox(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(child<QPushButton>(m_window->profileView(), "addCredentialButton"),
                      Qt::LeftButton);
    QVERIFY2(hint.contains(QStringLiteral("3D17 CFF3")), qPrintable(hint));
    QVERIFY(store()
                .users()
                .get(org(), QStringLiteral("gus"))
                .profile.thumbprints.contains(
                    QStringLiteral("3D17CFF3E27B127D2753A7F1873E2743783BFBD2")));
    auto *credentials = child<QTableWidget>(m_window->profileView(), "credentialsTable");
    bool shown = false;
    for (int row = 0; row < credentials->rowCount(); ++row)
        shown = shown || credentials->item(row, 1)->text() ==
                             QStringLiteral("3D17 CFF3 E27B 127D 2753 A7F1 873E 2743 783B FBD2");
    QVERIFY(shown);
    QCOMPARE(store().auditLog().list(1).first().action, QStringLiteral("credential.add"));
}

void TestDesktop::profile_addCredentialRefusesMalformedThumbprint()
{
    m_window->openUser(QStringLiteral("gus"));
    const QString before = dump();
    bool okEnabled = true;
    whenModal(QStringLiteral("AddCredentialDialog"), [&](QWidget *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "valueEdit"), QStringLiteral("3D17 CFF3 XYZ"));
        okEnabled =
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        clickBox(dialog, QDialogButtonBox::Cancel);
    });
    QTest::mouseClick(child<QPushButton>(m_window->profileView(), "addCredentialButton"),
                      Qt::LeftButton);
    QVERIFY(!okEnabled);
    QCOMPARE(dump(), before);
}

void TestDesktop::profile_importCertificateFile()
{
    m_window->openUser(QStringLiteral("gus"));
    const Certificate cert = CertificateLoader::loadFile(demoFile(QStringLiteral("frank-toot.pem")))
                                 .certificates.first();
    QString offered;
    whenModal(QStringLiteral("AddCredentialDialog"), [&](QWidget *dialog) {
        offered = child<QLineEdit>(dialog, "valueEdit")->text();
        clickBox(dialog, QDialogButtonBox::Ok);
    });
    m_window->profileView()->importFiles({demoFile(QStringLiteral("frank-toot.pem"))});
    QTRY_VERIFY(store()
                    .users()
                    .get(org(), QStringLiteral("gus"))
                    .profile.thumbprints.contains(cert.thumbprint().key()));
    QCOMPARE(offered, cert.thumbprint().grouped());
}

void TestDesktop::profile_importMalformedFile_changesNothing()
{
    m_window->openUser(QStringLiteral("gus"));
    const QString before = dump();
    const QString bad = writeGarbage(QStringLiteral("broken.pem"));
    QString message;
    whenModal(QStringLiteral("errorMessage"), [&](QWidget *box) {
        message = qobject_cast<QMessageBox *>(box)->text();
        QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Ok),
                          Qt::LeftButton);
    });
    m_window->profileView()->importFiles({bad});
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(bad), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Nothing was imported")), qPrintable(message));
    QCOMPARE(dump(), before);
    QVERIFY(m_window->isVisible());
}

void TestDesktop::profile_removeCredential()
{
    m_window->openUser(QStringLiteral("frank"));
    auto *credentials = child<QTableWidget>(m_window->profileView(), "credentialsTable");
    QCOMPARE(credentials->rowCount(), 1);
    credentials->selectRow(0);
    QTest::mouseClick(child<QPushButton>(m_window->profileView(), "removeCredentialButton"),
                      Qt::LeftButton);
    QVERIFY(store().users().get(org(), QStringLiteral("frank")).profile.commonNames.isEmpty());
    QCOMPARE(credentials->rowCount(), 0);
    QCOMPARE(store().auditLog().list(1).first().action, QStringLiteral("credential.remove"));
}

void TestDesktop::profile_editUser()
{
    m_window->openUser(QStringLiteral("paula"));
    whenModal(QStringLiteral("UserEditDialog"), [](QWidget *dialog) {
        auto *name = child<QLineEdit>(dialog, "fullNameEdit");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Paula Parker"));
        auto *ftps = child<QComboBox>(dialog, "ftpsPolicyCombo");
        ftps->setCurrentIndex(ftps->findData(int(Policy::PasswordAndCertificate)));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("n3w"));
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), QStringLiteral("n3w"));
        clickBox(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(child<QPushButton>(m_window->profileView(), "editButton"), Qt::LeftButton);
    const UserRecord paula = store().users().get(org(), QStringLiteral("paula"));
    QCOMPARE(paula.profile.fullName, QStringLiteral("Paula Parker"));
    QCOMPARE(paula.profile.ftpsPolicy, Policy::PasswordAndCertificate);
    QVERIFY(store().users().verifyPassword(org(), QStringLiteral("paula"), "n3w"));
    QVERIFY(child<QLabel>(m_window->profileView(), "summaryLabel")
                ->text()
                .contains(QStringLiteral("Paula Parker")));
}

// ------------------------------------------------------------------ roots and CAs

void TestDesktop::roots_installFromFiles()
{
    m_window->showPage(MainWindow::RootsPage);
    CertificateListView *roots = m_window->rootsView();
    const int before = roots->model()->rowCount();
    const Issued ca = TestPki::root(QStringLiteral("Test Import Root"));
    const QString path = m_dir->filePath(QStringLiteral("import-root.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ca.cert.toPem().toUtf8());
    file.close();
    roots->addFiles({path});
    QTRY_COMPARE(roots->model()->rowCount(), before + 1);
    bool found = false;
    for (const StoredCertificate &stored : store().rootStore().list())
        found = found || stored.certificate == ca.cert;
    QVERIFY(found);
    QCOMPARE(store().auditLog().list(1).first().action, QStringLiteral("root.install"));
}

void TestDesktop::roots_installByDroppingFiles()
{
    m_window->showPage(MainWindow::RootsPage);
    CertificateListView *roots = m_window->rootsView();
    const int before = roots->model()->rowCount();
    const Issued ca = TestPki::root(QStringLiteral("Dropped Root"));
    const QString path = m_dir->filePath(QStringLiteral("dropped.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ca.cert.toPem().toUtf8());
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = roots->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(roots, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(roots, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(roots->model()->rowCount(), before + 1);
}

void TestDesktop::roots_malformedFileAmongGoodOnes_importsNothing()
{
    const QString before = dump();
    const Issued ca = TestPki::root(QStringLiteral("Good Root"));
    const QString good = m_dir->filePath(QStringLiteral("good.pem"));
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ca.cert.toPem().toUtf8());
    file.close();
    const QString bad = writeGarbage(QStringLiteral("bad.crt"));
    QString message;
    whenModal(QStringLiteral("errorMessage"), [&](QWidget *box) {
        message = qobject_cast<QMessageBox *>(box)->text();
        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Ok)->click();
    });
    m_window->rootsView()->addFiles({good, bad});
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(bad), qPrintable(message));
    QVERIFY2(!message.contains(good), qPrintable(message));
    QCOMPARE(dump(), before);
}

void TestDesktop::roots_remove()
{
    m_window->showPage(MainWindow::RootsPage);
    CertificateListView *roots = m_window->rootsView();
    const int before = roots->model()->rowCount();
    QVERIFY(before > 0);
    auto *table = child<QTableView>(roots, "certificatesTable");
    table->selectRow(0);
    const Certificate removed = roots->selectedCertificates().first();
    whenModal(QString(), [](QWidget *box) { // QMessageBox::question has no object name
        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(child<QPushButton>(roots, "removeButton"), Qt::LeftButton);
    QCOMPARE(roots->model()->rowCount(), before - 1);
    for (const StoredCertificate &stored : store().rootStore().list())
        QVERIFY(!(stored.certificate == removed));
}

void TestDesktop::cas_warnWhenNotInstalled()
{
    m_window->showPage(MainWindow::CasPage);
    CertificateListView *cas = m_window->casView();
    auto *warning = child<QLabel>(cas, "warningLabel");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("Verisign")), qPrintable(warning->text()));
    // Chug and Ring is not installed itself, but Toot above it is: its certificates connect.
    QVERIFY2(!warning->text().contains(QStringLiteral("Chug")), qPrintable(warning->text()));
    bool chugConnects = false;
    for (int row = 0; row < cas->model()->rowCount(); ++row)
        if (cas->model()->certificateAt(row).displayName() == QStringLiteral("Chug and Ring"))
            chugConnects = cas->model()
                               ->data(cas->model()->index(row, CertificateListModel::NotesColumn))
                               .toString() == QStringLiteral("Connects through Toot (installed)");
    QVERIFY(chugConnects);
    bool flagged = false;
    for (int row = 0; row < cas->model()->rowCount(); ++row)
        if (cas->model()->certificateAt(row).displayName().contains(QStringLiteral("Verisign")))
            flagged = cas->model()
                          ->data(cas->model()->index(row, CertificateListModel::NotesColumn))
                          .toString()
                          .contains(QStringLiteral("cannot connect"));
    QVERIFY(flagged);
}

// ------------------------------------------------------------------ tank

void TestDesktop::tank_filterByUserAndKind()
{
    m_window->showPage(MainWindow::TankPage);
    HoldingTankView *view = m_window->tankView();
    TankModel *model = view->model();
    QCOMPARE(model->rowCount(), 4);
    view->setUserFilter(QStringLiteral("RICH"));
    QCOMPARE(model->rowCount(), 2);
    view->setKindFilter(QStringLiteral("thumbprint"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->entryAt(0).username, QStringLiteral("rich"));
    QCOMPARE(child<QLabel>(view, "countLabel")->text(), QStringLiteral("1 entries"));
    view->setUserFilter(QString());
    QCOMPARE(model->rowCount(), 2);
}

void TestDesktop::tank_installUntrustedCaAndApprove()
{
    // A client whose CA nobody installed: connect fails and the CA waits in the tank.
    const Issued ca = TestPki::root(QStringLiteral("Stranger CA"));
    const Issued leaf = TestPki::client(QStringLiteral("Gus"), ca);
    const auto gus = store().users().find(org(), QStringLiteral("gus"));
    const auto snapshot = TrustSnapshotLoader::load(store(), org());
    const Verdict verdict = TrustEngine::evaluate({leaf.cert, ca.cert}, &*gus, Interface::Https,
                                                  *snapshot, TestPki::evaluationTime());
    AttemptContext context;
    context.at = QDateTime::currentDateTimeUtc();
    AttemptService(store(), org()).record(verdict, &*gus, context);
    m_window->workspace().changed(Workspace::Tank);

    m_window->showPage(MainWindow::TankPage);
    HoldingTankView *view = m_window->tankView();
    view->setKindFilter(QStringLiteral("untrusted-ca"));
    QCOMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    auto *accept = child<QPushButton>(view, "acceptButton");
    QCOMPARE(accept->text(), QStringLiteral("&Install CA…"));
    whenModal(QStringLiteral("AcceptTankEntryDialog"), [](QWidget *dialog) {
        child<QCheckBox>(dialog, "approveCheck")->setChecked(true);
        clickButton(dialog, QStringLiteral("acceptButton"));
    });
    QTest::mouseClick(accept, Qt::LeftButton);
    bool installed = false, approved = false;
    for (const StoredCertificate &stored : store().rootStore().list())
        installed = installed || stored.certificate == ca.cert;
    for (const StoredCertificate &stored : store().approvedCas(org()).list())
        approved = approved || stored.certificate == ca.cert;
    QVERIFY(installed);
    QVERIFY(approved);
    QCOMPARE(view->model()->rowCount(), 0);
}

void TestDesktop::tank_deleteSelectedAndAll()
{
    m_window->showPage(MainWindow::TankPage);
    HoldingTankView *view = m_window->tankView();
    view->selectRow(0);
    const qint64 id = view->model()->entryAt(0).id;
    QTest::mouseClick(child<QPushButton>(view, "deleteButton"), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 3);
    for (const TankEntry &entry : store().tank().entries(org()))
        QVERIFY(entry.id != id);
    whenModal(QString(), [](QWidget *box) {
        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(child<QPushButton>(view, "deleteAllButton"), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(store().tank().entries(org()).isEmpty());
}

void TestDesktop::tank_expiredEntriesArePurgedOnOpen()
{
    record(QStringLiteral("frank-toot.pem"), QStringLiteral("frank"), Interface::Https,
           QDateTime::currentDateTimeUtc().addDays(-45));
    QCOMPARE(store().tank().entries(org(), QStringLiteral("frank")).size(), 2);
    // Reopening applies RULES 4.4 (30 days by default): the old pair goes, the rest stays.
    QCOMPARE(m_window->openStoreNow(storePath()), QString());
    QVERIFY(store().tank().entries(org(), QStringLiteral("frank")).isEmpty());
    QCOMPARE(store().tank().entries(org()).size(), 4);
}

// ------------------------------------------------------------------ settings and audit

void TestDesktop::settings_saveIsAudited()
{
    m_window->showPage(MainWindow::SettingsPage);
    SettingsView *view = m_window->settingsView();
    auto *matchCn = child<QCheckBox>(view, "matchCnCheck");
    auto *save = child<QPushButton>(view, "saveButton");
    QVERIFY(matchCn->isChecked()); // the demo turns it on
    QVERIFY(!save->isEnabled());
    matchCn->setChecked(false);
    child<QSpinBox>(view, "tankDaysSpin")->setValue(7);
    auto *sha1 = child<QCheckBox>(view, "allowSha1Check");
    QVERIFY(!sha1->isChecked()); // SHA-1 is refused unless an administrator says otherwise
    QTest::mouseClick(sha1, Qt::LeftButton, {}, QPoint(8, sha1->height() / 2)); // on the box
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    const OrganisationSettings saved = store().organisations().get(QString());
    QVERIFY(!saved.matchCn);
    QCOMPARE(saved.tankDays, 7);
    QVERIFY(saved.allowSha1Signatures);
    QCOMPARE(store().auditLog().list(1).first().action, QStringLiteral("organisation.set"));
    QVERIFY(!save->isEnabled());
    // The tank view shows the same setting at hand.
    QCOMPARE(child<QSpinBox>(m_window->tankView(), "tankDaysSpin")->value(), 7);
}

void TestDesktop::audit_filterAndExportCsv()
{
    m_window->showPage(MainWindow::AuditPage);
    AuditView *view = m_window->auditView();
    const int all = store().auditLog().count();
    QVERIFY(all > 5);
    QCOMPARE(view->model()->rowCount(), std::min(all, int(PagedTableModel::PageSize)));
    view->setFilter(QStringLiteral("user.add"));
    const int users = view->model()->rowCount();
    QCOMPARE(users, 7);
    const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
    QCOMPARE(view->exportCsv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("id,at,actor,organisation,action,target,before,after"));
    QCOMPARE(lines.size() - 2, users); // header, rows, and the empty piece after the last \n
    QVERIFY(lines.at(1).contains("\"user.add\""));
}

// ------------------------------------------------------------------ --show and --grab

// ------------------------------------------------------------------ walkthrough

void TestDesktop::walkthrough_duplicateUserKeepsTheDialogAndItsFields()
{
    QString inlineProblem;
    bool okEnabled = true;
    QString keptFullName;
    whenModal(QStringLiteral("UserEditDialog"), [&](QWidget *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "fullNameEdit"), QStringLiteral("Frank Again"));
        QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("frank"));
        inlineProblem = child<QLabel>(dialog, "problemLabel")->text();
        okEnabled =
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        // Corrected in place: nothing typed is lost.
        QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("2"));
        keptFullName = child<QLineEdit>(dialog, "fullNameEdit")->text();
        clickBox(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(child<QPushButton>(m_window->usersView(), "addButton"), Qt::LeftButton);
    QVERIFY2(inlineProblem.contains(QStringLiteral("already exists")), qPrintable(inlineProblem));
    QVERIFY(!okEnabled);
    QCOMPARE(keptFullName, QStringLiteral("Frank Again"));
    QCOMPARE(store().users().get(org(), QStringLiteral("frank2")).profile.fullName,
             QStringLiteral("Frank Again"));

    // A save the store refuses (the name taken meanwhile) keeps the dialog open.
    bool stillOpen = false;
    whenModal(QStringLiteral("UserEditDialog"), [&](QWidget *dialog) {
        auto *edit = static_cast<UserEditDialog *>(dialog);
        edit->setNameTaken({}); // as if another administrator added it after the check
        QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("gus"));
        whenModal(QStringLiteral("errorMessage"), [&](QWidget *box) {
            static_cast<QMessageBox *>(box)->accept();
            QTimer::singleShot(0, dialog, [&, dialog] {
                stillOpen = dialog->isVisible();
                cancelDiscarding(dialog);
            });
        });
        clickBox(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(child<QPushButton>(m_window->usersView(), "addButton"), Qt::LeftButton);
    QVERIFY(stillOpen);
}

void TestDesktop::walkthrough_enterOnAUserOpensTheProfile()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *table = child<QTableView>(m_window->usersView(), "usersTable");
    const int row = m_window->usersView()->model()->rowOf(QStringLiteral("gus"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), MainWindow::ProfilePage);
    QCOMPARE(m_window->profileView()->username(), QStringLiteral("gus"));
}

void TestDesktop::walkthrough_viewMenuFollowsTheSidebarWithShortcuts()
{
    auto *navigation = child<QListWidget>(m_window.get(), "navigationList");
    QMenu *view = m_window->findChild<QMenu *>(QStringLiteral("menuView"));
    QVERIFY(view);
    QStringList sidebar, menu;
    for (int row = 0; row < navigation->count(); ++row)
        sidebar << navigation->item(row)->text();
    QStringList shortcuts;
    for (QAction *action : view->actions()) {
        if (action->isSeparator())
            break;
        menu << action->text().remove(QLatin1Char('&'));
        shortcuts << action->shortcut().toString();
    }
    QCOMPARE(menu.size(), sidebar.size());
    QVERIFY(menu.contains(QStringLiteral("Test listener")));
    QCOMPARE(shortcuts.first(), QStringLiteral("Ctrl+1"));
    QCOMPARE(shortcuts.last(), QStringLiteral("Ctrl+L"));
    QCOMPARE(QSet<QString>(shortcuts.begin(), shortcuts.end()).size(), shortcuts.size());
    // In the sidebar's order (the menu may add a word: "Certificate mappings (IIS)").
    for (int i = 0; i < sidebar.size(); ++i)
        QVERIFY2(menu.at(i).startsWith(sidebar.at(i).left(6), Qt::CaseInsensitive),
                 qPrintable(menu.at(i) + QStringLiteral(" / ") + sidebar.at(i)));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QCOMPARE(m_window->currentPage(), MainWindow::ListenerPage);
}

void TestDesktop::walkthrough_firstFocusIsTheUsersList()
{
    MainWindow window;
    QCOMPARE(window.openStoreNow(storePath()), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.minimumSize().width() >= 800);
    QCOMPARE(QApplication::focusWidget(),
             window.usersView()->findChild<QTableView *>(QStringLiteral("usersTable")));
}

void TestDesktop::walkthrough_usersColumnsFitAt1024x700()
{
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::qWait(50);
    auto *table = child<QTableView>(m_window->usersView(), "usersTable");
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    // Each policy label is shown whole.
    const QFontMetrics metrics = table->fontMetrics();
    QVERIFY(table->columnWidth(UsersModel::HttpsColumn) >
            metrics.horizontalAdvance(UsersModel::policyLabel(Policy::PasswordAndCertificate)));
}

void TestDesktop::walkthrough_auditNamesTheAccountAndReadableTargets()
{
    // The account from the system, not $USER (unset under cron and systemd).
    const QByteArray saved = qgetenv("USER");
    qunsetenv("USER");
    const QString account = Store::systemAccountName();
    qputenv("USER", saved);
    QVERIFY(!account.isEmpty());
    QVERIFY(account != QStringLiteral("unknown"));
    QCOMPARE(AuditModel::targetLabel(QStringLiteral("user:frank")), QStringLiteral("user frank"));
    QCOMPARE(AuditModel::targetLabel(QStringLiteral("mapping:3")), QStringLiteral("mapping #3"));
    QVERIFY(AuditModel::targetLabel(QStringLiteral("root:") + QString(64, QLatin1Char('a')))
                .startsWith(QStringLiteral("root certificate aaaaaaaaaaaaaaaa")));
}

void TestDesktop::showView_refusesUnknownViewsAndUsers()
{
    QVERIFY(
        m_window->showView(QStringLiteral("nonsense")).contains(QStringLiteral("unknown view")));
    QVERIFY(m_window->showView(QStringLiteral("user:nobody")).contains(QStringLiteral("nobody")));
    for (const QString &view :
         {QStringLiteral("users"), QStringLiteral("roots"), QStringLiteral("cas"),
          QStringLiteral("tank"), QStringLiteral("audit"), QStringLiteral("settings")})
        QCOMPARE(m_window->showView(view), QString());
    QCOMPARE(m_window->currentPage(), MainWindow::SettingsPage);
}

void TestDesktop::grab_writesTheScreenshot()
{
    const QString png = m_dir->filePath(QStringLiteral("users.png"));
    QProcess app;
    app.start(QStringLiteral(TRUSTDESK_APP_PATH),
              {QStringLiteral("--db"), storePath(), QStringLiteral("--show"),
               QStringLiteral("user:rich"), QStringLiteral("--grab"), png});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1200, 760));

    QProcess bad;
    bad.start(QStringLiteral(TRUSTDESK_APP_PATH),
              {QStringLiteral("--db"), storePath(), QStringLiteral("--show"),
               QStringLiteral("user:nobody"), QStringLiteral("--grab"), png});
    QVERIFY(bad.waitForFinished(60000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("unknown user 'nobody'"));
}

QTEST_MAIN(TestDesktop)
#include "TestDesktop.moc"
