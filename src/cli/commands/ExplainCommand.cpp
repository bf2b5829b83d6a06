#include "ExplainCommand.h"

#include "CliFormat.h"
#include "InputError.h"
#include "engine/FixFinder.h"
#include "engine/TrustEngine.h"
#include "services/AttemptService.h"
#include "services/TrustSnapshotLoader.h"
#include "store/Store.h"
#include "x509/CertificateLoader.h"

namespace trustdesk {

QStringList ExplainCommand::synopsis() const
{
    return {QStringLiteral("explain --cert FILE [--chain FILE] [--user NAME] [--interface "
                           "https|ftps] [--record] [--address IP] [--passphrase-stdin]")};
}

int ExplainCommand::run(CliContext &context)
{
    accept(context, form());
    if (!context.args().has(QStringLiteral("cert")))
        throw CliUsageError{tr("explain needs --cert FILE")};
    if (context.args().has(QStringLiteral("record")) && !context.args().has(QStringLiteral("user")))
        throw CliUsageError{
            tr("--record needs --user NAME: holding tank entries belong to a user")};
    Interface iface = Interface::Https;
    if (context.args().has(QStringLiteral("interface"))) {
        const auto parsed =
            UserProfile::interfaceFromText(context.args().value(QStringLiteral("interface")));
        if (!parsed)
            throw InputError(tr("--interface: '%1' is neither https nor ftps")
                                 .arg(context.args().value(QStringLiteral("interface"))));
        iface = *parsed;
    }
    const QDateTime at = context.now();
    std::optional<QByteArray> passphrase;
    if (context.args().has(QStringLiteral("passphrase-stdin")))
        passphrase = context.readStdinLine(QStringLiteral("--passphrase-stdin"));
    QList<Certificate> presented =
        CertificateLoader::loadFile(context.args().value(QStringLiteral("cert")), passphrase)
            .certificates;
    if (context.args().has(QStringLiteral("chain")))
        presented << CertificateLoader::loadFile(context.args().value(QStringLiteral("chain")))
                         .certificates;

    const qint64 org = context.organisationId();
    std::optional<UserProfile> user;
    if (context.args().has(QStringLiteral("user"))) {
        user = context.store().users().find(org, context.args().value(QStringLiteral("user")));
        if (!user)
            throw InputError(tr("unknown user '%1' in organisation '%2'")
                                 .arg(context.args().value(QStringLiteral("user")),
                                      context.store()
                                          .organisations()
                                          .get(context.args().value(QStringLiteral("org")))
                                          .name));
    }
    const auto snapshot = TrustSnapshotLoader::load(context.store(), org);
    Verdict verdict =
        TrustEngine::evaluate(presented, user ? &*user : nullptr, iface, *snapshot, at);
    FixFinder::attach(verdict, user ? &*user : nullptr, *snapshot,
                      context.store().tank().untrustedCas(org));
    if (context.args().has(QStringLiteral("record"))) {
        AttemptContext attempt;
        attempt.interface = iface;
        attempt.at = at;
        attempt.clientAddress = context.args().value(QStringLiteral("address"));
        AttemptService(context.store(), org).record(verdict, user ? &*user : nullptr, attempt);
    }
    if (context.json())
        context.printJson(verdict.toJson());
    else
        context.out() << verdict.toText();
    if (!verdict.connect.ok)
        return CliExit::CannotConnect;
    return verdict.authenticate && verdict.authenticate->ok ? CliExit::Success
                                                            : CliExit::ConnectsOnly;
}

} // namespace trustdesk
