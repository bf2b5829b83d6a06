#include "TrustEngine.h"

#include "../domain/CommonName.h"
#include "PathAssessment.h"
#include "PathBuilder.h"

#include <openssl/err.h>

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>

namespace trustdesk {

namespace {

// Anchored paths validated before the search gives up, and dead ends kept to explain a
// failure: enough for every real PKI (bridges, cross-signing, rollover), and a bound for
// a client that sends dozens of same-name CAs.
constexpr int MaxValidations = 24;
constexpr int MaxDeadEnds = 6;

QString quoted(const Certificate &cert)
{
    return PathAssessment::quoted(cert);
}

// A failed attempt left the path shown at some certificate: that candidate issuer was
// tried and rejected, and the attempt says why.
void addRejected(QList<RejectedCandidate> &out, const PathReport &shown, const PathReport &attempt,
                 bool explain)
{
    int k = 1;
    while (k < attempt.chain.size() && k < shown.chain.size() &&
           attempt.chain.at(k).certificate == shown.chain.at(k).certificate)
        ++k;
    if (k >= attempt.chain.size())
        return;
    const ChainElement &candidate = attempt.chain.at(k);
    if (std::any_of(out.cbegin(), out.cend(), [&](const RejectedCandidate &r) {
            return r.certificate == candidate.certificate && r.childIndex == k - 1;
        }))
        return;
    RejectedCandidate rejected{candidate.certificate, candidate.source, k - 1, QString(), false};
    if (attempt.brokenLink == k - 1) {
        rejected.keyMismatch = true;
        if (explain)
            rejected.reason =
                TrustEngine::tr("issuer %1 was found (%2) but its signature does not match (a "
                                "different key with the same name)")
                    .arg(quoted(candidate.certificate),
                         PathAssessment::sourcePhrase(candidate.source));
    } else {
        // The first problem at or above the candidate: what made this way fail.
        QString why;
        for (const ProblemList::Problem &p : attempt.problems.all()) {
            if (p.depth >= k) {
                why = p.text;
                break;
            }
        }
        const bool failedAbove =
            std::any_of(attempt.problems.all().cbegin(), attempt.problems.all().cend(),
                        [k](const ProblemList::Problem &p) { return p.depth >= k; });
        if (!failedAbove)
            return; // it failed on something the path shown has too
        if (explain)
            rejected.reason = TrustEngine::tr("%1 (%2) was tried as the issuer of %3: %4")
                                  .arg(quoted(candidate.certificate),
                                       PathAssessment::sourcePhrase(candidate.source),
                                       quoted(attempt.chain.at(k - 1).certificate), why);
    }
    out << rejected;
}

// When no path is valid, the one that explains the failure best: a real path with a
// problem on it (every signature verifies) before a dead end, before the part of a path
// that holds until it reaches an issuer with another key.
PathReport bestFailure(const QList<PathReport> &failed, const QList<PathCandidate> &deadEnds,
                       const QList<Certificate> &presented, const TrustSnapshot &snapshot,
                       const QDateTime &at, bool explain)
{
    const PathReport *genuine = nullptr;
    for (const PathReport &report : failed) {
        if (report.brokenLink < 0 &&
            (!genuine || report.problems.size() < genuine->problems.size()))
            genuine = &report;
    }
    if (genuine)
        return *genuine;
    std::optional<PathReport> best;
    for (const PathCandidate &deadEnd : deadEnds) {
        PathReport report = PathAssessment::assess(deadEnd, presented, snapshot, at, explain);
        // Unbroken before broken, then the longest (it got furthest), then the fewest problems.
        const auto rank = [](const PathReport &r) {
            return std::make_tuple(r.brokenLink >= 0, -r.chain.size(), r.problems.size());
        };
        const bool better = !best || rank(report) < rank(*best);
        if (better)
            best = std::move(report);
    }
    if (best) {
        if (best->brokenLink < 0)
            PathAssessment::explainMissingAnchor(*best);
        return *best;
    }
    // Every way up leads to a same-name certificate that did not sign: show what holds.
    const PathReport &first = failed.first();
    PathCandidate path;
    for (const ChainElement &element : first.chain) {
        path.certificates << element.certificate;
        path.sources << element.source;
    }
    return PathAssessment::prefix(path, first.brokenLink + 1, presented, snapshot, at, explain);
}

} // namespace

ConnectResult TrustEngine::connect(const QList<Certificate> &presented,
                                   const TrustSnapshot &snapshot, const QDateTime &at, bool explain)
{
    const Certificate &leaf = presented.first();
    ConnectResult result;

    // C1: the certificate itself is installed, and is then its own anchor.
    ConditionCheck c1{Condition::C1, false, QString()};
    std::optional<PathReport> c1Report;
    if (snapshot.isInstalled(leaf)) {
        PathCandidate self;
        self.certificates << leaf;
        self.sources << CertificateSource::RootStore;
        self.anchored = true;
        c1Report = PathAssessment::assess(self, presented, snapshot, at, explain);
        c1.ok = c1Report->problems.isEmpty();
        if (explain)
            c1.reason =
                c1.ok ? tr("%1 itself is installed in the trusted root store").arg(quoted(leaf))
                      : tr("%1 is installed, but %2")
                            .arg(quoted(leaf), c1Report->problems.primary().text);
    } else if (explain) {
        c1.reason = tr("%1 itself is not installed in the trusted root store").arg(quoted(leaf));
    }

    // C2: every path up to an installed certificate, the likeliest first, until one holds.
    PathBuilder builder(presented, snapshot, at);
    QList<PathReport> failed;
    QList<PathCandidate> deadEnds;
    std::optional<PathReport> valid;
    while (const auto candidate = builder.next()) {
        if (!candidate->anchored) {
            if (deadEnds.size() < MaxDeadEnds)
                deadEnds << *candidate;
            continue;
        }
        PathReport report = PathAssessment::assess(*candidate, presented, snapshot, at, explain);
        if (report.problems.isEmpty()) {
            valid = std::move(report);
            break;
        }
        failed << std::move(report);
        if (failed.size() >= MaxValidations)
            break;
    }
    PathReport c2Report =
        valid ? std::move(*valid) : bestFailure(failed, deadEnds, presented, snapshot, at, explain);
    for (const PathReport &attempt : std::as_const(failed))
        addRejected(result.rejected, c2Report, attempt, explain);
    if (!valid) {
        // An issuer with the right name but another key is the cause to name first.
        for (const RejectedCandidate &rejected : std::as_const(result.rejected)) {
            if (rejected.keyMismatch && rejected.childIndex == c2Report.chain.size() - 1)
                c2Report.add(ConnectFailure::IssuerMismatch, rejected.childIndex, rejected.reason);
        }
    }

    ConditionCheck c2{Condition::C2, false, QString()};
    c2.ok = valid.has_value();
    if (!explain) {
        // the decision alone
    } else if (c2.ok) {
        c2.reason = tr("%1 chains to %2, which is installed in the trusted root store")
                        .arg(quoted(leaf), quoted(c2Report.chain.last().certificate));
    } else {
        c2.reason = c2Report.problems.isEmpty()
                        ? tr("no certificate above %1 is installed").arg(quoted(leaf))
                        : c2Report.problems.primary().text;
        if (builder.truncated() || failed.size() >= MaxValidations)
            c2.reason += tr(" (the search stopped after %n candidate path(s))", nullptr,
                            int(failed.size() + deadEnds.size()));
    }
    result.checks << c1 << c2;

    const PathReport &shown = c1.ok ? *c1Report : c2Report;
    result.chain = shown.chain;
    if (c1.ok || c2.ok) {
        result.ok = true;
        result.condition = c1.ok ? Condition::C1 : Condition::C2;
        result.anchor = shown.chain.last().certificate;
        result.reason = c1.ok ? c1.reason : c2.reason;
        return result;
    }
    const auto primary = c2Report.problems.isEmpty()
                             ? ProblemList::Problem{ConnectFailure::NoAnchor, 0, c2.reason}
                             : c2Report.problems.primary();
    result.failure = primary.kind;
    result.failures << primary.kind;
    for (const ProblemList::Problem &problem : c2Report.problems.all()) {
        if (!result.failures.contains(problem.kind))
            result.failures << problem.kind;
    }
    result.reason = primary.text;
    const int more = c2Report.problems.all().size() - 1;
    if (explain && more > 0)
        result.reason += tr(" (and %n more problem(s) on the path)", nullptr, more);
    return result;
}

AuthenticateResult TrustEngine::authenticate(const Certificate &leaf, const ConnectResult &connect,
                                             const QList<Certificate> &presented,
                                             const UserProfile &user, Interface iface,
                                             const TrustSnapshot &snapshot, bool explain)
{
    AuthenticateResult result;
    result.user = user.username;
    result.policy = user.policyFor(iface);
    result.certificateConsulted = UserProfile::needsCertificate(result.policy);

    // The issuing CA: the signer in the chain that was built; for a self-signed leaf the
    // leaf; otherwise the issuer found among the known certificates.
    if (connect.chain.size() >= 2) {
        result.issuingCa = connect.chain.at(1).certificate;
    } else if (leaf.isSelfSigned()) {
        result.issuingCa = leaf;
    } else {
        QList<Certificate> candidates = snapshot.certificatesNamedAsIssuerOf(leaf);
        candidates << presented.mid(1);
        for (const Certificate &candidate : candidates) {
            if (leaf.isSignedBy(candidate)) {
                result.issuingCa = candidate;
                break;
            }
        }
    }
    result.issuingCaApproved = snapshot.isApproved(result.issuingCa);
    const bool caOk = !result.issuingCa.isNull() && result.issuingCaApproved;
    const auto caLabel = [&] {
        return result.issuingCa.isNull() ? QString() : quoted(result.issuingCa);
    };
    const auto caProblem = [&] {
        if (result.issuingCa.isNull())
            return tr("its issuing CA is not known");
        return snapshot.hasApprovedName(X509_get_subject_name(result.issuingCa.x509()))
                   ? tr("its issuing CA %1 has the name of an approved CA but a different key")
                         .arg(caLabel())
                   : tr("its issuing CA %1 is not on the approved CA list").arg(caLabel());
    };

    QString cnProblem;
    const QString cn = CommonName::usable(leaf, &cnProblem);
    const bool cnUsable = cnProblem.isEmpty();
    result.commonName = cn;

    ConditionCheck a1{Condition::A1, false, QString()};
    const QString thumbprint = leaf.thumbprint().key();
    a1.ok = user.thumbprints.contains(thumbprint);
    if (explain)
        a1.reason = a1.ok ? tr("thumbprint %1 is on the profile of '%2'")
                                .arg(leaf.thumbprint().grouped(), user.username)
                          : tr("thumbprint %1 is not on the profile of '%2'")
                                .arg(leaf.thumbprint().grouped(), user.username);

    ConditionCheck a2{Condition::A2, false, QString()};
    const bool cnOnProfile =
        cnUsable &&
        std::any_of(user.commonNames.cbegin(), user.commonNames.cend(),
                    [&cn](const QString &accepted) { return CommonName::equal(accepted, cn); });
    a2.ok = cnOnProfile && caOk;
    if (!explain) {
        // the decision alone
    } else if (!cnUsable) {
        a2.reason = tr("the CN cannot be used: %1").arg(cnProblem);
    } else if (!cnOnProfile) {
        a2.reason = user.commonNames.isEmpty()
                        ? tr("CN '%1' is not on the profile of '%2' (it has no accepted CNs)")
                              .arg(cn, user.username)
                        : tr("CN '%1' is not on the profile of '%2' (accepted CNs: %3)")
                              .arg(cn, user.username, user.commonNames.join(QStringLiteral(", ")));
    } else if (!caOk) {
        a2.reason = tr("CN '%1' is on the profile, but %2").arg(cn, caProblem());
    } else {
        a2.reason = tr("CN '%1' is on the profile of '%2' and its issuing CA %3 is approved")
                        .arg(cn, user.username, caLabel());
    }

    ConditionCheck a3{Condition::A3, false, QString()};
    const bool matchesName =
        cnUsable && (CommonName::equal(cn, user.username) ||
                     (!user.fullName.trimmed().isEmpty() && CommonName::equal(cn, user.fullName)));
    const bool matchCn = snapshot.organisation().matchCn;
    a3.ok = matchCn && matchesName && caOk;
    if (!explain) {
        // the decision alone
    } else if (!matchCn) {
        a3.reason = tr("the organisation's Match CN to username/full name option is off");
    } else if (!cnUsable) {
        a3.reason = tr("the CN cannot be used: %1").arg(cnProblem);
    } else if (!matchesName) {
        a3.reason = tr("CN '%1' matches neither the username '%2' nor the full name '%3'")
                        .arg(cn, user.username, user.fullName);
    } else if (!caOk) {
        a3.reason = tr("CN '%1' matches the user's name, but %2").arg(cn, caProblem());
    } else {
        a3.reason = tr("Match CN is on, CN '%1' matches the user's name and its issuing CA %2 is "
                       "approved")
                        .arg(cn, caLabel());
    }

    result.checks << a1 << a2 << a3;
    if (user.disabled) {
        for (ConditionCheck &check : result.checks) {
            if (explain)
                check.reason =
                    tr("user '%1' is disabled and authenticates with nothing (otherwise: %2)")
                        .arg(user.username, check.reason);
            check.ok = false;
        }
    }
    // The condition used is the first that holds (A1 before A2 before A3), and only a
    // certificate that can connect uses one.
    for (const ConditionCheck &check : std::as_const(result.checks)) {
        if (check.ok && connect.ok) {
            result.condition = check.condition;
            break;
        }
    }
    result.ok = connect.ok && result.condition != Condition::None;
    if (!explain)
        return result;
    if (!connect.ok) {
        result.reason = tr("the certificate cannot connect, so it authenticates nobody");
    } else if (user.disabled) {
        result.reason = tr("user '%1' is disabled").arg(user.username);
    } else if (result.ok) {
        result.reason =
            tr("authenticates '%1' by %2").arg(user.username, conditionName(result.condition));
    } else {
        result.reason =
            tr("does not authenticate '%1': none of A1, A2 or A3 holds").arg(user.username);
    }
    if (!result.certificateConsulted) {
        result.reason +=
            tr("; the %1 policy of '%2' is password, so certificates are not consulted")
                .arg(UserProfile::interfaceName(iface), user.username);
    }
    return result;
}

QList<TankProposal> TrustEngine::tankProposals(const Verdict &verdict, const UserProfile *user)
{
    QList<TankProposal> out;
    const Certificate &leaf = verdict.certificate;
    if (verdict.connect.ok) {
        // RULES 4.1: an existing, active user whose policy needs a certificate, presenting
        // one that does not authenticate them, leaves a pair behind.
        if (!user || user->disabled || !verdict.authenticate ||
            !verdict.authenticate->certificateConsulted || verdict.authenticate->ok)
            return out;
        const QString &cn = verdict.authenticate->commonName;
        if (!cn.isEmpty())
            out.append({CredentialKind::CommonName, cn.trimmed(), leaf});
        out.append({CredentialKind::Thumbprint, leaf.thumbprint().grouped(), leaf});
        return out;
    }
    // RULES 4.5: nothing on the path is installed; keep the CAs the client sent.
    if (verdict.connect.failure != ConnectFailure::NoAnchor)
        return out;
    for (const ChainElement &element : verdict.connect.chain) {
        if (element.installed)
            return out;
    }
    for (int i = 1; i < verdict.presented.size(); ++i) {
        const Certificate &cert = verdict.presented.at(i);
        const bool duplicate = std::any_of(
            out.cbegin(), out.cend(), [&](const TankProposal &p) { return p.certificate == cert; });
        if (cert.isCa() && !duplicate)
            out.append({CredentialKind::UntrustedCa, cert.thumbprint().grouped(), cert});
    }
    return out;
}

Verdict TrustEngine::evaluate(const QList<Certificate> &presented, const UserProfile *user,
                              Interface iface, const TrustSnapshot &snapshot, const QDateTime &at,
                              Explain explain)
{
    const bool texts = explain == Explain::Everything;
    Verdict verdict;
    verdict.presented = presented;
    verdict.evaluatedAt = at;
    verdict.interface = iface;
    if (presented.isEmpty() || presented.first().isNull()) {
        verdict.connect.failure = ConnectFailure::Other;
        verdict.connect.reason = tr("no certificate was presented");
        return verdict;
    }
    verdict.certificate = presented.first();
    verdict.connect = connect(presented, snapshot, at, texts);
    if (user)
        verdict.authenticate = authenticate(verdict.certificate, verdict.connect, presented, *user,
                                            iface, snapshot, texts);
    verdict.tank = tankProposals(verdict, user);
    return verdict;
}

} // namespace trustdesk
