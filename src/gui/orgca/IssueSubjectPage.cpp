#include "orgca/IssueSubjectPage.h"

#include "InputError.h"
#include "domain/CommonName.h"
#include "orgca/IssueCertificateWizard.h"
#include "orgca/IssueUserPage.h"
#include "ui_IssueSubjectPage.h"

namespace trustdesk {

namespace {

QString listItems(const QStringList &items)
{
    return QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
}

} // namespace

IssueSubjectPage::IssueSubjectPage(IssueCertificateWizard &wizard)
    : m_wizard(wizard), m_ui(std::make_unique<Ui::IssueSubjectPage>())
{
    setObjectName(QStringLiteral("subjectPage"));
    m_ui->setupUi(this);
    connect(m_ui->cnEdit, &QLineEdit::textChanged, this, &IssueSubjectPage::updateCnAdvice);
    connect(m_ui->useFullNameButton, &QPushButton::clicked, this, [this] {
        if (const auto user = m_wizard.userPage()->chosenUser())
            m_ui->cnEdit->setText(user->profile.fullName);
    });
    connect(m_ui->useUsernameButton, &QPushButton::clicked, this, [this] {
        if (const auto user = m_wizard.userPage()->chosenUser())
            m_ui->cnEdit->setText(user->profile.username);
    });
    // A problem shown on the page goes away as soon as a field is edited.
    for (QLineEdit *edit :
         {m_ui->cnEdit, m_ui->emailEdit, m_ui->organisationEdit, m_ui->unitEdit, m_ui->countryEdit})
        connect(edit, &QLineEdit::textChanged, m_ui->subjectErrorLabel, &QLabel::clear);
}

IssueSubjectPage::~IssueSubjectPage() = default;

ClientCertificateSpec IssueSubjectPage::subject() const
{
    ClientCertificateSpec spec;
    spec.commonName = m_ui->cnEdit->text().trimmed();
    spec.email = email();
    spec.organisation = m_ui->organisationEdit->text().trimmed();
    spec.organisationalUnit = m_ui->unitEdit->text().trimmed();
    spec.country = m_ui->countryEdit->text().trimmed().toUpper();
    return spec;
}

QString IssueSubjectPage::email() const
{
    return m_ui->emailEdit->text().trimmed();
}

void IssueSubjectPage::initializePage()
{
    const IssueUserPage *userPage = m_wizard.userPage();
    const bool request = userPage->signsRequest();
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->cnEdit), static_cast<QWidget *>(m_ui->useFullNameButton),
          static_cast<QWidget *>(m_ui->useUsernameButton),
          static_cast<QWidget *>(m_ui->organisationEdit), static_cast<QWidget *>(m_ui->unitEdit),
          static_cast<QWidget *>(m_ui->countryEdit)})
        w->setEnabled(!request);
    const auto user = userPage->chosenUser();
    if (request) {
        m_ui->cnEdit->setText(userPage->request().commonNames().values.value(0));
        m_ui->emailEdit->setText(userPage->request().requestedEmailAddresses().value(0));
    } else if (m_ui->cnEdit->text().isEmpty() && user) {
        // The full name reads well in a certificate and is what Match CN compares.
        m_ui->cnEdit->setText(user->profile.fullName.isEmpty() ? user->profile.username
                                                               : user->profile.fullName);
    }
    m_ui->subjectErrorLabel->clear();
    updateCnAdvice();
}

void IssueSubjectPage::updateCnAdvice()
{
    const auto user = m_wizard.userPage()->chosenUser();
    const QString cn = m_ui->cnEdit->text().trimmed();
    if (!user || cn.isEmpty()) {
        m_ui->cnAdviceLabel->clear();
        return;
    }
    Workspace &workspace = m_wizard.workspace();
    const bool matchCn = workspace.organisation().matchCn;
    const QString key = CommonName::key(cn);
    const bool matchesName =
        key == CommonName::key(user->profile.username) ||
        (!user->profile.fullName.isEmpty() && key == CommonName::key(user->profile.fullName));
    QStringList notes;
    if (matchesName && matchCn)
        notes << tr("This CN matches the user's name and <b>Match CN is on</b>: A3 authenticates "
                    "'%1' with it even if nothing is registered.")
                     .arg(user->profile.username.toHtmlEscaped());
    else if (matchesName)
        notes << tr("This CN matches the user's name, but <b>Match CN is off</b> in this "
                    "organisation: register the thumbprint or the CN on the next pages.");
    else
        notes << tr("This CN differs from the user's name and full name: Match CN (A3) never "
                    "applies; register the thumbprint or the CN on the next pages.");
    QStringList others;
    for (const CommonNameClaim &claim : workspace.store().users().commonNameClaims(
             workspace.organisationId(), cn, user->profile.username)) {
        others << (claim.holdsCn ? tr("%1 already holds this CN") : tr("%1's name matches it"))
                      .arg(claim.username.toHtmlEscaped());
    }
    if (!others.isEmpty())
        notes << tr("<b>Other users claim this CN</b>; with a CN credential they could sign on "
                    "with each other's certificates:") +
                     listItems(others);
    m_ui->cnAdviceLabel->setText(notes.join(QStringLiteral("<br>")));
}

bool IssueSubjectPage::validatePage()
{
    try {
        if (m_wizard.userPage()->signsRequest()) {
            if (!email().isEmpty() && !ClientCertificateIssuer::isEmailAddress(email()))
                throw InputError(tr("'%1' is not an e-mail address").arg(email()));
            return true;
        }
        ClientCertificateSpec check = subject();
        check.days = 1; // checked on the next page
        ClientCertificateIssuer::validate(check, m_wizard.organisationCa()->certificate(),
                                          m_wizard.workspace().now());
    } catch (const InputError &error) {
        IssueCertificateWizard::showError(m_ui->subjectErrorLabel, error.message());
        return false;
    }
    return true;
}

} // namespace trustdesk
