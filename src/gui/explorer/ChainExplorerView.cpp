#include "explorer/ChainExplorerView.h"
#include "services/TrustSnapshotLoader.h"
#include "services/WhatIfApplyService.h"

#include "InputError.h"
#include "certificates/CertificateDetailsDialog.h"
#include "certificates/CertificatePickerDialog.h"
#include "common/ErrorReporter.h"
#include "common/FileDropHandler.h"
#include "domain/CommonName.h"
#include "engine/FixFinder.h"
#include "engine/TrustEngine.h"
#include "explorer/ChainDiagram.h"
#include "explorer/ExplanationExporter.h"
#include "explorer/IdentificationPresenter.h"
#include "explorer/VerdictPresenter.h"
#include "services/MappingService.h"
#include "store/Store.h"
#include "ui_ChainExplorerView.h"
#include "x509/CertificateLoader.h"

#include <QClipboard>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QSet>
#include <QVBoxLayout>

namespace trustdesk {

ChainExplorerView::ChainExplorerView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::ChainExplorerView>()),
      m_diagram(new ChainDiagram(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Chain explorer"));
    auto *host = new QVBoxLayout(m_ui->diagramHost);
    host->addWidget(m_diagram);
    host->addStretch();
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({420, 540});
    m_ui->interfaceCombo->addItem(tr("HTTPS"), int(Interface::Https));
    m_ui->interfaceCombo->addItem(tr("FTPS"), int(Interface::Ftps));
    m_ui->atEdit->setDateTime(QDateTime::currentDateTime());
    m_ui->scenarioCombo->addItem(tr("(no training scenarios)"));
    m_ui->scenarioCombo->setEnabled(false);

    connect(m_ui->openButton, &QPushButton::clicked, this, &ChainExplorerView::chooseFile);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &ChainExplorerView::openPasted);
    connect(m_ui->chainButton, &QPushButton::clicked, this, &ChainExplorerView::chooseChain);
    connect(m_ui->scenarioCombo, qOverload<int>(&QComboBox::activated), this,
            [this](int index) { openScenario(index - 1); });
    // The user is completed from the store as it is typed, and the verdict follows the
    // name shortly after the typing stops: never a verdict for a name no longer shown.
    auto *completer = new QCompleter(&m_userNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->userEdit->setCompleter(completer);
    m_userTyping.setSingleShot(true);
    m_userTyping.setInterval(300);
    connect(m_ui->userEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        completeUser(text);
        m_ui->verdictText->setEnabled(false); // stale until the name is evaluated
        m_diagram->setEnabled(false);
        m_userTyping.start();
    });
    connect(&m_userTyping, &QTimer::timeout, this, [this] {
        rebuildToggles();
        evaluate();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this] {
        m_userTyping.stop();
        rebuildToggles();
        evaluate();
    });
    connect(m_ui->userEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_userTyping.isActive() && m_ui->verdictText->isEnabled())
            return;
        m_userTyping.stop();
        rebuildToggles();
        evaluate();
    });
    connect(m_ui->interfaceCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ChainExplorerView::evaluate);
    connect(m_ui->atEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_rebuilding)
            return;
        m_timeChosen = true;
        evaluate();
    });
    connect(m_ui->nowButton, &QPushButton::clicked, this, [this] {
        m_timeChosen = false;
        m_rebuilding = true;
        m_ui->atEdit->setDateTime(QDateTime::currentDateTime());
        m_rebuilding = false;
        evaluate();
    });
    connect(m_ui->whatIfList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_rebuilding)
            return;
        markToggle(item);
        evaluate();
    });
    // A fix in the verdict is a link: one click turns its changes into what-if toggles.
    m_ui->verdictText->setOpenLinks(false);
    connect(m_ui->verdictText, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("fix"))
            tryFix(url.path().toInt());
    });
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ChainExplorerView::applyChanges);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &ChainExplorerView::resetChanges);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ChainExplorerView::copyText);
    connect(m_ui->exportTextButton, &QPushButton::clicked, this, &ChainExplorerView::exportText);
    connect(m_ui->exportPngButton, &QPushButton::clicked, this, &ChainExplorerView::exportPng);
    connect(m_ui->matrixButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Folder of certificates"),
            m_scenarioFolder.isEmpty() ? QString() : m_scenarioFolder);
        if (!folder.isEmpty())
            emit matrixRequested(folder, m_ui->userEdit->text().trimmed());
    });
    connect(m_diagram, &ChainDiagram::certificateClicked, this,
            [this](const Certificate &cert) { CertificateDetailsDialog(this, cert).exec(); });
    connect(new FileDropHandler(this), &FileDropHandler::filesDropped, this,
            [this](const QStringList &paths) {
                if (paths.isEmpty() || !confirmDiscardingChanges())
                    return;
                m_ui->userEdit->clear();
                openFile(paths.first());
            });
    connect(&m_workspace, &Workspace::dataChanged, this, [this](Workspace::Areas areas) {
        if (hasCertificate() &&
            (areas & (Workspace::Roots | Workspace::ApprovedCas | Workspace::Settings |
                      Workspace::Users | Workspace::Mappings))) {
            rebuildToggles();
            evaluate();
        }
    });
    connect(&m_workspace, &Workspace::organisationChanged, this, [this] {
        if (hasCertificate()) {
            rebuildToggles();
            evaluate();
        }
    });
    evaluate();
}

ChainExplorerView::~ChainExplorerView() = default;

void ChainExplorerView::chooseFile()
{
    if (!confirmDiscardingChanges())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a certificate"), QString(),
        tr("Certificates (*.pem *.crt *.cer *.der *.p7b *.p12 *.pfx);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->userEdit->clear(); // a new certificate: nobody chosen yet
    openFile(path);
}

bool ChainExplorerView::openFile(const QString &path)
{
    std::optional<QByteArray> passphrase;
    for (;;) {
        try {
            const LoadedCertificates loaded = CertificateLoader::loadFile(path, passphrase);
            openCertificates(loaded.certificates, QDir::toNativeSeparators(path));
            return true;
        } catch (const InputError &error) {
            if (error.reason() == InputError::Reason::Invalid) {
                ErrorReporter::show(this, tr("Chain explorer"), error.message());
                return false;
            }
            bool ok = false;
            const QString text = QInputDialog::getText(
                this, tr("Chain explorer"),
                error.reason() == InputError::Reason::WrongPassphrase
                    ? tr("The passphrase is wrong. Passphrase of %1:").arg(path)
                    : tr("Passphrase of %1:").arg(path),
                QLineEdit::Password, QString(), &ok);
            if (!ok)
                return false;
            passphrase = text.toUtf8();
        }
    }
}

void ChainExplorerView::openPasted()
{
    // Text that cannot be read comes back with the reason, to be corrected, not retyped.
    QString text;
    QString problem;
    for (;;) {
        QInputDialog ask(this);
        ask.setObjectName(QStringLiteral("pastePem"));
        ask.setWindowTitle(tr("Paste PEM"));
        ask.setOption(QInputDialog::UsePlainTextEditForTextInput);
        const QString prompt = tr("Certificate in PEM (and the chain the client sends):");
        ask.setLabelText(problem.isEmpty() ? prompt : problem + QLatin1Char('\n') + prompt);
        ask.setTextValue(text);
        if (ask.exec() != QDialog::Accepted)
            return;
        text = ask.textValue();
        if (text.trimmed().isEmpty())
            return;
        try {
            const QList<Certificate> pasted =
                CertificateLoader::loadBytes(text.toUtf8(), tr("the pasted text")).certificates;
            if (!confirmDiscardingChanges())
                return;
            m_ui->userEdit->clear(); // a new certificate: nobody chosen yet
            openCertificates(pasted, tr("pasted PEM"));
            return;
        } catch (const InputError &error) {
            problem = error.message();
        }
    }
}

bool ChainExplorerView::confirmDiscardingChanges()
{
    const int pending = m_whatIf.changedCount();
    if (pending == 0)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Chain explorer"),
                    tr("Discard %n what-if change(s) not applied?", nullptr, pending),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDiscardWhatIf"));
    box.setInformativeText(m_whatIf.changeLines().join(QLatin1Char('\n')));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

void ChainExplorerView::chooseChain()
{
    if (!hasCertificate())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("The chain the client sends"), QString(),
                                     tr("Certificates (*.pem *.crt *.cer *.der *.p7b)"));
    if (!path.isEmpty())
        setChainFile(path);
}

bool ChainExplorerView::setChainFile(const QString &path)
{
    return ErrorReporter::attempt(this, tr("Chain explorer"), [&] {
        const QList<Certificate> chain = CertificateLoader::loadFile(path).certificates;
        QList<Certificate> presented{m_presented.first()};
        for (const Certificate &cert : chain)
            if (cert != presented.first())
                presented << cert;
        m_presented = presented;
        m_source += tr(", with the chain from %1").arg(QDir::toNativeSeparators(path));
        rebuildToggles();
        evaluate();
    });
}

void ChainExplorerView::openCertificates(const QList<Certificate> &presented, const QString &source)
{
    if (presented.isEmpty())
        return;
    m_presented = presented;
    m_source = source;
    rebuildToggles();
    evaluate();
}

void ChainExplorerView::setUser(const QString &username)
{
    m_ui->userEdit->setText(username);
    rebuildToggles();
    evaluate();
}

void ChainExplorerView::setInterface(Interface iface)
{
    m_ui->interfaceCombo->setCurrentIndex(m_ui->interfaceCombo->findData(int(iface)));
}

bool ChainExplorerView::setScenarioFolder(const QString &folder)
{
    m_scenarios = DemoStore::readScenarios(folder);
    m_scenarioFolder = m_scenarios.isEmpty() ? QString() : folder;
    m_ui->scenarioCombo->clear();
    m_ui->scenarioCombo->addItem(m_scenarios.isEmpty() ? tr("(no training scenarios)")
                                                       : tr("Choose a scenario…"));
    for (const DemoScenario &scenario : std::as_const(m_scenarios)) {
        const QString expectation =
            scenario.expectation == QLatin1String("authenticates")   ? tr("authenticates")
            : scenario.expectation == QLatin1String("connects only") ? tr("connects only")
                                                                     : tr("cannot connect");
        m_ui->scenarioCombo->addItem(
            scenario.isIisMapping()
                ? tr("%1 on an IIS mapping site — IIS %2")
                      .arg(QFileInfo(scenario.file).completeBaseName(), scenario.iisStatus)
                : tr("%1 as %2 — %3")
                      .arg(QFileInfo(scenario.file).completeBaseName(), scenario.user,
                           expectation));
        m_ui->scenarioCombo->setItemData(m_ui->scenarioCombo->count() - 1, scenario.caption,
                                         Qt::ToolTipRole);
    }
    m_ui->scenarioCombo->setEnabled(!m_scenarios.isEmpty());
    return !m_scenarios.isEmpty();
}

void ChainExplorerView::openScenario(int index)
{
    if (index < 0 || index >= m_scenarios.size())
        return;
    if (!confirmDiscardingChanges())
        return;
    const DemoScenario &scenario = m_scenarios.at(index);
    m_ui->scenarioCombo->setCurrentIndex(index + 1);
    m_ui->userEdit->setText(scenario.user);
    setInterface(scenario.interface);
    if (openFile(scenario.file))
        m_source = tr("Training: %1").arg(scenario.caption);
    evaluate();
}

QDateTime ChainExplorerView::evaluationTime() const
{
    return m_timeChosen ? m_ui->atEdit->dateTime().toUTC() : m_workspace.now();
}

std::optional<UserProfile> ChainExplorerView::chosenUser() const
{
    const QString name = m_ui->userEdit->text().trimmed();
    if (name.isEmpty() || !m_workspace.isOpen())
        return std::nullopt;
    return m_workspace.store().users().find(m_workspace.organisationId(), name);
}

void ChainExplorerView::markToggle(QListWidgetItem *item)
{
    const int row = m_ui->whatIfList->row(item);
    m_whatIf.setChecked(row, item->checkState() == Qt::Checked);
    QFont font = item->font();
    font.setBold(m_whatIf.toggles().at(row).changed());
    item->setFont(font);
    item->setText(m_whatIf.displayText(row));
}

void ChainExplorerView::showToggles()
{
    m_rebuilding = true;
    m_ui->whatIfList->clear();
    for (int row = 0; row < m_whatIf.toggles().size(); ++row) {
        const WhatIfModel::Toggle &toggle = m_whatIf.toggles().at(row);
        auto *item = new QListWidgetItem(m_whatIf.displayText(row), m_ui->whatIfList);
        item->setFlags(toggle.enabled ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled
                                      : Qt::ItemIsUserCheckable);
        item->setCheckState(toggle.checked ? Qt::Checked : Qt::Unchecked);
        QFont font = item->font();
        font.setBold(toggle.changed());
        item->setFont(font);
    }
    m_rebuilding = false;
}

bool ChainExplorerView::tryFix(int index)
{
    if (!m_verdict.fixes || index < 0 || index >= m_verdict.fixes->size())
        return false;
    const Fix fix = m_verdict.fixes->at(index);
    bool tried = false;
    ErrorReporter::attempt(this, tr("Try a fix"), [&] {
        const auto snapshot =
            TrustSnapshotLoader::load(m_workspace.store(), m_workspace.organisationId());
        tried = m_whatIf.applyFix(fix, *snapshot);
    });
    if (!tried)
        return false;
    showToggles();
    evaluate();
    return true;
}

void ChainExplorerView::rebuildToggles()
{
    m_rebuilding = true;
    m_ui->whatIfList->clear();
    m_whatIf.clear();
    if (hasCertificate() && m_workspace.isOpen()) {
        const auto snapshot =
            TrustSnapshotLoader::load(m_workspace.store(), m_workspace.organisationId());
        const auto user = chosenUser();
        m_whatIf.rebuild(m_presented, *snapshot, user ? &*user : nullptr, evaluationTime());
    }
    m_rebuilding = false;
    showToggles();
}

WhatIfChanges ChainExplorerView::changes() const
{
    return m_whatIf.changes();
}

void ChainExplorerView::completeUser(const QString &typed)
{
    QStringList names;
    if (m_workspace.isOpen() && !typed.trimmed().isEmpty()) {
        UserQuery query;
        query.filter = typed.trimmed();
        query.page.limit = 20;
        try {
            for (const UserRecord &user :
                 m_workspace.store().userDirectory().page(m_workspace.organisationId(), query))
                names << user.profile.username;
        } catch (const std::exception &) {
            // No completion while the store cannot answer; the verdict says why.
        }
    }
    m_userNames.setStringList(names);
}

void ChainExplorerView::evaluate()
{
    m_ui->verdictText->setEnabled(true);
    m_diagram->setEnabled(true);
    const bool loaded = hasCertificate() && m_workspace.isOpen();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->chainButton, m_ui->copyButton, m_ui->exportTextButton, m_ui->exportPngButton})
        w->setEnabled(loaded);
    if (!loaded) {
        m_identification.reset();
        m_diagram->clear();
        m_ui->verdictText->setHtml(
            tr("<p>Open a certificate (or drop a file here), paste a PEM, or pick a training "
               "scenario. The explorer shows the chain the engine builds, whether the certificate "
               "can connect (C1, C2) and whether it authenticates the user (A1, A2, A3), and "
               "lets you try changes before you make them.</p>"));
        m_ui->sourceLabel->clear();
        m_ui->applyButton->setEnabled(false);
        m_ui->resetButton->setEnabled(false);
        m_ui->changesLabel->clear();
        return;
    }
    ErrorReporter::attempt(this, tr("Chain explorer"), [this] {
        Store &store = m_workspace.store();
        const auto snapshot = TrustSnapshotLoader::load(store, m_workspace.organisationId());
        const auto user = chosenUser();
        const Interface iface = Interface(m_ui->interfaceCombo->currentData().toInt());
        const QDateTime at = evaluationTime();
        const WhatIfChanges what = changes();
        const Verdict saved = TrustEngine::evaluate(m_presented, user ? &*user : nullptr, iface,
                                                    *snapshot, m_workspace.now());
        // What is tried: the saved configuration, or the what-if changes on top of it.
        const auto changed =
            what.isEmpty() ? std::unique_ptr<TrustSnapshot>() : what.apply(*snapshot);
        const std::optional<UserProfile> changedUser =
            user ? std::optional<UserProfile>(what.apply(*user)) : std::nullopt;
        if (what.isEmpty() && !m_timeChosen) {
            m_verdict = saved; // nothing hypothetical: one evaluation is enough
        } else {
            m_verdict = TrustEngine::evaluate(m_presented, changedUser ? &*changedUser : nullptr,
                                              iface, changed ? *changed : *snapshot, at);
        }
        // The fixes from there, each proven by the engine; a click tries one.
        FixFinder::attach(m_verdict, changedUser ? &*changedUser : nullptr,
                          changed ? *changed : *snapshot,
                          store.tank().untrustedCas(m_workspace.organisationId()));
        const bool differs = !what.isEmpty() || m_timeChosen;
        m_saved = differs ? std::optional<Verdict>(saved) : std::nullopt;
        const auto ca = store.organisationCa().get(m_workspace.organisationId());
        m_diagram->setVerdict(m_verdict, ca ? ca->certificate() : Certificate());
        // A picture with rejected candidates is two columns wide: make room for it.
        const QList<int> sizes = m_ui->splitter->sizes();
        const int wanted = m_diagram->sizeHint().width() + 32;
        const int total = sizes.value(0) + sizes.value(1);
        if (sizes.value(0) < wanted && total > 0)
            m_ui->splitter->setSizes(
                {qMin(wanted, total * 2 / 3), total - qMin(wanted, total * 2 / 3)});
        // No user given: an IIS site with certificate mapping finds one from the certificate.
        m_identification.reset();
        const QList<CertificateMapping> mappings =
            user ? QList<CertificateMapping>()
                 : store.mappings().list(m_workspace.organisationId());
        if (!mappings.isEmpty())
            m_identification = CertificateMapper::identify(
                m_presented, mappings,
                MappingService::mappedUsers(store, m_workspace.organisationId(), mappings),
                changed ? *changed : *snapshot, at);
        m_ui->verdictText->setHtml(
            (m_identification ? IdentificationPresenter::html(*m_identification) : QString()) +
            VerdictPresenter::html(m_verdict, m_saved ? &*m_saved : nullptr));
        QString source =
            tr("<b>%1</b> — %2")
                .arg(m_presented.first().subjectText().toHtmlEscaped(), m_source.toHtmlEscaped());
        if (!m_ui->userEdit->text().trimmed().isEmpty() && !user)
            source += tr(" — <span style='color:#c62828'>no user '%1' in this organisation</span>")
                          .arg(m_ui->userEdit->text().trimmed().toHtmlEscaped());
        m_ui->sourceLabel->setText(source);
        const int count = m_whatIf.changedCount();
        m_ui->changesLabel->setText(
            count == 0 && !m_timeChosen
                ? tr("As saved.")
                : tr("%n change(s) not saved%1", nullptr, count)
                      .arg(m_timeChosen ? tr("; evaluated at another time") : QString()));
        m_ui->applyButton->setEnabled(count > 0);
        m_ui->resetButton->setEnabled(count > 0 || m_timeChosen);
    });
}

void ChainExplorerView::resetChanges()
{
    m_timeChosen = false;
    m_rebuilding = true;
    m_ui->atEdit->setDateTime(QDateTime::currentDateTime());
    m_rebuilding = false;
    rebuildToggles();
    evaluate();
}

QStringList ChainExplorerView::approvalWarnings(const WhatIfChanges &what) const
{
    QStringList warnings;
    if (what.approve.isEmpty())
        return warnings;
    QSet<QString> publicRoots;
    for (const Certificate &root : CertificatePickerDialog::systemCertificates())
        publicRoots.insert(root.thumbprint().key());
    int approvedAfter = int(what.approve.size());
    try {
        approvedAfter +=
            int(m_workspace.store().approvedCas(m_workspace.organisationId()).list().size());
    } catch (const std::exception &) {
        // The count only sharpens the warning; the save reports a store that fails.
    }
    for (const Certificate &ca : what.approve) {
        if (publicRoots.contains(ca.thumbprint().key()))
            warnings << tr("%1 is a public CA that operating systems trust: it issues "
                           "certificates to anyone who asks for one. Approved, any of them "
                           "with a user's CN authenticates that user. Accept thumbprints "
                           "instead, or approve only the organisation's own CA.")
                            .arg(ca.displayName());
        warnings << tr("Approving %1: every certificate it issues authenticates the user whose "
                       "profile holds its CN (A2), and with Match CN on the user whose name "
                       "matches it (A3). If it issues the same CN to different people, they "
                       "collide.")
                        .arg(ca.displayName());
    }
    if (approvedAfter > 1)
        warnings << tr("The organisation will have %n approved CAs: the same CN from any of "
                       "them authenticates the same user.",
                       nullptr, approvedAfter);
    return warnings;
}

void ChainExplorerView::applyChanges()
{
    const WhatIfChanges what = changes();
    if (what.isEmpty())
        return;
    const QStringList lines = m_whatIf.changeLines();
    const QStringList warnings = approvalWarnings(what);
    QMessageBox box(warnings.isEmpty() ? QMessageBox::Question : QMessageBox::Warning,
                    tr("Apply the changes"),
                    tr("Save these %n change(s)? Each is written to the audit log.", nullptr,
                       int(lines.size())),
                    QMessageBox::Apply | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmApply"));
    box.setInformativeText((lines + warnings).join(QStringLiteral("\n\n")));
    // Approving a CA is the risky change (RULES 4.3): Enter must not save it.
    box.setDefaultButton(warnings.isEmpty() ? QMessageBox::Apply : QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Apply)
        return;
    const auto user = chosenUser();
    // One transaction: either every change is saved (each audited) or none is.
    const bool saved = ErrorReporter::attempt(this, tr("Apply the changes"), [&] {
        WhatIfApplyService::apply(m_workspace.store(), m_workspace.organisationId(), what,
                                  user ? user->username : QString());
    });
    if (!saved)
        return;
    m_workspace.changed(Workspace::Roots | Workspace::ApprovedCas | Workspace::Settings |
                        Workspace::Users);
    emit m_workspace.notice(tr("Saved the changes from the chain explorer"));
}

QString ChainExplorerView::explanationText() const
{
    if (!hasCertificate())
        return QString();
    const QString text = ExplanationExporter::text(
        m_verdict, m_saved, m_whatIf,
        m_timeChosen ? std::optional<QDateTime>(evaluationTime()) : std::nullopt);
    return m_identification ? text + QLatin1Char('\n') + m_identification->toText() : text;
}

QImage ChainExplorerView::explanationImage() const
{
    return ExplanationExporter::image(*m_diagram, m_verdict, m_saved, font());
}

void ChainExplorerView::copyText()
{
    QGuiApplication::clipboard()->setText(explanationText());
    emit m_workspace.notice(tr("The explanation is on the clipboard"));
}

void ChainExplorerView::exportText()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the explanation"), QString(),
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    ErrorReporter::attempt(this, tr("Export the explanation"),
                           [&] { ExplanationExporter::writeText(path, explanationText()); });
}

void ChainExplorerView::exportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the picture"), QString(),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    ErrorReporter::attempt(this, tr("Export the picture"),
                           [&] { ExplanationExporter::writePng(path, explanationImage()); });
}

} // namespace trustdesk
