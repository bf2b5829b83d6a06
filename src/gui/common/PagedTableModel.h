// A table model that loads its rows a page at a time as the view scrolls (canFetchMore /
// fetchMore), so that a view over 100,000 rows costs one page of SQL to show. Subclasses
// say how to load a page and how to drop what they hold.
#pragma once

#include <QAbstractTableModel>

namespace trustdesk {

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 256;

    explicit PagedTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Drops every row and loads the first page again (after a change or a new filter).
    void reload();
    // Loads pages until `rows` rows are held or nothing is left (for "select all").
    void fetchAtLeast(int rows);

signals:
    // A page could not be read; the message names the reason.
    void loadFailed(const QString &message);

protected:
    // Appends the rows from `offset` (at most `limit`) and returns how many were appended.
    virtual int appendPage(int offset, int limit) = 0;
    virtual void clearRows() = 0;
    int loadedRows() const { return m_rows; }

private:
    int loadPage(int offset, int limit);

    int m_rows = 0;
    bool m_exhausted = true;
};

} // namespace trustdesk
