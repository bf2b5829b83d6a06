#include "users/AddCredentialDialog.h"

#include "domain/CommonName.h"
#include "ui_AddCredentialDialog.h"
#include "x509/Thumbprint.h"

#include <QPushButton>

namespace trustdesk {

AddCredentialDialog::AddCredentialDialog(QWidget *parent, const Certificate &from)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddCredentialDialog>()), m_certificate(from)
{
    m_ui->setupUi(this);
    if (from.isNull()) {
        m_ui->certificateLabel->setText(
            tr("Type a thumbprint (40 hex digits; spaces, colons and any case are fine) or a "
               "CN."));
    } else {
        QString problem;
        m_certificateCn = CommonName::usable(from, &problem);
        m_ui->certificateLabel->setText(
            tr("From the certificate <b>%1</b>, issued by %2, expiring %3.")
                .arg(from.displayName().toHtmlEscaped(),
                     Certificate::nameLabel(X509_get_issuer_name(from.x509())).toHtmlEscaped(),
                     QLocale().toString(from.notAfter().toLocalTime().date(),
                                        QLocale::ShortFormat)));
        m_ui->cnRadio->setEnabled(!m_certificateCn.isEmpty());
        if (m_certificateCn.isEmpty())
            m_ui->cnRadio->setToolTip(problem);
    }
    connect(m_ui->thumbprintRadio, &QRadioButton::toggled, this, &AddCredentialDialog::kindChanged);
    connect(m_ui->valueEdit, &QLineEdit::textChanged, this, &AddCredentialDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChanged();
}

AddCredentialDialog::~AddCredentialDialog() = default;

CredentialKind AddCredentialDialog::kind() const
{
    return m_ui->thumbprintRadio->isChecked() ? CredentialKind::Thumbprint
                                              : CredentialKind::CommonName;
}

QString AddCredentialDialog::value() const
{
    return m_ui->valueEdit->text().trimmed();
}

void AddCredentialDialog::kindChanged()
{
    const bool thumbprint = m_ui->thumbprintRadio->isChecked();
    m_ui->valueEdit->setPlaceholderText(thumbprint ? tr("3D17 CFF3 E27B 127D 2753 A7F1 873E 2743 "
                                                        "783B FBD2")
                                                   : tr("Frank"));
    if (!m_certificate.isNull())
        m_ui->valueEdit->setText(thumbprint ? m_certificate.thumbprint().grouped()
                                            : m_certificateCn);
    validate();
}

void AddCredentialDialog::validate()
{
    const QString text = value();
    QString hint;
    bool ok = false;
    if (m_ui->thumbprintRadio->isChecked()) {
        const auto thumbprint = Thumbprint::fromText(text);
        ok = thumbprint.has_value();
        hint = ok ? tr("Will be stored as %1.").arg(thumbprint->grouped())
                  : (text.isEmpty() ? QString()
                                    : tr("Not a thumbprint: expected 40 hex digits (SHA-1)."));
    } else {
        ok = !text.isEmpty() && !CommonName::hasControlCharacter(text) && text.size() <= 256;
        hint = ok ? tr("Authenticates only with a certificate from an approved CA (rule A2).")
                  : (text.isEmpty() ? QString()
                                    : tr("A CN may not contain control characters or exceed 256 "
                                         "characters."));
    }
    m_ui->hintLabel->setText(hint);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace trustdesk
