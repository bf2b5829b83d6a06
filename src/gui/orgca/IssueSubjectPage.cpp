#include "orgca/IssueSubjectPage.h"

#include "InputError.h"
#include "domain/CommonName.h"
#include "orgca/IssueCertificateWizard.h"
#include "orgca/IssueUserPage.h"
#include "ui_IssueSubjectPage.h"

#include <QComboBox>
#include <QLocale>
#include <algorithm>

namespace trustdesk {

namespace {

QString listItems(const QStringList &items)
{
    return QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
}

// Every country with its ISO 3166 code, by name: the subject's C must be a code, and a
// name typed into a two-letter field once became another country's code.
void fillCountries(QComboBox *combo)
{
    QList<QPair<QString, QString>> countries; // name, code
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !code.at(0).isLetter() || !code.at(1).isLetter() ||
            code == QLatin1String("ZZ"))
            continue; // regions ("419") and the unknown territory are not countries
        countries.append({QLocale::territoryToString(territory), code});
    }
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    combo->addItem(IssueSubjectPage::tr("(none)"), QString());
    for (const auto &[name, code] : countries)
        combo->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
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
    fillCountries(m_ui->countryCombo);
    // A problem shown on the page goes away as soon as a field is edited.
    // Every field is checked as it is typed: the reason shows at once and Next waits.
    for (QLineEdit *edit : {m_ui->cnEdit, m_ui->emailEdit, m_ui->organisationEdit, m_ui->unitEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            const QString why = problem();
            if (why.isEmpty())
                m_ui->subjectErrorLabel->clear();
            else
                IssueCertificateWizard::showError(m_ui->subjectErrorLabel, why);
            emit completeChanged();
        });
    connect(m_ui->countryCombo, qOverload<int>(&QComboBox::currentIndexChanged),
            m_ui->subjectErrorLabel, &QLabel::clear);
}

IssueSubjectPage::~IssueSubjectPage() = default;

ClientCertificateSpec IssueSubjectPage::subject() const
{
    ClientCertificateSpec spec;
    spec.commonName = m_ui->cnEdit->text().trimmed();
    spec.email = email();
    spec.organisation = m_ui->organisationEdit->text().trimmed();
    spec.organisationalUnit = m_ui->unitEdit->text().trimmed();
    spec.country = m_ui->countryCombo->currentData().toString();
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
          static_cast<QWidget *>(m_ui->countryCombo)})
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
    for (const CommonNameClaim &claim : workspace.store().userDirectory().commonNameClaims(
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

QString IssueSubjectPage::problem() const
{
    try {
        if (m_wizard.userPage()->signsRequest()) {
            if (!email().isEmpty() && !ClientCertificateIssuer::isEmailAddress(email()))
                throw InputError(tr("'%1' is not an e-mail address").arg(email()));
            return QString();
        }
        ClientCertificateSpec check = subject();
        check.days = 1; // checked on the next page
        ClientCertificateIssuer::validate(check, m_wizard.organisationCa()->certificate(),
                                          m_wizard.workspace().now());
    } catch (const InputError &error) {
        return error.message();
    }
    return QString();
}

bool IssueSubjectPage::isComplete() const
{
    return problem().isEmpty();
}

bool IssueSubjectPage::validatePage()
{
    const QString why = problem();
    if (why.isEmpty())
        return true;
    IssueCertificateWizard::showError(m_ui->subjectErrorLabel, why);
    return false;
}

} // namespace trustdesk
