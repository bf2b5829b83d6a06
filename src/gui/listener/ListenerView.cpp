#include "listener/ListenerView.h"
#include "ListenerSetup.h"

#include "common/ErrorReporter.h"
#include "ui_ListenerView.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>

namespace trustdesk {

namespace {

constexpr int MaxEventsShown = 500;

} // namespace

ListenerView::ListenerView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::ListenerView>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Test listener"));
    m_ui->bindCombo->addItem(tr("127.0.0.1 (this machine only)"), QStringLiteral("127.0.0.1"));
    m_ui->bindCombo->addItem(tr("::1 (this machine only, IPv6)"), QStringLiteral("::1"));
    m_ui->bindCombo->addItem(tr("0.0.0.0 (every network interface)"), QStringLiteral("0.0.0.0"));
    m_ui->siteModeCombo->addItem(tr("Accept certificates on the sign-on gateways (default)"),
                                 int(SiteMode::AcceptOnGateways));
    m_ui->siteModeCombo->addItem(tr("Require certificates site-wide"),
                                 int(SiteMode::RequireSiteWide));
    m_ui->siteModeCombo->addItem(tr("Ignore certificates"), int(SiteMode::Ignore));
    m_ui->siteModeCombo->addItem(tr("Accept site-wide (a misconfiguration, to demonstrate it)"),
                                 int(SiteMode::AcceptSiteWide));
    m_ui->siteModeCombo->addItem(
        tr("IIS client certificate mapping (the certificate names the user)"),
        int(SiteMode::IisMapping));
    m_ui->attemptsTable->setColumnCount(7);
    m_ui->attemptsTable->setHorizontalHeaderLabels({tr("Time"), tr("Client"), tr("Interface"),
                                                    tr("User"), tr("Certificate"),
                                                    tr("Certificate verdict"), tr("Outcome")});
    connect(m_ui->chooseServerCertificateButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Server certificate"), m_ui->serverCertificateEdit->text(),
            tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
        if (!file.isEmpty())
            m_ui->serverCertificateEdit->setText(QDir::toNativeSeparators(file));
    });
    // The verdict and the outcome share what is left; the short columns fit their text.
    QHeaderView *header = m_ui->attemptsTable->horizontalHeader();
    for (int column = 0; column < 5; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(5, QHeaderView::Stretch);
    header->setSectionResizeMode(6, QHeaderView::Stretch);
    m_ui->chooseServerCertificateButton->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_ui->attemptsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    connect(m_ui->startButton, &QPushButton::clicked, this, &ListenerView::toggle);
    connect(m_ui->bindCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ListenerView::updateWarnings);
    connect(m_ui->siteModeCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ListenerView::updateWarnings);
    connect(m_ui->attemptsTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const int index = m_ui->attemptsTable->item(row, 0)->data(Qt::UserRole).toInt();
        if (index >= 0 && index < m_events.size())
            emit explainRequested(m_events.at(index));
    });
    connect(&m_workspace, &Workspace::storeOpened, this, [this] {
        stop();
        m_ui->rootEdit->setText(
            QDir::toNativeSeparators(ListenerSetup::defaultFtpsRoot(m_workspace.store())));
    });
    connect(&m_workspace, &Workspace::organisationChanged, this, &ListenerView::stop);
    updateWarnings();
    updateControls();
}

ListenerView::~ListenerView()
{
    stop();
}

bool ListenerView::isRunning() const
{
    return m_listener && m_listener->isListening();
}

void ListenerView::toggle()
{
    if (isRunning())
        stop();
    else
        start();
}

QString ListenerView::start()
{
    if (!m_workspace.isOpen())
        return tr("no store is open");
    const auto mode = SiteMode(m_ui->siteModeCombo->currentData().toInt());
    if (mode == SiteMode::RequireSiteWide) {
        QMessageBox box(QMessageBox::Warning, windowTitle(),
                        tr("Require client certificates on every page?"),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("confirmRequireSiteWide"));
        box.setInformativeText(tr("Nobody signs on without a certificate that connects, "
                                  "administrators included, except on the exception paths "
                                  "(/MOVEitISAPI, /Java, /Images)."));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return tr("cancelled");
    }
    ListenerConfig config;
    config.bind = QHostAddress(m_ui->bindCombo->currentData().toString());
    config.siteMode = mode;
    config.httpsPort = m_ui->httpsCheck->isChecked() ? m_ui->httpsSpin->value() : -1;
    config.ftpsPort = m_ui->ftpsCheck->isChecked() ? m_ui->ftpsSpin->value() : -1;
    config.ftpsImplicitPort = m_ui->implicitCheck->isChecked() ? m_ui->implicitSpin->value() : -1;
    config.ftpsRoot = QDir::fromNativeSeparators(m_ui->rootEdit->text().trimmed());
    std::optional<ServerIdentity> chosen;
    const QString serverFile = m_ui->serverCertificateEdit->text().trimmed();
    if (!serverFile.isEmpty()) {
        QInputDialog ask(this);
        ask.setObjectName(QStringLiteral("serverCertificatePassphrase"));
        ask.setWindowTitle(windowTitle());
        ask.setLabelText(tr("Passphrase of %1:").arg(QFileInfo(serverFile).fileName()));
        ask.setTextEchoMode(QLineEdit::Password);
        if (ask.exec() != QDialog::Accepted)
            return tr("cancelled");
        const QByteArray passphrase = ask.textValue().toUtf8();
        ErrorReporter::attempt(this, windowTitle(), [&] {
            chosen = ServerIdentity::fromPkcs12(QDir::fromNativeSeparators(serverFile), passphrase);
        });
        if (!chosen)
            return tr("the server certificate could not be read");
    }
    QString error;
    ErrorReporter::attempt(this, windowTitle(), [&] {
        const ServerIdentity identity =
            ListenerSetup::identity(m_workspace.store(), m_workspace.organisationId(), chosen,
                                    m_workspace.caKey(), m_workspace.now());
        m_listener =
            std::make_unique<TestListener>(m_workspace.store(), m_workspace.organisationId());
        connect(m_listener.get(), &TestListener::attemptSeen, this, &ListenerView::addEvent);
        error = m_listener->start(config, identity);
        if (!error.isEmpty()) {
            m_listener.reset();
            return;
        }
        m_emptyPrompts = m_refusedTransfers = 0;
        const QStringList urls = ListenerSetup::urls(*m_listener, config.bind);
        m_ui->statusLabel->setText(
            tr("Listening on %1 — server certificate %2")
                .arg(urls.join(QStringLiteral(", ")), identity.certificate().subjectText()));
        emit m_workspace.notice(tr("The test listener is running"));
    });
    if (!error.isEmpty())
        ErrorReporter::show(this, windowTitle(), error);
    updateControls();
    return error;
}

void ListenerView::stop()
{
    if (!m_listener)
        return;
    m_listener->stop();
    m_listener.reset();
    m_ui->statusLabel->setText(tr("Stopped."));
    updateControls();
}

void ListenerView::updateSigns()
{
    const auto mode = SiteMode(m_ui->siteModeCombo->currentData().toInt());
    if (mode != SiteMode::AcceptSiteWide ||
        (!isRunning() && m_emptyPrompts + m_refusedTransfers == 0)) {
        m_ui->signsLabel->clear();
        m_ui->signsLabel->hide();
        return;
    }
    // The two signs an administrator sees when the site-wide Accept flag is set.
    m_ui->signsLabel->setText(
        tr("<b>Signs of the site-wide Accept flag</b><br>"
           "1. Pages that asked for a certificate (browsers show an empty certificate prompt): "
           "%1<br>"
           "2. File transfers and FTP sign-ons refused: %2")
            .arg(m_emptyPrompts)
            .arg(m_refusedTransfers));
    m_ui->signsLabel->show();
}

void ListenerView::addEvent(const ListenerEvent &event)
{
    m_events << event;
    QTableWidget *table = m_ui->attemptsTable;
    table->insertRow(0);
    const QStringList cells{QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat),
                            event.clientAddress,
                            UserProfile::interfaceName(event.interface).toUpper(),
                            event.username,
                            event.certificate.isNull() ? tr("(none)")
                                                       : event.certificate.displayName(),
                            event.verdict,
                            event.outcome};
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        table->setItem(0, column, item);
    }
    // The sign-on's own result beside the certificate's: a wrong password fails a sign-on
    // whose certificate authenticates.
    QTableWidgetItem *outcome = table->item(0, cells.size() - 1);
    if (!event.outcome.isEmpty())
        outcome->setForeground(event.signedOn ? QColor(0x1b, 0x5e, 0x20)
                                              : QColor(0xb0, 0x00, 0x20));
    if (event.sign == ListenerEvent::Sign::EmptyCertificatePrompt)
        ++m_emptyPrompts;
    if (event.sign == ListenerEvent::Sign::TransferRefused)
        ++m_refusedTransfers;
    updateSigns();
    table->item(0, 0)->setData(Qt::UserRole, int(m_events.size() - 1));
    while (table->rowCount() > MaxEventsShown)
        table->removeRow(table->rowCount() - 1);
    // The attempt may have left holding-tank entries (counted in the users list too).
    m_workspace.changed(Workspace::Tank | Workspace::Users);
}

void ListenerView::updateWarnings()
{
    QStringList warnings;
    if (m_ui->bindCombo->currentData().toString() == QLatin1String("0.0.0.0"))
        warnings << tr("Every interface: other machines on the network can reach the listener.");
    const auto mode = SiteMode(m_ui->siteModeCombo->currentData().toInt());
    if (mode == SiteMode::RequireSiteWide)
        warnings << tr("Require site-wide: nobody signs on without a certificate, "
                       "administrators included.");
    if (mode == SiteMode::AcceptSiteWide)
        warnings << tr(
            "Accept site-wide is the misconfiguration in which browsers show an empty "
            "certificate prompt and non-browser transfers fail; it is here to show why.");
    if (mode == SiteMode::IisMapping && m_workspace.isOpen() &&
        m_workspace.store().mappings().list(m_workspace.organisationId()).isEmpty())
        warnings << tr("IIS mapping: this organisation has no certificate mappings, so every "
                       "certificate gets 401.2 (see Certificate mappings).");
    updateSigns();
    m_ui->warningLabel->setText(
        warnings.isEmpty() ? QString()
                           : QStringLiteral("<span style='color:#b00020'>&#9888; %1</span>")
                                 .arg(warnings.join(QStringLiteral("<br>&#9888; "))));
}

void ListenerView::updateControls()
{
    const bool running = isRunning();
    m_ui->startButton->setText(running ? tr("&Stop") : tr("&Start"));
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->bindCombo, m_ui->siteModeCombo, m_ui->httpsCheck, m_ui->httpsSpin,
             m_ui->ftpsCheck, m_ui->ftpsSpin, m_ui->implicitCheck, m_ui->implicitSpin,
             m_ui->rootEdit, m_ui->serverCertificateEdit, m_ui->chooseServerCertificateButton})
        w->setEnabled(!running);
    if (!running && m_ui->statusLabel->text().isEmpty())
        m_ui->statusLabel->setText(tr("Stopped."));
    updateSigns();
}

} // namespace trustdesk
