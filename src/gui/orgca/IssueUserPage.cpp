#include "orgca/IssueUserPage.h"

#include "InputError.h"
#include "orgca/IssueCertificateWizard.h"
#include "ui_IssueUserPage.h"

#include <QCompleter>
#include <QFileDialog>
#include <QLocale>
#include <QStringListModel>

namespace trustdesk {

IssueUserPage::IssueUserPage(IssueCertificateWizard &wizard, const QString &username)
    : m_wizard(wizard), m_ui(std::make_unique<Ui::IssueUserPage>())
{
    setObjectName(QStringLiteral("userPage"));
    m_ui->setupUi(this);
    m_ui->userEdit->setText(username);
    auto *completer = new QCompleter(this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->userEdit->setCompleter(completer);
    connect(m_ui->userEdit, &QLineEdit::textEdited, this, [this, completer](const QString &text) {
        // Completion from a page of matching users: a store of 100,000 users stays quick.
        UserQuery query;
        query.filter = text;
        query.page.limit = 20;
        QStringList names;
        Workspace &workspace = m_wizard.workspace();
        for (const UserRecord &user :
             workspace.store().userDirectory().page(workspace.organisationId(), query))
            names << user.profile.username;
        completer->setModel(new QStringListModel(names, completer));
        updateUserInfo();
    });
    connect(m_ui->userEdit, &QLineEdit::textChanged, this, &IssueUserPage::updateUserInfo);
    connect(m_ui->csrRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->csrEdit->setEnabled(on);
        m_ui->csrBrowseButton->setEnabled(on);
        if (on)
            loadRequest();
        else
            m_ui->csrInfoLabel->clear();
    });
    m_ui->csrEdit->setEnabled(false);
    m_ui->csrBrowseButton->setEnabled(false);
    connect(m_ui->csrEdit, &QLineEdit::editingFinished, this, &IssueUserPage::loadRequest);
    connect(m_ui->csrBrowseButton, &QPushButton::clicked, this, &IssueUserPage::browseRequest);

    if (const auto &ca = m_wizard.organisationCa()) {
        m_ui->caInfoLabel->setText(
            tr("Issued by the organisation CA <b>%1</b> (%2, valid until %3).")
                .arg(
                    ca->certificate().displayName().toHtmlEscaped(),
                    ca->certificate().keyDescription(),
                    QLocale().toString(ca->certificate().notAfter().date(), QLocale::ShortFormat)));
    } else {
        m_ui->caInfoLabel->setText(
            tr("<b>This organisation has no CA yet.</b> Create or import one under Organisation CA "
               "first."));
    }
    updateUserInfo();
}

IssueUserPage::~IssueUserPage() = default;

QString IssueUserPage::username() const
{
    return m_ui->userEdit->text().trimmed();
}

QString IssueUserPage::requestFile() const
{
    return m_ui->csrEdit->text().trimmed();
}

bool IssueUserPage::signsRequest() const
{
    return m_ui->csrRadio->isChecked();
}

std::optional<UserRecord> IssueUserPage::chosenUser() const
{
    const QString name = username();
    if (name.isEmpty())
        return std::nullopt;
    Workspace &workspace = m_wizard.workspace();
    const auto profile = workspace.store().users().find(workspace.organisationId(), name);
    if (!profile)
        return std::nullopt;
    return workspace.store().users().get(workspace.organisationId(), profile->username);
}

void IssueUserPage::updateUserInfo()
{
    const auto user = chosenUser();
    if (!user) {
        m_ui->userInfoLabel->setText(
            username().isEmpty() ? tr("Type a username.")
                                 : tr("No user '%1' in this organisation.").arg(username()));
        return;
    }
    m_ui->userInfoLabel->setText(
        tr("%1%2 — %n accepted credential(s)", nullptr,
           int(user->profile.thumbprints.size() + user->profile.commonNames.size()))
            .arg(user->profile.fullName.isEmpty() ? user->profile.username : user->profile.fullName,
                 user->profile.disabled ? tr(" (disabled)") : QString()));
}

void IssueUserPage::loadRequest()
{
    m_request = CertificateRequest();
    const QString path = m_ui->csrEdit->text().trimmed();
    if (path.isEmpty()) {
        m_ui->csrInfoLabel->setText(tr("Choose the request file the user sent."));
        return;
    }
    try {
        m_request = CertificateRequest::fromFile(path);
        m_ui->csrInfoLabel->setText(
            tr("Request for <b>%1</b>, key %2. Its signature verifies.")
                .arg(m_request.subjectText().toHtmlEscaped(), m_request.keyDescription()));
    } catch (const InputError &error) {
        IssueCertificateWizard::showError(m_ui->csrInfoLabel, error.message());
    }
}

void IssueUserPage::browseRequest()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Certificate signing request"), QString(),
        tr("Certificate signing requests (*.csr *.req *.pem *.der);;All files (*)"));
    if (!path.isEmpty()) {
        m_ui->csrEdit->setText(path);
        loadRequest();
    }
}

bool IssueUserPage::validatePage()
{
    if (!m_wizard.organisationCa()) {
        IssueCertificateWizard::showError(m_ui->caInfoLabel,
                                          tr("This organisation has no CA yet."));
        return false;
    }
    if (!chosenUser()) {
        IssueCertificateWizard::showError(
            m_ui->userInfoLabel, username().isEmpty()
                                     ? tr("Choose the user first.")
                                     : tr("No user '%1' in this organisation.").arg(username()));
        return false;
    }
    if (signsRequest()) {
        loadRequest();
        return !m_request.isNull();
    }
    return true;
}

} // namespace trustdesk
