// CertificateRequest: a PKCS#10 request is accepted only when its self-signature verifies
// with its own key and an RSA key has at least 2048 bits; what it asks for is read back.
#include "support/InputErrorOf.h"
#include "support/TestPki.h"
#include "x509/CertificateRequest.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/err.h>
#include <openssl/pem.h>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

struct RequestSpec
{
    QList<QPair<QByteArray, QByteArray>> subject = {{"O", "Chug and Ring"}, {"CN", "Alice"}};
    QString altNames; // OpenSSL form, e.g. "email:alice@example.com"
};

// A request made the way a user's own tool makes it (OpenSSL's API); `signer` signs it,
// which is normally the key whose public half it carries.
X509ReqPtr makeRequest(const PrivateKey &subjectKey, const RequestSpec &spec = {},
                       const PrivateKey &signer = {})
{
    X509ReqPtr req(X509_REQ_new());
    X509NamePtr name(X509_NAME_new());
    for (const auto &field : spec.subject)
        X509_NAME_add_entry_by_txt(
            name.get(), field.first.constData(), MBSTRING_UTF8,
            reinterpret_cast<const unsigned char *>(field.second.constData()),
            int(field.second.size()), -1, 0);
    X509_REQ_set_subject_name(req.get(), name.get());
    X509_REQ_set_pubkey(req.get(), subjectKey.pkey());
    if (!spec.altNames.isEmpty()) {
        STACK_OF(X509_EXTENSION) *extensions = sk_X509_EXTENSION_new_null();
        X509_EXTENSION *san = X509V3_EXT_conf_nid(nullptr, nullptr, NID_subject_alt_name,
                                                  spec.altNames.toLatin1().constData());
        sk_X509_EXTENSION_push(extensions, san);
        X509_REQ_add_extensions(req.get(), extensions);
        sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
    }
    const PrivateKey &key = signer.isNull() ? subjectKey : signer;
    if (X509_REQ_sign(req.get(), key.pkey(), EVP_sha256()) <= 0)
        qFatal("request signing failed");
    return req;
}

QByteArray derOf(const X509ReqPtr &req)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509_REQ(req.get(), &der);
    const QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

QByteArray pemOf(const X509ReqPtr &req, bool windowsHeader = false)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (windowsHeader)
        PEM_write_bio_X509_REQ_NEW(bio.get(), req.get());
    else
        PEM_write_bio_X509_REQ(bio.get(), req.get());
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(length));
}

PrivateKey rsaKey(int bits)
{
    return PrivateKey::share(OpenSslPtr<EVP_PKEY, EVP_PKEY_free>(
                                 EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)))
                                 .get());
}

} // namespace

class TestCertificateRequest : public QObject
{
    Q_OBJECT

    PrivateKey key;
    QTemporaryDir dir;

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        key = TestPki::newKey();
    }

    void requestInPemIsAccepted()
    {
        const CertificateRequest request =
            CertificateRequest::fromBytes(pemOf(makeRequest(key)), QStringLiteral("alice.csr"));
        QVERIFY(!request.isNull());
        QCOMPARE(request.subjectText(), QStringLiteral("CN=Alice, O=Chug and Ring"));
        QCOMPARE(request.commonNames().values, QStringList{QStringLiteral("Alice")});
        QVERIFY(request.commonNames().allDecodable);
        QCOMPARE(request.keyDescription(), QStringLiteral("EC prime256v1"));
        QVERIFY(key.matches(request.publicKey()));
        QVERIFY(request.requestedEmailAddresses().isEmpty());
    }

    void requestInDerIsAccepted()
    {
        const CertificateRequest request =
            CertificateRequest::fromBytes(derOf(makeRequest(key)), QStringLiteral("alice.der"));
        QCOMPARE(request.subjectText(), QStringLiteral("CN=Alice, O=Chug and Ring"));
        QVERIFY(key.matches(request.publicKey()));
    }

    void requestWithWindowsNewHeaderIsAccepted()
    {
        // certreq.exe writes "-----BEGIN NEW CERTIFICATE REQUEST-----".
        const QByteArray pem = pemOf(makeRequest(key), true);
        QVERIFY(pem.startsWith("-----BEGIN NEW CERTIFICATE REQUEST-----"));
        const CertificateRequest request =
            CertificateRequest::fromBytes(pem, QStringLiteral("alice.req"));
        QCOMPARE(request.commonNames().values, QStringList{QStringLiteral("Alice")});
    }

    void requestFromFileIsAccepted()
    {
        const QString path = dir.filePath(QStringLiteral("alice.csr"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pemOf(makeRequest(key)));
        file.close();
        QCOMPARE(CertificateRequest::fromFile(path).commonNames().values,
                 QStringList{QStringLiteral("Alice")});
    }

    void requestedEmailAddressesAreRead()
    {
        RequestSpec spec;
        spec.altNames = QStringLiteral("DNS:alice.example.com,email:alice@example.com,"
                                       "email:a.smith@example.org");
        const CertificateRequest request =
            CertificateRequest::fromBytes(pemOf(makeRequest(key, spec)), QStringLiteral("x"));
        QCOMPARE(request.requestedEmailAddresses(),
                 (QStringList{QStringLiteral("alice@example.com"),
                              QStringLiteral("a.smith@example.org")}));
    }

    void requestWithSeveralOrNoCommonNamesIsReadAsItIs()
    {
        // Whether such a subject may be signed is the issuer's decision; the request reads.
        RequestSpec two;
        two.subject = {{"CN", "Alice"}, {"CN", "Bob"}};
        QCOMPARE(CertificateRequest::fromBytes(pemOf(makeRequest(key, two)), QStringLiteral("x"))
                     .commonNames()
                     .values,
                 (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob")}));
        RequestSpec none;
        none.subject = {{"O", "Nobody"}};
        QVERIFY(CertificateRequest::fromBytes(pemOf(makeRequest(key, none)), QStringLiteral("x"))
                    .commonNames()
                    .values.isEmpty());
    }

    void requestWithAlteredSubjectIsRefused()
    {
        // The subject changed after signing: "Alice" became "Alicf".
        QByteArray der = derOf(makeRequest(key));
        const int at = int(der.indexOf("Alice"));
        QVERIFY(at > 0);
        der[at + 4] = 'f';
        const auto error =
            inputErrorOf([&] { CertificateRequest::fromBytes(der, QStringLiteral("alice.csr")); });
        QVERIFY(error);
        QCOMPARE(error->reason(), InputError::Reason::Invalid);
        QCOMPARE(error->message(),
                 QStringLiteral("alice.csr: the request's signature does not verify with its own "
                                "public key; it was altered or is broken"));
    }

    void requestSignedByAnotherKeyIsRefused()
    {
        const PrivateKey thief = TestPki::newKey();
        const QByteArray pem = pemOf(makeRequest(key, {}, thief));
        const auto error =
            inputErrorOf([&] { CertificateRequest::fromBytes(pem, QStringLiteral("alice.csr")); });
        QVERIFY(error);
        QVERIFY2(error->message().startsWith(QStringLiteral("alice.csr: the request's signature "
                                                            "does not verify")),
                 qPrintable(error->message()));
    }

    void requestWithAFlippedSignatureBitIsRefused()
    {
        QByteArray der = derOf(makeRequest(key));
        der[der.size() - 3] = char(der.at(der.size() - 3) ^ 0x01);
        const auto error =
            inputErrorOf([&] { CertificateRequest::fromBytes(der, QStringLiteral("alice.csr")); });
        QVERIFY(error);
        QVERIFY2(error->message().startsWith(QStringLiteral("alice.csr: ")),
                 qPrintable(error->message()));
    }

    void requestWithRsaUnder2048BitsIsRefused()
    {
        const PrivateKey weak = rsaKey(1024);
        QVERIFY(!weak.isNull());
        const auto error = inputErrorOf([&] {
            CertificateRequest::fromBytes(pemOf(makeRequest(weak)), QStringLiteral("weak.csr"));
        });
        QVERIFY(error);
        QCOMPARE(error->reason(), InputError::Reason::Invalid);
        QCOMPARE(error->message(),
                 QStringLiteral("weak.csr: the request's key is RSA 1024; TrustDesk signs RSA "
                                "keys of 2048 bits or more"));
        const PrivateKey almost = rsaKey(2040);
        QVERIFY(inputErrorOf([&] {
            CertificateRequest::fromBytes(pemOf(makeRequest(almost)), QStringLiteral("x"));
        }));
    }

    void requestWithRsa2048IsAccepted()
    {
        const PrivateKey rsa = PrivateKey::generate(KeyType::Rsa2048);
        const CertificateRequest request =
            CertificateRequest::fromBytes(pemOf(makeRequest(rsa)), QStringLiteral("x"));
        QCOMPARE(request.keyDescription(), QStringLiteral("RSA 2048"));
    }

    void whatIsNoRequestIsRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("please sign me\n");
        QTest::newRow("a certificate")
            << TestPki::selfSignedClient(QStringLiteral("Alice")).cert.toPem().toLatin1();
        QTest::newRow("truncated DER") << derOf(makeRequest(key)).left(60);
        const QByteArray pem = pemOf(makeRequest(key));
        QTest::newRow("PEM without END line") << pem.left(pem.indexOf("-----END"));
    }
    void whatIsNoRequestIsRefused()
    {
        QFETCH(QByteArray, data);
        const auto error =
            inputErrorOf([&] { CertificateRequest::fromBytes(data, QStringLiteral("in.csr")); });
        QVERIFY(error);
        QCOMPARE(error->reason(), InputError::Reason::Invalid);
        QCOMPARE(error->message(), QStringLiteral("in.csr: not a certificate signing request "
                                                  "(expected PKCS#10 in PEM or DER)"));
    }

    void missingRequestFileIsNamed()
    {
        const QString path = dir.filePath(QStringLiteral("missing.csr"));
        const auto error = inputErrorOf([&] { CertificateRequest::fromFile(path); });
        QVERIFY(error);
        QCOMPARE(error->message(), path + QStringLiteral(": no such file"));
    }
};

QTEST_GUILESS_MAIN(TestCertificateRequest)
#include "TestCertificateRequest.moc"
