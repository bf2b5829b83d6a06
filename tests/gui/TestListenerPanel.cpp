// The test listener's panel, driven through its widgets: start on free ports, a real curl
// sign-on shows up live with its outcome, a double-click opens it in the chain explorer,
// the require site-wide warning can be declined, a PKCS#12 server certificate is chosen,
// the site-wide Accept flag shows its two signs, and stop.
#include "app/MainWindow.h"
#include "explorer/ChainExplorerView.h"
#include "listener/ListenerView.h"
#include "support/DemoDesktop.h"
#include "support/WidgetDriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

class TestListenerPanel : public QObject
{
    Q_OBJECT

    DemoDesktop m_desktop;
    MainWindow *m_window = nullptr;
    ListenerView *panel() { return m_window->listenerView(); }

private slots:
    void initTestCase() { QVERIFY(m_desktop.prepare()); }
    void init()
    {
        QVERIFY(m_desktop.open());
        m_window = &m_desktop.window();
        QCOMPARE(m_window->showView(QStringLiteral("listener")), QString());
        for (const char *spin : {"httpsSpin", "ftpsSpin", "implicitSpin"})
            child<QSpinBox>(panel(), spin)->setValue(0); // any free port
    }
    void cleanup() { m_desktop.close(); }

    void startSignOnExplainStop()
    {
        QTest::mouseClick(child<QPushButton>(panel(), "startButton"), Qt::LeftButton);
        QVERIFY(panel()->isRunning());
        const QString status = child<QLabel>(panel(), "statusLabel")->text();
        QVERIFY2(status.contains(QStringLiteral("https://127.0.0.1:")), qPrintable(status));
        QVERIFY(!child<QSpinBox>(panel(), "httpsSpin")->isEnabled());

        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-sk"), QStringLiteral("-L"), QStringLiteral("-c"),
                    m_desktop.path(QStringLiteral("jar")), QStringLiteral("-b"),
                    m_desktop.path(QStringLiteral("jar")), QStringLiteral("-d"),
                    QStringLiteral("username=frank"), QStringLiteral("--cert-type"),
                    QStringLiteral("P12"), QStringLiteral("--cert"),
                    QDir(m_desktop.certificates()).filePath(QStringLiteral("frank.p12:demo")),
                    QStringLiteral("https://127.0.0.1:%1/machine.aspx")
                        .arg(panel()->listener()->httpsPort())});
        QTRY_VERIFY_WITH_TIMEOUT(curl.state() == QProcess::NotRunning, 60000);
        QVERIFY(curl.readAllStandardOutput().contains("Signed on as <b>frank</b>"));
        auto *table = child<QTableWidget>(panel(), "attemptsTable");
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("frank"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Frank"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("authenticates (A2)"));
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("200"));
        DemoDesktop::screenshot(m_window, QStringLiteral("listener.png"));

        // Double-click: the same certificate and user in the chain explorer.
        const QRect cell = table->visualItemRect(table->item(0, 0));
        // A double-click as a person makes it: press and release, then the second click.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(m_window->currentPage(), MainWindow::ExplorerPage);
        QCOMPARE(m_window->explorerView()->verdict().certificate.displayName(),
                 QStringLiteral("Frank"));
        QCOMPARE(m_window->explorerView()->verdict().authenticate->condition, Condition::A2);

        m_window->showPage(MainWindow::ListenerPage);
        QTest::mouseClick(child<QPushButton>(panel(), "startButton"), Qt::LeftButton);
        QVERIFY(!panel()->isRunning());
        QCOMPARE(child<QLabel>(panel(), "statusLabel")->text(), QStringLiteral("Stopped."));
    }

    void requireSiteWideIsConfirmedFirst()
    {
        auto *mode = child<QComboBox>(panel(), "siteModeCombo");
        mode->setCurrentIndex(mode->findData(int(SiteMode::RequireSiteWide)));
        QVERIFY(child<QLabel>(panel(), "warningLabel")
                    ->text()
                    .contains(QStringLiteral("administrators")));
        whenModal(QStringLiteral("confirmRequireSiteWide"), [](QWidget *box) {
            QTest::mouseClick(static_cast<QMessageBox *>(box)->button(QMessageBox::No),
                              Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(panel(), "startButton"), Qt::LeftButton);
        QVERIFY(!panel()->isRunning());
    }

    // The sign-on's own result beside the certificate's: a certificate that authenticates
    // and a wrong password is a failed sign-on (530 after PASS), not a green one.
    void ftpsOutcomeAfterThePassword()
    {
        QTest::mouseClick(child<QPushButton>(panel(), "startButton"), Qt::LeftButton);
        QVERIFY(panel()->isRunning());
        auto *table = child<QTableWidget>(panel(), "attemptsTable");
        for (const QString &password : {QStringLiteral("wrong"), QStringLiteral("frank-demo")}) {
            QProcess curl;
            curl.start(
                QStringLiteral("curl"),
                {QStringLiteral("-sk"), QStringLiteral("--ssl-reqd"), QStringLiteral("-u"),
                 QStringLiteral("frank:") + password, QStringLiteral("--cert-type"),
                 QStringLiteral("P12"), QStringLiteral("--cert"),
                 QDir(m_desktop.certificates()).filePath(QStringLiteral("frank.p12:demo")),
                 QStringLiteral("ftp://127.0.0.1:%1/").arg(panel()->listener()->ftpsPort())});
            QTRY_VERIFY_WITH_TIMEOUT(curl.state() == QProcess::NotRunning, 60000);
        }
        QTRY_COMPARE(table->rowCount(), 2);
        // Newest first: the right password, then the wrong one.
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("frank"));
        QVERIFY2(table->item(1, 5)->text().startsWith(QStringLiteral("authenticates")),
                 qPrintable(table->item(1, 5)->text()));
        QCOMPARE(table->item(1, 6)->text(), QStringLiteral("530 Not logged in."));
        QVERIFY(!panel()->events().at(0).signedOn);
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("230 User frank logged in."));
        QVERIFY(panel()->events().at(1).signedOn);
    }

    void chosenPkcs12ServerCertificate()
    {
        const QString file = QDir(m_desktop.certificates()).filePath(QStringLiteral("frank.p12"));
        child<QLineEdit>(panel(), "serverCertificateEdit")->setText(file);
        // A wrong passphrase: told, named, and nothing starts.
        whenModal(QStringLiteral("serverCertificatePassphrase"), [](QWidget *dialog) {
            static_cast<QInputDialog *>(dialog)->setTextValue(QStringLiteral("not-it"));
            static_cast<QInputDialog *>(dialog)->accept();
            whenModal(QStringLiteral("errorMessage"), [](QWidget *box) {
                QVERIFY(
                    static_cast<QMessageBox *>(box)->text().contains(QStringLiteral("frank.p12")));
                static_cast<QMessageBox *>(box)->accept();
            });
        });
        QTest::mouseClick(child<QPushButton>(panel(), "startButton"), Qt::LeftButton);
        QVERIFY(!panel()->isRunning());
        whenModal(QStringLiteral("serverCertificatePassphrase"), [](QWidget *dialog) {
            static_cast<QInputDialog *>(dialog)->setTextValue(QStringLiteral("demo"));
            static_cast<QInputDialog *>(dialog)->accept();
        });
        QTest::mouseClick(child<QPushButton>(panel(), "startButton"), Qt::LeftButton);
        QVERIFY(panel()->isRunning());
        const QString status = child<QLabel>(panel(), "statusLabel")->text();
        QVERIFY2(status.contains(QStringLiteral("CN=Frank")), qPrintable(status));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("s_client"), QStringLiteral("-connect"),
                       QStringLiteral("127.0.0.1:%1").arg(panel()->listener()->httpsPort())});
        openssl.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(openssl.state() == QProcess::NotRunning, 60000);
        QVERIFY(openssl.readAllStandardOutput().contains("CN = Frank"));
        QVERIFY(!child<QLineEdit>(panel(), "serverCertificateEdit")->isEnabled());
        QTest::mouseClick(child<QPushButton>(panel(), "startButton"), Qt::LeftButton);
        child<QLineEdit>(panel(), "serverCertificateEdit")->clear();
    }

    // RULES.md section 5: every page asks for a certificate (browsers: an empty prompt),
    // and non-browser transfers and FTPS sign-ons fail with a reply that names the cause.
    void acceptSiteWideShowsItsTwoSigns()
    {
        auto *mode = child<QComboBox>(panel(), "siteModeCombo");
        mode->setCurrentIndex(mode->findData(int(SiteMode::AcceptSiteWide)));
        QTest::mouseClick(child<QPushButton>(panel(), "startButton"), Qt::LeftButton);
        QVERIFY(panel()->isRunning());
        const QString https =
            QStringLiteral("https://127.0.0.1:%1").arg(panel()->listener()->httpsPort());
        // The listener answers on this thread: wait while its events go on.
        const auto run = [](const QStringList &arguments, bool errors = false) {
            QProcess curl;
            curl.start(QStringLiteral("curl"), arguments);
            QElapsedTimer clock;
            clock.start();
            while (curl.state() != QProcess::NotRunning && clock.elapsed() < 60000)
                QTest::qWait(20);
            return errors ? curl.readAllStandardError() : curl.readAllStandardOutput();
        };
        QVERIFY(run({QStringLiteral("-sk"), https + QStringLiteral("/")}).contains("Sign on"));
        const QByteArray transfer =
            run({QStringLiteral("-sk"), QStringLiteral("-w"), QStringLiteral("%{http_code}"),
                 QStringLiteral("-d"), QStringLiteral("username=paula&password=paula-demo"),
                 https + QStringLiteral("/machine.aspx")});
        QVERIFY2(transfer.endsWith("502") && transfer.contains("site-wide Accept"),
                 transfer.constData());
        const QByteArray dialogue =
            run({QStringLiteral("-sk"), QStringLiteral("--ssl-reqd"), QStringLiteral("-u"),
                 QStringLiteral("paula:paula-demo"), QStringLiteral("-v"),
                 QStringLiteral("ftp://127.0.0.1:%1/").arg(panel()->listener()->ftpsPort())},
                true);
        QVERIFY2(dialogue.contains("< 530 Not logged in: the FTP service cannot reach the web "
                                   "site's machine interface"),
                 dialogue.constData());

        auto *table = child<QTableWidget>(panel(), "attemptsTable");
        QTRY_COMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("FTPS"));
        QVERIFY(table->item(0, 6)->text().startsWith(QStringLiteral("530 ")));
        QVERIFY(table->item(1, 6)->text().startsWith(QStringLiteral("502 ")));
        const QString signs = child<QLabel>(panel(), "signsLabel")->text();
        QVERIFY2(signs.contains(QStringLiteral("empty certificate prompt): 1")), qPrintable(signs));
        QVERIFY2(signs.contains(QStringLiteral("refused: 2")), qPrintable(signs));
        DemoDesktop::screenshot(m_window, QStringLiteral("listener-accept-site-wide.png"));
        QTest::mouseClick(child<QPushButton>(panel(), "startButton"), Qt::LeftButton);
        mode->setCurrentIndex(mode->findData(int(SiteMode::AcceptOnGateways)));
        QVERIFY(child<QLabel>(panel(), "signsLabel")->isHidden());
    }
};

QTEST_MAIN(TestListenerPanel)
#include "TestListenerPanel.moc"
