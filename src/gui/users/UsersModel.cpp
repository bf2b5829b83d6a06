#include "users/UsersModel.h"

#include "app/Workspace.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QStyle>

namespace trustdesk {

UsersModel::UsersModel(Workspace &workspace, QObject *parent)
    : PagedTableModel(parent), m_workspace(workspace)
{}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersModel::policyLabel(Policy policy)
{
    switch (policy) {
    case Policy::Password:
        return tr("Password");
    case Policy::Certificate:
        return tr("Certificate");
    case Policy::PasswordAndCertificate:
        return tr("Password + certificate");
    }
    return QString();
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return QVariant();
    const UserRecord &user = m_users.at(index.row());
    if (role == Qt::ToolTipRole) // a cell cut short can be read whole
        return data(index, Qt::DisplayRole);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UsernameColumn:
            return user.profile.username;
        case FullNameColumn:
            return user.profile.fullName;
        case StatusColumn:
            return user.profile.disabled ? tr("Disabled") : tr("Active");
        case HttpsColumn:
            return policyLabel(user.profile.httpsPolicy);
        case FtpsColumn:
            return policyLabel(user.profile.ftpsPolicy);
        case CredentialsColumn:
            // A certificate about to expire is flagged where the administrator looks first.
            return user.expiringCertificates > 0
                       ? tr("%1 (%n expiring)", nullptr, user.expiringCertificates)
                             .arg(user.credentialCount)
                       : QVariant(user.credentialCount);
        case PendingColumn:
            return user.pendingTankEntries;
        default:
            return QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == CredentialsColumn || index.column() == PendingColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && user.profile.disabled)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && index.column() == PendingColumn && user.pendingTankEntries > 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (index.column() == CredentialsColumn && user.expiringCertificates > 0) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole)
            return tr("%n certificate(s) issued to this user expire within %1 days", nullptr,
                      user.expiringCertificates)
                .arg(IssuedCertificateRecord::ExpiryWarningDays);
    }
    if (role == Qt::ToolTipRole && index.column() == PendingColumn && user.pendingTankEntries > 0)
        return tr("%n holding-tank entries wait to be accepted or deleted", nullptr,
                  user.pendingTankEntries);
    return QVariant();
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case FullNameColumn:
        return tr("Full name");
    case StatusColumn:
        return tr("Status");
    case HttpsColumn:
        return tr("HTTPS policy");
    case FtpsColumn:
        return tr("FTPS policy");
    case CredentialsColumn:
        return tr("Accepted");
    case PendingColumn:
        return tr("In tank");
    default:
        return QVariant();
    }
}

void UsersModel::sort(int column, Qt::SortOrder order)
{
    static const UserQuery::SortKey keys[ColumnCount] = {UserQuery::SortKey::Username,
                                                         UserQuery::SortKey::FullName,
                                                         UserQuery::SortKey::Status,
                                                         UserQuery::SortKey::HttpsPolicy,
                                                         UserQuery::SortKey::FtpsPolicy,
                                                         UserQuery::SortKey::Credentials,
                                                         UserQuery::SortKey::PendingTankEntries};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = keys[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void UsersModel::setFilter(const QString &filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    reload();
}

int UsersModel::rowOf(const QString &username) const
{
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users.at(row).profile.username.compare(username, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

int UsersModel::appendPage(int offset, int limit)
{
    if (!m_workspace.isOpen())
        return 0;
    UserQuery query = m_query;
    query.page = {offset, limit};
    const QList<UserRecord> page =
        m_workspace.store().userDirectory().page(m_workspace.organisationId(), query);
    m_users << page;
    return int(page.size());
}

} // namespace trustdesk
