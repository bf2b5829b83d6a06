// The trusted root store (installation-wide) or the approved CAs of the organisation:
// add from files (or drag and drop), add from elsewhere (the operating system's store;
// the installed CAs), remove, and the details of each certificate.
#pragma once

#include "certificates/CertificateListModel.h"
#include "app/Workspace.h"

#include <QWidget>
#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class CertificateListView;
}

namespace trustdesk {

class DeferredRefresh;

class CertificateListView : public QWidget
{
    Q_OBJECT
public:
    using Purpose = CertificateListModel::Purpose;

    CertificateListView(Purpose purpose, Workspace &workspace, QWidget *parent = nullptr);
    ~CertificateListView() override;

    CertificateListModel *model() const { return m_model; }
    QList<Certificate> selectedCertificates() const;

public slots:
    void addFromFiles();
    void addFiles(const QStringList &paths);
    void addFromElsewhere();
    void removeSelected();
    void showDetails();

signals:
    void explainRequested(const trustdesk::Certificate &certificate);

private:
    void refresh();
    void updateButtons();
    // Installs or approves, in one transaction; returns how many were new.
    void addCertificates(const QList<Certificate> &certificates);
    QString actionTitle() const;

    Purpose m_purpose;
    Workspace &m_workspace;
    std::unique_ptr<Ui::CertificateListView> m_ui;
    CertificateListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    DeferredRefresh *m_deferred;
};

} // namespace trustdesk
