// The audit log, newest first, a page at a time.
#pragma once

#include "common/PagedTableModel.h"
#include "store/StoreRecords.h"

namespace trustdesk {

class Workspace;

class AuditModel : public PagedTableModel
{
    Q_OBJECT
public:
    // "user:frank" as a person reads it: "user frank".
    static QString targetLabel(const QString &target);
    enum Column
    {
        TimeColumn,
        ActorColumn,
        OrganisationColumn,
        ActionColumn,
        TargetColumn,
        ColumnCount
    };

    explicit AuditModel(Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }

protected:
    int appendPage(int offset, int limit) override;
    void clearRows() override { m_entries.clear(); }

private:
    Workspace &m_workspace;
    QString m_filter;
    QList<AuditEntry> m_entries;
};

} // namespace trustdesk
