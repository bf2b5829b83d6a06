#include "orgca/IssueRegisterPage.h"

#include "orgca/IssueCertificateWizard.h"
#include "orgca/IssueUserPage.h"
#include "ui_IssueRegisterPage.h"

namespace trustdesk {

IssueRegisterPage::IssueRegisterPage(IssueCertificateWizard &wizard)
    : m_wizard(wizard), m_ui(std::make_unique<Ui::IssueRegisterPage>())
{
    setObjectName(QStringLiteral("registerPage"));
    m_ui->setupUi(this);
    connect(m_ui->registerThumbprintCheck, &QCheckBox::toggled, this,
            &IssueRegisterPage::updateAdvice);
    connect(m_ui->registerCnCheck, &QCheckBox::toggled, this, &IssueRegisterPage::updateAdvice);
}

IssueRegisterPage::~IssueRegisterPage() = default;

IssueRegistration IssueRegisterPage::registration(const QString &username) const
{
    IssueRegistration out;
    out.username = username;
    out.thumbprint = m_ui->registerThumbprintCheck->isChecked();
    out.commonName = m_ui->registerCnCheck->isChecked();
    return out;
}

void IssueRegisterPage::initializePage()
{
    updateAdvice();
}

void IssueRegisterPage::updateAdvice()
{
    QStringList notes;
    if (m_ui->registerThumbprintCheck->isChecked())
        notes << tr("<b>Thumbprint</b>: only this certificate matches, so there is no collision "
                    "with other users; but a renewed certificate must be registered again.");
    if (m_ui->registerCnCheck->isChecked())
        notes << tr("<b>CN</b>: a renewed certificate with the same CN from an approved CA keeps "
                    "working; but any approved CA's certificate with this CN matches too.");
    if (notes.isEmpty())
        notes << tr("Nothing registered: the certificate is recorded as issued, but it "
                    "authenticates '%1' only if Match CN applies (A3), or after an administrator "
                    "accepts it from the holding tank.")
                     .arg(m_wizard.userPage()->username().toHtmlEscaped());
    // A certificate nobody asks for: the user signs on by password on both interfaces.
    const auto user = m_wizard.userPage()->chosenUser();
    if (user && user->profile.httpsPolicy == Policy::Password &&
        user->profile.ftpsPolicy == Policy::Password)
        notes << tr("<span style='color:#b00020'>&#9888; '%1' signs on with a password only, on "
                    "HTTPS and on FTPS: no certificate is consulted for them until a policy "
                    "asks for one (edit the user).</span>")
                     .arg(user->profile.username.toHtmlEscaped());
    m_ui->registerAdviceLabel->setText(notes.join(QStringLiteral("<br><br>")));
}

} // namespace trustdesk
