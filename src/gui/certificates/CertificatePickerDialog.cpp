#include "certificates/CertificatePickerDialog.h"

#include "ui_CertificatePickerDialog.h"

#include <QLocale>
#include <QPushButton>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace trustdesk {

CertificatePickerDialog::CertificatePickerDialog(QWidget *parent, const QString &title,
                                                 const QString &prompt,
                                                 const QList<Certificate> &certificates)
    : QDialog(parent), m_ui(std::make_unique<Ui::CertificatePickerDialog>()),
      m_certificates(certificates)
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->promptLabel->setText(prompt);
    const QLocale locale;
    for (const Certificate &cert : certificates) {
        auto *item = new QListWidgetItem(
            tr("%1 (expires %2)")
                .arg(cert.displayName(),
                     locale.toString(cert.notAfter().toLocalTime().date(), QLocale::ShortFormat)),
            m_ui->certificateList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(
            tr("Subject: %1\nSHA-1: %2").arg(cert.subjectText(), cert.thumbprint().grouped()));
    }
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &CertificatePickerDialog::applyFilter);
    connect(m_ui->certificateList, &QListWidget::itemChanged, this,
            &CertificatePickerDialog::updateCount);
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_ui->certificateList->count(); ++row)
            if (!m_ui->certificateList->item(row)->isHidden())
                setChecked(row, true);
    });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_ui->certificateList->count(); ++row)
            setChecked(row, false);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
}

CertificatePickerDialog::~CertificatePickerDialog() = default;

void CertificatePickerDialog::setChecked(int row, bool checked)
{
    m_ui->certificateList->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QList<Certificate> CertificatePickerDialog::chosen() const
{
    QList<Certificate> out;
    for (int row = 0; row < m_ui->certificateList->count(); ++row)
        if (m_ui->certificateList->item(row)->checkState() == Qt::Checked)
            out << m_certificates.at(row);
    return out;
}

void CertificatePickerDialog::applyFilter(const QString &text)
{
    for (int row = 0; row < m_ui->certificateList->count(); ++row)
        m_ui->certificateList->item(row)->setHidden(
            !m_certificates.at(row).subjectText().contains(text.trimmed(), Qt::CaseInsensitive));
}

void CertificatePickerDialog::updateCount()
{
    const int count = int(chosen().size());
    m_ui->countLabel->setText(tr("%n chosen", nullptr, count));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
}

QList<Certificate> CertificatePickerDialog::systemCertificates()
{
    QList<Certificate> out;
    for (const QSslCertificate &ssl : QSslConfiguration::systemCaCertificates()) {
        const Certificate cert = Certificate::fromDer(ssl.toDer());
        if (!cert.isNull())
            out << cert;
    }
    std::sort(out.begin(), out.end(), [](const Certificate &a, const Certificate &b) {
        return a.displayName().compare(b.displayName(), Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace trustdesk
