// trustdesk-cli user: Users of the organisation: add, set, list, show, remove.
#pragma once

#include "CliCommand.h"

namespace trustdesk {

class UserCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)
public:
    QString name() const override { return QStringLiteral("user"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;
};

} // namespace trustdesk
