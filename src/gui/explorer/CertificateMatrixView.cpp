#include "explorer/CertificateMatrixView.h"
#include "services/TrustSnapshotLoader.h"

#include "InputError.h"
#include "common/DeferredRefresh.h"
#include "common/ErrorReporter.h"
#include "engine/TrustEngine.h"
#include "explorer/VerdictPresenter.h"
#include "ui_CertificateMatrixView.h"
#include "x509/CertificateLoader.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace trustdesk {

namespace {

// The certificate files of a folder; PKCS#12 files are left out (they need passphrases,
// and the demo folder holds each certificate as PEM as well).
QStringList certificateFiles(const QString &folder)
{
    QStringList out;
    const QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList(
             {QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.cer"),
              QStringLiteral("*.der"), QStringLiteral("*.p7b")},
             QDir::Files, QDir::Name))
        out << info.filePath();
    return out;
}

} // namespace

CertificateMatrixView::CertificateMatrixView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::CertificateMatrixView>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Certificate matrix"));
    connect(m_ui->folderButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of certificates"),
                                                                 m_ui->folderEdit->text());
        if (!folder.isEmpty())
            setFolder(folder);
    });
    connect(m_ui->filesButton, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Certificates"), QString(),
            tr("Certificates (*.pem *.crt *.cer *.der *.p7b);;All files (*)"));
        if (!files.isEmpty())
            setFiles(files);
    });
    connect(m_ui->folderEdit, &QLineEdit::returnPressed, this,
            [this] { setFolder(m_ui->folderEdit->text().trimmed()); });
    connect(m_ui->userEdit, &QLineEdit::returnPressed, this, &CertificateMatrixView::refresh);
    // Evaluate reads the folder as typed, as Enter does: not the files of the last one.
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] {
        const QString typed = QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
        if (!m_chosenFiles && !typed.isEmpty())
            setFolder(typed);
        else
            refresh();
    });
    connect(m_ui->folderEdit, &QLineEdit::textEdited, this, [this] { m_chosenFiles = false; });
    connect(m_ui->matrixTree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString file = item->data(0, Qt::UserRole).toString();
        if (!file.isEmpty())
            emit explainRequested(file, item->text(1) == tr("(none)") ? QString() : item->text(1));
    });
    m_deferred = new DeferredRefresh(this, [this] { refresh(); });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::Areas areas) {
        if (!m_files.isEmpty() && (areas & (Workspace::Roots | Workspace::ApprovedCas |
                                            Workspace::Settings | Workspace::Users)))
            m_deferred->request();
    });
    m_ui->summaryLabel->setText(tr("Choose a folder or files of certificates."));
}

CertificateMatrixView::~CertificateMatrixView() = default;

void CertificateMatrixView::setFolder(const QString &folder)
{
    m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
    m_chosenFiles = false;
    m_files = certificateFiles(folder);
    refresh();
    if (!QFileInfo(folder).isDir())
        m_ui->summaryLabel->setText(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
}

void CertificateMatrixView::setFiles(const QStringList &files)
{
    m_ui->folderEdit->setText(tr("%n file(s)", nullptr, int(files.size())));
    m_chosenFiles = true;
    m_files = files;
    refresh();
}

void CertificateMatrixView::setUser(const QString &username)
{
    m_ui->userEdit->setText(username);
    refresh();
}

MatrixRow CertificateMatrixView::evaluateFile(const QString &file, const TrustSnapshot &snapshot)
{
    MatrixRow row;
    row.file = file;
    QList<Certificate> presented;
    try {
        presented = CertificateLoader::loadFile(file).certificates;
    } catch (const InputError &error) {
        row.group = -1;
        row.reason = error.message();
        return row;
    }
    row.subject = presented.first().subjectText();
    Store &store = m_workspace.store();
    const qint64 org = m_workspace.organisationId();
    const QDateTime now = m_workspace.now();
    QStringList candidates;
    const QString chosen = m_ui->userEdit->text().trimmed();
    if (!chosen.isEmpty()) {
        candidates << chosen;
    } else {
        // Who could this certificate be? Holders of its thumbprint, then of its CN or a
        // name that matches it; the first it authenticates wins.
        candidates << store.userDirectory().withThumbprint(org, presented.first().thumbprint().key());
        const QString cn = presented.first().commonNames().values.value(0);
        if (!cn.isEmpty())
            for (const CommonNameClaim &claim :
                 store.userDirectory().commonNameClaims(org, cn, QStringLiteral("")))
                if (!candidates.contains(claim.username))
                    candidates << claim.username;
    }
    std::optional<Verdict> best;
    for (const QString &name : std::as_const(candidates)) {
        const auto user = store.users().find(org, name);
        if (!user)
            continue;
        Verdict verdict = TrustEngine::evaluate(presented, &*user, Interface::Https, snapshot, now);
        const bool better =
            !best || VerdictPresenter::group(verdict) > VerdictPresenter::group(*best);
        if (better) {
            best = verdict;
            row.user = user->username;
        }
        if (VerdictPresenter::group(verdict) == 2)
            break;
    }
    if (!best)
        best = TrustEngine::evaluate(presented, nullptr, Interface::Https, snapshot, now);
    row.group = VerdictPresenter::group(*best);
    if (row.group == 0)
        row.reason = best->connect.reason;
    else if (!best->authenticate)
        row.reason = chosen.isEmpty()
                         ? tr("connects (%1); no user holds its thumbprint or its CN, and no "
                              "user's name matches it")
                               .arg(conditionName(best->connect.condition))
                         : tr("connects (%1); there is no user '%2'")
                               .arg(conditionName(best->connect.condition), chosen);
    else if (row.group == 1)
        row.reason = best->authenticate->reason;
    else
        row.reason =
            tr("authenticates '%1' by %2 (connects by %3)")
                .arg(best->authenticate->user, conditionName(best->authenticate->condition),
                     conditionName(best->connect.condition));
    return row;
}

void CertificateMatrixView::refresh()
{
    if (!m_workspace.isOpen())
        return;
    ErrorReporter::attempt(this, windowTitle(), [this] {
        const auto snapshot =
            TrustSnapshotLoader::load(m_workspace.store(), m_workspace.organisationId());
        m_rows.clear();
        for (const QString &file : std::as_const(m_files))
            m_rows << evaluateFile(file, *snapshot);
        QTreeWidget *tree = m_ui->matrixTree;
        tree->clear();
        const QStringList titles{tr("✖ Cannot connect"), tr("◐ Connects but does not authenticate"),
                                 tr("✔ Connects and authenticates"), tr("? Could not be read")};
        const QList<QColor> colours{QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00),
                                    QColor(0x2e, 0x7d, 0x32), QColor(0x75, 0x75, 0x75)};
        QList<QTreeWidgetItem *> groups;
        for (int g = 0; g < titles.size(); ++g) {
            auto *group = new QTreeWidgetItem(tree);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setForeground(0, colours.at(g));
            group->setFirstColumnSpanned(true);
            groups << group;
        }
        int counts[4] = {0, 0, 0, 0};
        for (const MatrixRow &row : std::as_const(m_rows)) {
            const int g = row.group < 0 ? 3 : row.group;
            ++counts[g];
            auto *item = new QTreeWidgetItem(groups.at(g));
            item->setText(0, QFileInfo(row.file).fileName());
            item->setToolTip(0, row.subject);
            item->setText(1, row.user.isEmpty() ? tr("(none)") : row.user);
            item->setText(2, row.reason);
            item->setToolTip(2, row.reason);
            item->setData(0, Qt::UserRole, row.file);
        }
        for (int g = 0; g < titles.size(); ++g) {
            groups.at(g)->setText(0, tr("%1 (%2)").arg(titles.at(g)).arg(counts[g]));
            groups.at(g)->setExpanded(true);
            groups.at(g)->setHidden(g == 3 && counts[g] == 0);
        }
        tree->resizeColumnToContents(0);
        tree->resizeColumnToContents(1);
        m_ui->summaryLabel->setText(
            tr("%n certificate(s) against the saved configuration of %1, evaluated now over "
               "HTTPS.",
               nullptr, int(m_rows.size()))
                .arg(m_workspace.organisation().name));
    });
}

} // namespace trustdesk
