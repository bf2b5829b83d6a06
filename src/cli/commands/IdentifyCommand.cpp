#include "IdentifyCommand.h"

#include "services/MappingService.h"
#include "store/Store.h"
#include "x509/CertificateLoader.h"

namespace trustdesk {

QStringList IdentifyCommand::synopsis() const
{
    return {QStringLiteral("identify --cert FILE [--chain FILE] [--passphrase-stdin]")};
}

int IdentifyCommand::run(CliContext &context)
{
    accept(context, form());
    if (!context.args().has(QStringLiteral("cert")))
        throw CliUsageError{tr("identify needs --cert FILE")};
    std::optional<QByteArray> passphrase;
    if (context.args().has(QStringLiteral("passphrase-stdin")))
        passphrase = context.readStdinLine(QStringLiteral("--passphrase-stdin"));
    QList<Certificate> presented =
        CertificateLoader::loadFile(context.args().value(QStringLiteral("cert")), passphrase)
            .certificates;
    if (context.args().has(QStringLiteral("chain")))
        presented << CertificateLoader::loadFile(context.args().value(QStringLiteral("chain")))
                         .certificates;
    const Identification identification = MappingService::identify(
        context.store(), context.organisationId(), presented, context.now());
    if (context.json())
        context.printJson(identification.toJson());
    else
        context.out() << identification.toText();
    if (!identification.verdict || !identification.verdict->connect.ok)
        return CliExit::CannotConnect;
    return identification.signedIn() ? CliExit::Success : CliExit::ConnectsOnly;
}

} // namespace trustdesk
