// Everything about one certificate: names, validity, key, extensions, both fingerprints
// and the PEM, with copy and export.
#pragma once

#include "x509/Certificate.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CertificateDetailsDialog;
}

namespace trustdesk {

class CertificateDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDetailsDialog(QWidget *parent, const Certificate &certificate);
    ~CertificateDetailsDialog() override;

    static void showCertificate(QWidget *parent, const Certificate &certificate);

    // Writes PEM (".pem", ".crt") or DER (".der", ".cer"); returns an error message or "".
    static QString exportTo(const Certificate &certificate, const QString &path);

private:
    void exportCertificate();

    std::unique_ptr<Ui::CertificateDetailsDialog> m_ui;
    Certificate m_certificate;
};

} // namespace trustdesk
