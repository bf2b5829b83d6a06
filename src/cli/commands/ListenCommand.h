// trustdesk-cli listen: Runs the HTTPS and FTPS test listener on the store until SIGINT or SIGTERM.
#pragma once

#include "CliCommand.h"

namespace trustdesk {

class ListenCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListenCommand)
public:
    QString name() const override { return QStringLiteral("listen"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;
};

} // namespace trustdesk
