// The Certificate mappings view, driven through its real widgets offscreen: a web.config
// imported (users created on Yes), a broken one checked (every problem in the list, naming
// its mapping) and refused on import with nothing changed, a many-to-one mapping added and
// edited in the rule editor, reordering within its kind, enabling and disabling, removal,
// export read back, and the chain explorer identifying a certificate with no user.
#include "app/MainWindow.h"
#include "explorer/ChainExplorerView.h"
#include "mappings/CertificateMappingsModel.h"
#include "mappings/CertificateMappingsView.h"
#include "services/MappingService.h"
#include "store/MappingRepository.h"
#include "store/Store.h"
#include "support/DemoDesktop.h"
#include "support/WidgetDriver.h"
#include "x509/CertificateLoader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

QString iisData(const QString &name)
{
    return QStringLiteral(TRUSTDESK_IIS_DATA "/") + name;
}

} // namespace

class TestCertificateMappingsView : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    Store &store() { return m_window->workspace().store(); }
    qint64 org() { return m_window->workspace().organisationId(); }
    CertificateMappingsView *view() { return m_window->mappingsView(); }
    QStringList order()
    {
        QStringList out;
        for (const CertificateMapping &m : store().mappings().list(org()))
            out << m.label() + (m.enabled ? QString() : QStringLiteral(" (off)"));
        return out;
    }
    QString auditActions()
    {
        QStringList out;
        for (const AuditEntry &e : store().auditLog().list())
            if (e.action.startsWith(QStringLiteral("mapping.")))
                out << e.action;
        return out.join(QLatin1Char(','));
    }
    void importTheGoodFile()
    {
        whenModal(QStringLiteral("importNotes"), [](QWidget *box) {
            box->close(); // the note on passwords and created users
        });
        QVERIFY(view()->importFile(iisData(QStringLiteral("web.config")), true));
        QCOMPARE(store().mappings().list(org()).size(), 3);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("TrustDeskTests"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString path = m_dir->filePath(QStringLiteral("trustdesk.db"));
        {
            auto seed = Store::openSqlite(path);
            const OrganisationSettings created =
                seed->organisations().create(QStringLiteral("Contoso"));
            const Certificate ca =
                CertificateLoader::loadFile(iisData(QStringLiteral("contoso-ca.pem")))
                    .certificates.first();
            seed->rootStore().add({ca});
            seed->approvedCas(created.id).add({ca});
        }
        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->openStoreNow(path), QString());
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->showView(QStringLiteral("mappings")).isEmpty());
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void import_createsUsersAndListsInEvaluationOrder()
    {
        importTheGoodFile();
        QCOMPARE(view()->oneToOneModel()->rowCount(), 1);
        QCOMPARE(view()->manyToOneModel()->rowCount(), 2);
        QCOMPARE(view()->manyToOneModel()->index(0, 2).data().toString(),
                 QStringLiteral("Contractors"));
        QCOMPARE(view()->manyToOneModel()->index(1, 4).data().toString(), QStringLiteral("staff"));
        QVERIFY(store().users().find(org(), QStringLiteral("staff")));
        QVERIFY(store().users().find(org(), QStringLiteral("alice")));
        QVERIFY(auditActions().contains(QStringLiteral("mapping.add")));
    }

    void check_listsEveryProblemNamingItsMapping()
    {
        const int problems = view()->checkFile(iisData(QStringLiteral("broken-web.config")));
        QCOMPARE(problems, 4);
        auto *group = child<QGroupBox>(view(), "problemsGroup");
        QVERIFY(group->isVisible());
        const QStringList lines = view()->problemLines();
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 4, qPrintable(all));
        for (const QString &needle :
             {QStringLiteral("'carl'"), QStringLiteral("'frank'"), QStringLiteral("'alice'"),
              QStringLiteral("'bob'"), QStringLiteral("0x80093102"), QStringLiteral("0x8009310B")})
            QVERIFY2(all.contains(needle), qPrintable(needle + QLatin1Char('\n') + all));
        DemoDesktop::screenshot(m_window.get(), QStringLiteral("mappings-check.png"));
        QTest::mouseClick(child<QPushButton>(view(), "closeProblemsButton"), Qt::LeftButton);
        QVERIFY(!group->isVisible());
    }

    void import_ofABrokenFile_changesNothing()
    {
        importTheGoodFile();
        const QStringList before = order();
        QString message;
        whenModal(QStringLiteral("errorMessage"), [&](QWidget *box) {
            message = qobject_cast<QMessageBox *>(box)->text();
            box->close();
        });
        QVERIFY(!view()->importFile(iisData(QStringLiteral("malformed-web.config")), true));
        QVERIFY2(message.contains(QStringLiteral("line 12")), qPrintable(message));
        QCOMPARE(order(), before);
        whenModal(QStringLiteral("errorMessage"), [](QWidget *box) { box->close(); });
        QVERIFY(!view()->importFile(iisData(QStringLiteral("broken-web.config")), true));
        QCOMPARE(order(), before);
        QVERIFY(view()->problemLines().join(QLatin1Char('\n')).contains(QStringLiteral("'carl'")));
    }

    void ruleEditor_addsAManyToOneMapping()
    {
        importTheGoodFile();
        // What the dialog showed, checked once it is closed (a failed check inside would
        // leave the dialog open).
        int rowsAtStart = -1;
        bool caseSensitiveByDefault = false;
        bool stayedOpen = false;
        QString problem;
        whenModal(QStringLiteral("ManyToOneMappingDialog"), [&](QWidget *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Sales"));
            child<QComboBox>(dialog, "userCombo")->setCurrentText(QStringLiteral("alice"));
            auto *rules = child<QTableWidget>(dialog, "rulesTable");
            rowsAtStart = rules->rowCount();
            // Rule 1: Subject OU = sales*, any case (unticking IIS's case-sensitive default).
            qobject_cast<QComboBox *>(rules->cellWidget(0, 1))
                ->setCurrentText(QStringLiteral("OU"));
            QTest::keyClicks(qobject_cast<QLineEdit *>(rules->cellWidget(0, 2)),
                             QStringLiteral("sales*"));
            auto *caseSensitive = qobject_cast<QCheckBox *>(rules->cellWidget(0, 3));
            caseSensitiveByDefault = caseSensitive->isChecked();
            QTest::mouseClick(caseSensitive, Qt::LeftButton, {},
                              QPoint(4, caseSensitive->height() / 2));
            // Rule 2, added with the button and left without a pattern: OK is refused.
            QTest::mouseClick(child<QPushButton>(dialog, "addRuleButton"), Qt::LeftButton);
            clickBox(dialog, QDialogButtonBox::Ok);
            stayedOpen = dialog->isVisible();
            problem = child<QLabel>(dialog, "problemLabel")->text();
            // Rule 2: Issuer CN = Contoso Issuing CA, case-sensitive.
            qobject_cast<QComboBox *>(rules->cellWidget(1, 0))->setCurrentIndex(1);
            qobject_cast<QComboBox *>(rules->cellWidget(1, 1))
                ->setCurrentText(QStringLiteral("CN"));
            QTest::keyClicks(qobject_cast<QLineEdit *>(rules->cellWidget(1, 2)),
                             QStringLiteral("Contoso Issuing CA"));
            clickBox(dialog, QDialogButtonBox::Ok);
            if (dialog->isVisible())
                qobject_cast<QDialog *>(dialog)->reject();
        });
        QTest::mouseClick(child<QPushButton>(view(), "addManyToOneButton"), Qt::LeftButton);
        QCOMPARE(rowsAtStart, 1);
        QVERIFY(caseSensitiveByDefault);
        QVERIFY(stayedOpen);
        QVERIFY2(problem.contains(QStringLiteral("rule 2")), qPrintable(problem));
        const QList<CertificateMapping> all = store().mappings().list(org());
        QCOMPARE(all.size(), 4);
        const CertificateMapping &sales = all.last();
        QCOMPARE(sales.name, QStringLiteral("Sales"));
        QCOMPARE(sales.username, QStringLiteral("alice"));
        QCOMPARE(sales.rules.size(), 2);
        QCOMPARE(sales.rules.at(0).toText(), QStringLiteral("subject.OU~=sales*"));
        QCOMPARE(sales.rules.at(1).toText(), QStringLiteral("issuer.CN=Contoso Issuing CA"));
        QCOMPARE(view()->selectedId(), sales.id);
    }

    void ruleEditor_editsAMappingAndCancelKeepsIt()
    {
        importTheGoodFile();
        const qint64 staff = store().mappings().list(org()).last().id;
        // Cancel first: nothing changes.
        const QStringList before = order();
        whenModal(QStringLiteral("ManyToOneMappingDialog"), [](QWidget *dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral(" (old)"));
            clickBox(dialog, QDialogButtonBox::Cancel);
        });
        view()->selectMapping(staff);
        QTest::mouseClick(child<QPushButton>(view(), "editButton"), Qt::LeftButton);
        QCOMPARE(order(), before);
        // Then a real edit: the first rule's pattern, and the second rule removed.
        int rowsShown = -1;
        QString patternShown;
        whenModal(QStringLiteral("ManyToOneMappingDialog"), [&](QWidget *dialog) {
            auto *rules = child<QTableWidget>(dialog, "rulesTable");
            rowsShown = rules->rowCount();
            auto *pattern = qobject_cast<QLineEdit *>(rules->cellWidget(0, 2));
            patternShown = pattern->text();
            pattern->selectAll();
            QTest::keyClicks(pattern, QStringLiteral("Contoso Ltd"));
            rules->setCurrentCell(1, 2);
            QTest::mouseClick(child<QPushButton>(dialog, "removeRuleButton"), Qt::LeftButton);
            clickBox(dialog, QDialogButtonBox::Ok);
            if (dialog->isVisible())
                qobject_cast<QDialog *>(dialog)->reject();
        });
        view()->selectMapping(staff);
        QTest::mouseClick(child<QPushButton>(view(), "editButton"), Qt::LeftButton);
        QCOMPARE(rowsShown, 2);
        QCOMPARE(patternShown, QStringLiteral("Contoso"));
        const CertificateMapping edited = store().mappings().get(org(), staff);
        QCOMPARE(edited.rules.size(), 1);
        QCOMPARE(edited.rules.first().toText(), QStringLiteral("subject.O=Contoso Ltd"));
        QVERIFY(auditActions().contains(QStringLiteral("mapping.set")));
    }

    void reorderEnableDisableAndRemove()
    {
        importTheGoodFile();
        const QList<CertificateMapping> all = store().mappings().list(org());
        const qint64 staff = all.at(2).id;
        view()->selectMapping(staff);
        auto *up = child<QPushButton>(view(), "moveUpButton");
        auto *down = child<QPushButton>(view(), "moveDownButton");
        QVERIFY(up->isEnabled());
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(store().mappings().list(org()).at(1).id, staff);
        QCOMPARE(view()->manyToOneModel()->index(0, 2).data().toString(),
                 QStringLiteral("Contoso staff"));
        QCOMPARE(view()->selectedId(), staff);
        // The one-to-one mapping stays first: a many-to-one mapping moves only among its kind.
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(store().mappings().list(org()).at(0).kind, CertificateMapping::Kind::OneToOne);
        QTest::mouseClick(down, Qt::LeftButton);
        QCOMPARE(store().mappings().list(org()).at(2).id, staff);

        auto *enable = child<QPushButton>(view(), "enableButton");
        view()->selectMapping(staff);
        QCOMPARE(enable->text().remove(QLatin1Char('&')), QStringLiteral("Disable"));
        QTest::mouseClick(enable, Qt::LeftButton);
        QVERIFY(!store().mappings().get(org(), staff).enabled);
        QCOMPARE(enable->text().remove(QLatin1Char('&')), QStringLiteral("Enable"));
        QTest::mouseClick(enable, Qt::LeftButton);
        QVERIFY(store().mappings().get(org(), staff).enabled);

        const int before = store().mappings().list(org()).size();
        auto *remove = child<QPushButton>(view(), "removeButton");
        whenModal(QStringLiteral("removeQuestion"), [](QWidget *box) {
            QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes),
                              Qt::LeftButton);
        });
        view()->selectMapping(staff);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(store().mappings().list(org()).size(), before - 1);
        const QString actions = auditActions();
        QVERIFY2(actions.contains(QStringLiteral("mapping.move")) &&
                     actions.contains(QStringLiteral("mapping.remove")),
                 qPrintable(actions));
    }

    void export_readsBackToTheSameMappings()
    {
        importTheGoodFile();
        const QString path = m_dir->filePath(QStringLiteral("out.config"));
        QVERIFY(view()->exportFile(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const IisConfig read = MappingService::check(file.readAll(), &store(), org());
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.mappings.size(), 3);
        QCOMPARE(read.mappings.at(2).mapping.rules.size(), 2);
    }

    void explorer_identifiesACertificateWithoutAUser()
    {
        importTheGoodFile();
        ChainExplorerView *explorer = m_window->explorerView();
        QVERIFY(explorer->openFile(iisData(QStringLiteral("carl.pem"))));
        const QString text = explorer->explanationText();
        QVERIFY2(text.contains(QStringLiteral("Contractors")) &&
                     text.contains(QStringLiteral("403.12")),
                 qPrintable(text));
        QVERIFY(explorer->openFile(iisData(QStringLiteral("alice.pem"))));
        QVERIFY2(explorer->explanationText().contains(QStringLiteral("alice")),
                 qPrintable(explorer->explanationText()));
    }
};

QTEST_MAIN(TestCertificateMappingsView)
#include "TestCertificateMappingsView.moc"
