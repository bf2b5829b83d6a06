// RULES.md section 3: when a certificate that can connect authenticates a user.
#include "engine/TrustEngine.h"
#include "support/TestPki.h"

#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

class TestAuthenticateRules : public QObject
{
    Q_OBJECT

    Issued toot, chug, frank;

    static UserProfile user(const QString &name, const QString &fullName = QString())
    {
        UserProfile u;
        u.id = 1;
        u.username = name;
        u.fullName = fullName;
        u.httpsPolicy = Policy::Certificate;
        u.ftpsPolicy = Policy::PasswordAndCertificate;
        return u;
    }
    // The client sends its certificate and 'Chug and Ring', as the server product's clients do.
    Verdict evaluate(const Certificate &leaf, const UserProfile &u,
                     const TestPki::SnapshotSpec &spec, Interface iface = Interface::Https) const
    {
        const auto snapshot = TestPki::snapshot(spec);
        return TrustEngine::evaluate({leaf, chug.cert}, &u, iface, *snapshot,
                                     TestPki::evaluationTime());
    }
    static const ConditionCheck &check(const Verdict &v, int index)
    {
        return v.authenticate->checks.at(index);
    }

private slots:
    void initTestCase()
    {
        toot = TestPki::root(QStringLiteral("Toot"));
        chug = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        frank = TestPki::client(QStringLiteral("Frank"), chug);
    }

    void A1_thumbprintAuthenticatesWhateverTheApprovedList()
    {
        UserProfile u = user(QStringLiteral("frank"));
        u.thumbprints << frank.cert.thumbprint().key();
        const Verdict v = evaluate(frank.cert, u, {{toot.cert}, {}, {}});
        QVERIFY(v.authenticate->ok);
        QCOMPARE(v.authenticate->condition, Condition::A1);
        QVERIFY(check(v, 0).ok);
        QVERIFY(!check(v, 1).ok);
    }

    void A2_profileCnNeedsAnApprovedIssuer()
    {
        UserProfile u = user(QStringLiteral("frank"));
        u.commonNames << QStringLiteral("Frank");
        const Verdict unapproved = evaluate(frank.cert, u, {{toot.cert}});
        QVERIFY(!unapproved.authenticate->ok);
        QVERIFY2(
            check(unapproved, 1).reason.contains(QStringLiteral("not on the approved CA list")),
            qPrintable(check(unapproved, 1).reason));
        const Verdict approved = evaluate(frank.cert, u, {{toot.cert}, {}, {chug.cert}});
        QVERIFY(approved.authenticate->ok);
        QCOMPARE(approved.authenticate->condition, Condition::A2);
    }

    void A2_approvingOnlyTheRootIsNotEnough()
    {
        UserProfile u = user(QStringLiteral("frank"));
        u.commonNames << QStringLiteral("Frank");
        const Verdict v = evaluate(frank.cert, u, {{toot.cert}, {}, {toot.cert}});
        QVERIFY(v.connect.ok);
        QVERIFY(!v.authenticate->ok);
        QCOMPARE(v.authenticate->issuingCa, chug.cert);
    }

    void A2_caIsIdentifiedByNameAndKey()
    {
        UserProfile u = user(QStringLiteral("frank"));
        u.commonNames << QStringLiteral("Frank");
        // A re-issued 'Chug and Ring' with the same key still counts as approved.
        CertificateBuilder again = TestPki::builder(QStringLiteral("Chug and Ring"));
        again.certificateAuthority().validity(TestPki::start().addDays(10),
                                              TestPki::end().addYears(1));
        const Certificate reissued = again.sign(chug.key, toot.cert, toot.key);
        QVERIFY(reissued != chug.cert);
        QVERIFY(evaluate(frank.cert, u, {{toot.cert}, {}, {reissued}}).authenticate->ok);
        // Another CA with the same name but its own key does not.
        const Issued sameName = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        const Verdict v = evaluate(frank.cert, u, {{toot.cert}, {}, {sameName.cert}});
        QVERIFY(!v.authenticate->ok);
        QVERIFY2(check(v, 1).reason.contains(QStringLiteral("different key")),
                 qPrintable(check(v, 1).reason));
    }

    void A3_needsTheMatchCnOption()
    {
        UserProfile u = user(QStringLiteral("frank"));
        TestPki::SnapshotSpec spec{{toot.cert}, {}, {chug.cert}};
        const Verdict off = evaluate(frank.cert, u, spec);
        QVERIFY(!off.authenticate->ok);
        QVERIFY(check(off, 2).reason.contains(QStringLiteral("option is off")));
        spec.matchCn = true;
        const Verdict on = evaluate(frank.cert, u, spec);
        QVERIFY(on.authenticate->ok);
        QCOMPARE(on.authenticate->condition, Condition::A3);
    }

    void A3_matchesTheFullNameToo()
    {
        const Issued full = TestPki::client(QStringLiteral("Frank Fuller"), chug);
        TestPki::SnapshotSpec spec{{toot.cert}, {}, {chug.cert}};
        spec.matchCn = true;
        QVERIFY(
            evaluate(full.cert, user(QStringLiteral("ff"), QStringLiteral("Frank Fuller")), spec)
                .authenticate->ok);
        QVERIFY(!evaluate(full.cert, user(QStringLiteral("ff"), QStringLiteral("Frank")), spec)
                     .authenticate->ok);
    }

    void A3_needsAnApprovedIssuer()
    {
        TestPki::SnapshotSpec spec{{toot.cert}};
        spec.matchCn = true;
        const Verdict v = evaluate(frank.cert, user(QStringLiteral("Frank")), spec);
        QVERIFY(!v.authenticate->ok);
        QVERIFY(check(v, 2).reason.contains(QStringLiteral("not on the approved CA list")));
    }

    void cn_comparisonIgnoresCaseAndSurroundingSpaceOnly()
    {
        TestPki::SnapshotSpec spec{{toot.cert}, {}, {chug.cert}};
        UserProfile u = user(QStringLiteral("frank"));
        u.commonNames << QStringLiteral("  fRANK ");
        QVERIFY(evaluate(frank.cert, u, spec).authenticate->ok);
        const Issued spaced = TestPki::client(QStringLiteral(" Frank  "), chug);
        QVERIFY(evaluate(spaced.cert, u, spec).authenticate->ok);
        // No other normalisation, and no wildcards.
        UserProfile inner = user(QStringLiteral("frank"));
        inner.commonNames << QStringLiteral("Fr ank");
        QVERIFY(!evaluate(frank.cert, inner, spec).authenticate->ok);
        UserProfile wildcard = user(QStringLiteral("frank"));
        wildcard.commonNames << QStringLiteral("Fr*") << QStringLiteral("*");
        QVERIFY(!evaluate(frank.cert, wildcard, spec).authenticate->ok);
    }

    void cn_onlyAsciiLettersFoldCase_data()
    {
        QTest::addColumn<QString>("cn");
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("matches");
        QTest::newRow("ASCII case variant") << "SAM"
                                            << "sam" << true;
        QTest::newRow("mixed ASCII case") << "kEvIn"
                                          << "Kevin" << true;
        // Unicode case folding says these are equal; RULES 3 folds nothing but A-Z.
        QTest::newRow("long s U+017F") << QStringLiteral("\u017Fam") << "sam" << false;
        QTest::newRow("Kelvin sign U+212A") << QStringLiteral("\u212Aevin") << "kevin" << false;
        QTest::newRow("non-ASCII capitals")
            << QStringLiteral("ÉMILE") << QStringLiteral("émile") << false;
    }
    void cn_onlyAsciiLettersFoldCase()
    {
        QFETCH(QString, cn);
        QFETCH(QString, username);
        QFETCH(bool, matches);
        const Issued cert = TestPki::client(cn, chug);
        TestPki::SnapshotSpec spec{{toot.cert}, {}, {chug.cert}};
        spec.matchCn = true;
        // A3 against the username, and A2 against the same text on the profile.
        UserProfile u = user(username);
        const Verdict byName = evaluate(cert.cert, u, spec);
        QCOMPARE(byName.authenticate->ok, matches);
        QCOMPARE(check(byName, 2).ok, matches);
        spec.matchCn = false;
        UserProfile withCn = user(QStringLiteral("someone"));
        withCn.commonNames << username;
        const Verdict byProfile = evaluate(cert.cert, withCn, spec);
        QCOMPARE(check(byProfile, 1).ok, matches);
    }

    void cn_invisibleFormatCharactersNeverMatch_andTheExplanationSaysSo()
    {
        // A zero-width space or a right-to-left override makes a CN read like another
        // name: such a CN is never used, even when the profile holds exactly that text.
        for (const QString &cn : {QStringLiteral("Fr\u200Bank"), QStringLiteral("\u202Eknarf"),
                                  QStringLiteral("Frank\u200D")}) {
            const Issued odd = TestPki::client(cn, chug);
            TestPki::SnapshotSpec spec{{toot.cert}, {}, {chug.cert}};
            spec.matchCn = true;
            UserProfile u = user(QStringLiteral("Frank"));
            u.commonNames << cn;
            const Verdict v = evaluate(odd.cert, u, spec);
            QVERIFY(v.connect.ok);
            QVERIFY2(!v.authenticate->ok, qPrintable(cn));
            QVERIFY2(check(v, 1).reason.contains(QStringLiteral("invisible format character")),
                     qPrintable(check(v, 1).reason));
            QVERIFY(check(v, 2).reason.contains(QStringLiteral("invisible format character")));
            // Nothing with such a CN goes to the tank as a CN either.
            for (const TankProposal &p : v.tank)
                QVERIFY(p.kind != CredentialKind::CommonName);
        }
    }

    void cn_subjectWithoutCnNeverMatches()
    {
        CertificateBuilder b;
        b.subjectField(QStringLiteral("O"), QStringLiteral("Frank"))
            .validity(TestPki::start(), TestPki::end())
            .endEntity();
        const Issued noCn = TestPki::issue(b, chug);
        TestPki::SnapshotSpec spec{{toot.cert}, {}, {chug.cert}};
        spec.matchCn = true;
        UserProfile u = user(QStringLiteral("frank"));
        u.commonNames << QStringLiteral("Frank");
        const Verdict v = evaluate(noCn.cert, u, spec);
        QVERIFY(!v.authenticate->ok);
        QVERIFY(check(v, 1).reason.contains(QStringLiteral("no CN")));
        QVERIFY(check(v, 2).reason.contains(QStringLiteral("no CN")));
    }

    void cn_severalCnsNeverMatch()
    {
        CertificateBuilder b = TestPki::builder(QStringLiteral("Frank"));
        b.commonName(QStringLiteral("Frank")).endEntity();
        const Issued two = TestPki::issue(b, chug);
        TestPki::SnapshotSpec spec{{toot.cert}, {}, {chug.cert}};
        spec.matchCn = true;
        UserProfile u = user(QStringLiteral("frank"));
        u.commonNames << QStringLiteral("Frank");
        const Verdict v = evaluate(two.cert, u, spec);
        QVERIFY(v.connect.ok);
        QVERIFY(!v.authenticate->ok);
        QVERIFY(check(v, 1).reason.contains(QStringLiteral("2 CNs")));
    }

    void cn_controlCharactersAndNulNeverMatch()
    {
        for (const QByteArray &raw : {QByteArray("Frank\nAdmin"), QByteArray("Frank\0", 6),
                                      QByteArray("Fr\x1b"
                                                 "ank")}) {
            CertificateBuilder b;
            b.rawCommonName(raw).validity(TestPki::start(), TestPki::end()).endEntity();
            const Issued odd = TestPki::issue(b, chug);
            TestPki::SnapshotSpec spec{{toot.cert}, {}, {chug.cert}};
            spec.matchCn = true;
            UserProfile u = user(QStringLiteral("Frank"));
            u.commonNames << QString::fromUtf8(raw) << QStringLiteral("Frank");
            const Verdict v = evaluate(odd.cert, u, spec);
            QVERIFY(v.connect.ok);
            QVERIFY2(!v.authenticate->ok, raw.toHex().constData());
            QVERIFY(check(v, 1).reason.contains(QStringLiteral("control character")));
        }
    }

    void disabledUserAuthenticatesWithNothing()
    {
        UserProfile u = user(QStringLiteral("frank"));
        u.thumbprints << frank.cert.thumbprint().key();
        u.commonNames << QStringLiteral("Frank");
        u.disabled = true;
        TestPki::SnapshotSpec spec{{toot.cert}, {}, {chug.cert}};
        spec.matchCn = true;
        const Verdict v = evaluate(frank.cert, u, spec);
        QVERIFY(!v.authenticate->ok);
        QCOMPARE(v.authenticate->condition, Condition::None);
        for (const ConditionCheck &c : v.authenticate->checks) {
            QVERIFY(!c.ok);
            QVERIFY(c.reason.contains(QStringLiteral("disabled")));
        }
        QVERIFY(v.tank.isEmpty());
    }

    void explanation_listsAllThree_andUsesTheFirstThatHolds()
    {
        UserProfile u = user(QStringLiteral("frank"));
        u.thumbprints << frank.cert.thumbprint().key();
        u.commonNames << QStringLiteral("Frank");
        TestPki::SnapshotSpec spec{{toot.cert}, {}, {chug.cert}};
        spec.matchCn = true;
        const Verdict v = evaluate(frank.cert, u, spec);
        QCOMPARE(v.authenticate->checks.size(), 3);
        QVERIFY(check(v, 0).ok && check(v, 1).ok && check(v, 2).ok);
        QCOMPARE(v.authenticate->condition, Condition::A1);
        u.thumbprints.clear();
        QCOMPARE(evaluate(frank.cert, u, spec).authenticate->condition, Condition::A2);
        u.commonNames.clear();
        QCOMPARE(evaluate(frank.cert, u, spec).authenticate->condition, Condition::A3);
    }

    void selfSignedLeafIsItsOwnCa()
    {
        const Issued self = TestPki::selfSignedClient(QStringLiteral("Solo"));
        UserProfile u = user(QStringLiteral("solo"));
        u.commonNames << QStringLiteral("Solo");
        const Verdict v = evaluate(self.cert, u, {{self.cert}, {}, {self.cert}});
        QVERIFY(v.connect.ok);
        QCOMPARE(v.connect.condition, Condition::C1);
        QCOMPARE(v.authenticate->issuingCa, self.cert);
        QCOMPARE(v.authenticate->condition, Condition::A2);
    }

    void installedLeafUsesItsIssuerFromTheStore()
    {
        UserProfile u = user(QStringLiteral("frank"));
        u.commonNames << QStringLiteral("Frank");
        const Verdict v = evaluate(frank.cert, u, {{frank.cert}, {chug.cert}, {chug.cert}});
        QCOMPARE(v.connect.condition, Condition::C1);
        QCOMPARE(v.authenticate->issuingCa, chug.cert);
        QVERIFY(v.authenticate->ok);
    }

    void cannotConnectMeansNoAuthentication()
    {
        UserProfile u = user(QStringLiteral("frank"));
        u.thumbprints << frank.cert.thumbprint().key();
        const Verdict v = evaluate(frank.cert, u, {});
        QVERIFY(!v.connect.ok);
        QVERIFY(check(v, 0).ok); // the explanation still says the thumbprint is there
        QVERIFY(!v.authenticate->ok);
        QCOMPARE(v.authenticate->condition, Condition::None);
        // No credential pair when connect fails; only the CA the client sent, as untrusted.
        for (const TankProposal &p : v.tank)
            QCOMPARE(p.kind, CredentialKind::UntrustedCa);
    }

    void policy_passwordDoesNotConsultCertificates_noTankEntries()
    {
        UserProfile u = user(QStringLiteral("frank"));
        u.httpsPolicy = Policy::Password;
        const Verdict v = evaluate(frank.cert, u, {{toot.cert}});
        QVERIFY(!v.authenticate->certificateConsulted);
        QVERIFY(v.tank.isEmpty());
    }

    void policy_certificateAndTwoFactorLeaveAPair()
    {
        for (const Policy p : {Policy::Certificate, Policy::PasswordAndCertificate}) {
            UserProfile u = user(QStringLiteral("frank"));
            u.ftpsPolicy = p;
            const Verdict v = evaluate(frank.cert, u, {{toot.cert}}, Interface::Ftps);
            QVERIFY(v.authenticate->certificateConsulted);
            QCOMPARE(v.tank.size(), 2);
            QCOMPARE(v.tank.at(0).kind, CredentialKind::CommonName);
            QCOMPARE(v.tank.at(0).value, QStringLiteral("Frank"));
            QCOMPARE(v.tank.at(1).kind, CredentialKind::Thumbprint);
            QCOMPARE(v.tank.at(1).value, frank.cert.thumbprint().grouped());
        }
    }

    void tank_nothingWhenAuthenticated()
    {
        UserProfile u = user(QStringLiteral("frank"));
        u.thumbprints << frank.cert.thumbprint().key();
        QVERIFY(evaluate(frank.cert, u, {{toot.cert}}).tank.isEmpty());
    }

    void tank_untrustedCasAreProposedWhenNothingIsInstalled()
    {
        const auto snapshot = TestPki::snapshot({});
        const UserProfile u = user(QStringLiteral("frank"));
        const Verdict v =
            TrustEngine::evaluate({frank.cert, chug.cert, toot.cert}, &u, Interface::Https,
                                  *snapshot, TestPki::evaluationTime());
        QVERIFY(!v.connect.ok);
        QCOMPARE(v.tank.size(), 2);
        QCOMPARE(v.tank.at(0).kind, CredentialKind::UntrustedCa);
        QCOMPARE(v.tank.at(0).certificate, chug.cert);
        QCOMPARE(v.tank.at(1).certificate, toot.cert);
        // Not when the failure has another cause (here: the leaf expired).
        const auto installed = TestPki::snapshot({{toot.cert}});
        const Verdict expired = TrustEngine::evaluate({frank.cert, chug.cert}, &u, Interface::Https,
                                                      *installed, TestPki::end().addDays(5));
        QVERIFY(expired.tank.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuthenticateRules)
#include "TestAuthenticateRules.moc"
