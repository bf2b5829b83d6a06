// The users of the organisation, a page at a time, filtered and sorted in SQL.
#pragma once

#include "common/PagedTableModel.h"
#include "store/StoreQueries.h"
#include "store/StoreRecords.h"

#include <QList>

namespace trustdesk {

class Workspace;

class UsersModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UsernameColumn,
        FullNameColumn,
        StatusColumn,
        HttpsColumn,
        FtpsColumn,
        CredentialsColumn,
        PendingColumn,
        ColumnCount
    };

    explicit UsersModel(Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const QString &filter);
    QString filter() const { return m_query.filter; }
    // The user on a row (only the loaded rows exist).
    const UserRecord &userAt(int row) const { return m_users.at(row); }
    int rowOf(const QString &username) const;

    static QString policyLabel(Policy policy);

protected:
    int appendPage(int offset, int limit) override;
    void clearRows() override { m_users.clear(); }

private:
    Workspace &m_workspace;
    UserQuery m_query;
    QList<UserRecord> m_users;
};

} // namespace trustdesk
