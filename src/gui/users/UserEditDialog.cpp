#include "users/UserEditDialog.h"
#include "domain/NameRules.h"
#include "services/UserEditingService.h"

#include "InputError.h"
#include "app/Workspace.h"
#include "common/ErrorReporter.h"
#include "store/Store.h"
#include "ui_UserEditDialog.h"
#include "users/UsersModel.h"

#include <QMessageBox>
#include <QPushButton>

namespace trustdesk {

namespace {

void fillPolicies(QComboBox *combo, Policy current)
{
    for (Policy policy : {Policy::Password, Policy::Certificate, Policy::PasswordAndCertificate})
        combo->addItem(UsersModel::policyLabel(policy), int(policy));
    combo->setCurrentIndex(combo->findData(int(current)));
}

Policy chosenPolicy(const QComboBox *combo)
{
    return Policy(combo->currentData().toInt());
}

} // namespace

UserEditDialog::UserEditDialog(QWidget *parent, const std::optional<UserProfile> &existing,
                               bool hasPassword)
    : QDialog(parent), m_ui(std::make_unique<Ui::UserEditDialog>()), m_existing(existing)
{
    m_ui->setupUi(this);
    const UserProfile shown = existing.value_or(UserProfile());
    fillPolicies(m_ui->httpsPolicyCombo, shown.httpsPolicy);
    fillPolicies(m_ui->ftpsPolicyCombo, shown.ftpsPolicy);
    if (existing) {
        setWindowTitle(tr("Edit user %1").arg(existing->username));
        m_ui->usernameEdit->setText(existing->username);
        m_ui->usernameEdit->setReadOnly(true);
        m_ui->fullNameEdit->setText(existing->fullName);
        m_ui->disabledCheck->setChecked(existing->disabled);
        m_ui->passwordEdit->setPlaceholderText(hasPassword ? tr("unchanged")
                                                           : tr("no password set"));
    } else {
        setWindowTitle(tr("Add user"));
    }
    for (QLineEdit *edit : {m_ui->usernameEdit, m_ui->passwordEdit, m_ui->confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &UserEditDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserEditDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

UserEditDialog::~UserEditDialog() = default;

void UserEditDialog::editUser(QWidget *parent, Workspace &workspace, const UserRecord &user)
{
    // A copy: the caller's record follows the store while the dialog is open (another
    // administrator's change refreshes the views), and what was shown is what must still
    // be there when this edit is saved.
    const UserProfile shown = user.profile;
    UserEditDialog dialog(parent, shown, user.hasPassword);
    dialog.setSave([&] {
        UserEditingService::edit(workspace.store(), workspace.organisationId(), dialog.profile(),
                                 dialog.password(), shown);
    });
    if (dialog.exec() == QDialog::Accepted)
        workspace.changed(Workspace::Users);
}

void UserEditDialog::validate()
{
    QString problem;
    if (!m_existing) {
        try {
            NameRules::validate(tr("username"), m_ui->usernameEdit->text());
        } catch (const InputError &error) {
            problem =
                m_ui->usernameEdit->text().isEmpty() ? tr("Enter a username.") : error.message();
        }
        if (problem.isEmpty() && m_nameTaken && m_nameTaken(m_ui->usernameEdit->text()))
            problem = tr("A user named '%1' already exists.").arg(m_ui->usernameEdit->text());
    }
    if (problem.isEmpty() && m_ui->passwordEdit->text() != m_ui->confirmEdit->text())
        problem = tr("The two passwords differ.");
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void UserEditDialog::save()
{
    if (!m_save)
        return accept();
    if (ErrorReporter::attempt(this, windowTitle(), m_save))
        accept();
    else
        validate(); // the store may have said why: a name taken meanwhile shows in place
}

bool UserEditDialog::hasChanges() const
{
    const UserProfile before = m_existing.value_or(UserProfile());
    const UserProfile now = profile();
    return now.username != before.username || now.fullName != before.fullName.trimmed() ||
           now.disabled != before.disabled || now.httpsPolicy != before.httpsPolicy ||
           now.ftpsPolicy != before.ftpsPolicy || !m_ui->passwordEdit->text().isEmpty();
}

void UserEditDialog::reject()
{
    if (hasChanges()) {
        QMessageBox box(QMessageBox::Question, windowTitle(), tr("Discard what you entered?"),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("confirmDiscard"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

UserProfile UserEditDialog::profile() const
{
    UserProfile out = m_existing.value_or(UserProfile());
    out.username = m_ui->usernameEdit->text();
    out.fullName = m_ui->fullNameEdit->text().trimmed();
    out.disabled = m_ui->disabledCheck->isChecked();
    out.httpsPolicy = chosenPolicy(m_ui->httpsPolicyCombo);
    out.ftpsPolicy = chosenPolicy(m_ui->ftpsPolicyCombo);
    return out;
}

std::optional<QByteArray> UserEditDialog::password() const
{
    if (m_ui->passwordEdit->text().isEmpty())
        return std::nullopt;
    return m_ui->passwordEdit->text().toUtf8();
}

} // namespace trustdesk
