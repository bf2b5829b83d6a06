#include "common/PagedTableModel.h"

#include "InputError.h"
#include "store/StoreError.h"

namespace trustdesk {

PagedTableModel::PagedTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const int before = m_rows;
    // The view learns of the new rows only once they are in place.
    const int added = loadPage(before, PageSize);
    if (added <= 0)
        return;
    beginInsertRows(QModelIndex(), before, before + added - 1);
    m_rows += added;
    endInsertRows();
}

void PagedTableModel::reload()
{
    beginResetModel();
    clearRows();
    m_rows = 0;
    m_exhausted = false;
    m_rows = loadPage(0, PageSize);
    endResetModel();
}

void PagedTableModel::fetchAtLeast(int rows)
{
    while (m_rows < rows && !m_exhausted)
        fetchMore(QModelIndex());
}

int PagedTableModel::loadPage(int offset, int limit)
{
    int added = 0;
    QString problem;
    try {
        added = appendPage(offset, limit);
    } catch (const InputError &error) {
        problem = error.message();
    } catch (const StoreError &error) {
        problem = error.message();
    }
    m_exhausted = added < limit;
    if (!problem.isEmpty()) {
        m_exhausted = true;
        emit loadFailed(problem);
    }
    return added;
}

} // namespace trustdesk
