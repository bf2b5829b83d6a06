#include "UserImportService.h"

#include "../InputError.h"
#include "../store/Store.h"
#include "UserCsvReader.h"

#include <QFile>
#include <QFileInfo>

namespace trustdesk {

int UserImportService::importCsv(Store &store, qint64 organisationId, const QByteArray &data,
                                 const QString &what, const std::function<bool(int, int)> &progress)
{
    const QList<ImportedUser> read = UserCsvReader::read(data, what);
    QList<UserProfile> users;
    users.reserve(read.size());
    for (const ImportedUser &user : read)
        users << user.profile;
    const int total = int(users.size());
    store.users().addMany(
        organisationId, users, [&](int done) { return !progress || progress(done, total); },
        [&](int index) { return tr("%1: line %2: ").arg(what).arg(read.at(index).line); });
    return total;
}

QByteArray UserImportService::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(tr("%1: no such file").arg(path));
    if (info.isDir())
        throw InputError(tr("%1: is a directory, not a CSV file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    const QByteArray data = file.read(UserCsvReader::MaxFileBytes + 1);
    if (data.size() > UserCsvReader::MaxFileBytes)
        throw InputError(
            tr("%1: larger than %2 MB").arg(path).arg(UserCsvReader::MaxFileBytes / 1024 / 1024));
    return data;
}

} // namespace trustdesk
