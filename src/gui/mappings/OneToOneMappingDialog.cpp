#include "mappings/OneToOneMappingDialog.h"

#include "InputError.h"
#include "store/MappingRepository.h"
#include "ui_OneToOneMappingDialog.h"

#include <QLocale>

namespace trustdesk {

OneToOneMappingDialog::OneToOneMappingDialog(const QStringList &usernames, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OneToOneMappingDialog>())
{
    m_ui->setupUi(this);
    m_ui->userCombo->addItems(usernames);
    m_ui->userCombo->setCurrentIndex(-1);
    m_mapping.kind = CertificateMapping::Kind::OneToOne;
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OneToOneMappingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

OneToOneMappingDialog::~OneToOneMappingDialog() = default;

void OneToOneMappingDialog::setMapping(const CertificateMapping &mapping)
{
    m_mapping = mapping;
    setWindowTitle(mapping.id ? tr("One-to-one mapping") : tr("New one-to-one mapping"));
    m_ui->certificateLabel->setText(
        tr("<p>This exact certificate (compared byte for byte) signs in as the user below:</p>"
           "<p><b>%1</b><br>issued by %2<br>valid until %3<br>thumbprint %4</p>")
            .arg(mapping.certificate.subjectText().toHtmlEscaped(),
                 mapping.certificate.issuerText().toHtmlEscaped(),
                 QLocale().toString(mapping.certificate.notAfter().toLocalTime(),
                                    QLocale::ShortFormat),
                 mapping.certificate.thumbprint().grouped()));
    m_ui->userCombo->setCurrentText(mapping.username);
    m_ui->enabledCheck->setChecked(mapping.enabled);
}

void OneToOneMappingDialog::setUser(const QString &username)
{
    m_ui->userCombo->setCurrentText(username);
}

CertificateMapping OneToOneMappingDialog::mapping() const
{
    CertificateMapping m = m_mapping;
    m.username = m_ui->userCombo->currentText().trimmed();
    m.enabled = m_ui->enabledCheck->isChecked();
    MappingRepository::validate(m);
    return m;
}

void OneToOneMappingDialog::accept()
{
    try {
        mapping();
    } catch (const InputError &problem) {
        m_ui->problemLabel->setText(problem.message());
        return;
    }
    QDialog::accept();
}

} // namespace trustdesk
