#include "orgca/IssueKeyPage.h"

#include "orgca/IssueCertificateWizard.h"
#include "orgca/IssueUserPage.h"
#include "ui_IssueKeyPage.h"

#include <QLocale>

namespace trustdesk {

IssueKeyPage::IssueKeyPage(IssueCertificateWizard &wizard)
    : m_wizard(wizard), m_ui(std::make_unique<Ui::IssueKeyPage>())
{
    setObjectName(QStringLiteral("keyPage"));
    m_ui->setupUi(this);
    const auto keyTypes = {
        qMakePair(KeyType::Rsa2048, tr("RSA 2048 — works with every client (recommended)")),
        qMakePair(KeyType::Rsa3072, tr("RSA 3072")),
        qMakePair(KeyType::Rsa4096, tr("RSA 4096 — slow to make and to use")),
        qMakePair(KeyType::EcP256, tr("EC P-256 — small and fast; not for very old clients")),
        qMakePair(KeyType::EcP384, tr("EC P-384")),
    };
    for (const auto &type : keyTypes)
        m_ui->keyTypeCombo->addItem(type.second, int(type.first));
    connect(m_ui->daysSpin, qOverload<int>(&QSpinBox::valueChanged), this,
            &IssueKeyPage::updateValidity);
}

IssueKeyPage::~IssueKeyPage() = default;

KeyType IssueKeyPage::keyType() const
{
    return KeyType(m_ui->keyTypeCombo->currentData().toInt());
}

QString IssueKeyPage::keyTypeText() const
{
    return m_ui->keyTypeCombo->currentText();
}

int IssueKeyPage::days() const
{
    return m_ui->daysSpin->value();
}

void IssueKeyPage::initializePage()
{
    const IssueUserPage *userPage = m_wizard.userPage();
    m_ui->keyTypeCombo->setEnabled(!userPage->signsRequest());
    if (userPage->signsRequest())
        m_ui->keyTypeLabel->setToolTip(
            tr("The request brings its own key: %1").arg(userPage->request().keyDescription()));
    updateValidity();
}

void IssueKeyPage::updateValidity()
{
    const auto &ca = m_wizard.organisationCa();
    const QDateTime until = m_wizard.workspace().now().addDays(days());
    QString text = tr("Valid until %1.").arg(QLocale().toString(until.date(), QLocale::LongFormat));
    if (ca && ca->certificate().notAfter() < until)
        text +=
            QLatin1Char(' ') +
            tr("That is after the organisation CA expires (%1); choose fewer days.")
                .arg(QLocale().toString(ca->certificate().notAfter().date(), QLocale::LongFormat));
    m_ui->validityLabel->setText(text);
}

bool IssueKeyPage::validatePage()
{
    if (m_wizard.organisationCa()->certificate().notAfter() <
        m_wizard.workspace().now().addDays(days())) {
        updateValidity();
        return false;
    }
    return true;
}

} // namespace trustdesk
