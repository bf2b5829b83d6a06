// Identifies the user from the certificate alone, as an IIS site with client certificate
// mapping does (RULES.md section 3, "Identify without a username"): the connect conditions
// first (403.16, 403.17, 403.13; 403.7 without a certificate), then the enabled one-to-one
// mappings (the exact certificate), then the enabled many-to-one mappings in list order
// (all rules of a mapping; any value of a sub-field; '*' over the whole value); the first
// match decides: allow signs in as its user, deny refuses (403.12). Nothing matching is
// 401.2; an unknown or disabled user 401.1. Every mapping consulted is explained.
#pragma once

#include "../domain/CertificateMapping.h"
#include "TrustSnapshot.h"
#include "Verdict.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <optional>

namespace trustdesk {

// What IIS answers: status, sub-status and the Win32 status its log shows.
struct IisStatus
{
    int status = 0;
    int substatus = 0;
    quint32 win32 = 0;
    QString text() const; // "403.12"
    QJsonObject toJson() const;
};

struct MappingCheck
{
    qint64 id = 0;
    CertificateMapping::Kind kind = CertificateMapping::Kind::ManyToOne;
    QString label;
    bool consulted = true; // false: disabled, or an earlier mapping decided
    bool matched = false;
    QString reason;
};

struct Identification
{
    Q_DECLARE_TR_FUNCTIONS(Identification)
public:
    QList<Certificate> presented; // leaf first; empty: no certificate
    QDateTime evaluatedAt;
    std::optional<Verdict> verdict;            // the connect part; null without a certificate
    std::optional<CertificateMapping> mapping; // the one that decided
    QString user;                              // signed in as; empty: nobody
    QList<MappingCheck> checks;                // every mapping, in evaluation order
    IisStatus iis;
    QString reason;

    bool signedIn() const { return !user.isEmpty(); }
    // `identify --json` of CLI.md: certificate and connect as `explain --json`, and more.
    QJsonObject toJson() const;
    QString toText() const;
};

class CertificateMapper
{
    Q_DECLARE_TR_FUNCTIONS(CertificateMapper)
public:
    // `users` holds the profiles of the mapped users, by UserProfile key (toCaseFolded).
    static Identification identify(const QList<Certificate> &presented,
                                   const QList<CertificateMapping> &mappings,
                                   const QHash<QString, UserProfile> &users,
                                   const TrustSnapshot &snapshot, const QDateTime &at);

    // IIS's match: '*' is any run of characters (none included), the rest literal, over the
    // whole value. Case-insensitive as Windows compares: each character's uppercase.
    static bool patternMatches(const QString &pattern, const QString &value, bool caseSensitive);
};

} // namespace trustdesk
