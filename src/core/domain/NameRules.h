// The names an administrator types that the store keys on (organisations, users).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace trustdesk {

class NameRules
{
    Q_DECLARE_TR_FUNCTIONS(NameRules)
public:
    // Throws InputError naming `what` and the problem: empty, surrounding white space,
    // over 64 characters, a control character, or a character that paths and IIS forbid.
    static void validate(const QString &what, const QString &name);
};

} // namespace trustdesk
