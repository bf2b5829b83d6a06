#include "orgca/OrganisationCaView.h"
#include "services/OrganisationCaService.h"

#include "InputError.h"
#include "certificates/CertificateDetailsDialog.h"
#include "common/BackgroundTask.h"
#include "common/DeferredRefresh.h"
#include "common/ErrorReporter.h"
#include "orgca/CreateOrganisationCaDialog.h"
#include "orgca/IssuedCertificateItems.h"
#include "ui_OrganisationCaView.h"
#include "x509/CertificateLoader.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>

#include <algorithm>

namespace trustdesk {

OrganisationCaView::OrganisationCaView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::OrganisationCaView>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Organisation CA"));
    connect(m_ui->createButton, &QPushButton::clicked, this, &OrganisationCaView::createCa);
    connect(m_ui->importButton, &QPushButton::clicked, this, &OrganisationCaView::importCa);
    connect(m_ui->lockButton, &QPushButton::clicked, this, &OrganisationCaView::toggleLock);
    connect(m_ui->detailsButton, &QPushButton::clicked, this, &OrganisationCaView::showDetails);
    connect(m_ui->issueButton, &QPushButton::clicked, this, &OrganisationCaView::issueRequested);
    connect(m_ui->issuedList, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(IssuedCertificateItems::UserColumn, Qt::UserRole).toInt();
        if (index >= 0 && index < m_issued.size())
            CertificateDetailsDialog(this, m_issued.at(index).certificate).exec();
    });
    m_deferred = new DeferredRefresh(this, [this] { refresh(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::Areas areas) {
        if (areas & (Workspace::OrganisationCa | Workspace::Roots | Workspace::ApprovedCas |
                     Workspace::Users))
            m_deferred->request();
    });
}

OrganisationCaView::~OrganisationCaView() = default;

void OrganisationCaView::refresh()
{
    if (!m_workspace.isOpen())
        return;
    ErrorReporter::attempt(this, windowTitle(), [this] {
        Store &store = m_workspace.store();
        const qint64 org = m_workspace.organisationId();
        m_ca = store.organisationCa().get(org);
        m_issued = store.issuedCertificates().list(org);
        const bool has = m_ca.has_value();
        m_ui->detailsButton->setEnabled(has);
        m_ui->lockButton->setEnabled(has);
        m_ui->issueButton->setEnabled(has);
        m_ui->createButton->setText(has ? tr("Replace by a &new CA…") : tr("&Create…"));
        m_ui->lockButton->setText(m_workspace.isCaUnlocked() ? tr("&Lock") : tr("Un&lock…"));
        if (!has) {
            m_ui->caDetailsLabel->setText(
                tr("<p><b>%1 has no CA of its own yet.</b></p><p>Create one (a new root, or an "
                   "intermediate under a CA you hold) or import one from a PKCS#12 file. It "
                   "issues client certificates for your users with the wizard.</p>")
                    .arg(m_workspace.organisation().name.toHtmlEscaped()));
        } else {
            const Certificate cert = m_ca->certificate();
            const bool installed = OrganisationCaService::isInstalled(store, cert);
            const bool approved = OrganisationCaService::isApproved(store, org, cert);
            QString html = QStringLiteral("<table cellspacing='3'>");
            const auto row = [&html](const QString &label, const QString &value) {
                html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
            };
            row(tr("Subject"), cert.subjectText().toHtmlEscaped());
            row(tr("Issuer"),
                cert.isSelfIssued() ? tr("itself (a root)") : cert.issuerText().toHtmlEscaped());
            row(tr("Key"),
                tr("%1, stored encrypted (PKCS#8, AES-256, PBKDF2); %2")
                    .arg(cert.keyDescription(), m_workspace.isCaUnlocked()
                                                    ? tr("<b>unlocked</b> for this session")
                                                    : tr("locked")));
            row(tr("Valid"),
                tr("%1 to %2")
                    .arg(QLocale().toString(cert.notBefore().date(), QLocale::ShortFormat),
                         QLocale().toString(cert.notAfter().date(), QLocale::ShortFormat)));
            row(tr("Thumbprint"), cert.thumbprint().grouped());
            row(tr("Trusted"),
                (installed ? tr("installed in the root store") : tr("<b>not installed</b>")) +
                    QStringLiteral("; ") +
                    (approved ? tr("approved for this organisation") : tr("<b>not approved</b>")));
            html += QStringLiteral("</table>");
            if (!installed || !approved)
                html += tr("<p>Certificates it issues are installed and approved with the first "
                           "one issued.</p>");
            m_ui->caDetailsLabel->setText(html);
        }
        IssuedCertificateItems::fill(m_ui->issuedList, m_issued, m_workspace.now());
    });
}

bool OrganisationCaView::confirmReplace()
{
    if (!m_ca)
        return true;
    QMessageBox box(QMessageBox::Warning, windowTitle(),
                    tr("Replace the organisation CA '%1'?").arg(m_ca->certificate().displayName()),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("confirmReplaceCa"));
    box.setInformativeText(tr("Certificates it issued keep working while it stays installed and "
                              "approved; new ones come from the new CA. Its key is forgotten."));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void OrganisationCaView::createCa()
{
    if (!confirmReplace())
        return;
    CreateOrganisationCaDialog dialog(m_workspace, this);
    dialog.exec();
}

void OrganisationCaView::importCa()
{
    if (!confirmReplace())
        return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Import the organisation CA"),
                                                      QString(), tr("PKCS#12 files (*.p12 *.pfx)"));
    if (file.isEmpty())
        return;
    bool ok = false;
    const QString filePassphrase = QInputDialog::getText(this, tr("Import the organisation CA"),
                                                         tr("Passphrase of %1:").arg(file),
                                                         QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const QString storePassphrase = QInputDialog::getText(
        this, tr("Import the organisation CA"),
        tr("New passphrase to store the CA key under (at least %1 characters):")
            .arg(OrganisationCa::MinPassphraseLength),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const bool install =
        QMessageBox::question(this, tr("Import the organisation CA"),
                              tr("Install the CA in the trusted root store and approve it for "
                                 "this organisation?"),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::Yes) == QMessageBox::Yes;
    const bool done = ErrorReporter::attempt(this, tr("Import the organisation CA"), [&] {
        const QByteArray bytes = CertificateLoader::readFile(file);
        OrganisationCa ca;
        BackgroundTask::run(this, tr("Reading and re-encrypting the CA key…"), [&] {
            ca = OrganisationCa::fromPkcs12(bytes, filePassphrase.toUtf8(),
                                            storePassphrase.toUtf8(), file);
        });
        OrganisationCaService::setCa(m_workspace.store(), m_workspace.organisationId(), ca,
                                     QStringLiteral("import"), install, true);
    });
    if (!done)
        return;
    m_workspace.lockCa();
    m_workspace.changed(Workspace::OrganisationCa | Workspace::Roots | Workspace::ApprovedCas);
}

void OrganisationCaView::toggleLock()
{
    if (m_workspace.isCaUnlocked()) {
        m_workspace.lockCa();
        return;
    }
    bool ok = false;
    const QString passphrase = QInputDialog::getText(
        this, tr("Unlock the organisation CA"),
        tr("Passphrase of the CA key (kept in memory until you lock it or close the store):"),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    ErrorReporter::attempt(this, tr("Unlock the organisation CA"),
                           [&] { m_workspace.unlockCa(passphrase.toUtf8(), this); });
}

void OrganisationCaView::showDetails()
{
    if (m_ca)
        CertificateDetailsDialog(this, m_ca->certificate()).exec();
}

} // namespace trustdesk
