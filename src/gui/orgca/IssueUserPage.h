// The wizard's first page: who the certificate is for, and whether it comes from a new
// key or signs the user's own request (CSR).
#pragma once

#include "store/StoreRecords.h"
#include "x509/CertificateRequest.h"

#include <QWizardPage>
#include <memory>
#include <optional>

namespace Ui {
class IssueUserPage;
}

namespace trustdesk {

class IssueCertificateWizard;

class IssueUserPage : public QWizardPage
{
    Q_OBJECT
public:
    IssueUserPage(IssueCertificateWizard &wizard, const QString &username);
    ~IssueUserPage() override;

    QString username() const;
    std::optional<UserRecord> chosenUser() const;
    bool signsRequest() const;
    QString requestFile() const;
    // The request read from the chosen file (null until one reads).
    const CertificateRequest &request() const { return m_request; }

    bool validatePage() override;

private:
    void updateUserInfo();
    void loadRequest();
    void browseRequest();

    IssueCertificateWizard &m_wizard;
    std::unique_ptr<Ui::IssueUserPage> m_ui;
    CertificateRequest m_request;
};

} // namespace trustdesk
