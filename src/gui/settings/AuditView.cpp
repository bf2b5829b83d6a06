#include "settings/AuditView.h"

#include "common/DeferredRefresh.h"
#include "common/ErrorReporter.h"
#include "settings/AuditModel.h"
#include "ui_AuditView.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QSaveFile>

namespace trustdesk {

namespace {

// RFC 4180: quote every field, double the quotes inside.
QByteArray csvField(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QString prettyJson(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

AuditView::AuditView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::AuditView>()),
      m_model(new AuditModel(workspace, this))
{
    m_ui->setupUi(this);
    m_ui->auditTable->setModel(m_model);
    m_ui->auditTable->verticalHeader()->setDefaultSectionSize(
        m_ui->auditTable->fontMetrics().height() + 8);
    m_ui->auditTable->setColumnWidth(AuditModel::TimeColumn, 150);
    m_ui->auditTable->setColumnWidth(AuditModel::ActorColumn, 110);
    m_ui->auditTable->setColumnWidth(AuditModel::OrganisationColumn, 140);
    m_ui->auditTable->setColumnWidth(AuditModel::ActionColumn, 160);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->beforeEdit->setFont(fixed);
    m_ui->afterEdit->setFont(fixed);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text.trimmed());
        refresh();
    });
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const QString &message) {
        ErrorReporter::show(this, tr("Audit log"), message);
    });
    connect(m_ui->auditTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditView::showSelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditView::exportToFile);
    m_deferred = new DeferredRefresh(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::Areas areas) {
        if (!(areas & Workspace::Audit))
            return;
        m_deferred->request();
    });
}

AuditView::~AuditView() = default;

void AuditView::setFilter(const QString &text)
{
    m_ui->filterEdit->setText(text);
}

void AuditView::reload()
{
    m_model->reload();
    refresh();
}

void AuditView::refresh()
{
    int count = 0;
    if (m_workspace.isOpen())
        ErrorReporter::attempt(this, tr("Audit log"), [&] {
            count = m_workspace.store().auditLog().count(m_model->filter());
        });
    m_ui->countLabel->setText(tr("%n entries", nullptr, count));
    m_ui->exportButton->setEnabled(count > 0);
    showSelected();
}

void AuditView::showSelected()
{
    const QModelIndexList rows = m_ui->auditTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_ui->beforeEdit->clear();
        m_ui->afterEdit->clear();
        return;
    }
    const AuditEntry &entry = m_model->entryAt(rows.first().row());
    m_ui->beforeEdit->setPlainText(prettyJson(entry.before));
    m_ui->afterEdit->setPlainText(prettyJson(entry.after));
}

QString AuditView::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write (%2)").arg(path, file.errorString());
    file.write("id,at,actor,organisation,action,target,before,after\r\n");
    // A failed read leaves no half-written file behind.
    const bool read = ErrorReporter::attempt(this, tr("Export the audit log"), [&] {
        constexpr int Page = 2000;
        for (int offset = 0;; offset += Page) {
            const QList<AuditEntry> page =
                m_workspace.store().auditLog().page({m_model->filter(), {offset, Page}});
            for (const AuditEntry &entry : page) {
                const QList<QByteArray> fields{
                    QByteArray::number(entry.id), csvField(entry.at.toUTC().toString(Qt::ISODate)),
                    csvField(entry.actor),        csvField(entry.organisation),
                    csvField(entry.action),       csvField(entry.target),
                    csvField(entry.before),       csvField(entry.after)};
                file.write(fields.join(',') + "\r\n");
            }
            if (page.size() < Page)
                break;
        }
    });
    if (!read) {
        file.cancelWriting();
        return tr("%1: not written, the audit log could not be read").arg(path);
    }
    if (!file.commit())
        return tr("%1: cannot write (%2)").arg(path, file.errorString());
    return QString();
}

void AuditView::exportToFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"),
                                                      QStringLiteral("trustdesk-audit.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsv(path);
    if (error.isEmpty())
        emit m_workspace.notice(tr("Audit log exported to %1").arg(path));
    else
        ErrorReporter::show(this, tr("Export the audit log"), error);
}

} // namespace trustdesk
