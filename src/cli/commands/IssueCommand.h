// trustdesk-cli issue: Issues a client certificate from the organisation CA, from a new key or a
// CSR.
#pragma once

#include "CliCommand.h"

namespace trustdesk {

class IssueCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(IssueCommand)
public:
    QString name() const override { return QStringLiteral("issue"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;
};

} // namespace trustdesk
