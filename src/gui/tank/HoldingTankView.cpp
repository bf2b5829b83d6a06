#include "tank/HoldingTankView.h"

#include "certificates/CertificateDetailsDialog.h"
#include "common/DeferredRefresh.h"
#include "common/ErrorReporter.h"
#include "tank/AcceptTankEntryDialog.h"
#include "tank/TankModel.h"
#include "ui_HoldingTankView.h"

#include <QHeaderView>
#include <QMessageBox>

namespace trustdesk {

namespace {

// Beyond this many entries the exact number helps nobody, and counting it costs a scan.
constexpr int CountCap = 10000;

} // namespace

HoldingTankView::HoldingTankView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::HoldingTankView>()),
      m_model(new TankModel(workspace, this))
{
    m_ui->setupUi(this);
    m_ui->tankTable->setModel(m_model);
    // Widths from the font and the user's date format: a thumbprint and a date are read
    // whole, the value column takes what is left.
    const QFontMetrics metrics = m_ui->tankTable->fontMetrics();
    const int date = metrics.horizontalAdvance(QLocale().toString(
                         QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat)) +
                     24;
    m_ui->tankTable->setColumnWidth(TankModel::UserColumn, 120);
    m_ui->tankTable->setColumnWidth(TankModel::KindColumn, 100);
    // A thumbprint as the table shows it: ten groups of four hex digits.
    m_ui->tankTable->setColumnWidth(
        TankModel::ValueColumn,
        metrics.horizontalAdvance(QStringLiteral("0000 ").repeated(10)) + 16);
    m_ui->tankTable->setColumnWidth(TankModel::CertificateColumn, 150);
    m_ui->tankTable->setColumnWidth(TankModel::LastSeenColumn, date);
    m_ui->tankTable->setColumnWidth(TankModel::ExpiresColumn, date);
    m_ui->tankTable->verticalHeader()->setDefaultSectionSize(
        m_ui->tankTable->fontMetrics().height() + 8);
    m_ui->kindCombo->addItem(tr("All kinds"), QString());
    m_ui->kindCombo->addItem(tr("CN"), QStringLiteral("cn"));
    m_ui->kindCombo->addItem(tr("Thumbprint"), QStringLiteral("thumbprint"));
    m_ui->kindCombo->addItem(tr("Untrusted CA"), QStringLiteral("untrusted-ca"));

    connect(m_ui->userFilterEdit, &QLineEdit::textChanged, this, &HoldingTankView::applyFilter);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &HoldingTankView::applyFilter);
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const QString &message) {
        ErrorReporter::show(this, tr("Holding tank"), message);
    });
    connect(m_ui->tankTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HoldingTankView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HoldingTankView::updateButtons);
    connect(m_ui->tankTable, &QTableView::doubleClicked, this, &HoldingTankView::acceptSelected);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &HoldingTankView::acceptSelected);
    connect(m_ui->detailsButton, &QPushButton::clicked, this, &HoldingTankView::showDetails);
    connect(m_ui->explainButton, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.size() == 1)
            emit explainRequested(m_model->entryAt(rows.first()));
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &HoldingTankView::deleteSelected);
    connect(m_ui->deleteAllButton, &QPushButton::clicked, this, &HoldingTankView::deleteAll);
    connect(m_ui->saveSettingsButton, &QPushButton::clicked, this, &HoldingTankView::saveSettings);
    connect(m_ui->openUserButton, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedRows();
        if (!rows.isEmpty() && !m_model->entryAt(rows.first()).username.isEmpty())
            emit openUserRequested(m_model->entryAt(rows.first()).username);
    });
    m_deferred = new DeferredRefresh(this, [this] { refresh(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::Areas areas) {
        if (areas & (Workspace::Tank | Workspace::Users)) {
            m_deferred->request();
        }
        if (areas & Workspace::Settings)
            showSettings();
    });
    updateButtons();
}

HoldingTankView::~HoldingTankView() = default;

void HoldingTankView::setUserFilter(const QString &text)
{
    m_ui->userFilterEdit->setText(text);
}

void HoldingTankView::setKindFilter(const QString &kind)
{
    m_ui->kindCombo->setCurrentIndex(std::max(0, m_ui->kindCombo->findData(kind)));
}

void HoldingTankView::selectRow(int row)
{
    m_ui->tankTable->selectRow(row);
}

void HoldingTankView::refresh()
{
    m_model->reload();
    applyFilter();
}

void HoldingTankView::applyFilter()
{
    const QString user = m_ui->userFilterEdit->text().trimmed();
    const auto kind = credentialKindFromText(m_ui->kindCombo->currentData().toString());
    m_model->setQuery(user, kind);
    // When the first page held every match, the rows are the count: no second scan.
    int count = m_model->rowCount();
    if (m_workspace.isOpen() && m_model->canFetchMore(QModelIndex()))
        ErrorReporter::attempt(this, tr("Holding tank"), [&] {
            count = m_workspace.store().tank().count(m_workspace.organisationId(), {user, kind, {}},
                                                     CountCap);
        });
    m_ui->countLabel->setText(count > CountCap ? tr("more than %L1 entries").arg(CountCap)
                                               : tr("%n entries", nullptr, count));
    updateButtons();
}

void HoldingTankView::showSettings()
{
    m_ui->tankDaysSpin->setValue(m_workspace.organisation().tankDays);
    m_ui->tankCapSpin->setValue(m_workspace.organisation().tankCap);
}

void HoldingTankView::saveSettings()
{
    OrganisationSettings settings = m_workspace.organisation();
    settings.tankDays = m_ui->tankDaysSpin->value();
    settings.tankCap = m_ui->tankCapSpin->value();
    if (ErrorReporter::attempt(this, tr("Holding-tank settings"),
                               [&] { m_workspace.store().organisations().update(settings); }))
        m_workspace.changed(Workspace::Settings);
}

QList<int> HoldingTankView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->tankTable->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void HoldingTankView::updateButtons()
{
    const QList<int> rows = selectedRows();
    const bool one = rows.size() == 1;
    const bool untrustedCa =
        one && m_model->entryAt(rows.first()).kind == CredentialKind::UntrustedCa;
    m_ui->acceptButton->setEnabled(one);
    m_ui->acceptButton->setText(untrustedCa ? tr("&Install CA…") : tr("A&ccept…"));
    m_ui->detailsButton->setEnabled(one);
    m_ui->explainButton->setEnabled(one);
    m_ui->openUserButton->setEnabled(one && !m_model->entryAt(rows.first()).username.isEmpty());
    m_ui->deleteButton->setEnabled(!rows.isEmpty());
    m_ui->deleteAllButton->setEnabled(m_model->rowCount() > 0);
    m_ui->saveSettingsButton->setEnabled(m_workspace.isOpen());
}

void HoldingTankView::acceptSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 1)
        AcceptTankEntryDialog::acceptEntry(this, m_workspace, m_model->entryAt(rows.first()));
}

void HoldingTankView::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    if (rows.size() > 1 &&
        QMessageBox::question(this, tr("Delete holding-tank entries"),
                              tr("Delete the %n selected entries?", nullptr, int(rows.size())),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    QList<qint64> ids;
    for (int row : rows)
        ids << m_model->entryAt(row).id;
    ErrorReporter::attempt(this, tr("Delete holding-tank entries"), [&] {
        for (qint64 id : ids)
            m_workspace.store().tank().remove(m_workspace.organisationId(), id);
    });
    m_workspace.changed(Workspace::Tank | Workspace::Users);
}

void HoldingTankView::deleteAll()
{
    if (QMessageBox::question(
            this, tr("Delete holding-tank entries"),
            tr("Delete every holding-tank entry of %1?").arg(m_workspace.organisation().name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    ErrorReporter::attempt(this, tr("Delete holding-tank entries"), [&] {
        m_workspace.store().tank().purge(m_workspace.organisationId(), QString(), QDateTime());
    });
    m_workspace.changed(Workspace::Tank | Workspace::Users);
}

void HoldingTankView::showDetails()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 1)
        CertificateDetailsDialog::showCertificate(this, m_model->entryAt(rows.first()).certificate);
}

} // namespace trustdesk
