// RULES.md section 2: when a presented certificate can connect, and how the failure is named.
#include "engine/TrustEngine.h"
#include "support/TestPki.h"

#include <QJsonArray>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

class TestConnectRules : public QObject
{
    Q_OBJECT

    Issued toot, chug, frank;

    static Verdict evaluate(const QList<Certificate> &presented, const TestPki::SnapshotSpec &spec,
                            const QDateTime &at = TestPki::evaluationTime())
    {
        const auto snapshot = TestPki::snapshot(spec);
        return TrustEngine::evaluate(presented, nullptr, Interface::Https, *snapshot, at);
    }

private slots:
    void initTestCase()
    {
        toot = TestPki::root(QStringLiteral("Toot"));
        chug = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        frank = TestPki::client(QStringLiteral("Frank"), chug);
    }

    void C1_installedLeafConnects()
    {
        const Verdict v = evaluate({frank.cert}, {{frank.cert}});
        QVERIFY(v.connect.ok);
        QCOMPARE(v.connect.condition, Condition::C1);
        QCOMPARE(v.connect.anchor, frank.cert);
        QVERIFY(v.connect.checks.at(0).ok);
    }

    void C2_chainsToInstalledRoot()
    {
        const Verdict v = evaluate({frank.cert, chug.cert}, {{toot.cert}});
        QVERIFY2(v.connect.ok, qPrintable(v.connect.reason));
        QCOMPARE(v.connect.condition, Condition::C2);
        QCOMPARE(v.connect.anchor, toot.cert);
        QCOMPARE(v.connect.chain.size(), 3);
        QCOMPARE(v.connect.chain.at(1).source, CertificateSource::Presented);
        QCOMPARE(v.connect.chain.at(2).source, CertificateSource::RootStore);
    }

    void C2_installedIntermediateIsAnAnchor()
    {
        // Partial chains: the root need not be installed or even sent.
        const Verdict v = evaluate({frank.cert}, {{chug.cert}});
        QVERIFY2(v.connect.ok, qPrintable(v.connect.reason));
        QCOMPARE(v.connect.anchor, chug.cert);
        QCOMPARE(v.connect.chain.size(), 2);
    }

    void C2_installingAnyOneOfThreeConnects()
    {
        for (const Certificate &installed : {toot.cert, chug.cert, frank.cert}) {
            const Verdict v = evaluate({frank.cert, chug.cert}, {{installed}});
            QVERIFY2(v.connect.ok, qPrintable(installed.displayName() + v.connect.reason));
        }
    }

    void C2_noneInstalledNamesTheIssuerFound()
    {
        const Verdict v = evaluate({frank.cert, chug.cert}, {});
        QVERIFY(!v.connect.ok);
        QCOMPARE(v.connect.failure, ConnectFailure::NoAnchor);
        QVERIFY2(v.connect.reason.contains(
                     QStringLiteral("issuer 'Chug and Ring' was found (sent by the client) but no "
                                    "certificate above it is installed")),
                 qPrintable(v.connect.reason));
        QVERIFY(!v.connect.checks.at(0).ok);
        QVERIFY(!v.connect.checks.at(1).ok);
    }

    void C2_missingIssuerNotSentIsNamed()
    {
        const Verdict v = evaluate({frank.cert}, {});
        QVERIFY(!v.connect.ok);
        QVERIFY2(v.connect.reason.contains(QStringLiteral("'Chug and Ring'")) &&
                     v.connect.reason.contains(QStringLiteral("not installed")),
                 qPrintable(v.connect.reason));
    }

    void C2_intermediateFromKnownStoreIsUsedAndNamed()
    {
        const Verdict v = evaluate({frank.cert}, {{toot.cert}, {chug.cert}});
        QVERIFY2(v.connect.ok, qPrintable(v.connect.reason));
        QCOMPARE(v.connect.chain.at(1).source, CertificateSource::Intermediates);
    }

    void validity_expiredIntermediateIsNamedWithItsDate()
    {
        CertificateBuilder b = TestPki::builder(QStringLiteral("Old CA"));
        b.certificateAuthority().validity(TestPki::start().addYears(-3),
                                          QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC));
        const Issued old = TestPki::issue(b, toot);
        // The leaf is valid in its own right; only the CA above it has expired.
        const Issued leaf = TestPki::client(QStringLiteral("Late"), old);
        const Verdict v = evaluate({leaf.cert, old.cert}, {{toot.cert}});
        QVERIFY(!v.connect.ok);
        QCOMPARE(v.connect.failure, ConnectFailure::Validity);
        QVERIFY2(v.connect.reason.contains(
                     QStringLiteral("intermediate 'Old CA' expired on 2024-03-01")),
                 qPrintable(v.connect.reason));
        QVERIFY(!v.connect.chain.at(1).ok);
    }

    void validity_evaluationTimeIsAParameter()
    {
        const QDateTime before = TestPki::start().addDays(-1);
        const QDateTime after = TestPki::end().addDays(1);
        QVERIFY(evaluate({frank.cert, chug.cert}, {{toot.cert}}).connect.ok);
        const Verdict early = evaluate({frank.cert, chug.cert}, {{toot.cert}}, before);
        QVERIFY(!early.connect.ok);
        QVERIFY2(early.connect.reason.contains(QStringLiteral("not valid before")),
                 qPrintable(early.connect.reason));
        const Verdict late = evaluate({frank.cert, chug.cert}, {{toot.cert}}, after);
        QVERIFY(!late.connect.ok);
        QVERIFY(late.connect.reason.contains(QStringLiteral("expired")));
    }

    void validity_installedLeafMustBeValidToo()
    {
        const Verdict v = evaluate({frank.cert}, {{frank.cert}}, TestPki::end().addDays(2));
        QVERIFY(!v.connect.ok);
        QVERIFY(!v.connect.checks.at(0).ok);
    }

    void ca_nonCaSignerIsNamed()
    {
        // 'Y' has CA:FALSE but signs a certificate; 'Y' chains to an installed root.
        const Issued y = TestPki::client(QStringLiteral("Y"), chug);
        const Issued victim = TestPki::client(QStringLiteral("Victim"), y);
        const Verdict v = evaluate({victim.cert, y.cert, chug.cert}, {{toot.cert}});
        QVERIFY(!v.connect.ok);
        QCOMPARE(v.connect.failure, ConnectFailure::NotCa);
        QVERIFY2(v.connect.reason.contains(QStringLiteral("'Y' is not a CA but signed 'Victim'")),
                 qPrintable(v.connect.reason));
    }

    void ca_installedClientCertificateCannotMintOthers()
    {
        const Verdict v0 = evaluate({frank.cert}, {{frank.cert}});
        QVERIFY(v0.connect.ok);
        const Issued minted = TestPki::client(QStringLiteral("Minted"), frank);
        const Verdict v = evaluate({minted.cert, frank.cert}, {{frank.cert}});
        QVERIFY(!v.connect.ok);
        QVERIFY2(
            v.connect.reason.contains(QStringLiteral("'Frank' is not a CA but signed 'Minted'")),
            qPrintable(v.connect.reason));
    }

    void ca_installedCertificateWithoutBasicConstraintsCannotMint()
    {
        Issued bare{Certificate(), TestPki::newKey()};
        bare.cert = TestPki::builder(QStringLiteral("Bare")).selfSign(bare.key); // no extensions
        QVERIFY(!bare.cert.hasBasicConstraints());
        const Issued minted = TestPki::client(QStringLiteral("Minted"), bare);
        const Verdict v = evaluate({minted.cert}, {{bare.cert}});
        QVERIFY(!v.connect.ok);
        QCOMPARE(v.connect.failure, ConnectFailure::NotCa);
    }

    void ca_pathLengthIsRespected()
    {
        const Issued strict = TestPki::intermediate(QStringLiteral("Strict"), toot, 0);
        const Issued below = TestPki::intermediate(QStringLiteral("Below"), strict);
        const Issued leaf = TestPki::client(QStringLiteral("Deep"), below);
        const Verdict v = evaluate({leaf.cert, below.cert, strict.cert}, {{toot.cert}});
        QVERIFY(!v.connect.ok);
        QCOMPARE(v.connect.failure, ConnectFailure::PathLength);
        QVERIFY2(v.connect.reason.contains(QStringLiteral("'Strict'")),
                 qPrintable(v.connect.reason));
        const Issued direct = TestPki::client(QStringLiteral("Shallow"), strict);
        QVERIFY(evaluate({direct.cert, strict.cert}, {{toot.cert}}).connect.ok);
    }

    void ca_v1RootOnlyAsInstalledAnchor()
    {
        Issued v1{Certificate(), TestPki::newKey()};
        v1.cert = TestPki::builder(QStringLiteral("Old Root")).version1().selfSign(v1.key);
        const Issued leaf = TestPki::client(QStringLiteral("Legacy"), v1);
        const Verdict anchored = evaluate({leaf.cert}, {{v1.cert}});
        QVERIFY2(anchored.connect.ok, qPrintable(anchored.connect.reason));
        // The same v1 certificate as an intermediate below an installed root is refused.
        CertificateBuilder b = TestPki::builder(QStringLiteral("Old Sub"));
        b.version1();
        const Issued v1Sub = TestPki::issue(b, toot);
        const Issued under = TestPki::client(QStringLiteral("Under"), v1Sub);
        const Verdict v = evaluate({under.cert, v1Sub.cert}, {{toot.cert}});
        QVERIFY(!v.connect.ok);
        QCOMPARE(v.connect.failure, ConnectFailure::NotCa);
    }

    void eku_clientAuthAndAnyAndNoneAreAllowed_serverAuthOnlyIsNot()
    {
        const struct
        {
            QString eku;
            bool ok;
        } cases[] = {{QStringLiteral("clientAuth"), true},
                     {QStringLiteral("anyExtendedKeyUsage"), true},
                     {QString(), true},
                     {QStringLiteral("serverAuth,clientAuth"), true},
                     {QStringLiteral("serverAuth"), false},
                     {QStringLiteral("emailProtection"), false}};
        for (const auto &c : cases) {
            CertificateBuilder b = TestPki::builder(QStringLiteral("Eku"));
            b.endEntity();
            if (!c.eku.isEmpty())
                b.extendedKeyUsage(c.eku);
            const Issued leaf = TestPki::issue(b, chug);
            const Verdict v = evaluate({leaf.cert}, {{chug.cert}});
            QVERIFY2(v.connect.ok == c.ok,
                     qPrintable(c.eku + QLatin1String(": ") + v.connect.reason));
            if (!c.ok)
                QCOMPARE(v.connect.failure, ConnectFailure::KeyUsage);
        }
    }

    void criticalExtension_unknownFails_nonCriticalIsIgnored()
    {
        const QByteArray nullDer("\x05\x00", 2);
        CertificateBuilder critical = TestPki::builder(QStringLiteral("Odd"));
        critical.endEntity().customExtension(QStringLiteral("1.3.6.1.4.1.55555.1"), true, nullDer);
        const Verdict bad = evaluate({TestPki::issue(critical, chug).cert}, {{chug.cert}});
        QVERIFY(!bad.connect.ok);
        QCOMPARE(bad.connect.failure, ConnectFailure::CriticalExtension);
        QVERIFY2(bad.connect.reason.contains(QStringLiteral("1.3.6.1.4.1.55555.1")),
                 qPrintable(bad.connect.reason));
        CertificateBuilder plain = TestPki::builder(QStringLiteral("Odd"));
        plain.endEntity().customExtension(QStringLiteral("1.3.6.1.4.1.55555.1"), false, nullDer);
        QVERIFY(evaluate({TestPki::issue(plain, chug).cert}, {{chug.cert}}).connect.ok);
    }

    void signature_sameNameDifferentKeyIsNamed()
    {
        // An impostor CA with the same name is installed; Frank was signed by the real one.
        const Issued impostor = TestPki::root(QStringLiteral("Chug and Ring"));
        const Verdict v = evaluate({frank.cert}, {{impostor.cert}});
        QVERIFY(!v.connect.ok);
        QVERIFY2(
            v.connect.reason.contains(QStringLiteral("signature does not match (a different key "
                                                     "with the same name)")) ||
                v.connect.reason.contains(QStringLiteral("a different key with the same name")),
            qPrintable(v.connect.reason));
        QCOMPARE(v.connect.rejected.size(), 1);
        QCOMPARE(v.connect.rejected.first().certificate, impostor.cert);
    }

    void signature_withoutKeyIdentifiersTheBadSignatureIsNamed()
    {
        const Issued realCa = [] {
            Issued ca{Certificate(), TestPki::newKey()};
            ca.cert = TestPki::builder(QStringLiteral("Plain CA"))
                          .certificateAuthority()
                          .keyIdentifiers(false)
                          .selfSign(ca.key);
            return ca;
        }();
        CertificateBuilder b = TestPki::builder(QStringLiteral("NoKid"));
        b.endEntity().keyIdentifiers(false);
        const Issued leaf = TestPki::issue(b, realCa);
        Issued fake{Certificate(), TestPki::newKey()};
        fake.cert = TestPki::builder(QStringLiteral("Plain CA"))
                        .certificateAuthority()
                        .keyIdentifiers(false)
                        .selfSign(fake.key);
        const Verdict v = evaluate({leaf.cert}, {{fake.cert}});
        QVERIFY(!v.connect.ok);
        QVERIFY2(v.connect.reason.contains(QStringLiteral("different key with the same name")),
                 qPrintable(v.connect.reason));
    }

    void revocation_revokedCannotConnect()
    {
        const RevocationList crl = TestPki::crl(chug, {frank.cert});
        QCOMPARE(crl.revokedCount(), 1);
        const Verdict v =
            evaluate({frank.cert, chug.cert}, {{toot.cert}, {}, {}, {crl, TestPki::crl(toot, {})}});
        QVERIFY(!v.connect.ok);
        QCOMPARE(v.connect.failure, ConnectFailure::Revoked);
        QVERIFY2(v.connect.reason.contains(QStringLiteral("revoked")),
                 qPrintable(v.connect.reason));
    }

    void revocation_missingCrlIsNoFailureByDefault()
    {
        const RevocationList unrelated = TestPki::crl(toot, {});
        const Verdict v = evaluate({frank.cert, chug.cert}, {{toot.cert}, {}, {}, {unrelated}});
        QVERIFY2(v.connect.ok, qPrintable(v.connect.reason));
    }

    void revocation_missingCrlFailsWhenRequired()
    {
        TestPki::SnapshotSpec spec{{toot.cert}, {}, {}, {TestPki::crl(toot, {})}};
        spec.requireRevocation = true;
        const Verdict v = evaluate({frank.cert, chug.cert}, spec);
        QVERIFY(!v.connect.ok);
        QCOMPARE(v.connect.failure, ConnectFailure::RevocationUnavailable);
        // With every CRL present it connects again.
        spec.crls << TestPki::crl(chug, {});
        const Verdict complete = evaluate({frank.cert, chug.cert}, spec);
        QVERIFY2(complete.connect.ok, qPrintable(complete.connect.reason));
    }

    void explanation_eachChainElementCarriesItsProblem()
    {
        const Verdict v = evaluate({frank.cert, chug.cert}, {});
        QCOMPARE(v.connect.chain.size(), 2);
        QVERIFY(v.connect.chain.at(0).ok);
        QVERIFY(!v.connect.chain.at(1).ok);
        const QJsonObject json = v.toJson();
        QVERIFY(json.value(QStringLiteral("connect"))
                    .toObject()
                    .value(QStringLiteral("condition"))
                    .isNull());
        QCOMPARE(json.value(QStringLiteral("connect"))
                     .toObject()
                     .value(QStringLiteral("chain"))
                     .toArray()
                     .size(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestConnectRules)
#include "TestConnectRules.moc"
