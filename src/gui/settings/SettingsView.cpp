#include "settings/SettingsView.h"

#include "common/ErrorReporter.h"
#include "ui_SettingsView.h"

namespace trustdesk {

SettingsView::SettingsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::SettingsView>())
{
    m_ui->setupUi(this);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsView::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SettingsView::revert);
    for (QCheckBox *check :
         {m_ui->matchCnCheck, m_ui->requireRevocationCheck, m_ui->allowSha1Check})
        connect(check, &QCheckBox::toggled, this, &SettingsView::updateButtons);
    for (QSpinBox *spin : {m_ui->tankDaysSpin, m_ui->tankCapSpin})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsView::updateButtons);
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::Areas areas) {
        if (areas & Workspace::Settings)
            revert();
    });
    revert();
}

SettingsView::~SettingsView() = default;

OrganisationSettings SettingsView::entered() const
{
    OrganisationSettings settings = m_workspace.organisation();
    settings.matchCn = m_ui->matchCnCheck->isChecked();
    settings.requireRevocation = m_ui->requireRevocationCheck->isChecked();
    settings.allowSha1Signatures = m_ui->allowSha1Check->isChecked();
    settings.tankDays = m_ui->tankDaysSpin->value();
    settings.tankCap = m_ui->tankCapSpin->value();
    return settings;
}

bool SettingsView::hasUnsavedChanges() const
{
    return m_workspace.isOpen() && entered().toJson() != m_workspace.organisation().toJson();
}

void SettingsView::updateButtons()
{
    const bool changed = hasUnsavedChanges();
    m_ui->saveButton->setEnabled(changed);
    m_ui->revertButton->setEnabled(changed);
}

void SettingsView::revert()
{
    const OrganisationSettings &settings = m_workspace.organisation();
    m_ui->titleLabel->setText(tr("<h2>Settings of %1</h2>").arg(settings.name.toHtmlEscaped()));
    m_ui->matchCnCheck->setChecked(settings.matchCn);
    m_ui->requireRevocationCheck->setChecked(settings.requireRevocation);
    m_ui->allowSha1Check->setChecked(settings.allowSha1Signatures);
    m_ui->tankDaysSpin->setValue(settings.tankDays);
    m_ui->tankCapSpin->setValue(settings.tankCap);
    setEnabled(m_workspace.isOpen());
    updateButtons();
}

void SettingsView::save()
{
    const OrganisationSettings settings = entered();
    if (ErrorReporter::attempt(this, tr("Settings"),
                               [&] { m_workspace.store().organisations().update(settings); })) {
        m_workspace.changed(Workspace::Settings);
        emit m_workspace.notice(tr("Settings of %1 saved").arg(settings.name));
    }
}

} // namespace trustdesk
