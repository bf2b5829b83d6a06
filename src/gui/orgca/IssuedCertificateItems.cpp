#include "orgca/IssuedCertificateItems.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>

namespace trustdesk {

void IssuedCertificateItems::fill(QTreeWidget *tree, const QList<IssuedCertificateRecord> &records,
                                  const QDateTime &now)
{
    tree->setSortingEnabled(false);
    tree->clear();
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < records.size(); ++i) {
        const IssuedCertificateRecord &record = records.at(i);
        auto *item = new QTreeWidgetItem(tree);
        const QDateTime expiry = record.certificate.notAfter();
        const qint64 days = now.daysTo(expiry);
        item->setText(UserColumn, record.username.isEmpty() ? tr("(none)") : record.username);
        item->setText(SubjectColumn, record.certificate.subjectText());
        QString expires = QLocale().toString(expiry.toLocalTime().date(), QLocale::ShortFormat);
        if (expiry < now) {
            expires = tr("%1 — expired").arg(expires);
            item->setIcon(ExpiresColumn, warning);
        } else if (record.expiresWithin(now)) {
            expires = tr("%1 — in %n day(s)", nullptr, int(days)).arg(expires);
            item->setIcon(ExpiresColumn, warning);
            item->setToolTip(ExpiresColumn,
                             tr("Expires within %1 days: issue a new certificate in time%2")
                                 .arg(IssuedCertificateRecord::ExpiryWarningDays)
                                 .arg(record.registered.contains(QLatin1String("thumbprint"))
                                          ? tr("; a thumbprint registration must be renewed too")
                                          : QString()));
        }
        item->setText(ExpiresColumn, expires);
        item->setData(ExpiresColumn, Qt::UserRole + 1, expiry);
        item->setText(RegisteredColumn,
                      record.registered.isEmpty()
                          ? tr("nothing")
                          : QString(record.registered).replace(QLatin1Char('+'), tr(" and ")));
        item->setText(SerialColumn, record.serial);
        item->setText(
            IssuedByColumn,
            tr("%1, %2").arg(record.issuedBy, QLocale().toString(record.issuedAt.toLocalTime(),
                                                                 QLocale::ShortFormat)));
        item->setData(UserColumn, Qt::UserRole, i);
    }
    tree->setSortingEnabled(true);
    for (int c = 0; c < tree->columnCount(); ++c)
        tree->resizeColumnToContents(c);
}

} // namespace trustdesk
