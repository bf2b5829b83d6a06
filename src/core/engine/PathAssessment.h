// Judges one proposed path by every rule of RULES.md section 2: OpenSSL's validation of
// exactly that path (PathValidator), translated into causes a person can act on, and the
// rules TrustDesk states beyond OpenSSL's defaults (client authentication allowed, signers
// are CAs, no forgeable signature digests, the anchor itself not revoked). RFC 5280 profile
// lapses that the server product tolerates become warnings, not failures.
#pragma once

#include "PathBuilder.h"
#include "TrustSnapshot.h"
#include "Verdict.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <type_traits>

namespace trustdesk {

// The problems on one path, and the one that explains the failure best.
class ProblemList
{
public:
    struct Problem
    {
        ConnectFailure kind = ConnectFailure::Other;
        int depth = 0;
        QString text;
    };

    // False when the same text is already listed at that depth.
    bool add(ConnectFailure kind, int depth, const QString &text);
    bool isEmpty() const { return m_problems.isEmpty(); }
    int size() const { return int(m_problems.size()); }
    const QList<Problem> &all() const { return m_problems; }
    bool contains(ConnectFailure kind) const;
    // The root cause first: a path that leads nowhere trusted is the problem to fix before
    // anything on it matters.
    Problem primary() const;

private:
    QList<Problem> m_problems;
};

struct PathReport
{
    QList<ChainElement> chain;
    ProblemList problems;
    bool anchored = false; // the top of the chain is installed
    // Index of the first certificate whose signature does not verify with the next one's
    // key (-1: every signature verifies): such a "path" links a certificate to an issuer
    // that did not issue it.
    int brokenLink = -1;

    // False: decide only, write no texts (the listener, benchmarks).
    bool explain = true;

    // Lists a problem and marks the certificate it is about. `text` is a QString or a
    // function that makes one, called only when the report explains.
    template <typename Text> void add(ConnectFailure kind, int depth, Text &&text)
    {
        if constexpr (std::is_invocable_v<Text>)
            addText(kind, depth, explain ? QString(text()) : QString());
        else
            addText(kind, depth, explain ? QString(text) : QString());
    }

private:
    void addText(ConnectFailure kind, int depth, const QString &text);
};

class PathAssessment
{
public:
    // Validates `path` and applies the rules to it. `presented` is what the client sent.
    // With `explain` false, only the decision and the kinds of problems are worked out.
    static PathReport assess(const PathCandidate &path, const QList<Certificate> &presented,
                             const TrustSnapshot &snapshot, const QDateTime &at,
                             bool explain = true);

    // Explains why nothing above the top of an unanchored path is installed.
    static void explainMissingAnchor(PathReport &report);
    // The report of a path cut after `length` certificates, judged without an anchor (what
    // holds of a path whose next link is broken).
    static PathReport prefix(const PathCandidate &path, int length,
                             const QList<Certificate> &presented, const TrustSnapshot &snapshot,
                             const QDateTime &at, bool explain = true);

    // True when a revocation list of the snapshot, signed by a CA that can be trusted,
    // lists `cert` (for the anchor of a path, which OpenSSL does not check, and for CRLs
    // signed after a CA was re-keyed). `known` are further certificates that may have
    // signed such a list (the client's chain). `anyList` tells whether a trusted list
    // from `cert`'s issuer was found at all.
    static bool isRevokedByTrustedList(const Certificate &cert, const QList<Certificate> &known,
                                       const TrustSnapshot &snapshot, bool *anyList = nullptr);

    static QString quoted(const Certificate &cert);
    static QString sourcePhrase(CertificateSource source);
};

} // namespace trustdesk
