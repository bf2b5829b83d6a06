#include "certificates/CertificateDetailsDialog.h"

#include "common/ErrorReporter.h"
#include "ui_CertificateDetailsDialog.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSaveFile>

namespace trustdesk {

CertificateDetailsDialog::CertificateDetailsDialog(QWidget *parent, const Certificate &certificate)
    : QDialog(parent), m_ui(std::make_unique<Ui::CertificateDetailsDialog>()),
      m_certificate(certificate)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Certificate: %1").arg(certificate.displayName()));
    const QLocale locale;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->subjectLabel->setText(certificate.subjectText());
    m_ui->issuerLabel->setText(certificate.issuerText());
    m_ui->serialLabel->setText(certificate.serialHex());
    m_ui->validFromLabel->setText(
        locale.toString(certificate.notBefore().toLocalTime(), QLocale::LongFormat));
    m_ui->validUntilLabel->setText(
        locale.toString(certificate.notAfter().toLocalTime(), QLocale::LongFormat));
    m_ui->keyLabel->setText(certificate.keyDescription());
    QString ca;
    if (!certificate.hasBasicConstraints())
        ca = tr("No (no basic constraints; version %1)").arg(certificate.version());
    else if (!certificate.isCa())
        ca = tr("No (an end-entity certificate)");
    else
        ca = certificate.pathLength() >= 0 ? tr("Yes, path length %1").arg(certificate.pathLength())
                                           : tr("Yes");
    if (certificate.isSelfSigned())
        ca += tr("; self-signed");
    m_ui->basicConstraintsLabel->setText(ca);
    m_ui->sha1Label->setText(certificate.thumbprint().grouped());
    m_ui->sha1Label->setFont(fixed);
    m_ui->sha256Label->setText(certificate.sha256());
    m_ui->sha256Label->setFont(fixed);
    for (const CertificateExtension &extension : certificate.extensions()) {
        auto *item = new QTreeWidgetItem(m_ui->extensionsTree);
        item->setText(0, extension.name);
        item->setToolTip(0, extension.oid);
        item->setText(1, extension.critical ? tr("critical") : QString());
        item->setText(2, extension.value);
    }
    m_ui->extensionsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->pemEdit->setFont(fixed);
    m_ui->pemEdit->setPlainText(certificate.toPem());

    connect(m_ui->copyPemButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_certificate.toPem()); });
    connect(m_ui->copyThumbprintButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_certificate.thumbprint().grouped());
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this,
            &CertificateDetailsDialog::exportCertificate);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CertificateDetailsDialog::~CertificateDetailsDialog() = default;

void CertificateDetailsDialog::showCertificate(QWidget *parent, const Certificate &certificate)
{
    if (certificate.isNull())
        return;
    CertificateDetailsDialog dialog(parent, certificate);
    dialog.exec();
}

QString CertificateDetailsDialog::exportTo(const Certificate &certificate, const QString &path)
{
    const bool der = path.endsWith(QLatin1String(".der"), Qt::CaseInsensitive) ||
                     path.endsWith(QLatin1String(".cer"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write (%2)").arg(path, file.errorString());
    file.write(der ? certificate.der() : certificate.toPem().toUtf8());
    if (!file.commit())
        return tr("%1: cannot write (%2)").arg(path, file.errorString());
    return QString();
}

void CertificateDetailsDialog::exportCertificate()
{
    QString name = m_certificate.displayName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export certificate"), name + QStringLiteral(".pem"),
                                     tr("PEM (*.pem *.crt);;DER (*.der *.cer)"));
    if (path.isEmpty())
        return;
    const QString error = exportTo(m_certificate, path);
    if (!error.isEmpty())
        ErrorReporter::show(this, tr("Export certificate"), error);
}

} // namespace trustdesk
