// RevocationList: CRLs read from PEM (one or several) and DER, what they say (issuer,
// revoked entries, this and next update), and everything else refused by name.
#include "support/InputErrorOf.h"
#include "support/TestPki.h"
#include "x509/RevocationList.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/pem.h>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

QByteArray pemOf(const RevocationList &crl)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509_CRL(bio.get(), crl.crl());
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(length));
}

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

// A CRL without a nextUpdate field (optional in RFC 5280), made with OpenSSL directly.
RevocationList crlWithoutNextUpdate(const Issued &issuer)
{
    X509CrlPtr crl(X509_CRL_new());
    X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2);
    X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(issuer.cert.x509()));
    Asn1TimePtr last(ASN1_TIME_set(nullptr, time_t(TestPki::start().toSecsSinceEpoch())));
    X509_CRL_set1_lastUpdate(crl.get(), last.get());
    X509_CRL_sign(crl.get(), issuer.key.pkey(), EVP_sha256());
    unsigned char *der = nullptr;
    const int length = i2d_X509_CRL(crl.get(), &der);
    const QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return RevocationList::fromDer(bytes);
}

} // namespace

class TestRevocationList : public QObject
{
    Q_OBJECT

    Issued root, other;
    Issued revoked1, revoked2, good;
    RevocationList crl;
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

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        root = TestPki::root(QStringLiteral("Toot"));
        other = TestPki::root(QStringLiteral("Other CA"));
        revoked1 = TestPki::client(QStringLiteral("Revoked one"), root);
        revoked2 = TestPki::client(QStringLiteral("Revoked two"), root);
        good = TestPki::client(QStringLiteral("Good"), root);
        crl = TestPki::crl(root, {revoked1.cert, revoked2.cert}, utc(2026, 5, 1), utc(2026, 7, 1));
        QVERIFY(!crl.isNull());
    }

    void crlReadsFromPem()
    {
        const QByteArray pem = pemOf(crl);
        QVERIFY(pem.startsWith("-----BEGIN X509 CRL-----"));
        const QList<RevocationList> loaded = RevocationList::loadBytes(pem, QStringLiteral("x"));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().der(), crl.der());
        QCOMPARE(loaded.first().issuerText(), QStringLiteral("CN=Toot"));
        QCOMPARE(loaded.first().revokedCount(), 2);
        QCOMPARE(loaded.first().thisUpdate(), utc(2026, 5, 1));
        QCOMPARE(loaded.first().nextUpdate(), utc(2026, 7, 1));
    }

    void crlReadsFromDer()
    {
        const QString path = writeFile(QStringLiteral("toot.crl"), crl.der());
        const QList<RevocationList> loaded = RevocationList::loadFile(path);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().der(), crl.der());
        QCOMPARE(loaded.first().issuerText(), QStringLiteral("CN=Toot"));
        QCOMPARE(loaded.first().revokedCount(), 2);
    }

    void crlReadsSeveralPemBlocksAndSkipsOtherBlocks()
    {
        const RevocationList second = TestPki::crl(other, {});
        // A certificate in between is not a CRL and is passed over.
        const QByteArray data = pemOf(crl) + other.cert.toPem().toLatin1() + pemOf(second);
        const QList<RevocationList> loaded = RevocationList::loadBytes(data, QStringLiteral("x"));
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).issuerText(), QStringLiteral("CN=Toot"));
        QCOMPARE(loaded.at(1).issuerText(), QStringLiteral("CN=Other CA"));
        QCOMPARE(loaded.at(1).revokedCount(), 0);
    }

    void crlFindsTheRevocationDateOfAListedCertificate()
    {
        QCOMPARE(crl.revocationDateOf(revoked1.cert), utc(2026, 5, 1));
        QCOMPARE(crl.revocationDateOf(revoked2.cert), utc(2026, 5, 1));
        QVERIFY(crl.revocationDateOf(good.cert).isNull());
        QVERIFY(crl.revocationDateOf(root.cert).isNull());
    }

    void crlIgnoresTheSameSerialFromAnotherIssuer()
    {
        CertificateBuilder b = TestPki::builder(QStringLiteral("Same serial"));
        b.serial(4242).endEntity();
        const Issued mine = TestPki::issue(b, root);
        const Issued theirs = TestPki::issue(b, other);
        QCOMPARE(mine.cert.serialHex(), theirs.cert.serialHex());
        const RevocationList list = TestPki::crl(root, {mine.cert});
        QVERIFY(!list.revocationDateOf(mine.cert).isNull());
        QVERIFY(list.revocationDateOf(theirs.cert).isNull());
    }

    void crlWithoutNextUpdateHasANullNextUpdate()
    {
        const RevocationList list = crlWithoutNextUpdate(root);
        QVERIFY(!list.isNull());
        QCOMPARE(list.thisUpdate(), TestPki::start());
        QVERIFY(list.nextUpdate().isNull());
        QCOMPARE(list.revokedCount(), 0);
        // And it still loads from PEM.
        QCOMPARE(RevocationList::loadBytes(pemOf(list), QStringLiteral("x")).size(), 1);
    }

    void crlKeepsAComplexIssuerName()
    {
        Issued ca{Certificate(), TestPki::newKey()};
        ca.cert = CertificateBuilder()
                      .subjectField(QStringLiteral("C"), QStringLiteral("GB"))
                      .subjectField(QStringLiteral("O"), QStringLiteral("Chug, Inc"))
                      .commonName(QStringLiteral("Chug and Ring"))
                      .certificateAuthority()
                      .selfSign(ca.key);
        const RevocationList list = TestPki::crl(ca, {});
        QCOMPARE(list.issuerText(), ca.cert.subjectText());
        QCOMPARE(list.issuerText(), QStringLiteral("CN=Chug and Ring, O=Chug\\, Inc, C=GB"));
    }

    void crlFromDerRefusesAnythingButExactlyOneCrl()
    {
        QVERIFY(!RevocationList::fromDer(crl.der()).isNull());
        QVERIFY(RevocationList::fromDer(QByteArray()).isNull());
        QVERIFY(RevocationList::fromDer(crl.der().left(crl.der().size() - 1)).isNull());
        QVERIFY(RevocationList::fromDer(crl.der() + QByteArray(2, '\0')).isNull());
        QVERIFY(RevocationList::fromDer(root.cert.der()).isNull());
        QVERIFY(RevocationList().isNull());
    }

    void crlRefusesInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral(": is empty");
        QTest::newRow("white space") << QByteArray(" \n\r\n ") << QStringLiteral(": is empty");
        QTest::newRow("text garbage") << QByteArray("this is no CRL at all\n")
                                      << QStringLiteral(": not a revocation list (PEM or DER CRL)");
        QTest::newRow("binary garbage")
            << QByteArray("\x30\x03\x02\x01\x05", 5)
            << QStringLiteral(": not a revocation list (PEM or DER CRL)");
        QTest::newRow("truncated DER")
            << crl.der().left(crl.der().size() / 2)
            << QStringLiteral(": not a revocation list (PEM or DER CRL)");
        QTest::newRow("DER with bytes after it")
            << crl.der() + QByteArray("junk") << QStringLiteral(": not a revocation list");
        QTest::newRow("a DER certificate")
            << root.cert.der() << QStringLiteral(": not a revocation list (PEM or DER CRL)");
        QTest::newRow("a PEM certificate")
            << root.cert.toPem().toLatin1()
            << QStringLiteral(": contains no revocation list (X509 CRL block)");
        QTest::newRow("a good CRL then a damaged one")
            << pemOf(crl) + pemOf(crl).left(120)
            << QStringLiteral(": a revocation list in it is damaged");
        QTest::newRow("a good CRL then a block that is not a CRL inside")
            << pemOf(crl) +
                   QByteArray(
                       "-----BEGIN X509 CRL-----\naGVsbG8gd29ybGQ=\n-----END X509 CRL-----\n")
            << QStringLiteral(": a revocation list in it is damaged");
    }
    void crlRefusesInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const QString path = writeFile(QStringLiteral("bad.crl"), data);
        const auto error = inputErrorOf([&] { RevocationList::loadFile(path); });
        QVERIFY(error);
        QCOMPARE(error->reason(), InputError::Reason::Invalid);
        QVERIFY2(error->message().startsWith(path + expected), qPrintable(error->message()));
        // loadBytes names what it is given the same way.
        const auto again =
            inputErrorOf([&] { RevocationList::loadBytes(data, QStringLiteral("the CRL")); });
        QVERIFY(again);
        QVERIFY2(again->message().startsWith(QStringLiteral("the CRL") + expected),
                 qPrintable(again->message()));
    }

    void crlNamesASingleDamagedCrlAsDamaged()
    {
        QByteArray badBase64 = pemOf(crl);
        badBase64.insert(badBase64.indexOf('\n') + 5, "!!**");
        const QByteArray noEndLine = pemOf(crl).left(pemOf(crl).indexOf("-----END"));
        for (const QByteArray &data : {badBase64, noEndLine}) {
            const auto error =
                inputErrorOf([&] { RevocationList::loadBytes(data, QStringLiteral("one.crl")); });
            QVERIFY(error);
            QCOMPARE(error->reason(), InputError::Reason::Invalid);
            QVERIFY2(error->message().startsWith(QStringLiteral("one.crl: ")),
                     qPrintable(error->message()));
            QVERIFY2(error->message().contains(QStringLiteral("damaged")),
                     qPrintable(error->message()));
        }
    }

    void crlRefusesAMissingFile()
    {
        const QString path = dir.filePath(QStringLiteral("missing.crl"));
        const auto error = inputErrorOf([&] { RevocationList::loadFile(path); });
        QVERIFY(error);
        QCOMPARE(error->message(), path + QStringLiteral(": no such file"));
    }

    void crlRefusesAFileOverTheSizeLimit()
    {
        const QString path =
            writeFile(QStringLiteral("huge.crl"), pemOf(crl) + QByteArray(10 * 1024 * 1024, '\n'));
        const auto error = inputErrorOf([&] { RevocationList::loadFile(path); });
        QFile::remove(path);
        QVERIFY(error);
        QVERIFY2(error->message().startsWith(path + QStringLiteral(": is larger than")),
                 qPrintable(error->message()));
    }
};

QTEST_GUILESS_MAIN(TestRevocationList)
#include "TestRevocationList.moc"
