// trustdesk-cli cred: A user's accepted credentials: thumbprints and CNs (RULES 3).
#pragma once

#include "CliCommand.h"

namespace trustdesk {

class CredCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CredCommand)
public:
    QString name() const override { return QStringLiteral("cred"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;
};

} // namespace trustdesk
