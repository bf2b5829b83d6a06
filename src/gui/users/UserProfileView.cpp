#include "users/UserProfileView.h"
#include "services/UserEditingService.h"

#include "certificates/CertificateDetailsDialog.h"
#include "certificates/CertificateFileImport.h"
#include "common/ErrorReporter.h"
#include "common/FileDropHandler.h"
#include "orgca/IssuedCertificateItems.h"
#include "tank/AcceptTankEntryDialog.h"
#include "tank/TankModel.h"
#include "ui_UserProfileView.h"
#include "users/AddCredentialDialog.h"
#include "users/UserEditDialog.h"
#include "users/UsersModel.h"
#include "x509/Thumbprint.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QStyle>

namespace trustdesk {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

UserProfileView::UserProfileView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::UserProfileView>())
{
    m_ui->setupUi(this);
    m_ui->backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_ui->credentialsTable->setColumnCount(2);
    m_ui->credentialsTable->setHorizontalHeaderLabels({tr("Kind"), tr("Value")});
    m_ui->tankTable->setColumnCount(7);
    m_ui->tankTable->setHorizontalHeaderLabels({tr("Kind"), tr("Value"), tr("Certificate"),
                                                tr("Interface"), tr("Client address"),
                                                tr("Last seen"), tr("Attempts")});
    m_ui->credentialsTable->setColumnWidth(0, 110);
    m_ui->createButton->setToolTip(
        tr("Issue a new client certificate for this user from the organisation CA"));
    m_ui->issuedList->hideColumn(IssuedCertificateItems::UserColumn);

    connect(m_ui->backButton, &QToolButton::clicked, this, &UserProfileView::backRequested);
    connect(m_ui->editButton, &QPushButton::clicked, this, &UserProfileView::editUser);
    connect(m_ui->addCredentialButton, &QPushButton::clicked, this,
            &UserProfileView::addCredential);
    connect(m_ui->importButton, &QPushButton::clicked, this, &UserProfileView::importFromFile);
    connect(m_ui->createButton, &QPushButton::clicked, this,
            [this] { emit createCertificateRequested(username()); });
    connect(m_ui->removeCredentialButton, &QPushButton::clicked, this,
            &UserProfileView::removeCredential);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &UserProfileView::acceptSelected);
    connect(m_ui->detailsButton, &QPushButton::clicked, this, &UserProfileView::showDetails);
    connect(m_ui->explainButton, &QPushButton::clicked, this, [this] {
        const int row = selectedTankRow();
        if (row >= 0)
            emit explainRequested(m_tank.at(row));
    });
    connect(m_ui->deleteTankButton, &QPushButton::clicked, this, &UserProfileView::deleteSelected);
    connect(m_ui->deleteAllTankButton, &QPushButton::clicked, this, &UserProfileView::deleteAll);
    connect(m_ui->tankTable, &QTableWidget::itemDoubleClicked, this,
            &UserProfileView::acceptSelected);
    connect(m_ui->credentialsTable, &QTableWidget::itemSelectionChanged, this,
            &UserProfileView::updateButtons);
    connect(m_ui->tankTable, &QTableWidget::itemSelectionChanged, this,
            &UserProfileView::updateButtons);
    connect(new FileDropHandler(this), &FileDropHandler::filesDropped, this,
            &UserProfileView::importFiles);
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::Areas areas) {
        if (!m_user.profile.username.isEmpty() &&
            (areas & (Workspace::Users | Workspace::Tank | Workspace::Settings |
                      Workspace::OrganisationCa)))
            reload();
    });
    connect(&m_workspace, &Workspace::organisationChanged, this, [this] {
        m_user = UserRecord();
        m_tank.clear();
    });
    updateButtons();
}

UserProfileView::~UserProfileView() = default;

bool UserProfileView::showUser(const QString &name)
{
    UserRecord record;
    QList<TankEntry> tank;
    QList<IssuedCertificateRecord> issued;
    bool hasCa = false;
    if (!ErrorReporter::attempt(this, tr("User profile"), [&] {
            record = m_workspace.store().users().get(m_workspace.organisationId(), name);
            tank = m_workspace.store().tank().entries(m_workspace.organisationId(), name);
            issued =
                m_workspace.store().issuedCertificates().list(m_workspace.organisationId(), name);
            hasCa =
                m_workspace.store().organisationCa().get(m_workspace.organisationId()).has_value();
        }))
        return false;
    m_user = record;
    m_tank = tank;
    m_issued = issued;
    IssuedCertificateItems::fill(m_ui->issuedList, m_issued, m_workspace.now());
    m_ui->issuedLabel->setVisible(!m_issued.isEmpty());
    m_ui->issuedList->setVisible(!m_issued.isEmpty());
    m_ui->createButton->setEnabled(hasCa);
    if (!hasCa)
        m_ui->createButton->setToolTip(
            tr("Create or import the organisation CA first (Certificates "
               "› Organisation CA)"));
    const UserProfile &p = m_user.profile;
    m_ui->titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(p.username.toHtmlEscaped()));
    QStringList summary;
    summary << (p.fullName.isEmpty() ? tr("No full name") : p.fullName.toHtmlEscaped());
    summary << (p.disabled ? tr("<b>Disabled</b>") : tr("Active"));
    summary << tr("HTTPS: %1").arg(UsersModel::policyLabel(p.httpsPolicy));
    summary << tr("FTPS: %1").arg(UsersModel::policyLabel(p.ftpsPolicy));
    summary << (m_user.hasPassword ? tr("password set") : tr("no password"));
    m_ui->summaryLabel->setText(summary.join(QStringLiteral(" · ")));

    const bool matchCn = m_workspace.organisation().matchCn;
    QString names = p.username.toHtmlEscaped();
    if (!p.fullName.isEmpty())
        names = tr("%1 or %2").arg(names, p.fullName.toHtmlEscaped());
    m_ui->credentialsHintLabel->setText(
        matchCn ? tr("A certificate that connects authenticates %1 when its thumbprint is listed "
                     "here, or when its CN is listed here or is %2 (Match CN is on) and its CA "
                     "is approved.")
                      .arg(p.username.toHtmlEscaped(), names)
                : tr("A certificate that connects authenticates %1 when its thumbprint is listed "
                     "here, or when its CN is listed here and its CA is approved. (Match CN is "
                     "off.)")
                      .arg(p.username.toHtmlEscaped()));
    m_ui->tankHintLabel->setText(
        tr("Certificates %1 presented that connected but did not authenticate. Accept the CN or "
           "the thumbprint; entries expire after %n days.",
           nullptr, m_workspace.organisation().tankDays)
            .arg(p.username.toHtmlEscaped()));
    fillCredentials();
    fillTank();
    updateButtons();
    return true;
}

void UserProfileView::reload()
{
    if (!showUser(m_user.profile.username))
        emit backRequested();
}

void UserProfileView::fillCredentials()
{
    QTableWidget *table = m_ui->credentialsTable;
    table->setRowCount(0);
    for (const QString &thumbprint : m_user.profile.thumbprints) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, cell(tr("Thumbprint")));
        const auto parsed = Thumbprint::fromText(thumbprint);
        table->setItem(row, 1, cell(parsed ? parsed->grouped() : thumbprint));
        table->item(row, 0)->setData(Qt::UserRole, int(CredentialKind::Thumbprint));
        table->item(row, 1)->setData(Qt::UserRole, thumbprint);
    }
    for (const QString &cn : m_user.profile.commonNames) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, cell(tr("CN")));
        table->setItem(row, 1, cell(cn));
        table->item(row, 0)->setData(Qt::UserRole, int(CredentialKind::CommonName));
        table->item(row, 1)->setData(Qt::UserRole, cn);
    }
}

void UserProfileView::fillTank()
{
    QTableWidget *table = m_ui->tankTable;
    table->setRowCount(0);
    const QLocale locale;
    for (const TankEntry &entry : m_tank) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, cell(TankModel::kindLabel(entry.kind)));
        table->setItem(row, 1, cell(entry.value));
        table->setItem(row, 2, cell(entry.certificate.displayName()));
        table->setItem(row, 3, cell(UserProfile::interfaceName(entry.interface).toUpper()));
        table->setItem(row, 4, cell(entry.clientAddress));
        table->setItem(row, 5,
                       cell(locale.toString(entry.lastSeen.toLocalTime(), QLocale::ShortFormat)));
        table->setItem(row, 6, cell(QString::number(entry.count)));
    }
    if (!m_tank.isEmpty())
        table->resizeColumnsToContents();
    m_ui->tankGroup->setTitle(tr("Holding tank (%n entries)", nullptr, int(m_tank.size())));
}

void UserProfileView::updateButtons()
{
    const bool loaded = !m_user.profile.username.isEmpty();
    m_ui->editButton->setEnabled(loaded);
    m_ui->addCredentialButton->setEnabled(loaded);
    m_ui->importButton->setEnabled(loaded);
    m_ui->removeCredentialButton->setEnabled(
        !m_ui->credentialsTable->selectionModel()->selectedRows().isEmpty());
    const bool entry = selectedTankRow() >= 0;
    m_ui->acceptButton->setEnabled(entry);
    m_ui->detailsButton->setEnabled(entry);
    m_ui->explainButton->setEnabled(entry);
    m_ui->deleteTankButton->setEnabled(entry);
    m_ui->deleteAllTankButton->setEnabled(!m_tank.isEmpty());
}

int UserProfileView::selectedTankRow() const
{
    const QModelIndexList rows = m_ui->tankTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void UserProfileView::editUser()
{
    UserEditDialog::editUser(this, m_workspace, m_user);
}

void UserProfileView::addCredential()
{
    AddCredentialDialog dialog(this);
    dialog.setWindowTitle(tr("Add a credential for %1").arg(username()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (ErrorReporter::attempt(this, tr("Add credential"), [&] {
            m_workspace.store().users().addCredential(m_workspace.organisationId(), username(),
                                                      dialog.kind(), dialog.value());
        }))
        m_workspace.changed(Workspace::Users);
}

void UserProfileView::importFromFile()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import a certificate for %1").arg(username()), QString(),
        tr("Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void UserProfileView::importFiles(const QStringList &paths)
{
    if (m_user.profile.username.isEmpty())
        return;
    const QString user = username();
    CertificateFileImport::start(this, tr("Import a certificate for %1").arg(user), paths,
                                 [this, user](const QList<Certificate> &certificates) {
                                     // The first certificate of a file is the client's own.
                                     AddCredentialDialog dialog(this, certificates.first());
                                     dialog.setWindowTitle(tr("Add a credential for %1").arg(user));
                                     if (dialog.exec() != QDialog::Accepted)
                                         return;
                                     if (ErrorReporter::attempt(this, tr("Add credential"), [&] {
                                             m_workspace.store().users().addCredential(
                                                 m_workspace.organisationId(), user, dialog.kind(),
                                                 dialog.value());
                                         }))
                                         m_workspace.changed(Workspace::Users);
                                 });
}

void UserProfileView::removeCredential()
{
    const QModelIndexList rows = m_ui->credentialsTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<QPair<CredentialKind, QString>> removed;
    for (const QModelIndex &index : rows)
        removed << qMakePair(
            CredentialKind(
                m_ui->credentialsTable->item(index.row(), 0)->data(Qt::UserRole).toInt()),
            m_ui->credentialsTable->item(index.row(), 1)->data(Qt::UserRole).toString());
    ErrorReporter::attempt(this, tr("Remove credential"), [&] {
        UserEditingService::removeCredentials(m_workspace.store(), m_workspace.organisationId(),
                                              username(), removed);
    });
    m_workspace.changed(Workspace::Users);
}

void UserProfileView::acceptSelected()
{
    const int row = selectedTankRow();
    if (row >= 0)
        AcceptTankEntryDialog::acceptEntry(this, m_workspace, m_tank.at(row));
}

void UserProfileView::deleteSelected()
{
    const int row = selectedTankRow();
    if (row < 0)
        return;
    ErrorReporter::attempt(this, tr("Delete holding-tank entry"), [&] {
        m_workspace.store().tank().remove(m_workspace.organisationId(), m_tank.at(row).id);
    });
    m_workspace.changed(Workspace::Tank | Workspace::Users);
}

void UserProfileView::deleteAll()
{
    if (QMessageBox::question(
            this, tr("Delete holding-tank entries"),
            tr("Delete all %n holding-tank entries of %1?", nullptr, int(m_tank.size()))
                .arg(username()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    ErrorReporter::attempt(this, tr("Delete holding-tank entries"), [&] {
        m_workspace.store().tank().purge(m_workspace.organisationId(), username(), QDateTime());
    });
    m_workspace.changed(Workspace::Tank | Workspace::Users);
}

void UserProfileView::showDetails()
{
    const int row = selectedTankRow();
    if (row >= 0)
        CertificateDetailsDialog::showCertificate(this, m_tank.at(row).certificate);
}

} // namespace trustdesk
