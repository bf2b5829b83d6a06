// The audit log: who changed what, when, with the values before and after; filter and
// export to CSV.
#pragma once

#include "app/Workspace.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AuditView;
}

namespace trustdesk {

class DeferredRefresh;

class AuditModel;

class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(Workspace &workspace, QWidget *parent = nullptr);
    ~AuditView() override;

    AuditModel *model() const { return m_model; }
    void setFilter(const QString &text);
    // Writes every entry that matches the filter (not only the loaded ones) as CSV.
    // Returns an error message, or "" on success.
    QString exportCsv(const QString &path);

public slots:
    void exportToFile();

private:
    void refresh();
    void reload();
    void showSelected();

    Workspace &m_workspace;
    std::unique_ptr<Ui::AuditView> m_ui;
    AuditModel *m_model;
    DeferredRefresh *m_deferred;
};

} // namespace trustdesk
