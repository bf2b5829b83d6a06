#include "orgca/IssueOutputPage.h"

#include "orgca/IssueCertificateWizard.h"
#include "orgca/IssueUserPage.h"
#include "ui_IssueOutputPage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace trustdesk {

IssueOutputPage::IssueOutputPage(IssueCertificateWizard &wizard)
    : m_wizard(wizard), m_ui(std::make_unique<Ui::IssueOutputPage>())
{
    setObjectName(QStringLiteral("outputPage"));
    m_ui->setupUi(this);
    m_ui->formatCombo->addItem(tr("PKCS#12 (.p12), AES-256 with PBKDF2 (recommended)"),
                               IssueCertificateWizard::Pkcs12Aes);
    m_ui->formatCombo->addItem(
        tr("PKCS#12 (.p12), legacy 3DES/SHA-1: weak, only for Windows 7 and Server 2012 R2 "
           "or older"),
        IssueCertificateWizard::Pkcs12Legacy);
    m_ui->formatCombo->addItem(tr("PEM certificate (.pem) and encrypted PEM key (.key)"),
                               IssueCertificateWizard::PemFiles);
    connect(m_ui->formatCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &IssueOutputPage::updateHints);
    connect(m_ui->fileBrowseButton, &QPushButton::clicked, this, &IssueOutputPage::browse);
    // A problem shown on the page goes away as soon as the field it names is edited.
    for (QLineEdit *edit : {m_ui->fileEdit, m_ui->passphraseEdit, m_ui->confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &IssueOutputPage::updateHints);
}

IssueOutputPage::~IssueOutputPage() = default;

QString IssueOutputPage::file() const
{
    return m_ui->fileEdit->text().trimmed();
}

int IssueOutputPage::format() const
{
    return m_ui->formatCombo->currentData().toInt();
}

QString IssueOutputPage::formatText() const
{
    return m_ui->formatCombo->currentText();
}

QByteArray IssueOutputPage::passphrase() const
{
    return m_ui->passphraseEdit->text().toUtf8();
}

void IssueOutputPage::initializePage()
{
    const IssueUserPage *userPage = m_wizard.userPage();
    const bool request = userPage->signsRequest();
    m_ui->formatCombo->setEnabled(!request);
    if (request)
        m_ui->formatCombo->setCurrentIndex(
            m_ui->formatCombo->findData(IssueCertificateWizard::PemFiles));
    const auto user = userPage->chosenUser();
    if (m_ui->fileEdit->text().isEmpty() && user) {
        // Documents where there is such a folder (a fresh account may have none), else home.
        QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!QFileInfo(folder).isDir())
            folder = QDir::homePath();
        m_ui->fileEdit->setText(QDir(folder).filePath(
            user->profile.username + (request ? QStringLiteral(".pem") : QStringLiteral(".p12"))));
    }
    updateHints();
}

void IssueOutputPage::browse()
{
    const bool p12 =
        format() != IssueCertificateWizard::PemFiles && !m_wizard.userPage()->signsRequest();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Write the certificate to"), m_ui->fileEdit->text(),
        p12 ? tr("PKCS#12 files (*.p12 *.pfx)") : tr("PEM files (*.pem)"));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

void IssueOutputPage::updateHints()
{
    const bool request = m_wizard.userPage()->signsRequest();
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->passphraseLabel),
          static_cast<QWidget *>(m_ui->passphraseEdit), static_cast<QWidget *>(m_ui->confirmLabel),
          static_cast<QWidget *>(m_ui->confirmEdit)})
        w->setVisible(!request);
    QString hint;
    if (request)
        hint = tr("The signed certificate is written as PEM. The user already has the key.");
    else if (format() == IssueCertificateWizard::PemFiles)
        hint = tr("The certificate goes to the file named; the key, encrypted under the "
                  "passphrase, to the same name ending in .key.");
    else if (format() == IssueCertificateWizard::Pkcs12Legacy)
        hint = tr("Legacy encryption can be broken with little effort. Use it only for clients "
                  "that cannot read AES-256 PKCS#12 files, and send the passphrase separately.");
    else
        hint = tr("The file holds the certificate, its key and the CA certificate, protected by "
                  "the passphrase (at least %1 characters). Send the passphrase separately.")
                   .arg(IssueCertificateWizard::MinFilePassphraseLength);
    m_ui->outputHintLabel->setText(hint);
}

bool IssueOutputPage::validatePage()
{
    if (file().isEmpty() || !QFileInfo(QFileInfo(file()).absolutePath()).isDir()) {
        IssueCertificateWizard::showError(m_ui->outputHintLabel,
                                          tr("Choose a file in an existing folder."));
        return false;
    }
    if (m_wizard.userPage()->signsRequest())
        return true;
    if (m_ui->passphraseEdit->text().size() < IssueCertificateWizard::MinFilePassphraseLength) {
        IssueCertificateWizard::showError(
            m_ui->outputHintLabel, tr("The passphrase must have at least %1 characters.")
                                       .arg(IssueCertificateWizard::MinFilePassphraseLength));
        return false;
    }
    if (m_ui->passphraseEdit->text() != m_ui->confirmEdit->text()) {
        IssueCertificateWizard::showError(m_ui->outputHintLabel, tr("The passphrases differ."));
        return false;
    }
    return true;
}

} // namespace trustdesk
