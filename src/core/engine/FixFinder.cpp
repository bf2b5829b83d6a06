#include "FixFinder.h"

#include "../domain/CommonName.h"

#include <algorithm>
#include <tuple>

namespace trustdesk {

namespace {

using Kind = FixChange::Kind;

FixChange change(Kind kind, const Certificate &certificate = Certificate(),
                 const QString &user = QString(), const QString &value = QString())
{
    return FixChange{kind, certificate, user, value};
}

struct Candidate
{
    QList<FixChange> changes;
    Verdict verdict;
};

Verdict evaluateWith(const Verdict &base, const UserProfile *user, const TrustSnapshot &snapshot,
                     const QList<FixChange> &changes)
{
    Fix fix;
    fix.changes = changes;
    const WhatIfChanges whatIf = fix.whatIf();
    const auto changed = whatIf.apply(snapshot);
    std::optional<UserProfile> changedUser;
    if (user)
        changedUser = whatIf.apply(*user);
    return TrustEngine::evaluate(base.presented, changedUser ? &*changedUser : nullptr,
                                 base.interface, *changed, base.evaluatedAt, Explain::DecisionOnly);
}

bool reachesGoal(const Verdict &verdict, const UserProfile *user)
{
    return user ? verdict.authenticate && verdict.authenticate->ok : verdict.connect.ok;
}

// Certificates above the leaf by issuer name, among everything a fix may name, nearest
// first; installing one of them (or the leaf) may give the leaf a path.
QList<Certificate> certificatesAbove(const Verdict &verdict, const TrustSnapshot &snapshot,
                                     const QList<Certificate> &pool)
{
    QList<Certificate> all;
    for (const QList<Certificate> &source :
         {verdict.presented, snapshot.intermediates(), snapshot.approved(), pool}) {
        for (const Certificate &cert : source) {
            if (!cert.isNull() && !all.contains(cert))
                all << cert;
        }
    }
    QList<Certificate> found;
    QList<Certificate> frontier{verdict.certificate};
    for (int depth = 0; depth < 8 && !frontier.isEmpty() && found.size() < 16; ++depth) {
        QList<Certificate> next;
        for (const Certificate &below : std::as_const(frontier)) {
            if (below.isSelfSigned())
                continue;
            const X509_NAME *issuer = X509_get_issuer_name(below.x509());
            for (const Certificate &cert : std::as_const(all)) {
                if (cert != below && cert != verdict.certificate && !found.contains(cert) &&
                    X509_NAME_cmp(issuer, X509_get_subject_name(cert.x509())) == 0) {
                    found << cert;
                    next << cert;
                }
            }
        }
        frontier = next;
    }
    return found;
}

// The order fixes are offered in: fewer changes first; then the narrowest kind of change
// (a thumbprint holds for one certificate of one user, a CN for one user, an approval and
// Match CN for the whole organisation); installs nearest the root first, the leaf last.
std::tuple<int, int, int> rank(const Fix &fix, const QList<Certificate> &installOrder)
{
    int kindRank = 0;
    int installRank = 0;
    for (const FixChange &c : fix.changes) {
        switch (c.kind) {
        case Kind::Install:
            installRank = int(installOrder.indexOf(c.certificate));
            break;
        case Kind::AcceptThumbprint:
            kindRank = qMax(kindRank, 1);
            break;
        case Kind::AcceptCn:
            kindRank = qMax(kindRank, 2);
            break;
        case Kind::Approve:
            kindRank = qMax(kindRank, 3);
            break;
        case Kind::MatchCn:
            kindRank = qMax(kindRank, 4);
            break;
        case Kind::EnableUser:
            break;
        }
    }
    return {int(fix.changes.size()), kindRank, installRank};
}

// Changes that may let a user authenticate with a certificate that connects (as `scenario`
// shows it), each on top of `prefix`.
QList<QList<FixChange>> authenticationChanges(const Verdict &scenario, const UserProfile &user,
                                              const TrustSnapshot &snapshot,
                                              const QList<FixChange> &prefix)
{
    QList<QList<FixChange>> out;
    if (!scenario.authenticate)
        return out;
    const AuthenticateResult &auth = *scenario.authenticate;
    QList<FixChange> base = prefix;
    if (user.disabled)
        base << change(Kind::EnableUser, Certificate(), user.username);
    out << base; // perhaps nothing more is needed
    out << (base + QList<FixChange>{change(Kind::AcceptThumbprint, Certificate(), user.username,
                                           scenario.certificate.thumbprint().key())});
    // Only a CA is ever proposed for approval: approving a (self-signed) client certificate
    // would make it vouch for itself, which no administrator should be told to do.
    QList<FixChange> approve;
    if (!auth.issuingCa.isNull() && !auth.issuingCaApproved && auth.issuingCa.isCa())
        approve << change(Kind::Approve, auth.issuingCa);
    const QString &cn = auth.commonName;
    const bool cnOnProfile =
        std::any_of(user.commonNames.cbegin(), user.commonNames.cend(),
                    [&cn](const QString &held) { return CommonName::equal(held, cn); });
    if (!cn.isEmpty() && !cnOnProfile)
        out << (base +
                QList<FixChange>{
                    change(Kind::AcceptCn, Certificate(), user.username, cn.trimmed())} +
                approve);
    if (!approve.isEmpty())
        out << (base + approve);
    if (!cn.isEmpty() && !snapshot.organisation().matchCn)
        out << (base + QList<FixChange>{change(Kind::MatchCn)} + approve);
    return out;
}

} // namespace

QList<Fix> FixFinder::find(const Verdict &verdict, const UserProfile *user,
                           const TrustSnapshot &snapshot, const QList<Certificate> &pool)
{
    if (verdict.certificate.isNull() || reachesGoal(verdict, user))
        return {};

    // Ways to connect: as it is, or by installing one certificate (the leaf or one above).
    QList<Candidate> connected;
    QList<Certificate> installOrder;
    if (verdict.connect.ok) {
        connected << Candidate{{}, verdict};
    } else {
        QList<Certificate> above = certificatesAbove(verdict, snapshot, pool);
        std::reverse(above.begin(), above.end());
        installOrder = above;
        // The leaf itself only when nothing but an anchor is missing: installing a
        // certificate whose signature or validity failed would trust what cannot be checked.
        const bool onlyNoAnchor =
            std::all_of(verdict.connect.failures.cbegin(), verdict.connect.failures.cend(),
                        [](ConnectFailure f) { return f == ConnectFailure::NoAnchor; });
        if (onlyNoAnchor)
            installOrder << verdict.certificate;
        for (const Certificate &cert : std::as_const(installOrder)) {
            if (snapshot.isInstalled(cert))
                continue;
            const QList<FixChange> install{change(Kind::Install, cert)};
            const Verdict result = evaluateWith(verdict, user, snapshot, install);
            if (result.connect.ok)
                connected << Candidate{install, result};
        }
    }

    QList<QList<FixChange>> tried;
    QList<Fix> fixes;
    const auto offer = [&](const QList<FixChange> &changes) {
        if (changes.isEmpty() || tried.contains(changes))
            return;
        tried << changes;
        const Verdict result = evaluateWith(verdict, user, snapshot, changes);
        if (!reachesGoal(result, user))
            return;
        // Only the smallest: a set that holds a smaller fix is not offered.
        for (const Fix &smaller : std::as_const(fixes)) {
            if (std::all_of(smaller.changes.cbegin(), smaller.changes.cend(),
                            [&changes](const FixChange &c) { return changes.contains(c); }))
                return;
        }
        Fix fix;
        fix.changes = changes;
        fix.connects = result.connect.ok;
        fix.authenticates = result.authenticate && result.authenticate->ok;
        fix.condition =
            user ? (result.authenticate ? result.authenticate->condition : Condition::None)
                 : result.connect.condition;
        fixes << fix;
    };
    for (const Candidate &way : std::as_const(connected)) {
        if (!user) {
            offer(way.changes);
            continue;
        }
        for (const QList<FixChange> &changes :
             authenticationChanges(way.verdict, *user, snapshot, way.changes))
            offer(changes);
    }
    // Fewest changes first, so that the "only the smallest" rule above sees them first.
    std::stable_sort(fixes.begin(), fixes.end(), [&installOrder](const Fix &a, const Fix &b) {
        return rank(a, installOrder) < rank(b, installOrder);
    });
    QList<Fix> minimal;
    for (const Fix &fix : std::as_const(fixes)) {
        const bool holdsSmaller =
            std::any_of(minimal.cbegin(), minimal.cend(), [&fix](const Fix &m) {
                return std::all_of(m.changes.cbegin(), m.changes.cend(),
                                   [&fix](const FixChange &c) { return fix.changes.contains(c); });
            });
        if (!holdsSmaller)
            minimal << fix;
    }
    return minimal.mid(0, MaxFixes);
}

QString FixFinder::holderNeeds(const Verdict &verdict)
{
    // What is wrong with the certificate itself speaks first; a missing anchor last.
    static const ConnectFailure order[] = {ConnectFailure::Validity,
                                           ConnectFailure::Revoked,
                                           ConnectFailure::WeakSignature,
                                           ConnectFailure::Signature,
                                           ConnectFailure::KeyUsage,
                                           ConnectFailure::NotCa,
                                           ConnectFailure::PathLength,
                                           ConnectFailure::NameConstraints,
                                           ConnectFailure::CriticalExtension,
                                           ConnectFailure::IssuerMismatch,
                                           ConnectFailure::RevocationUnavailable,
                                           ConnectFailure::NoAnchor};
    ConnectFailure failure = verdict.connect.failure;
    for (const ConnectFailure kind : order) {
        if (verdict.connect.failures.contains(kind)) {
            failure = kind;
            break;
        }
    }
    switch (failure) {
    case ConnectFailure::Validity:
        return tr("its holder needs a certificate that is valid now (a renewed one)");
    case ConnectFailure::Revoked:
        return tr("its holder needs a new certificate: this one, or a CA above it, is revoked");
    case ConnectFailure::Signature:
    case ConnectFailure::IssuerMismatch:
        return tr("its holder needs to send the CA certificates that really issued it (or a "
                  "new certificate): no certificate TrustDesk knows verifies its signature");
    case ConnectFailure::WeakSignature:
        return tr("its holder needs a certificate signed with SHA-256 or better");
    case ConnectFailure::NotCa:
    case ConnectFailure::PathLength:
        return tr("its holder needs a certificate issued by a real CA: a certificate on its "
                  "path is not allowed to sign certificates");
    case ConnectFailure::KeyUsage:
        return tr("its holder needs a certificate made for client authentication");
    case ConnectFailure::NameConstraints:
        return tr("its holder needs a certificate with a name its CA may certify");
    case ConnectFailure::CriticalExtension:
        return tr("its holder needs a certificate without extensions TrustDesk cannot check");
    case ConnectFailure::RevocationUnavailable:
        return tr("a current revocation list from its issuer must be added (crl add)");
    case ConnectFailure::NoAnchor:
        return tr("its holder needs to send the CA certificates above it, so that one of them "
                  "can be installed");
    case ConnectFailure::Other:
    case ConnectFailure::None:
        break;
    }
    return tr("its holder needs another certificate");
}

void FixFinder::attach(Verdict &verdict, const UserProfile *user, const TrustSnapshot &snapshot,
                       const QList<Certificate> &pool)
{
    verdict.fixes = find(verdict, user, snapshot, pool);
    if (verdict.fixes->isEmpty() && !verdict.connect.ok && !verdict.certificate.isNull())
        verdict.connect.reason +=
            tr("; no change to TrustDesk's configuration can help: %1").arg(holderNeeds(verdict));
}

} // namespace trustdesk
