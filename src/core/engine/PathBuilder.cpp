#include "PathBuilder.h"

#include <openssl/err.h>

#include <algorithm>
#include <array>

namespace trustdesk {

namespace {

bool validAt(const Certificate &cert, time_t at)
{
    // Both ends inclusive (RFC 5280 4.1.2.5).
    return ASN1_TIME_cmp_time_t(X509_get0_notBefore(cert.x509()), at) <= 0 &&
           ASN1_TIME_cmp_time_t(X509_get0_notAfter(cert.x509()), at) >= 0;
}

} // namespace

PathBuilder::PathBuilder(const QList<Certificate> &presented, const TrustSnapshot &snapshot,
                         const QDateTime &at, Limits limits)
    : m_presented(presented), m_snapshot(snapshot), m_at(at), m_limits(limits)
{
    if (!m_presented.isEmpty() && !m_presented.first().isNull()) {
        Frame leaf;
        leaf.certificate = m_presented.first();
        leaf.source = CertificateSource::Presented;
        m_stack.append(leaf);
    }
}

CertificateSource PathBuilder::sourceOf(const Certificate &cert) const
{
    if (m_snapshot.isInstalled(cert))
        return CertificateSource::RootStore;
    if (m_presented.contains(cert))
        return CertificateSource::Presented;
    if (m_snapshot.isKnownIntermediate(cert))
        return CertificateSource::Intermediates;
    return CertificateSource::Unknown;
}

bool PathBuilder::onPath(const Certificate &cert) const
{
    return std::any_of(m_stack.cbegin(), m_stack.cend(),
                       [&cert](const Frame &frame) { return frame.certificate == cert; });
}

QList<Certificate> PathBuilder::issuerCandidates(const Certificate &cert) const
{
    X509 *x = cert.x509();
    // A certificate that names itself as issuer with a matching key identifier (or none)
    // is a root: nothing is above it. A self-issued certificate of a key rollover names an
    // older key, and the search goes on to the certificates with that name.
    if (X509_self_signed(x, 0) == 1) {
        ERR_clear_error();
        return {};
    }
    ERR_clear_error();
    const X509_NAME *issuerName = X509_get_issuer_name(x);
    QList<Certificate> found;
    const auto consider = [&](const Certificate &candidate) {
        if (candidate != cert && !onPath(candidate) && !found.contains(candidate))
            found << candidate;
    };
    for (int i = 1; i < m_presented.size(); ++i) {
        const Certificate &sent = m_presented.at(i);
        if (!sent.isNull() && X509_NAME_cmp(issuerName, X509_get_subject_name(sent.x509())) == 0)
            consider(sent);
    }
    for (const Certificate &known : m_snapshot.certificatesNamedAsIssuerOf(cert))
        consider(known);
    if (found.size() < 2)
        return found;

    // RFC 4158 section 3.5, in short: the issuer the key identifiers point at; an installed
    // one (the shortest path); one valid now; the client's own chain; the newest.
    const time_t at = time_t(m_at.toSecsSinceEpoch());
    using Rank = std::array<qint64, 5>;
    QList<QPair<Rank, Certificate>> ranked;
    for (const Certificate &candidate : std::as_const(found)) {
        const CertificateSource source = sourceOf(candidate);
        const Rank rank{
            X509_check_issued(candidate.x509(), x) == X509_V_OK ? 0 : 1,
            source == CertificateSource::RootStore ? 0 : 1,
            validAt(candidate, at) ? 0 : 1,
            source == CertificateSource::Presented ? 0 : 1,
            -candidate.notBefore().toSecsSinceEpoch(),
        };
        ranked.append({rank, candidate});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Certificate> out;
    for (const auto &entry : std::as_const(ranked))
        out << entry.second;
    return out;
}

PathCandidate PathBuilder::currentPath(bool anchored) const
{
    PathCandidate path;
    path.anchored = anchored;
    for (const Frame &frame : m_stack) {
        path.certificates << frame.certificate;
        path.sources << frame.source;
    }
    return path;
}

std::optional<PathCandidate> PathBuilder::next()
{
    while (!m_stack.isEmpty()) {
        const int depth = m_stack.size() - 1;
        Frame &top = m_stack.last();
        if (!top.expanded) {
            top.expanded = true;
            // Any installed certificate is an anchor: the path ends at the first one.
            if (depth > 0 && m_snapshot.isInstalled(top.certificate)) {
                PathCandidate path = currentPath(true);
                m_stack.removeLast();
                return path;
            }
            if (m_stack.size() < m_limits.maxLength)
                top.candidates = issuerCandidates(top.certificate);
            if (top.candidates.isEmpty()) {
                PathCandidate path = currentPath(false);
                m_stack.removeLast();
                return path;
            }
        }
        if (top.nextCandidate < top.candidates.size()) {
            if (m_visits >= m_limits.maxVisits) {
                m_truncated = true;
                m_stack.clear();
                break;
            }
            ++m_visits;
            Frame frame;
            frame.certificate = top.candidates.at(top.nextCandidate++);
            frame.source = sourceOf(frame.certificate);
            m_stack.append(frame);
            continue;
        }
        m_stack.removeLast();
    }
    return std::nullopt;
}

} // namespace trustdesk
