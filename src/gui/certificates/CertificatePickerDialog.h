// Lets an administrator tick some certificates out of a list: the operating system's
// trusted roots, or the installed CAs that are not approved yet.
#pragma once

#include "x509/Certificate.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CertificatePickerDialog;
}

namespace trustdesk {

class CertificatePickerDialog : public QDialog
{
    Q_OBJECT
public:
    CertificatePickerDialog(QWidget *parent, const QString &title, const QString &prompt,
                            const QList<Certificate> &certificates);
    ~CertificatePickerDialog() override;

    QList<Certificate> chosen() const;
    // Ticks or unticks the certificate on `row`.
    void setChecked(int row, bool checked);

    // The operating system's trusted roots, through Qt's view of the platform store.
    static QList<Certificate> systemCertificates();

private:
    void applyFilter(const QString &text);
    void updateCount();

    std::unique_ptr<Ui::CertificatePickerDialog> m_ui;
    QList<Certificate> m_certificates;
};

} // namespace trustdesk
