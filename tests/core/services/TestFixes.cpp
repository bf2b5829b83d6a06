// The fixes of CLI.md (FixFinder): for each kind (install, approve, accept-cn,
// accept-thumbprint, match-cn, enable-user) a situation where it is offered, then the fix
// applied through the store (WhatIfApplyService, as the explorer's Apply does) and the
// store's verdict compared with the one the fix promised. Also: nothing is offered when no
// configuration can help (an expired leaf, a broken signature, SHA-1), and the reason then
// says what the holder needs; fixes are minimal and best first; the holding tank's
// untrusted CAs can be named.
#include "engine/FixFinder.h"
#include "services/TrustSnapshotLoader.h"
#include "services/WhatIfApplyService.h"
#include "store/Store.h"
#include "support/TestPki.h"
#include "support/TestStores.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

class TestFixes : public QObject
{
    Q_OBJECT

    Issued toot, chug, frank;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 org = 0;
    int counter = 0;

    void addUser(const QString &name, const QString &fullName = QString(), bool disabled = false)
    {
        UserProfile p;
        p.username = name;
        p.fullName = fullName;
        p.disabled = disabled;
        p.httpsPolicy = Policy::Certificate;
        p.ftpsPolicy = Policy::Certificate;
        store->users().add(org, p, std::nullopt);
    }

    // The verdict as the store has it now, with its fixes (tank CAs as the pool).
    Verdict explain(const QList<Certificate> &presented, const QString &username = QString())
    {
        const auto snapshot = TrustSnapshotLoader::load(*store, org);
        const auto user = username.isEmpty() ? std::nullopt : store->users().find(org, username);
        Verdict v = TrustEngine::evaluate(presented, user ? &*user : nullptr, Interface::Https,
                                          *snapshot, TestPki::evaluationTime());
        FixFinder::attach(v, user ? &*user : nullptr, *snapshot, store->tank().untrustedCas(org));
        return v;
    }

    // Applies the fix as the explorer does and checks the promise against the store.
    void applyAndCheck(const Fix &fix, const QList<Certificate> &presented, const QString &username)
    {
        WhatIfApplyService::apply(*store, org, fix.whatIf(), username);
        const Verdict after = explain(presented, username);
        QCOMPARE(after.connect.ok, fix.connects);
        if (!username.isEmpty()) {
            QCOMPARE(after.authenticate->ok, fix.authenticates);
            QCOMPARE(after.authenticate->condition, fix.condition);
        } else {
            QCOMPARE(after.connect.condition, fix.condition);
        }
        QVERIFY(after.fixes->isEmpty()); // nothing left to fix
    }

    // An untrusted-CA entry, as an earlier attempt of a client leaves one.
    void tankHas(const Issued &ca)
    {
        TankSighting seen{Interface::Https, QStringLiteral("10.0.0.9"), TestPki::evaluationTime(),
                          QString()};
        store->tank().insert(org, -1, store->tank().nextPairId(), CredentialKind::UntrustedCa,
                             ca.cert.thumbprint().grouped(), ca.cert, seen);
    }

    static const Fix *fixOfKind(const Verdict &v, FixChange::Kind kind, int size = 1)
    {
        for (const Fix &fix : *v.fixes) {
            if (fix.changes.first().kind == kind && fix.changes.size() == size)
                return &fix;
        }
        return nullptr;
    }

    static QString listed(const Verdict &v)
    {
        QStringList out;
        for (const Fix &fix : *v.fixes)
            out << fix.what();
        return out.join(QStringLiteral(" | "));
    }

private slots:
    void initTestCase()
    {
        toot = TestPki::root(QStringLiteral("Toot"));
        chug = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        frank = TestPki::client(QStringLiteral("Frank"), chug);
    }

    void init()
    {
        store.reset();
        store = openTestStore(dir.filePath(QStringLiteral("fixes%1.db").arg(++counter)));
        org = store->organisations().create(QStringLiteral("Acme")).id;
    }

    void install_makesItConnect_rootFirst_andHoldsItsPromise()
    {
        const QList<Certificate> presented{frank.cert, chug.cert};
        // Toot is at hand only in the holding tank (a client sent it once).
        tankHas(toot);
        const Verdict v = explain(presented);
        QVERIFY(!v.connect.ok);
        QVERIFY(v.fixes.has_value());
        QVERIFY2(v.fixes->size() == 3, qPrintable(listed(v))); // Toot, Chug and Ring, or Frank
        QCOMPARE(v.fixes->at(0).changes.first().certificate, toot.cert);
        QCOMPARE(v.fixes->at(1).changes.first().certificate, chug.cert);
        QCOMPARE(v.fixes->at(2).changes.first().certificate, frank.cert);
        QCOMPARE(v.fixes->at(2).condition, Condition::C1);
        const QJsonObject json = v.toJson()[QStringLiteral("fixes")][0].toObject();
        QCOMPARE(json[QStringLiteral("kind")].toString(), QStringLiteral("install"));
        QCOMPARE(json[QStringLiteral("subject")].toString(), QStringLiteral("CN=Toot"));
        QCOMPARE(json[QStringLiteral("thumbprint")].toString(), toot.cert.thumbprint().grouped());
        QCOMPARE(json[QStringLiteral("result")][QStringLiteral("condition")].toString(),
                 QStringLiteral("C2"));
        applyAndCheck(v.fixes->first(), presented, QString());
    }

    void install_fromTheHoldingTank_whenTheClientNoLongerSendsTheCa()
    {
        // An earlier attempt left Chug and Ring in the tank as an untrusted CA; now the
        // client sends its certificate alone.
        tankHas(chug);
        const Verdict v = explain({frank.cert});
        QVERIFY(!v.connect.ok);
        const Fix *install = fixOfKind(v, FixChange::Kind::Install);
        QVERIFY2(install, qPrintable(listed(v)));
        QCOMPARE(install->changes.first().certificate, chug.cert);
        applyAndCheck(*install, {frank.cert}, QString());
    }

    void approve_letsTheProfileCnAuthenticate()
    {
        store->rootStore().add({toot.cert});
        addUser(QStringLiteral("frank"));
        store->users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                                     QStringLiteral("Frank"));
        const Verdict v = explain({frank.cert, chug.cert}, QStringLiteral("frank"));
        QVERIFY(v.connect.ok && !v.authenticate->ok);
        const Fix *approve = fixOfKind(v, FixChange::Kind::Approve);
        QVERIFY2(approve, qPrintable(listed(v)));
        QCOMPARE(approve->changes.first().certificate, chug.cert); // the issuing CA, not Toot
        QCOMPARE(approve->condition, Condition::A2);
        // The narrowest fix comes first: the thumbprint, for this one certificate.
        QCOMPARE(v.fixes->first().changes.first().kind, FixChange::Kind::AcceptThumbprint);
        applyAndCheck(*approve, {frank.cert, chug.cert}, QStringLiteral("frank"));
    }

    void acceptCn_withTheApprovalItNeeds()
    {
        store->rootStore().add({toot.cert});
        addUser(QStringLiteral("fred"));
        const Verdict v = explain({frank.cert, chug.cert}, QStringLiteral("fred"));
        const Fix *acceptCn = fixOfKind(v, FixChange::Kind::AcceptCn, 2);
        QVERIFY2(acceptCn, qPrintable(listed(v)));
        QCOMPARE(acceptCn->changes.at(1).kind, FixChange::Kind::Approve);
        QCOMPARE(acceptCn->changes.first().value, QStringLiteral("Frank"));
        const QJsonObject json = acceptCn->toJson();
        QCOMPARE(json[QStringLiteral("user")].toString(), QStringLiteral("fred"));
        QCOMPARE(json[QStringLiteral("also")].toArray().size(), 1);
        QCOMPARE(json[QStringLiteral("also")][0][QStringLiteral("kind")].toString(),
                 QStringLiteral("approve"));
        applyAndCheck(*acceptCn, {frank.cert, chug.cert}, QStringLiteral("fred"));
    }

    void acceptCn_aloneWhenTheCaIsApproved()
    {
        store->rootStore().add({toot.cert});
        store->approvedCas(org).add({chug.cert});
        addUser(QStringLiteral("fred"));
        const Verdict v = explain({frank.cert, chug.cert}, QStringLiteral("fred"));
        const Fix *acceptCn = fixOfKind(v, FixChange::Kind::AcceptCn);
        QVERIFY2(acceptCn, qPrintable(listed(v)));
        QCOMPARE(acceptCn->condition, Condition::A2);
        applyAndCheck(*acceptCn, {frank.cert, chug.cert}, QStringLiteral("fred"));
    }

    void acceptThumbprint_whateverTheApprovedList()
    {
        store->rootStore().add({toot.cert});
        addUser(QStringLiteral("fred"));
        const Verdict v = explain({frank.cert, chug.cert}, QStringLiteral("fred"));
        const Fix *thumbprint = fixOfKind(v, FixChange::Kind::AcceptThumbprint);
        QVERIFY2(thumbprint, qPrintable(listed(v)));
        QCOMPARE(thumbprint, &v.fixes->first());
        QCOMPARE(thumbprint->changes.first().value, frank.cert.thumbprint().key());
        QCOMPARE(thumbprint->condition, Condition::A1);
        applyAndCheck(*thumbprint, {frank.cert, chug.cert}, QStringLiteral("fred"));
    }

    void matchCn_whenTheCnIsTheUsersName()
    {
        store->rootStore().add({toot.cert});
        store->approvedCas(org).add({chug.cert});
        addUser(QStringLiteral("frank"));
        const Verdict v = explain({frank.cert, chug.cert}, QStringLiteral("frank"));
        const Fix *matchCn = fixOfKind(v, FixChange::Kind::MatchCn);
        QVERIFY2(matchCn, qPrintable(listed(v)));
        QCOMPARE(matchCn->condition, Condition::A3);
        QCOMPARE(matchCn->toJson()[QStringLiteral("kind")].toString(), QStringLiteral("match-cn"));
        applyAndCheck(*matchCn, {frank.cert, chug.cert}, QStringLiteral("frank"));
        QVERIFY(store->organisations().get(org).matchCn);
    }

    void enableUser_aloneWhenTheUserHoldsTheCertificate()
    {
        store->rootStore().add({toot.cert});
        addUser(QStringLiteral("frank"), QString(), true);
        store->users().addCredential(org, QStringLiteral("frank"), CredentialKind::Thumbprint,
                                     frank.cert.thumbprint().key());
        const Verdict v = explain({frank.cert, chug.cert}, QStringLiteral("frank"));
        QVERIFY(!v.authenticate->ok);
        QCOMPARE(v.fixes->size(), 1); // anything else would have to enable the user too
        const Fix &enable = v.fixes->first();
        QCOMPARE(enable.changes.size(), 1);
        QCOMPARE(enable.changes.first().kind, FixChange::Kind::EnableUser);
        QCOMPARE(enable.toJson()[QStringLiteral("user")].toString(), QStringLiteral("frank"));
        applyAndCheck(enable, {frank.cert, chug.cert}, QStringLiteral("frank"));
        QVERIFY(!store->users().find(org, QStringLiteral("frank"))->disabled);
    }

    void installAndAccept_whenBothAreNeeded_andOnlyMinimalFixesAreOffered()
    {
        tankHas(toot);
        addUser(QStringLiteral("fred"));
        const Verdict v = explain({frank.cert, chug.cert}, QStringLiteral("fred"));
        QVERIFY(!v.fixes->isEmpty());
        for (const Fix &fix : *v.fixes) {
            QCOMPARE(fix.changes.first().kind, FixChange::Kind::Install);
            QVERIFY(fix.changes.size() >= 2);
            QVERIFY(fix.authenticates);
            // No offered fix contains another one.
            for (const Fix &other : *v.fixes) {
                if (&other == &fix)
                    continue;
                const bool contains =
                    std::all_of(other.changes.cbegin(), other.changes.cend(),
                                [&fix](const FixChange &c) { return fix.changes.contains(c); });
                QVERIFY2(!contains,
                         qPrintable(fix.what() + QStringLiteral(" holds ") + other.what()));
            }
        }
        QVERIFY2(v.toText().contains(QStringLiteral("To fix:\n  1. Install 'Toot'")),
                 qPrintable(v.toText()));
        applyAndCheck(v.fixes->first(), {frank.cert, chug.cert}, QStringLiteral("fred"));
    }

    void nothingHelps_anExpiredLeaf_andTheReasonSaysWhatTheHolderNeeds()
    {
        CertificateBuilder b = TestPki::builder(QStringLiteral("Frank"));
        b.endEntity().validity(TestPki::start().addYears(-3), TestPki::start());
        const Issued expired = TestPki::issue(b, chug);
        addUser(QStringLiteral("frank"));
        tankHas(toot); // even with the root at hand, nothing helps
        const Verdict v = explain({expired.cert, chug.cert}, QStringLiteral("frank"));
        QVERIFY(!v.connect.ok);
        QVERIFY(v.fixes.has_value());
        QVERIFY(v.fixes->isEmpty());
        QVERIFY2(v.connect.reason.contains(QStringLiteral("its holder needs a certificate that is "
                                                          "valid now")),
                 qPrintable(v.connect.reason));
        QCOMPARE(v.toJson()[QStringLiteral("fixes")].toArray().size(), 0);
    }

    void nothingHelps_aBrokenSignature_orSha1()
    {
        const Issued impostor = TestPki::root(QStringLiteral("Chug and Ring"));
        store->rootStore().add({impostor.cert});
        const Verdict v = explain({frank.cert});
        QVERIFY(!v.connect.ok);
        QVERIFY(v.fixes->isEmpty());
        QVERIFY2(v.connect.reason.contains(QStringLiteral("its holder needs")),
                 qPrintable(v.connect.reason));

        CertificateBuilder b = TestPki::builder(QStringLiteral("Legacy"));
        b.endEntity().signatureDigest(QStringLiteral("SHA1"));
        const Issued sha1 = TestPki::issue(b, chug);
        store->rootStore().add({toot.cert});
        const Verdict weak = explain({sha1.cert, chug.cert});
        QCOMPARE(weak.connect.failure, ConnectFailure::WeakSignature);
        QVERIFY(weak.fixes->isEmpty());
        QVERIFY(weak.connect.reason.contains(QStringLiteral("SHA-256 or better")));
    }

    void alreadyFine_offersNothing_andWithoutAskingThereAreNoFixes()
    {
        store->rootStore().add({toot.cert});
        addUser(QStringLiteral("frank"));
        store->users().addCredential(org, QStringLiteral("frank"), CredentialKind::Thumbprint,
                                     frank.cert.thumbprint().key());
        QVERIFY(explain({frank.cert, chug.cert}, QStringLiteral("frank")).fixes->isEmpty());
        const auto snapshot = TrustSnapshotLoader::load(*store, org);
        const Verdict plain = TrustEngine::evaluate({frank.cert}, nullptr, Interface::Https,
                                                    *snapshot, TestPki::evaluationTime());
        QVERIFY(!plain.fixes.has_value());
        QVERIFY(!plain.toJson().contains(QStringLiteral("fixes")));
    }
};

QTEST_GUILESS_MAIN(TestFixes)
#include "TestFixes.moc"
