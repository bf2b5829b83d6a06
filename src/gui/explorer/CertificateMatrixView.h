// The server product's diagram, live: a folder (or a selection) of certificates evaluated
// against the current configuration and a user -- or, without one, each certificate's
// best-matching user -- sorted into cannot connect; connects but does not authenticate;
// connects and authenticates, each with its one-line reason. Double-click one to open it
// in the chain explorer.
#pragma once

#include "app/Workspace.h"
#include "engine/TrustSnapshot.h"
#include "engine/Verdict.h"

#include <QWidget>
#include <memory>

namespace Ui {
class CertificateMatrixView;
}

namespace trustdesk {

class DeferredRefresh;

struct MatrixRow
{
    QString file;
    QString user;  // the user evaluated against; empty when none
    int group = 0; // VerdictPresenter::group; -1 when the file could not be read
    QString reason;
    QString subject;
};

class CertificateMatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateMatrixView(Workspace &workspace, QWidget *parent = nullptr);
    ~CertificateMatrixView() override;

    void setFolder(const QString &folder);
    void setFiles(const QStringList &files);
    void setUser(const QString &username);
    const QList<MatrixRow> &rows() const { return m_rows; }

public slots:
    void refresh();

signals:
    void explainRequested(const QString &file, const QString &username);

private:
    MatrixRow evaluateFile(const QString &file, const TrustSnapshot &snapshot);

    Workspace &m_workspace;
    bool m_chosenFiles = false; // the edit shows "N files" chosen one by one, not a folder
    std::unique_ptr<Ui::CertificateMatrixView> m_ui;
    QStringList m_files;
    QList<MatrixRow> m_rows;
    DeferredRefresh *m_deferred;
};

} // namespace trustdesk
