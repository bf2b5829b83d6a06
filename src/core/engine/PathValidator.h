// Validates exactly one proposed path with OpenSSL, configured the TrustDesk way: the
// path's top certificate is the only trust anchor (any installed certificate is one:
// partial chains), the time is a parameter, CRLs are checked when there are any (with
// indirect CRLs, separate CRL keys and delta CRLs), and every error is collected, not just
// the last, so the engine can name the real cause.
//
// OpenSSL picks issuers by name and key identifier on its own; a check_issued hook on the
// snapshot's store pins it to the proposed path, so that a same-name certificate among the
// CRL issuers cannot slip in.
#pragma once

#include "../x509/Certificate.h"
#include "PathBuilder.h"

#include <QDateTime>
#include <QList>

namespace trustdesk {

struct PathError
{
    int code = 0;  // X509_V_ERR_*
    int depth = 0; // index in the chain, leaf = 0
};

struct PathValidation
{
    QList<Certificate> chain; // as validated, leaf first
    QList<PathError> errors;
};

class PathValidator
{
public:
    struct Options
    {
        bool checkRevocation = false;   // consult the store's CRLs
        bool requireRevocation = false; // a missing or unusable CRL is an error
    };

    // `path.anchored`: its last certificate is trusted directly; otherwise nothing is, and
    // the errors say so. `crlIssuers` are certificates that may have signed a CRL (they
    // are offered to OpenSSL for CRL checks only).
    static PathValidation run(const PathCandidate &path, const TrustSnapshot &snapshot,
                              const QList<Certificate> &crlIssuers, const QDateTime &at,
                              const Options &options);

    // Installed on every snapshot's X509_STORE: keeps OpenSSL on the proposed path.
    static int checkIssued(X509_STORE_CTX *ctx, X509 *subject, X509 *issuer);

    // Errors that mean "no usable revocation data" rather than "revoked".
    static bool isRevocationDataError(int code);
};

} // namespace trustdesk
