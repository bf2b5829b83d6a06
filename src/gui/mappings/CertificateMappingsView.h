// The organisation's IIS certificate mappings (RULES 3, "Identify without a username"):
// one-to-one mappings (user, certificate subject, thumbprint, enabled) and many-to-one
// mappings (name, permission, user, rules) in evaluation order; add, edit (a rule editor),
// remove, reorder, enable and disable, each one audited transaction; and web.config in and
// out -- import (all or nothing), check (every problem in a list naming its mapping),
// export as a web.config or an appcmd.exe script.
#pragma once

#include "app/Workspace.h"
#include "services/IisConfigReader.h"

#include <QWidget>
#include <memory>

namespace Ui {
class CertificateMappingsView;
}

class QTableView;

namespace trustdesk {

class CertificateMappingsModel;
class DeferredRefresh;

class CertificateMappingsView : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateMappingsView(Workspace &workspace, QWidget *parent = nullptr);
    ~CertificateMappingsView() override;

    CertificateMappingsModel *oneToOneModel() const { return m_oneToOne; }
    CertificateMappingsModel *manyToOneModel() const { return m_manyToOne; }
    // The selected mapping, or id 0.
    qint64 selectedId() const;
    void selectMapping(qint64 id);
    // The problems shown, one line each (empty when hidden).
    QStringList problemLines() const;

    // Without dialogs, for the File menu's callers that already chose a file, and tests.
    // Each returns false (after showing why) when nothing changed.
    bool importFile(const QString &path, bool createUsers);
    // Returns the number of problems (-1 when the file cannot be read).
    int checkFile(const QString &path);
    bool exportFile(const QString &path, const QString &appcmdSite = QString());
    bool addOneToOneFromFile(const QString &path, const QString &username);

public slots:
    void importWebConfig();
    void checkWebConfig();
    void exportWebConfig();
    void exportAppcmdScript();
    void addOneToOne();
    void addManyToOne();
    void editSelected();
    void removeSelected();
    void toggleSelected();
    void moveSelected(int delta);
    void refresh();

signals:
    // Identify a certificate: the explorer opens it with no user.
    void identifyRequested();

private:
    void updateButtons();
    void showProblems(const QString &file, const IisConfig &config);
    QStringList usernames() const;
    void changed();
    QTableView *selectedTable() const;
    static QString configFilter();

    Workspace &m_workspace;
    std::unique_ptr<Ui::CertificateMappingsView> m_ui;
    CertificateMappingsModel *m_oneToOne;
    CertificateMappingsModel *m_manyToOne;
    DeferredRefresh *m_deferred;
    QList<CertificateMapping> m_all;
};

} // namespace trustdesk
