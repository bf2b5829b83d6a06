// One kind of the organisation's IIS certificate mappings (one-to-one or many-to-one), in
// evaluation order, for the Certificate mappings view. The Enabled column is a check box;
// ticking it asks the view (enabledToggled) to write the change, so the store stays the
// only truth and the model is reloaded from it.
#pragma once

#include "domain/CertificateMapping.h"

#include <QAbstractTableModel>

namespace trustdesk {

class CertificateMappingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PositionColumn,
        EnabledColumn,
        // one-to-one: user, subject, thumbprint; many-to-one: name, permission, user, rules
        FirstDetailColumn
    };

    CertificateMappingsModel(CertificateMapping::Kind kind, QObject *parent = nullptr);

    // Takes the whole list in evaluation order and keeps the mappings of this model's kind.
    void setMappings(const QList<CertificateMapping> &all);
    const CertificateMapping &mappingAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const; // -1 when it is not here
    CertificateMapping::Kind kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The rules of a many-to-one mapping as one line: "subject.O=Contoso AND ...".
    static QString rulesText(const CertificateMapping &mapping);

signals:
    void enabledToggled(qint64 id, bool enabled);

private:
    CertificateMapping::Kind m_kind;
    QList<CertificateMapping> m_rows;
    QList<int> m_positions; // 1-based positions in the whole list
};

} // namespace trustdesk
