// The wizard's output page: the file, its format (PKCS#12 AES, legacy PKCS#12, or PEM with
// an encrypted key) and the file's passphrase, typed twice.
#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class IssueOutputPage;
}

namespace trustdesk {

class IssueCertificateWizard;

class IssueOutputPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IssueOutputPage(IssueCertificateWizard &wizard);
    ~IssueOutputPage() override;

    QString file() const;
    int format() const; // IssueCertificateWizard::OutputFormat
    QString formatText() const;
    QByteArray passphrase() const;

    void initializePage() override;
    bool validatePage() override;

private:
    void updateHints();
    void browse();

    IssueCertificateWizard &m_wizard;
    std::unique_ptr<Ui::IssueOutputPage> m_ui;
};

} // namespace trustdesk
