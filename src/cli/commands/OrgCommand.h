// trustdesk-cli org: Shows and sets the organisation's options (RULES 1).
#pragma once

#include "CliCommand.h"

namespace trustdesk {

class OrgCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrgCommand)
public:
    QString name() const override { return QStringLiteral("org"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;
};

} // namespace trustdesk
