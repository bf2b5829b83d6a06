// Finds the certification paths a presented certificate could take up to an installed
// certificate, the way RFC 4158 describes: every candidate issuer (sent by the client,
// installed, or a known intermediate) with the right name is considered, the likeliest
// first, and the search backtracks when a path fails. Certificates that share a subject
// name (a CA renewed with a new key, a cross-signed CA, a same-name impostor) therefore
// never hide a valid path behind the first one found.
//
// The builder only proposes paths, by name and key identifier; it verifies no signature.
// The engine has each proposal validated (PathValidator) and stops at the first valid one,
// so the common case costs one validation, exactly like a plain verifier.
#pragma once

#include "../x509/Certificate.h"
#include "TrustSnapshot.h"
#include "Verdict.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace trustdesk {

// One proposed path: the leaf first, then each issuer.
struct PathCandidate
{
    QList<Certificate> certificates;
    QList<CertificateSource> sources;
    bool anchored = false; // the last certificate is installed (and is not the leaf)
};

class PathBuilder
{
public:
    struct Limits
    {
        int maxLength = 10;  // certificates in one path, the leaf included
        int maxVisits = 256; // candidate issuers pushed in one search
    };

    // `presented` is what the client sent, leaf first.
    PathBuilder(const QList<Certificate> &presented, const TrustSnapshot &snapshot,
                const QDateTime &at, Limits limits);
    PathBuilder(const QList<Certificate> &presented, const TrustSnapshot &snapshot,
                const QDateTime &at)
        : PathBuilder(presented, snapshot, at, Limits())
    {}

    // The next path in order of likelihood: anchored paths as they are reached, and dead
    // ends (a certificate whose issuer is nowhere to be found) so that a failure can be
    // explained. nullopt when every candidate has been tried.
    std::optional<PathCandidate> next();
    // True when the search stopped at a limit rather than running out of candidates.
    bool truncated() const { return m_truncated; }

    // Where a certificate comes from, as the explanation names it.
    CertificateSource sourceOf(const Certificate &cert) const;

private:
    struct Frame
    {
        Certificate certificate;
        CertificateSource source = CertificateSource::Unknown;
        bool expanded = false;
        QList<Certificate> candidates;
        int nextCandidate = 0;
    };

    QList<Certificate> issuerCandidates(const Certificate &cert) const;
    bool onPath(const Certificate &cert) const;
    PathCandidate currentPath(bool anchored) const;

    QList<Certificate> m_presented;
    const TrustSnapshot &m_snapshot;
    QDateTime m_at;
    Limits m_limits;
    QList<Frame> m_stack;
    int m_visits = 0;
    bool m_truncated = false;
};

} // namespace trustdesk
