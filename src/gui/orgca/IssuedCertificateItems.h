// Fills a tree widget with certificates the organisation CA issued: who, subject, expiry
// (flagged when it is within IssuedCertificateRecord::ExpiryWarningDays or past), what was
// registered, serial and issuer. Shared by the Organisation CA view and the user profile.
#pragma once

#include "store/StoreRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class QTreeWidget;

namespace trustdesk {

class IssuedCertificateItems
{
    Q_DECLARE_TR_FUNCTIONS(IssuedCertificateItems)
public:
    enum Column
    {
        UserColumn,
        SubjectColumn,
        ExpiresColumn,
        RegisteredColumn,
        SerialColumn,
        IssuedByColumn
    };
    // The record's index in `records` is stored in each item's UserRole.
    static void fill(QTreeWidget *tree, const QList<IssuedCertificateRecord> &records,
                     const QDateTime &now);
};

} // namespace trustdesk
