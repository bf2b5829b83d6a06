// Adds or edits a one-to-one mapping: one exact certificate (shown, not editable: a new
// certificate is a new mapping) and the user it signs in as, enabled or not.
#pragma once

#include "domain/CertificateMapping.h"

#include <QDialog>
#include <memory>

namespace Ui {
class OneToOneMappingDialog;
}

namespace trustdesk {

class OneToOneMappingDialog : public QDialog
{
    Q_OBJECT
public:
    OneToOneMappingDialog(const QStringList &usernames, QWidget *parent = nullptr);
    ~OneToOneMappingDialog() override;

    void setMapping(const CertificateMapping &mapping);
    // Throws InputError naming what is wrong.
    CertificateMapping mapping() const;
    void setUser(const QString &username);

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::OneToOneMappingDialog> m_ui;
    CertificateMapping m_mapping;
};

} // namespace trustdesk
