#include "PathValidator.h"

#include <openssl/err.h>

namespace trustdesk {

namespace {

struct Collector
{
    PathValidator::Options options;
    QList<PathError> errors;
};

bool isRevocationDataError(int code)
{
    return code == X509_V_ERR_UNABLE_TO_GET_CRL || code == X509_V_ERR_CRL_HAS_EXPIRED ||
           code == X509_V_ERR_CRL_NOT_YET_VALID || code == X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER;
}

// Records the error and lets OpenSSL go on, so that one run yields the whole path and
// every problem on it.
int collectError(int ok, X509_STORE_CTX *ctx)
{
    if (ok)
        return 1;
    auto *collector = static_cast<Collector *>(X509_STORE_CTX_get_app_data(ctx));
    const int code = X509_STORE_CTX_get_error(ctx);
    if (isRevocationDataError(code) && !collector->options.requireRevocation)
        return 1; // stale or missing revocation data fails only when it is required
    collector->errors.append({code, X509_STORE_CTX_get_error_depth(ctx)});
    return 1;
}

} // namespace

PathValidation PathValidator::run(X509_STORE *trusted, const Certificate &leaf,
                                  const QList<Certificate> &untrusted, const QDateTime &at,
                                  const Options &options)
{
    PathValidation out;
    X509StackPtr stack(sk_X509_new_null());
    for (const Certificate &cert : untrusted) {
        X509_up_ref(cert.x509());
        sk_X509_push(stack.get(), cert.x509());
    }
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    Collector collector{options, {}};
    if (!ctx || X509_STORE_CTX_init(ctx.get(), trusted, leaf.x509(), stack.get()) != 1) {
        ERR_clear_error();
        out.errors.append({X509_V_ERR_OUT_OF_MEM, 0});
        out.chain << leaf;
        return out;
    }
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch()));
    unsigned long flags = X509_V_FLAG_PARTIAL_CHAIN;
    if (options.checkRevocation || options.requireRevocation)
        flags |= X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL;
    X509_VERIFY_PARAM_set_flags(param, flags);
    X509_STORE_CTX_set_app_data(ctx.get(), &collector);
    X509_STORE_CTX_set_verify_cb(ctx.get(), collectError);

    X509_verify_cert(ctx.get());
    ERR_clear_error();

    STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get());
    for (int i = 0; chain && i < sk_X509_num(chain); ++i)
        out.chain << Certificate::share(sk_X509_value(chain, i));
    if (out.chain.isEmpty())
        out.chain << leaf;
    out.errors = collector.errors;
    return out;
}

} // namespace trustdesk
