#include "CredCommand.h"

#include "CliFormat.h"
#include "InputError.h"
#include "store/Store.h"
#include "x509/CertificateLoader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace trustdesk {

QStringList CredCommand::synopsis() const
{
    return {QStringLiteral(
                "cred add NAME (--thumbprint TP | --cn CN | --cert FILE) [--passphrase-stdin]"),
            QStringLiteral("cred list NAME"),
            QStringLiteral("cred remove NAME (--thumbprint TP | --cn CN)")};
}

int CredCommand::run(CliContext &context)
{
    const QString sub = context.word(1);
    if (sub == QLatin1String("add") || sub == QLatin1String("remove")) {
        const bool add = sub == QLatin1String("add");
        accept(context, form(sub));
        int given = 0;
        for (const QString &o :
             {QStringLiteral("thumbprint"), QStringLiteral("cn"), QStringLiteral("cert")})
            given += context.args().has(o) ? 1 : 0;
        if (given != 1)
            throw CliUsageError{tr("give exactly one of --thumbprint, --cn%1")
                                    .arg(add ? tr(" or --cert") : QString())};
        const CredentialKind kind = context.args().has(QStringLiteral("cn"))
                                        ? CredentialKind::CommonName
                                        : CredentialKind::Thumbprint;
        QString value = context.args().value(credentialKindName(kind));
        if (context.args().has(QStringLiteral("cert"))) {
            std::optional<QByteArray> passphrase;
            if (context.args().has(QStringLiteral("passphrase-stdin")))
                passphrase = context.readStdinLine(QStringLiteral("--passphrase-stdin"));
            const auto loaded = CertificateLoader::loadFile(
                context.args().value(QStringLiteral("cert")), passphrase);
            value = loaded.certificates.first().thumbprint().key();
        }
        const qint64 org = context.organisationId();
        if (add)
            context.store().users().addCredential(org, context.word(2), kind, value);
        else
            context.store().users().removeCredential(org, context.word(2), kind, value);
        const QString shown = kind == CredentialKind::Thumbprint
                                  ? Thumbprint::fromText(value)->grouped()
                                  : value.trimmed();
        context.print(add ? tr("user '%1' now accepts %2 '%3'")
                                .arg(context.word(2), credentialKindName(kind), shown)
                          : tr("user '%1' no longer accepts %2 '%3'")
                                .arg(context.word(2), credentialKindName(kind), shown));
        if (context.json())
            context.printJson(
                QJsonObject{{QStringLiteral("user"), context.word(2)},
                            {QStringLiteral("kind"), credentialKindName(kind)},
                            {QStringLiteral("value"), shown},
                            {add ? QStringLiteral("added") : QStringLiteral("removed"), true}});
        return CliExit::Success;
    }
    if (sub == QLatin1String("list")) {
        accept(context, form(QStringLiteral("list")));
        const UserRecord r = context.store().users().get(context.organisationId(), context.word(2));
        QJsonArray list;
        for (const QString &t : r.profile.thumbprints) {
            list.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("thumbprint")},
                                    {QStringLiteral("value"), Thumbprint::groupHex(t)}});
            if (!context.json())
                context.print(QStringLiteral("thumbprint  %1").arg(Thumbprint::groupHex(t)));
        }
        for (const QString &cn : r.profile.commonNames) {
            list.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("cn")},
                                    {QStringLiteral("value"), cn}});
            if (!context.json())
                context.print(QStringLiteral("cn          %1").arg(cn));
        }
        if (context.json())
            context.printJson(list);
        return CliExit::Success;
    }
    usageOfAll();
}

} // namespace trustdesk
