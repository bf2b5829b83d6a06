#include "orgca/CreateOrganisationCaDialog.h"
#include "services/OrganisationCaService.h"

#include "InputError.h"
#include "common/BackgroundTask.h"
#include "common/ErrorReporter.h"
#include "orgca/OrganisationCa.h"
#include "ui_CreateOrganisationCaDialog.h"
#include "x509/CertificateLoader.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>

namespace trustdesk {

CreateOrganisationCaDialog::CreateOrganisationCaDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace),
      m_ui(std::make_unique<Ui::CreateOrganisationCaDialog>())
{
    m_ui->setupUi(this);
    m_ui->keyTypeCombo->addItem(tr("RSA 2048"), int(KeyType::Rsa2048));
    m_ui->keyTypeCombo->addItem(tr("RSA 3072 (recommended)"), int(KeyType::Rsa3072));
    m_ui->keyTypeCombo->addItem(tr("RSA 4096"), int(KeyType::Rsa4096));
    m_ui->keyTypeCombo->addItem(tr("EC P-256"), int(KeyType::EcP256));
    m_ui->keyTypeCombo->addItem(tr("EC P-384"), int(KeyType::EcP384));
    m_ui->keyTypeCombo->setCurrentIndex(1);
    m_ui->organisationEdit->setText(workspace.organisation().name);
    m_ui->hintLabel->setText(
        tr("The CA's private key is stored only encrypted (PKCS#8, AES-256, PBKDF2) under this "
           "passphrase of at least %1 characters. TrustDesk cannot recover a forgotten "
           "passphrase.")
            .arg(OrganisationCa::MinPassphraseLength));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this,
            &CreateOrganisationCaDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->parentBrowseButton, &QPushButton::clicked, this,
            &CreateOrganisationCaDialog::browseParent);
}

CreateOrganisationCaDialog::~CreateOrganisationCaDialog() = default;

void CreateOrganisationCaDialog::browseParent()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Parent CA"), QString(),
                                                      tr("PKCS#12 files (*.p12 *.pfx)"));
    if (!path.isEmpty())
        m_ui->parentEdit->setText(path);
}

void CreateOrganisationCaDialog::showProblem(const QString &message)
{
    m_ui->hintLabel->setText(QStringLiteral("<span style='color:#b00020'>&#9888; %1</span>")
                                 .arg(message.toHtmlEscaped()));
}

void CreateOrganisationCaDialog::accept()
{
    const QByteArray passphrase = m_ui->passphraseEdit->text().toUtf8();
    try {
        OrganisationCa::validateCommonName(tr("the CA's common name"), m_ui->cnEdit->text());
        OrganisationCa::validatePassphrase(passphrase);
    } catch (const InputError &error) {
        showProblem(error.message());
        return;
    }
    if (m_ui->passphraseEdit->text() != m_ui->confirmEdit->text()) {
        showProblem(tr("The passphrases differ."));
        return;
    }
    OrganisationCaSpec spec;
    spec.commonName = m_ui->cnEdit->text().trimmed();
    spec.organisation = m_ui->organisationEdit->text().trimmed();
    spec.keyType = KeyType(m_ui->keyTypeCombo->currentData().toInt());
    spec.days = m_ui->daysSpin->value();
    const bool install = m_ui->installCheck->isChecked();
    const QString parentFile = m_ui->parentEdit->text().trimmed();
    const bool done = ErrorReporter::attempt(this, windowTitle(), [&] {
        LoadedCertificates parent;
        if (!parentFile.isEmpty()) {
            bool ok = false;
            const QString filePassphrase =
                QInputDialog::getText(this, windowTitle(), tr("Passphrase of %1:").arg(parentFile),
                                      QLineEdit::Password, QString(), &ok);
            if (!ok)
                throw InputError(tr("%1: no passphrase given").arg(parentFile));
            parent = CertificateLoader::loadFile(parentFile, filePassphrase.toUtf8());
            if (parent.privateKey.isNull())
                throw InputError(tr("%1: holds no private key; the parent CA's PKCS#12 is needed")
                                     .arg(parentFile));
        }
        OrganisationCa ca;
        const QDateTime now = m_workspace.now();
        BackgroundTask::run(this, tr("Making the CA key…"), [&] {
            ca = OrganisationCa::create(spec, passphrase, now, parent.certificates.value(0),
                                        parent.privateKey, parent.certificates.mid(1));
        });
        OrganisationCaService::setCa(m_workspace.store(), m_workspace.organisationId(), ca,
                                     QStringLiteral("create"), install, true);
    });
    if (!done)
        return;
    m_workspace.lockCa();
    m_workspace.changed(Workspace::OrganisationCa | Workspace::Roots | Workspace::ApprovedCas);
    QDialog::accept();
}

} // namespace trustdesk
