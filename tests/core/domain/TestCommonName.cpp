// CommonName (RULES.md section 3): which subjects have a usable CN, how CNs compare
// (case-insensitive after trimming, nothing else normalised, no wildcards), the key stored
// for SQL comparisons, control characters and invisible format characters.
#include "domain/CommonName.h"
#include "support/TestPki.h"

#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

Certificate withSubject(CertificateBuilder builder)
{
    return builder.selfSign(TestPki::newKey());
}

// A subject whose CN is stored in `asn1Type` with exactly these bytes, unchecked.
Certificate withRawCn(int asn1Type, const QByteArray &bytes)
{
    X509NamePtr name(X509_NAME_new());
    if (X509_NAME_add_entry_by_NID(name.get(), NID_commonName, asn1Type,
                                   reinterpret_cast<const unsigned char *>(bytes.constData()),
                                   int(bytes.size()), -1, 0) != 1)
        qFatal("cannot add the CN");
    const Certificate cert =
        CertificateBuilder().subjectName(name.get()).selfSign(TestPki::newKey());
    if (X509_NAME_entry_count(X509_get_subject_name(cert.x509())) != 1)
        qFatal("the raw CN did not survive into the certificate");
    return cert;
}

} // namespace

class TestCommonName : public QObject
{
    Q_OBJECT

private slots:
    // --- usable()

    void usableGivesTheSingleCn()
    {
        QString problem = QStringLiteral("left over");
        const Certificate cert =
            withSubject(CertificateBuilder()
                            .subjectField(QStringLiteral("O"), QStringLiteral("Chug"))
                            .commonName(QStringLiteral("Frank")));
        QCOMPARE(CommonName::usable(cert, &problem), QStringLiteral("Frank"));
        QVERIFY(problem.isEmpty()); // cleared on success
    }

    void usableKeepsSurroundingSpaceAndCase()
    {
        QString problem;
        const Certificate cert =
            withSubject(CertificateBuilder().commonName(QStringLiteral(" FrAnk ")));
        QCOMPARE(CommonName::usable(cert, &problem), QStringLiteral(" FrAnk "));
        QVERIFY(problem.isEmpty());
    }

    void usableTakesNonAsciiText()
    {
        QString problem;
        const QString cn = QStringLiteral("Zoë Ølsen 日本");
        QCOMPARE(CommonName::usable(withSubject(CertificateBuilder().commonName(cn)), &problem),
                 cn);
        QVERIFY(problem.isEmpty());
    }

    void usableTakesABmpStringCn()
    {
        QString problem;
        const QByteArray ucs2("\x00\x46\x00\x72\x00\x61\x00\x6e\x00\x6b", 10); // "Frank"
        QCOMPARE(CommonName::usable(withRawCn(V_ASN1_BMPSTRING, ucs2), &problem),
                 QStringLiteral("Frank"));
        QVERIFY(problem.isEmpty());
    }

    void usableRefusesASubjectWithoutCn()
    {
        QString problem;
        const Certificate cert = withSubject(CertificateBuilder().subjectField(
            QStringLiteral("O"), QStringLiteral("Chug and Ring")));
        QVERIFY(CommonName::usable(cert, &problem).isEmpty());
        QCOMPARE(problem, QStringLiteral("its subject has no CN"));
    }

    void usableRefusesSeveralCns()
    {
        QString problem;
        const Certificate cert = withSubject(CertificateBuilder()
                                                 .commonName(QStringLiteral("Frank"))
                                                 .commonName(QStringLiteral("Rich")));
        QVERIFY(CommonName::usable(cert, &problem).isEmpty());
        QCOMPARE(problem, QStringLiteral("its subject has 2 CNs, and only a subject with exactly "
                                         "one CN can be matched"));
        // Even two equal CNs are two.
        const Certificate twice = withSubject(CertificateBuilder()
                                                  .commonName(QStringLiteral("Frank"))
                                                  .commonName(QStringLiteral("Frank")));
        QVERIFY(CommonName::usable(twice, &problem).isEmpty());
        QVERIFY(problem.startsWith(QStringLiteral("its subject has 2 CNs")));
    }

    void usableCountsCnsBeforeLookingAtThem()
    {
        QString problem;
        const Certificate cert = withSubject(CertificateBuilder()
                                                 .rawCommonName(QByteArray("Fr\x01nk"))
                                                 .commonName(QStringLiteral("Rich")));
        QVERIFY(CommonName::usable(cert, &problem).isEmpty());
        QVERIFY2(problem.startsWith(QStringLiteral("its subject has 2 CNs")), qPrintable(problem));
    }

    void usableRefusesControlCharacters_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::newRow("NUL inside") << QByteArray("Fra\0nk", 6);
        QTest::newRow("NUL at the end") << QByteArray("Frank\0", 6);
        QTest::newRow("bell") << QByteArray("Fr\x07nk");
        QTest::newRow("tab") << QByteArray("Frank\tSmith");
        QTest::newRow("line feed") << QByteArray("Frank\n");
        QTest::newRow("carriage return") << QByteArray("\rFrank");
        QTest::newRow("escape") << QByteArray("\x1b[31mFrank");
        QTest::newRow("DEL") << QByteArray("Frank\x7f");
        QTest::newRow("C1 NEL (U+0085)") << QByteArray("Frank\xc2\x85");
        QTest::newRow("C1 CSI (U+009B)") << QByteArray("\xc2\x9b"
                                                       "Frank");
        QTest::newRow("C1 U+009F") << QByteArray("Frank\xc2\x9f");
    }
    void usableRefusesControlCharacters()
    {
        QFETCH(QByteArray, utf8);
        QString problem;
        const Certificate cert = withSubject(CertificateBuilder().rawCommonName(utf8));
        QVERIFY(CommonName::usable(cert, &problem).isEmpty());
        QCOMPARE(problem, QStringLiteral("its CN contains a NUL or other control character"));
    }

    void usableRefusesAnEmptyOrBlankCn_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("spaces") << QByteArray("   ");
        QTest::newRow("no-break space") << QByteArray("\xc2\xa0");
        QTest::newRow("ideographic space") << QByteArray("\xe3\x80\x80");
    }
    void usableRefusesAnEmptyOrBlankCn()
    {
        QFETCH(QByteArray, utf8);
        QString problem;
        const Certificate cert =
            withRawCn(V_ASN1_UTF8STRING, utf8); // the builder itself refuses an empty CN
        QVERIFY(CommonName::usable(cert, &problem).isEmpty());
        QCOMPARE(problem, QStringLiteral("its CN is empty"));
    }

    void usableRefusesAnUndecodableCn()
    {
        // OpenSSL itself refuses names with invalid UTF8String or BMPString contents, so the
        // CNs that reach this rule undecoded are those in types it reads but cannot convert
        // to text: a BIT STRING, or a tag it does not know (7, ObjectDescriptor).
        for (const int type : {V_ASN1_BIT_STRING, V_ASN1_OBJECT_DESCRIPTOR}) {
            QString problem;
            QVERIFY(CommonName::usable(withRawCn(type, QByteArray("Frank")), &problem).isEmpty());
            QCOMPARE(problem,
                     QStringLiteral("its CN is not valid text in its declared string type"));
        }
    }

    void controlCharactersAreOnlyC0DelAndC1()
    {
        // Format characters (category Cf) are refused by a rule of their own, below.
        const QString zwsp = QStringLiteral("Fr") + QChar(0x200B) + QStringLiteral("ank");
        QVERIFY(!CommonName::hasControlCharacter(zwsp));
        QVERIFY(!CommonName::hasControlCharacter(QStringLiteral("Frank") + QChar(0x200F)));
        QVERIFY(CommonName::hasFormatCharacter(zwsp));
    }

    void hasControlCharacterCoversC0DelAndC1()
    {
        for (ushort u = 0; u < 0x20; ++u)
            QVERIFY2(CommonName::hasControlCharacter(QStringLiteral("a") + QChar(u)),
                     qPrintable(QString::number(u, 16)));
        for (ushort u = 0x7f; u <= 0x9f; ++u)
            QVERIFY2(CommonName::hasControlCharacter(QChar(u) + QStringLiteral("a")),
                     qPrintable(QString::number(u, 16)));
        for (ushort u = 0x20; u < 0x7f; ++u)
            QVERIFY2(!CommonName::hasControlCharacter(QString(QChar(u))),
                     qPrintable(QString::number(u, 16)));
        QVERIFY(!CommonName::hasControlCharacter(QString(QChar(0xa0))));
        QVERIFY(!CommonName::hasControlCharacter(QStringLiteral("Zoë Ølsen 日本")));
        QVERIFY(!CommonName::hasControlCharacter(QString()));
    }

    // --- equal() and key()

    void equalIgnoresCaseAndSurroundingSpaceOnly_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("identical") << "Frank"
                                   << "Frank" << true;
        QTest::newRow("case") << "Frank"
                              << "fRANK" << true;
        QTest::newRow("surrounding spaces") << "  Frank "
                                            << "Frank" << true;
        QTest::newRow("surrounding tab and newline") << "\tFrank\n"
                                                     << "frank" << true;
        QTest::newRow("surrounding no-break space")
            << QStringLiteral("\u00a0Frank") << "Frank" << true;
        QTest::newRow("ASCII case beside non-ASCII letters")
            << QStringLiteral("ZOë ølSEN") << QStringLiteral("zoë ølsen") << true;
        // Only A-Z fold: Unicode case folding would make these equal, RULES 3 does not.
        QTest::newRow("non-ASCII case is not folded")
            << QStringLiteral("ZOË ØLSEN") << QStringLiteral("zoë ølsen") << false;
        QTest::newRow("long s (U+017F) is not s") << QStringLiteral("ſam") << "sam" << false;
        QTest::newRow("Kelvin sign (U+212A) is not K")
            << QStringLiteral("Kevin") << "kevin" << false;
        QTest::newRow("dotted capital I (U+0130) is not i")
            << QStringLiteral("İvan") << "ivan" << false;
        QTest::newRow("inner spaces differ") << "Frank  Smith"
                                             << "Frank Smith" << false;
        QTest::newRow("inner space missing") << "FrankSmith"
                                             << "Frank Smith" << false;
        QTest::newRow("accent is not stripped") << QStringLiteral("Zoë") << "Zoe" << false;
        QTest::newRow("decomposed accent is not composed")
            << QStringLiteral("Zoe\u0308") << QStringLiteral("Zo\u00eb") << false;
        QTest::newRow("no wildcard") << "Fr*"
                                     << "Frank" << false;
        QTest::newRow("no wildcard the other way") << "Frank"
                                                   << "*" << false;
        QTest::newRow("trailing dot") << "Frank."
                                      << "Frank" << false;
        QTest::newRow("prefix") << "Fran"
                                << "Frank" << false;
        QTest::newRow("sharp s is not ss") << QStringLiteral("Straße") << "STRASSE" << false;
        QTest::newRow("empty and blank") << ""
                                         << "   " << true;
    }
    void equalIgnoresCaseAndSurroundingSpaceOnly()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(CommonName::equal(a, b), same);
        QCOMPARE(CommonName::equal(b, a), same);
        // The stored key agrees with the comparison, so SQL and the engine decide alike.
        QCOMPARE(CommonName::key(a) == CommonName::key(b), same);
    }

    void keyIsTrimmedWithAsciiLettersLowered()
    {
        QCOMPARE(CommonName::key(QStringLiteral("  Frank ")), QStringLiteral("frank"));
        QCOMPARE(CommonName::key(QStringLiteral("CHUG and RING")), QStringLiteral("chug and ring"));
        QCOMPARE(CommonName::key(QStringLiteral("\tZOË\n")), QStringLiteral("zoË"));
        QCOMPARE(CommonName::key(QStringLiteral("Frank  Smith")), QStringLiteral("frank  smith"));
        QCOMPARE(CommonName::key(QStringLiteral("Straße")), QStringLiteral("straße"));
        QCOMPARE(CommonName::key(QString()), QString());
        QCOMPARE(CommonName::key(QStringLiteral("   ")), QString());
        // Nothing beyond A-Z: Greek capitals, the long s and the Kelvin sign stay as they are.
        QCOMPARE(CommonName::key(QStringLiteral("ΟΔΟΣ")), QStringLiteral("ΟΔΟΣ"));
        QCOMPARE(CommonName::key(QStringLiteral("\u017Fam")), QStringLiteral("\u017Fam"));
        QCOMPARE(CommonName::key(QStringLiteral("\u212Aevin")), QStringLiteral("\u212Aevin"));
    }

    // --- invisible format characters (Unicode category Cf)

    void formatCharactersAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("zero-width space U+200B") << QStringLiteral("Fr\u200Bank") << true;
        QTest::newRow("right-to-left override U+202E") << QStringLiteral("\u202Eknarf") << true;
        QTest::newRow("zero-width joiner U+200D") << QStringLiteral("Frank\u200D") << true;
        QTest::newRow("first strong isolate U+2068") << QStringLiteral("\u2068Frank") << true;
        QTest::newRow("byte order mark U+FEFF") << QStringLiteral("\uFEFFFrank") << true;
        QTest::newRow("soft hyphen U+00AD") << QStringLiteral("Fr\u00ADank") << true;
        QTest::newRow("tag character U+E0041 (outside the BMP)")
            << QString::fromUcs4(U"Frank\U000E0041") << true;
        QTest::newRow("plain") << QStringLiteral("Frank") << false;
        QTest::newRow("letters and spaces of other scripts")
            << QStringLiteral("Zoë Ølsen 日本 \u00A0x") << false;
    }
    void formatCharactersAreFound()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        QCOMPARE(CommonName::hasFormatCharacter(text), found);
    }

    void usableRefusesFormatCharactersAndSaysSo()
    {
        for (const QString &cn : {QStringLiteral("Fr\u200Bank"), QStringLiteral("\u202Eknarf")}) {
            QString problem;
            QVERIFY(CommonName::usable(withSubject(CertificateBuilder().commonName(cn)), &problem)
                        .isEmpty());
            QVERIFY2(problem.contains(QStringLiteral("invisible format character")),
                     qPrintable(problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommonName)
#include "TestCommonName.moc"
