#include "PathAssessment.h"

#include "PathValidator.h"
#include "TrustEngine.h"

#include <openssl/err.h>

namespace trustdesk {

namespace {

QString day(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

QString issuerLabelOf(const Certificate &cert)
{
    return Certificate::nameLabel(X509_get_issuer_name(cert.x509()));
}

bool isNoAnchorError(int code)
{
    return code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT ||
           code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY ||
           code == X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE ||
           code == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT ||
           code == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN;
}

bool isCrlError(int code)
{
    return PathValidator::isRevocationDataError(code) || code == X509_V_ERR_CERT_REVOKED ||
           code == X509_V_ERR_CRL_SIGNATURE_FAILURE ||
           code == X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE;
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

QString roleOf(int depth, int size, const Certificate &cert)
{
    if (depth == 0)
        return TrustEngine::tr("the certificate %1").arg(PathAssessment::quoted(cert));
    if (depth == size - 1 && cert.isSelfIssued())
        return TrustEngine::tr("root %1").arg(PathAssessment::quoted(cert));
    return TrustEngine::tr("intermediate %1").arg(PathAssessment::quoted(cert));
}

// The first CA above `depth` that carries name constraints: the one a violation is about.
Certificate constrainingCa(const PathReport &report, int depth)
{
    for (int i = depth + 1; i < report.chain.size(); ++i) {
        const Certificate &ca = report.chain.at(i).certificate;
        if (X509_get_ext_by_NID(ca.x509(), NID_name_constraints, -1) >= 0)
            return ca;
    }
    return Certificate();
}

void translateError(PathReport &report, const PathError &error)
{
    const int size = report.chain.size();
    const int depth = qBound(0, error.depth, size - 1);
    const Certificate &cert = report.chain.at(depth).certificate;
    const auto role = [&] { return roleOf(depth, size, cert); };
    const auto quoted = PathAssessment::quoted;
    switch (error.code) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        report.add(ConnectFailure::Validity, depth, [&] {
            return TrustEngine::tr("%1 expired on %2").arg(role(), day(cert.notAfter()));
        });
        return;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        report.add(ConnectFailure::Validity, depth, [&] {
            return TrustEngine::tr("%1 is not valid before %2").arg(role(), day(cert.notBefore()));
        });
        return;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
    case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY: {
        const bool hasIssuer = depth + 1 < size;
        report.chain[depth].signatureOk = false;
        if (report.brokenLink < 0 || depth < report.brokenLink)
            report.brokenLink = depth;
        report.add(ConnectFailure::Signature, depth, [&] {
            return hasIssuer
                       ? TrustEngine::tr("the signature on %1 does not verify with the key of its "
                                         "issuer %2 (%3): a different key with the same name, or "
                                         "a damaged certificate")
                             .arg(quoted(cert), quoted(report.chain.at(depth + 1).certificate),
                                  PathAssessment::sourcePhrase(report.chain.at(depth + 1).source))
                       : TrustEngine::tr("the signature on %1 does not verify").arg(quoted(cert));
        });
        return;
    }
    case X509_V_ERR_INVALID_CA:
        report.add(ConnectFailure::NotCa, depth, [&] {
            return TrustEngine::tr("%1 is not a CA but signed %2")
                .arg(quoted(cert), quoted(report.chain.at(qMax(depth - 1, 0)).certificate));
        });
        return;
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        report.add(ConnectFailure::NotCa, depth, [&] {
            return TrustEngine::tr("the key usage of %1 does not allow signing certificates")
                .arg(quoted(cert));
        });
        return;
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        report.add(ConnectFailure::PathLength, depth, [&] {
            return TrustEngine::tr("%1 allows at most %2 CA certificate(s) below it "
                                   "(pathLen), and this path has more")
                .arg(quoted(cert))
                .arg(cert.pathLength());
        });
        return;
    case X509_V_ERR_CERT_REVOKED:
        report.add(ConnectFailure::Revoked, depth, [&] {
            return TrustEngine::tr("%1 is revoked (listed in the revocation list of '%2')")
                .arg(role(), issuerLabelOf(cert));
        });
        return;
    case X509_V_ERR_UNABLE_TO_GET_CRL:
    case X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER:
    case X509_V_ERR_DIFFERENT_CRL_SCOPE:
        report.add(ConnectFailure::RevocationUnavailable, depth, [&] {
            return TrustEngine::tr("no usable revocation list from '%1' covers %2, and "
                                   "the organisation requires revocation data")
                .arg(issuerLabelOf(cert), role());
        });
        return;
    case X509_V_ERR_CRL_HAS_EXPIRED:
    case X509_V_ERR_CRL_NOT_YET_VALID:
    case X509_V_ERR_ERROR_IN_CRL_LAST_UPDATE_FIELD:
    case X509_V_ERR_ERROR_IN_CRL_NEXT_UPDATE_FIELD:
        report.add(ConnectFailure::RevocationUnavailable, depth, [&] {
            return TrustEngine::tr("the revocation list from '%1' that covers %2 is out "
                                   "of date, and the organisation requires revocation "
                                   "data")
                .arg(issuerLabelOf(cert), role());
        });
        return;
    case X509_V_ERR_UNHANDLED_CRITICAL_CRL_EXTENSION:
    case X509_V_ERR_CRL_PATH_VALIDATION_ERROR:
    case X509_V_ERR_KEYUSAGE_NO_CRL_SIGN:
        report.add(ConnectFailure::RevocationUnavailable, depth, [&] {
            return TrustEngine::tr("the revocation list from '%1' that covers %2 cannot "
                                   "be used (%3), and the organisation requires "
                                   "revocation data")
                .arg(issuerLabelOf(cert), role(),
                     QString::fromUtf8(X509_verify_cert_error_string(error.code)));
        });
        return;
    case X509_V_ERR_CRL_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE:
        report.add(ConnectFailure::Other, depth, [&] {
            return TrustEngine::tr("the revocation list that covers %1 has a signature "
                                   "that does not verify")
                .arg(role());
        });
        return;
    case X509_V_ERR_UNHANDLED_CRITICAL_EXTENSION:
        report.add(ConnectFailure::CriticalExtension, depth, [&] {
            return TrustEngine::tr("%1 has a critical extension that is not understood (%2)")
                .arg(role(), unknownCriticalExtension(cert));
        });
        return;
    case X509_V_ERR_PERMITTED_VIOLATION:
    case X509_V_ERR_EXCLUDED_VIOLATION:
    case X509_V_ERR_SUBTREE_MINMAX:
    case X509_V_ERR_UNSUPPORTED_CONSTRAINT_TYPE:
    case X509_V_ERR_UNSUPPORTED_CONSTRAINT_SYNTAX:
    case X509_V_ERR_UNSUPPORTED_NAME_SYNTAX: {
        const Certificate ca = constrainingCa(report, depth);
        const auto caLabel = [&] {
            return ca.isNull() ? TrustEngine::tr("a CA above it") : quoted(ca);
        };
        report.add(ConnectFailure::NameConstraints, depth, [&] {
            return error.code == X509_V_ERR_EXCLUDED_VIOLATION
                       ? TrustEngine::tr("%1 has a name that the name constraints of %2 exclude")
                             .arg(role(), caLabel())
                   : error.code == X509_V_ERR_PERMITTED_VIOLATION
                       ? TrustEngine::tr("%1 has a name outside the names that %2 may certify "
                                         "(its name constraints)")
                             .arg(role(), caLabel())
                       : TrustEngine::tr("the name constraints of %1 cannot be applied to %2 "
                                         "(%3)")
                             .arg(caLabel(), role(),
                                  QString::fromUtf8(X509_verify_cert_error_string(error.code)));
        });
        return;
    }
    case X509_V_ERR_CERT_CHAIN_TOO_LONG:
        report.add(ConnectFailure::PathLength, depth, [&] {
            return TrustEngine::tr("the path above %1 is too long")
                .arg(quoted(report.chain.first().certificate));
        });
        return;
    default:
        if (isNoAnchorError(error.code))
            return; // explained once, by explainMissingAnchor
        report.add(ConnectFailure::Other, depth, [&] {
            return TrustEngine::tr("%1: %2").arg(
                role(), QString::fromUtf8(X509_verify_cert_error_string(error.code)));
        });
    }
}

// The digest a signature was made with, when it is one that collisions have broken.
QString brokenDigest(const Certificate &cert, bool *isSha1)
{
    int digest = NID_undef;
    if (X509_get_signature_info(cert.x509(), &digest, nullptr, nullptr, nullptr) != 1) {
        ERR_clear_error();
        return QString();
    }
    *isSha1 = digest == NID_sha1;
    switch (digest) {
    case NID_sha1:
        return QStringLiteral("SHA-1");
    case NID_md5:
    case NID_md5_sha1:
        return QStringLiteral("MD5");
    case NID_md4:
        return QStringLiteral("MD4");
    case NID_md2:
        return QStringLiteral("MD2");
    default:
        return QString();
    }
}

bool basicConstraintsCritical(const Certificate &cert)
{
    const int index = X509_get_ext_by_NID(cert.x509(), NID_basic_constraints, -1);
    return index >= 0 && X509_EXTENSION_get_critical(X509_get_ext(cert.x509(), index)) != 0;
}

// A DSA key whose domain parameters are left to be inherited from the issuer's key
// (RFC 5280 6.1.4): OpenSSL 3.0 cannot read it at all.
bool isDsaKeyWithoutParameters(const Certificate &cert)
{
    ASN1_OBJECT *algorithm = nullptr;
    X509_ALGOR *parameters = nullptr;
    if (X509_PUBKEY_get0_param(&algorithm, nullptr, nullptr, &parameters,
                               X509_get_X509_PUBKEY(cert.x509())) != 1)
        return false;
    int type = V_ASN1_UNDEF;
    X509_ALGOR_get0(nullptr, &type, nullptr, parameters);
    return OBJ_obj2nid(algorithm) == NID_dsa && (type == V_ASN1_UNDEF || type == V_ASN1_NULL);
}

// Keys OpenSSL cannot read make it give up with an unspecified error; name them instead.
// True when one was found.
bool checkReadableKeys(PathReport &report)
{
    bool unreadable = false;
    for (int i = 0; i < report.chain.size(); ++i) {
        const Certificate &cert = report.chain.at(i).certificate;
        if (X509_get0_pubkey(cert.x509())) {
            continue;
        }
        ERR_clear_error();
        unreadable = true;
        report.add(ConnectFailure::Other, i, [&] {
            return isDsaKeyWithoutParameters(cert)
                       ? TrustEngine::tr("the DSA key of %1 leaves its parameters to be inherited "
                                         "from its issuer's key (RFC 5280 6.1.4), which this "
                                         "version of TrustDesk cannot use")
                             .arg(PathAssessment::quoted(cert))
                       : TrustEngine::tr("the public key of %1 cannot be read")
                             .arg(PathAssessment::quoted(cert));
        });
    }
    return unreadable;
}

// The rules RULES.md states beyond OpenSSL's defaults, checked on the proposed path.
void checkProductRules(PathReport &report, const TrustSnapshot &snapshot)
{
    const auto quoted = PathAssessment::quoted;
    const int size = report.chain.size();
    const Certificate &leaf = report.chain.first().certificate;
    const uint32_t flags = X509_get_extension_flags(leaf.x509());
    if ((flags & EXFLAG_XKUSAGE) &&
        !(X509_get_extended_key_usage(leaf.x509()) & (XKU_SSL_CLIENT | XKU_ANYEKU))) {
        report.add(ConnectFailure::KeyUsage, 0, [&] {
            return TrustEngine::tr("the extended key usage of %1 does not allow client "
                                   "authentication")
                .arg(quoted(leaf));
        });
    }
    if ((flags & EXFLAG_KUSAGE) && !(X509_get_key_usage(leaf.x509()) & KU_DIGITAL_SIGNATURE)) {
        report.add(ConnectFailure::KeyUsage, 0, [&] {
            return TrustEngine::tr("the key usage of %1 does not allow digital signatures, "
                                   "which a TLS client must make")
                .arg(quoted(leaf));
        });
    }
    // Every signer must be a CA. Only an installed, self-signed v1 anchor is excused; in
    // particular an installed client certificate never signs for others.
    for (int i = 1; i < size; ++i) {
        const ChainElement &signer = report.chain.at(i);
        const Certificate &cert = signer.certificate;
        const bool v1Anchor =
            i == size - 1 && signer.installed && cert.version() == 1 && cert.isSelfIssued();
        if (!cert.isCa() && !v1Anchor)
            report.add(ConnectFailure::NotCa, i, [&] {
                return TrustEngine::tr("%1 is not a CA but signed %2")
                    .arg(quoted(cert), quoted(report.chain.at(i - 1).certificate));
            });
    }
    // Signatures below the anchor must not use a digest whose collisions can be made: a
    // forger could carry a signature over to a certificate of their own. The anchor's own
    // signature is never relied upon.
    const int signedBelow = report.anchored ? size - 1 : size;
    for (int i = 0; i < signedBelow; ++i) {
        const Certificate &cert = report.chain.at(i).certificate;
        bool isSha1 = false;
        const QString digest = brokenDigest(cert, &isSha1);
        if (digest.isEmpty())
            continue;
        if (isSha1 && snapshot.organisation().allowSha1Signatures) {
            if (report.explain)
                report.chain[i].warnings
                    << TrustEngine::tr("the signature on %1 uses SHA-1, which is "
                                       "no longer safe; accepted because the "
                                       "organisation allows SHA-1 signatures")
                           .arg(quoted(cert));
            continue;
        }
        report.add(ConnectFailure::WeakSignature, i, [&] {
            return isSha1
                       ? TrustEngine::tr("the signature on %1 uses SHA-1, which is no longer safe "
                                         "(certificates signed this way can be forged); its holder "
                                         "needs a certificate signed with SHA-256 or better")
                             .arg(quoted(cert))
                       : TrustEngine::tr("the signature on %1 uses %2, which is broken "
                                         "(certificates signed this way can be forged); its holder "
                                         "needs a certificate signed with SHA-256 or better")
                             .arg(quoted(cert), digest);
        });
    }
    // RFC 5280 profile rules the server product does not enforce: accepted, with a word.
    for (int i = 0; i < size && report.explain; ++i) {
        ChainElement &element = report.chain[i];
        const Certificate &cert = element.certificate;
        const bool isTop = i == size - 1;
        if (i > 0 && cert.isCa() && !basicConstraintsCritical(cert))
            element.warnings << TrustEngine::tr("the basic constraints of %1 are not marked "
                                                "critical, as RFC 5280 requires of a CA")
                                    .arg(quoted(cert));
        if (!(isTop && report.anchored) && !cert.isSelfIssued() &&
            !X509_get0_authority_key_id(cert.x509()))
            element.warnings << TrustEngine::tr("%1 does not name its issuer's key (no authority "
                                                "key identifier), so a same-name CA could only "
                                                "be told apart by trying its signature")
                                    .arg(quoted(cert));
        if (i > 0 && cert.isCa() && !X509_get0_subject_key_id(cert.x509()))
            element.warnings
                << TrustEngine::tr("the CA %1 has no subject key identifier").arg(quoted(cert));
    }
}

} // namespace

bool ProblemList::add(ConnectFailure kind, int depth, const QString &text)
{
    for (const Problem &p : std::as_const(m_problems)) {
        if (p.depth == depth && p.kind == kind && p.text == text)
            return false;
    }
    m_problems.append({kind, depth, text});
    return true;
}

void PathReport::addText(ConnectFailure kind, int depth, const QString &text)
{
    const int at = qBound(0, depth, int(chain.size()) - 1);
    if (!problems.add(kind, at, text))
        return;
    chain[at].ok = false;
    chain[at].problems << text;
}

bool ProblemList::contains(ConnectFailure kind) const
{
    return std::any_of(m_problems.cbegin(), m_problems.cend(),
                       [kind](const Problem &p) { return p.kind == kind; });
}

ProblemList::Problem ProblemList::primary() const
{
    static const ConnectFailure order[] = {ConnectFailure::IssuerMismatch,
                                           ConnectFailure::NoAnchor,
                                           ConnectFailure::Signature,
                                           ConnectFailure::WeakSignature,
                                           ConnectFailure::NotCa,
                                           ConnectFailure::PathLength,
                                           ConnectFailure::Revoked,
                                           ConnectFailure::Validity,
                                           ConnectFailure::KeyUsage,
                                           ConnectFailure::NameConstraints,
                                           ConnectFailure::CriticalExtension,
                                           ConnectFailure::RevocationUnavailable,
                                           ConnectFailure::Other};
    for (const ConnectFailure kind : order) {
        for (const Problem &p : m_problems) {
            if (p.kind == kind)
                return p;
        }
    }
    return m_problems.isEmpty() ? Problem() : m_problems.first();
}

QString PathAssessment::quoted(const Certificate &cert)
{
    return QStringLiteral("'%1'").arg(cert.displayName());
}

QString PathAssessment::sourcePhrase(CertificateSource source)
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

bool PathAssessment::isRevokedByTrustedList(const Certificate &cert,
                                            const QList<Certificate> &known,
                                            const TrustSnapshot &snapshot, bool *anyList)
{
    if (anyList)
        *anyList = false;
    const X509_NAME *issuerName = X509_get_issuer_name(cert.x509());
    const QList<RevocationList> lists = snapshot.revocationListsBy(issuerName);
    if (lists.isEmpty())
        return false;
    QList<Certificate> signers = snapshot.certificatesNamed(issuerName);
    for (const Certificate &c : known) {
        if (X509_NAME_cmp(issuerName, X509_get_subject_name(c.x509())) == 0 && !signers.contains(c))
            signers << c;
    }
    bool revoked = false;
    for (const RevocationList &list : lists) {
        // Trusted: signed by a certificate with the list's issuer name that is installed or
        // chains to an installed one (a re-keyed CA signs with its new key).
        const bool trusted =
            std::any_of(signers.cbegin(), signers.cend(), [&](const Certificate &s) {
                EVP_PKEY *key = X509_get0_pubkey(s.x509());
                return key && X509_CRL_verify(list.crl(), key) == 1 &&
                       (snapshot.isInstalled(s) || !snapshot.installedAnchorOf(s).isNull());
            });
        ERR_clear_error();
        if (!trusted)
            continue;
        if (anyList)
            *anyList = true;
        X509_REVOKED *entry = nullptr;
        if (X509_CRL_get0_by_cert(list.crl(), &entry, cert.x509()) == 1)
            revoked = true;
    }
    return revoked;
}

void PathAssessment::explainMissingAnchor(PathReport &report)
{
    const int top = report.chain.size() - 1;
    const Certificate &cert = report.chain.at(top).certificate;
    if (cert.isSelfIssued()) {
        report.add(ConnectFailure::NoAnchor, top, [&] {
            return top == 0
                       ? TrustEngine::tr("%1 is self-signed and not installed in the trusted root "
                                         "store")
                             .arg(quoted(cert))
                       : TrustEngine::tr(
                             "the path ends at the root %1 (%2), which is not installed "
                             "in the trusted root store")
                             .arg(quoted(cert), sourcePhrase(report.chain.at(top).source));
        });
        return;
    }
    const auto issuerLabel = [&] { return issuerLabelOf(cert); };
    if (top == 0) {
        report.add(ConnectFailure::NoAnchor, top, [&] {
            return TrustEngine::tr("issuer '%1' of %2 is not installed and was not sent "
                                   "by the client")
                .arg(issuerLabel(), quoted(cert));
        });
    } else {
        report.add(ConnectFailure::NoAnchor, top, [&] {
            return TrustEngine::tr("issuer %1 was found (%2) but no certificate above it "
                                   "is installed; its issuer '%3' is neither installed "
                                   "nor sent by the client")
                .arg(quoted(cert), sourcePhrase(report.chain.at(top).source), issuerLabel());
        });
    }
}

PathReport PathAssessment::assess(const PathCandidate &path, const QList<Certificate> &presented,
                                  const TrustSnapshot &snapshot, const QDateTime &at, bool explain)
{
    PathValidator::Options options;
    options.requireRevocation = snapshot.organisation().requireRevocation;
    options.checkRevocation = snapshot.hasRevocationLists();
    QList<Certificate> crlIssuers;
    if (options.checkRevocation || options.requireRevocation) {
        crlIssuers = snapshot.crlIssuers();
        for (int i = 1; i < presented.size(); ++i)
            crlIssuers << presented.at(i);
    }
    const PathValidation validation = PathValidator::run(path, snapshot, crlIssuers, at, options);

    PathReport report;
    report.explain = explain;
    report.anchored = path.anchored;
    const int size = path.certificates.size();
    for (int i = 0; i < size; ++i) {
        ChainElement element;
        element.certificate = path.certificates.at(i);
        element.source =
            i == size - 1 && path.anchored ? CertificateSource::RootStore : path.sources.at(i);
        element.installed = snapshot.isInstalled(element.certificate);
        element.approved = explain && snapshot.isApproved(element.certificate); // for display
        report.chain << element;
    }

    const int top = size - 1;
    const Certificate &anchor = path.certificates.at(top);
    const bool anchorSelfSigned =
        path.anchored && anchor.isSelfIssued() && X509_self_signed(anchor.x509(), 0) == 1;
    ERR_clear_error();
    // Where OpenSSL could not verify a CRL with the path's issuer, it took that issuer for
    // the list's signer; a CA that was re-keyed signs its list with its new key, which only a
    // same-name certificate has. Revocation at those depths is decided here instead.
    QList<int> unverifiedListDepths;
    for (const PathError &error : validation.errors) {
        if (error.code == X509_V_ERR_CRL_SIGNATURE_FAILURE && error.depth < top &&
            !unverifiedListDepths.contains(error.depth))
            unverifiedListDepths << error.depth;
    }
    const bool unreadableKey = checkReadableKeys(report);
    for (const PathError &error : validation.errors) {
        if (unreadableKey && error.code == X509_V_ERR_UNSPECIFIED)
            continue; // named by checkReadableKeys
        // The anchor is trusted directly: OpenSSL would take it for its own CRL issuer.
        // Its revocation is decided below, from its real issuer's list.
        if (path.anchored && error.depth == top && isCrlError(error.code))
            continue;
        if (unverifiedListDepths.contains(error.depth) &&
            (error.code == X509_V_ERR_CRL_SIGNATURE_FAILURE ||
             error.code == X509_V_ERR_CERT_REVOKED))
            continue;
        translateError(report, error);
    }
    for (const int depth : std::as_const(unverifiedListDepths)) {
        const Certificate &cert = report.chain.at(depth).certificate;
        bool anyList = false;
        if (isRevokedByTrustedList(cert, presented, snapshot, &anyList))
            translateError(report, {X509_V_ERR_CERT_REVOKED, depth});
        else if (!anyList)
            translateError(report, {X509_V_ERR_CRL_SIGNATURE_FAILURE, depth});
    }
    if (path.anchored && !anchorSelfSigned && isRevokedByTrustedList(anchor, presented, snapshot))
        report.add(ConnectFailure::Revoked, top, [&] {
            return TrustEngine::tr("%1 is installed, but revoked (listed in the "
                                   "revocation list of '%2')")
                .arg(quoted(anchor), issuerLabelOf(anchor));
        });
    checkProductRules(report, snapshot);
    return report;
}

PathReport PathAssessment::prefix(const PathCandidate &path, int length,
                                  const QList<Certificate> &presented,
                                  const TrustSnapshot &snapshot, const QDateTime &at, bool explain)
{
    PathCandidate cut;
    cut.certificates = path.certificates.mid(0, length);
    cut.sources = path.sources.mid(0, length);
    cut.anchored = false;
    return assess(cut, presented, snapshot, at, explain);
}

} // namespace trustdesk
