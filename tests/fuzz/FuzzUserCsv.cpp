// A CSV file of users comes from a spreadsheet or another system: whatever it holds, the
// reader returns users or one InputError naming the line, never crashes, and every user it
// returns is one the store would accept (a valid name, no repeated username).
#include "FuzzSupport.h"
#include "InputError.h"
#include "domain/NameRules.h"
#include "services/UserCsvReader.h"

#include <QSet>
#include <cstdlib>

using namespace trustdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<ImportedUser> users;
    try {
        users = UserCsvReader::read(fuzz::bytes(data, size), QStringLiteral("fuzz.csv"));
    } catch (const InputError &error) {
        if (!error.message().startsWith(QLatin1String("fuzz.csv: ")))
            std::abort();
        return 0;
    }
    QSet<QString> names;
    for (const ImportedUser &user : users) {
        try {
            NameRules::validate(QStringLiteral("username"), user.profile.username);
        } catch (const InputError &) {
            std::abort();
        }
        if (user.line < 2 || names.contains(user.profile.username.toCaseFolded()))
            std::abort();
        names.insert(user.profile.username.toCaseFolded());
    }
    return 0;
}
