#include "settings/AuditModel.h"

#include "app/Workspace.h"

#include <QLocale>

namespace trustdesk {

AuditModel::AuditModel(Workspace &workspace, QObject *parent)
    : PagedTableModel(parent), m_workspace(workspace)
{}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || role != Qt::DisplayRole)
        return QVariant();
    const AuditEntry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn:
        return entry.actor;
    case OrganisationColumn:
        return entry.organisation;
    case ActionColumn:
        return entry.action;
    case TargetColumn:
        return targetLabel(entry.target);
    default:
        return QVariant();
    }
}

QString AuditModel::targetLabel(const QString &target)
{
    // The log keeps "kind:key" for scripts; a person reads what it is. A thumbprint is
    // long: its first 16 digits name it well enough here.
    struct Kind
    {
        const char *name;
        const char *label;
        bool thumbprint;
    };
    static const Kind kinds[] = {
        {"user", QT_TR_NOOP("user %1"), false},
        {"root", QT_TR_NOOP("root certificate %1"), true},
        {"ca", QT_TR_NOOP("approved CA %1"), true},
        {"intermediate", QT_TR_NOOP("intermediate %1"), true},
        {"mapping", QT_TR_NOOP("mapping #%1"), false},
        {"organisation", QT_TR_NOOP("organisation %1"), false},
        {"orgca", QT_TR_NOOP("organisation CA %1"), true},
        {"crl", QT_TR_NOOP("revocation list #%1"), false},
        {"serial", QT_TR_NOOP("certificate serial %1"), false},
        {"tank", QT_TR_NOOP("holding-tank entry #%1"), false},
    };
    const QString kind = target.section(QLatin1Char(':'), 0, 0);
    const QString key = target.section(QLatin1Char(':'), 1);
    for (const Kind &known : kinds)
        if (kind == QLatin1String(known.name))
            return tr(known.label)
                .arg(known.thumbprint && key.size() > 24 ? key.left(16) + QStringLiteral("…")
                                                         : key);
    return target;
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case OrganisationColumn:
        return tr("Organisation");
    case ActionColumn:
        return tr("What");
    case TargetColumn:
        return tr("Target");
    default:
        return QVariant();
    }
}

void AuditModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

int AuditModel::appendPage(int offset, int limit)
{
    if (!m_workspace.isOpen())
        return 0;
    const QList<AuditEntry> page = m_workspace.store().auditLog().page({m_filter, {offset, limit}});
    m_entries << page;
    return int(page.size());
}

} // namespace trustdesk
