#include "OrgCommand.h"

#include "CliFormat.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace trustdesk {

QStringList OrgCommand::synopsis() const
{
    return {QStringLiteral("org show"),
            QStringLiteral("org set [--match-cn on|off] [--tank-days N] [--tank-cap N] "
                           "[--require-revocation on|off] [--allow-sha1 on|off]")};
}

int OrgCommand::run(CliContext &context)
{
    const QString sub = context.word(1);
    if (sub == QLatin1String("show")) {
        accept(context, form(QStringLiteral("show")));
        const OrganisationSettings org =
            context.store().organisations().get(context.args().value(QStringLiteral("org")));
        if (context.json()) {
            QJsonObject out = org.toJson();
            QJsonArray all;
            for (const OrganisationSettings &o : context.store().organisations().all())
                all.append(o.name);
            out.insert(QStringLiteral("organisations"), all);
            context.printJson(out);
        } else {
            context.print(tr("Organisation        %1").arg(org.name));
            context.print(tr("Match CN            %1").arg(org.matchCn ? tr("on") : tr("off")));
            context.print(tr("Tank expiry (days)  %1").arg(org.tankDays));
            context.print(tr("Tank cap (pairs)    %1").arg(org.tankCap));
            context.print(
                tr("Require revocation  %1").arg(org.requireRevocation ? tr("on") : tr("off")));
            context.print(
                tr("Allow SHA-1         %1").arg(org.allowSha1Signatures ? tr("on") : tr("off")));
        }
        return CliExit::Success;
    }
    if (sub == QLatin1String("set")) {
        accept(context, form(QStringLiteral("set")));
        OrganisationSettings org =
            context.store().organisations().get(context.args().value(QStringLiteral("org")));
        if (context.args().has(QStringLiteral("match-cn")))
            org.matchCn = CliFormat::onOff(context.args().value(QStringLiteral("match-cn")),
                                           QStringLiteral("match-cn"));
        if (context.args().has(QStringLiteral("tank-days")))
            org.tankDays = CliFormat::number(context.args().value(QStringLiteral("tank-days")),
                                             QStringLiteral("tank-days"), 1, 3650);
        if (context.args().has(QStringLiteral("tank-cap")))
            org.tankCap = CliFormat::number(context.args().value(QStringLiteral("tank-cap")),
                                            QStringLiteral("tank-cap"), 1, 10000);
        if (context.args().has(QStringLiteral("require-revocation")))
            org.requireRevocation =
                CliFormat::onOff(context.args().value(QStringLiteral("require-revocation")),
                                 QStringLiteral("require-revocation"));
        if (context.args().has(QStringLiteral("allow-sha1")))
            org.allowSha1Signatures = CliFormat::onOff(
                context.args().value(QStringLiteral("allow-sha1")), QStringLiteral("allow-sha1"));
        context.store().organisations().update(org);
        if (context.json())
            context.printJson(org.toJson());
        else
            context.print(tr("Updated organisation '%1'").arg(org.name));
        return CliExit::Success;
    }
    usageOfAll();
}

} // namespace trustdesk
