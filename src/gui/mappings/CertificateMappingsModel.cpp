#include "mappings/CertificateMappingsModel.h"

#include <QColor>

namespace trustdesk {

CertificateMappingsModel::CertificateMappingsModel(CertificateMapping::Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind)
{}

void CertificateMappingsModel::setMappings(const QList<CertificateMapping> &all)
{
    beginResetModel();
    m_rows.clear();
    m_positions.clear();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).kind != m_kind)
            continue;
        m_rows << all.at(i);
        m_positions << i + 1;
    }
    endResetModel();
}

int CertificateMappingsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int CertificateMappingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificateMappingsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return FirstDetailColumn + (m_kind == CertificateMapping::Kind::OneToOne ? 3 : 4);
}

QString CertificateMappingsModel::rulesText(const CertificateMapping &mapping)
{
    QStringList rules;
    for (const MappingRule &rule : mapping.rules)
        rules << rule.toText();
    return rules.join(tr(" AND "));
}

QVariant CertificateMappingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CertificateMapping &m = m_rows.at(index.row());
    const int column = index.column();
    if (column == EnabledColumn) {
        if (role == Qt::CheckStateRole)
            return m.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return m.enabled ? tr("Enabled: consulted in this order")
                             : tr("Disabled: never consulted");
        return {};
    }
    if (role == Qt::ForegroundRole && !m.enabled)
        return QVariant::fromValue(QColor(Qt::gray));
    if (role == Qt::UserRole)
        return m.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == PositionColumn)
        return m_positions.at(index.row());
    const int detail = column - FirstDetailColumn;
    if (m_kind == CertificateMapping::Kind::OneToOne) {
        switch (detail) {
        case 0:
            return m.username;
        case 1:
            return m.certificate.isNull() ? QString() : m.certificate.subjectText();
        default:
            return m.certificate.isNull() ? QString() : m.certificate.thumbprint().grouped();
        }
    }
    switch (detail) {
    case 0:
        return role == Qt::ToolTipRole && !m.description.isEmpty() ? m.description : m.name;
    case 1:
        return m.permission == CertificateMapping::Permission::Allow ? tr("Allow") : tr("Deny");
    case 2:
        return m.permission == CertificateMapping::Permission::Allow ? m.username : QString();
    default:
        return rulesText(m);
    }
}

QVariant CertificateMappingsModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == PositionColumn)
        return tr("#");
    if (section == EnabledColumn)
        return tr("On");
    const int detail = section - FirstDetailColumn;
    if (m_kind == CertificateMapping::Kind::OneToOne) {
        const QStringList names{tr("User"), tr("Certificate subject"), tr("Thumbprint")};
        return names.value(detail);
    }
    const QStringList names{tr("Name"), tr("Permission"), tr("User"), tr("Rules (all must match)")};
    return names.value(detail);
}

Qt::ItemFlags CertificateMappingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == EnabledColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool CertificateMappingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != EnabledColumn || role != Qt::CheckStateRole)
        return false;
    const bool enabled = Qt::CheckState(value.toInt()) == Qt::Checked;
    const CertificateMapping &m = m_rows.at(index.row());
    if (m.enabled != enabled)
        emit enabledToggled(m.id, enabled);
    return true;
}

} // namespace trustdesk
