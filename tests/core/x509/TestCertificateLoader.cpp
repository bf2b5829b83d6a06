// CertificateLoader: every format an administrator has at hand (PEM one or many, DER,
// PKCS#7, PKCS#12, IIS's single-line base64), and every way a file can be wrong, each
// refused with an InputError whose message starts with the file's name.
#include "support/ClearKeyBytes.h"
#include "support/InputErrorOf.h"
#include "support/TestPki.h"
#include "x509/CertificateLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/provider.h>

#include <unistd.h>

using namespace trustdesk;
using namespace trustdesk::test;

// The message of an InputError starts with the path of the file it is about.
#define VERIFY_NAMES_FILE(error, name)                                                             \
    QVERIFY2(                                                                                      \
        (error)->message().startsWith(dir.filePath(QStringLiteral(name)) + QStringLiteral(": ")),  \
        qPrintable((error)->message()))

namespace {

QByteArray pemOf(const QList<Certificate> &certs)
{
    QByteArray out;
    for (const Certificate &cert : certs)
        out += cert.toPem().toLatin1();
    return out;
}

Pkcs7Ptr pkcs7Of(const QList<Certificate> &certs)
{
    Pkcs7Ptr p7(PKCS7_new());
    if (PKCS7_set_type(p7.get(), NID_pkcs7_signed) != 1 ||
        PKCS7_content_new(p7.get(), NID_pkcs7_data) != 1)
        qFatal("PKCS#7 setup failed");
    for (const Certificate &cert : certs) {
        if (PKCS7_add_certificate(p7.get(), cert.x509()) != 1)
            qFatal("PKCS#7 add failed");
    }
    return p7;
}

QByteArray pkcs7Der(const QList<Certificate> &certs)
{
    const Pkcs7Ptr p7 = pkcs7Of(certs);
    unsigned char *der = nullptr;
    const int length = i2d_PKCS7(p7.get(), &der);
    const QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

QByteArray pkcs7Pem(const QList<Certificate> &certs)
{
    const Pkcs7Ptr p7 = pkcs7Of(certs);
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PKCS7(bio.get(), p7.get());
    return bioBytes(bio.get());
}

// A PKCS#12 made with OpenSSL directly (few iterations, so the test stays fast).
QByteArray pkcs12Of(const Issued &leaf, const QList<Certificate> &chain, const char *passphrase,
                    int keyPbe = NID_aes_256_cbc, OSSL_LIB_CTX *libctx = nullptr)
{
    X509StackPtr ca(sk_X509_new_null());
    for (const Certificate &cert : chain) {
        X509_up_ref(cert.x509());
        sk_X509_push(ca.get(), cert.x509());
    }
    Pkcs12Ptr p12(PKCS12_create_ex(passphrase, "test", leaf.key.pkey(), leaf.cert.x509(), ca.get(),
                                   keyPbe, keyPbe, 1000, 1000, 0, libctx, nullptr));
    if (!p12) {
        ERR_clear_error();
        return QByteArray();
    }
    unsigned char *der = nullptr;
    const int length = i2d_PKCS12(p12.get(), &der);
    const QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

QByteArray csrPem(const Issued &subject)
{
    X509ReqPtr req(X509_REQ_new());
    X509_REQ_set_subject_name(req.get(), X509_get_subject_name(subject.cert.x509()));
    X509_REQ_set_pubkey(req.get(), subject.key.pkey());
    X509_REQ_sign(req.get(), subject.key.pkey(), EVP_sha256());
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509_REQ(bio.get(), req.get());
    return bioBytes(bio.get());
}

} // namespace

class TestCertificateLoader : public QObject
{
    Q_OBJECT

    Issued root, intermediate, leaf;
    QTemporaryDir dir;

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Writes `data` to the file `name` and loads it: the InputError it gives, if any.
    std::optional<InputError> refusalOfFile(const QString &name, const QByteArray &data,
                                            const std::optional<QByteArray> &passphrase = {})
    {
        const QString path = writeFile(name, data);
        return inputErrorOf([&] { CertificateLoader::loadFile(path, passphrase); });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        root = TestPki::root(QStringLiteral("Toot"));
        intermediate = TestPki::intermediate(QStringLiteral("Chug and Ring"), root);
        leaf = TestPki::client(QStringLiteral("Frank"), intermediate);
    }

    // --- the formats that load

    void loaderReadsOnePemCertificate()
    {
        const QString path = writeFile(QStringLiteral("frank.pem"), leaf.cert.toPem().toLatin1());
        const LoadedCertificates loaded = CertificateLoader::loadFile(path);
        QCOMPARE(loaded.format, QStringLiteral("PEM"));
        QCOMPARE(loaded.certificates.size(), 1);
        QCOMPARE(loaded.certificates.first(), leaf.cert);
        QVERIFY(loaded.privateKey.isNull());
    }

    void loaderReadsManyPemCertificatesInFileOrder()
    {
        const QString path = writeFile(QStringLiteral("chain.pem"),
                                       pemOf({leaf.cert, intermediate.cert, root.cert}));
        const LoadedCertificates loaded = CertificateLoader::loadFile(path);
        QCOMPARE(loaded.format, QStringLiteral("PEM"));
        QCOMPARE(loaded.certificates.size(), 3);
        QCOMPARE(loaded.certificates.at(0), leaf.cert);
        QCOMPARE(loaded.certificates.at(1), intermediate.cert);
        QCOMPARE(loaded.certificates.at(2), root.cert);
    }

    void loaderReadsPemWithTextAroundAndCrLf()
    {
        // What "openssl x509 -text" or a Windows export leaves around the blocks.
        QByteArray data = "Bag Attributes\n    friendlyName: frank\nsubject=CN = Frank\n" +
                          leaf.cert.toPem().toLatin1() + "\nissuer text between blocks\n" +
                          root.cert.toPem().toLatin1() + "trailing words\n";
        data.replace("\n", "\r\n");
        const LoadedCertificates loaded = CertificateLoader::loadBytes(data, QStringLiteral("x"));
        QCOMPARE(loaded.certificates.size(), 2);
        QCOMPARE(loaded.certificates.at(0), leaf.cert);
        QCOMPARE(loaded.certificates.at(1), root.cert);
    }

    void loaderReadsTrustedCertificatePem()
    {
        BioPtr bio(BIO_new(BIO_s_mem()));
        PEM_write_bio_X509_AUX(bio.get(), root.cert.x509());
        const QByteArray data = bioBytes(bio.get());
        QVERIFY(data.contains("-----BEGIN TRUSTED CERTIFICATE-----"));
        const LoadedCertificates loaded = CertificateLoader::loadBytes(data, QStringLiteral("x"));
        QCOMPARE(loaded.certificates.size(), 1);
        QCOMPARE(loaded.certificates.first(), root.cert);
    }

    void loaderTakesTheCertificatesOfAPemWithAKey()
    {
        const QByteArray data = clearKeyPem(leaf.key) + leaf.cert.toPem().toLatin1();
        const LoadedCertificates loaded = CertificateLoader::loadBytes(data, QStringLiteral("x"));
        QCOMPARE(loaded.certificates.size(), 1);
        QCOMPARE(loaded.certificates.first(), leaf.cert);
        QVERIFY(loaded.privateKey.isNull()); // keys are read from PKCS#12 only
    }

    void loaderReadsDer()
    {
        const QString path = writeFile(QStringLiteral("frank.cer"), leaf.cert.der());
        const LoadedCertificates loaded = CertificateLoader::loadFile(path);
        QCOMPARE(loaded.format, QStringLiteral("DER"));
        QCOMPARE(loaded.certificates.size(), 1);
        QCOMPARE(loaded.certificates.first(), leaf.cert);
        QCOMPARE(loaded.certificates.first().der(), leaf.cert.der());
    }

    void loaderReadsDerPkcs7()
    {
        const QString path = writeFile(QStringLiteral("chain.p7b"),
                                       pkcs7Der({leaf.cert, intermediate.cert, root.cert}));
        const LoadedCertificates loaded = CertificateLoader::loadFile(path);
        QCOMPARE(loaded.format, QStringLiteral("PKCS#7"));
        QCOMPARE(loaded.certificates.size(), 3);
        QVERIFY(loaded.certificates.contains(leaf.cert));
        QVERIFY(loaded.certificates.contains(intermediate.cert));
        QVERIFY(loaded.certificates.contains(root.cert));
    }

    void loaderReadsPemPkcs7()
    {
        const QByteArray data = pkcs7Pem({leaf.cert, root.cert});
        QVERIFY(data.contains("-----BEGIN PKCS7-----"));
        const LoadedCertificates loaded = CertificateLoader::loadBytes(data, QStringLiteral("x"));
        QCOMPARE(loaded.format, QStringLiteral("PEM"));
        QCOMPARE(loaded.certificates.size(), 2);
        QVERIFY(loaded.certificates.contains(leaf.cert));
        QVERIFY(loaded.certificates.contains(root.cert));
    }

    void loaderReadsPkcs12WithTheRightPassphrase()
    {
        const QByteArray p12 = pkcs12Of(leaf, {intermediate.cert, root.cert}, "s3cret");
        QVERIFY(!p12.isEmpty());
        const QString path = writeFile(QStringLiteral("frank.p12"), p12);
        const LoadedCertificates loaded =
            CertificateLoader::loadFile(path, QByteArrayLiteral("s3cret"));
        QCOMPARE(loaded.format, QStringLiteral("PKCS#12"));
        QCOMPARE(loaded.certificates.size(), 3);
        QCOMPARE(loaded.certificates.first(), leaf.cert); // the key's certificate first
        QVERIFY(loaded.certificates.contains(intermediate.cert));
        QVERIFY(loaded.certificates.contains(root.cert));
        QVERIFY(!loaded.privateKey.isNull());
        QVERIFY(loaded.privateKey.matches(X509_get0_pubkey(leaf.cert.x509())));
    }

    void loaderRefusesPkcs12WithTheWrongPassphrase()
    {
        const auto error = refusalOfFile(QStringLiteral("wrong.p12"), pkcs12Of(leaf, {}, "s3cret"),
                                         QByteArrayLiteral("guess"));
        QVERIFY(error);
        QCOMPARE(error->reason(), InputError::Reason::WrongPassphrase);
        VERIFY_NAMES_FILE(error, "wrong.p12");
        QVERIFY2(error->message().contains(QStringLiteral("wrong passphrase")),
                 qPrintable(error->message()));
    }

    void loaderRefusesPkcs12AskingForTooManyMacRounds()
    {
        // A file whose MAC asks for two billion PBKDF rounds would hang whoever opens it.
        QByteArray der = pkcs12Of(leaf, {}, "s3cret");
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(der.size())));
        QVERIFY(p12);
        const ASN1_INTEGER *iterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &iterations, p12.get());
        QVERIFY(iterations);
        ASN1_INTEGER_set(const_cast<ASN1_INTEGER *>(iterations), 2000000000);
        unsigned char *out = nullptr;
        const int length = i2d_PKCS12(p12.get(), &out);
        const QByteArray hostile(reinterpret_cast<const char *>(out), length);
        OPENSSL_free(out);
        for (const std::optional<QByteArray> &passphrase :
             {std::optional<QByteArray>(QByteArrayLiteral("s3cret")),
              std::optional<QByteArray>()}) {
            const auto error = refusalOfFile(QStringLiteral("rounds.p12"), hostile, passphrase);
            QVERIFY(error);
            VERIFY_NAMES_FILE(error, "rounds.p12");
            QVERIFY2(error->message().contains(QStringLiteral("2000000000")),
                     qPrintable(error->message()));
        }
    }

    void loaderAsksForThePassphraseOfAProtectedPkcs12()
    {
        const auto error =
            refusalOfFile(QStringLiteral("asks.p12"), pkcs12Of(leaf, {}, "s3cret"), std::nullopt);
        QVERIFY(error);
        QCOMPARE(error->reason(), InputError::Reason::PassphraseRequired);
        VERIFY_NAMES_FILE(error, "asks.p12");
        QVERIFY2(error->message().contains(QStringLiteral("passphrase")),
                 qPrintable(error->message()));
    }

    void loaderOpensAnUnprotectedPkcs12WithoutPassphrase()
    {
        const QByteArray p12 = pkcs12Of(leaf, {}, "");
        QVERIFY(!p12.isEmpty());
        const LoadedCertificates loaded = CertificateLoader::loadBytes(p12, QStringLiteral("x"));
        QCOMPARE(loaded.format, QStringLiteral("PKCS#12"));
        QCOMPARE(loaded.certificates.size(), 1);
        QCOMPARE(loaded.certificates.first(), leaf.cert);
        QVERIFY(loaded.privateKey.matches(X509_get0_pubkey(leaf.cert.x509())));
    }

    void loaderReadsLegacyRc2Pkcs12()
    {
        // Older Windows exports use RC2, which lives in OpenSSL 3's legacy provider. The file is
        // made in a library context of its own, so the loader must load the provider itself.
        OSSL_LIB_CTX *ctx = OSSL_LIB_CTX_new();
        OSSL_PROVIDER *legacy = OSSL_PROVIDER_load(ctx, "legacy");
        OSSL_PROVIDER *deflt = OSSL_PROVIDER_load(ctx, "default");
        const QByteArray p12 = legacy && deflt
                                   ? pkcs12Of(leaf, {}, "old", NID_pbe_WithSHA1And40BitRC2_CBC, ctx)
                                   : QByteArray();
        if (legacy)
            OSSL_PROVIDER_unload(legacy);
        if (deflt)
            OSSL_PROVIDER_unload(deflt);
        OSSL_LIB_CTX_free(ctx);
        ERR_clear_error();
        if (p12.isEmpty())
            QSKIP("OpenSSL's legacy provider is not installed here");
        const LoadedCertificates loaded =
            CertificateLoader::loadBytes(p12, QStringLiteral("old.pfx"), QByteArrayLiteral("old"));
        QCOMPARE(loaded.format, QStringLiteral("PKCS#12"));
        QCOMPARE(loaded.certificates.first(), leaf.cert);
        QVERIFY(loaded.privateKey.matches(X509_get0_pubkey(leaf.cert.x509())));
    }

    void loaderReadsIisSingleLineBase64()
    {
        const QByteArray line = leaf.cert.der().toBase64();
        QVERIFY(!line.contains('\n'));
        const QString path = writeFile(QStringLiteral("iis.txt"), line);
        const LoadedCertificates loaded = CertificateLoader::loadFile(path);
        QCOMPARE(loaded.format, QStringLiteral("base64"));
        QCOMPARE(loaded.certificates.size(), 1);
        QCOMPARE(loaded.certificates.first(), leaf.cert);
    }

    void loaderReadsBase64WithLineBreaksAndSurroundingSpace()
    {
        const QByteArray b64 = leaf.cert.der().toBase64();
        QByteArray wrapped = "  \r\n";
        for (int i = 0; i < b64.size(); i += 64)
            wrapped += b64.mid(i, 64) + "\r\n";
        wrapped += "\n\n";
        const LoadedCertificates loaded =
            CertificateLoader::loadBytes(wrapped, QStringLiteral("x"));
        QCOMPARE(loaded.format, QStringLiteral("base64"));
        QCOMPARE(loaded.certificates.first(), leaf.cert);
    }

    // --- what is refused, each with the file named

    void loaderRefusesEmptyFile()
    {
        for (const QByteArray &data : {QByteArray(), QByteArray(" \r\n\t\n")}) {
            const auto error = refusalOfFile(QStringLiteral("empty.pem"), data);
            QVERIFY(error);
            VERIFY_NAMES_FILE(error, "empty.pem");
            QCOMPARE(error->reason(), InputError::Reason::Invalid);
            QCOMPARE(error->message(),
                     dir.filePath(QStringLiteral("empty.pem")) + QStringLiteral(": is empty"));
        }
    }

    void loaderRefusesTextGarbage()
    {
        const auto error = refusalOfFile(QStringLiteral("notes.txt"),
                                         "These are not the certificates you are looking for.\n");
        QVERIFY(error);
        VERIFY_NAMES_FILE(error, "notes.txt");
        QVERIFY2(error->message().contains(QStringLiteral("not a certificate in any format")),
                 qPrintable(error->message()));
    }

    void loaderRefusesBinaryGarbage()
    {
        QByteArray data;
        for (int i = 0; i < 4096; ++i)
            data.append(char((i * 7919 + 13) % 251 + 1));
        data[0] = char(0xff);
        const auto error = refusalOfFile(QStringLiteral("noise.bin"), data);
        QVERIFY(error);
        VERIFY_NAMES_FILE(error, "noise.bin");
    }

    void loaderRefusesBinaryGarbageThatStartsLikeDer()
    {
        const QByteArray data = QByteArray("\x30\x82\x01\x00", 4) + QByteArray(300, '\x5a');
        const auto error = refusalOfFile(QStringLiteral("noise.der"), data);
        QVERIFY(error);
        VERIFY_NAMES_FILE(error, "noise.der");
        QVERIFY2(error->message().contains(QStringLiteral("truncated or malformed")),
                 qPrintable(error->message()));
    }

    void loaderRefusesTruncatedDer_data()
    {
        QTest::addColumn<int>("keep");
        QTest::newRow("half") << -2;
        QTest::newRow("all but one byte") << -1;
        QTest::newRow("only the outer header") << 4;
        QTest::newRow("two bytes") << 2;
    }
    void loaderRefusesTruncatedDer()
    {
        QFETCH(int, keep);
        const QByteArray der = leaf.cert.der();
        const QByteArray cut = keep == -2   ? der.left(der.size() / 2)
                               : keep == -1 ? der.left(der.size() - 1)
                                            : der.left(keep);
        const auto error = refusalOfFile(QStringLiteral("cut.cer"), cut);
        QVERIFY(error);
        QCOMPARE(error->reason(), InputError::Reason::Invalid);
        VERIFY_NAMES_FILE(error, "cut.cer");
        QVERIFY2(error->message().contains(QStringLiteral("truncated or malformed")),
                 qPrintable(error->message()));
    }

    void loaderRefusesDerWithBytesAfterTheCertificate()
    {
        const auto error =
            refusalOfFile(QStringLiteral("extra.cer"), leaf.cert.der() + QByteArray("XYZ"));
        QVERIFY(error);
        VERIFY_NAMES_FILE(error, "extra.cer");
        QVERIFY2(error->message().contains(QStringLiteral("3 unexpected bytes")),
                 qPrintable(error->message()));
    }

    void loaderRefusesTruncatedPkcs12()
    {
        const QByteArray p12 = pkcs12Of(leaf, {}, "s3cret");
        const auto error = refusalOfFile(QStringLiteral("cut.p12"), p12.left(p12.size() - 10),
                                         QByteArrayLiteral("s3cret"));
        QVERIFY(error);
        VERIFY_NAMES_FILE(error, "cut.p12");
        QVERIFY2(error->message().contains(QStringLiteral("truncated or malformed")),
                 qPrintable(error->message()));
    }

    void loaderRefusesPkcs7WithoutCertificates()
    {
        const auto error = refusalOfFile(QStringLiteral("empty.p7b"), pkcs7Der({}));
        QVERIFY(error);
        VERIFY_NAMES_FILE(error, "empty.p7b");
        QVERIFY2(error->message().contains(QStringLiteral("contains no certificate")),
                 qPrintable(error->message()));
    }

    void loaderNamesAPrivateKeyForWhatItIs()
    {
        for (const QByteArray &data : {clearKeyPem(leaf.key), clearKeyDer(leaf.key)}) {
            const auto error = refusalOfFile(QStringLiteral("frank.key"), data);
            QVERIFY(error);
            VERIFY_NAMES_FILE(error, "frank.key");
            QVERIFY2(error->message().endsWith(
                         QStringLiteral(": contains a private key, not a certificate")),
                     qPrintable(error->message()));
        }
    }

    void loaderNamesACertificateRequestForWhatItIs()
    {
        const auto error = refusalOfFile(QStringLiteral("frank.csr"), csrPem(leaf));
        QVERIFY(error);
        VERIFY_NAMES_FILE(error, "frank.csr");
        QVERIFY2(error->message().endsWith(
                     QStringLiteral(": contains a certificate request, not a certificate")),
                 qPrintable(error->message()));
    }

    void loaderNamesARevocationListForWhatItIs()
    {
        const RevocationList crl = TestPki::crl(root, {leaf.cert});
        BioPtr bio(BIO_new(BIO_s_mem()));
        PEM_write_bio_X509_CRL(bio.get(), crl.crl());
        for (const QByteArray &data : {bioBytes(bio.get()), crl.der()}) {
            const auto error = refusalOfFile(QStringLiteral("root.crl"), data);
            QVERIFY(error);
            VERIFY_NAMES_FILE(error, "root.crl");
            QVERIFY2(error->message().endsWith(
                         QStringLiteral(": contains a revocation list, not a certificate")),
                     qPrintable(error->message()));
        }
    }

    void loaderRefusesDamagedPemBlocks_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray pem = leaf.cert.toPem().toLatin1();
        QByteArray badBase64 = pem;
        badBase64.insert(pem.indexOf('\n') + 10, "!!**");
        QTest::newRow("bad base64") << badBase64 << QStringLiteral("PEM block 1 is damaged");
        QTest::newRow("no END line")
            << pem.left(pem.indexOf("-----END")) << QStringLiteral("PEM block 1 is damaged");
        QTest::newRow("second block damaged")
            << pem + root.cert.toPem().toLatin1().left(200) << QStringLiteral("PEM block 2");
        QTest::newRow("not X.509 inside")
            << QByteArray("-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQ=\n-----END "
                          "CERTIFICATE-----\n")
            << QStringLiteral("PEM block 1 is not a valid X.509 certificate");
        QTest::newRow("armour only, no block")
            << QByteArray("-----BEGIN ") << QStringLiteral("no PEM block found");
        QTest::newRow("unknown block type")
            << QByteArray("-----BEGIN SOMETHING-----\naGVsbG8=\n-----END SOMETHING-----\n")
            << QStringLiteral("contains no certificate");
    }
    void loaderRefusesDamagedPemBlocks()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const auto error = refusalOfFile(QStringLiteral("damaged.pem"), data);
        QVERIFY(error);
        VERIFY_NAMES_FILE(error, "damaged.pem");
        QVERIFY2(error->message().contains(expected), qPrintable(error->message()));
    }

    void loaderRefusesBase64ThatIsNoCertificate_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("base64 of text")
            << QByteArray("aGVsbG8gd29ybGQ=") << QStringLiteral("not a certificate in any format");
        QTest::newRow("base64 of truncated DER")
            << leaf.cert.der().left(100).toBase64() << QStringLiteral("truncated or malformed");
        QTest::newRow("only padding") << QByteArray("====") << QStringLiteral("not valid base64");
        QTest::newRow("padding in the middle")
            << QByteArray("QUJD==QUJD") << QStringLiteral("not valid base64");
    }
    void loaderRefusesBase64ThatIsNoCertificate()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const auto error = refusalOfFile(QStringLiteral("iis.txt"), data);
        QVERIFY(error);
        QCOMPARE(error->reason(), InputError::Reason::Invalid);
        VERIFY_NAMES_FILE(error, "iis.txt");
        QVERIFY2(error->message().contains(expected), qPrintable(error->message()));
    }

    // --- reading files

    void loaderRefusesAMissingFile()
    {
        const QString path = dir.filePath(QStringLiteral("nowhere/frank.pem"));
        const auto error = inputErrorOf([&] { CertificateLoader::loadFile(path); });
        QVERIFY(error);
        QCOMPARE(error->message(), path + QStringLiteral(": no such file"));
    }

    void loaderRefusesADirectory()
    {
        const auto error = inputErrorOf([&] { CertificateLoader::loadFile(dir.path()); });
        QVERIFY(error);
        QCOMPARE(error->message(), dir.path() + QStringLiteral(": is a directory, not a file"));
    }

    void loaderRefusesAnUnreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file");
        const QString path = writeFile(QStringLiteral("secret.pem"), leaf.cert.toPem().toLatin1());
        QFile::setPermissions(path, QFileDevice::Permissions());
        const auto error = inputErrorOf([&] { CertificateLoader::loadFile(path); });
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(error);
        QVERIFY2(error->message().startsWith(path + QStringLiteral(": cannot be read")),
                 qPrintable(error->message()));
    }

    void loaderRefusesAFileJustOverTheLimit()
    {
        // A real certificate padded past the limit: the size alone decides.
        QByteArray data = leaf.cert.toPem().toLatin1();
        data += QByteArray(int(CertificateLoader::MaxFileSize) - data.size() + 1, '\n');
        QCOMPARE(data.size(), CertificateLoader::MaxFileSize + 1);
        const auto error = refusalOfFile(QStringLiteral("huge.pem"), data);
        QVERIFY(error);
        VERIFY_NAMES_FILE(error, "huge.pem");
        QCOMPARE(error->message(),
                 dir.filePath(QStringLiteral("huge.pem")) +
                     QStringLiteral(": is larger than the 10 MiB limit for certificate files"));
    }

    void loaderReadsAFileExactlyAtTheLimit()
    {
        QByteArray data = leaf.cert.toPem().toLatin1();
        data += QByteArray(int(CertificateLoader::MaxFileSize) - data.size(), '\n');
        const QString path = writeFile(QStringLiteral("limit.pem"), data);
        QCOMPARE(CertificateLoader::readFile(path).size(), CertificateLoader::MaxFileSize);
        QCOMPARE(CertificateLoader::loadFile(path).certificates.first(), leaf.cert);
        QFile::remove(path);
    }

    void loaderStopsAtTheLimitOnAnEndlessDevice()
    {
        if (!QFile::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero here");
        const auto error =
            inputErrorOf([] { CertificateLoader::loadFile(QStringLiteral("/dev/zero")); });
        QVERIFY(error);
        QVERIFY2(error->message().startsWith(QStringLiteral("/dev/zero: is larger than")),
                 qPrintable(error->message()));
    }
};

QTEST_GUILESS_MAIN(TestCertificateLoader)
#include "TestCertificateLoader.moc"
