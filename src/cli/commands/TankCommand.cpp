#include "TankCommand.h"

#include "CliFormat.h"
#include "services/AcceptanceAdvice.h"
#include "services/TankAcceptanceService.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace trustdesk {

QStringList TankCommand::synopsis() const
{
    return {QStringLiteral("tank list [--user NAME]"), QStringLiteral("tank show ID"),
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
    if (sub == QLatin1String("show"))
        return show(context);
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

int TankCommand::show(CliContext &context)
{
    accept(context, form(QStringLiteral("show")));
    const qint64 org = context.organisationId();
    const TankEntry entry = context.store().tank().entry(
        org, CliFormat::id(context.word(2), tr("holding tank entry id")));
    const AcceptanceAdvice advice =
        AcceptanceAdvice::forEntry(context.store(), org, entry, context.now());
    QJsonObject json = CliFormat::tankJson(entry);
    QJsonObject facts{{QStringLiteral("expires"), CliFormat::iso(advice.expires)},
                      {QStringLiteral("days_left"), advice.daysLeft}};
    QStringList lines;
    lines << tr("entry %1: %2 '%3' for user '%4', seen %5 time(s), last %6 from %7 over %8")
                 .arg(entry.id)
                 .arg(credentialKindName(entry.kind), entry.value,
                      entry.username.isEmpty() ? tr("(none)") : entry.username)
                 .arg(entry.count)
                 .arg(CliFormat::iso(entry.lastSeen), entry.clientAddress,
                      UserProfile::interfaceName(entry.interface));
    lines << tr("certificate: %1 (issued by %2), expires %3")
                 .arg(entry.certificate.subjectText(), entry.certificate.issuerText(),
                      CliFormat::iso(advice.expires));
    if (entry.kind == CredentialKind::CommonName) {
        QJsonArray cas;
        lines << tr("accepting a CN survives renewal, but collides when several approved CAs "
                    "exist or a CA issues the same CN to different people");
        for (const AcceptanceAdvice::ApprovedCa &ca : advice.approvedCas) {
            cas.append(QJsonObject{{QStringLiteral("subject"), ca.certificate.subjectText()},
                                   {QStringLiteral("issued_this"), ca.issuedThis}});
            lines << tr("  approved CA: %1%2")
                         .arg(ca.certificate.subjectText(),
                              ca.issuedThis ? tr(" (issued this certificate)") : QString());
        }
        if (advice.approvedCas.isEmpty())
            lines << tr("  the organisation has no approved CA: the CN authenticates nobody yet");
        else if (!advice.issuerApproved)
            lines << tr("  the CA that issued this certificate is not approved: the CN does not "
                        "authenticate it (rule A2)");
        QJsonArray claims;
        for (const CommonNameClaim &claim : advice.otherClaims) {
            claims.append(QJsonObject{{QStringLiteral("user"), claim.username},
                                      {QStringLiteral("holds_cn"), claim.holdsCn},
                                      {QStringLiteral("name_matches"), claim.nameMatches}});
            lines << tr("  also claimed by %1 (%2)")
                         .arg(claim.username,
                              claim.holdsCn ? tr("holds this CN") : tr("their name matches it"));
        }
        facts.insert(QStringLiteral("approved_cas"), cas);
        facts.insert(QStringLiteral("issuer_approved"), advice.issuerApproved);
        facts.insert(QStringLiteral("other_claims"), claims);
    } else if (entry.kind == CredentialKind::Thumbprint) {
        lines << tr("accepting a thumbprint ignores the approved CAs and avoids collisions, but "
                    "breaks when the certificate is renewed");
        if (advice.expired())
            lines << tr("  the certificate has expired: it cannot connect");
        else if (advice.expiresSoon())
            lines << tr("  the certificate expires in %n day(s)", nullptr, int(advice.daysLeft));
    } else {
        lines << tr("installing this CA lets every certificate it issued connect; approving it "
                    "too lets their CNs authenticate. Compare its SHA-256 with its owner's: %1")
                     .arg(entry.certificate.sha256());
    }
    json.insert(QStringLiteral("advice"), facts);
    if (context.json())
        context.printJson(json);
    else
        for (const QString &line : std::as_const(lines))
            context.print(line);
    return CliExit::Success;
}

} // namespace trustdesk
