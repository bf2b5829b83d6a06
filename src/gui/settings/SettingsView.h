// The organisation's settings that the rules depend on, each with a plain explanation.
#pragma once

#include "app/Workspace.h"

#include <QWidget>
#include <memory>

namespace Ui {
class SettingsView;
}

namespace trustdesk {

class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(Workspace &workspace, QWidget *parent = nullptr);
    ~SettingsView() override;

    bool hasUnsavedChanges() const;

public slots:
    void save();
    void revert();

private:
    OrganisationSettings entered() const;
    void updateButtons();

    Workspace &m_workspace;
    std::unique_ptr<Ui::SettingsView> m_ui;
};

} // namespace trustdesk
