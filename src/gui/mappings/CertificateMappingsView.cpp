#include "mappings/CertificateMappingsView.h"

#include "InputError.h"
#include "certificates/CertificateFileImport.h"
#include "common/DeferredRefresh.h"
#include "common/ErrorReporter.h"
#include "mappings/CertificateMappingsModel.h"
#include "mappings/ManyToOneMappingDialog.h"
#include "mappings/OneToOneMappingDialog.h"
#include "services/AtomicFileWriter.h"
#include "services/MappingService.h"
#include "ui_CertificateMappingsView.h"
#include "x509/CertificateLoader.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>

namespace trustdesk {

CertificateMappingsView::CertificateMappingsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace),
      m_ui(std::make_unique<Ui::CertificateMappingsView>()),
      m_oneToOne(new CertificateMappingsModel(CertificateMapping::Kind::OneToOne, this)),
      m_manyToOne(new CertificateMappingsModel(CertificateMapping::Kind::ManyToOne, this))
{
    m_ui->setupUi(this);
    m_ui->oneToOneTable->setModel(m_oneToOne);
    m_ui->manyToOneTable->setModel(m_manyToOne);
    for (QTableView *table : {m_ui->oneToOneTable, m_ui->manyToOneTable}) {
        table->verticalHeader()->setVisible(false);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        table->setColumnWidth(CertificateMappingsModel::PositionColumn, 36);
        table->setColumnWidth(CertificateMappingsModel::EnabledColumn, 36);
        table->horizontalHeader()->setStretchLastSection(true);
        connect(table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
            if (index.column() != CertificateMappingsModel::EnabledColumn)
                editSelected();
        });
    }
    const int detail = CertificateMappingsModel::FirstDetailColumn;
    m_ui->oneToOneTable->setColumnWidth(detail, 130);
    m_ui->oneToOneTable->setColumnWidth(detail + 1, 380);
    m_ui->manyToOneTable->setColumnWidth(detail, 180);
    m_ui->manyToOneTable->setColumnWidth(detail + 1, 90);
    m_ui->manyToOneTable->setColumnWidth(detail + 2, 110);
    // One selection across both tables: choosing in one clears the other.
    connect(m_ui->oneToOneTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                if (m_ui->oneToOneTable->selectionModel()->hasSelection())
                    m_ui->manyToOneTable->clearSelection();
                updateButtons();
            });
    connect(m_ui->manyToOneTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                if (m_ui->manyToOneTable->selectionModel()->hasSelection())
                    m_ui->oneToOneTable->clearSelection();
                updateButtons();
            });
    for (CertificateMappingsModel *model : {m_oneToOne, m_manyToOne})
        connect(model, &CertificateMappingsModel::enabledToggled, this,
                [this](qint64 id, bool enabled) {
                    if (ErrorReporter::attempt(this, tr("Certificate mappings"), [&] {
                            m_workspace.store().mappings().setEnabled(m_workspace.organisationId(),
                                                                      id, enabled);
                        }))
                        changed();
                    selectMapping(id);
                });
    connect(m_ui->importButton, &QPushButton::clicked, this,
            &CertificateMappingsView::importWebConfig);
    connect(m_ui->checkButton, &QPushButton::clicked, this,
            &CertificateMappingsView::checkWebConfig);
    connect(m_ui->exportButton, &QPushButton::clicked, this,
            &CertificateMappingsView::exportWebConfig);
    connect(m_ui->exportAppcmdButton, &QPushButton::clicked, this,
            &CertificateMappingsView::exportAppcmdScript);
    connect(m_ui->identifyButton, &QPushButton::clicked, this,
            &CertificateMappingsView::identifyRequested);
    connect(m_ui->addOneToOneButton, &QPushButton::clicked, this,
            &CertificateMappingsView::addOneToOne);
    connect(m_ui->addManyToOneButton, &QPushButton::clicked, this,
            &CertificateMappingsView::addManyToOne);
    connect(m_ui->editButton, &QPushButton::clicked, this, &CertificateMappingsView::editSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            &CertificateMappingsView::removeSelected);
    connect(m_ui->enableButton, &QPushButton::clicked, this,
            &CertificateMappingsView::toggleSelected);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_ui->closeProblemsButton, &QPushButton::clicked, this, [this] {
        m_ui->problemsList->clear();
        m_ui->problemsGroup->hide();
    });
    m_ui->problemsGroup->hide();
    m_deferred = new DeferredRefresh(this, [this] { refresh(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::Areas areas) {
        if (areas & (Workspace::Mappings | Workspace::Users))
            m_deferred->request();
    });
    connect(&m_workspace, &Workspace::storeOpened, this, [this] { m_deferred->request(); });
    connect(&m_workspace, &Workspace::organisationChanged, this, [this] { m_deferred->request(); });
    updateButtons();
}

CertificateMappingsView::~CertificateMappingsView() = default;

QString CertificateMappingsView::configFilter()
{
    return tr("IIS configuration (*.config);;All files (*)");
}

void CertificateMappingsView::refresh()
{
    const qint64 selected = selectedId();
    m_all.clear();
    if (m_workspace.isOpen())
        ErrorReporter::attempt(this, tr("Certificate mappings"), [this] {
            m_all = m_workspace.store().mappings().list(m_workspace.organisationId());
        });
    m_oneToOne->setMappings(m_all);
    m_manyToOne->setMappings(m_all);
    int enabled = 0;
    for (const CertificateMapping &m : std::as_const(m_all))
        enabled += m.enabled ? 1 : 0;
    m_ui->countLabel->setText(
        tr("%n mapping(s), %1 enabled", nullptr, int(m_all.size())).arg(enabled));
    if (selected)
        selectMapping(selected);
    updateButtons();
}

void CertificateMappingsView::changed()
{
    m_workspace.changed(Workspace::Mappings);
    refresh();
}

QTableView *CertificateMappingsView::selectedTable() const
{
    if (m_ui->oneToOneTable->selectionModel()->hasSelection())
        return m_ui->oneToOneTable;
    if (m_ui->manyToOneTable->selectionModel()->hasSelection())
        return m_ui->manyToOneTable;
    return nullptr;
}

qint64 CertificateMappingsView::selectedId() const
{
    QTableView *table = selectedTable();
    if (!table)
        return 0;
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const auto *model = static_cast<CertificateMappingsModel *>(table->model());
    return model->mappingAt(rows.first().row()).id;
}

void CertificateMappingsView::selectMapping(qint64 id)
{
    for (QTableView *table : {m_ui->oneToOneTable, m_ui->manyToOneTable}) {
        const auto *model = static_cast<CertificateMappingsModel *>(table->model());
        const int row = model->rowOf(id);
        if (row >= 0) {
            table->selectRow(row);
            table->scrollTo(model->index(row, 0));
            return;
        }
    }
}

void CertificateMappingsView::updateButtons()
{
    const qint64 id = selectedId();
    const bool open = m_workspace.isOpen();
    int at = -1, kindFirst = -1, kindLast = -1;
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).id == id)
            at = i;
    }
    if (at >= 0) {
        for (int i = 0; i < m_all.size(); ++i) {
            if (m_all.at(i).kind != m_all.at(at).kind)
                continue;
            if (kindFirst < 0)
                kindFirst = i;
            kindLast = i;
        }
    }
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->importButton, m_ui->exportButton, m_ui->exportAppcmdButton,
             m_ui->addOneToOneButton, m_ui->addManyToOneButton, m_ui->identifyButton})
        w->setEnabled(open);
    m_ui->editButton->setEnabled(at >= 0);
    m_ui->removeButton->setEnabled(at >= 0);
    m_ui->enableButton->setEnabled(at >= 0);
    m_ui->enableButton->setText(at >= 0 && !m_all.at(at).enabled ? tr("Ena&ble") : tr("Disa&ble"));
    // Order matters among mappings of one kind: one-to-one ones are consulted first anyway.
    m_ui->moveUpButton->setEnabled(at >= 0 && at > kindFirst);
    m_ui->moveDownButton->setEnabled(at >= 0 && at < kindLast);
}

QStringList CertificateMappingsView::usernames() const
{
    QStringList names;
    if (!m_workspace.isOpen())
        return names;
    ErrorReporter::attempt(nullptr, tr("Certificate mappings"), [&] {
        for (const UserRecord &record :
             m_workspace.store().users().list(m_workspace.organisationId()))
            names << record.profile.username;
    });
    return names;
}

QStringList CertificateMappingsView::problemLines() const
{
    QStringList lines;
    if (m_ui->problemsGroup->isHidden())
        return lines;
    for (int i = 0; i < m_ui->problemsList->count(); ++i)
        lines << m_ui->problemsList->item(i)->text();
    return lines;
}

void CertificateMappingsView::showProblems(const QString &file, const IisConfig &config)
{
    m_ui->problemsList->clear();
    for (const IisProblem &problem : config.problems) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                                         problem.line1());
        item->setToolTip(problem.line1());
        m_ui->problemsList->addItem(item);
    }
    for (const QString &note : config.notes)
        m_ui->problemsList->addItem(
            new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxInformation), note));
    const QString name = QFileInfo(file).fileName();
    m_ui->problemsGroup->setTitle(tr("Check of %1").arg(name));
    m_ui->problemsLabel->setText(
        config.problems.isEmpty()
            ? tr("IIS reads %n mapping(s) from this file, with no problems.", nullptr,
                 int(config.mappings.size()))
            : tr("%n problem(s): IIS would refuse the file or fail these mappings. Nothing is "
                 "imported from a file with problems.",
                 nullptr, int(config.problems.size())));
    m_ui->problemsGroup->setVisible(!config.problems.isEmpty() || !config.notes.isEmpty() ||
                                    !file.isEmpty());
}

int CertificateMappingsView::checkFile(const QString &path)
{
    IisConfig config;
    const bool read = ErrorReporter::attempt(this, tr("Check web.config"), [&] {
        config = MappingService::check(CertificateLoader::readFile(path),
                                       m_workspace.isOpen() ? &m_workspace.store() : nullptr,
                                       m_workspace.organisationId());
    });
    if (!read)
        return -1;
    showProblems(path, config);
    emit m_workspace.notice(config.problems.isEmpty()
                                ? tr("%1: no problems").arg(QFileInfo(path).fileName())
                                : tr("%1: %n problem(s)", nullptr, int(config.problems.size()))
                                      .arg(QFileInfo(path).fileName()));
    return int(config.problems.size());
}

bool CertificateMappingsView::importFile(const QString &path, bool createUsers)
{
    IisImportResult result;
    QString failure;
    try {
        result = MappingService::importIis(m_workspace.store(), m_workspace.organisationId(),
                                           CertificateLoader::readFile(path), createUsers);
    } catch (const InputError &problem) {
        failure = problem.message();
    } catch (const std::exception &problem) {
        failure = QString::fromUtf8(problem.what());
    }
    if (!failure.isEmpty()) {
        // The list names every problem; the message says nothing changed.
        IisConfig config;
        ErrorReporter::attempt(this, tr("Import web.config"), [&] {
            config = MappingService::check(CertificateLoader::readFile(path), &m_workspace.store(),
                                           m_workspace.organisationId());
        });
        if (!config.problems.isEmpty())
            showProblems(path, config);
        ErrorReporter::show(this, tr("Import web.config"),
                            tr("%1: %2").arg(QFileInfo(path).fileName(), failure));
        return false;
    }
    m_ui->problemsGroup->hide();
    if (!result.createdUsers.isEmpty())
        m_workspace.changed(Workspace::Users);
    changed();
    if (!result.mappingIds.isEmpty())
        selectMapping(result.mappingIds.first());
    emit m_workspace.notice(
        tr("Imported %n mapping(s) from %1", nullptr, int(result.mappingIds.size()))
            .arg(QFileInfo(path).fileName()));
    if (!result.notes.isEmpty() || !result.createdUsers.isEmpty()) {
        QStringList lines = result.notes;
        if (!result.createdUsers.isEmpty())
            lines << tr("Created the users %1 (certificate policy on both interfaces).")
                         .arg(result.createdUsers.join(QStringLiteral(", ")));
        QMessageBox box(QMessageBox::Information, tr("Import web.config"),
                        lines.join(QStringLiteral("\n\n")), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("importNotes"));
        box.exec();
    }
    return true;
}

bool CertificateMappingsView::exportFile(const QString &path, const QString &appcmdSite)
{
    const bool done = ErrorReporter::attempt(this, tr("Export web.config"), [&] {
        AtomicFileWriter::write(path,
                                MappingService::exportIis(m_workspace.store(),
                                                          m_workspace.organisationId(), appcmdSite),
                                false);
    });
    if (done)
        emit m_workspace.notice(tr("Wrote %n mapping(s) to %1; set the passwords in IIS Manager",
                                   nullptr, int(m_all.size()))
                                    .arg(QFileInfo(path).fileName()));
    return done;
}

void CertificateMappingsView::importWebConfig()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import web.config"), QString(), configFilter());
    if (path.isEmpty())
        return;
    IisConfig config;
    if (!ErrorReporter::attempt(this, tr("Import web.config"), [&] {
            config = MappingService::check(CertificateLoader::readFile(path), &m_workspace.store(),
                                           m_workspace.organisationId());
        }))
        return;
    if (!config.problems.isEmpty()) {
        showProblems(path, config);
        QMessageBox::warning(this, tr("Import web.config"),
                             tr("%1 has %n problem(s), listed below. Nothing was imported.",
                                nullptr, int(config.problems.size()))
                                 .arg(QFileInfo(path).fileName()));
        return;
    }
    // The users the file maps to that this organisation lacks: create them, or stop.
    QStringList missing;
    for (const IisMapping &m : std::as_const(config.mappings))
        if (!m.mapping.username.isEmpty() && !missing.contains(m.mapping.username) &&
            !m_workspace.store().users().find(m_workspace.organisationId(), m.mapping.username))
            missing << m.mapping.username;
    bool create = false;
    if (!missing.isEmpty()) {
        if (QMessageBox::question(
                this, tr("Import web.config"),
                tr("The file maps to users that do not exist here: %1.\n\nCreate them (certificate "
                   "policy on both interfaces) and import?")
                    .arg(missing.join(QStringLiteral(", "))),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes)
            return;
        create = true;
    }
    importFile(path, create);
}

void CertificateMappingsView::checkWebConfig()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Check web.config"), QString(), configFilter());
    if (!path.isEmpty())
        checkFile(path);
}

void CertificateMappingsView::exportWebConfig()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export web.config"),
                                                      QStringLiteral("web.config"), configFilter());
    if (path.isEmpty() || !exportFile(path))
        return;
    QMessageBox::information(this, tr("Export web.config"),
                             tr("Wrote %1.\n\nThe passwords of the mapped accounts are left "
                                "empty: TrustDesk does not know them. Set each in IIS Manager on "
                                "the IIS machine, which encrypts them there.")
                                 .arg(QDir::toNativeSeparators(path)));
}

void CertificateMappingsView::exportAppcmdScript()
{
    bool ok = false;
    const QString site = QInputDialog::getText(this, tr("Export appcmd script"),
                                               tr("The IIS site the script configures:"),
                                               QLineEdit::Normal, tr("Default Web Site"), &ok)
                             .trimmed();
    if (!ok || site.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export appcmd script"), QStringLiteral("mappings.cmd"),
        tr("Command scripts (*.cmd *.bat);;All files (*)"));
    if (!path.isEmpty())
        exportFile(path, site);
}

bool CertificateMappingsView::addOneToOneFromFile(const QString &path, const QString &username)
{
    const CertificateFileImport::FileResult read = CertificateFileImport::readFile(path);
    if (!read.error.isEmpty() || read.certificates.isEmpty()) {
        ErrorReporter::show(this, tr("Add a one-to-one mapping"), read.error);
        return false;
    }
    CertificateMapping m;
    m.kind = CertificateMapping::Kind::OneToOne;
    m.certificate = read.certificates.first();
    m.username = username;
    OneToOneMappingDialog dialog(usernames(), this);
    dialog.setMapping(m);
    if (!username.isEmpty()) {
        // Named already (the File menu, a test): no question to ask.
        if (!ErrorReporter::attempt(this, tr("Add a one-to-one mapping"), [&] {
                m.id = m_workspace.store().mappings().add(m_workspace.organisationId(),
                                                          dialog.mapping());
            }))
            return false;
    } else {
        if (dialog.exec() != QDialog::Accepted)
            return false;
        if (!ErrorReporter::attempt(this, tr("Add a one-to-one mapping"), [&] {
                m.id = m_workspace.store().mappings().add(m_workspace.organisationId(),
                                                          dialog.mapping());
            }))
            return false;
    }
    changed();
    selectMapping(m.id);
    return true;
}

void CertificateMappingsView::addOneToOne()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("The certificate of the one-to-one mapping"), QString(),
        tr("Certificates (*.pem *.crt *.cer *.der *.p7b *.pfx *.p12);;All files (*)"));
    if (!path.isEmpty())
        addOneToOneFromFile(path, QString());
}

void CertificateMappingsView::addManyToOne()
{
    ManyToOneMappingDialog dialog(usernames(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    qint64 id = 0;
    if (ErrorReporter::attempt(this, tr("Add a many-to-one mapping"), [&] {
            id = m_workspace.store().mappings().add(m_workspace.organisationId(), dialog.mapping());
        })) {
        changed();
        selectMapping(id);
    }
}

void CertificateMappingsView::editSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    CertificateMapping current;
    for (const CertificateMapping &m : std::as_const(m_all))
        if (m.id == id)
            current = m;
    std::unique_ptr<QDialog> dialog;
    std::function<CertificateMapping()> edited;
    if (current.kind == CertificateMapping::Kind::OneToOne) {
        auto *oneToOne = new OneToOneMappingDialog(usernames(), this);
        oneToOne->setMapping(current);
        edited = [oneToOne] { return oneToOne->mapping(); };
        dialog.reset(oneToOne);
    } else {
        auto *manyToOne = new ManyToOneMappingDialog(usernames(), this);
        manyToOne->setMapping(current);
        edited = [manyToOne] { return manyToOne->mapping(); };
        dialog.reset(manyToOne);
    }
    if (dialog->exec() != QDialog::Accepted)
        return;
    if (ErrorReporter::attempt(this, tr("Edit the mapping"), [&] {
            m_workspace.store().mappings().update(m_workspace.organisationId(), edited());
        }))
        changed();
    selectMapping(id);
}

void CertificateMappingsView::removeSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    QString label;
    for (const CertificateMapping &m : std::as_const(m_all))
        if (m.id == id)
            label = m.label();
    QMessageBox question(QMessageBox::Question, tr("Remove the mapping"),
                         tr("Remove the mapping '%1'?").arg(label),
                         QMessageBox::Yes | QMessageBox::No, this);
    question.setObjectName(QStringLiteral("removeQuestion"));
    question.setDefaultButton(QMessageBox::No);
    if (question.exec() != QMessageBox::Yes)
        return;
    if (ErrorReporter::attempt(this, tr("Remove the mapping"), [&] {
            m_workspace.store().mappings().remove(m_workspace.organisationId(), id);
        }))
        changed();
}

void CertificateMappingsView::toggleSelected()
{
    const qint64 id = selectedId();
    for (const CertificateMapping &m : std::as_const(m_all)) {
        if (m.id != id)
            continue;
        if (ErrorReporter::attempt(this, tr("Certificate mappings"), [&] {
                m_workspace.store().mappings().setEnabled(m_workspace.organisationId(), id,
                                                          !m.enabled);
            }))
            changed();
        selectMapping(id);
        return;
    }
}

void CertificateMappingsView::moveSelected(int delta)
{
    const qint64 id = selectedId();
    int at = -1;
    for (int i = 0; i < m_all.size(); ++i)
        if (m_all.at(i).id == id)
            at = i;
    if (at < 0)
        return;
    // The neighbour of the same kind: its position is where this one goes.
    int target = at + delta;
    while (target >= 0 && target < m_all.size() && m_all.at(target).kind != m_all.at(at).kind)
        target += delta;
    if (target < 0 || target >= m_all.size())
        return;
    if (ErrorReporter::attempt(this, tr("Reorder the mappings"), [&] {
            m_workspace.store().mappings().move(m_workspace.organisationId(), id, target + 1);
        }))
        changed();
    selectMapping(id);
}

} // namespace trustdesk
