#include "PathValidator.h"

#include <openssl/err.h>

#include <QVarLengthArray>

namespace trustdesk {

namespace {

struct ValidationState
{
    PathValidator::Options options;
    time_t at = 0;
    QList<PathError> errors;
    // Each certificate on the path with the issuer it must be given.
    QVarLengthArray<QPair<const X509 *, const X509 *>, 10> pins;
};

// OpenSSL's own check_issued, for everything off the pinned path (a CRL issuer's path).
X509_STORE_CTX_check_issued_fn defaultCheckIssued()
{
    static const X509_STORE_CTX_check_issued_fn function = [] {
        X509StorePtr store(X509_STORE_new());
        X509StoreCtxPtr ctx(X509_STORE_CTX_new());
        X509_STORE_CTX_init(ctx.get(), store.get(), nullptr, nullptr);
        return X509_STORE_CTX_get_check_issued(ctx.get());
    }();
    return function;
}

// An indirect CRL may speak for the certificate of its own issuer (PKITS 4.14.30): the
// issuer's revocation status then comes from the very list being checked. OpenSSL refuses
// to check a CRL's path inside a CRL's path, so it cannot settle this; the list's own
// entries can, once its signature is known to be the issuer's.
bool isSelfVouchingCrlIssuer(X509_STORE_CTX *ctx)
{
    const int code = X509_STORE_CTX_get_error(ctx);
    if (X509_STORE_CTX_get_error_depth(ctx) != 0 ||
        !(code == X509_V_ERR_CRL_PATH_VALIDATION_ERROR || code == X509_V_ERR_UNABLE_TO_GET_CRL))
        return false;
    X509_STORE_CTX *parent = X509_STORE_CTX_get0_parent_ctx(ctx);
    X509_CRL *crl = X509_STORE_CTX_get0_current_crl(parent);
    STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx);
    X509 *issuer = chain && sk_X509_num(chain) > 0 ? sk_X509_value(chain, 0) : nullptr;
    if (!crl || !issuer ||
        X509_NAME_cmp(X509_CRL_get_issuer(crl), X509_get_subject_name(issuer)) != 0)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(issuer);
    X509_REVOKED *entry = nullptr;
    const bool vouches =
        key && X509_CRL_verify(crl, key) == 1 && X509_CRL_get0_by_cert(crl, &entry, issuer) != 1;
    ERR_clear_error();
    return vouches;
}

// Records the error and lets OpenSSL go on, so that one run yields the whole path and
// every problem on it.
int collectError(int ok, X509_STORE_CTX *ctx)
{
    if (ok)
        return 1;
    // The path of a CRL's issuer, checked by OpenSSL in a context of its own: its failures
    // make that CRL unusable, which the parent then reports.
    if (X509_STORE_CTX_get0_parent_ctx(ctx))
        return isSelfVouchingCrlIssuer(ctx) ? 1 : ok;
    auto *state = static_cast<ValidationState *>(X509_STORE_CTX_get_app_data(ctx));
    if (!state)
        return ok;
    const int code = X509_STORE_CTX_get_error(ctx);
    if (code == X509_V_ERR_CERT_HAS_EXPIRED) {
        // RFC 5280 4.1.2.5: a certificate is valid up to and including its notAfter second;
        // OpenSSL 3.0 calls it expired at that second already.
        X509 *cert = X509_STORE_CTX_get_current_cert(ctx);
        if (cert && ASN1_TIME_cmp_time_t(X509_get0_notAfter(cert), state->at) == 0)
            return 1;
    }
    if (PathValidator::isRevocationDataError(code) && !state->options.requireRevocation)
        return 1; // stale, missing or unusable revocation data fails only when it is required
    state->errors.append({code, X509_STORE_CTX_get_error_depth(ctx)});
    return 1;
}

void push(STACK_OF(X509) * stack, const Certificate &cert)
{
    X509_up_ref(cert.x509());
    sk_X509_push(stack, cert.x509());
}

bool hasSubjectAltName(const Certificate &cert)
{
    return X509_get_ext_by_NID(cert.x509(), NID_subject_alt_name, -1) >= 0;
}

} // namespace

bool PathValidator::isRevocationDataError(int code)
{
    switch (code) {
    case X509_V_ERR_UNABLE_TO_GET_CRL:
    case X509_V_ERR_CRL_HAS_EXPIRED:
    case X509_V_ERR_CRL_NOT_YET_VALID:
    case X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER:
    case X509_V_ERR_UNHANDLED_CRITICAL_CRL_EXTENSION:
    case X509_V_ERR_DIFFERENT_CRL_SCOPE:
    case X509_V_ERR_CRL_PATH_VALIDATION_ERROR:
    case X509_V_ERR_KEYUSAGE_NO_CRL_SIGN:
    case X509_V_ERR_ERROR_IN_CRL_LAST_UPDATE_FIELD:
    case X509_V_ERR_ERROR_IN_CRL_NEXT_UPDATE_FIELD:
        return true;
    default:
        return false;
    }
}

int PathValidator::checkIssued(X509_STORE_CTX *ctx, X509 *subject, X509 *issuer)
{
    const auto *state = static_cast<const ValidationState *>(X509_STORE_CTX_get_app_data(ctx));
    if (state && !X509_STORE_CTX_get0_parent_ctx(ctx)) {
        for (const auto &pin : state->pins) {
            if (pin.first == subject)
                return pin.second == issuer ? 1 : 0;
        }
    }
    return defaultCheckIssued()(ctx, subject, issuer);
}

PathValidation PathValidator::run(const PathCandidate &path, const TrustSnapshot &snapshot,
                                  const QList<Certificate> &crlIssuers, const QDateTime &at,
                                  const Options &options)
{
    PathValidation out;
    const QList<Certificate> &certs = path.certificates;
    const Certificate &leaf = certs.first();
    const int top = certs.size() - 1;

    ValidationState state;
    state.options = options;
    state.at = time_t(at.toSecsSinceEpoch());
    for (int i = 0; i < top; ++i)
        state.pins.append({certs.at(i).x509(), certs.at(i + 1).x509()});

    X509StackPtr trusted(sk_X509_new_null());
    X509StackPtr untrusted(sk_X509_new_null());
    if (path.anchored)
        push(trusted.get(), certs.at(top));
    for (int i = 1; i < (path.anchored ? top : top + 1); ++i)
        push(untrusted.get(), certs.at(i));
    const bool revocation = options.checkRevocation || options.requireRevocation;
    if (revocation) {
        for (const Certificate &cert : crlIssuers) {
            if (!certs.contains(cert))
                push(untrusted.get(), cert);
        }
    }

    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx ||
        X509_STORE_CTX_init(ctx.get(), snapshot.store(), leaf.x509(), untrusted.get()) != 1) {
        ERR_clear_error();
        out.errors.append({X509_V_ERR_OUT_OF_MEM, 0});
        out.chain << leaf;
        return out;
    }
    // Only the path's top is trusted; the store still serves the CRLs and, for a CRL
    // issuer's own path, the installed anchors.
    X509_STORE_CTX_set0_trusted_stack(ctx.get(), trusted.get());
    // Direct CRLs are found in the store by the issuer's name; indirect ones by their scope.
    if (revocation && sk_X509_CRL_num(snapshot.indirectRevocationLists()) > 0)
        X509_STORE_CTX_set0_crls(ctx.get(), snapshot.indirectRevocationLists());
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_time(param, state.at);
    unsigned long flags = X509_V_FLAG_PARTIAL_CHAIN;
    if (revocation)
        flags |= X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL |
                 X509_V_FLAG_EXTENDED_CRL_SUPPORT | X509_V_FLAG_USE_DELTAS;
    X509_VERIFY_PARAM_set_flags(param, flags);
    // A DNS name constraint applies to the CN only when there is no subjectAltName at all
    // (RFC 5280 4.2.1.10 speaks of the SAN; the CN is a legacy fallback for certificates
    // without one). OpenSSL also checks it beside an e-mail-only or IP-only SAN.
    if (hasSubjectAltName(leaf))
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NEVER_CHECK_SUBJECT);
    X509_STORE_CTX_set_app_data(ctx.get(), &state);
    X509_STORE_CTX_set_verify_cb(ctx.get(), collectError);

    X509_verify_cert(ctx.get());
    ERR_clear_error();

    // The chain is the proposed path (pinned), possibly cut short where an issuer failed;
    // the path's own values are reused so no certificate is wrapped twice.
    STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get());
    const int built = chain ? sk_X509_num(chain) : 0;
    for (int i = 0; i < built; ++i) {
        X509 *x = sk_X509_value(chain, i);
        out.chain << (i <= top && certs.at(i).x509() == x ? certs.at(i) : Certificate::share(x));
    }
    if (out.chain.isEmpty())
        out.chain << leaf;
    out.errors = state.errors;
    return out;
}

} // namespace trustdesk
