// The wizard's last page: everything that will happen, before anything is written, and
// the organisation CA's passphrase when the CA is still locked.
#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class IssueSummaryPage;
}

namespace trustdesk {

class IssueCertificateWizard;

class IssueSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IssueSummaryPage(IssueCertificateWizard &wizard);
    ~IssueSummaryPage() override;

    QByteArray caPassphrase() const;
    void focusPassphrase();

    void initializePage() override;

private:
    QString summaryHtml() const;

    IssueCertificateWizard &m_wizard;
    std::unique_ptr<Ui::IssueSummaryPage> m_ui;
};

} // namespace trustdesk
