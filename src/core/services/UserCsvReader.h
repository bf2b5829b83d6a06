// Reads the users of `user import FILE.csv` (CLI.md): a header line naming the columns
// username, full_name, https_policy, ftps_policy and optionally thumbprints and cns (each a
// list separated by ';'), in any order; RFC 4180 quoting ("a, b", "say ""hi"""), CRLF or LF.
// Every value is checked as the store would check it; the first bad row is an InputError
// naming the file, its line and what is wrong. Nothing here touches a store.
#pragma once

#include "../domain/UserProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace trustdesk {

struct ImportedUser
{
    int line = 0; // in the file, 1 being the header
    UserProfile profile;
};

class UserCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(UserCsvReader)
public:
    // Larger files are refused before they are read (100,000 users take about 10 MB).
    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;
    static constexpr int MaxFieldLength = 64 * 1024;

    // `what` names the file in messages. Usernames repeated in the file (without case) are
    // refused here; users the store already has are the service's to find.
    static QList<ImportedUser> read(const QByteArray &data, const QString &what);
};

} // namespace trustdesk
