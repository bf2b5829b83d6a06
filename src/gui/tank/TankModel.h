// Holding-tank entries of the organisation, newest first, a page at a time.
#pragma once

#include "common/PagedTableModel.h"
#include "store/StoreQueries.h"
#include "store/StoreRecords.h"

namespace trustdesk {

class Workspace;

class TankModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UserColumn,
        KindColumn,
        ValueColumn,
        CertificateColumn,
        InterfaceColumn,
        AddressColumn,
        LastSeenColumn,
        CountColumn,
        ExpiresColumn,
        ColumnCount
    };

    explicit TankModel(Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setQuery(const QString &user, std::optional<CredentialKind> kind);
    const TankEntry &entryAt(int row) const { return m_entries.at(row); }

    static QString kindLabel(CredentialKind kind);

protected:
    int appendPage(int offset, int limit) override;
    void clearRows() override { m_entries.clear(); }

private:
    Workspace &m_workspace;
    TankQuery m_query;
    QList<TankEntry> m_entries;
};

} // namespace trustdesk
