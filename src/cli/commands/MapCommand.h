// trustdesk-cli map: the organisation's IIS certificate mappings (RULES 3, "Identify without a
// username"), in evaluation order, and their travel in IIS's own web.config format.
#pragma once

#include "CliCommand.h"

namespace trustdesk {

struct CertificateMapping;

class MapCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MapCommand)
public:
    QString name() const override { return QStringLiteral("map"); }
    QStringList synopsis() const override;
    int run(CliContext &context) override;

private:
    int list(CliContext &context);
    int addOneToOne(CliContext &context);
    int addManyToOne(CliContext &context);
    int importIis(CliContext &context);
    int checkIis(CliContext &context);
    int exportIis(CliContext &context);
    static QString line(const CertificateMapping &mapping, int position);
};

} // namespace trustdesk
