#include "explorer/WhatIfModel.h"

#include "domain/CommonName.h"
#include "engine/TrustEngine.h"

#include <algorithm>

namespace trustdesk {

void WhatIfModel::clear()
{
    m_presented.clear();
    m_certificates.clear();
    m_toggles.clear();
}

void WhatIfModel::add(Kind kind, const QString &text, bool saved, int certificate, bool enabled)
{
    m_toggles.append({kind, text, saved, saved, certificate, enabled});
}

void WhatIfModel::rebuild(const QList<Certificate> &presented, const TrustSnapshot &snapshot,
                          const UserProfile *user, const QDateTime &at)
{
    clear();
    if (presented.isEmpty())
        return;
    m_presented = presented;
    const Verdict base = TrustEngine::evaluate(presented, nullptr, Interface::Https, snapshot, at);
    const auto collect = [this](const Certificate &cert) {
        if (!m_certificates.contains(cert))
            m_certificates << cert;
    };
    for (const ChainElement &element : base.connect.chain)
        collect(element.certificate);
    for (const Certificate &cert : presented)
        collect(cert);
    for (const RejectedCandidate &candidate : base.connect.rejected)
        collect(candidate.certificate);
    for (int i = 0; i < m_certificates.size(); ++i)
        add(Kind::Install,
            tr("Install '%1' in the trusted root store").arg(m_certificates.at(i).displayName()),
            snapshot.isInstalled(m_certificates.at(i)), i);
    for (int i = 0; i < m_certificates.size(); ++i) {
        const Certificate &cert = m_certificates.at(i);
        if (i == 0 && !cert.isCa() && !cert.isSelfSigned())
            continue; // a leaf is nobody's issuing CA
        add(Kind::Approve, tr("Approve '%1' for the organisation").arg(cert.displayName()),
            snapshot.isApproved(cert), i);
    }
    add(Kind::MatchCn, tr("Match CN to username or full name (A3)"),
        snapshot.organisation().matchCn);
    if (!user)
        return;
    if (user->disabled)
        add(Kind::EnableUser, tr("Enable user '%1'").arg(user->username), false);
    const Certificate &leaf = presented.first();
    const bool hasThumbprint = user->thumbprints.contains(leaf.thumbprint().key());
    add(Kind::AcceptThumbprint,
        tr("Accept this thumbprint for '%1'%2")
            .arg(user->username, hasThumbprint ? tr(" (already accepted)") : QString()),
        hasThumbprint, 0, !hasThumbprint);
    // The engine's own rule for a usable CN (RULES 3): a subject with none, several, or
    // control characters offers nothing to accept.
    QString problem;
    const QString cn = CommonName::usable(leaf, &problem);
    if (cn.isEmpty())
        return;
    const bool hasCn = std::any_of(user->commonNames.begin(), user->commonNames.end(),
                                   [&cn](const QString &c) { return CommonName::equal(c, cn); });
    add(Kind::AcceptCn,
        tr("Accept the CN '%1' for '%2'%3")
            .arg(cn, user->username, hasCn ? tr(" (already accepted)") : QString()),
        hasCn, 0, !hasCn);
}

int WhatIfModel::addCertificate(const Certificate &cert, const TrustSnapshot &snapshot)
{
    const int existing = int(m_certificates.indexOf(cert));
    if (existing >= 0)
        return existing;
    m_certificates << cert;
    const int index = int(m_certificates.size()) - 1;
    add(Kind::Install, tr("Install '%1' in the trusted root store").arg(cert.displayName()),
        snapshot.isInstalled(cert), index);
    if (cert.isCa())
        add(Kind::Approve, tr("Approve '%1' for the organisation").arg(cert.displayName()),
            snapshot.isApproved(cert), index);
    return index;
}

int WhatIfModel::toggleRow(Kind kind, int certificate) const
{
    for (int row = 0; row < m_toggles.size(); ++row) {
        const Toggle &toggle = m_toggles.at(row);
        if (toggle.kind == kind && (certificate < 0 || toggle.certificate == certificate))
            return row;
    }
    return -1;
}

bool WhatIfModel::applyFix(const Fix &fix, const TrustSnapshot &snapshot)
{
    if (m_presented.isEmpty())
        return false;
    QList<int> rows;
    for (const FixChange &change : fix.changes) {
        int row = -1;
        switch (change.kind) {
        case FixChange::Kind::Install:
            row = toggleRow(Kind::Install, addCertificate(change.certificate, snapshot));
            break;
        case FixChange::Kind::Approve:
            row = toggleRow(Kind::Approve, addCertificate(change.certificate, snapshot));
            break;
        case FixChange::Kind::AcceptCn:
            row = toggleRow(Kind::AcceptCn);
            break;
        case FixChange::Kind::AcceptThumbprint:
            row = toggleRow(Kind::AcceptThumbprint);
            break;
        case FixChange::Kind::MatchCn:
            row = toggleRow(Kind::MatchCn);
            break;
        case FixChange::Kind::EnableUser:
            row = toggleRow(Kind::EnableUser);
            break;
        }
        if (row < 0)
            return false;
        rows << row;
    }
    for (const int row : std::as_const(rows))
        m_toggles[row].checked = true;
    return true;
}

void WhatIfModel::setChecked(int row, bool checked)
{
    if (row >= 0 && row < m_toggles.size())
        m_toggles[row].checked = checked;
}

int WhatIfModel::changedCount() const
{
    return int(std::count_if(m_toggles.begin(), m_toggles.end(),
                             [](const Toggle &t) { return t.changed(); }));
}

WhatIfChanges WhatIfModel::changes() const
{
    WhatIfChanges out;
    for (const Toggle &toggle : m_toggles) {
        if (!toggle.changed())
            continue;
        const Certificate cert = m_certificates.value(toggle.certificate);
        switch (toggle.kind) {
        case Kind::Install:
            (toggle.checked ? out.install : out.uninstall) << cert;
            break;
        case Kind::Approve:
            (toggle.checked ? out.approve : out.unapprove) << cert;
            break;
        case Kind::MatchCn:
            out.matchCn = toggle.checked;
            break;
        case Kind::AcceptThumbprint:
            out.thumbprintForUser = m_presented.first().thumbprint().key();
            break;
        case Kind::AcceptCn: {
            QString problem;
            out.commonNameForUser = CommonName::usable(m_presented.first(), &problem);
            break;
        }
        case Kind::EnableUser:
            out.enableUser = toggle.checked;
            break;
        }
    }
    return out;
}

QString WhatIfModel::displayText(int row) const
{
    const Toggle &toggle = m_toggles.at(row);
    return toggle.changed() ? tr("• %1 (what if; not saved)").arg(toggle.text) : toggle.text;
}

QStringList WhatIfModel::changeLines() const
{
    QStringList lines;
    for (const Toggle &toggle : m_toggles)
        if (toggle.changed())
            lines << (toggle.checked ? tr("• %1") : tr("• Undo: %1")).arg(toggle.text);
    return lines;
}

} // namespace trustdesk
