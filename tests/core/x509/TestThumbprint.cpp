// Thumbprints as people type and read them (RULES.md section 1): SHA-1 over the DER
// certificate, uppercase hex in groups of four, typed with or without spaces or colons in
// any case; the SHA-256 fingerprint beside it.
#include "support/TestPki.h"
#include "x509/Thumbprint.h"

#include <QCryptographicHash>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

const QString Key = QStringLiteral("3D17CFF3E27B127D2753A7F1873E2743783BFBD2");
const QString Grouped = QStringLiteral("3D17 CFF3 E27B 127D 2753 A7F1 873E 2743 783B FBD2");

} // namespace

class TestThumbprint : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryTypedForm_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("key form") << Key;
        QTest::newRow("grouped form") << Grouped;
        QTest::newRow("lower case") << Key.toLower();
        QTest::newRow("mixed case") << QStringLiteral("3d17CfF3e27b127D2753a7F1873e2743783bFBd2");
        QTest::newRow("colons") << QStringLiteral(
            "3d:17:cf:f3:e2:7b:12:7d:27:53:a7:f1:87:3e:27:43:78:3b:fb:d2");
        QTest::newRow("dashes") << QStringLiteral("3D17-CFF3-E27B-127D-2753-A7F1-873E-2743-783B-"
                                                  "FBD2");
        QTest::newRow("spaces between every byte")
            << QStringLiteral("3d 17 cf f3 e2 7b 12 7d 27 53 a7 f1 87 3e 27 43 78 3b fb d2");
        QTest::newRow("surrounding white space and a tab")
            << QStringLiteral("  \t3D17 CFF3 E27B 127D 2753\tA7F1 873E 2743 783B FBD2\n");
        QTest::newRow("copied with a line break")
            << QStringLiteral("3D17 CFF3 E27B 127D 2753\r\nA7F1 873E 2743 783B FBD2");
        QTest::newRow("separators mixed")
            << QStringLiteral("3D:17 CF-F3:e2 7b:12-7D 2753:A7F1 873E-2743 783B:FBD2");
    }
    void parsesEveryTypedForm()
    {
        QFETCH(QString, typed);
        const std::optional<Thumbprint> tp = Thumbprint::fromText(typed);
        QVERIFY2(tp.has_value(), qPrintable(typed));
        QCOMPARE(tp->key(), Key);
        QCOMPARE(tp->grouped(), Grouped);
    }

    void refusesWrongLengthsAndNonHex_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("only separators") << QStringLiteral(" : - ");
        QTest::newRow("39 digits") << Key.left(39);
        QTest::newRow("41 digits") << Key + QLatin1Char('0');
        QTest::newRow("38 digits") << Key.left(38);
        QTest::newRow("42 digits") << Key + QStringLiteral("00");
        QTest::newRow("SHA-256 length (64)") << Key + Key.left(24);
        QTest::newRow("letter g") << QStringLiteral("3G17CFF3E27B127D2753A7F1873E2743783BFBD2");
        QTest::newRow("0x prefix") << QStringLiteral("0x") + Key.left(38);
        QTest::newRow("dot separators")
            << QStringLiteral("3D17.CFF3.E27B.127D.2753.A7F1.873E.2743.783B.FBD2");
        QTest::newRow("base64, not hex") << QStringLiteral("PRfP8+J7En0nU6fxhz4nQ3g7+9I=");
        QTest::newRow("fullwidth digit")
            << QString(QChar(0xFF11)) + Key.mid(1); // 'FULLWIDTH DIGIT ONE' is not hex
        QTest::newRow("arabic-indic digit") << QString(QChar(0x0663)) + Key.mid(1);
        QTest::newRow("NUL inside") << Key.left(20) + QChar(0) + Key.mid(20);
    }
    void refusesWrongLengthsAndNonHex()
    {
        QFETCH(QString, typed);
        QVERIFY2(!Thumbprint::fromText(typed).has_value(), qPrintable(typed));
    }

    void groupedFormIsFourDigitGroupsInUpperCase()
    {
        const std::optional<Thumbprint> tp = Thumbprint::fromText(Key.toLower());
        QVERIFY(tp);
        QCOMPARE(tp->grouped().size(), 40 + 9);
        const QStringList groups = tp->grouped().split(QLatin1Char(' '));
        QCOMPARE(groups.size(), 10);
        for (const QString &group : groups) {
            QCOMPARE(group.size(), 4);
            QCOMPARE(group, group.toUpper());
        }
    }

    void groupedFormParsesBackToTheSameThumbprint()
    {
        const Thumbprint tp = *Thumbprint::fromText(Key);
        const std::optional<Thumbprint> again = Thumbprint::fromText(tp.grouped());
        QVERIFY(again);
        QVERIFY(*again == tp);
        QCOMPARE(again->key(), tp.key());
    }

    void fromBytesGivesUpperCaseHex()
    {
        const QByteArray sha1 = QByteArray::fromHex(Key.toLatin1());
        QCOMPARE(sha1.size(), Thumbprint::Length);
        const Thumbprint tp = Thumbprint::fromBytes(sha1);
        QCOMPARE(tp.key(), Key);
        QCOMPARE(tp.grouped(), Grouped);
        QVERIFY(tp == *Thumbprint::fromText(Key.toLower()));
    }

    void differentThumbprintsAreNotEqual()
    {
        const Thumbprint a = *Thumbprint::fromText(Key);
        const Thumbprint b = *Thumbprint::fromText(Key.left(39) + QLatin1Char('3'));
        QVERIFY(!(a == b));
    }

    void groupHexGroupsAnyLength()
    {
        QCOMPARE(Thumbprint::groupHex(QString()), QString());
        QCOMPARE(Thumbprint::groupHex(QStringLiteral("ABCD")), QStringLiteral("ABCD"));
        QCOMPARE(Thumbprint::groupHex(QStringLiteral("ABCDEF")), QStringLiteral("ABCD EF"));
        QCOMPARE(Thumbprint::groupHex(QStringLiteral("ABCDEF0123")),
                 QStringLiteral("ABCD EF01 23"));
    }

    void certificateThumbprintIsSha1OfTheDer()
    {
        const Issued cert = TestPki::selfSignedClient(QStringLiteral("Frank"));
        const QByteArray sha1 = QCryptographicHash::hash(cert.cert.der(), QCryptographicHash::Sha1);
        const QString expected = QString::fromLatin1(sha1.toHex().toUpper());
        QCOMPARE(cert.cert.thumbprint().key(), expected);
        QCOMPARE(cert.cert.thumbprint().grouped(), Thumbprint::groupHex(expected));
        QVERIFY(cert.cert.thumbprint() == *Thumbprint::fromText(expected.toLower()));
    }

    void sha256FingerprintIsShownBesideItGrouped()
    {
        const Issued cert = TestPki::selfSignedClient(QStringLiteral("Frank"));
        const QByteArray sha256 =
            QCryptographicHash::hash(cert.cert.der(), QCryptographicHash::Sha256);
        const QString hex = QString::fromLatin1(sha256.toHex().toUpper());
        QCOMPARE(cert.cert.sha256(), Thumbprint::groupHex(hex));
        QCOMPARE(cert.cert.sha256().size(), 64 + 15);
        QCOMPARE(cert.cert.sha256().split(QLatin1Char(' ')).size(), 16);
        // The SHA-256 is not a thumbprint: typed where a thumbprint is wanted, it is refused.
        QVERIFY(!Thumbprint::fromText(cert.cert.sha256()).has_value());
    }

    void twoCertificatesHaveDifferentThumbprints()
    {
        const Issued a = TestPki::selfSignedClient(QStringLiteral("Frank"));
        const Issued b = TestPki::selfSignedClient(QStringLiteral("Frank"));
        QVERIFY(!(a.cert.thumbprint() == b.cert.thumbprint()));
        QVERIFY(a.cert.sha256() != b.cert.sha256());
    }
};

QTEST_GUILESS_MAIN(TestThumbprint)
#include "TestThumbprint.moc"
