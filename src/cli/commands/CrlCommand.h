// trustdesk-cli crl: The revocation lists the engine checks (RULES 2).
#pragma once

#include "CliCommand.h"

namespace trustdesk {

class CrlCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CrlCommand)
public:
    QString name() const override { return QStringLiteral("crl"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;
};

} // namespace trustdesk
