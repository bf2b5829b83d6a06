#include "PrivateKey.h"

#include "KeyDerivationLimits.h"

#include "../InputError.h"
#include "Certificate.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace trustdesk {

PrivateKey PrivateKey::generate(KeyType type)
{
    EVP_PKEY *raw = nullptr;
    switch (type) {
    case KeyType::Rsa2048:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        break;
    case KeyType::Rsa3072:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072));
        break;
    case KeyType::Rsa4096:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(4096));
        break;
    case KeyType::EcP256:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case KeyType::EcP384:
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
        break;
    }
    if (!raw)
        throw std::runtime_error("key generation failed");
    PrivateKey key;
    key.m_key.reset(raw, EVP_PKEY_free);
    return key;
}

PrivateKey PrivateKey::share(EVP_PKEY *raw)
{
    PrivateKey key;
    if (raw) {
        EVP_PKEY_up_ref(raw);
        key.m_key.reset(raw, EVP_PKEY_free);
    }
    return key;
}

namespace {

// An encrypted PKCS#8 key names its own key-derivation work: refused when it asks too much.
void checkDerivationWork(const QByteArray &data, const QString &what)
{
    if (!data.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
        return;
    BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
    X509SigPtr sig(PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    if (!sig)
        return;
    const X509_ALGOR *algorithm = nullptr;
    X509_SIG_get0(sig.get(), &algorithm, nullptr);
    const QString excess = KeyDerivationLimits::excess(algorithm);
    if (!excess.isEmpty())
        throw InputError(PrivateKey::tr("%1: refused: %2").arg(what, excess));
}

} // namespace

PrivateKey PrivateKey::fromBytes(const QByteArray &data, const QByteArray &passphrase,
                                 const QString &what)
{
    checkDerivationWork(data, what);
    BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
    QByteArray pass = passphrase;
    EVP_PKEY *raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data());
    if (!raw) {
        const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
        raw = d2i_AutoPrivateKey(nullptr, &p, long(data.size()));
    }
    ERR_clear_error();
    if (!raw)
        throw InputError(tr("%1: not a private key, or the passphrase is wrong").arg(what));
    PrivateKey key;
    key.m_key.reset(raw, EVP_PKEY_free);
    return key;
}

PrivateKey PrivateKey::decrypt(const QByteArray &encryptedPem, const QByteArray &passphrase,
                               const QString &what)
{
    if (!encryptedPem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
        throw InputError(tr("%1: not an encrypted private key").arg(what));
    checkDerivationWork(encryptedPem, what);
    BioPtr bio(BIO_new_mem_buf(encryptedPem.constData(), int(encryptedPem.size())));
    QByteArray pass = passphrase;
    EVP_PKEY *raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data());
    ERR_clear_error();
    if (!raw)
        throw InputError(tr("%1: the passphrase is wrong").arg(what),
                         InputError::Reason::WrongPassphrase);
    PrivateKey key;
    key.m_key.reset(raw, EVP_PKEY_free);
    return key;
}

QString PrivateKey::description() const
{
    return Certificate::describeKey(m_key.get());
}

bool PrivateKey::matches(EVP_PKEY *publicKey) const
{
    const bool same = m_key && publicKey && EVP_PKEY_eq(m_key.get(), publicKey) == 1;
    ERR_clear_error();
    return same;
}

QByteArray PrivateKey::toEncryptedPem(const QByteArray &passphrase) const
{
    // PKCS#8 v2 encryption: PBKDF2 (HMAC-SHA256 is OpenSSL 3's default PRF) with
    // KdfIterations rounds, AES-256-CBC, a random salt and IV.
    using Pkcs8InfoPtr = OpenSslPtr<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>;
    Pkcs8InfoPtr info(EVP_PKEY2PKCS8(m_key.get()));
    X509SigPtr encrypted(info ? PKCS8_encrypt(-1, EVP_aes_256_cbc(), passphrase.constData(),
                                              int(passphrase.size()), nullptr, 0, KdfIterations,
                                              info.get())
                              : nullptr);
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!encrypted || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1) {
        ERR_clear_error();
        throw std::runtime_error("could not encrypt the private key");
    }
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(length));
}

bool PrivateKey::parseKeyType(const QString &text, KeyType *type)
{
    static const struct
    {
        const char *name;
        KeyType type;
    } names[] = {{"rsa2048", KeyType::Rsa2048},
                 {"rsa3072", KeyType::Rsa3072},
                 {"rsa4096", KeyType::Rsa4096},
                 {"ec256", KeyType::EcP256},
                 {"ec384", KeyType::EcP384}};
    for (const auto &entry : names) {
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            *type = entry.type;
            return true;
        }
    }
    return false;
}

QString PrivateKey::keyTypeName(KeyType type)
{
    switch (type) {
    case KeyType::Rsa2048:
        return QStringLiteral("rsa2048");
    case KeyType::Rsa3072:
        return QStringLiteral("rsa3072");
    case KeyType::Rsa4096:
        return QStringLiteral("rsa4096");
    case KeyType::EcP256:
        return QStringLiteral("ec256");
    case KeyType::EcP384:
        return QStringLiteral("ec384");
    }
    return QString();
}

} // namespace trustdesk
