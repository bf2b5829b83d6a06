// One run of OpenSSL's path validation, configured the TrustDesk way: every installed
// certificate is an anchor (partial chains), the time is a parameter, CRLs are checked
// when there are any, and every error is collected (not just the last) so the engine can
// name the real cause.
#pragma once

#include "../x509/Certificate.h"

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
    QList<Certificate> chain; // as built, leaf first; may stop short of an anchor
    QList<PathError> errors;
};

class PathValidator
{
public:
    struct Options
    {
        bool checkRevocation = false;   // consult the store's CRLs
        bool requireRevocation = false; // a missing CRL is an error
    };

    static PathValidation run(X509_STORE *trusted, const Certificate &leaf,
                              const QList<Certificate> &untrusted, const QDateTime &at,
                              const Options &options);
};

} // namespace trustdesk
