#include "certificates/CertificateListView.h"
#include "services/TrustSnapshotLoader.h"

#include "certificates/CertificateDetailsDialog.h"
#include "certificates/CertificateFileImport.h"
#include "certificates/CertificatePickerDialog.h"
#include "common/DeferredRefresh.h"
#include "common/ErrorReporter.h"
#include "common/FileDropHandler.h"
#include "ui_CertificateListView.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>

namespace trustdesk {

namespace {

QSet<QString> thumbprintKeys(const QList<StoredCertificate> &certificates)
{
    QSet<QString> keys;
    for (const StoredCertificate &stored : certificates)
        keys.insert(stored.certificate.thumbprint().key());
    return keys;
}

} // namespace

CertificateListView::CertificateListView(Purpose purpose, Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_purpose(purpose), m_workspace(workspace),
      m_ui(std::make_unique<Ui::CertificateListView>()),
      m_model(new CertificateListModel(purpose, this)), m_sorted(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->certificatesTable->setModel(m_sorted);
    m_ui->certificatesTable->sortByColumn(CertificateListModel::NameColumn, Qt::AscendingOrder);
    m_ui->certificatesTable->setWordWrap(false);
    m_ui->certificatesTable->verticalHeader()->setDefaultSectionSize(
        m_ui->certificatesTable->fontMetrics().height() + 8);
    m_ui->certificatesTable->setColumnWidth(CertificateListModel::NameColumn, 170);
    m_ui->certificatesTable->setColumnWidth(CertificateListModel::NotesColumn, 230);
    m_ui->certificatesTable->setColumnWidth(CertificateListModel::IssuerColumn, 140);
    m_ui->certificatesTable->setColumnWidth(CertificateListModel::ExpiresColumn, 100);
    m_ui->warningLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(bright-text); "
                                                     "background: #b45309; padding: 6px; }"));
    if (purpose == Purpose::RootStore) {
        setObjectName(QStringLiteral("rootStoreView"));
        m_ui->titleLabel->setText(tr("<h2>Trusted root store</h2>"));
        m_ui->hintLabel->setText(
            tr("A client certificate can <b>connect</b> when it is installed here itself, or "
               "when a CA in its chain is installed here. The store is shared by every "
               "organisation. Drop certificate files here to install them."));
        m_ui->addFileButton->setText(tr("&Install from files…"));
        m_ui->addOtherButton->setText(tr("Import from the &system store…"));
    } else {
        setObjectName(QStringLiteral("approvedCasView"));
        m_ui->titleLabel->setText(tr("<h2>Approved CAs</h2>"));
        m_ui->hintLabel->setText(
            tr("A CN on a user's profile, or a CN that matches the user's name, authenticates "
               "only when the certificate's CA is approved here. Thumbprints ignore this list. "
               "Drop certificate files here to approve them."));
        m_ui->addFileButton->setText(tr("&Approve from files…"));
        m_ui->addOtherButton->setText(tr("Approve from the &root store…"));
    }
    connect(m_ui->addFileButton, &QPushButton::clicked, this, &CertificateListView::addFromFiles);
    connect(m_ui->addOtherButton, &QPushButton::clicked, this,
            &CertificateListView::addFromElsewhere);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &CertificateListView::removeSelected);
    connect(m_ui->detailsButton, &QPushButton::clicked, this, &CertificateListView::showDetails);
    connect(m_ui->explainButton, &QPushButton::clicked, this, [this] {
        const QList<Certificate> selected = selectedCertificates();
        if (!selected.isEmpty())
            emit explainRequested(selected.first());
    });
    connect(m_ui->certificatesTable, &QTableView::doubleClicked, this,
            &CertificateListView::showDetails);
    connect(m_ui->certificatesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CertificateListView::updateButtons);
    connect(new FileDropHandler(this), &FileDropHandler::filesDropped, this,
            &CertificateListView::addFiles);
    m_deferred = new DeferredRefresh(this, [this] { refresh(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::Areas areas) {
        if (!(areas & (Workspace::Roots | Workspace::ApprovedCas)))
            return;
        m_deferred->request();
    });
    updateButtons();
}

CertificateListView::~CertificateListView() = default;

QString CertificateListView::actionTitle() const
{
    return m_purpose == Purpose::RootStore ? tr("Install in the root store") : tr("Approve CAs");
}

void CertificateListView::refresh()
{
    if (!m_workspace.isOpen())
        return;
    ErrorReporter::attempt(this, windowTitle(), [this] {
        Store &store = m_workspace.store();
        const qint64 org = m_workspace.organisationId();
        const QList<StoredCertificate> approved = store.approvedCas(org).list();
        if (m_purpose == Purpose::RootStore) {
            m_model->setCertificates(store.rootStore().list(), thumbprintKeys(approved), {},
                                     m_workspace.now());
        } else {
            // Whether an approved CA's certificates can connect is a question of its chain:
            // itself installed, or a CA above it.
            const auto snapshot = TrustSnapshotLoader::load(store, org);
            QHash<QString, Certificate> anchors;
            for (const StoredCertificate &ca : approved) {
                const Certificate anchor = snapshot->installedAnchorOf(ca.certificate);
                if (!anchor.isNull())
                    anchors.insert(ca.certificate.thumbprint().key(), anchor);
            }
            m_model->setCertificates(approved, {}, anchors, m_workspace.now());
            QStringList missing;
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (m_model->anchorOf(row).isNull())
                    missing << m_model->certificateAt(row).displayName().toHtmlEscaped();
            m_ui->warningLabel->setText(
                tr("<b>Not installed:</b> %1. Neither these CAs nor any CA above them is in the "
                   "root store, so their certificates cannot connect: approving them has no "
                   "effect until one is installed.")
                    .arg(missing.join(QStringLiteral(", "))));
            m_ui->warningLabel->setVisible(!missing.isEmpty());
        }
    });
    if (m_purpose == Purpose::RootStore)
        m_ui->warningLabel->setVisible(false);
    updateButtons();
}

void CertificateListView::updateButtons()
{
    const bool selected = !m_ui->certificatesTable->selectionModel()->selectedRows().isEmpty();
    m_ui->removeButton->setEnabled(selected);
    m_ui->detailsButton->setEnabled(selected);
    m_ui->explainButton->setEnabled(selected);
    m_ui->addFileButton->setEnabled(m_workspace.isOpen());
    m_ui->addOtherButton->setEnabled(m_workspace.isOpen());
}

QList<Certificate> CertificateListView::selectedCertificates() const
{
    QList<Certificate> out;
    for (const QModelIndex &index : m_ui->certificatesTable->selectionModel()->selectedRows())
        out << m_model->certificateAt(m_sorted->mapToSource(index).row());
    return out;
}

void CertificateListView::addFromFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, actionTitle(), QString(),
        tr("Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void CertificateListView::addFiles(const QStringList &paths)
{
    CertificateFileImport::start(
        this, actionTitle(), paths,
        [this](const QList<Certificate> &certificates) { addCertificates(certificates); });
}

void CertificateListView::addCertificates(const QList<Certificate> &certificates)
{
    int added = 0;
    if (!ErrorReporter::attempt(this, actionTitle(), [&] {
            added = m_purpose == Purpose::RootStore
                        ? m_workspace.store().rootStore().add(certificates)
                        : m_workspace.store()
                              .approvedCas(m_workspace.organisationId())
                              .add(certificates);
        }))
        return;
    m_workspace.changed(m_purpose == Purpose::RootStore ? Workspace::Roots
                                                        : Workspace::ApprovedCas);
    const QString message = m_purpose == Purpose::RootStore
                                ? tr("%n certificates newly installed", nullptr, added)
                                : tr("%n CAs newly approved", nullptr, added);
    const int already = int(certificates.size()) - added;
    emit m_workspace.notice(already > 0 ? message + QStringLiteral("; ") +
                                              tr("%n were already there", nullptr, already)
                                        : message);
}

void CertificateListView::addFromElsewhere()
{
    QList<Certificate> candidates;
    QString prompt;
    if (m_purpose == Purpose::RootStore) {
        candidates = CertificatePickerDialog::systemCertificates();
        prompt = tr("The operating system trusts these %n roots. Tick the ones whose clients "
                    "should connect; usually that is only your own organisation's CA.",
                    nullptr, int(candidates.size()));
    } else {
        ErrorReporter::attempt(this, actionTitle(), [&] {
            QSet<QString> approved;
            for (const StoredCertificate &ca :
                 m_workspace.store().approvedCas(m_workspace.organisationId()).list())
                approved.insert(ca.certificate.thumbprint().key());
            for (const StoredCertificate &stored : m_workspace.store().rootStore().list())
                if (stored.certificate.isCa() &&
                    !approved.contains(stored.certificate.thumbprint().key()))
                    candidates << stored.certificate;
        });
        prompt = tr("Installed CAs that %1 has not approved yet:")
                     .arg(m_workspace.organisation().name.toHtmlEscaped());
    }
    if (candidates.isEmpty()) {
        QMessageBox::information(this, actionTitle(), tr("There is nothing to choose from."));
        return;
    }
    CertificatePickerDialog picker(this, actionTitle(), prompt, candidates);
    if (picker.exec() == QDialog::Accepted)
        addCertificates(picker.chosen());
}

void CertificateListView::removeSelected()
{
    const QList<Certificate> selected = selectedCertificates();
    if (selected.isEmpty())
        return;
    QStringList names;
    for (const Certificate &cert : selected)
        names << cert.displayName();
    const QString question =
        m_purpose == Purpose::RootStore
            ? tr("Remove from the trusted root store: %1?\n\nClients whose chains end here will "
                 "no longer connect, in every organisation.")
            : tr("Stop approving %1?\n\nCNs from these CAs will no longer authenticate anyone "
                 "in this organisation.");
    if (QMessageBox::question(this, tr("Remove"), question.arg(names.join(QStringLiteral(", "))),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    ErrorReporter::attempt(this, tr("Remove"), [&] {
        for (const Certificate &cert : selected) {
            if (m_purpose == Purpose::RootStore)
                m_workspace.store().rootStore().remove(cert.thumbprint().key());
            else
                m_workspace.store()
                    .approvedCas(m_workspace.organisationId())
                    .remove(cert.thumbprint().key());
        }
    });
    m_workspace.changed(m_purpose == Purpose::RootStore ? Workspace::Roots
                                                        : Workspace::ApprovedCas);
}

void CertificateListView::showDetails()
{
    const QList<Certificate> selected = selectedCertificates();
    if (!selected.isEmpty())
        CertificateDetailsDialog::showCertificate(this, selected.first());
}

} // namespace trustdesk
