// The chain explorer and the matrix, driven through the real widgets on the demo store's
// training scenarios: verdict texts, node badges, what-if toggles (marked, not saved) and
// Apply (saved, audited), another evaluation time, sharing as text and PNG, opening from
// the holding tank, and the matrix's three groups.
#include "app/MainWindow.h"
#include "certificates/CertificateListView.h"
#include "demo/DemoStore.h"
#include "engine/TrustEngine.h"
#include "explorer/CertificateMatrixView.h"
#include "explorer/ChainDiagram.h"
#include "explorer/ChainExplorerView.h"
#include "explorer/VerdictPresenter.h"
#include "services/AttemptService.h"
#include "services/TrustSnapshotLoader.h"
#include "support/DemoDesktop.h"
#include "support/WidgetDriver.h"
#include "users/UserProfileView.h"
#include "x509/CertificateBuilder.h"
#include "x509/CertificateLoader.h"

#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolTip>
#include <QUrl>

using namespace trustdesk;
using namespace trustdesk::test;

class TestChainExplorer : public QObject
{
    Q_OBJECT

    DemoDesktop m_desktop;
    MainWindow *m_window = nullptr;

    QString certificates() const { return m_desktop.certificates(); }
    Store &store() { return m_window->workspace().store(); }
    qint64 org() { return m_window->workspace().organisationId(); }
    ChainExplorerView *explorer() { return m_window->explorerView(); }

    int scenarioIndex(const QString &file)
    {
        const QList<DemoScenario> &all = explorer()->scenarios();
        for (int i = 0; i < all.size(); ++i)
            if (QFileInfo(all.at(i).file).fileName() == file)
                return i;
        return -1;
    }

    const ChainNode *node(const QString &title)
    {
        for (const ChainNode &n : explorer()->diagram()->nodes())
            if (n.title == title)
                return &n;
        return nullptr;
    }

    QListWidgetItem *toggle(const QString &startsWith)
    {
        auto *list = child<QListWidget>(explorer(), "whatIfList");
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->text().startsWith(startsWith))
                return list->item(row);
        return nullptr;
    }

    QString verdictText() { return child<QTextBrowser>(explorer(), "verdictText")->toPlainText(); }

private slots:
    void initTestCase() { QVERIFY(m_desktop.prepare()); }

    void init()
    {
        QVERIFY(m_desktop.open());
        m_window = &m_desktop.window();
        m_window->showPage(MainWindow::ExplorerPage);
    }

    void cleanup() { m_desktop.close(); }

    void trainingScenariosAreFoundBesideTheStore()
    {
        QVERIFY(explorer()->scenarios().size() >= 9);
        auto *combo = child<QComboBox>(explorer(), "scenarioCombo");
        QVERIFY(combo->isEnabled());
        QCOMPARE(combo->count(), explorer()->scenarios().size() + 1);
        // Each scenario opens in one click and shows what its caption promises.
        for (int i = 0; i < explorer()->scenarios().size(); ++i) {
            const DemoScenario scenario = explorer()->scenarios().at(i);
            explorer()->openScenario(i);
            if (scenario.isIisMapping()) {
                // No user: the organisation's mappings identify the certificate.
                QVERIFY2(explorer()->explanationText().contains(
                             QStringLiteral("(IIS %1,").arg(scenario.iisStatus)),
                         qPrintable(scenario.file + explorer()->explanationText()));
                continue;
            }
            const int group = VerdictPresenter::group(explorer()->verdict());
            const int expected = scenario.expectation == QLatin1String("authenticates")   ? 2
                                 : scenario.expectation == QLatin1String("connects only") ? 1
                                                                                          : 0;
            QVERIFY2(group == expected, qPrintable(scenario.file));
            QVERIFY(child<QLabel>(explorer(), "sourceLabel")
                        ->text()
                        .contains(scenario.caption.left(20).toHtmlEscaped()));
        }
    }

    void connectsAndAuthenticates()
    {
        explorer()->openScenario(scenarioIndex(QStringLiteral("frank.pem")));
        QVERIFY(
            verdictText().contains(QStringLiteral("Connects and authenticates 'frank' (C2, A2)")));
        QVERIFY(verdictText().contains(QStringLiteral("CONNECT: yes, by C2")));
        QVERIFY(verdictText().contains(QStringLiteral("AUTHENTICATE 'frank': yes, by A2")));
        const ChainNode *toot = node(QStringLiteral("Toot"));
        const ChainNode *chug = node(QStringLiteral("Chug and Ring"));
        const ChainNode *frank = node(QStringLiteral("Frank"));
        QVERIFY(toot && chug && frank);
        QVERIFY(toot->badges.contains(QStringLiteral("✔ installed")));
        QVERIFY(chug->badges.contains(QStringLiteral("★ approved")));
        QVERIFY(chug->badges.contains(QStringLiteral("⇡ from the client")));
        QVERIFY(frank->badges.contains(QStringLiteral("leaf")));
        QCOMPARE(frank->edgeToParent, QStringLiteral("✔ signature verifies"));
        QVERIFY(toot->row < chug->row && chug->row < frank->row); // anchor on top
        DemoDesktop::screenshot(m_window, QStringLiteral("explorer-authenticates.png"));

        // Share: the same explanation as the CLI prints, and a picture of it.
        const QString text = explorer()->explanationText();
        QVERIFY(text.contains(QStringLiteral("AUTHENTICATE")));
        QVERIFY(text.contains(QStringLiteral("A2")));
        QTest::mouseClick(child<QPushButton>(explorer(), "copyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
        const QImage image = explorer()->explanationImage();
        QVERIFY(image.width() > explorer()->diagram()->sizeHint().width());
        QVERIFY(image.height() >= explorer()->diagram()->sizeHint().height());
    }

    void connectsButDoesNotAuthenticate_thenWhatIfAndApply()
    {
        explorer()->setUser(QStringLiteral("rich"));
        QVERIFY(explorer()->openFile(
            QDir(certificates()).filePath(QStringLiteral("rich-sidedoor.pem"))));
        QVERIFY(verdictText().contains(
            QStringLiteral("Connects (C2) but does not authenticate 'rich'")));
        QVERIFY(verdictText().contains(QStringLiteral("is not on the approved CA list")));
        QVERIFY(verdictText().contains(QStringLiteral("An attempt would add")));
        DemoDesktop::screenshot(m_window, QStringLiteral("explorer-connects-only.png"));

        // What if the side-door CA were approved? A3 (Match CN is on), marked, not saved.
        const int approvedBefore = int(store().approvedCas(org()).list().size());
        QListWidgetItem *approve = toggle(QStringLiteral("Approve 'Side Door CA'"));
        QVERIFY(approve);
        approve->setCheckState(Qt::Checked);
        QVERIFY(approve->text().contains(QStringLiteral("not saved")));
        QVERIFY(approve->font().bold());
        QCOMPARE(explorer()->verdict().authenticate->condition, Condition::A3);
        QVERIFY(explorer()->savedVerdict());
        QVERIFY(!explorer()->savedVerdict()->authenticate->ok);
        QVERIFY(verdictText().contains(QStringLiteral("As saved: Connects (C2) but does not")));
        QVERIFY(
            child<QLabel>(explorer(), "changesLabel")->text().contains(QStringLiteral("1 change")));
        QCOMPARE(int(store().approvedCas(org()).list().size()),
                 approvedBefore); // nothing saved yet

        // And Match CN off as well: then nothing authenticates again.
        QListWidgetItem *matchCn = toggle(QStringLiteral("Match CN"));
        matchCn->setCheckState(Qt::Unchecked);
        QVERIFY(!explorer()->verdict().authenticate->ok);
        matchCn->setCheckState(Qt::Checked);
        QVERIFY(explorer()->verdict().authenticate->ok);

        // Apply: a confirmation listing the change, then saved through the store and audited.
        QString listed;
        whenModal(QStringLiteral("confirmApply"), [&](QWidget *box) {
            listed = static_cast<QMessageBox *>(box)->informativeText();
            QTest::mouseClick(static_cast<QMessageBox *>(box)->button(QMessageBox::Apply),
                              Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(explorer(), "applyButton"), Qt::LeftButton);
        QVERIFY(listed.contains(QStringLiteral("Approve 'Side Door CA'")));
        QCOMPARE(int(store().approvedCas(org()).list().size()), approvedBefore + 1);
        QStringList actions;
        for (const AuditEntry &entry : store().auditLog().list())
            actions << entry.action;
        QVERIFY(actions.contains(QStringLiteral("ca.approve")));
        QTRY_VERIFY(child<QLabel>(explorer(), "changesLabel")->text() ==
                    QStringLiteral("As saved."));
        QVERIFY(explorer()->verdict().authenticate->ok);
        QVERIFY(!explorer()->savedVerdict());
    }

    void fixes_areListed_andOneClickTurnsAFixIntoWhatIfToggles()
    {
        explorer()->setUser(QStringLiteral("rich"));
        QVERIFY(explorer()->openFile(
            QDir(certificates()).filePath(QStringLiteral("rich-sidedoor.pem"))));
        QVERIFY(verdictText().contains(QStringLiteral("TO FIX")));
        const Verdict &v = explorer()->verdict();
        QVERIFY(v.fixes && !v.fixes->isEmpty());
        int approveFix = -1;
        for (int i = 0; i < v.fixes->size(); ++i)
            if (v.fixes->at(i).changes.first().kind == FixChange::Kind::Approve)
                approveFix = i;
        QVERIFY(approveFix >= 0);
        QVERIFY2(verdictText().contains(QRegularExpression(QStringLiteral(
                     "Approve 'Side Door CA' \\([0-9A-F]{4} [0-9A-F]{4}…\\) as a CA of the "
                     "organisation → connects and authenticates \\(A3\\)"))),
                 qPrintable(verdictText()));
        DemoDesktop::screenshot(m_window, QStringLiteral("explorer-fixes.png"));
        // The link in the verdict, as a click on "Try it" sends it.
        const int approvedBefore = int(store().approvedCas(org()).list().size());
        emit child<QTextBrowser>(explorer(), "verdictText")
            ->anchorClicked(QUrl(QStringLiteral("fix:%1").arg(approveFix)));
        QListWidgetItem *approve = toggle(QStringLiteral("• Approve 'Side Door CA'"));
        QVERIFY(approve);
        QCOMPARE(approve->checkState(), Qt::Checked);
        QVERIFY(approve->font().bold());
        QCOMPARE(explorer()->verdict().authenticate->condition, Condition::A3);
        QVERIFY(
            child<QLabel>(explorer(), "changesLabel")->text().contains(QStringLiteral("1 change")));
        QCOMPARE(int(store().approvedCas(org()).list().size()), approvedBefore);
        // Nothing left to fix in the what-if state.
        QVERIFY(explorer()->verdict().fixes->isEmpty());
        QVERIFY(!explorer()->tryFix(99));
    }

    void fixes_aCertificateFromTheHoldingTankJoinsThePicture()
    {
        // Vera's CA is approved but not installed; the fix installs it.
        explorer()->setUser(QStringLiteral("vera"));
        QVERIFY(explorer()->openFile(QDir(certificates()).filePath(QStringLiteral("vera.pem"))));
        QVERIFY(!explorer()->verdict().connect.ok);
        QVERIFY(explorer()->tryFix(0));
        QVERIFY(explorer()->verdict().connect.ok);
        QVERIFY(explorer()->verdict().authenticate->ok);
        QVERIFY(toggle(QStringLiteral("• Install")));
    }

    void cannotConnect_signerIsNotACa()
    {
        explorer()->openScenario(scenarioIndex(QStringLiteral("mallory.pem")));
        QVERIFY(verdictText().contains(QStringLiteral("Cannot connect")));
        QVERIFY(verdictText().contains(QStringLiteral("'Frank' is not a CA but signed 'Mallory'")));
        const ChainNode *frank = node(QStringLiteral("Frank"));
        QVERIFY(frank);
        QVERIFY(frank->badges.contains(QStringLiteral("✖ not a CA")));
        QVERIFY(!frank->ok);
        DemoDesktop::screenshot(m_window, QStringLiteral("explorer-not-a-ca.png"));
    }

    void rejectedSameNameCandidate_andClickForDetails()
    {
        // An impostor 'Chug and Ring' (same name, another key) is installed; Frank's leaf
        // comes alone. The engine finds the impostor and rejects it: the diagram shows it.
        const PrivateKey impostorKey = PrivateKey::generate(KeyType::EcP256);
        const Certificate impostor = CertificateBuilder()
                                         .commonName(QStringLiteral("Chug and Ring"))
                                         .validity(QDateTime::currentDateTimeUtc().addDays(-1),
                                                   QDateTime::currentDateTimeUtc().addYears(5))
                                         .certificateAuthority()
                                         .selfSign(impostorKey);
        store().rootStore().add({impostor});
        m_window->workspace().changed(Workspace::Roots);
        const Certificate frank =
            CertificateLoader::loadFile(QDir(certificates()).filePath(QStringLiteral("frank.pem")))
                .certificates.first();
        m_window->explain({frank}, QStringLiteral("leaf only"), QStringLiteral("frank"));
        QVERIFY(!explorer()->verdict().connect.ok);
        const ChainNode *rejected = nullptr;
        for (const ChainNode &n : explorer()->diagram()->nodes())
            if (n.kind == ChainNode::Kind::Rejected)
                rejected = &n;
        QVERIFY(rejected);
        QCOMPARE(rejected->title, QStringLiteral("Chug and Ring"));
        QVERIFY(rejected->badges.contains(QStringLiteral("✖ rejected")));
        QVERIFY(!rejected->problems.isEmpty());
        QVERIFY(verdictText().contains(QStringLiteral("signature")));
        DemoDesktop::screenshot(m_window, QStringLiteral("explorer-rejected.png"));

        // Clicking a node shows that certificate's details.
        QString shown;
        whenModal(QStringLiteral("CertificateDetailsDialog"), [&](QWidget *dialog) {
            shown = dialog->windowTitle();
            static_cast<QDialog *>(dialog)->reject();
        });
        QTest::qWait(50);
        QTest::mouseClick(explorer()->diagram(), Qt::LeftButton, {}, rejected->rect.center());
        QTRY_VERIFY(!shown.isEmpty());
    }

    void grabThroughTheApplication()
    {
        const QString png = m_desktop.path(QStringLiteral("explorer.png"));
        QProcess app;
        app.start(QStringLiteral(TRUSTDESK_APP_PATH),
                  {QStringLiteral("--db"), m_desktop.storePath(), QStringLiteral("--show"),
                   QStringLiteral("explorer:%1@frank")
                       .arg(QDir(certificates()).filePath(QStringLiteral("mallory.pem"))),
                   QStringLiteral("--grab"), png});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        QCOMPARE(QImage(png).size(), QSize(1200, 760));
        const QString matrix = m_desktop.path(QStringLiteral("matrix.png"));
        app.start(QStringLiteral(TRUSTDESK_APP_PATH),
                  {QStringLiteral("--db"), m_desktop.storePath(), QStringLiteral("--show"),
                   QStringLiteral("matrix:%1").arg(certificates()), QStringLiteral("--grab"),
                   matrix});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(!QImage(matrix).isNull());
        const QString wizard = m_desktop.path(QStringLiteral("wizard.png"));
        app.start(QStringLiteral(TRUSTDESK_APP_PATH),
                  {QStringLiteral("--db"), m_desktop.storePath(), QStringLiteral("--show"),
                   QStringLiteral("wizard"), QStringLiteral("--grab"), wizard});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QImage page(wizard);
        QVERIFY(!page.isNull() && page.width() < 1200); // the wizard, not the window
        app.start(QStringLiteral(TRUSTDESK_APP_PATH),
                  {QStringLiteral("--db"), m_desktop.storePath(), QStringLiteral("--show"),
                   QStringLiteral("explorer:/no/such.pem"), QStringLiteral("--grab"),
                   m_desktop.path(QStringLiteral("none.png"))});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 2);
    }

    void missingIssuerAndUninstalledRoot()
    {
        // Vera's CA is approved but not installed: the root ends in the air.
        explorer()->openScenario(scenarioIndex(QStringLiteral("vera.pem")));
        QVERIFY(!explorer()->verdict().connect.ok);
        // What if it were installed? Then it connects.
        QListWidgetItem *install = toggle(QStringLiteral("Install 'Verisign-like'"));
        QVERIFY(install);
        install->setCheckState(Qt::Checked);
        QVERIFY(explorer()->verdict().connect.ok);
        QTest::mouseClick(child<QPushButton>(explorer(), "resetButton"), Qt::LeftButton);
        QVERIFY(!explorer()->verdict().connect.ok);
        QCOMPARE(toggle(QStringLiteral("Install 'Verisign-like'"))->checkState(), Qt::Unchecked);
    }

    void evaluateAtAnotherDate()
    {
        explorer()->openScenario(scenarioIndex(QStringLiteral("frank.pem")));
        QVERIFY(explorer()->verdict().connect.ok);
        auto *at = child<QDateTimeEdit>(explorer(), "atEdit");
        at->setDateTime(QDateTime::currentDateTime().addYears(5)); // after Frank expires
        QVERIFY(!explorer()->verdict().connect.ok);
        QVERIFY(verdictText().contains(QStringLiteral("expired")));
        QVERIFY(explorer()->savedVerdict() && explorer()->savedVerdict()->connect.ok);
        bool expiredBadge = false;
        for (const ChainNode &n : explorer()->diagram()->nodes())
            expiredBadge = expiredBadge || n.badges.contains(QStringLiteral("⚠ expired"));
        QVERIFY(expiredBadge);
        QTest::mouseClick(child<QPushButton>(explorer(), "nowButton"), Qt::LeftButton);
        QVERIFY(explorer()->verdict().connect.ok);
    }

    void openFromTheProfilesHoldingTank()
    {
        const QList<Certificate> chain =
            CertificateLoader::loadFile(QDir(certificates()).filePath(QStringLiteral("lucy.pem")))
                .certificates;
        const auto user = store().users().find(org(), QStringLiteral("moveitfreelydemo"));
        const Verdict verdict = TrustEngine::evaluate(chain, &*user, Interface::Ftps,
                                                      *TrustSnapshotLoader::load(store(), org()),
                                                      QDateTime::currentDateTimeUtc());
        AttemptContext context;
        context.interface = Interface::Ftps;
        context.at = QDateTime::currentDateTimeUtc();
        AttemptService(store(), org()).record(verdict, &*user, context);
        m_window->openUser(QStringLiteral("moveitfreelydemo"));
        auto *tank = child<QTableWidget>(m_window->profileView(), "tankTable");
        QTRY_COMPARE(tank->rowCount(), 2);
        tank->selectRow(0);
        QTest::mouseClick(child<QPushButton>(m_window->profileView(), "explainButton"),
                          Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), MainWindow::ExplorerPage);
        QCOMPARE(child<QLineEdit>(explorer(), "userEdit")->text(),
                 QStringLiteral("moveitfreelydemo"));
        QCOMPARE(explorer()->verdict().certificate.displayName(), QStringLiteral("Lucy"));
        QCOMPARE(explorer()->verdict().interface, Interface::Ftps);
        QVERIFY(explorer()->verdict().connect.ok);
        QVERIFY(!explorer()->verdict().authenticate->ok);
        // Accepting the CN here, as a what-if, is the fix the walk-through makes.
        toggle(QStringLiteral("Accept the CN 'Lucy'"))->setCheckState(Qt::Checked);
        QVERIFY(explorer()->verdict().authenticate->ok);
    }

    void openFromTheRootStore()
    {
        m_window->showPage(MainWindow::RootsPage);
        auto *table = child<QTableView>(m_window->rootsView(), "certificatesTable");
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->selectRow(0);
        const QString shown = table->model()->index(0, 0).data().toString();
        QTest::mouseClick(child<QPushButton>(m_window->rootsView(), "explainButton"),
                          Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), MainWindow::ExplorerPage);
        QVERIFY(explorer()->hasCertificate());
        QVERIFY(explorer()->verdict().connect.ok); // installed: C1
        QCOMPARE(explorer()->verdict().connect.condition, Condition::C1);
        QVERIFY2(shown.contains(explorer()->verdict().certificate.displayName()),
                 qPrintable(shown));
    }

    void matrixSortsIntoThreeGroups()
    {
        m_window->matrixView()->setUser(QString());
        m_window->matrixView()->setFolder(certificates());
        m_window->showPage(MainWindow::MatrixPage);
        QHash<QString, MatrixRow> byFile;
        for (const MatrixRow &row : m_window->matrixView()->rows())
            byFile.insert(QFileInfo(row.file).fileName(), row);
        QCOMPARE(byFile.value(QStringLiteral("frank.pem")).group, 2);
        QCOMPARE(byFile.value(QStringLiteral("frank.pem")).user, QStringLiteral("frank"));
        QCOMPARE(byFile.value(QStringLiteral("rich-laptop.pem")).group, 2);
        QCOMPARE(byFile.value(QStringLiteral("rich-sidedoor.pem")).group, 1);
        QCOMPARE(byFile.value(QStringLiteral("mallory.pem")).group, 0);
        QVERIFY(byFile.value(QStringLiteral("mallory.pem"))
                    .reason.contains(QStringLiteral("not a CA")));
        QCOMPARE(byFile.value(QStringLiteral("vera.pem")).group, 0);
        int groups[3] = {0, 0, 0};
        for (const MatrixRow &row : m_window->matrixView()->rows())
            if (row.group >= 0)
                ++groups[row.group];
        QVERIFY(groups[0] >= 3 && groups[1] >= 3 && groups[2] >= 3);
        DemoDesktop::screenshot(m_window, QStringLiteral("matrix.png"));

        // Against one user: frank's certificate for rich connects but does not authenticate.
        m_window->matrixView()->setUser(QStringLiteral("rich"));
        for (const MatrixRow &row : m_window->matrixView()->rows())
            if (QFileInfo(row.file).fileName() == QLatin1String("frank.pem"))
                QCOMPARE(row.group, 1);
    }

    // What a new user tripped over, each driven through the widgets.
    void walkthrough_pastedPemThatFailsComesBackWithItsText()
    {
        const QString garbage = QStringLiteral("-----BEGIN CERTIFICATE-----\nnot base64\n");
        QString secondText, secondLabel;
        whenModal(QStringLiteral("pastePem"), [&](QWidget *first) {
            auto *ask = static_cast<QInputDialog *>(first);
            ask->setTextValue(garbage);
            whenModal(QStringLiteral("pastePem"), [&](QWidget *again) {
                secondText = static_cast<QInputDialog *>(again)->textValue();
                secondLabel = static_cast<QInputDialog *>(again)->labelText();
                static_cast<QInputDialog *>(again)->reject();
            });
            ask->accept();
        });
        QTest::mouseClick(child<QPushButton>(explorer(), "pasteButton"), Qt::LeftButton);
        QCOMPARE(secondText, garbage);
        QVERIFY2(secondLabel.contains(QStringLiteral("pasted text")), qPrintable(secondLabel));
    }

    void walkthrough_pendingWhatIfIsNotDroppedWithoutAsking()
    {
        explorer()->openScenario(scenarioIndex(QStringLiteral("vera.pem")));
        toggle(QStringLiteral("Install 'Verisign-like'"))->setCheckState(Qt::Checked);
        QString asked;
        whenModal(QStringLiteral("confirmDiscardWhatIf"), [&](QWidget *box) {
            asked = static_cast<QMessageBox *>(box)->text();
            QTest::mouseClick(static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel),
                              Qt::LeftButton);
        });
        explorer()->openScenario(scenarioIndex(QStringLiteral("frank.pem")));
        QVERIFY2(asked.contains(QStringLiteral("1 what-if change")), qPrintable(asked));
        // Kept: still Vera's certificate, the toggle still on.
        QCOMPARE(explorer()->verdict().certificate.displayName(), QStringLiteral("Vera"));
        QVERIFY(explorer()->verdict().connect.ok); // evaluated with the install still on
        QVERIFY(
            child<QLabel>(explorer(), "changesLabel")->text().contains(QStringLiteral("1 change")));
    }

    void walkthrough_successShowsAlternativesAsNotNeeded()
    {
        explorer()->openScenario(scenarioIndex(QStringLiteral("frank.pem")));
        // Table cells that do not wrap hold no-break spaces.
        const QString text = child<QTextBrowser>(explorer(), "verdictText")
                                 ->toPlainText()
                                 .replace(QChar(0xa0), QLatin1Char(' '));
        QVERIFY2(text.contains(QStringLiteral("– not needed")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("✖ fail")), qPrintable(text));
    }

    void walkthrough_userIsCompletedAndTheVerdictFollowsTheTyping()
    {
        explorer()->openScenario(scenarioIndex(QStringLiteral("frank.pem")));
        auto *user = child<QLineEdit>(explorer(), "userEdit");
        user->clear();
        user->setFocus();
        QTest::keyClicks(user, QStringLiteral("ric"));
        // While typing, the verdict for the old name is greyed, not shown as current.
        QVERIFY(!child<QTextBrowser>(explorer(), "verdictText")->isEnabled());
        QStringList offered;
        auto *completions = qobject_cast<QStringListModel *>(user->completer()->model());
        QVERIFY(completions);
        offered = completions->stringList();
        QVERIFY2(offered.contains(QStringLiteral("rich")), qPrintable(offered.join(',')));
        QTRY_VERIFY(child<QTextBrowser>(explorer(), "verdictText")->isEnabled());
        QTest::keyClicks(user, QStringLiteral("h"));
        QTRY_COMPARE(explorer()->verdict().authenticate->user, QStringLiteral("rich"));
    }

    void walkthrough_aNewlyOpenedCertificateStartsWithNoUser()
    {
        explorer()->setUser(QStringLiteral("rich"));
        QVERIFY(explorer()->openFile(QDir(certificates()).filePath(QStringLiteral("frank.pem"))));
        // Opened as a person does it, pasted: nobody is chosen for it yet.
        QFile gus(QDir(certificates()).filePath(QStringLiteral("gus.pem")));
        QVERIFY(gus.open(QIODevice::ReadOnly));
        const QString pem = QString::fromLatin1(gus.readAll());
        whenModal(QStringLiteral("pastePem"), [&](QWidget *dialog) {
            static_cast<QInputDialog *>(dialog)->setTextValue(pem);
            static_cast<QInputDialog *>(dialog)->accept();
        });
        QTest::mouseClick(child<QPushButton>(explorer(), "pasteButton"), Qt::LeftButton);
        QTRY_COMPARE(explorer()->verdict().certificate.displayName(), QStringLiteral("G. Gus"));
        QCOMPARE(child<QLineEdit>(explorer(), "userEdit")->text(), QString());
        QVERIFY(!explorer()->verdict().authenticate);
    }

    void walkthrough_notApprovedCaIsNotAllGreen_andBoxesHaveTooltips()
    {
        explorer()->setUser(QStringLiteral("rich"));
        QVERIFY(explorer()->openFile(
            QDir(certificates()).filePath(QStringLiteral("rich-sidedoor.pem"))));
        QVERIFY(explorer()->verdict().connect.ok);
        const ChainNode *sideDoor = node(QStringLiteral("Side Door CA"));
        QVERIFY(sideDoor);
        QVERIFY(sideDoor->warn);
        QVERIFY(sideDoor->badges.contains(QStringLiteral("☆ not approved")));
        // The whole of a box as its tooltip.
        ChainDiagram *diagram = explorer()->diagram();
        QHelpEvent help(QEvent::ToolTip, sideDoor->rect.center(),
                        diagram->mapToGlobal(sideDoor->rect.center()));
        QApplication::sendEvent(diagram, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("not approved")),
                 qPrintable(QToolTip::text()));
        // An issuer that is simply nowhere (no same-name candidate failed): "not installed",
        // not "not found with the right key".
        Verdict nowhere;
        nowhere.certificate = explorer()->verdict().certificate;
        ChainElement leaf;
        leaf.certificate = nowhere.certificate;
        nowhere.connect.chain = {leaf};
        const QList<ChainNode> nodes = ChainDiagram::nodesFor(nowhere, Certificate());
        QCOMPARE(nodes.first().kind, ChainNode::Kind::Missing);
        QVERIFY2(nodes.first().validity.contains(QStringLiteral("not installed")),
                 qPrintable(nodes.first().validity));
    }

    void walkthrough_matrixEvaluatesTheFolderAsTyped()
    {
        m_window->showPage(MainWindow::MatrixPage);
        auto *folder = child<QLineEdit>(m_window->matrixView(), "folderEdit");
        folder->clear();
        QTest::keyClicks(folder, certificates());
        QTest::mouseClick(child<QPushButton>(m_window->matrixView(), "refreshButton"),
                          Qt::LeftButton);
        QVERIFY(m_window->matrixView()->rows().size() > 5);
        folder->clear();
        QTest::keyClicks(folder, QStringLiteral("/no/such/folder"));
        QTest::mouseClick(child<QPushButton>(m_window->matrixView(), "refreshButton"),
                          Qt::LeftButton);
        QVERIFY(child<QLabel>(m_window->matrixView(), "summaryLabel")
                    ->text()
                    .contains(QStringLiteral("does not exist")));
    }

    void walkthrough_approvingACaWarnsAndDefaultsToCancel()
    {
        explorer()->setUser(QStringLiteral("rich"));
        QVERIFY(explorer()->openFile(
            QDir(certificates()).filePath(QStringLiteral("rich-sidedoor.pem"))));
        toggle(QStringLiteral("Approve 'Side Door CA'"))->setCheckState(Qt::Checked);
        QString warning;
        bool cancelDefault = false;
        whenModal(QStringLiteral("confirmApply"), [&](QWidget *widget) {
            auto *box = static_cast<QMessageBox *>(widget);
            warning = box->informativeText();
            cancelDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
            QTest::keyClick(box, Qt::Key_Return);
        });
        const int before = int(store().approvedCas(org()).list().size());
        QTest::mouseClick(child<QPushButton>(explorer(), "applyButton"), Qt::LeftButton);
        QVERIFY(cancelDefault);
        QVERIFY2(warning.contains(QStringLiteral("collide")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("approved CAs")), qPrintable(warning));
        QCOMPARE(int(store().approvedCas(org()).list().size()), before); // Enter saved nothing
    }

    void showViewSpecs()
    {
        const QString frank = QDir(certificates()).filePath(QStringLiteral("frank.pem"));
        QCOMPARE(m_window->showView(QStringLiteral("explorer:%1@frank").arg(frank)), QString());
        QCOMPARE(explorer()->verdict().authenticate->user, QStringLiteral("frank"));
        QVERIFY(m_window->showView(QStringLiteral("explorer:%1@nobody").arg(frank))
                    .contains(QStringLiteral("nobody")));
        QVERIFY(!m_window->showView(QStringLiteral("explorer:/no/such/file.pem")).isEmpty());
        QCOMPARE(m_window->showView(QStringLiteral("matrix:%1").arg(certificates())), QString());
        QCOMPARE(m_window->currentPage(), MainWindow::MatrixPage);
        QVERIFY(!m_window->showView(QStringLiteral("matrix:/no/such/folder")).isEmpty());
    }

    void garbageFileIsRefusedAndChangesNothing()
    {
        explorer()->openScenario(scenarioIndex(QStringLiteral("frank.pem")));
        const QString garbage = m_desktop.path(QStringLiteral("garbage.pem"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\nAAAA!!\n-----END CERTIFICATE-----\n");
        file.close();
        QString message;
        whenModal(QStringLiteral("errorMessage"), [&](QWidget *box) {
            message = static_cast<QMessageBox *>(box)->text();
            static_cast<QMessageBox *>(box)->accept();
        });
        QVERIFY(!explorer()->openFile(garbage));
        QVERIFY(message.contains(QStringLiteral("garbage.pem")));
        QCOMPARE(explorer()->verdict().certificate.displayName(), QStringLiteral("Frank"));
    }
};

QTEST_MAIN(TestChainExplorer)
#include "TestChainExplorer.moc"
