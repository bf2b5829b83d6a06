// The certificate creation wizard: a client certificate from the organisation CA for one
// user, from a new key (written to a protected PKCS#12 or PEM file) or from the user's own
// signing request. Nothing is written before the summary page's Create; the key is made
// off the GUI thread; the certificate is recorded as issued and registered on the user in
// one transaction.
#pragma once

#include "app/Workspace.h"
#include "orgca/ClientCertificateIssuer.h"
#include "services/CertificateIssuanceService.h"
#include "store/StoreRecords.h"
#include "x509/CertificateRequest.h"

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

    IssueCertificateWizard(Workspace &workspace, const QString &username,
                           QWidget *parent = nullptr);
    ~IssueCertificateWizard() override;

    // What was issued, once the wizard finished with Create.
    std::optional<IssuedCertificateRecord> issued() const { return m_issued; }
    // The files written (the PKCS#12; or the certificate and, for a new key, the key).

    bool validateCurrentPage() override;
    void initializePage(int id) override;

public slots:
    void accept() override;

private:
    struct Generated
    {
        IssuedCredential credential;
        QString error;
    };

    bool signsRequest() const;
    std::optional<UserRecord> chosenUser() const;
    void updateUserInfo();
    void loadRequest();
    void updateCnAdvice();
    void updateValidity();
    void updateRegisterAdvice();
    void updateOutputHints();
    void browseRequest();
    void browseOutput();
    ClientCertificateSpec spec() const;
    QString summaryHtml() const;
    void finishIssuing(const Generated &generated);
    // What the new certificate goes out as, in the format chosen on the output page.
    QList<IssuedFile> outputFiles(const Certificate &certificate, const PrivateKey &key) const;
    void setError(QLabel *label, const QString &message);

    Workspace &m_workspace;
    std::unique_ptr<Ui::IssueCertificateWizard> m_ui;
    std::optional<OrganisationCa> m_ca;
    CertificateRequest m_request;
    QFutureWatcher<Generated> m_watcher;
    QProgressDialog *m_progress = nullptr;
    std::optional<IssuedCertificateRecord> m_issued;
};

} // namespace trustdesk
