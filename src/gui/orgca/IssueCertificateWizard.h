// The certificate creation wizard: a client certificate from the organisation CA for one
// user, from a new key (written to a protected PKCS#12 or PEM file) or from the user's own
// signing request. One class and form per page (IssueUserPage ... IssueSummaryPage); the
// wizard holds what the pages share and does the issuing. Nothing is written before the
// summary page's Create; the key is made off the GUI thread; the files are written and
// the certificate recorded through the issuance service, or neither.
#pragma once

#include "app/Workspace.h"
#include "orgca/ClientCertificateIssuer.h"
#include "services/CertificateIssuanceService.h"
#include "store/StoreRecords.h"

#include <QFutureWatcher>
#include <QWizard>
#include <memory>
#include <optional>

namespace Ui {
class IssueCertificateWizard;
}

class QLabel;
class QProgressDialog;

namespace trustdesk {

class IssueUserPage;
class IssueSubjectPage;
class IssueKeyPage;
class IssueRegisterPage;
class IssueOutputPage;
class IssueSummaryPage;

class IssueCertificateWizard : public QWizard
{
    Q_OBJECT
public:
    enum OutputFormat
    {
        Pkcs12Aes,
        Pkcs12Legacy,
        PemFiles,
    };
    static constexpr int MinFilePassphraseLength = 8;

    IssueCertificateWizard(Workspace &workspace, const QString &username,
                           QWidget *parent = nullptr);
    ~IssueCertificateWizard() override;

    // What was issued, once the wizard finished with Create.
    std::optional<IssuedCertificateRecord> issued() const { return m_issued; }

    Workspace &workspace() const { return m_workspace; }
    const std::optional<OrganisationCa> &organisationCa() const { return m_ca; }
    IssueUserPage *userPage() const { return m_userPage; }
    IssueSubjectPage *subjectPage() const { return m_subjectPage; }
    IssueKeyPage *keyPage() const { return m_keyPage; }
    IssueRegisterPage *registerPage() const { return m_registerPage; }
    IssueOutputPage *outputPage() const { return m_outputPage; }
    IssueSummaryPage *summaryPage() const { return m_summaryPage; }

    // What the subject and key pages ask for.
    ClientCertificateSpec spec() const;
    // A problem shown in a page's label, in the wizard's one style.
    static void showError(QLabel *label, const QString &message);

public slots:
    void accept() override;
    // Past the first page, closing (Esc, Cancel) asks first.
    void reject() override;

private:
    void showIssued(const QList<IssuedFile> &files);
    struct Generated
    {
        IssuedCredential credential;
        QString error;
    };

    void finishIssuing(const Generated &generated);
    // What the new certificate goes out as, in the format chosen on the output page.
    QList<IssuedFile> outputFiles(const Certificate &certificate, const PrivateKey &key) const;

    Workspace &m_workspace;
    std::unique_ptr<Ui::IssueCertificateWizard> m_ui;
    std::optional<OrganisationCa> m_ca;
    IssueUserPage *m_userPage;
    IssueSubjectPage *m_subjectPage;
    IssueKeyPage *m_keyPage;
    IssueRegisterPage *m_registerPage;
    IssueOutputPage *m_outputPage;
    IssueSummaryPage *m_summaryPage;
    QFutureWatcher<Generated> m_watcher;
    QProgressDialog *m_progress = nullptr;
    std::optional<IssuedCertificateRecord> m_issued;
};

} // namespace trustdesk
