// trustdesk-cli store copy --to PATH|URL: the whole store, every organisation and the audit
// log, into a new, empty store of either kind (StoreCopier).
#pragma once

#include "CliCommand.h"

namespace trustdesk {

class StoreCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommand)
public:
    QString name() const override { return QStringLiteral("store"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;
};

} // namespace trustdesk
