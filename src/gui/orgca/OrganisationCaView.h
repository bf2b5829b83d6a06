// The organisation CA page: the CA (subject, key, validity, whether it is installed and
// approved, locked or unlocked), Create/Import/Lock, the wizard, and every certificate the
// organisation issued with its expiry.
#pragma once

#include "app/Workspace.h"
#include "store/StoreRecords.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class OrganisationCaView;
}

namespace trustdesk {

class DeferredRefresh;

class OrganisationCaView : public QWidget
{
    Q_OBJECT
public:
    explicit OrganisationCaView(Workspace &workspace, QWidget *parent = nullptr);
    ~OrganisationCaView() override;

    const QList<IssuedCertificateRecord> &issued() const { return m_issued; }

public slots:
    void refresh();
    void createCa();
    void importCa();
    void toggleLock();
    void showDetails();

signals:
    void issueRequested();

private:
    bool confirmReplace();

    Workspace &m_workspace;
    std::unique_ptr<Ui::OrganisationCaView> m_ui;
    std::optional<OrganisationCa> m_ca;
    QList<IssuedCertificateRecord> m_issued;
    DeferredRefresh *m_deferred;
};

} // namespace trustdesk
