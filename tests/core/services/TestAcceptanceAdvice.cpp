// AcceptanceAdvice (RULES 4.3): for a thumbprint, when the certificate expires; for a CN,
// the organisation's approved CAs with the one that issued the certificate marked, judged
// by name AND key as the engine judges it (a same-name CA with another key issued nothing,
// a re-issued CA with the same key did), whether the issuer is approved at all, and the
// other users who would claim the CN.
#include "engine/TrustEngine.h"
#include "services/AcceptanceAdvice.h"
#include "services/TrustSnapshotLoader.h"
#include "support/TestPki.h"
#include "support/TestStores.h"

#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

class TestAcceptanceAdvice : public QObject
{
    Q_OBJECT

    Issued toot, chug, chugImpostor, otherCa, frank;
    Certificate chugReissued;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 org = 0, globex = 0;
    int counter = 0;

    static QDateTime now() { return TestPki::evaluationTime(); }
    static TankEntry entryFor(const Certificate &cert, CredentialKind kind,
                              const QString &username = QStringLiteral("frank"))
    {
        TankEntry entry;
        entry.kind = kind;
        entry.value = kind == CredentialKind::CommonName ? cert.commonNames().values.value(0)
                                                         : cert.thumbprint().grouped();
        entry.certificate = cert;
        entry.username = username;
        return entry;
    }
    AcceptanceAdvice adviceFor(const Certificate &cert, CredentialKind kind,
                               const QDateTime &at = now())
    {
        return AcceptanceAdvice::forEntry(*store, org, entryFor(cert, kind), at);
    }
    void addUser(qint64 organisationId, const QString &name, const QString &fullName = QString())
    {
        UserProfile u;
        u.username = name;
        u.fullName = fullName;
        u.httpsPolicy = Policy::Certificate;
        store->users().add(organisationId, u, std::nullopt);
    }

private slots:
    void initTestCase()
    {
        toot = TestPki::root(QStringLiteral("Toot"));
        chug = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        chugImpostor = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        otherCa = TestPki::root(QStringLiteral("Other CA"));
        frank = TestPki::client(QStringLiteral("Frank"), chug);
        // Re-issued: the same name and key as chug, another certificate.
        CertificateBuilder b = TestPki::builder(QStringLiteral("Chug and Ring"));
        b.certificateAuthority();
        chugReissued = b.sign(chug.key, toot.cert, toot.key);
    }

    void init()
    {
        store.reset();
        store = openTestStore(dir.filePath(QStringLiteral("advice%1.db").arg(++counter)));
        org = store->organisations().create(QStringLiteral("Acme")).id;
        globex = store->organisations().create(QStringLiteral("Globex")).id;
        store->rootStore().add({toot.cert});
        addUser(org, QStringLiteral("frank"));
    }

    void thumbprint_givesTheExpiry_andNoCaOrClaimFacts()
    {
        store->approvedCas(org).add({chug.cert});
        addUser(org, QStringLiteral("rich"));
        store->users().addCredential(org, QStringLiteral("rich"), CredentialKind::CommonName,
                                     QStringLiteral("Frank"));
        const AcceptanceAdvice advice = adviceFor(frank.cert, CredentialKind::Thumbprint);
        QCOMPARE(advice.kind, CredentialKind::Thumbprint);
        QCOMPARE(advice.expires, frank.cert.notAfter());
        QCOMPARE(advice.expires, TestPki::end());
        QCOMPARE(advice.daysLeft, qint64(now().date().daysTo(TestPki::end().date())));
        QVERIFY(!advice.expired());
        QVERIFY(!advice.expiresSoon());
        QVERIFY(advice.approvedCas.isEmpty());
        QVERIFY(!advice.issuerApproved);
        QVERIFY(advice.otherClaims.isEmpty());
    }

    void expiry_isSoonWithinThirtyDays_andExpiredAfterNotAfter_data()
    {
        QTest::addColumn<int>("daysBefore");
        QTest::addColumn<bool>("soon");
        QTest::addColumn<bool>("expired");
        QTest::newRow("31 days left") << 31 << false << false;
        QTest::newRow("30 days left") << 30 << true << false;
        QTest::newRow("1 day left") << 1 << true << false;
        QTest::newRow("expired a day ago") << -1 << false << true;
    }
    void expiry_isSoonWithinThirtyDays_andExpiredAfterNotAfter()
    {
        QFETCH(int, daysBefore);
        QFETCH(bool, soon);
        QFETCH(bool, expired);
        const AcceptanceAdvice advice = adviceFor(frank.cert, CredentialKind::Thumbprint,
                                                  frank.cert.notAfter().addDays(-daysBefore));
        QCOMPARE(advice.daysLeft, qint64(daysBefore));
        QCOMPARE(advice.expiresSoon(), soon);
        QCOMPARE(advice.expired(), expired);
    }

    void cn_listsTheApprovedCas_markingTheOneThatIssuedTheCertificate()
    {
        store->approvedCas(org).add({otherCa.cert, chug.cert});
        store->approvedCas(globex).add({toot.cert});
        const AcceptanceAdvice advice = adviceFor(frank.cert, CredentialKind::CommonName);
        QCOMPARE(advice.kind, CredentialKind::CommonName);
        QCOMPARE(advice.approvedCas.size(), 2); // Acme's, not Globex's
        for (const auto &ca : advice.approvedCas)
            QCOMPARE(ca.issuedThis, ca.certificate == chug.cert);
        QVERIFY(advice.issuerApproved);
        QCOMPARE(advice.expires, frank.cert.notAfter());
    }

    void cn_aSameNameCaWithAnotherKey_isNotTheIssuer()
    {
        store->approvedCas(org).add({chugImpostor.cert});
        const AcceptanceAdvice advice = adviceFor(frank.cert, CredentialKind::CommonName);
        QCOMPARE(advice.approvedCas.size(), 1);
        QCOMPARE(advice.approvedCas.first().certificate, chugImpostor.cert);
        QVERIFY(!advice.approvedCas.first().issuedThis);
        QVERIFY(!advice.issuerApproved);
    }

    void cn_aReissuedCaWithTheSameKey_isTheIssuer()
    {
        QVERIFY(chugReissued != chug.cert);
        store->approvedCas(org).add({chugReissued});
        const AcceptanceAdvice advice = adviceFor(frank.cert, CredentialKind::CommonName);
        QCOMPARE(advice.approvedCas.size(), 1);
        QVERIFY(advice.approvedCas.first().issuedThis);
        QVERIFY(advice.issuerApproved);
    }

    void cn_onlyCasAboveTheIssuerApproved_isNotApproved()
    {
        store->approvedCas(org).add({toot.cert, otherCa.cert});
        const AcceptanceAdvice advice = adviceFor(frank.cert, CredentialKind::CommonName);
        QCOMPARE(advice.approvedCas.size(), 2);
        for (const auto &ca : advice.approvedCas)
            QVERIFY(!ca.issuedThis);
        QVERIFY(!advice.issuerApproved);
    }

    void cn_withNoApprovedCas_isNotApproved()
    {
        const AcceptanceAdvice advice = adviceFor(frank.cert, CredentialKind::CommonName);
        QVERIFY(advice.approvedCas.isEmpty());
        QVERIFY(!advice.issuerApproved);
    }

    void cn_listsTheOtherUsersWhoWouldClaimIt()
    {
        addUser(org, QStringLiteral("rich"));
        addUser(org, QStringLiteral("dora"), QStringLiteral("frank"));
        addUser(org, QStringLiteral("sam"));
        addUser(globex, QStringLiteral("rich"));
        store->users().addCredential(org, QStringLiteral("rich"), CredentialKind::CommonName,
                                     QStringLiteral("FRANK"));
        store->users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                                     QStringLiteral("Frank"));
        store->users().addCredential(globex, QStringLiteral("rich"), CredentialKind::CommonName,
                                     QStringLiteral("Frank"));
        const AcceptanceAdvice advice = adviceFor(frank.cert, CredentialKind::CommonName);
        QCOMPARE(advice.otherClaims.size(), 2);
        QCOMPARE(advice.otherClaims.at(0).username, QStringLiteral("dora"));
        QVERIFY(advice.otherClaims.at(0).nameMatches);
        QVERIFY(!advice.otherClaims.at(0).holdsCn);
        QCOMPARE(advice.otherClaims.at(1).username, QStringLiteral("rich"));
        QVERIFY(advice.otherClaims.at(1).holdsCn);
        QVERIFY(!advice.otherClaims.at(1).nameMatches);
    }

    void cn_ofASelfSignedApprovedLeaf_agreesWithTheEngine()
    {
        // RULES 3: a self-signed leaf is its own issuing CA. Installed and approved, its CN
        // authenticates by A2, so the advice must not say its issuer is unapproved.
        const Issued self = TestPki::selfSignedClient(QStringLiteral("Solo"));
        store->rootStore().add({self.cert});
        store->approvedCas(org).add({self.cert});
        store->users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                                     QStringLiteral("Solo"));
        const UserProfile user = *store->users().find(org, QStringLiteral("frank"));
        const Verdict verdict = TrustEngine::evaluate(
            {self.cert}, &user, Interface::Https, *TrustSnapshotLoader::load(*store, org), now());
        QVERIFY(verdict.connect.ok);
        QVERIFY(verdict.authenticate->issuingCaApproved);
        QCOMPARE(verdict.authenticate->condition, Condition::A2);
        const AcceptanceAdvice advice = adviceFor(self.cert, CredentialKind::CommonName);
        QCOMPARE(advice.issuerApproved, verdict.authenticate->issuingCaApproved);
    }

    void cn_issuerJudgement_agreesWithTheEngine_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("issuer") << 0;
        QTest::newRow("same name, other key") << 1;
        QTest::newRow("re-issued, same key") << 2;
        QTest::newRow("root above") << 3;
    }
    void cn_issuerJudgement_agreesWithTheEngine()
    {
        QFETCH(int, which);
        const Certificate approved =
            QList<Certificate>{chug.cert, chugImpostor.cert, chugReissued, toot.cert}.at(which);
        store->intermediates().add({chug.cert});
        store->approvedCas(org).add({approved});
        const UserProfile user = *store->users().find(org, QStringLiteral("frank"));
        const Verdict verdict = TrustEngine::evaluate(
            {frank.cert}, &user, Interface::Https, *TrustSnapshotLoader::load(*store, org), now());
        QVERIFY(verdict.connect.ok);
        const AcceptanceAdvice advice = adviceFor(frank.cert, CredentialKind::CommonName);
        QCOMPARE(advice.issuerApproved, verdict.authenticate->issuingCaApproved);
    }
};

QTEST_GUILESS_MAIN(TestAcceptanceAdvice)
#include "TestAcceptanceAdvice.moc"
