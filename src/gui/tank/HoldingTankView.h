// The organisation-wide holding tank: filter by user and kind, accept (the same flow as on
// a profile), install untrusted CAs, delete one, the selected or all, and the expiry and
// cap settings at hand.
#pragma once

#include "app/Workspace.h"

#include <QWidget>
#include <memory>

namespace Ui {
class HoldingTankView;
}

namespace trustdesk {

class DeferredRefresh;

class TankModel;

class HoldingTankView : public QWidget
{
    Q_OBJECT
public:
    explicit HoldingTankView(Workspace &workspace, QWidget *parent = nullptr);
    ~HoldingTankView() override;

    TankModel *model() const { return m_model; }
    void setUserFilter(const QString &text);
    void setKindFilter(const QString &kind); // "", "cn", "thumbprint", "untrusted-ca"
    void selectRow(int row);

public slots:
    void acceptSelected();
    void deleteSelected();
    void deleteAll();
    void showDetails();
    void saveSettings();

signals:
    void openUserRequested(const QString &username);
    void explainRequested(const trustdesk::TankEntry &entry);

private:
    void refresh();
    void applyFilter();
    void updateButtons();
    void showSettings();
    QList<int> selectedRows() const;

    Workspace &m_workspace;
    std::unique_ptr<Ui::HoldingTankView> m_ui;
    TankModel *m_model;
    DeferredRefresh *m_deferred;
};

} // namespace trustdesk
