// trustdesk-cli tank: The holding tank: list, accept, delete, purge (RULES 4).
#pragma once

#include "CliCommand.h"

namespace trustdesk {

class TankCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TankCommand)
public:
    QString name() const override { return QStringLiteral("tank"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;

private:
    // One entry with the advice of RULES 4.3, before it is accepted.
    int show(CliContext &context);
};

} // namespace trustdesk
