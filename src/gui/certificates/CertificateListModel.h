// A short list of certificates (the root store, the approved CAs) with a column that says
// what matters about each one for the rules.
#pragma once

#include "store/StoreRecords.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSet>

namespace trustdesk {

class CertificateListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        NotesColumn,
        IssuerColumn,
        ExpiresColumn,
        ThumbprintColumn,
        ColumnCount
    };
    enum class Purpose
    {
        RootStore,  // notes: approved or not, expired, a client certificate installed
        ApprovedCas // notes: installed or not (it cannot connect when not)
    };

    explicit CertificateListModel(Purpose purpose, QObject *parent = nullptr);

    // `approved`: thumbprint keys of the approved CAs (for the root store's notes).
    // `anchors`: for each approved CA (by thumbprint key), the installed certificate it
    // chains to; a CA missing from it cannot connect.
    void setCertificates(const QList<StoredCertificate> &certificates,
                         const QSet<QString> &approved, const QHash<QString, Certificate> &anchors,
                         const QDateTime &now);
    const Certificate &certificateAt(int row) const { return m_certificates.at(row).certificate; }
    bool isApproved(int row) const;
    // The installed certificate this CA chains to; null when its certificates cannot connect.
    Certificate anchorOf(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString notes(int row) const;
    bool needsAttention(int row) const;

    Purpose m_purpose;
    QList<StoredCertificate> m_certificates;
    QSet<QString> m_approved;
    QHash<QString, Certificate> m_anchors;
    QDateTime m_now;
};

} // namespace trustdesk
