// trustdesk-cli audit: The append-only audit log.
#pragma once

#include "CliCommand.h"

namespace trustdesk {

class AuditCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    QString name() const override { return QStringLiteral("audit"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;
};

} // namespace trustdesk
