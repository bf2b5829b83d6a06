#include "explorer/VerdictPresenter.h"

namespace trustdesk {

namespace {

QString mark(bool ok)
{
    return ok ? QStringLiteral("<span style='color:#2e7d32'>✔ %1</span>")
                    .arg(VerdictPresenter::tr("pass"))
              : QStringLiteral("<span style='color:#c62828'>✖ %1</span>")
                    .arg(VerdictPresenter::tr("fail"));
}

// Once one condition has succeeded the others were alternatives: a failed one is shown
// as not needed, not as an alarm.
QString checkRows(const QList<ConditionCheck> &checks, bool succeeded)
{
    QString html = QStringLiteral("<table cellspacing='2' cellpadding='2'>");
    for (const ConditionCheck &check : checks)
        html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td valign='top' "
                               "style='white-space:nowrap'>%2</td><td>%3</td></tr>")
                    .arg(conditionName(check.condition),
                         succeeded && !check.ok
                             ? QStringLiteral("<span style='color:#757575'>– %1</span>")
                                   .arg(VerdictPresenter::tr("not needed"))
                             : mark(check.ok),
                         check.reason.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace

int VerdictPresenter::group(const Verdict &verdict)
{
    if (!verdict.connect.ok)
        return 0;
    return verdict.authenticate && verdict.authenticate->ok ? 2 : 1;
}

QString VerdictPresenter::headline(const Verdict &verdict)
{
    if (!verdict.connect.ok)
        return tr("Cannot connect");
    if (!verdict.authenticate)
        return tr("Connects (%1); no user chosen").arg(conditionName(verdict.connect.condition));
    if (verdict.authenticate->ok)
        return tr("Connects and authenticates '%1' (%2, %3)")
            .arg(verdict.authenticate->user, conditionName(verdict.connect.condition),
                 conditionName(verdict.authenticate->condition));
    return tr("Connects (%1) but does not authenticate '%2'")
        .arg(conditionName(verdict.connect.condition), verdict.authenticate->user);
}

QString VerdictPresenter::fixResult(const Fix &fix, const Verdict &verdict)
{
    if (fix.condition == Condition::None)
        return fix.connects ? tr("connects") : tr("no change");
    return (verdict.authenticate ? tr("connects and authenticates (%1)") : tr("connects (%1)"))
        .arg(conditionName(fix.condition));
}

QString VerdictPresenter::html(const Verdict &verdict, const Verdict *saved)
{
    QString html;
    const QString colour = group(verdict) == 2   ? QStringLiteral("#2e7d32")
                           : group(verdict) == 1 ? QStringLiteral("#ef6c00")
                                                 : QStringLiteral("#c62828");
    html += QStringLiteral("<h3 style='color:%1'>%2</h3>")
                .arg(colour, headline(verdict).toHtmlEscaped());
    if (saved && headline(*saved) != headline(verdict))
        html += tr("<p><i>With the what-if changes. As saved: %1.</i></p>")
                    .arg(headline(*saved).toHtmlEscaped());

    // The way forward first: what to change, each proven by the engine.
    if (verdict.fixes && !verdict.fixes->isEmpty()) {
        // Each fix is a link the explorer turns into its what-if toggles (one click).
        html +=
            tr("<h4>TO FIX</h4><p>Changes proven to work (best first); click to try one:</p><ol>");
        for (int i = 0; i < verdict.fixes->size(); ++i) {
            const Fix &fix = verdict.fixes->at(i);
            html += QStringLiteral("<li>%1 → %2 <a href='fix:%3'>%4</a></li>")
                        .arg(fix.what().toHtmlEscaped(), fixResult(fix, verdict))
                        .arg(i)
                        .arg(tr("Try it"));
        }
        html += QStringLiteral("</ol>");
    }
    html +=
        tr("<h4>CONNECT: %1</h4>")
            .arg(verdict.connect.ok ? tr("yes, by %1").arg(conditionName(verdict.connect.condition))
                                    : tr("no"));
    html += QStringLiteral("<p>%1</p>").arg(verdict.connect.reason.toHtmlEscaped());
    html += checkRows(verdict.connect.checks, verdict.connect.ok);
    QStringList warnings;
    for (const ChainElement &element : verdict.connect.chain)
        warnings << element.warnings;
    if (!warnings.isEmpty()) {
        html += tr("<p>Accepted, but worth a word:</p><ul>");
        for (const QString &warning : std::as_const(warnings))
            html += QStringLiteral("<li>⚠ %1</li>").arg(warning.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }

    if (verdict.authenticate) {
        const AuthenticateResult &auth = *verdict.authenticate;
        html += tr("<h4>AUTHENTICATE '%1': %2</h4>")
                    .arg(auth.user.toHtmlEscaped(),
                         auth.ok ? tr("yes, by %1").arg(conditionName(auth.condition)) : tr("no"));
        html += QStringLiteral("<p>%1</p>").arg(auth.reason.toHtmlEscaped());
        html += checkRows(auth.checks, auth.ok);
    } else {
        html += tr("<h4>AUTHENTICATE</h4><p>Choose a user to see A1, A2 and A3.</p>");
    }

    html += tr("<h4>HOLDING TANK</h4>");
    if (verdict.tank.isEmpty()) {
        html += tr("<p>An attempt would add nothing.</p>");
    } else {
        html += tr("<p>An attempt would add:</p><ul>");
        for (const TankProposal &entry : verdict.tank) {
            const QString kind = entry.kind == CredentialKind::CommonName   ? tr("CN")
                                 : entry.kind == CredentialKind::Thumbprint ? tr("thumbprint")
                                                                            : tr("untrusted CA");
            html += QStringLiteral("<li>%1 <b>%2</b></li>").arg(kind, entry.value.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace trustdesk
