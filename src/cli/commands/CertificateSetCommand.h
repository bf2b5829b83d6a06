// trustdesk-cli root, intermediate and ca: the trusted root store, the known
// intermediates and the organisation's approved CAs. One command class for the three
// sets, as the store has one implementation for them: add, list and remove read alike.
#pragma once

#include "CliCommand.h"
#include "store/CertificateSet.h"

namespace trustdesk {

class CertificateSetCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CertificateSetCommand)
public:
    explicit CertificateSetCommand(CertificateSet::Kind kind) : m_kind(kind) {}

    QString name() const override;
    QStringList synopsis() const override;
    int run(CliContext &context) override;

private:
    CertificateSet set(CliContext &context) const;
    QString addWord() const; // "add", or "approve" for the approved CAs
    int add(CliContext &context);
    int list(CliContext &context);
    int remove(CliContext &context);

    CertificateSet::Kind m_kind;
};

} // namespace trustdesk
