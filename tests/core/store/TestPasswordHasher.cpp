// PasswordHasher: salted PBKDF2-HMAC-SHA256 in the self-describing form
// "$pbkdf2-sha256$ITERATIONS$SALT$HASH"; verify is true only for the right password, and a
// damaged or foreign stored value verifies false without crashing.
#include "store/PasswordHasher.h"

#include <QElapsedTimer>
#include <QTest>

using namespace trustdesk;

namespace {

// Few rounds where the count does not matter, so the suite stays fast.
constexpr int FewRounds = 1000;

QString stored(int iterations, const QByteArray &salt, const QByteArray &hash)
{
    return QStringLiteral("$pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

    QString frank; // hash of "frank's password" with FewRounds

private slots:
    void initTestCase() { frank = PasswordHasher::hash("frank's password", FewRounds); }

    void hashAndVerifyRoundTrip() { QVERIFY(PasswordHasher::verify("frank's password", frank)); }

    void wrongPasswordDoesNotVerify()
    {
        QVERIFY(!PasswordHasher::verify("frank's passworD", frank));
        QVERIFY(!PasswordHasher::verify("frank's password ", frank));
        QVERIFY(!PasswordHasher::verify("frank's passwor", frank));
        QVERIFY(!PasswordHasher::verify(QByteArray(), frank));
    }

    void twoHashesOfOnePasswordDiffer()
    {
        const QString again = PasswordHasher::hash("frank's password", FewRounds);
        QVERIFY(again != frank);
        QVERIFY(again.split(QLatin1Char('$')).at(3) != frank.split(QLatin1Char('$')).at(3));
        QVERIFY(PasswordHasher::verify("frank's password", again));
    }

    void hashIsSelfDescribing()
    {
        const QStringList parts = frank.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 5);
        QCOMPARE(parts.at(0), QString());
        QCOMPARE(parts.at(1), QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(parts.at(2), QString::number(FewRounds));
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 16); // salt
        QCOMPARE(QByteArray::fromBase64(parts.at(4).toLatin1()).size(), 32); // SHA-256 output
        QVERIFY(frank.startsWith(QStringLiteral("$pbkdf2-sha256$1000$")));
    }

    void defaultCostIsTheOwaspFigure()
    {
        QCOMPARE(PasswordHasher::DefaultIterations, 600000);
        const QString hash = PasswordHasher::hash("pw");
        QVERIFY2(hash.startsWith(QStringLiteral("$pbkdf2-sha256$600000$")), qPrintable(hash));
        QVERIFY(PasswordHasher::verify("pw", hash));
    }

    void verifyFollowsTheStoredCost()
    {
        // The count is read from the stored value, so raising the default keeps old hashes.
        const QString cheap = PasswordHasher::hash("pw", 1);
        QVERIFY(cheap.startsWith(QStringLiteral("$pbkdf2-sha256$1$")));
        QVERIFY(PasswordHasher::verify("pw", cheap));
        QVERIFY(!PasswordHasher::verify("PW", cheap));
    }

    void verifyMatchesPublishedPbkdf2Sha256Vectors_data()
    {
        // The widely published PBKDF2-HMAC-SHA256 vectors (RFC 6070's inputs, 32-byte output).
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("hashHex");
        QTest::newRow("c=1") << QByteArray("password") << QByteArray("salt") << 1
                             << QByteArray("120fb6cffcf8b32c43e7225256c4f837"
                                           "a86548c92ccc35480805987cb70be17b");
        QTest::newRow("c=2") << QByteArray("password") << QByteArray("salt") << 2
                             << QByteArray("ae4d0c95af6b46d32d0adff928f06dd0"
                                           "2a303f8ef3c251dfd6e2d85a95474c43");
        QTest::newRow("c=4096") << QByteArray("password") << QByteArray("salt") << 4096
                                << QByteArray("c5e478d59288c841aa530db6845c4c8d"
                                              "962893a001ce4e11a4963873aa98134a");
    }
    void verifyMatchesPublishedPbkdf2Sha256Vectors()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, hashHex);
        const QString value = stored(iterations, salt, QByteArray::fromHex(hashHex));
        QVERIFY(PasswordHasher::verify(password, value));
        QVERIFY(!PasswordHasher::verify(password + "x", value));
    }

    void nonAsciiAndLongPasswordsRoundTrip()
    {
        const QByteArray utf8 = QStringLiteral("Zoë's pässwörd ✓ 日本").toUtf8();
        const QString a = PasswordHasher::hash(utf8, FewRounds);
        QVERIFY(PasswordHasher::verify(utf8, a));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Zoe's passwort ✓ 日本").toUtf8(), a));
        const QByteArray longPassword(10000, 'p');
        const QString b = PasswordHasher::hash(longPassword, FewRounds);
        QVERIFY(PasswordHasher::verify(longPassword, b));
        QVERIFY(!PasswordHasher::verify(longPassword.left(9999), b));
        // Bytes after a NUL count.
        const QByteArray withNul("ab\0cd", 5);
        const QString c = PasswordHasher::hash(withNul, FewRounds);
        QVERIFY(PasswordHasher::verify(withNul, c));
        QVERIFY(!PasswordHasher::verify(QByteArray("ab"), c));
    }

    void damagedOrForeignHashesVerifyFalse_data()
    {
        QTest::addColumn<QString>("value");
        const QStringList parts = frank.split(QLatin1Char('$'));
        const auto with = [&](int index, const QString &replacement) {
            QStringList changed = parts;
            changed[index] = replacement;
            return changed.join(QLatin1Char('$'));
        };
        QTest::newRow("empty") << QString();
        QTest::newRow("just a dollar") << QStringLiteral("$");
        QTest::newRow("the password in the clear") << QStringLiteral("frank's password");
        QTest::newRow("truncated") << frank.left(frank.size() - 10);
        QTest::newRow("cut after the salt") << parts.mid(0, 4).join(QLatin1Char('$'));
        QTest::newRow("extra field") << frank + QStringLiteral("$extra");
        QTest::newRow("other algorithm") << with(1, QStringLiteral("pbkdf2-sha1"));
        QTest::newRow("algorithm in upper case") << with(1, QStringLiteral("PBKDF2-SHA256"));
        QTest::newRow("iterations not a number") << with(2, QStringLiteral("many"));
        QTest::newRow("iterations zero") << with(2, QStringLiteral("0"));
        QTest::newRow("iterations negative") << with(2, QStringLiteral("-1000"));
        QTest::newRow("iterations empty") << with(2, QString());
        QTest::newRow("iterations overflowing int") << with(2, QStringLiteral("99999999999"));
        QTest::newRow("iterations absurdly high") << with(2, QStringLiteral("2000000000"));
        QTest::newRow("other iteration count") << with(2, QStringLiteral("1001"));
        QTest::newRow("salt empty") << with(3, QString());
        QTest::newRow("salt not base64") << with(3, QStringLiteral("!!!!"));
        QTest::newRow("other salt") << with(3, QString::fromLatin1(QByteArray(16, 'x').toBase64()));
        QTest::newRow("hash empty") << with(4, QString());
        QTest::newRow("hash too short") << with(4, parts.at(4).left(20));
        QTest::newRow("hash too long")
            << with(4, QString::fromLatin1(
                           (QByteArray::fromBase64(parts.at(4).toLatin1()) + "x").toBase64()));
        QByteArray flipped = QByteArray::fromBase64(parts.at(4).toLatin1());
        flipped[31] = char(flipped.at(31) ^ 0x01);
        QTest::newRow("hash with one bit flipped")
            << with(4, QString::fromLatin1(flipped.toBase64()));
        QTest::newRow("bcrypt") << QStringLiteral(
            "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");
        QTest::newRow("argon2id") << QStringLiteral(
            "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG");
        QTest::newRow("sha512-crypt")
            << QStringLiteral("$6$rounds=5000$usesomesillystri$D4IrlXatmP7rx3P3InaxBeoomnAihCKRVQP2"
                              "2JZ6EY47Wc6BkroIuUUBOov1i.S5KPgErtP/EN5mcO.ChWQW21");
        QTest::newRow("django pbkdf2") << QStringLiteral(
            "pbkdf2_sha256$600000$c2FsdA$MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=");
        QTest::newRow("binary junk") << QString::fromLatin1(QByteArray("\x01\x02$\xff$\x00", 6));
    }
    void damagedOrForeignHashesVerifyFalse()
    {
        QFETCH(QString, value);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!PasswordHasher::verify("frank's password", value));
        // Refused before any expensive work (an absurd count would otherwise run for minutes).
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
