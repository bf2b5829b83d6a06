#include "TrustEngine.h"

#include "../domain/CommonName.h"
#include "PathValidator.h"

#include <openssl/err.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace trustdesk {

namespace {

QString quoted(const Certificate &cert)
{
    return QStringLiteral("'%1'").arg(cert.displayName());
}

QString day(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

QString sourcePhrase(CertificateSource source)
{
    switch (source) {
    case CertificateSource::Presented:
        return TrustEngine::tr("sent by the client");
    case CertificateSource::RootStore:
        return TrustEngine::tr("installed");
    case CertificateSource::Intermediates:
        return TrustEngine::tr("from the known intermediates");
    case CertificateSource::Unknown:
        break;
    }
    return TrustEngine::tr("of unknown origin");
}

CertificateSource sourceOf(const Certificate &cert, bool isTop, const QList<Certificate> &presented,
                           const TrustSnapshot &snapshot, bool installed)
{
    if (installed && isTop)
        return CertificateSource::RootStore;
    if (presented.contains(cert))
        return CertificateSource::Presented;
    if (snapshot.isKnownIntermediate(cert))
        return CertificateSource::Intermediates;
    if (installed)
        return CertificateSource::RootStore;
    return CertificateSource::Unknown;
}

bool isNoAnchorError(int code)
{
    return code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT ||
           code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY ||
           code == X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE ||
           code == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT ||
           code == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN;
}

QString unknownCriticalExtension(const Certificate &cert)
{
    const int count = X509_get_ext_count(cert.x509());
    for (int i = 0; i < count; ++i) {
        X509_EXTENSION *ext = X509_get_ext(cert.x509(), i);
        if (X509_EXTENSION_get_critical(ext) && !X509_supported_extension(ext)) {
            char oid[128];
            OBJ_obj2txt(oid, sizeof oid, X509_EXTENSION_get_object(ext), 1);
            return QString::fromLatin1(oid);
        }
    }
    return QString();
}

// Collects problems for one path and picks the one that explains the failure.
class ProblemList
{
public:
    struct Problem
    {
        ConnectFailure kind;
        int depth;
        QString text;
    };

    void add(ConnectFailure kind, int depth, const QString &text)
    {
        for (const Problem &p : m_problems) {
            if (p.depth == depth && p.text == text)
                return;
        }
        m_problems.append({kind, depth, text});
    }
    bool isEmpty() const { return m_problems.isEmpty(); }
    const QList<Problem> &all() const { return m_problems; }

    // The root cause first: a path that leads nowhere trusted is the problem to fix
    // before anything on it matters.
    Problem primary() const
    {
        static const ConnectFailure order[] = {ConnectFailure::IssuerMismatch,
                                               ConnectFailure::NoAnchor,
                                               ConnectFailure::Signature,
                                               ConnectFailure::NotCa,
                                               ConnectFailure::PathLength,
                                               ConnectFailure::Revoked,
                                               ConnectFailure::Validity,
                                               ConnectFailure::KeyUsage,
                                               ConnectFailure::CriticalExtension,
                                               ConnectFailure::RevocationUnavailable,
                                               ConnectFailure::Other};
        for (const ConnectFailure kind : order) {
            for (const Problem &p : m_problems) {
                if (p.kind == kind)
                    return p;
            }
        }
        return m_problems.first();
    }

private:
    QList<Problem> m_problems;
};

struct PathReport
{
    QList<ChainElement> chain;
    ProblemList problems;
    QList<RejectedCandidate> rejected;
    bool anchored = false; // the top of the chain is installed
};

QString roleOf(int depth, int size, const Certificate &cert)
{
    if (depth == 0)
        return TrustEngine::tr("the certificate %1").arg(quoted(cert));
    if (depth == size - 1 && cert.isSelfIssued())
        return TrustEngine::tr("root %1").arg(quoted(cert));
    return TrustEngine::tr("intermediate %1").arg(quoted(cert));
}

// Explains why no certificate on the path is installed: the text people most need.
void diagnoseNoAnchor(PathReport &report, const QList<Certificate> &presented,
                      const TrustSnapshot &snapshot)
{
    const int top = report.chain.size() - 1;
    const Certificate &cert = report.chain.at(top).certificate;
    if (cert.isSelfIssued()) {
        report.problems.add(
            ConnectFailure::NoAnchor, top,
            top == 0 ? TrustEngine::tr("%1 is self-signed and not installed in the trusted root "
                                       "store")
                           .arg(quoted(cert))
                     : TrustEngine::tr("the path ends at the root %1 (%2), which is not installed "
                                       "in the trusted root store")
                           .arg(quoted(cert), sourcePhrase(report.chain.at(top).source)));
        return;
    }
    const X509_NAME *issuerName = X509_get_issuer_name(cert.x509());
    QString issuerLabel = Certificate::nameLabel(issuerName);
    // A candidate with the right name whose key did not sign this certificate.
    QList<QPair<Certificate, CertificateSource>> candidates;
    for (const Certificate &c : snapshot.certificatesNamed(issuerName))
        candidates.append({c, snapshot.isInstalled(c) ? CertificateSource::RootStore
                                                      : CertificateSource::Intermediates});
    for (const Certificate &c : presented) {
        if (X509_NAME_cmp(issuerName, X509_get_subject_name(c.x509())) == 0 && c != cert)
            candidates.append({c, CertificateSource::Presented});
    }
    for (const auto &candidate : candidates) {
        issuerLabel = candidate.first.displayName();
        if (!cert.isSignedBy(candidate.first)) {
            const QString reason =
                TrustEngine::tr("issuer '%1' was found (%2) but its signature does not match "
                                "(a different key with the same name)")
                    .arg(issuerLabel, sourcePhrase(candidate.second));
            report.rejected.append({candidate.first, candidate.second, top, reason});
            report.problems.add(ConnectFailure::IssuerMismatch, top, reason);
            return;
        }
    }
    if (top == 0) {
        report.problems.add(ConnectFailure::NoAnchor, top,
                            TrustEngine::tr("issuer '%1' of %2 is not installed and was not sent "
                                            "by the client")
                                .arg(issuerLabel, quoted(cert)));
    } else {
        const ChainElement &below = report.chain.at(top);
        report.problems.add(ConnectFailure::NoAnchor, top,
                            TrustEngine::tr("issuer %1 was found (%2) but no certificate above it "
                                            "is installed; its issuer '%3' is neither installed "
                                            "nor sent by the client")
                                .arg(quoted(cert), sourcePhrase(below.source), issuerLabel));
    }
}

void translateError(PathReport &report, const PathError &error, const Certificate &leaf)
{
    const int size = report.chain.size();
    const int depth = qBound(0, error.depth, size - 1);
    const Certificate &cert = report.chain.at(depth).certificate;
    const QString role = roleOf(depth, size, cert);
    switch (error.code) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        report.problems.add(ConnectFailure::Validity, depth,
                            TrustEngine::tr("%1 expired on %2").arg(role, day(cert.notAfter())));
        return;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        report.problems.add(
            ConnectFailure::Validity, depth,
            TrustEngine::tr("%1 is not valid before %2").arg(role, day(cert.notBefore())));
        return;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE: {
        const bool hasIssuer = depth + 1 < size;
        report.chain[depth].signatureOk = false;
        report.problems.add(
            ConnectFailure::Signature, depth,
            hasIssuer ? TrustEngine::tr("the signature on %1 does not verify with the key of its "
                                        "issuer %2 (%3): a different key with the same name, or "
                                        "a damaged certificate")
                            .arg(quoted(cert), quoted(report.chain.at(depth + 1).certificate),
                                 sourcePhrase(report.chain.at(depth + 1).source))
                      : TrustEngine::tr("the signature on %1 does not verify").arg(quoted(cert)));
        return;
    }
    case X509_V_ERR_INVALID_CA:
        report.problems.add(
            ConnectFailure::NotCa, depth,
            TrustEngine::tr("%1 is not a CA but signed %2")
                .arg(quoted(cert), quoted(report.chain.at(qMax(depth - 1, 0)).certificate)));
        return;
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        report.problems.add(
            ConnectFailure::NotCa, depth,
            TrustEngine::tr("the key usage of %1 does not allow signing certificates")
                .arg(quoted(cert)));
        return;
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        report.problems.add(ConnectFailure::PathLength, depth,
                            TrustEngine::tr("%1 allows at most %2 CA certificate(s) below it "
                                            "(pathLen), and this path has more")
                                .arg(quoted(cert))
                                .arg(cert.pathLength()));
        return;
    case X509_V_ERR_CERT_REVOKED:
        report.problems.add(
            ConnectFailure::Revoked, depth,
            TrustEngine::tr("%1 is revoked (listed in the revocation list of '%2')")
                .arg(role, Certificate::nameLabel(X509_get_issuer_name(cert.x509()))));
        return;
    case X509_V_ERR_UNABLE_TO_GET_CRL:
    case X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER:
        report.problems.add(
            ConnectFailure::RevocationUnavailable, depth,
            TrustEngine::tr("no usable revocation list from '%1' covers %2, and the "
                            "organisation requires revocation data")
                .arg(Certificate::nameLabel(X509_get_issuer_name(cert.x509())), role));
        return;
    case X509_V_ERR_CRL_HAS_EXPIRED:
    case X509_V_ERR_CRL_NOT_YET_VALID:
        report.problems.add(
            ConnectFailure::RevocationUnavailable, depth,
            TrustEngine::tr("the revocation list from '%1' that covers %2 is out of "
                            "date, and the organisation requires revocation data")
                .arg(Certificate::nameLabel(X509_get_issuer_name(cert.x509())), role));
        return;
    case X509_V_ERR_CRL_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE:
        report.problems.add(ConnectFailure::Other, depth,
                            TrustEngine::tr("the revocation list that covers %1 has a signature "
                                            "that does not verify")
                                .arg(role));
        return;
    case X509_V_ERR_UNHANDLED_CRITICAL_EXTENSION:
        report.problems.add(
            ConnectFailure::CriticalExtension, depth,
            TrustEngine::tr("%1 has a critical extension that is not understood (%2)")
                .arg(role, unknownCriticalExtension(cert)));
        return;
    case X509_V_ERR_CERT_CHAIN_TOO_LONG:
        report.problems.add(ConnectFailure::PathLength, depth,
                            TrustEngine::tr("the path above %1 is too long").arg(quoted(leaf)));
        return;
    default:
        if (isNoAnchorError(error.code))
            return; // explained once, by diagnoseNoAnchor
        report.problems.add(
            ConnectFailure::Other, depth,
            TrustEngine::tr("%1: %2").arg(
                role, QString::fromUtf8(X509_verify_cert_error_string(error.code))));
    }
}

// The rules RULES.md states beyond OpenSSL's defaults, checked on the built path.
void checkProductRules(PathReport &report)
{
    const int size = report.chain.size();
    const Certificate &leaf = report.chain.first().certificate;
    const uint32_t flags = X509_get_extension_flags(leaf.x509());
    if ((flags & EXFLAG_XKUSAGE) &&
        !(X509_get_extended_key_usage(leaf.x509()) & (XKU_SSL_CLIENT | XKU_ANYEKU))) {
        report.problems.add(ConnectFailure::KeyUsage, 0,
                            TrustEngine::tr("the extended key usage of %1 does not allow client "
                                            "authentication")
                                .arg(quoted(leaf)));
    }
    if ((flags & EXFLAG_KUSAGE) && !(X509_get_key_usage(leaf.x509()) & KU_DIGITAL_SIGNATURE)) {
        report.problems.add(
            ConnectFailure::KeyUsage, 0,
            TrustEngine::tr("the key usage of %1 does not allow digital signatures, "
                            "which a TLS client must make")
                .arg(quoted(leaf)));
    }
    // Every signer must be a CA. Only an installed, self-signed v1 anchor is excused; in
    // particular an installed client certificate never signs for others.
    for (int i = 1; i < size; ++i) {
        const ChainElement &signer = report.chain.at(i);
        const Certificate &cert = signer.certificate;
        const bool v1Anchor =
            i == size - 1 && signer.installed && cert.version() == 1 && cert.isSelfIssued();
        if (!cert.isCa() && !v1Anchor)
            report.problems.add(ConnectFailure::NotCa, i,
                                TrustEngine::tr("%1 is not a CA but signed %2")
                                    .arg(quoted(cert), quoted(report.chain.at(i - 1).certificate)));
    }
}

PathReport validatePath(const Certificate &leaf, const QList<Certificate> &presented,
                        const TrustSnapshot &snapshot, const QDateTime &at, bool leafOnly)
{
    PathValidator::Options options;
    options.requireRevocation = snapshot.organisation().requireRevocation;
    options.checkRevocation = snapshot.hasRevocationLists();
    PathValidation validation;
    if (leafOnly) {
        // C1: the certificate itself is the anchor; a store holding only it makes OpenSSL
        // judge exactly that path. Anchors are trusted directly, without revocation data.
        X509StorePtr store(X509_STORE_new());
        X509_STORE_add_cert(store.get(), leaf.x509());
        validation = PathValidator::run(store.get(), leaf, {}, at, PathValidator::Options{});
    } else {
        QList<Certificate> untrusted = presented.mid(1);
        untrusted << snapshot.intermediatesAbove(presented);
        validation = PathValidator::run(snapshot.store(), leaf, untrusted, at, options);
    }

    PathReport report;
    const int size = validation.chain.size();
    for (int i = 0; i < size; ++i) {
        ChainElement element;
        element.certificate = validation.chain.at(i);
        element.installed = leafOnly ? true : snapshot.isInstalled(element.certificate);
        element.source =
            sourceOf(element.certificate, i == size - 1, presented, snapshot, element.installed);
        element.approved = snapshot.isApproved(element.certificate);
        report.chain << element;
    }
    report.anchored = report.chain.last().installed;

    bool noAnchorError = false;
    for (const PathError &error : validation.errors) {
        // The anchor is trusted directly: missing revocation data about it is no failure.
        const bool anchorRevocationGap = error.depth == size - 1 && report.anchored &&
                                         (error.code == X509_V_ERR_UNABLE_TO_GET_CRL ||
                                          error.code == X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER);
        if (anchorRevocationGap)
            continue;
        noAnchorError = noAnchorError || isNoAnchorError(error.code);
        translateError(report, error, leaf);
    }
    if (noAnchorError || !report.anchored) {
        report.anchored = false;
        diagnoseNoAnchor(report, presented, snapshot);
    }
    checkProductRules(report);

    for (const auto &problem : report.problems.all()) {
        ChainElement &element = report.chain[qBound(0, problem.depth, size - 1)];
        element.ok = false;
        element.problems << problem.text;
    }
    return report;
}

} // namespace

ConnectResult TrustEngine::connect(const QList<Certificate> &presented,
                                   const TrustSnapshot &snapshot, const QDateTime &at)
{
    const Certificate &leaf = presented.first();
    ConnectResult result;

    ConditionCheck c1{Condition::C1, false, QString()};
    std::optional<PathReport> c1Report;
    if (snapshot.isInstalled(leaf)) {
        c1Report = validatePath(leaf, presented, snapshot, at, true);
        c1.ok = c1Report->problems.isEmpty();
        c1.reason = c1.ok ? tr("%1 itself is installed in the trusted root store").arg(quoted(leaf))
                          : tr("%1 is installed, but %2")
                                .arg(quoted(leaf), c1Report->problems.primary().text);
    } else {
        c1.reason = tr("%1 itself is not installed in the trusted root store").arg(quoted(leaf));
    }

    PathReport c2Report = validatePath(leaf, presented, snapshot, at, false);
    ConditionCheck c2{Condition::C2, false, QString()};
    const bool anchorAbove = c2Report.anchored && c2Report.chain.size() >= 2;
    c2.ok = anchorAbove && c2Report.problems.isEmpty();
    if (c2.ok) {
        c2.reason = tr("%1 chains to %2, which is installed in the trusted root store")
                        .arg(quoted(leaf), quoted(c2Report.chain.last().certificate));
    } else if (!c2Report.problems.isEmpty()) {
        c2.reason = c2Report.problems.primary().text;
    } else {
        c2.reason = tr("no certificate above %1 is installed").arg(quoted(leaf));
    }
    result.checks << c1 << c2;

    const PathReport &shown = c1.ok ? *c1Report : c2Report;
    result.chain = shown.chain;
    result.rejected = c2Report.rejected;
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
    result.reason = primary.text;
    const int more = c2Report.problems.all().size() - 1;
    if (more > 0)
        result.reason += tr(" (and %n more problem(s) on the path)", nullptr, more);
    return result;
}

AuthenticateResult TrustEngine::authenticate(const Certificate &leaf, const ConnectResult &connect,
                                             const QList<Certificate> &presented,
                                             const UserProfile &user, Interface iface,
                                             const TrustSnapshot &snapshot)
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
        QList<Certificate> candidates =
            snapshot.certificatesNamed(X509_get_issuer_name(leaf.x509()));
        candidates << presented.mid(1);
        for (const Certificate &candidate : candidates) {
            if (leaf.isSignedBy(candidate)) {
                result.issuingCa = candidate;
                break;
            }
        }
    }
    result.issuingCaApproved = snapshot.isApproved(result.issuingCa);
    const QString caLabel = result.issuingCa.isNull() ? QString() : quoted(result.issuingCa);
    QString caProblem;
    if (result.issuingCa.isNull()) {
        caProblem = tr("its issuing CA is not known");
    } else if (!result.issuingCaApproved) {
        caProblem = snapshot.hasApprovedName(X509_get_subject_name(result.issuingCa.x509()))
                        ? tr("its issuing CA %1 has the name of an approved CA but a different key")
                              .arg(caLabel)
                        : tr("its issuing CA %1 is not on the approved CA list").arg(caLabel);
    }

    QString cnProblem;
    const QString cn = CommonName::usable(leaf, &cnProblem);

    ConditionCheck a1{Condition::A1, false, QString()};
    const QString thumbprint = leaf.thumbprint().key();
    a1.ok = user.thumbprints.contains(thumbprint);
    a1.reason = a1.ok ? tr("thumbprint %1 is on the profile of '%2'")
                            .arg(leaf.thumbprint().grouped(), user.username)
                      : tr("thumbprint %1 is not on the profile of '%2'")
                            .arg(leaf.thumbprint().grouped(), user.username);

    ConditionCheck a2{Condition::A2, false, QString()};
    bool cnOnProfile = false;
    for (const QString &accepted : user.commonNames)
        cnOnProfile = cnOnProfile || (!cn.isEmpty() && CommonName::equal(accepted, cn));
    if (!cnProblem.isEmpty()) {
        a2.reason = tr("the CN cannot be used: %1").arg(cnProblem);
    } else if (!cnOnProfile) {
        a2.reason = user.commonNames.isEmpty()
                        ? tr("CN '%1' is not on the profile of '%2' (it has no accepted CNs)")
                              .arg(cn, user.username)
                        : tr("CN '%1' is not on the profile of '%2' (accepted CNs: %3)")
                              .arg(cn, user.username, user.commonNames.join(QStringLiteral(", ")));
    } else if (!caProblem.isEmpty()) {
        a2.reason = tr("CN '%1' is on the profile, but %2").arg(cn, caProblem);
    } else {
        a2.ok = true;
        a2.reason = tr("CN '%1' is on the profile of '%2' and its issuing CA %3 is approved")
                        .arg(cn, user.username, caLabel);
    }

    ConditionCheck a3{Condition::A3, false, QString()};
    const bool matchesName =
        !cn.isEmpty() &&
        (CommonName::equal(cn, user.username) ||
         (!user.fullName.trimmed().isEmpty() && CommonName::equal(cn, user.fullName)));
    if (!snapshot.organisation().matchCn) {
        a3.reason = tr("the organisation's Match CN to username/full name option is off");
    } else if (!cnProblem.isEmpty()) {
        a3.reason = tr("the CN cannot be used: %1").arg(cnProblem);
    } else if (!matchesName) {
        a3.reason = tr("CN '%1' matches neither the username '%2' nor the full name '%3'")
                        .arg(cn, user.username, user.fullName);
    } else if (!caProblem.isEmpty()) {
        a3.reason = tr("CN '%1' matches the user's name, but %2").arg(cn, caProblem);
    } else {
        a3.ok = true;
        a3.reason = tr("Match CN is on, CN '%1' matches the user's name and its issuing CA %2 is "
                       "approved")
                        .arg(cn, caLabel);
    }

    result.checks << a1 << a2 << a3;
    if (user.disabled) {
        for (ConditionCheck &check : result.checks) {
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
        QString problem;
        const QString cn = CommonName::usable(leaf, &problem);
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
                              Interface iface, const TrustSnapshot &snapshot, const QDateTime &at)
{
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
    verdict.connect = connect(presented, snapshot, at);
    if (user)
        verdict.authenticate =
            authenticate(verdict.certificate, verdict.connect, presented, *user, iface, snapshot);
    verdict.tank = tankProposals(verdict, user);
    return verdict;
}

} // namespace trustdesk
