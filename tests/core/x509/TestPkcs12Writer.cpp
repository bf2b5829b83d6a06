// Pkcs12Writer: what it writes is read back by CertificateLoader, in the AES form (the
// default) and the legacy 3DES form; the encryption and MAC really are the ones promised;
// a wrong or missing passphrase is refused with the reason the GUI acts on.
#include "support/InputErrorOf.h"
#include "support/TestPki.h"
#include "x509/CertificateLoader.h"
#include "x509/Pkcs12Writer.h"

#include <QTest>
#include <openssl/err.h>
#include <openssl/pkcs12.h>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

const QByteArray Passphrase = QByteArrayLiteral("correct horse battery staple");

Pkcs12Ptr parsePkcs12(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Pkcs12Ptr(d2i_PKCS12(nullptr, &p, long(der.size())));
}

struct Pbes2
{
    int cipher = NID_undef;
    long iterations = 0;
    int prf = NID_undef; // NID_hmacWithSHA1 when the parameters leave it out
};

// The PBES2 parameters of an encryption AlgorithmIdentifier; nullopt unless it is PBES2.
std::optional<Pbes2> pbes2Of(const X509_ALGOR *alg)
{
    const ASN1_OBJECT *oid = nullptr;
    int paramType = 0;
    const void *param = nullptr;
    X509_ALGOR_get0(&oid, &paramType, &param, alg);
    if (OBJ_obj2nid(oid) != NID_pbes2 || paramType != V_ASN1_SEQUENCE)
        return std::nullopt;
    using Pbe2Ptr = OpenSslPtr<PBE2PARAM, PBE2PARAM_free>;
    using Pbkdf2Ptr = OpenSslPtr<PBKDF2PARAM, PBKDF2PARAM_free>;
    Pbe2Ptr pbe2(static_cast<PBE2PARAM *>(
        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), alg->parameter)));
    if (!pbe2)
        return std::nullopt;
    Pbes2 out;
    out.cipher = OBJ_obj2nid(pbe2->encryption->algorithm);
    if (OBJ_obj2nid(pbe2->keyfunc->algorithm) != NID_id_pbkdf2)
        return out;
    Pbkdf2Ptr kdf(static_cast<PBKDF2PARAM *>(
        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter)));
    if (!kdf)
        return out;
    out.iterations = ASN1_INTEGER_get(kdf->iter);
    out.prf = kdf->prf ? OBJ_obj2nid(kdf->prf->algorithm) : NID_hmacWithSHA1;
    return out;
}

struct Pkcs12Algorithms
{
    QList<int> schemes;     // the NID of every encryption in the file (PBES2 or a PKCS#12 PBE)
    QList<Pbes2> pbes2;     // the parameters of the PBES2 ones
    QList<long> iterations; // PKCS#12 PBE iterations
    int macDigest = NID_undef;
    long macIterations = 0;
};

void noteAlgorithm(const X509_ALGOR *alg, Pkcs12Algorithms *out)
{
    const ASN1_OBJECT *oid = nullptr;
    X509_ALGOR_get0(&oid, nullptr, nullptr, alg);
    out->schemes << OBJ_obj2nid(oid);
    if (const auto pbes2 = pbes2Of(alg)) {
        out->pbes2 << *pbes2;
    } else {
        using PbeParamPtr = OpenSslPtr<PBEPARAM, PBEPARAM_free>;
        PbeParamPtr pbe(static_cast<PBEPARAM *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), alg->parameter)));
        if (pbe)
            out->iterations << ASN1_INTEGER_get(pbe->iter);
    }
}

void noteBags(const STACK_OF(PKCS12_SAFEBAG) * bags, Pkcs12Algorithms *out)
{
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, i);
        if (PKCS12_SAFEBAG_get_nid(bag) == NID_pkcs8ShroudedKeyBag) {
            const X509_ALGOR *alg = nullptr;
            X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &alg, nullptr);
            noteAlgorithm(alg, out);
        }
    }
}

// Every algorithm protecting the file, read with OpenSSL's PKCS#12 API and the passphrase.
Pkcs12Algorithms algorithmsOf(const QByteArray &der, const QByteArray &passphrase)
{
    Pkcs12Algorithms out;
    const Pkcs12Ptr p12 = parsePkcs12(der);
    if (!p12)
        return out;
    const X509_ALGOR *macAlg = nullptr;
    const ASN1_INTEGER *macIter = nullptr;
    PKCS12_get0_mac(nullptr, &macAlg, nullptr, &macIter, p12.get());
    if (macAlg) {
        const ASN1_OBJECT *oid = nullptr;
        X509_ALGOR_get0(&oid, nullptr, nullptr, macAlg);
        out.macDigest = OBJ_obj2nid(oid);
    }
    out.macIterations = macIter ? ASN1_INTEGER_get(macIter) : 1;
    STACK_OF(PKCS7) *safes = PKCS12_unpack_authsafes(p12.get());
    for (int i = 0; safes && i < sk_PKCS7_num(safes); ++i) {
        PKCS7 *safe = sk_PKCS7_value(safes, i);
        STACK_OF(PKCS12_SAFEBAG) *bags = nullptr;
        const int type = OBJ_obj2nid(safe->type);
        if (type == NID_pkcs7_encrypted) {
            noteAlgorithm(safe->d.encrypted->enc_data->algorithm, &out);
            bags = PKCS12_unpack_p7encdata(safe, passphrase.constData(), int(passphrase.size()));
        } else if (type == NID_pkcs7_data) {
            bags = PKCS12_unpack_p7data(safe);
        }
        if (bags)
            noteBags(bags, &out);
        sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    }
    sk_PKCS7_pop_free(safes, PKCS7_free);
    ERR_clear_error();
    return out;
}

} // namespace

class TestPkcs12Writer : public QObject
{
    Q_OBJECT

    Issued root, intermediate, leaf;
    QByteArray aes; // written once: 600,000 iterations take a moment

private slots:
    void initTestCase()
    {
        root = TestPki::root(QStringLiteral("Toot"));
        intermediate = TestPki::intermediate(QStringLiteral("Chug and Ring"), root);
        leaf = TestPki::client(QStringLiteral("Frank"), intermediate);
        aes = Pkcs12Writer::write(leaf.cert, leaf.key, {intermediate.cert, root.cert}, Passphrase,
                                  QStringLiteral("Frank's certificate"));
        QVERIFY(!aes.isEmpty());
    }

    void aesFileIsReadBackByTheLoader()
    {
        const LoadedCertificates loaded =
            CertificateLoader::loadBytes(aes, QStringLiteral("frank.p12"), Passphrase);
        QCOMPARE(loaded.format, QStringLiteral("PKCS#12"));
        QCOMPARE(loaded.certificates.size(), 3);
        QCOMPARE(loaded.certificates.at(0), leaf.cert);
        QVERIFY(loaded.certificates.contains(intermediate.cert));
        QVERIFY(loaded.certificates.contains(root.cert));
        QVERIFY(!loaded.privateKey.isNull());
        QVERIFY(loaded.privateKey.matches(X509_get0_pubkey(leaf.cert.x509())));
        QCOMPARE(EVP_PKEY_eq(loaded.privateKey.pkey(), leaf.key.pkey()), 1);
        int length = 0;
        const unsigned char *alias = X509_alias_get0(loaded.certificates.at(0).x509(), &length);
        QVERIFY(alias);
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(alias), length),
                 QStringLiteral("Frank's certificate"));
    }

    void aesFileUsesPbes2Aes256AndASha256Mac()
    {
        const Pkcs12Algorithms algs = algorithmsOf(aes, Passphrase);
        QCOMPARE(algs.macDigest, NID_sha256);
        QCOMPARE(algs.macIterations, long(Pkcs12Writer::Iterations));
        // The certificates' safe and the key's bag, both PBES2.
        QCOMPARE(algs.schemes, (QList<int>{NID_pbes2, NID_pbes2}));
        QCOMPARE(algs.pbes2.size(), 2);
        for (const Pbes2 &p : algs.pbes2) {
            QCOMPARE(p.cipher, NID_aes_256_cbc);
            QCOMPARE(p.iterations, long(Pkcs12Writer::Iterations));
            QCOMPARE(p.prf, NID_hmacWithSHA256);
        }
    }

    void aesFileRefusesTheWrongPassphrase()
    {
        const auto error = inputErrorOf([&] {
            CertificateLoader::loadBytes(aes, QStringLiteral("frank.p12"),
                                         QByteArrayLiteral("correct horse battery stapler"));
        });
        QVERIFY(error);
        QCOMPARE(error->reason(), InputError::Reason::WrongPassphrase);
        QCOMPARE(error->message(),
                 QStringLiteral("frank.p12: wrong passphrase for the PKCS#12 file"));
    }

    void legacyFileIsReadBackByTheLoader()
    {
        const QByteArray legacy =
            Pkcs12Writer::write(leaf.cert, leaf.key, {intermediate.cert}, Passphrase,
                                QStringLiteral("Frank"), Pkcs12Encryption::Legacy3Des);
        const LoadedCertificates loaded =
            CertificateLoader::loadBytes(legacy, QStringLiteral("frank.pfx"), Passphrase);
        QCOMPARE(loaded.format, QStringLiteral("PKCS#12"));
        QCOMPARE(loaded.certificates.size(), 2);
        QCOMPARE(loaded.certificates.at(0), leaf.cert);
        QCOMPARE(loaded.certificates.at(1), intermediate.cert);
        QVERIFY(loaded.privateKey.matches(X509_get0_pubkey(leaf.cert.x509())));
    }

    void legacyFileUses3DesAndASha1Mac()
    {
        const QByteArray legacy =
            Pkcs12Writer::write(leaf.cert, leaf.key, {}, Passphrase, QStringLiteral("Frank"),
                                Pkcs12Encryption::Legacy3Des);
        const Pkcs12Algorithms algs = algorithmsOf(legacy, Passphrase);
        QCOMPARE(algs.macDigest, NID_sha1);
        QCOMPARE(algs.macIterations, long(Pkcs12Writer::LegacyIterations));
        QCOMPARE(algs.schemes, (QList<int>{NID_pbe_WithSHA1And3_Key_TripleDES_CBC,
                                           NID_pbe_WithSHA1And3_Key_TripleDES_CBC}));
        QCOMPARE(algs.iterations,
                 (QList<long>{Pkcs12Writer::LegacyIterations, Pkcs12Writer::LegacyIterations}));
    }

    void legacyFileRefusesAWrongOrMissingPassphrase()
    {
        const QByteArray legacy =
            Pkcs12Writer::write(leaf.cert, leaf.key, {}, Passphrase, QStringLiteral("Frank"),
                                Pkcs12Encryption::Legacy3Des);
        const auto wrong = inputErrorOf([&] {
            CertificateLoader::loadBytes(legacy, QStringLiteral("frank.pfx"),
                                         QByteArrayLiteral("wrong"));
        });
        QVERIFY(wrong);
        QCOMPARE(wrong->reason(), InputError::Reason::WrongPassphrase);
        QVERIFY2(wrong->message().startsWith(QStringLiteral("frank.pfx: ")),
                 qPrintable(wrong->message()));
        const auto missing = inputErrorOf(
            [&] { CertificateLoader::loadBytes(legacy, QStringLiteral("frank.pfx")); });
        QVERIFY(missing);
        QCOMPARE(missing->reason(), InputError::Reason::PassphraseRequired);
        QVERIFY2(missing->message().startsWith(QStringLiteral("frank.pfx: ")),
                 qPrintable(missing->message()));
    }

    void writerWithoutAChainHoldsOnlyTheCertificate()
    {
        const QByteArray legacy =
            Pkcs12Writer::write(leaf.cert, leaf.key, {}, Passphrase, QStringLiteral("Frank"),
                                Pkcs12Encryption::Legacy3Des);
        const LoadedCertificates loaded =
            CertificateLoader::loadBytes(legacy, QStringLiteral("frank.pfx"), Passphrase);
        QCOMPARE(loaded.certificates.size(), 1);
        QCOMPARE(loaded.certificates.first(), leaf.cert);
    }

    void writerTakesANonAsciiPassphraseAndFriendlyName()
    {
        const QByteArray passphrase = QStringLiteral("pässwörd ✓").toUtf8();
        const QByteArray legacy =
            Pkcs12Writer::write(leaf.cert, leaf.key, {}, passphrase, QStringLiteral("Frank Ølsen"),
                                Pkcs12Encryption::Legacy3Des);
        const LoadedCertificates loaded =
            CertificateLoader::loadBytes(legacy, QStringLiteral("frank.pfx"), passphrase);
        QVERIFY(loaded.privateKey.matches(X509_get0_pubkey(leaf.cert.x509())));
        int length = 0;
        const unsigned char *alias = X509_alias_get0(loaded.certificates.at(0).x509(), &length);
        QVERIFY(alias);
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(alias), length),
                 QStringLiteral("Frank Ølsen"));
    }

    void writerSaltsEveryFile()
    {
        const auto write = [&] {
            return Pkcs12Writer::write(leaf.cert, leaf.key, {}, Passphrase, QStringLiteral("Frank"),
                                       Pkcs12Encryption::Legacy3Des);
        };
        QVERIFY(write() != write());
    }

    void writtenFileDoesNotHoldTheKeyInTheClear()
    {
        // The PKCS#8 encoding of the key must not appear in the file's bytes.
        unsigned char *der = nullptr;
        using Pkcs8InfoPtr = OpenSslPtr<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>;
        Pkcs8InfoPtr info(EVP_PKEY2PKCS8(leaf.key.pkey()));
        const int length = i2d_PKCS8_PRIV_KEY_INFO(info.get(), &der);
        const QByteArray plain(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
        QVERIFY(length > 0);
        QVERIFY(!aes.contains(plain));
        const QByteArray legacy =
            Pkcs12Writer::write(leaf.cert, leaf.key, {}, Passphrase, QStringLiteral("Frank"),
                                Pkcs12Encryption::Legacy3Des);
        QVERIFY(!legacy.contains(plain));
    }
};

QTEST_GUILESS_MAIN(TestPkcs12Writer)
#include "TestPkcs12Writer.moc"
