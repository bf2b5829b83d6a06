// trustdesk-cli init: Creates a store's organisation; --demo loads the training scenarios.
#pragma once

#include "CliCommand.h"

namespace trustdesk {

class InitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;
};

} // namespace trustdesk
