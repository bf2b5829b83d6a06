#include "TankCommand.h"

#include "CliFormat.h"
#include "services/TankAcceptanceService.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace trustdesk {

QStringList TankCommand::synopsis() const
{
    return {QStringLiteral("tank list [--user NAME]"),
            QStringLiteral("tank accept ID [--keep-other] [--approve]"),
            QStringLiteral("tank delete ID"),
            QStringLiteral("tank purge [--user NAME] [--expired]")};
}

int TankCommand::run(CliContext &context)
{
    const QString sub = context.word(1);
    if (sub == QLatin1String("list")) {
        accept(context, form(QStringLiteral("list")));
        QJsonArray list;
        for (const TankEntry &e : context.store().tank().entries(
                 context.organisationId(), context.args().value(QStringLiteral("user")))) {
            list.append(CliFormat::tankJson(e));
            if (!context.json())
                context.print(QStringLiteral("%1  pair %2  %3  %4  %5  %6  last seen %7  x%8")
                                  .arg(e.id)
                                  .arg(e.pairId)
                                  .arg(e.username.isEmpty() ? QStringLiteral("-") : e.username,
                                       credentialKindName(e.kind), e.value,
                                       UserProfile::interfaceName(e.interface),
                                       CliFormat::iso(e.lastSeen))
                                  .arg(e.count));
        }
        if (context.json())
            context.printJson(list);
        return CliExit::Success;
    }
    if (sub == QLatin1String("accept")) {
        accept(context, form(QStringLiteral("accept")));
        const qint64 id = CliFormat::id(context.word(2), tr("holding tank entry id"));
        const auto result = TankAcceptanceService(context.store(), context.organisationId())
                                .accept(id, context.args().has(QStringLiteral("keep-other")),
                                        context.args().has(QStringLiteral("approve")));
        if (result.accepted.kind == CredentialKind::UntrustedCa)
            context.print(tr("installed '%1'%2")
                              .arg(result.accepted.certificate.displayName(),
                                   context.args().has(QStringLiteral("approve"))
                                       ? tr(" and approved it")
                                       : QString()));
        else
            context.print(tr("user '%1' now accepts %2 '%3'; %n holding tank entr(y/ies) removed",
                             nullptr, result.removedEntries)
                              .arg(result.accepted.username,
                                   credentialKindName(result.accepted.kind),
                                   result.accepted.value));
        if (context.json()) {
            QJsonObject out = CliFormat::tankJson(result.accepted);
            out.insert(QStringLiteral("removed_entries"), result.removedEntries);
            context.printJson(out);
        }
        return CliExit::Success;
    }
    if (sub == QLatin1String("delete")) {
        accept(context, form(QStringLiteral("delete")));
        const qint64 id = CliFormat::id(context.word(2), tr("holding tank entry id"));
        context.store().tank().remove(context.organisationId(), id);
        context.print(tr("deleted holding tank entry %1").arg(id));
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("deleted"), id}});
        return CliExit::Success;
    }
    if (sub == QLatin1String("purge")) {
        accept(context, form(QStringLiteral("purge")));
        const qint64 orgId = context.organisationId();
        QDateTime before;
        if (context.args().has(QStringLiteral("expired")))
            before = context.now().addDays(-context.store()
                                                .organisations()
                                                .get(context.args().value(QStringLiteral("org")))
                                                .tankDays);
        const int removed = context.store().tank().purge(
            orgId, context.args().value(QStringLiteral("user")), before);
        context.print(tr("%n holding tank entr(y/ies) removed", nullptr, removed));
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("removed"), removed}});
        return CliExit::Success;
    }
    usageOfAll();
}

} // namespace trustdesk
