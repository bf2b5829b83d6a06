#include "tank/AcceptTankEntryDialog.h"
#include "services/AcceptanceAdvice.h"
#include "services/TankAcceptanceService.h"

#include "app/Workspace.h"
#include "common/ErrorReporter.h"
#include "tank/TankModel.h"
#include "ui_AcceptTankEntryDialog.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace trustdesk {

namespace {

QString listItems(const QStringList &items)
{
    QString out = QStringLiteral("<ul>");
    for (const QString &item : items)
        out += QStringLiteral("<li>%1</li>").arg(item);
    return out + QStringLiteral("</ul>");
}

} // namespace

AcceptTankEntryDialog::AcceptTankEntryDialog(QWidget *parent, Workspace &workspace,
                                             const TankEntry &entry)
    : QDialog(parent), m_ui(std::make_unique<Ui::AcceptTankEntryDialog>()), m_workspace(workspace),
      m_entry(entry)
{
    m_ui->setupUi(this);
    const bool untrustedCa = entry.kind == CredentialKind::UntrustedCa;
    setWindowTitle(untrustedCa ? tr("Install an untrusted CA") : tr("Accept a credential"));
    QPushButton *accept = m_ui->buttonBox->addButton(untrustedCa ? tr("&Install") : tr("&Accept"),
                                                     QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptButton"));
    // A CN that others claim too is a collision: Enter must not accept it.
    bool collides = false;
    if (entry.kind == CredentialKind::CommonName) {
        const AcceptanceAdvice advice = AcceptanceAdvice::forEntry(
            workspace.store(), workspace.organisationId(), entry, workspace.now());
        collides = !advice.otherClaims.isEmpty();
    }
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    if (collides && cancel) {
        accept->setAutoDefault(false);
        cancel->setDefault(true);
        cancel->setFocus();
    } else {
        accept->setDefault(true);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->approveCheck->setVisible(untrustedCa);

    QString headline;
    if (untrustedCa)
        headline = tr("Install <b>%1</b> in the trusted root store?")
                       .arg(entry.certificate.displayName().toHtmlEscaped());
    else if (entry.kind == CredentialKind::CommonName)
        headline = tr("Accept the CN <b>%1</b> for the user <b>%2</b>?")
                       .arg(entry.value.toHtmlEscaped(), entry.username.toHtmlEscaped());
    else
        headline = tr("Accept the thumbprint <b>%1</b> for the user <b>%2</b>?")
                       .arg(entry.value.toHtmlEscaped(), entry.username.toHtmlEscaped());
    m_ui->headlineLabel->setText(headline);
    m_ui->adviceBrowser->setHtml(untrustedCa                                ? untrustedCaAdvice()
                                 : entry.kind == CredentialKind::CommonName ? cnAdvice()
                                                                            : thumbprintAdvice());
}

AcceptTankEntryDialog::~AcceptTankEntryDialog() = default;

bool AcceptTankEntryDialog::approveToo() const
{
    return m_entry.kind == CredentialKind::UntrustedCa && m_ui->approveCheck->isChecked();
}

QString AcceptTankEntryDialog::adviceText() const
{
    return m_ui->adviceBrowser->toPlainText();
}

QString AcceptTankEntryDialog::cnAdvice() const
{
    const AcceptanceAdvice advice = AcceptanceAdvice::forEntry(
        m_workspace.store(), m_workspace.organisationId(), m_entry, m_workspace.now());
    QString html = tr("<p>Accepting a <b>CN</b> survives certificate renewal: a new certificate "
                      "with the same CN from an approved CA keeps working. But it risks a "
                      "<b>collision</b> when more than one approved CA exists, or when a CA "
                      "issues the same CN to different people.</p>");
    QStringList cas;
    for (const AcceptanceAdvice::ApprovedCa &ca : advice.approvedCas)
        cas << (ca.issuedThis ? tr("%1 (issued this certificate)") : QStringLiteral("%1"))
                   .arg(ca.certificate.displayName().toHtmlEscaped());
    if (cas.isEmpty())
        html += tr("<p><b>The organisation has no approved CA</b>: a CN authenticates nobody "
                   "until the CA that issues it is approved.</p>");
    else
        html += tr("<p>Approved CAs of %1 (%n):</p>", nullptr, int(cas.size()))
                    .arg(m_workspace.organisation().name.toHtmlEscaped()) +
                listItems(cas);
    if (!cas.isEmpty() && !advice.issuerApproved)
        html += tr("<p><b>The CA that issued this certificate is not approved</b>, so this CN "
                   "will not authenticate it until that CA is approved (rule A2).</p>");
    QStringList others;
    for (const CommonNameClaim &claim : advice.otherClaims) {
        if (claim.holdsCn && claim.nameMatches)
            others << tr("%1: already holds this CN, and their name matches it")
                          .arg(claim.username.toHtmlEscaped());
        else if (claim.holdsCn)
            others << tr("%1: already holds this CN").arg(claim.username.toHtmlEscaped());
        else
            others << tr("%1: their name matches it (with Match CN on, it authenticates them)")
                          .arg(claim.username.toHtmlEscaped());
    }
    if (others.isEmpty())
        html += tr("<p>No other user holds this CN or has a name that matches it.</p>");
    else
        html += tr("<p><b>Other users who would also claim this CN:</b></p>") + listItems(others);
    return html;
}

QString AcceptTankEntryDialog::thumbprintAdvice() const
{
    const AcceptanceAdvice advice = AcceptanceAdvice::forEntry(
        m_workspace.store(), m_workspace.organisationId(), m_entry, m_workspace.now());
    const QDateTime expiry = advice.expires;
    QString html = tr("<p>Accepting a <b>thumbprint</b> ignores the list of approved CAs and "
                      "avoids collisions: only this one certificate matches. But it "
                      "<b>breaks when the certificate is renewed</b>, because the renewed "
                      "certificate has another thumbprint.</p>");
    html += tr("<p>This certificate (%1, issued by %2) expires on <b>%3</b>.</p>")
                .arg(m_entry.certificate.displayName().toHtmlEscaped(),
                     Certificate::nameLabel(X509_get_issuer_name(m_entry.certificate.x509()))
                         .toHtmlEscaped(),
                     QLocale().toString(expiry.toLocalTime().date(), QLocale::LongFormat));
    if (advice.expired())
        html += tr("<p><b>It has already expired</b>: it cannot connect.</p>");
    else if (advice.expiresSoon())
        html += tr("<p><b>That is in %n days.</b></p>", nullptr, int(advice.daysLeft));
    return html;
}

QString AcceptTankEntryDialog::untrustedCaAdvice() const
{
    const Certificate &ca = m_entry.certificate;
    return tr("<p>A client sent this CA, but nothing in its chain is in the trusted root store, "
              "so it could not connect. Installing it lets every certificate it issued "
              "<b>connect</b>; approving it too lets their CNs <b>authenticate</b>.</p>"
              "<p>Subject: %1<br>Issuer: %2<br>Expires: %3<br>SHA-256: <tt>%4</tt></p>"
              "<p>Install only a CA you know: compare its fingerprint with the one its owner "
              "publishes.</p>")
        .arg(ca.subjectText().toHtmlEscaped(), ca.issuerText().toHtmlEscaped(),
             QLocale().toString(ca.notAfter().toLocalTime().date(), QLocale::LongFormat),
             ca.sha256());
}

bool AcceptTankEntryDialog::acceptEntry(QWidget *parent, Workspace &workspace,
                                        const TankEntry &entry)
{
    bool approve = false;
    {
        std::unique_ptr<AcceptTankEntryDialog> dialog;
        if (!ErrorReporter::attempt(parent, tr("Accept"), [&] {
                dialog = std::make_unique<AcceptTankEntryDialog>(parent, workspace, entry);
            }))
            return false;
        if (dialog->exec() != QDialog::Accepted)
            return false;
        approve = dialog->approveToo();
    }
    const qint64 org = workspace.organisationId();
    // The accepted entry leaves the tank with its acceptance; the other one waits for the
    // administrator's answer below, as the server product asks it.
    if (!ErrorReporter::attempt(parent, tr("Accept"), [&] {
            TankAcceptanceService(workspace.store(), org).accept(entry.id, true, approve);
        })) {
        workspace.changed(Workspace::Tank | Workspace::Users);
        return false;
    }
    if (entry.kind == CredentialKind::UntrustedCa) {
        workspace.changed(Workspace::Tank | Workspace::Roots | Workspace::ApprovedCas);
        return true;
    }
    QList<TankEntry> rest;
    ErrorReporter::attempt(parent, tr("Accept"), [&] {
        for (const TankEntry &other : workspace.store().tank().entries(org, entry.username))
            if (other.pairId == entry.pairId)
                rest << other;
    });
    if (!rest.isEmpty()) {
        const QString accepted = entry.kind == CredentialKind::CommonName
                                     ? tr("The CN %1 is now accepted for %2.")
                                     : tr("The thumbprint %1 is now accepted for %2.");
        QMessageBox confirm(QMessageBox::Question, tr("Confirm holding-tank deletion"),
                            accepted.arg(entry.value, entry.username) + QStringLiteral("\n\n") +
                                tr("Are you sure you want to delete this holding-tank entry?"),
                            QMessageBox::Yes | QMessageBox::No, parent);
        confirm.setObjectName(QStringLiteral("confirmTankDeletion"));
        confirm.setDefaultButton(QMessageBox::Yes);
        confirm.setInformativeText(
            tr("Yes deletes the other entry of the pair (%1). No keeps it, so that it can be "
               "accepted too: the user then holds both, and either one is enough.")
                .arg(TankModel::kindLabel(rest.first().kind)));
        if (confirm.exec() == QMessageBox::Yes) {
            ErrorReporter::attempt(parent, tr("Delete holding-tank entry"), [&] {
                for (const TankEntry &other : rest)
                    workspace.store().tank().remove(org, other.id);
            });
        }
    }
    workspace.changed(Workspace::Tank | Workspace::Users);
    return true;
}

} // namespace trustdesk
