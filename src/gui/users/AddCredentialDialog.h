// Adds a thumbprint or a CN to a user's accepted credentials: typed (a thumbprint in any
// common form: spaces, colons, any case) or taken from a certificate file.
#pragma once

#include "domain/CredentialKind.h"
#include "x509/Certificate.h"

#include <QDialog>
#include <memory>

namespace Ui {
class AddCredentialDialog;
}

namespace trustdesk {

class AddCredentialDialog : public QDialog
{
    Q_OBJECT
public:
    // With a certificate, both of its values are offered and the thumbprint is chosen.
    explicit AddCredentialDialog(QWidget *parent, const Certificate &from = Certificate());
    ~AddCredentialDialog() override;

    CredentialKind kind() const; // thumbprint or CN
    QString value() const;

private:
    void kindChanged();
    void validate();

    std::unique_ptr<Ui::AddCredentialDialog> m_ui;
    Certificate m_certificate;
    QString m_certificateCn;
};

} // namespace trustdesk
