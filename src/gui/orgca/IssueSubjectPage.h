// The wizard's subject page: the CN (proposed from the user's full name, with what Match
// CN will make of it and who else claims it), e-mail, organisation, unit and country.
#pragma once

#include "orgca/ClientCertificateIssuer.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class IssueSubjectPage;
}

namespace trustdesk {

class IssueCertificateWizard;

class IssueSubjectPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IssueSubjectPage(IssueCertificateWizard &wizard);
    ~IssueSubjectPage() override;

    // CN, e-mail, organisation, unit and country as typed (key type and days unset).
    ClientCertificateSpec subject() const;
    QString email() const;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    // Why the subject as entered cannot be issued; empty when it can.
    QString problem() const;
    void updateCnAdvice();

    IssueCertificateWizard &m_wizard;
    std::unique_ptr<Ui::IssueSubjectPage> m_ui;
};

} // namespace trustdesk
