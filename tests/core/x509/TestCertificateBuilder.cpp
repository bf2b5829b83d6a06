// CertificateBuilder: what it builds, read back through the Certificate accessors,
// including the deliberately bad variants the engine's tests rely on (v1, no
// basicConstraints, unknown critical extensions, a non-CA that signs, odd validity).
#include "support/TestPki.h"
#include "x509/CertificateBuilder.h"

#include <QTest>
#include <openssl/x509v3.h>

#include <optional>
#include <stdexcept>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

const QString BasicConstraintsOid = QStringLiteral("2.5.29.19");
const QString KeyUsageOid = QStringLiteral("2.5.29.15");
const QString ExtendedKeyUsageOid = QStringLiteral("2.5.29.37");
const QString SubjectAltNameOid = QStringLiteral("2.5.29.17");
const QString SubjectKeyIdOid = QStringLiteral("2.5.29.14");
const QString AuthorityKeyIdOid = QStringLiteral("2.5.29.35");

std::optional<CertificateExtension> extension(const Certificate &cert, const QString &oid)
{
    for (const CertificateExtension &ext : cert.extensions()) {
        if (ext.oid == oid)
            return ext;
    }
    return std::nullopt;
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

} // namespace

class TestCertificateBuilder : public QObject
{
    Q_OBJECT

    Issued root;

private slots:
    void initTestCase() { root = TestPki::root(QStringLiteral("Toot")); }

    void builderMakesASelfSignedCaRoot()
    {
        const Certificate &cert = root.cert;
        QCOMPARE(cert.version(), 3);
        QVERIFY(cert.hasBasicConstraints());
        QVERIFY(cert.isCa());
        QCOMPARE(cert.pathLength(), -1);
        QVERIFY(cert.isSelfIssued());
        QVERIFY(cert.isSelfSigned());
        QCOMPARE(cert.subjectText(), QStringLiteral("CN=Toot"));
        QCOMPARE(cert.issuerText(), QStringLiteral("CN=Toot"));
        const auto bc = extension(cert, BasicConstraintsOid);
        QVERIFY(bc);
        QVERIFY(bc->critical);
        QCOMPARE(bc->value, QStringLiteral("CA:TRUE"));
        const auto ku = extension(cert, KeyUsageOid);
        QVERIFY(ku);
        QVERIFY(ku->critical);
        QVERIFY2(ku->value.contains(QStringLiteral("Certificate Sign")), qPrintable(ku->value));
        QVERIFY2(ku->value.contains(QStringLiteral("CRL Sign")), qPrintable(ku->value));
        QVERIFY(extension(cert, SubjectKeyIdOid));
        QVERIFY(!extension(cert, AuthorityKeyIdOid)); // nothing above a self-signed root
        QVERIFY(!extension(cert, ExtendedKeyUsageOid));
        QCOMPARE(X509_get_signature_nid(cert.x509()), NID_ecdsa_with_SHA256);
        QCOMPARE(cert.keyDescription(), QStringLiteral("EC prime256v1"));
    }

    void builderLimitsThePathLengthOfACa()
    {
        for (const int limit : {0, 1, 3}) {
            const Issued ca = TestPki::intermediate(QStringLiteral("Sub"), root, limit);
            QVERIFY(ca.cert.isCa());
            QCOMPARE(ca.cert.pathLength(), limit);
            QCOMPARE(extension(ca.cert, BasicConstraintsOid)->value,
                     QStringLiteral("CA:TRUE, pathlen:%1").arg(limit));
        }
    }

    void builderMakesAnEndEntity()
    {
        const Issued leaf = TestPki::client(QStringLiteral("Frank"), root);
        QVERIFY(leaf.cert.hasBasicConstraints());
        QVERIFY(!leaf.cert.isCa());
        const auto bc = extension(leaf.cert, BasicConstraintsOid);
        QVERIFY(bc && bc->critical);
        QCOMPARE(bc->value, QStringLiteral("CA:FALSE"));
        const auto ku = extension(leaf.cert, KeyUsageOid);
        QVERIFY(ku && ku->critical);
        QCOMPARE(ku->value, QStringLiteral("Digital Signature, Key Encipherment"));
        QVERIFY(!ku->value.contains(QStringLiteral("Certificate Sign")));
    }

    void builderSignsWithTheIssuersNameAndKey()
    {
        const Issued leaf = TestPki::client(QStringLiteral("Frank"), root);
        QCOMPARE(leaf.cert.issuerText(), root.cert.subjectText());
        QVERIFY(!leaf.cert.isSelfIssued());
        QVERIFY(!leaf.cert.isSelfSigned());
        QVERIFY(leaf.cert.isSignedBy(root.cert));
        // A different CA with the same name does not verify it.
        const Issued twin = TestPki::root(QStringLiteral("Toot"));
        QCOMPARE(twin.cert.subjectText(), root.cert.subjectText());
        QVERIFY(!leaf.cert.isSignedBy(twin.cert));
        QVERIFY(!leaf.cert.isSignedBy(Certificate()));
        // The authority key identifier points at the issuer's subject key identifier.
        const ASN1_OCTET_STRING *aki = X509_get0_authority_key_id(leaf.cert.x509());
        const ASN1_OCTET_STRING *ski = X509_get0_subject_key_id(root.cert.x509());
        QVERIFY(aki && ski);
        QCOMPARE(ASN1_OCTET_STRING_cmp(aki, ski), 0);
    }

    void builderSetsTheValidityToTheSecond()
    {
        const QDateTime from = utc(2025, 3, 4, 5, 6, 7);
        const QDateTime to = utc(2027, 8, 9, 10, 11, 12);
        const Certificate cert =
            TestPki::builder(QStringLiteral("A")).validity(from, to).selfSign(TestPki::newKey());
        QCOMPARE(cert.notBefore(), from);
        QCOMPARE(cert.notAfter(), to);
    }

    void builderWritesValidityBeyond2049()
    {
        // UTCTime ends with 2049; later dates are GeneralizedTime and must read back the same.
        const QDateTime from = utc(2049, 12, 31, 23, 59, 59);
        const QDateTime to = utc(2099, 6, 30, 12, 0, 0);
        const Certificate cert =
            TestPki::builder(QStringLiteral("A")).validity(from, to).selfSign(TestPki::newKey());
        QCOMPARE(cert.notBefore(), from);
        QCOMPARE(cert.notAfter(), to);
    }

    void builderDefaultsToAYearFromYesterday()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Certificate cert =
            CertificateBuilder().commonName(QStringLiteral("A")).selfSign(TestPki::newKey());
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY(cert.notBefore() >= before.addDays(-1).addSecs(-1));
        QVERIFY(cert.notBefore() <= after.addDays(-1));
        QVERIFY(cert.notAfter() >= before.addYears(1).addSecs(-1));
        QVERIFY(cert.notAfter() <= after.addYears(1));
    }

    void builderMakesExpiredAndInvertedValidityOnRequest()
    {
        const Certificate expired = TestPki::builder(QStringLiteral("Old"))
                                        .validity(utc(2020, 1, 1), utc(2021, 1, 1))
                                        .selfSign(TestPki::newKey());
        QCOMPARE(expired.notAfter(), utc(2021, 1, 1));
        QVERIFY(expired.notAfter() < TestPki::evaluationTime());
        // Not after before not before: nonsense, but it is built as asked.
        const Certificate inverted = TestPki::builder(QStringLiteral("Odd"))
                                         .validity(utc(2028, 1, 1), utc(2026, 1, 1))
                                         .selfSign(TestPki::newKey());
        QVERIFY(inverted.notAfter() < inverted.notBefore());
    }

    void builderUsesAFixedSerialWhenGiven()
    {
        const PrivateKey key = TestPki::newKey();
        QCOMPARE(TestPki::builder(QStringLiteral("A")).serial(0x1234).selfSign(key).serialHex(),
                 QStringLiteral("1234"));
        QCOMPARE(TestPki::builder(QStringLiteral("A")).serial(1).selfSign(key).serialHex(),
                 QStringLiteral("01"));
        QCOMPARE(TestPki::builder(QStringLiteral("A"))
                     .serial(0xFFFFFFFFFFFFFFFFull)
                     .selfSign(key)
                     .serialHex(),
                 QStringLiteral("FFFFFFFFFFFFFFFF"));
    }

    void builderGivesRandomPositiveSerialsOfAtMost128Bits()
    {
        const PrivateKey key = TestPki::newKey();
        QSet<QString> seen;
        for (int i = 0; i < 8; ++i) {
            const Certificate cert = TestPki::builder(QStringLiteral("A")).selfSign(key);
            const QString serial = cert.serialHex();
            QVERIFY(!serial.isEmpty());
            QVERIFY2(!serial.startsWith(QLatin1Char('-')), qPrintable(serial));
            QVERIFY2(serial.size() <= 32, qPrintable(serial));
            QVERIFY2(serial.count(QLatin1Char('0')) != serial.size(), qPrintable(serial));
            seen.insert(serial);
        }
        QCOMPARE(seen.size(), 8);
    }

    void builderMakesAVersion1CertificateWithoutExtensions()
    {
        const Certificate v1 = TestPki::builder(QStringLiteral("Old root"))
                                   .certificateAuthority()
                                   .extendedKeyUsage(QStringLiteral("clientAuth"))
                                   .version1()
                                   .selfSign(TestPki::newKey());
        QCOMPARE(v1.version(), 1);
        QVERIFY(v1.extensions().isEmpty());
        QVERIFY(!v1.hasBasicConstraints());
        QVERIFY(!v1.isCa());
        QVERIFY(v1.isSelfSigned());
    }

    void builderLeavesNoAuthorityKeyIdUnderAVersion1Root()
    {
        Issued v1{Certificate(), TestPki::newKey()};
        v1.cert = TestPki::builder(QStringLiteral("Old root")).version1().selfSign(v1.key);
        const Issued leaf = TestPki::client(QStringLiteral("Frank"), v1);
        QVERIFY(leaf.cert.isSignedBy(v1.cert));
        QVERIFY(extension(leaf.cert, SubjectKeyIdOid));
        QVERIFY(!extension(leaf.cert, AuthorityKeyIdOid));
    }

    void builderOmitsBasicConstraintsOnRequest()
    {
        // A "CA" that signs (keyCertSign) but never says it is one.
        const Certificate cert = TestPki::builder(QStringLiteral("Sneaky"))
                                     .certificateAuthority()
                                     .noBasicConstraints()
                                     .selfSign(TestPki::newKey());
        QCOMPARE(cert.version(), 3);
        QVERIFY(!cert.hasBasicConstraints());
        QVERIFY(!cert.isCa());
        QVERIFY(!extension(cert, BasicConstraintsOid));
        const auto ku = extension(cert, KeyUsageOid);
        QVERIFY(ku);
        QVERIFY(ku->value.contains(QStringLiteral("Certificate Sign")));
        // A plain builder adds no basicConstraints either.
        QVERIFY(!TestPki::builder(QStringLiteral("Plain"))
                     .selfSign(TestPki::newKey())
                     .hasBasicConstraints());
    }

    void builderLetsANonCaSign()
    {
        const Issued notCa = TestPki::client(QStringLiteral("Frank"), root);
        const Issued minted = TestPki::client(QStringLiteral("Mallory"), notCa);
        QVERIFY(!notCa.cert.isCa());
        QVERIFY(minted.cert.isSignedBy(notCa.cert));
        QCOMPARE(minted.cert.issuerText(), QStringLiteral("CN=Frank"));
    }

    void builderAddsTheExtendedKeyUsageAskedFor()
    {
        const Issued client = TestPki::client(QStringLiteral("Frank"), root);
        const auto eku = extension(client.cert, ExtendedKeyUsageOid);
        QVERIFY(eku);
        QVERIFY(!eku->critical);
        QCOMPARE(eku->value, QStringLiteral("TLS Web Client Authentication"));
        QCOMPARE(X509_get_extended_key_usage(client.cert.x509()), quint32(XKU_SSL_CLIENT));

        CertificateBuilder b = TestPki::builder(QStringLiteral("Server"));
        b.endEntity().extendedKeyUsage(QStringLiteral("serverAuth"));
        const Issued server = TestPki::issue(b, root);
        QCOMPARE(X509_get_extended_key_usage(server.cert.x509()), quint32(XKU_SSL_SERVER));

        CertificateBuilder both = TestPki::builder(QStringLiteral("Both"));
        both.extendedKeyUsage(QStringLiteral("critical,serverAuth,clientAuth"));
        const Certificate cert = both.selfSign(TestPki::newKey());
        QVERIFY(extension(cert, ExtendedKeyUsageOid)->critical);
        QCOMPARE(X509_get_extended_key_usage(cert.x509()),
                 quint32(XKU_SSL_SERVER | XKU_SSL_CLIENT));
    }

    void builderWritesSubjectAltNames()
    {
        const Certificate cert = TestPki::builder(QStringLiteral("Frank"))
                                     .emailAddress(QStringLiteral("frank@example.com"))
                                     .subjectAltNames(QStringLiteral("DNS:localhost,IP:127.0.0.1"))
                                     .selfSign(TestPki::newKey());
        const auto san = extension(cert, SubjectAltNameOid);
        QVERIFY(san);
        QCOMPARE(san->value, QStringLiteral("email:frank@example.com, DNS:localhost, "
                                            "IP Address:127.0.0.1"));
        QVERIFY(!extension(TestPki::root(QStringLiteral("X")).cert, SubjectAltNameOid));
    }

    void builderLeavesKeyIdentifiersOutWhenToldTo()
    {
        CertificateBuilder b = TestPki::builder(QStringLiteral("Bare"));
        b.endEntity().keyIdentifiers(false);
        const Issued leaf = TestPki::issue(b, root);
        QVERIFY(!extension(leaf.cert, SubjectKeyIdOid));
        QVERIFY(!extension(leaf.cert, AuthorityKeyIdOid));
        QVERIFY(leaf.cert.isSignedBy(root.cert));
    }

    void builderAddsACustomCriticalExtension()
    {
        const QByteArray derNull("\x05\x00", 2);
        const Certificate cert =
            TestPki::builder(QStringLiteral("Strange"))
                .endEntity()
                .customExtension(QStringLiteral("1.3.6.1.4.1.55555.1"), true, derNull)
                .customExtension(QStringLiteral("1.3.6.1.4.1.55555.2"), false,
                                 QByteArray("\x04\x01\x41", 3))
                .selfSign(TestPki::newKey());
        const auto critical = extension(cert, QStringLiteral("1.3.6.1.4.1.55555.1"));
        QVERIFY(critical);
        QVERIFY(critical->critical);
        QCOMPARE(critical->name, QStringLiteral("1.3.6.1.4.1.55555.1")); // OpenSSL has no name
        QCOMPARE(critical->value, QStringLiteral("05:00"));
        const auto plain = extension(cert, QStringLiteral("1.3.6.1.4.1.55555.2"));
        QVERIFY(plain);
        QVERIFY(!plain->critical);
        // OpenSSL marks the certificate as carrying a critical extension it does not know.
        QVERIFY(X509_get_extension_flags(cert.x509()) & EXFLAG_CRITICAL);
        QVERIFY(!(X509_get_extension_flags(root.cert.x509()) & EXFLAG_CRITICAL));
    }

    void builderKeepsSubjectFieldsInTheirOrder()
    {
        const Certificate cert =
            CertificateBuilder()
                .subjectField(QStringLiteral("C"), QStringLiteral("GB"))
                .subjectField(QStringLiteral("ST"), QStringLiteral("Kent"))
                .subjectField(QStringLiteral("L"), QStringLiteral("Dover"))
                .subjectField(QStringLiteral("O"), QStringLiteral("Chug, Inc"))
                .subjectField(QStringLiteral("OU"), QStringLiteral("IT"))
                .commonName(QStringLiteral("Frank"))
                .subjectField(QStringLiteral("emailAddress"), QStringLiteral("frank@example.com"))
                .selfSign(TestPki::newKey());
        // Most specific first, as Windows shows names; commas in values escaped.
        QCOMPARE(cert.subjectText(), QStringLiteral("E=frank@example.com, CN=Frank, OU=IT, "
                                                    "O=Chug\\, Inc, L=Dover, S=Kent, C=GB"));
        QCOMPARE(cert.displayName(), QStringLiteral("Frank"));
        QCOMPARE(cert.commonNames().values, QStringList{QStringLiteral("Frank")});
    }

    void builderWritesNonAsciiCommonNamesAsUtf8()
    {
        const QString cn = QStringLiteral("Zoë Ølsen 日本");
        const Certificate cert = TestPki::builder(cn).selfSign(TestPki::newKey());
        QCOMPARE(cert.commonNames().values, QStringList{cn});
        QVERIFY(cert.commonNames().allDecodable);
        QCOMPARE(cert.displayName(), cn);
    }

    void builderWritesRawCommonNameBytes()
    {
        const Certificate bell =
            CertificateBuilder().rawCommonName(QByteArray("Fr\x07nk")).selfSign(TestPki::newKey());
        QCOMPARE(bell.commonNames().values,
                 QStringList{QStringLiteral("Fr") + QChar(7) + QStringLiteral("nk")});
        QCOMPARE(bell.subjectText(), QStringLiteral("CN=Fr\\07nk")); // never hidden
        const Certificate nul =
            CertificateBuilder().rawCommonName(QByteArray("Fr\0nk", 5)).selfSign(TestPki::newKey());
        QCOMPARE(nul.commonNames().values.first().size(), 5);
        QCOMPARE(nul.commonNames().values.first().at(2), QChar(0));
        QCOMPARE(nul.subjectText(), QStringLiteral("CN=Fr\\00nk"));
    }

    void builderAddsSeveralCommonNames()
    {
        const Certificate cert = CertificateBuilder()
                                     .commonName(QStringLiteral("Frank"))
                                     .commonName(QStringLiteral("Rich"))
                                     .selfSign(TestPki::newKey());
        QCOMPARE(cert.commonNames().values,
                 (QStringList{QStringLiteral("Frank"), QStringLiteral("Rich")}));
        QCOMPARE(cert.displayName(), cert.subjectText()); // no single CN to show
    }

    void builderCopiesAWholeSubjectName()
    {
        const Certificate source = CertificateBuilder()
                                       .subjectField(QStringLiteral("O"), QStringLiteral("Org"))
                                       .commonName(QStringLiteral("Copied"))
                                       .selfSign(TestPki::newKey());
        const Certificate copy = CertificateBuilder()
                                     .subjectName(X509_get_subject_name(source.x509()))
                                     .selfSign(TestPki::newKey());
        QCOMPARE(copy.subjectText(), QStringLiteral("CN=Copied, O=Org"));
        QCOMPARE(
            X509_NAME_cmp(X509_get_subject_name(copy.x509()), X509_get_subject_name(source.x509())),
            0);
        QVERIFY(copy.isSelfIssued());
    }

    void builderSignsAPublicKeyItDoesNotHold()
    {
        const PrivateKey subjectKey = PrivateKey::generate(KeyType::EcP384);
        const Certificate cert = TestPki::builder(QStringLiteral("Remote"))
                                     .signPublicKey(subjectKey.pkey(), root.cert, root.key);
        QVERIFY(subjectKey.matches(X509_get0_pubkey(cert.x509())));
        QVERIFY(!root.key.matches(X509_get0_pubkey(cert.x509())));
        QVERIFY(cert.isSignedBy(root.cert));
        QCOMPARE(cert.keyDescription(), QStringLiteral("EC secp384r1"));
    }

    void builtCertificateSurvivesADerRoundTrip()
    {
        const Issued leaf = TestPki::client(QStringLiteral("Frank"), root);
        const Certificate again = Certificate::fromDer(leaf.cert.der());
        QVERIFY(!again.isNull());
        QCOMPARE(again, leaf.cert);
        QCOMPARE(again.thumbprint().key(), leaf.cert.thumbprint().key());
        QVERIFY(Certificate::fromDer(leaf.cert.der() + QByteArray(1, '\0')).isNull());
        QVERIFY(Certificate::fromDer(leaf.cert.der().left(50)).isNull());
        QVERIFY(Certificate::fromDer(QByteArray()).isNull());
    }

    void builderRefusesAnUnknownSubjectField()
    {
        CertificateBuilder b;
        b.subjectField(QStringLiteral("NoSuchField"), QStringLiteral("x"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, b.selfSign(TestPki::newKey()));
    }

    void builderRefusesAMalformedExtensionSpec()
    {
        CertificateBuilder ku = TestPki::builder(QStringLiteral("A"));
        ku.keyUsage(QStringLiteral("noSuchUsage"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ku.selfSign(TestPki::newKey()));
        CertificateBuilder san = TestPki::builder(QStringLiteral("A"));
        san.subjectAltNames(QStringLiteral("NOTATYPE:value"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, san.selfSign(TestPki::newKey()));
    }
};

QTEST_GUILESS_MAIN(TestCertificateBuilder)
#include "TestCertificateBuilder.moc"
