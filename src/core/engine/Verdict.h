// Everything the engine decided about one certificate, and why. The chain explorer, the
// CLI's `explain`, the listener and the holding tank all read this one structure.
#pragma once

#include "../domain/Condition.h"
#include "../domain/CredentialKind.h"
#include "../domain/UserProfile.h"
#include "../x509/Certificate.h"
#include "Fix.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace trustdesk {

enum class CertificateSource
{
    Presented,
    RootStore,
    Intermediates,
    Unknown
};

// Why connect failed, for callers that react to the kind (the tank's untrusted-CA rule,
// the listener's IIS sub-status codes).
enum class ConnectFailure
{
    None,
    NoAnchor,       // nothing on the path is installed
    IssuerMismatch, // a certificate with the issuer's name exists but has another key
    Signature,
    WeakSignature, // a digest whose collisions can be made (MD5, SHA-1 unless allowed)
    Validity,
    NotCa,
    PathLength,
    Revoked,
    RevocationUnavailable,
    KeyUsage,
    NameConstraints,
    CriticalExtension,
    Other,
};

struct ChainElement
{
    Certificate certificate;
    CertificateSource source = CertificateSource::Unknown;
    bool installed = false;
    bool approved = false;
    bool ok = true;
    QStringList problems;    // about this certificate, in words a person can act on
    QStringList warnings;    // accepted, but worth a word (RFC 5280 profile lapses)
    bool signatureOk = true; // this certificate's signature verifies with the next one's key
};

struct RejectedCandidate
{
    Certificate certificate;
    CertificateSource source = CertificateSource::Unknown;
    int childIndex = 0; // the chain element it was a candidate issuer for
    QString reason;
    bool keyMismatch = false; // it has the issuer's name but did not sign the certificate
};

struct ConditionCheck
{
    Condition condition = Condition::None;
    bool ok = false;
    QString reason;
};

struct ConnectResult
{
    bool ok = false;
    Condition condition = Condition::None; // C1, C2, or None
    ConnectFailure failure = ConnectFailure::None;
    QList<ConnectFailure> failures; // every kind of problem on the path shown, `failure` first
    QList<ChainElement> chain;      // leaf first, as built
    Certificate anchor;
    QList<ConditionCheck> checks; // C1 and C2
    QList<RejectedCandidate> rejected;
    QString reason;
};

struct AuthenticateResult
{
    QString user;
    bool ok = false;
    Condition condition = Condition::None; // A1, A2, A3, or None
    QList<ConditionCheck> checks;          // always A1, A2, A3
    Certificate issuingCa;
    bool issuingCaApproved = false;
    QString commonName; // the certificate's usable CN (RULES 3), empty when it has none
    Policy policy = Policy::Password;
    bool certificateConsulted = true; // false when the interface's policy is password
    QString reason;
};

struct TankProposal
{
    CredentialKind kind = CredentialKind::Thumbprint;
    QString value;
    Certificate certificate;
};

struct Verdict
{
    Certificate certificate;
    QList<Certificate> presented; // what the client sent, leaf first
    QDateTime evaluatedAt;
    Interface interface = Interface::Https;
    ConnectResult connect;
    std::optional<AuthenticateResult> authenticate;
    QList<TankProposal> tank;
    // The fixes (FixFinder), when they were asked for; best first.
    std::optional<QList<Fix>> fixes;

    // The `explain --json` shape of CLI.md.
    QJsonObject toJson() const;
    // The same explanation as plain text for people (CLI output, tickets).
    QString toText() const;

    static QString sourceName(CertificateSource source); // "presented", "root-store", ...
    static QJsonObject certificateJson(const Certificate &cert);
};

} // namespace trustdesk
