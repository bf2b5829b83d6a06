#include "orgca/IssueCertificateWizard.h"

#include "InputError.h"
#include "common/ErrorReporter.h"
#include "orgca/IssueKeyPage.h"
#include "orgca/IssueOutputPage.h"
#include "orgca/IssueRegisterPage.h"
#include "orgca/IssueSubjectPage.h"
#include "orgca/IssueSummaryPage.h"
#include "orgca/IssueUserPage.h"
#include "ui_IssueCertificateWizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent>
#include <openssl/crypto.h>

namespace trustdesk {

IssueCertificateWizard::IssueCertificateWizard(Workspace &workspace, const QString &username,
                                               QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::IssueCertificateWizard>())
{
    m_ui->setupUi(this);
    setButtonText(FinishButton, tr("&Create"));
    m_ca = workspace.store().organisationCa().get(workspace.organisationId());
    m_userPage = new IssueUserPage(*this, username);
    m_subjectPage = new IssueSubjectPage(*this);
    m_keyPage = new IssueKeyPage(*this);
    m_registerPage = new IssueRegisterPage(*this);
    m_outputPage = new IssueOutputPage(*this);
    m_summaryPage = new IssueSummaryPage(*this);
    for (QWizardPage *page : std::initializer_list<QWizardPage *>{
             m_userPage, m_subjectPage, m_keyPage, m_registerPage, m_outputPage, m_summaryPage})
        addPage(page);
    connect(&m_watcher, &QFutureWatcher<Generated>::finished, this,
            [this] { finishIssuing(m_watcher.result()); });
}

IssueCertificateWizard::~IssueCertificateWizard()
{
    m_watcher.waitForFinished();
}

void IssueCertificateWizard::showError(QLabel *label, const QString &message)
{
    label->setText(QStringLiteral("<span style='color:#b00020'>&#9888; %1</span>")
                       .arg(message.toHtmlEscaped()));
}

ClientCertificateSpec IssueCertificateWizard::spec() const
{
    ClientCertificateSpec spec = m_subjectPage->subject();
    spec.keyType = m_keyPage->keyType();
    spec.days = m_keyPage->days();
    return spec;
}

void IssueCertificateWizard::accept()
{
    if (m_watcher.isRunning())
        return;
    if (!m_workspace.isCaUnlocked()) {
        try {
            m_workspace.unlockCa(m_summaryPage->caPassphrase(), this);
        } catch (const InputError &error) {
            ErrorReporter::show(this, tr("Create a client certificate"), error.message());
            m_summaryPage->focusPassphrase();
            return;
        }
    }
    const OrganisationCa ca = *m_ca;
    const PrivateKey caKey = m_workspace.caKey();
    const QDateTime now = m_workspace.now();
    const ClientCertificateSpec request = spec();
    const CertificateRequest csr = m_userPage->request();
    const bool signRequest = m_userPage->signsRequest();
    const QString email = m_subjectPage->email();

    m_progress = new QProgressDialog(tr("Making the key and signing the certificate…"), QString(),
                                     0, 0, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    button(FinishButton)->setEnabled(false);
    button(BackButton)->setEnabled(false);
    // Key generation (RSA 4096 takes seconds) runs off the GUI thread.
    m_watcher.setFuture(QtConcurrent::run([=]() {
        Generated out;
        try {
            const ClientCertificateIssuer issuer(ca, caKey);
            if (signRequest)
                out.credential.certificate = issuer.signRequest(csr, request.days, email, now);
            else
                out.credential = issuer.issue(request, now);
        } catch (const InputError &error) {
            out.error = error.message();
        } catch (const std::exception &error) {
            out.error = QString::fromUtf8(error.what());
        }
        // A pool thread outlives the job: the random generators OpenSSL made for it go now.
        OPENSSL_thread_stop();
        return out;
    }));
}

QList<IssuedFile> IssueCertificateWizard::outputFiles(const Certificate &certificate,
                                                      const PrivateKey &key) const
{
    const int format = m_outputPage->format();
    return CertificateIssuanceService::filesFor(
        certificate, key, *m_ca, m_outputPage->file(),
        format == PemFiles       ? IssuedFormat::PemFiles
        : format == Pkcs12Legacy ? IssuedFormat::Pkcs12Legacy
                                 : IssuedFormat::Pkcs12Aes,
        m_outputPage->passphrase(), m_subjectPage->subject().commonName);
}

void IssueCertificateWizard::finishIssuing(const Generated &generated)
{
    delete m_progress;
    m_progress = nullptr;
    button(FinishButton)->setEnabled(true);
    button(BackButton)->setEnabled(true);
    if (!generated.error.isEmpty()) {
        ErrorReporter::show(this, tr("Create a client certificate"), generated.error);
        return;
    }
    const IssueRegistration registration = m_registerPage->registration(m_userPage->username());
    const QList<IssuedFile> files =
        outputFiles(generated.credential.certificate, generated.credential.key);
    const bool done = ErrorReporter::attempt(this, tr("Create a client certificate"), [&] {
        // Recorded and written together: a certificate is on disk only when on record.
        m_issued = CertificateIssuanceService::deliver(
            m_workspace.store(), m_workspace.organisationId(), generated.credential.certificate,
            registration, files);
    });
    if (!done)
        return;
    m_workspace.changed(Workspace::Users | Workspace::OrganisationCa | Workspace::Roots |
                        Workspace::ApprovedCas);
    emit m_workspace.notice(tr("Issued '%1' to %2 (serial %3)")
                                .arg(generated.credential.certificate.displayName(),
                                     m_issued->username, m_issued->serial));
    showIssued(files);
    QWizard::accept();
}

void IssueCertificateWizard::showIssued(const QList<IssuedFile> &files)
{
    // The last word names what was written, and how the passphrase must travel.
    QStringList written;
    bool keyWritten = false;
    for (const IssuedFile &file : files) {
        written << QStringLiteral("<li>%1</li>")
                       .arg(QDir::toNativeSeparators(file.path).toHtmlEscaped());
        keyWritten = keyWritten || file.holdsKey;
    }
    QString text =
        tr("<p>Issued to <b>%1</b> (serial %2). Written:</p><ul>%3</ul>")
            .arg(m_issued->username.toHtmlEscaped(), m_issued->serial, written.join(QString()));
    if (keyWritten)
        text += tr("<p><b>Send the passphrase separately</b>: by telephone or in person, never "
                   "in the same message as the file.</p>");
    QMessageBox box(QMessageBox::Information, tr("Create a client certificate"), text,
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("issuedFiles"));
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void IssueCertificateWizard::reject()
{
    if (m_watcher.isRunning())
        return; // the key is being made: Cancel is off, Esc waits too
    if (currentId() != startId()) {
        QMessageBox box(QMessageBox::Question, tr("Create a client certificate"),
                        tr("Close the wizard? Nothing has been issued, and what you entered "
                           "is lost."),
                        QMessageBox::Close | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("confirmCloseWizard"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Close)
            return;
    }
    QWizard::reject();
}

} // namespace trustdesk
