#include "explorer/IdentificationPresenter.h"

namespace trustdesk {

QString IdentificationPresenter::headline(const Identification &identification)
{
    const QString status = identification.iis.text();
    if (identification.signedIn())
        return tr("Signed in as '%1' (IIS %2)").arg(identification.user, status);
    if (identification.iis.status == 403 && identification.iis.substatus == 12)
        return tr("Denied by a mapping (IIS %1)").arg(status);
    if (identification.iis.status == 401 && identification.iis.substatus == 2)
        return tr("No mapping matches (IIS %1)").arg(status);
    if (identification.iis.status == 401)
        return tr("Mapped, but the user cannot sign in (IIS %1)").arg(status);
    return tr("Refused before any mapping (IIS %1)").arg(status);
}

QString IdentificationPresenter::html(const Identification &identification)
{
    const bool ok = identification.signedIn();
    QString html =
        QStringLiteral("<h3 style='color:%1'>%2</h3>")
            .arg(ok ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"),
                 tr("IIS certificate mapping: %1").arg(headline(identification).toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>").arg(identification.reason.toHtmlEscaped());
    if (identification.checks.isEmpty()) {
        html += tr("<p>The organisation has no certificate mappings.</p>");
        return html;
    }
    html += QStringLiteral("<table cellspacing='2' cellpadding='2'>");
    for (const MappingCheck &check : identification.checks) {
        const QString mark =
            !check.consulted
                ? QStringLiteral("<span style='color:#757575'>– %1</span>").arg(tr("not consulted"))
            : check.matched
                ? QStringLiteral("<span style='color:#2e7d32'>✔ %1</span>").arg(tr("matches"))
                : QStringLiteral("<span style='color:#c62828'>✖ %1</span>").arg(tr("no match"));
        const QString kind =
            check.kind == CertificateMapping::Kind::OneToOne ? tr("one-to-one") : tr("many-to-one");
        html += QStringLiteral("<tr><td valign='top'><b>%1</b><br><small>%2</small></td>"
                               "<td valign='top' style='white-space:nowrap'>%3</td>"
                               "<td valign='top'>%4</td></tr>")
                    .arg(check.label.toHtmlEscaped(), kind, mark, check.reason.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace trustdesk
