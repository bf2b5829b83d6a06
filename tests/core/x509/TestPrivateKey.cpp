// PrivateKey: keys are made, leave memory only as encrypted PKCS#8 (AES-256-CBC under
// PBKDF2-HMAC-SHA256), come back with the right passphrase, and a wrong one is refused with
// InputError::Reason::WrongPassphrase.
#include "support/ClearKeyBytes.h"
#include "support/InputErrorOf.h"
#include "support/TestPki.h"
#include "x509/PrivateKey.h"

#include <QTest>

#include <functional>
#include <openssl/err.h>
#include <openssl/pem.h>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

// Not ASCII, so the round trips show the passphrase's bytes are used as they are.
const QByteArray Passphrase = QStringLiteral("open sesame: Пароль ✓ ß").toUtf8();

} // namespace

class TestPrivateKey : public QObject
{
    Q_OBJECT

    PrivateKey key;
    Issued cert;
    QByteArray encrypted; // made once: 600,000 PBKDF2 rounds take a moment

private slots:
    void initTestCase()
    {
        cert = TestPki::selfSignedClient(QStringLiteral("Frank"));
        key = cert.key;
        encrypted = key.toEncryptedPem(Passphrase);
        QVERIFY(!encrypted.isEmpty());
    }

    void generateMakesEachKeyType()
    {
        QCOMPARE(PrivateKey::generate(KeyType::EcP256).description(),
                 QStringLiteral("EC prime256v1"));
        QCOMPARE(PrivateKey::generate(KeyType::EcP384).description(),
                 QStringLiteral("EC secp384r1"));
        QCOMPARE(PrivateKey::generate(KeyType::Rsa2048).description(), QStringLiteral("RSA 2048"));
    }

    void generateMakesANewKeyEachTime()
    {
        const PrivateKey a = PrivateKey::generate(KeyType::EcP256);
        const PrivateKey b = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(!a.isNull() && !b.isNull());
        QVERIFY(!a.matches(b.pkey()));
        QVERIFY(a.matches(a.pkey()));
    }

    void encryptedPemIsEncryptedPkcs8()
    {
        QVERIFY(encrypted.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        QVERIFY(encrypted.trimmed().endsWith("-----END ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!encrypted.contains("BEGIN PRIVATE KEY"));
        QVERIFY(!encrypted.contains("BEGIN EC PRIVATE KEY"));
        QVERIFY(!encrypted.contains("Proc-Type")); // not the old OpenSSL PEM encryption
        // The unencrypted PKCS#8 body is nowhere in it.
        const QByteArray plain = clearKeyPem(key);
        const QByteArray body = plain.mid(plain.indexOf('\n') + 1, 40);
        QVERIFY(!encrypted.contains(body));
    }

    void encryptedPemUsesAes256UnderPbkdf2Sha256()
    {
        using X509SigPtr = OpenSslPtr<X509_SIG, X509_SIG_free>;
        BioPtr bio(BIO_new_mem_buf(encrypted.constData(), int(encrypted.size())));
        X509SigPtr sig(PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr));
        QVERIFY(sig);
        const X509_ALGOR *alg = nullptr;
        X509_SIG_get0(sig.get(), &alg, nullptr);
        const ASN1_OBJECT *oid = nullptr;
        X509_ALGOR_get0(&oid, nullptr, nullptr, alg);
        QCOMPARE(OBJ_obj2nid(oid), NID_pbes2);
        using Pbe2Ptr = OpenSslPtr<PBE2PARAM, PBE2PARAM_free>;
        using Pbkdf2Ptr = OpenSslPtr<PBKDF2PARAM, PBKDF2PARAM_free>;
        Pbe2Ptr pbe2(static_cast<PBE2PARAM *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), alg->parameter)));
        QVERIFY(pbe2);
        QCOMPARE(OBJ_obj2nid(pbe2->encryption->algorithm), NID_aes_256_cbc);
        QCOMPARE(OBJ_obj2nid(pbe2->keyfunc->algorithm), NID_id_pbkdf2);
        Pbkdf2Ptr kdf(static_cast<PBKDF2PARAM *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter)));
        QVERIFY(kdf);
        QCOMPARE(ASN1_INTEGER_get(kdf->iter), long(PrivateKey::KdfIterations));
        // An absent PRF would mean HMAC-SHA1.
        QVERIFY(kdf->prf);
        QCOMPARE(OBJ_obj2nid(kdf->prf->algorithm), NID_hmacWithSHA256);
        QCOMPARE(kdf->salt->type, V_ASN1_OCTET_STRING);
        QVERIFY(kdf->salt->value.octet_string->length >= 8);
    }

    void decryptRefusesAKeyAskingForTooManyRounds()
    {
        // The same file with its PBKDF2 count raised to two billion: refused at once.
        using X509SigPtr = OpenSslPtr<X509_SIG, X509_SIG_free>;
        using Pbe2Ptr = OpenSslPtr<PBE2PARAM, PBE2PARAM_free>;
        using Pbkdf2Ptr = OpenSslPtr<PBKDF2PARAM, PBKDF2PARAM_free>;
        BioPtr in(BIO_new_mem_buf(encrypted.constData(), int(encrypted.size())));
        X509SigPtr sig(PEM_read_bio_PKCS8(in.get(), nullptr, nullptr, nullptr));
        QVERIFY(sig);
        const X509_ALGOR *alg = nullptr;
        X509_SIG_get0(sig.get(), &alg, nullptr);
        Pbe2Ptr pbe2(static_cast<PBE2PARAM *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), alg->parameter)));
        Pbkdf2Ptr kdf(static_cast<PBKDF2PARAM *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter)));
        ASN1_INTEGER_set(kdf->iter, 2000000000);
        ASN1_TYPE_pack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), kdf.get(), &pbe2->keyfunc->parameter);
        ASN1_TYPE_pack_sequence(ASN1_ITEM_rptr(PBE2PARAM), pbe2.get(),
                                &const_cast<X509_ALGOR *>(alg)->parameter);
        BioPtr out(BIO_new(BIO_s_mem()));
        QVERIFY(PEM_write_bio_PKCS8(out.get(), sig.get()) == 1);
        char *data = nullptr;
        const long length = BIO_get_mem_data(out.get(), &data);
        const QByteArray hostile(data, int(length));
        for (const auto &load :
             {std::function<void()>(
                  [&] { PrivateKey::decrypt(hostile, Passphrase, QStringLiteral("rounds.pem")); }),
              std::function<void()>([&] {
                  PrivateKey::fromBytes(hostile, Passphrase, QStringLiteral("rounds.pem"));
              })}) {
            const auto error = inputErrorOf(load);
            QVERIFY(error);
            QVERIFY2(error->message().contains(QStringLiteral("rounds.pem")) &&
                         error->message().contains(QStringLiteral("2000000000")),
                     qPrintable(error->message()));
        }
    }

    void encryptingTwiceGivesDifferentFiles()
    {
        // A random salt and IV each time.
        QVERIFY(key.toEncryptedPem(Passphrase) != encrypted);
    }

    void decryptRoundTripsTheKey()
    {
        const PrivateKey back = PrivateKey::decrypt(encrypted, Passphrase, QStringLiteral("k"));
        QVERIFY(!back.isNull());
        QCOMPARE(EVP_PKEY_eq(back.pkey(), key.pkey()), 1);
        QVERIFY(back.matches(X509_get0_pubkey(cert.cert.x509())));
        QCOMPARE(back.description(), QStringLiteral("EC prime256v1"));
    }

    void decryptRefusesTheWrongPassphrase()
    {
        const auto error = inputErrorOf(
            [&] { PrivateKey::decrypt(encrypted, Passphrase + '!', QStringLiteral("ca.key")); });
        QVERIFY(error);
        QCOMPARE(error->reason(), InputError::Reason::WrongPassphrase);
        QCOMPARE(error->message(), QStringLiteral("ca.key: the passphrase is wrong"));
    }

    void decryptRefusesAnUnencryptedKey()
    {
        for (const QByteArray &data :
             {clearKeyPem(key), clearKeyDer(key), QByteArray(), QByteArray("garbage")}) {
            const auto error = inputErrorOf(
                [&] { PrivateKey::decrypt(data, Passphrase, QStringLiteral("ca.key")); });
            QVERIFY(error);
            QCOMPARE(error->reason(), InputError::Reason::Invalid);
            QCOMPARE(error->message(), QStringLiteral("ca.key: not an encrypted private key"));
        }
    }

    void decryptRefusesADamagedFile()
    {
        QByteArray damaged = encrypted;
        const int middle = int(damaged.size() / 2);
        damaged[middle] = damaged.at(middle) == 'A' ? 'B' : 'A';
        const auto error = inputErrorOf(
            [&] { PrivateKey::decrypt(damaged, Passphrase, QStringLiteral("ca.key")); });
        QVERIFY(error);
        QVERIFY2(error->message().startsWith(QStringLiteral("ca.key: ")),
                 qPrintable(error->message()));
    }

    void fromBytesReadsPlainPemAndDer()
    {
        for (const QByteArray &data : {clearKeyPem(key), clearKeyDer(key)}) {
            const PrivateKey back = PrivateKey::fromBytes(data, QByteArray(), QStringLiteral("k"));
            QVERIFY(!back.isNull());
            QCOMPARE(EVP_PKEY_eq(back.pkey(), key.pkey()), 1);
        }
    }

    void fromBytesReadsTheEncryptedPemWithItsPassphrase()
    {
        const PrivateKey back = PrivateKey::fromBytes(encrypted, Passphrase, QStringLiteral("k"));
        QCOMPARE(EVP_PKEY_eq(back.pkey(), key.pkey()), 1);
    }

    void fromBytesRefusesWhatIsNoKey()
    {
        for (const QByteArray &data :
             {QByteArray(), QByteArray("garbage"), cert.cert.toPem().toLatin1(), cert.cert.der()}) {
            const auto error = inputErrorOf(
                [&] { PrivateKey::fromBytes(data, Passphrase, QStringLiteral("frank.key")); });
            QVERIFY(error);
            QCOMPARE(error->message(),
                     QStringLiteral("frank.key: not a private key, or the passphrase is wrong"));
        }
    }

    void matchesOnlyItsOwnPublicKey()
    {
        QVERIFY(key.matches(X509_get0_pubkey(cert.cert.x509())));
        const Issued other = TestPki::selfSignedClient(QStringLiteral("Other"));
        QVERIFY(!key.matches(X509_get0_pubkey(other.cert.x509())));
        QVERIFY(!key.matches(nullptr));
        QVERIFY(!PrivateKey().matches(X509_get0_pubkey(cert.cert.x509())));
    }

    void shareKeepsTheKeyAlive()
    {
        QVERIFY(PrivateKey().isNull());
        QVERIFY(PrivateKey::share(nullptr).isNull());
        PrivateKey shared;
        {
            const PrivateKey made = PrivateKey::generate(KeyType::EcP256);
            shared = PrivateKey::share(made.pkey());
            QCOMPARE(shared.pkey(), made.pkey());
        }
        QVERIFY(!shared.isNull());
        QCOMPARE(shared.description(), QStringLiteral("EC prime256v1"));
    }

    void keyTypeNamesParseAndRoundTrip()
    {
        for (const KeyType type : {KeyType::Rsa2048, KeyType::Rsa3072, KeyType::Rsa4096,
                                   KeyType::EcP256, KeyType::EcP384}) {
            const QString name = PrivateKey::keyTypeName(type);
            QVERIFY(!name.isEmpty());
            KeyType parsed = type == KeyType::EcP256 ? KeyType::Rsa2048 : KeyType::EcP256;
            QVERIFY2(PrivateKey::parseKeyType(name, &parsed), qPrintable(name));
            QCOMPARE(parsed, type);
            KeyType upper = KeyType::Rsa2048;
            QVERIFY(PrivateKey::parseKeyType(name.toUpper(), &upper));
            QCOMPARE(upper, type);
        }
        QCOMPARE(PrivateKey::keyTypeName(KeyType::EcP256), QStringLiteral("ec256"));
        QCOMPARE(PrivateKey::keyTypeName(KeyType::Rsa3072), QStringLiteral("rsa3072"));
    }

    void unknownKeyTypeNamesAreRefused()
    {
        for (const QString &name :
             {QString(), QStringLiteral("rsa1024"), QStringLiteral("ec521"), QStringLiteral("dsa"),
              QStringLiteral("ed25519"), QStringLiteral(" ec256"), QStringLiteral("rsa")}) {
            KeyType type = KeyType::EcP384;
            QVERIFY2(!PrivateKey::parseKeyType(name, &type), qPrintable(name));
            QCOMPARE(type, KeyType::EcP384); // untouched
        }
    }
};

QTEST_GUILESS_MAIN(TestPrivateKey)
#include "TestPrivateKey.moc"
