// The wizard's register page: whether the user's profile accepts the new certificate by
// thumbprint, by CN, or both, with the trade-off of each (RULES 4.3).
#pragma once

#include "services/CertificateIssuanceService.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class IssueRegisterPage;
}

namespace trustdesk {

class IssueCertificateWizard;

class IssueRegisterPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IssueRegisterPage(IssueCertificateWizard &wizard);
    ~IssueRegisterPage() override;

    IssueRegistration registration(const QString &username) const;

    void initializePage() override;

private:
    void updateAdvice();

    IssueCertificateWizard &m_wizard;
    std::unique_ptr<Ui::IssueRegisterPage> m_ui;
};

} // namespace trustdesk
