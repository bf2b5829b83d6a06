#include "orgca/IssueSummaryPage.h"

#include "orgca/IssueCertificateWizard.h"
#include "orgca/IssueKeyPage.h"
#include "orgca/IssueOutputPage.h"
#include "orgca/IssueRegisterPage.h"
#include "orgca/IssueSubjectPage.h"
#include "orgca/IssueUserPage.h"
#include "ui_IssueSummaryPage.h"

#include <QDir>
#include <QLocale>

namespace trustdesk {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

IssueSummaryPage::IssueSummaryPage(IssueCertificateWizard &wizard)
    : m_wizard(wizard), m_ui(std::make_unique<Ui::IssueSummaryPage>())
{
    setObjectName(QStringLiteral("summaryPage"));
    m_ui->setupUi(this);
}

IssueSummaryPage::~IssueSummaryPage() = default;

QByteArray IssueSummaryPage::caPassphrase() const
{
    return m_ui->caPassphraseEdit->text().toUtf8();
}

void IssueSummaryPage::focusPassphrase()
{
    m_ui->caPassphraseEdit->selectAll();
    m_ui->caPassphraseEdit->setFocus();
}

void IssueSummaryPage::initializePage()
{
    m_ui->summaryText->setHtml(summaryHtml());
    const bool locked = !m_wizard.workspace().isCaUnlocked();
    m_ui->caPassphraseLabel->setVisible(locked);
    m_ui->caPassphraseEdit->setVisible(locked);
}

QString IssueSummaryPage::summaryHtml() const
{
    const IssueUserPage *userPage = m_wizard.userPage();
    const ClientCertificateSpec s = m_wizard.spec();
    const IssueRegistration registration =
        m_wizard.registerPage()->registration(userPage->username());
    QStringList registered;
    if (registration.thumbprint)
        registered << tr("thumbprint");
    if (registration.commonName)
        registered << tr("CN '%1'").arg(s.commonName);
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row(tr("User"), userPage->username());
    if (userPage->signsRequest()) {
        html += row(tr("Request"), QDir::toNativeSeparators(userPage->requestFile()));
        html += row(tr("Subject"), userPage->request().subjectText());
        html +=
            row(tr("Key"), tr("%1 (kept by the user)").arg(userPage->request().keyDescription()));
    } else {
        QStringList subject;
        if (!s.country.isEmpty())
            subject << QStringLiteral("C=") + s.country;
        if (!s.organisation.isEmpty())
            subject << QStringLiteral("O=") + s.organisation;
        if (!s.organisationalUnit.isEmpty())
            subject << QStringLiteral("OU=") + s.organisationalUnit;
        subject << QStringLiteral("CN=") + s.commonName;
        html += row(tr("Subject"), subject.join(QStringLiteral(", ")));
        html += row(tr("Key"), m_wizard.keyPage()->keyTypeText());
    }
    if (!s.email.isEmpty())
        html += row(tr("E-mail"), s.email);
    html += row(tr("Valid"),
                tr("%n day(s), until %1", nullptr, s.days)
                    .arg(QLocale().toString(m_wizard.workspace().now().addDays(s.days).date(),
                                            QLocale::LongFormat)));
    html += row(tr("Usage"), tr("TLS client authentication; digital signature"));
    const auto &ca = m_wizard.organisationCa();
    html += row(tr("Issuer"), ca ? ca->certificate().subjectText() : QString());
    html +=
        row(tr("Register"), registered.isEmpty() ? tr("nothing") : registered.join(tr(" and ")));
    const IssueOutputPage *output = m_wizard.outputPage();
    html += row(tr("Output"), QStringLiteral("%1 — %2").arg(
                                  QDir::toNativeSeparators(output->file()), output->formatText()));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace trustdesk
