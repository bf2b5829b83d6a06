// trustdesk-cli identify: which user the organisation's certificate mappings sign a
// certificate in as, as an IIS site with client certificate mapping would (RULES 3).
#pragma once

#include "CliCommand.h"

namespace trustdesk {

class IdentifyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(IdentifyCommand)
public:
    QString name() const override { return QStringLiteral("identify"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;
};

} // namespace trustdesk
