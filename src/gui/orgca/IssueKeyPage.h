// The wizard's key page: the key type of a new key and the validity in days (within the
// organisation CA's own).
#pragma once

#include "x509/PrivateKey.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class IssueKeyPage;
}

namespace trustdesk {

class IssueCertificateWizard;

class IssueKeyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IssueKeyPage(IssueCertificateWizard &wizard);
    ~IssueKeyPage() override;

    KeyType keyType() const;
    QString keyTypeText() const;
    int days() const;

    void initializePage() override;
    bool validatePage() override;

private:
    void updateValidity();

    IssueCertificateWizard &m_wizard;
    std::unique_ptr<Ui::IssueKeyPage> m_ui;
};

} // namespace trustdesk
