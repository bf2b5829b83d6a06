#include "users/UsersView.h"
#include "services/UserEditingService.h"

#include "common/DeferredRefresh.h"
#include "common/ErrorReporter.h"
#include "ui_UsersView.h"
#include "users/UserEditDialog.h"
#include "users/UsersModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>

namespace trustdesk {

namespace {

// Beyond this many matches the exact number helps nobody, and counting it costs a scan.
constexpr int CountCap = 10000;

} // namespace

UsersView::UsersView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::UsersView>()),
      m_model(new UsersModel(workspace, this))
{
    m_ui->setupUi(this);
    m_ui->usersTable->setModel(m_model);
    // Every column fits at 1024x700: the full name takes what the others leave, and those
    // are as wide as their longest label in the user's language.
    QHeaderView *header = m_ui->usersTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(UsersModel::FullNameColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_ui->usersTable->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_ui->usersTable->verticalHeader()->setDefaultSectionSize(
        m_ui->usersTable->fontMetrics().height() + 8);
    const QFontMetrics metrics = m_ui->usersTable->fontMetrics();
    const auto fit = [&](int column, QStringList texts) {
        texts << m_model->headerData(column, Qt::Horizontal).toString();
        int width = 0;
        for (const QString &text : std::as_const(texts))
            width = qMax(width, metrics.horizontalAdvance(text));
        m_ui->usersTable->setColumnWidth(column, width + 28);
    };
    QStringList policies;
    for (Policy policy : {Policy::Password, Policy::Certificate, Policy::PasswordAndCertificate})
        policies << UsersModel::policyLabel(policy);
    m_ui->usersTable->setColumnWidth(UsersModel::UsernameColumn, 130);
    fit(UsersModel::StatusColumn, {UsersModel::tr("Disabled"), UsersModel::tr("Active")});
    fit(UsersModel::HttpsColumn, policies);
    fit(UsersModel::FtpsColumn, policies);
    fit(UsersModel::CredentialsColumn, {QStringLiteral("99 (9 expiring)")});
    fit(UsersModel::PendingColumn, {QStringLiteral("9999")});

    // Every keystroke is one indexed SQL page; fast enough to need no debounce.
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text.trimmed());
        updateCount();
        updateButtons();
    });
    connect(m_model, &PagedTableModel::loadFailed, this,
            [this](const QString &message) { ErrorReporter::show(this, tr("Users"), message); });
    connect(m_ui->usersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersView::updateButtons);
    // Double-click or Enter opens the profile.
    connect(m_ui->usersTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openUserRequested(m_model->userAt(index.row()).profile.username);
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        const QStringList names = selectedUsernames();
        if (!names.isEmpty())
            emit openUserRequested(names.first());
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersView::addUser);
    connect(m_ui->editButton, &QPushButton::clicked, this, &UsersView::editUser);
    connect(m_ui->disableButton, &QPushButton::clicked, this, &UsersView::toggleDisabled);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &UsersView::removeUsers);
    m_deferred = new DeferredRefresh(this, [this] { refresh(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::Areas areas) {
        if (!(areas & (Workspace::Users | Workspace::Tank)))
            return;
        m_deferred->request();
    });
    updateButtons();
}

UsersView::~UsersView() = default;

void UsersView::focusFilter()
{
    m_ui->filterEdit->setFocus();
    m_ui->filterEdit->selectAll();
}

void UsersView::refresh()
{
    const QStringList selected = selectedUsernames();
    m_model->reload();
    updateCount();
    if (!selected.isEmpty())
        selectUser(selected.first());
}

void UsersView::updateCount()
{
    if (!m_workspace.isOpen())
        return m_ui->countLabel->clear();
    const QString filter = m_model->filter();
    // When the first page held every match, the rows are the count: no second scan.
    int count = m_model->rowCount();
    if (m_model->canFetchMore(QModelIndex()))
        ErrorReporter::attempt(this, tr("Users"), [&] {
            count = m_workspace.store().userDirectory().count(m_workspace.organisationId(), filter,
                                                      filter.isEmpty() ? -1 : CountCap);
        });
    if (filter.isEmpty())
        m_ui->countLabel->setText(tr("%n users", nullptr, count));
    else if (count > CountCap)
        m_ui->countLabel->setText(tr("more than %L1 matching").arg(CountCap));
    else
        m_ui->countLabel->setText(tr("%n matching", nullptr, count));
}

void UsersView::updateButtons()
{
    const QModelIndexList rows = m_ui->usersTable->selectionModel()->selectedRows();
    const bool one = rows.size() == 1;
    m_ui->openButton->setEnabled(one);
    m_ui->editButton->setEnabled(one);
    m_ui->removeButton->setEnabled(!rows.isEmpty());
    m_ui->disableButton->setEnabled(!rows.isEmpty());
    m_ui->addButton->setEnabled(m_workspace.isOpen());
    m_ui->disableButton->setText(selectionAllDisabled() ? tr("&Enable") : tr("&Disable"));
}

void UsersView::selectUser(const QString &username)
{
    const int row = m_model->rowOf(username);
    if (row < 0)
        return;
    m_ui->usersTable->selectRow(row);
    m_ui->usersTable->scrollTo(m_model->index(row, 0));
}

bool UsersView::selectionAllDisabled() const
{
    const QModelIndexList rows = m_ui->usersTable->selectionModel()->selectedRows();
    return !rows.isEmpty() && std::all_of(rows.begin(), rows.end(), [this](const QModelIndex &i) {
        return m_model->userAt(i.row()).profile.disabled;
    });
}

QStringList UsersView::selectedUsernames() const
{
    QStringList out;
    for (const QModelIndex &index : m_ui->usersTable->selectionModel()->selectedRows())
        out << m_model->userAt(index.row()).profile.username;
    return out;
}

void UsersView::addUser()
{
    UserEditDialog dialog(this);
    dialog.setNameTaken([this](const QString &name) {
        try {
            return m_workspace.store().users().find(m_workspace.organisationId(), name).has_value();
        } catch (const std::exception &) {
            return false; // the save says what is wrong with the store
        }
    });
    dialog.setSave([&] {
        m_workspace.store().users().add(m_workspace.organisationId(), dialog.profile(),
                                        dialog.password());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace.changed(Workspace::Users);
    selectUser(dialog.profile().username);
}

void UsersView::editUser()
{
    const QStringList names = selectedUsernames();
    if (names.size() != 1)
        return;
    UserRecord record;
    if (!ErrorReporter::attempt(this, tr("Edit user"), [&] {
            record = m_workspace.store().users().get(m_workspace.organisationId(), names.first());
        }))
        return;
    UserEditDialog::editUser(this, m_workspace, record);
}

void UsersView::toggleDisabled()
{
    const QModelIndexList rows = m_ui->usersTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    // The button enables when every selected user is disabled, and disables otherwise.
    const bool enable = selectionAllDisabled();
    QStringList usernames;
    for (const QModelIndex &index : rows)
        usernames << m_model->userAt(index.row()).profile.username;
    ErrorReporter::attempt(this, enable ? tr("Enable users") : tr("Disable users"), [&] {
        UserEditingService::setDisabled(m_workspace.store(), m_workspace.organisationId(),
                                        usernames, !enable);
    });
    m_workspace.changed(Workspace::Users);
}

void UsersView::removeUsers()
{
    const QStringList names = selectedUsernames();
    if (names.isEmpty())
        return;
    const QString question =
        names.size() == 1
            ? tr("Remove the user %1 with their accepted credentials and holding-tank entries?")
                  .arg(names.first())
            : tr("Remove %n users with their accepted credentials and holding-tank entries?",
                 nullptr, int(names.size()));
    if (QMessageBox::question(this, tr("Remove users"), question,
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    ErrorReporter::attempt(this, tr("Remove users"), [&] {
        for (const QString &name : names)
            m_workspace.store().users().remove(m_workspace.organisationId(), name);
    });
    m_workspace.changed(Workspace::Users | Workspace::Tank);
}

} // namespace trustdesk
