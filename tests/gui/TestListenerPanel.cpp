// The test listener's panel, driven through its widgets: start on free ports, a real curl
// sign-on shows up live, a double-click opens it in the chain explorer, the require
// site-wide warning can be declined, and stop.
#include "app/MainWindow.h"
#include "explorer/ChainExplorerView.h"
#include "listener/ListenerView.h"
#include "support/DemoDesktop.h"
#include "support/WidgetDriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
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
};

QTEST_MAIN(TestListenerPanel)
#include "TestListenerPanel.moc"
