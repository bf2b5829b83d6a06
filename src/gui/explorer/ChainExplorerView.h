// The chain explorer: why a certificate can or cannot connect and authenticate. It shows
// the chain the engine built as a diagram, the Verdict in words (C1/C2, A1-A3, the
// holding tank), and what-if toggles -- install or approve a CA, Match CN, accept the
// thumbprint or CN, another time or user -- that re-run the same engine on a changed
// snapshot without saving (WhatIfModel); Apply saves the chosen changes through the
// what-if service (audited). Explanations can be copied or exported as text and as a PNG
// (ExplanationExporter); the demo store's training scenarios are one click each.
#pragma once

#include "app/Workspace.h"
#include "demo/DemoStore.h"
#include "engine/CertificateMapper.h"
#include "engine/Verdict.h"
#include "engine/WhatIfChanges.h"
#include "explorer/WhatIfModel.h"

#include <QImage>
#include <QStringListModel>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ChainExplorerView;
}

class QListWidgetItem;

namespace trustdesk {

class ChainDiagram;

class ChainExplorerView : public QWidget
{
    Q_OBJECT
public:
    explicit ChainExplorerView(Workspace &workspace, QWidget *parent = nullptr);
    ~ChainExplorerView() override;

    // Each returns false (after showing why) when the input cannot be read.
    bool openFile(const QString &path);
    void openCertificates(const QList<Certificate> &presented, const QString &source);
    bool setChainFile(const QString &path);
    void setUser(const QString &username);
    void setInterface(Interface iface);

    // The training scenarios of a demo folder (its scenarios.json); false if there is none.
    bool setScenarioFolder(const QString &folder);
    const QList<DemoScenario> &scenarios() const { return m_scenarios; }
    void openScenario(int index);
    // Asks before what-if changes that were not applied are dropped; true to go on.
    bool confirmDiscardingChanges();

    bool hasCertificate() const { return !m_presented.isEmpty(); }
    const Verdict &verdict() const { return m_verdict; }
    // With no user chosen and mappings in the organisation: who an IIS site with client
    // certificate mapping signs the certificate in as, and why (under the same what-ifs).
    const std::optional<Identification> &identification() const { return m_identification; }
    // The verdict as saved, when what-if changes make it differ.
    const std::optional<Verdict> &savedVerdict() const { return m_saved; }
    WhatIfChanges changes() const;
    // Turns fix `index` of the verdict into what-if toggles and evaluates (a link in the
    // verdict does the same). False when there is no such fix.
    bool tryFix(int index);
    ChainDiagram *diagram() const { return m_diagram; }

    QString explanationText() const;
    QImage explanationImage() const;

public slots:
    void evaluate();
    // Asks for a certificate file and opens it.
    void chooseFile();
    void applyChanges();
    void resetChanges();
    void copyText();
    void exportText();
    void exportPng();

signals:
    void matrixRequested(const QString &folder, const QString &username);

private:
    void rebuildToggles();
    void showToggles();
    void markToggle(QListWidgetItem *item);
    QDateTime evaluationTime() const;
    std::optional<UserProfile> chosenUser() const;
    void openPasted();
    void completeUser(const QString &typed);
    // RULES 4.3's risks of approving a CA, public CAs first; empty when none is approved.
    QStringList approvalWarnings(const WhatIfChanges &what) const;
    void chooseChain();

    Workspace &m_workspace;
    std::unique_ptr<Ui::ChainExplorerView> m_ui;
    ChainDiagram *m_diagram;
    QList<Certificate> m_presented;
    QString m_source;
    WhatIfModel m_whatIf;
    Verdict m_verdict;
    std::optional<Identification> m_identification;
    std::optional<Verdict> m_saved;
    QList<DemoScenario> m_scenarios;
    QString m_scenarioFolder;
    bool m_timeChosen = false;
    bool m_rebuilding = false;
    QStringListModel m_userNames; // the completer's, from the store as the name is typed
    QTimer m_userTyping;
};

} // namespace trustdesk
