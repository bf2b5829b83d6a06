#include "CrlCommand.h"

#include "CliFormat.h"
#include "store/Store.h"
#include "x509/RevocationList.h"

#include <QJsonArray>
#include <QJsonObject>

namespace trustdesk {

QStringList CrlCommand::synopsis() const
{
    return {QStringLiteral("crl add FILE..."), QStringLiteral("crl list"),
            QStringLiteral("crl remove ID")};
}

int CrlCommand::run(CliContext &context)
{
    const QString sub = context.word(1);
    if (sub == QLatin1String("add")) {
        accept(context, form(QStringLiteral("add")));
        QList<RevocationList> crls;
        for (const QString &file : context.args().words.mid(2))
            crls << RevocationList::loadFile(file);
        const int added = context.store().revocationLists().add(crls);
        context.print(tr("%n revocation list(s) newly added", nullptr, added));
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("added"), added}});
        return CliExit::Success;
    }
    if (sub == QLatin1String("list")) {
        accept(context, form(QStringLiteral("list")));
        QJsonArray list;
        for (const StoredRevocationList &s : context.store().revocationLists().list()) {
            list.append(
                QJsonObject{{QStringLiteral("id"), s.id},
                            {QStringLiteral("issuer"), s.crl.issuerText()},
                            {QStringLiteral("this_update"), CliFormat::iso(s.crl.thisUpdate())},
                            {QStringLiteral("next_update"),
                             CliFormat::nullable(CliFormat::iso(s.crl.nextUpdate()))},
                            {QStringLiteral("revoked"), s.crl.revokedCount()},
                            {QStringLiteral("added"), CliFormat::iso(s.added)}});
            if (!context.json())
                context.print(tr("%1  %2  (%3 revoked, next update %4)")
                                  .arg(s.id)
                                  .arg(s.crl.issuerText())
                                  .arg(s.crl.revokedCount())
                                  .arg(CliFormat::iso(s.crl.nextUpdate())));
        }
        if (context.json())
            context.printJson(list);
        return CliExit::Success;
    }
    if (sub == QLatin1String("remove")) {
        accept(context, form(QStringLiteral("remove")));
        context.store().revocationLists().remove(
            CliFormat::id(context.word(2), tr("revocation list id")));
        context.print(tr("removed revocation list %1").arg(context.word(2)));
        if (context.json())
            context.printJson(
                QJsonObject{{QStringLiteral("removed"), context.word(2).toLongLong()}});
        return CliExit::Success;
    }
    usageOfAll();
}

} // namespace trustdesk
