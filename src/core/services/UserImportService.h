// `user import FILE.csv` and the desktop's Users > Import: the users of a CSV file
// (UserCsvReader) added in one transaction, all or nothing -- a bad row, a user that
// exists already, a cancel or a killed process leaves the store as it was.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace trustdesk {

class Store;

class UserImportService
{
    Q_DECLARE_TR_FUNCTIONS(UserImportService)
public:
    // `progress(done, total)` is called as users are added (every 1,000) and may return
    // false to cancel. Returns how many users were added; throws InputError naming the
    // file and line of the first problem, StoreError when the store fails.
    static int importCsv(Store &store, qint64 organisationId, const QByteArray &data,
                         const QString &what,
                         const std::function<bool(int done, int total)> &progress = {});
    // Reads a file for importCsv, refusing one over UserCsvReader::MaxFileBytes unread.
    static QByteArray readFile(const QString &path);
};

} // namespace trustdesk
