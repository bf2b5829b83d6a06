// trustdesk-cli orgca: The organisation's own CA: create, import, show.
#pragma once

#include "CliCommand.h"

namespace trustdesk {

class OrgCaCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrgCaCommand)
public:
    QString name() const override { return QStringLiteral("orgca"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;
};

} // namespace trustdesk
