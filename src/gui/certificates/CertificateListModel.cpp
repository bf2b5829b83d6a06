#include "certificates/CertificateListModel.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>
#include <QStyle>

namespace trustdesk {

CertificateListModel::CertificateListModel(Purpose purpose, QObject *parent)
    : QAbstractTableModel(parent), m_purpose(purpose)
{}

void CertificateListModel::setCertificates(const QList<StoredCertificate> &certificates,
                                           const QSet<QString> &approved,
                                           const QHash<QString, Certificate> &anchors,
                                           const QDateTime &now)
{
    beginResetModel();
    m_certificates = certificates;
    m_approved = approved;
    m_anchors = anchors;
    m_now = now;
    endResetModel();
}

bool CertificateListModel::isApproved(int row) const
{
    return m_approved.contains(m_certificates.at(row).certificate.thumbprint().key());
}

Certificate CertificateListModel::anchorOf(int row) const
{
    return m_anchors.value(m_certificates.at(row).certificate.thumbprint().key());
}

int CertificateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_certificates.size());
}

int CertificateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CertificateListModel::notes(int row) const
{
    const Certificate &cert = m_certificates.at(row).certificate;
    QStringList out;
    if (m_purpose == Purpose::ApprovedCas) {
        const Certificate anchor = anchorOf(row);
        if (anchor.isNull())
            out << tr("Not installed: its certificates cannot connect");
        else if (anchor == cert)
            out << tr("Installed");
        else
            out << tr("Connects through %1 (installed)").arg(anchor.displayName());
    } else {
        if (isApproved(row))
            out << tr("Approved");
        if (!cert.isCa())
            out << tr("Not a CA: trusts only itself");
    }
    if (cert.notAfter() < m_now)
        out << tr("Expired");
    return out.join(QStringLiteral("; "));
}

bool CertificateListModel::needsAttention(int row) const
{
    if (m_certificates.at(row).certificate.notAfter() < m_now)
        return true;
    return m_purpose == Purpose::ApprovedCas && anchorOf(row).isNull();
}

QVariant CertificateListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_certificates.size())
        return QVariant();
    const Certificate &cert = m_certificates.at(index.row()).certificate;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return cert.displayName();
        case IssuerColumn:
            return Certificate::nameLabel(X509_get_issuer_name(cert.x509()));
        case ExpiresColumn:
            return QLocale().toString(cert.notAfter().toLocalTime().date(), QLocale::ShortFormat);
        case ThumbprintColumn:
            return cert.thumbprint().grouped();
        case NotesColumn:
            return notes(index.row());
        default:
            return QVariant();
        }
    }
    if (role == Qt::DecorationRole && index.column() == NotesColumn && needsAttention(index.row()))
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole)
        return tr("Subject: %1\nIssuer: %2\nSHA-256: %3")
            .arg(cert.subjectText(), cert.issuerText(), cert.sha256());
    if (role == Qt::FontRole && index.column() == ThumbprintColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return QVariant();
}

QVariant CertificateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IssuerColumn:
        return tr("Issued by");
    case ExpiresColumn:
        return tr("Expires");
    case ThumbprintColumn:
        return tr("Thumbprint");
    case NotesColumn:
        return m_purpose == Purpose::ApprovedCas ? tr("Root store") : tr("Notes");
    default:
        return QVariant();
    }
}

} // namespace trustdesk
