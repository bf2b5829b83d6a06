// Creates the organisation CA: subject, key type, validity, a parent CA for an
// intermediate, the passphrase its key is stored under, and whether to install and approve
// it. The key is made off the GUI thread; the store is written only on success.
#pragma once

#include "app/Workspace.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CreateOrganisationCaDialog;
}

namespace trustdesk {

class CreateOrganisationCaDialog : public QDialog
{
    Q_OBJECT
public:
    CreateOrganisationCaDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~CreateOrganisationCaDialog() override;

    void accept() override;

private:
    void browseParent();
    void showProblem(const QString &message);

    Workspace &m_workspace;
    std::unique_ptr<Ui::CreateOrganisationCaDialog> m_ui;
};

} // namespace trustdesk
