// trustdesk-cli explain: Evaluates a certificate as the engine does and explains the verdict;
// --record adds what a real attempt would leave in the holding tank.
#pragma once

#include "CliCommand.h"

namespace trustdesk {

class ExplainCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)
public:
    QString name() const override { return QStringLiteral("explain"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;
};

} // namespace trustdesk
