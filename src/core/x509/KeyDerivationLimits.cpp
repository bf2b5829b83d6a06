#include "KeyDerivationLimits.h"

#include <openssl/err.h>

namespace trustdesk {

namespace {

using PbeParamPtr = OpenSslPtr<PBEPARAM, PBEPARAM_free>;
using Pbe2ParamPtr = OpenSslPtr<PBE2PARAM, PBE2PARAM_free>;
using Pbkdf2ParamPtr = OpenSslPtr<PBKDF2PARAM, PBKDF2PARAM_free>;
using ScryptParamsPtr = OpenSslPtr<SCRYPT_PARAMS, SCRYPT_PARAMS_free>;

inline void freePkcs7Stack(STACK_OF(PKCS7) * stack)
{
    sk_PKCS7_pop_free(stack, PKCS7_free);
}
using Pkcs7StackPtr = OpenSslPtr<STACK_OF(PKCS7), freePkcs7Stack>;

inline void freeSafeBagStack(STACK_OF(PKCS12_SAFEBAG) * stack)
{
    sk_PKCS12_SAFEBAG_pop_free(stack, PKCS12_SAFEBAG_free);
}
using SafeBagStackPtr = OpenSslPtr<STACK_OF(PKCS12_SAFEBAG), freeSafeBagStack>;

// An ASN.1 INTEGER as a count; a negative or unreadable one counts as too many.
qint64 count(const ASN1_INTEGER *value)
{
    int64_t out = 0;
    if (!value || ASN1_INTEGER_get_int64(&out, value) != 1 || out < 0) {
        ERR_clear_error();
        return std::numeric_limits<qint64>::max();
    }
    return qint64(out);
}

QString iterationsExcess(qint64 iterations)
{
    if (iterations <= KeyDerivationLimits::MaxIterations)
        return QString();
    return KeyDerivationLimits::tr("it asks for %1 key-derivation rounds (at most %2 are done)")
        .arg(iterations)
        .arg(KeyDerivationLimits::MaxIterations);
}

QString pbkdf2Excess(const X509_ALGOR *keyDerivation)
{
    if (!keyDerivation || !keyDerivation->parameter ||
        keyDerivation->parameter->type != V_ASN1_SEQUENCE)
        return QString();
    const int nid = OBJ_obj2nid(keyDerivation->algorithm);
    if (nid == NID_id_pbkdf2) {
        const Pbkdf2ParamPtr kdf(static_cast<PBKDF2PARAM *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), keyDerivation->parameter)));
        ERR_clear_error();
        return kdf ? iterationsExcess(count(kdf->iter)) : QString();
    }
    if (nid == NID_id_scrypt) {
        const ScryptParamsPtr kdf(static_cast<SCRYPT_PARAMS *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(SCRYPT_PARAMS), keyDerivation->parameter)));
        ERR_clear_error();
        if (!kdf)
            return QString();
        const qint64 n = count(kdf->costParameter);
        const qint64 r = count(kdf->blockSize);
        const qint64 p = count(kdf->parallelizationParameter);
        const auto limit = KeyDerivationLimits::MaxScryptMemory;
        // 128 * N * r * p, without overflowing on the way.
        const bool excessive = n > limit / 128 || r > limit / 128 || p > limit / 128 ||
                               n * r > limit / 128 || n * r * p > limit / 128;
        return excessive ? KeyDerivationLimits::tr("it asks for scrypt with N=%1, r=%2, p=%3 (more "
                                                   "than %4 MiB of memory)")
                               .arg(n)
                               .arg(r)
                               .arg(p)
                               .arg(limit / (1024 * 1024))
                         : QString();
    }
    return QString();
}

} // namespace

QString KeyDerivationLimits::excess(const X509_ALGOR *algorithm)
{
    if (!algorithm || !algorithm->parameter || algorithm->parameter->type != V_ASN1_SEQUENCE)
        return QString();
    if (OBJ_obj2nid(algorithm->algorithm) == NID_pbes2) {
        const Pbe2ParamPtr pbe2(static_cast<PBE2PARAM *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter)));
        ERR_clear_error();
        return pbe2 ? pbkdf2Excess(pbe2->keyfunc) : QString();
    }
    // The PKCS#5 v1.5 and PKCS#12 schemes (3DES, RC2, RC4): salt and iteration count.
    const PbeParamPtr pbe(static_cast<PBEPARAM *>(
        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), algorithm->parameter)));
    ERR_clear_error();
    return pbe ? iterationsExcess(count(pbe->iter)) : QString();
}

QString KeyDerivationLimits::macExcess(const PKCS12 *p12)
{
    const ASN1_INTEGER *iterations = nullptr;
    PKCS12_get0_mac(nullptr, nullptr, nullptr, &iterations, p12);
    if (!iterations)
        return QString(); // absent: one round
    const QString excessive = iterationsExcess(count(iterations));
    return excessive.isEmpty() ? QString() : tr("its integrity check (MAC): %1").arg(excessive);
}

QString KeyDerivationLimits::excess(PKCS12 *p12, const QByteArray &passphrase)
{
    const QString mac = macExcess(p12);
    if (!mac.isEmpty())
        return mac;
    const Pkcs7StackPtr parts(PKCS12_unpack_authsafes(p12));
    ERR_clear_error();
    if (!parts)
        return QString(); // unreadable: PKCS12_parse will say so
    const auto bagsExcess = [](STACK_OF(PKCS12_SAFEBAG) * bags) {
        for (int j = 0; bags && j < sk_PKCS12_SAFEBAG_num(bags); ++j) {
            const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, j);
            if (PKCS12_SAFEBAG_get_nid(bag) != NID_pkcs8ShroudedKeyBag)
                continue;
            const X509_ALGOR *algorithm = nullptr;
            X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, nullptr);
            const QString excessive = excess(algorithm);
            if (!excessive.isEmpty())
                return tr("its encrypted private key: %1").arg(excessive);
        }
        return QString();
    };
    for (int i = 0; i < sk_PKCS7_num(parts.get()); ++i) {
        PKCS7 *part = sk_PKCS7_value(parts.get(), i);
        const int nid = OBJ_obj2nid(part->type);
        if (nid == NID_pkcs7_data) {
            const SafeBagStackPtr bags(PKCS12_unpack_p7data(part));
            ERR_clear_error();
            const QString excessive = bagsExcess(bags.get());
            if (!excessive.isEmpty())
                return excessive;
        } else if (nid == NID_pkcs7_encrypted && part->d.encrypted && part->d.encrypted->enc_data) {
            const QString excessive = excess(part->d.encrypted->enc_data->algorithm);
            if (!excessive.isEmpty())
                return tr("its encrypted contents: %1").arg(excessive);
            const SafeBagStackPtr bags(
                PKCS12_unpack_p7encdata(part, passphrase.constData(), int(passphrase.size())));
            ERR_clear_error();
            const QString inner = bagsExcess(bags.get());
            if (!inner.isEmpty())
                return inner;
        }
    }
    return QString();
}

} // namespace trustdesk
