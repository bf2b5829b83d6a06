// The organisation CA and the certificate creation wizard, driven through the real
// widgets offscreen: create the CA from its view, go through the wizard from a user's
// profile to a written PKCS#12 (a wrong CA passphrase first), sign a request, and see the
// issued certificate on the profile and an expiring one flagged in the users list.
// With TRUSTDESK_SCREENSHOT_DIR set, each wizard page is saved there as a PNG for the docs.
#include "app/MainWindow.h"
#include "demo/DemoStore.h"
#include "engine/TrustEngine.h"
#include "orgca/CreateOrganisationCaDialog.h"
#include "orgca/IssueCertificateWizard.h"
#include "orgca/OrganisationCaView.h"
#include "services/OrganisationCaService.h"
#include "services/TrustSnapshotLoader.h"
#include "support/DemoDesktop.h"
#include "support/WidgetDriver.h"
#include "users/UserProfileView.h"
#include "users/UsersModel.h"
#include "users/UsersView.h"
#include "x509/CertificateLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

const QByteArray CaPassphrase = "wizard ca passphrase";

} // namespace

class TestCertificateWizard : public QObject
{
    Q_OBJECT

    DemoDesktop m_desktop;
    MainWindow *m_window = nullptr;

    Store &store() { return m_window->workspace().store(); }
    qint64 org() { return m_window->workspace().organisationId(); }

    void giveTheOrganisationACa()
    {
        const OrganisationCa ca = OrganisationCa::create(
            {QStringLiteral("Wizard Test CA"), QString(), KeyType::EcP256, 3650}, CaPassphrase,
            QDateTime::currentDateTimeUtc());
        OrganisationCaService::setCa(store(), org(), ca, QStringLiteral("create"), true);
        m_window->workspace().changed(Workspace::Everything);
    }

    IssueCertificateWizard *openWizardFromProfile(const QString &user)
    {
        m_window->openUser(user);
        auto *create =
            m_window->profileView()->findChild<QPushButton *>(QStringLiteral("createButton"));
        if (!create || !create->isEnabled())
            return nullptr;
        QTest::mouseClick(create, Qt::LeftButton);
        return m_window->findChild<IssueCertificateWizard *>();
    }

    static void next(QWizard *wizard)
    {
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    }

private slots:
    void initTestCase() { QVERIFY(m_desktop.prepare()); }

    void init()
    {
        QVERIFY(m_desktop.open());
        m_window = &m_desktop.window();
    }

    void cleanup() { m_desktop.close(); }

    void createTheCaFromItsView()
    {
        m_window->showPage(MainWindow::OrganisationCaPage);
        OrganisationCaView *view = m_window->organisationCaView();
        QVERIFY(child<QLabel>(view, "caDetailsLabel")->text().contains(QStringLiteral("no CA")));
        // Create is the only way forward; the wizard waits for a CA.
        QVERIFY(!child<QPushButton>(view, "issueButton")->isEnabled());
        m_window->openUser(QStringLiteral("frank"));
        QVERIFY(!child<QPushButton>(m_window->profileView(), "createButton")->isEnabled());
        m_window->showPage(MainWindow::OrganisationCaPage);

        bool tooShortRefused = false;
        whenModal(QStringLiteral("CreateOrganisationCaDialog"), [&](QWidget *dialog) {
            child<QLineEdit>(dialog, "cnEdit")->setText(QStringLiteral("Acme Client CA"));
            auto *keys = child<QComboBox>(dialog, "keyTypeCombo");
            keys->setCurrentIndex(keys->findData(int(KeyType::EcP256)));
            child<QLineEdit>(dialog, "passphraseEdit")->setText(QStringLiteral("short"));
            child<QLineEdit>(dialog, "confirmEdit")->setText(QStringLiteral("short"));
            clickBox(dialog, QDialogButtonBox::Ok);
            tooShortRefused =
                dialog->isVisible() && child<QLabel>(dialog, "hintLabel")
                                           ->text()
                                           .contains(QStringLiteral("at least 8 characters"));
            child<QLineEdit>(dialog, "passphraseEdit")->setText(QString::fromLatin1(CaPassphrase));
            child<QLineEdit>(dialog, "confirmEdit")->setText(QString::fromLatin1(CaPassphrase));
            clickBox(dialog, QDialogButtonBox::Ok);
        });
        QTest::mouseClick(child<QPushButton>(view, "createButton"), Qt::LeftButton);
        QVERIFY(tooShortRefused);
        const auto ca = store().organisationCa().get(org());
        QVERIFY(ca);
        QCOMPARE(ca->certificate().displayName(), QStringLiteral("Acme Client CA"));
        QVERIFY(ca->unlock(CaPassphrase).matches(X509_get0_pubkey(ca->certificate().x509())));
        const auto contains = [&](const QList<StoredCertificate> &list) {
            for (const StoredCertificate &s : list)
                if (s.certificate == ca->certificate())
                    return true;
            return false;
        };
        QVERIFY(contains(store().rootStore().list()));
        QVERIFY(contains(store().approvedCas(org()).list()));
        QStringList actions;
        for (const AuditEntry &entry : store().auditLog().list())
            actions << entry.action;
        QVERIFY(actions.contains(QStringLiteral("orgca.create")));
        QTRY_VERIFY(child<QLabel>(view, "caDetailsLabel")
                        ->text()
                        .contains(QStringLiteral("Acme Client CA")));
        QVERIFY(child<QPushButton>(view, "issueButton")->isEnabled());
    }

    void wizardFromProfileToWrittenFile()
    {
        giveTheOrganisationACa();
        IssueCertificateWizard *wizard = openWizardFromProfile(QStringLiteral("frank"));
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(child<QLineEdit>(wizard, "userEdit")->text(), QStringLiteral("frank"));
        DemoDesktop::screenshot(wizard, QStringLiteral("wizard-1-user.png"));
        next(wizard);

        // The subject: the full name is proposed, and the Match CN consequence explained.
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("subjectPage"));
        auto *cn = child<QLineEdit>(wizard, "cnEdit");
        QCOMPARE(cn->text(), QStringLiteral("Frank Fuller"));
        QVERIFY(
            child<QLabel>(wizard, "cnAdviceLabel")->text().contains(QStringLiteral("Match CN")));
        child<QLineEdit>(wizard, "emailEdit")->setText(QStringLiteral("not an address"));
        next(wizard);
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("subjectPage"));
        QVERIFY(
            child<QLabel>(wizard, "subjectErrorLabel")->text().contains(QStringLiteral("e-mail")));
        child<QLineEdit>(wizard, "emailEdit")->setText(QStringLiteral("frank@example.com"));
        // The country is chosen by name, as typed: "Germany" is DE (not GE, Georgia).
        auto *country = child<QComboBox>(wizard, "countryCombo");
        QCOMPARE(country->currentData().toString(), QString()); // none unless chosen
        country->setFocus();
        QTest::keyClicks(country, QStringLiteral("Germany"));
        QCOMPARE(country->currentData().toString(), QStringLiteral("DE"));
        DemoDesktop::screenshot(wizard, QStringLiteral("wizard-2-subject.png"));
        next(wizard);

        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("keyPage"));
        auto *keys = child<QComboBox>(wizard, "keyTypeCombo");
        keys->setCurrentIndex(keys->findData(int(KeyType::EcP256)));
        child<QSpinBox>(wizard, "daysSpin")->setValue(20); // inside the 30-day warning
        DemoDesktop::screenshot(wizard, QStringLiteral("wizard-3-key.png"));
        next(wizard);

        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("registerPage"));
        QVERIFY(child<QCheckBox>(wizard, "registerThumbprintCheck")->isChecked());
        QTest::mouseClick(child<QCheckBox>(wizard, "registerCnCheck"), Qt::LeftButton);
        QVERIFY(child<QLabel>(wizard, "registerAdviceLabel")
                    ->text()
                    .contains(QStringLiteral("renewed")));
        DemoDesktop::screenshot(wizard, QStringLiteral("wizard-4-register.png"));
        next(wizard);

        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("outputPage"));
        const QString p12 = m_desktop.path(QStringLiteral("frank.p12"));
        child<QLineEdit>(wizard, "fileEdit")->setText(p12);
        child<QLineEdit>(wizard, "passphraseEdit")->setText(QStringLiteral("frank file pw"));
        child<QLineEdit>(wizard, "confirmEdit")->setText(QStringLiteral("frank file px"));
        next(wizard);
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("outputPage"));
        QVERIFY(
            child<QLabel>(wizard, "outputHintLabel")->text().contains(QStringLiteral("differ")));
        child<QLineEdit>(wizard, "confirmEdit")->setText(QStringLiteral("frank file pw"));
        DemoDesktop::screenshot(wizard, QStringLiteral("wizard-5-output.png"));
        next(wizard);

        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("summaryPage"));
        const QString summary = child<QTextBrowser>(wizard, "summaryText")->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("CN=Frank Fuller")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("C=DE")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("frank@example.com")));
        QVERIFY(summary.contains(QStringLiteral("Wizard Test CA")));
        QVERIFY(!QFile::exists(p12)); // nothing written before Create
        auto *caPassphrase = child<QLineEdit>(wizard, "caPassphraseEdit");
        QVERIFY(caPassphrase->isVisible());
        DemoDesktop::screenshot(wizard, QStringLiteral("wizard-6-summary.png"));

        // A wrong CA passphrase: a message, nothing written, the wizard stays.
        const int issuedBefore = int(store().issuedCertificates().list(org()).size());
        caPassphrase->setText(QStringLiteral("wrong passphrase"));
        QString message;
        whenModal(QStringLiteral("errorMessage"), [&](QWidget *box) {
            message = static_cast<QMessageBox *>(box)->text();
            static_cast<QMessageBox *>(box)->accept();
        });
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!message.isEmpty());
        QVERIFY2(message.contains(QStringLiteral("passphrase is wrong")), qPrintable(message));
        QVERIFY(wizard->isVisible());
        QVERIFY(!QFile::exists(p12));
        QCOMPARE(store().issuedCertificates().list(org()).size(), issuedBefore);

        caPassphrase->setText(QString::fromLatin1(CaPassphrase));
        QPointer<IssueCertificateWizard> watched(wizard);
        // The last word names the file and how the passphrase must travel.
        QString lastWord;
        whenModal(QStringLiteral("issuedFiles"), [&](QWidget *box) {
            lastWord = static_cast<QMessageBox *>(box)->text();
            static_cast<QMessageBox *>(box)->accept();
        });
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!watched || !watched->isVisible(), 30000);
        QVERIFY(QFile::exists(p12));
        QVERIFY2(lastWord.contains(QDir::toNativeSeparators(p12)), qPrintable(lastWord));
        QVERIFY2(lastWord.contains(QStringLiteral("Send the passphrase separately")),
                 qPrintable(lastWord));

        // The file opens with its passphrase and holds the key of the certificate.
        const LoadedCertificates loaded =
            CertificateLoader::loadFile(p12, QByteArray("frank file pw"));
        QVERIFY(!loaded.privateKey.isNull());
        const Certificate cert = loaded.certificates.first();
        QCOMPARE(cert.displayName(), QStringLiteral("Frank Fuller"));
        QVERIFY(loaded.privateKey.matches(X509_get0_pubkey(cert.x509())));

        // Recorded and registered; the profile lists it; the engine authenticates at once.
        const auto issued = store().issuedCertificates().list(org(), QStringLiteral("frank"));
        QCOMPARE(issued.size(), 1);
        QCOMPARE(issued.first().registered, QStringLiteral("thumbprint+cn"));
        QTRY_COMPARE(m_window->profileView()->issuedCertificates().size(), 1);
        const auto frank = store().users().find(org(), QStringLiteral("frank"));
        QVERIFY(frank->commonNames.contains(QStringLiteral("Frank Fuller")));
        const Verdict verdict = TrustEngine::evaluate({cert}, &*frank, Interface::Https,
                                                      *TrustSnapshotLoader::load(store(), org()),
                                                      QDateTime::currentDateTimeUtc());
        QVERIFY(verdict.connect.ok);
        QCOMPARE(verdict.authenticate->condition, Condition::A1);
        QVERIFY(m_window->workspace().isCaUnlocked()); // for the rest of the session

        // Expiring within 30 days: flagged in the users list.
        m_window->showPage(MainWindow::UsersPage);
        UsersModel *model = m_window->usersView()->model();
        QTRY_VERIFY(model
                        ->data(model->index(model->rowOf(QStringLiteral("frank")),
                                            UsersModel::CredentialsColumn))
                        .toString()
                        .contains(QStringLiteral("expiring")));
    }

    void wizardSignsARequest()
    {
        giveTheOrganisationACa();
        m_window->workspace().unlockCa(CaPassphrase);
        const QString csr = m_desktop.path(QStringLiteral("rich.csr"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), m_desktop.path(QStringLiteral("rich.key")),
                       QStringLiteral("-subj"), QStringLiteral("/CN=Rich"), QStringLiteral("-out"),
                       csr});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);

        IssueCertificateWizard *wizard = m_window->openIssueWizard(QStringLiteral("rich"));
        QVERIFY(wizard);
        QTest::mouseClick(child<QRadioButton>(wizard, "csrRadio"), Qt::LeftButton);
        child<QLineEdit>(wizard, "csrEdit")->setText(csr);
        next(wizard);
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("subjectPage"));
        QVERIFY(child<QLabel>(wizard, "csrInfoLabel")->text().contains(QStringLiteral("verifies")));
        QCOMPARE(child<QLineEdit>(wizard, "cnEdit")->text(), QStringLiteral("Rich"));
        QVERIFY(!child<QLineEdit>(wizard, "cnEdit")->isEnabled()); // the request's subject
        next(wizard);
        QVERIFY(!child<QComboBox>(wizard, "keyTypeCombo")->isEnabled()); // the user's key
        next(wizard);
        next(wizard);
        const QString pem = m_desktop.path(QStringLiteral("rich.pem"));
        child<QLineEdit>(wizard, "fileEdit")->setText(pem);
        QVERIFY(!child<QLineEdit>(wizard, "passphraseEdit")->isVisible()); // no key to protect
        next(wizard);
        QVERIFY(!child<QLineEdit>(wizard, "caPassphraseEdit")->isVisible()); // unlocked already
        QPointer<IssueCertificateWizard> watched(wizard);
        QString issued;
        whenModal(QStringLiteral("issuedFiles"), [&](QWidget *box) {
            issued = static_cast<QMessageBox *>(box)->text();
            static_cast<QMessageBox *>(box)->accept();
        });
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!watched || !watched->isVisible(), 30000);
        QVERIFY2(issued.contains(QDir::toNativeSeparators(pem)), qPrintable(issued));
        QVERIFY(!issued.contains(QStringLiteral("passphrase"))); // no key went out
        const Certificate cert = CertificateLoader::loadFile(pem).certificates.first();
        QCOMPARE(cert.displayName(), QStringLiteral("Rich"));
        QCOMPARE(store().issuedCertificates().list(org(), QStringLiteral("rich")).size(), 1);
        QVERIFY(!QFile::exists(m_desktop.path(QStringLiteral("rich.p12"))));
    }

    // Every field is checked as it is typed; a user whose policies never ask for a
    // certificate is warned about; the proposed file is in a folder that exists; Esc asks.
    void wizardChecksAsYouTypeWarnsAndAsksBeforeClosing()
    {
        giveTheOrganisationACa();
        IssueCertificateWizard *wizard = m_window->openIssueWizard(QStringLiteral("paula"));
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        next(wizard);
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("subjectPage"));
        auto *email = child<QLineEdit>(wizard, "emailEdit");
        QTest::keyClicks(email, QStringLiteral("paula@"));
        QVERIFY(
            child<QLabel>(wizard, "subjectErrorLabel")->text().contains(QStringLiteral("e-mail")));
        DemoDesktop::screenshot(wizard, QStringLiteral("wizard-subject-as-typed.png"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(email, QStringLiteral("example.com"));
        QVERIFY(child<QLabel>(wizard, "subjectErrorLabel")->text().isEmpty());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        next(wizard);
        next(wizard);
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("registerPage"));
        QVERIFY2(child<QLabel>(wizard, "registerAdviceLabel")
                     ->text()
                     .contains(QStringLiteral("password only")),
                 qPrintable(child<QLabel>(wizard, "registerAdviceLabel")->text()));
        DemoDesktop::screenshot(wizard, QStringLiteral("wizard-register-password-only.png"));
        next(wizard);
        const QString file = child<QLineEdit>(wizard, "fileEdit")->text();
        QVERIFY2(QFileInfo(QFileInfo(file).path()).isDir(), qPrintable(file));

        // Esc: asked first; Cancel keeps the wizard, Close closes it.
        whenModal(QStringLiteral("confirmCloseWizard"), [](QWidget *box) {
            QTest::mouseClick(static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel),
                              Qt::LeftButton);
        });
        QTest::keyClick(wizard, Qt::Key_Escape);
        QVERIFY(wizard->isVisible());
        QPointer<IssueCertificateWizard> watched(wizard);
        whenModal(QStringLiteral("confirmCloseWizard"), [](QWidget *box) {
            QTest::mouseClick(static_cast<QMessageBox *>(box)->button(QMessageBox::Close),
                              Qt::LeftButton);
        });
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(!watched || !watched->isVisible());
    }

    void wizardRefusesAnUnknownUser()
    {
        giveTheOrganisationACa();
        IssueCertificateWizard *wizard = m_window->openIssueWizard(QString());
        QVERIFY(wizard);
        child<QLineEdit>(wizard, "userEdit")->setText(QStringLiteral("nobody"));
        next(wizard);
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("userPage"));
        QVERIFY(child<QLabel>(wizard, "userInfoLabel")->text().contains(QStringLiteral("nobody")));
    }
};

QTEST_MAIN(TestCertificateWizard)
#include "TestCertificateWizard.moc"
