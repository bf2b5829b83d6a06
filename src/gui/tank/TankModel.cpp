#include "tank/TankModel.h"

#include "app/Workspace.h"

#include <QLocale>

namespace trustdesk {

TankModel::TankModel(Workspace &workspace, QObject *parent)
    : PagedTableModel(parent), m_workspace(workspace)
{}

int TankModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TankModel::kindLabel(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::CommonName:
        return tr("CN");
    case CredentialKind::Thumbprint:
        return tr("Thumbprint");
    case CredentialKind::UntrustedCa:
        break;
    }
    return tr("Untrusted CA");
}

QVariant TankModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const TankEntry &entry = m_entries.at(index.row());
    const QLocale locale;
    if (role == Qt::ToolTipRole) // a cell cut short can be read whole
        return data(index, Qt::DisplayRole);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UserColumn:
            return entry.username.isEmpty() ? tr("(no user)") : entry.username;
        case KindColumn:
            return kindLabel(entry.kind);
        case ValueColumn:
            return entry.value;
        case CertificateColumn:
            return entry.certificate.isNull() ? QString() : entry.certificate.displayName();
        case InterfaceColumn:
            return UserProfile::interfaceName(entry.interface).toUpper();
        case AddressColumn:
            return entry.clientAddress;
        case LastSeenColumn:
            return locale.toString(entry.lastSeen.toLocalTime(), QLocale::ShortFormat);
        case CountColumn:
            return entry.count;
        case ExpiresColumn:
            return locale.toString(
                entry.lastSeen.addDays(m_workspace.organisation().tankDays).toLocalTime().date(),
                QLocale::ShortFormat);
        default:
            return QVariant();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == CertificateColumn &&
        !entry.certificate.isNull())
        return tr("Subject: %1\nIssuer: %2\nExpires: %3")
            .arg(entry.certificate.subjectText(), entry.certificate.issuerText(),
                 locale.toString(entry.certificate.notAfter().toLocalTime(), QLocale::ShortFormat));
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant TankModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case KindColumn:
        return tr("Kind");
    case ValueColumn:
        return tr("Value");
    case CertificateColumn:
        return tr("Certificate");
    case InterfaceColumn:
        return tr("Interface");
    case AddressColumn:
        return tr("Client address");
    case LastSeenColumn:
        return tr("Last seen");
    case CountColumn:
        return tr("Attempts");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return QVariant();
    }
}

void TankModel::setQuery(const QString &user, std::optional<CredentialKind> kind)
{
    if (user == m_query.user && kind == m_query.kind)
        return;
    m_query.user = user;
    m_query.kind = kind;
    reload();
}

int TankModel::appendPage(int offset, int limit)
{
    if (!m_workspace.isOpen())
        return 0;
    TankQuery query = m_query;
    query.page = {offset, limit};
    const QList<TankEntry> page =
        m_workspace.store().tank().page(m_workspace.organisationId(), query);
    m_entries << page;
    return int(page.size());
}

} // namespace trustdesk
