// RULES.md section 2, the path search: when certificates share a subject name (a CA
// renewed with a new key, a cross-signed or bridged CA, a same-name impostor), every
// candidate issuer is tried and a valid path is found whenever one exists; when none is,
// the best attempt is explained and the rejected candidates are named. Also the edges of
// RFC 5280 the engine decides: weak signature digests, the notAfter second, name
// constraints beside a subjectAltName, and the profile lapses that only earn a warning.
#include "engine/TrustEngine.h"
#include "support/TestPki.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

Verdict evaluate(const QList<Certificate> &presented, const TestPki::SnapshotSpec &spec,
                 const QDateTime &at = TestPki::evaluationTime(), const UserProfile *user = nullptr)
{
    const auto snapshot = TestPki::snapshot(spec);
    return TrustEngine::evaluate(presented, user, Interface::Https, *snapshot, at);
}

QString why(const Verdict &v)
{
    return v.connect.reason + QStringLiteral(" | chain: ") +
           QString::number(v.connect.chain.size());
}

// A CA certificate for `key`, named `cn`, signed by `issuer` (or itself), valid in [from, to].
Certificate caCertificate(const QString &cn, const PrivateKey &key, const Issued *issuer,
                          const QDateTime &from = TestPki::start(),
                          const QDateTime &to = TestPki::end(), bool keyIdentifiers = true)
{
    CertificateBuilder b;
    b.commonName(cn).validity(from, to).certificateAuthority().keyIdentifiers(keyIdentifiers);
    return issuer ? b.sign(key, issuer->cert, issuer->key) : b.selfSign(key);
}

Issued clientUnder(const Issued &issuer, const QString &cn, bool keyIdentifiers = true,
                   const QString &digest = QStringLiteral("SHA256"))
{
    CertificateBuilder b = TestPki::builder(cn);
    b.endEntity()
        .extendedKeyUsage(QStringLiteral("clientAuth"))
        .keyIdentifiers(keyIdentifiers)
        .signatureDigest(digest);
    return TestPki::issue(b, issuer);
}

UserProfile userNamed(const QString &name)
{
    UserProfile u;
    u.id = 1;
    u.username = name;
    u.httpsPolicy = Policy::Certificate;
    u.ftpsPolicy = Policy::Certificate;
    return u;
}

QList<QList<Certificate>> permutations(QList<Certificate> items)
{
    QList<QList<Certificate>> out;
    std::sort(items.begin(), items.end(), [](const Certificate &a, const Certificate &b) {
        return a.thumbprint().key() < b.thumbprint().key();
    });
    do
        out << items;
    while (std::next_permutation(items.begin(), items.end(),
                                 [](const Certificate &a, const Certificate &b) {
                                     return a.thumbprint().key() < b.thumbprint().key();
                                 }));
    return out;
}

} // namespace

class TestPathBuilding : public QObject
{
    Q_OBJECT

private slots:
    // --- cross-signing and bridges: one dead path, one live path

    void crossSigned_deadAndLivePath_connectInEveryOrderOfPresentation()
    {
        // "Issuing CA" (one key) is certified twice: by an old root that expired, and by
        // the new root. Both roots are installed; the client sends both certificates.
        const Issued oldRoot = [] {
            Issued r{Certificate(), TestPki::newKey()};
            r.cert = caCertificate(QStringLiteral("Old Root"), r.key, nullptr,
                                   TestPki::start().addYears(-10), TestPki::start().addDays(30));
            return r;
        }();
        const Issued newRoot = TestPki::root(QStringLiteral("New Root"));
        const PrivateKey issuingKey = TestPki::newKey();
        // The dead one is the newer certificate, so it is the one a verifier tries first.
        const Certificate viaOld = caCertificate(QStringLiteral("Issuing CA"), issuingKey, &oldRoot,
                                                 TestPki::start().addDays(1));
        const Certificate viaNew =
            caCertificate(QStringLiteral("Issuing CA"), issuingKey, &newRoot);
        const Issued issuing{viaNew, issuingKey};
        const Issued leaf = clientUnder(issuing, QStringLiteral("Crossed"));

        for (const QList<Certificate> &order : permutations({viaOld, viaNew})) {
            const Verdict v =
                evaluate(QList<Certificate>{leaf.cert} + order, {{oldRoot.cert, newRoot.cert}});
            QVERIFY2(v.connect.ok, qPrintable(why(v)));
            QCOMPARE(v.connect.condition, Condition::C2);
            QCOMPARE(v.connect.anchor, newRoot.cert);
            QCOMPARE(v.connect.chain.at(1).certificate, viaNew);
        }
        // The dead path alone is refused, and says why: its root expired.
        const Verdict dead = evaluate({leaf.cert, viaOld}, {{oldRoot.cert, newRoot.cert}});
        QVERIFY(!dead.connect.ok);
        QCOMPARE(dead.connect.failure, ConnectFailure::Validity);
        QVERIFY2(dead.connect.reason.contains(QStringLiteral("'Old Root' expired")),
                 qPrintable(dead.connect.reason));
    }

    void bridge_theCrossCertificateAboveTheOrganisationRootIsFound()
    {
        // The organisation's own root is not installed; the bridge is, and it certified the
        // organisation root's key. The client sends its own chain up to its (untrusted)
        // root; the cross certificate is a known intermediate.
        const Issued bridge = TestPki::root(QStringLiteral("Federal Bridge"));
        const Issued orgRoot = TestPki::root(QStringLiteral("Org Root"));
        const Certificate cross = caCertificate(QStringLiteral("Org Root"), orgRoot.key, &bridge);
        const Issued orgIssuing = TestPki::intermediate(QStringLiteral("Org Issuing"), orgRoot);
        const Issued leaf = clientUnder(orgIssuing, QStringLiteral("Bridged"));

        // A second bridge whose cross certificate expired: one dead, one live way up.
        const Issued oldBridge = TestPki::root(QStringLiteral("Old Bridge"));
        const Certificate staleCross =
            caCertificate(QStringLiteral("Org Root"), orgRoot.key, &oldBridge,
                          TestPki::start().addYears(-5), TestPki::start().addDays(10));

        for (const QList<Certificate> &known : permutations({cross, staleCross})) {
            TestPki::SnapshotSpec spec{{bridge.cert, oldBridge.cert}, known};
            const Verdict v = evaluate({leaf.cert, orgIssuing.cert, orgRoot.cert}, spec);
            QVERIFY2(v.connect.ok, qPrintable(why(v)));
            QCOMPARE(v.connect.anchor, bridge.cert);
            QCOMPARE(v.connect.chain.size(), 4);
            QCOMPARE(v.connect.chain.at(2).certificate, cross);
            QCOMPARE(v.connect.chain.at(2).source, CertificateSource::Intermediates);
        }
        // Without the live cross certificate, the dead way is explained.
        const Verdict v = evaluate({leaf.cert, orgIssuing.cert, orgRoot.cert},
                                   {{bridge.cert, oldBridge.cert}, {staleCross}});
        QVERIFY(!v.connect.ok);
        QVERIFY2(v.connect.reason.contains(QStringLiteral("expired")), qPrintable(why(v)));
    }

    // --- CA rollover: the old and the new CA, same name, both installed

    void rollover_leavesOfEitherKeyConnectAndAuthenticate_withAndWithoutKeyIdentifiers()
    {
        for (const bool keyIds : {true, false}) {
            Issued oldCa{Certificate(), TestPki::newKey()};
            oldCa.cert = caCertificate(QStringLiteral("Rolling CA"), oldCa.key, nullptr,
                                       TestPki::start().addYears(-2), TestPki::end(), keyIds);
            Issued newCa{Certificate(), TestPki::newKey()};
            newCa.cert = caCertificate(QStringLiteral("Rolling CA"), newCa.key, nullptr,
                                       TestPki::start(), TestPki::end(), keyIds);
            for (const bool newest : {true, false}) {
                const Issued &ca = newest ? newCa : oldCa;
                const Issued leaf = clientUnder(ca, QStringLiteral("Roller"), keyIds);
                for (const QList<Certificate> &installed : permutations({oldCa.cert, newCa.cert})) {
                    TestPki::SnapshotSpec spec{installed, {}, {oldCa.cert, newCa.cert}};
                    UserProfile user = userNamed(QStringLiteral("roller"));
                    user.commonNames << QStringLiteral("Roller");
                    const Verdict v = evaluate({leaf.cert}, spec, TestPki::evaluationTime(), &user);
                    const QByteArray context =
                        QStringLiteral("key ids %1, %2 key: ")
                            .arg(keyIds)
                            .arg(newest ? QStringLiteral("new") : QStringLiteral("old"))
                            .toUtf8() +
                        why(v).toUtf8();
                    QVERIFY2(v.connect.ok, context.constData());
                    QCOMPARE(v.connect.anchor, ca.cert);
                    QVERIFY2(v.authenticate->ok, context.constData());
                    QCOMPARE(v.authenticate->condition, Condition::A2);
                    QCOMPARE(v.authenticate->issuingCa, ca.cert);
                }
            }
        }
    }

    // --- same-name impostors

    void impostorInstalledBesideTheRealChain_doesNotHideIt()
    {
        const Issued toot = TestPki::root(QStringLiteral("Toot"));
        Issued chug{Certificate(), TestPki::newKey()};
        chug.cert = caCertificate(QStringLiteral("Chug and Ring"), chug.key, &toot,
                                  TestPki::start(), TestPki::end(), false);
        // Without key identifiers, only the signature tells the two apart.
        const Issued frank = clientUnder(chug, QStringLiteral("Frank"), false);
        Issued impostor{Certificate(), TestPki::newKey()};
        impostor.cert = caCertificate(QStringLiteral("Chug and Ring"), impostor.key, nullptr,
                                      TestPki::start().addDays(100), TestPki::end(), false);
        for (const QList<Certificate> &installed : permutations({impostor.cert, chug.cert})) {
            TestPki::SnapshotSpec spec{installed, {}, {chug.cert}};
            UserProfile user = userNamed(QStringLiteral("frank"));
            user.commonNames << QStringLiteral("Frank");
            const Verdict v = evaluate({frank.cert}, spec, TestPki::evaluationTime(), &user);
            QVERIFY2(v.connect.ok, qPrintable(why(v)));
            QCOMPARE(v.connect.anchor, chug.cert);
            QVERIFY(v.authenticate->ok);
            // The impostor (newer, so tried first) is named beside the path it lost to.
            QCOMPARE(v.connect.rejected.size(), 1);
            QCOMPARE(v.connect.rejected.first().certificate, impostor.cert);
            QVERIFY(v.connect.rejected.first().keyMismatch);
            QCOMPARE(v.connect.rejected.first().childIndex, 0);
        }
        // The same when the client sends the real one and the impostor is installed with
        // the real chain's root.
        const Verdict sent = evaluate({frank.cert, chug.cert}, {{impostor.cert, toot.cert}});
        QVERIFY2(sent.connect.ok, qPrintable(why(sent)));
        QCOMPARE(sent.connect.anchor, toot.cert);
    }

    void impostorAlone_isRefusedAndNamed()
    {
        const Issued toot = TestPki::root(QStringLiteral("Toot"));
        const Issued chug = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        const Issued frank = clientUnder(chug, QStringLiteral("Frank"));
        const Issued impostor = TestPki::root(QStringLiteral("Chug and Ring"));
        const Verdict v = evaluate({frank.cert}, {{impostor.cert}});
        QVERIFY(!v.connect.ok);
        QCOMPARE(v.connect.failure, ConnectFailure::IssuerMismatch);
        QVERIFY2(v.connect.reason.contains(QStringLiteral(
                     "issuer 'Chug and Ring' was found (installed) but its signature does not "
                     "match (a different key with the same name)")),
                 qPrintable(v.connect.reason));
        QCOMPARE(v.connect.rejected.size(), 1);
        QCOMPARE(v.connect.rejected.first().certificate, impostor.cert);
        QVERIFY(!v.connect.checks.at(0).ok);
        QVERIFY(!v.connect.checks.at(1).ok);
        // The client sends its real chain, whose root is not installed: the real chain is
        // shown with what it lacks, and the impostor is named beside it.
        const Verdict both = evaluate({frank.cert, chug.cert}, {{impostor.cert}});
        QVERIFY(!both.connect.ok);
        QCOMPARE(both.connect.failure, ConnectFailure::NoAnchor);
        QVERIFY2(both.connect.reason.contains(QStringLiteral("its issuer 'Toot' is neither "
                                                             "installed nor sent")),
                 qPrintable(both.connect.reason));
        QCOMPARE(both.connect.chain.size(), 2);
        QCOMPARE(both.connect.chain.at(1).certificate, chug.cert);
        QCOMPARE(both.connect.rejected.size(), 1);
        QVERIFY(both.connect.rejected.first().keyMismatch);
        QVERIFY(both.toText().contains(QStringLiteral("rejected candidate: issuer 'Chug and "
                                                      "Ring' was found (installed)")));
    }

    void manySameNameCandidates_theSearchIsBoundedAndSaysSo()
    {
        // A client that sends forty same-name CAs does not make the engine try forever.
        const Issued toot = TestPki::root(QStringLiteral("Toot"));
        const Issued chug = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        const Issued frank = clientUnder(chug, QStringLiteral("Frank"));
        QList<Certificate> presented{frank.cert};
        QList<Certificate> installed;
        for (int i = 0; i < 40; ++i) {
            const Issued fake = TestPki::root(QStringLiteral("Chug and Ring"));
            installed << fake.cert;
        }
        const Verdict v = evaluate(presented, {installed});
        QVERIFY(!v.connect.ok);
        QVERIFY2(v.connect.checks.at(1).reason.contains(QStringLiteral("search stopped")),
                 qPrintable(v.connect.checks.at(1).reason));
        // The real one still wins when it is among them: its key identifier points at it.
        installed << chug.cert;
        const Verdict found = evaluate(presented, {installed});
        QVERIFY2(found.connect.ok, qPrintable(why(found)));
        QCOMPARE(found.connect.anchor, chug.cert);
    }

    // --- weak signature digests below the anchor

    void sha1BelowTheAnchor_isRefused_unlessTheOrganisationAllowsIt()
    {
        const Issued toot = TestPki::root(QStringLiteral("Toot"));
        const Issued chug = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        const Issued sha1 =
            clientUnder(chug, QStringLiteral("Legacy"), true, QStringLiteral("SHA1"));
        TestPki::SnapshotSpec spec{{toot.cert}};
        const Verdict v = evaluate({sha1.cert, chug.cert}, spec);
        QVERIFY(!v.connect.ok);
        QCOMPARE(v.connect.failure, ConnectFailure::WeakSignature);
        QVERIFY2(v.connect.reason.contains(QStringLiteral("uses SHA-1")),
                 qPrintable(v.connect.reason));
        QVERIFY(!v.connect.chain.at(0).ok);

        spec.allowSha1Signatures = true;
        const Verdict allowed = evaluate({sha1.cert, chug.cert}, spec);
        QVERIFY2(allowed.connect.ok, qPrintable(why(allowed)));
        QVERIFY(allowed.connect.chain.at(0).warnings.join(' ').contains(QStringLiteral("SHA-1")));
        const QJsonArray warnings =
            allowed
                .toJson()[QStringLiteral("connect")][QStringLiteral("chain")][0]
                         [QStringLiteral("warnings")]
                .toArray();
        QCOMPARE(warnings.size(), 1);
    }

    void md5BelowTheAnchor_isRefusedAlways_theAnchorsOwnDigestDoesNotMatter()
    {
        // MD5 needs an RSA issuer (there is no ECDSA with MD5).
        Issued rsaRoot{Certificate(), PrivateKey::generate(KeyType::Rsa2048)};
        rsaRoot.cert = TestPki::builder(QStringLiteral("RSA Root"))
                           .certificateAuthority()
                           .signatureDigest(QStringLiteral("SHA1")) // the anchor's own: ignored
                           .selfSign(rsaRoot.key);
        const Issued md5 =
            clientUnder(rsaRoot, QStringLiteral("Ancient"), true, QStringLiteral("MD5"));
        TestPki::SnapshotSpec spec{{rsaRoot.cert}};
        spec.allowSha1Signatures = true;
        const Verdict v = evaluate({md5.cert}, spec);
        QVERIFY(!v.connect.ok);
        QCOMPARE(v.connect.failure, ConnectFailure::WeakSignature);
        QVERIFY2(v.connect.reason.contains(QStringLiteral("uses MD5")),
                 qPrintable(v.connect.reason));
        // A SHA-256 leaf under the SHA-1 self-signed root connects: an anchor is trusted as
        // it is, its own signature is never relied upon.
        spec.allowSha1Signatures = false;
        const Issued good = clientUnder(rsaRoot, QStringLiteral("Current"));
        QVERIFY2(evaluate({good.cert}, spec).connect.ok, "the anchor's digest counted");
    }

    void crossSigned_theSha256PathIsChosenOverTheSha1One()
    {
        const Issued oldRoot = TestPki::root(QStringLiteral("Old Root"));
        const Issued newRoot = TestPki::root(QStringLiteral("New Root"));
        const PrivateKey key = TestPki::newKey();
        CertificateBuilder weak;
        weak.commonName(QStringLiteral("Issuing CA"))
            .validity(TestPki::start().addDays(5), TestPki::end())
            .certificateAuthority()
            .signatureDigest(QStringLiteral("SHA1"));
        const Certificate viaOld = weak.sign(key, oldRoot.cert, oldRoot.key);
        const Certificate viaNew = caCertificate(QStringLiteral("Issuing CA"), key, &newRoot);
        const Issued leaf = clientUnder({viaNew, key}, QStringLiteral("Crossed"));
        for (const QList<Certificate> &order : permutations({viaOld, viaNew})) {
            const Verdict v =
                evaluate(QList<Certificate>{leaf.cert} + order, {{oldRoot.cert, newRoot.cert}});
            QVERIFY2(v.connect.ok, qPrintable(why(v)));
            QCOMPARE(v.connect.anchor, newRoot.cert);
        }
    }

    // --- validity at the edges (RFC 5280 4.1.2.5: both ends inclusive)

    void validity_atExactlyNotAfterTheCertificateIsStillValid()
    {
        const Issued toot = TestPki::root(QStringLiteral("Toot"));
        CertificateBuilder b = TestPki::builder(QStringLiteral("Edge"));
        const QDateTime notAfter(QDate(2027, 3, 1), QTime(12, 30, 15), Qt::UTC);
        b.endEntity().validity(TestPki::start(), notAfter);
        const Issued edge = TestPki::issue(b, toot);
        TestPki::SnapshotSpec spec{{toot.cert}};
        QVERIFY2(evaluate({edge.cert}, spec, notAfter).connect.ok,
                 qPrintable(evaluate({edge.cert}, spec, notAfter).connect.reason));
        const Verdict late = evaluate({edge.cert}, spec, notAfter.addSecs(1));
        QVERIFY(!late.connect.ok);
        QCOMPARE(late.connect.failure, ConnectFailure::Validity);
        // And at exactly notBefore, but not a second before.
        QVERIFY(evaluate({edge.cert}, spec, TestPki::start()).connect.ok);
        QVERIFY(!evaluate({edge.cert}, spec, TestPki::start().addSecs(-1)).connect.ok);
        // The same for an installed leaf (C1).
        QVERIFY(evaluate({edge.cert}, {{edge.cert}}, notAfter).connect.ok);
        QVERIFY(!evaluate({edge.cert}, {{edge.cert}}, notAfter.addSecs(1)).connect.ok);
    }

    // --- name constraints: the CN counts only when there is no subjectAltName at all

    void nameConstraints_cnIsCheckedOnlyWithoutAnySubjectAltName()
    {
        const Issued root = TestPki::root(QStringLiteral("Constrained Root"));
        CertificateBuilder caBuilder = TestPki::builder(QStringLiteral("Example CA"));
        caBuilder.certificateAuthority().nameConstraints(
            QStringLiteral("critical,permitted;DNS:example.com"));
        const Issued ca = TestPki::issue(caBuilder, root);
        TestPki::SnapshotSpec spec{{root.cert}};

        const auto leafWith = [&](const QString &cn, const QString &altNames) {
            CertificateBuilder b = TestPki::builder(cn);
            b.endEntity().extendedKeyUsage(QStringLiteral("clientAuth"));
            if (!altNames.isEmpty())
                b.subjectAltNames(altNames);
            return TestPki::issue(b, ca).cert;
        };
        // A person's certificate: CN first.last (it looks like a host name) and an e-mail
        // or IP address as SAN: the DNS constraint has nothing to say about it.
        for (const QString &san :
             {QStringLiteral("email:first.last@example.org"), QStringLiteral("IP:192.0.2.7")}) {
            const Verdict v =
                evaluate({leafWith(QStringLiteral("first.last"), san), ca.cert}, spec);
            QVERIFY2(v.connect.ok, qPrintable(san + QStringLiteral(": ") + v.connect.reason));
        }
        // No SAN at all: the CN is taken for a host name and must be permitted.
        const Verdict bare =
            evaluate({leafWith(QStringLiteral("first.last"), QString()), ca.cert}, spec);
        QVERIFY(!bare.connect.ok);
        QCOMPARE(bare.connect.failure, ConnectFailure::NameConstraints);
        QVERIFY2(bare.connect.reason.contains(QStringLiteral("'Example CA'")),
                 qPrintable(bare.connect.reason));
        QVERIFY(evaluate({leafWith(QStringLiteral("host.example.com"), QString()), ca.cert}, spec)
                    .connect.ok);
        // A DNS SAN outside the constraint is refused, one inside is fine.
        QVERIFY(
            !evaluate({leafWith(QStringLiteral("x"), QStringLiteral("DNS:bad.other.com")), ca.cert},
                      spec)
                 .connect.ok);
        QVERIFY(
            evaluate({leafWith(QStringLiteral("first.last"), QStringLiteral("DNS:ok.example.com")),
                      ca.cert},
                     spec)
                .connect.ok);
    }

    // --- revocation everywhere on the path

    void revocation_revokedInstalledLeafCannotConnect()
    {
        const Issued toot = TestPki::root(QStringLiteral("Toot"));
        const Issued chug = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        const Issued frank = clientUnder(chug, QStringLiteral("Frank"));
        TestPki::SnapshotSpec spec{{frank.cert, toot.cert}, {chug.cert}};
        QVERIFY(evaluate({frank.cert}, spec).connect.ok);
        spec.crls << TestPki::crl(chug, {frank.cert});
        const Verdict v = evaluate({frank.cert}, spec);
        QVERIFY2(!v.connect.ok, qPrintable(why(v)));
        QVERIFY(!v.connect.checks.at(0).ok);
        QVERIFY2(v.connect.checks.at(0).reason.contains(QStringLiteral("revoked")),
                 qPrintable(v.connect.checks.at(0).reason));
        QCOMPARE(v.connect.failure, ConnectFailure::Revoked);
        // Installed alone (its issuer's list signed by a CA nobody trusts) it is not judged
        // by that list.
        TestPki::SnapshotSpec alone{{frank.cert}, {}, {}, {TestPki::crl(chug, {frank.cert})}};
        QVERIFY(evaluate({frank.cert}, alone).connect.ok);
    }

    void revocation_revokedInstalledIntermediateCannotConnect()
    {
        const Issued toot = TestPki::root(QStringLiteral("Toot"));
        const Issued chug = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        const Issued frank = clientUnder(chug, QStringLiteral("Frank"));
        TestPki::SnapshotSpec spec{{chug.cert, toot.cert}};
        QVERIFY(evaluate({frank.cert}, spec).connect.ok);
        spec.crls << TestPki::crl(toot, {chug.cert});
        for (const QList<Certificate> &presented :
             {QList<Certificate>{frank.cert}, QList<Certificate>{frank.cert, chug.cert}}) {
            const Verdict v = evaluate(presented, spec);
            QVERIFY2(!v.connect.ok, qPrintable(why(v)));
            QCOMPARE(v.connect.failure, ConnectFailure::Revoked);
            QVERIFY2(v.connect.reason.contains(QStringLiteral("'Chug and Ring'")),
                     qPrintable(v.connect.reason));
        }
    }

    void revocation_aLeafRevokedByTheListOfAReKeyedCa_cannotConnect()
    {
        for (const bool keyIds : {true, false}) {
            const Issued root = TestPki::root(QStringLiteral("Root"));
            Issued oldKey{Certificate(), TestPki::newKey()};
            oldKey.cert = caCertificate(QStringLiteral("Re-keyed CA"), oldKey.key, &root,
                                        TestPki::start(), TestPki::end(), keyIds);
            Issued newKey{Certificate(), TestPki::newKey()};
            newKey.cert = caCertificate(QStringLiteral("Re-keyed CA"), newKey.key, &root,
                                        TestPki::start().addDays(1), TestPki::end(), keyIds);
            const Issued leaf = clientUnder(oldKey, QStringLiteral("Old Leaf"), keyIds);
            const Issued other = clientUnder(oldKey, QStringLiteral("Other Leaf"), keyIds);
            // The CA signs its lists with its new key now; the old key's certificates are
            // still listed there.
            const RevocationList list = TestPki::crl(newKey, {leaf.cert});
            TestPki::SnapshotSpec spec{{root.cert}, {oldKey.cert, newKey.cert}, {}, {list}};
            const Verdict v = evaluate({leaf.cert, oldKey.cert}, spec);
            QVERIFY2(!v.connect.ok,
                     qPrintable(QStringLiteral("key ids %1: ").arg(keyIds) + why(v)));
            QCOMPARE(v.connect.failure, ConnectFailure::Revoked);
            // A certificate the list does not name connects; the list is no failure.
            const Verdict fine = evaluate({other.cert, oldKey.cert}, spec);
            QVERIFY2(fine.connect.ok,
                     qPrintable(QStringLiteral("key ids %1: ").arg(keyIds) + why(fine)));
        }
    }

    // --- RFC 5280 profile lapses: accepted, with a warning

    void profileLapses_areWarningsNotFailures()
    {
        Issued root{Certificate(), TestPki::newKey()};
        root.cert = TestPki::builder(QStringLiteral("Lax Root"))
                        .certificateAuthority()
                        .keyIdentifiers(false)
                        .selfSign(root.key);
        CertificateBuilder caBuilder = TestPki::builder(QStringLiteral("Lax CA"));
        caBuilder.keyIdentifiers(false).certificateAuthority();
        // basicConstraints present but not critical
        caBuilder.customExtension(QStringLiteral("2.5.29.19"), false,
                                  QByteArray::fromHex("30030101ff"));
        caBuilder.noBasicConstraints();
        const Issued ca = TestPki::issue(caBuilder, root);
        const Issued leaf = clientUnder(ca, QStringLiteral("Lax Leaf"), false);
        const Verdict v = evaluate({leaf.cert, ca.cert}, {{root.cert}});
        QVERIFY2(v.connect.ok, qPrintable(why(v)));
        const QString leafWarnings = v.connect.chain.at(0).warnings.join(QLatin1Char('|'));
        const QString caWarnings = v.connect.chain.at(1).warnings.join(QLatin1Char('|'));
        QVERIFY2(leafWarnings.contains(QStringLiteral("no authority key identifier")),
                 qPrintable(leafWarnings));
        QVERIFY2(caWarnings.contains(QStringLiteral("not marked critical")),
                 qPrintable(caWarnings));
        QVERIFY2(caWarnings.contains(QStringLiteral("no subject key identifier")),
                 qPrintable(caWarnings));
        QVERIFY(v.toText().contains(QStringLiteral("warning:")));
    }
};

QTEST_GUILESS_MAIN(TestPathBuilding)
#include "TestPathBuilding.moc"
