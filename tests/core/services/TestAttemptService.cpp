// AttemptService: what one sign-on attempt leaves in the holding tank (RULES 4.1 and 4.5).
// A pair per attempt that connects but does not authenticate an existing, active user whose
// policy on that interface needs a certificate; nothing otherwise, except the untrusted CAs
// a client sent when nothing on its path is installed; repeats refresh, the per-user cap
// drops the oldest pair, untrusted CAs are kept once each and bounded, and the chain the
// client sent is kept with the entry (bounded too). Attempts are not audited.
#include "services/AttemptService.h"
#include "store/PasswordHasher.h"
#include "support/StoreDump.h"
#include "support/TestPki.h"
#include "support/TestStores.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <openssl/x509.h>

using namespace trustdesk;
using namespace trustdesk::test;

class TestAttemptService : public QObject
{
    Q_OBJECT

    Issued toot, chug, frank, stranger, strangerCa;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 org = 0;
    int counter = 0;

    static QDateTime t0() { return TestPki::evaluationTime(); }
    QString dump() { return dumpStore(store->location()); }
    AttemptOutcome attempt(const QList<Certificate> &presented, const QString &username,
                           const QDateTime &at = t0(), Interface iface = Interface::Ftps,
                           const QString &address = QStringLiteral("10.0.0.1"))
    {
        return AttemptService(*store, org).attempt(presented, username, iface, address, at);
    }
    QList<TankEntry> entries(std::optional<CredentialKind> kind = std::nullopt)
    {
        QList<TankEntry> out;
        for (const TankEntry &e : store->tank().entries(org))
            if (!kind || e.kind == *kind)
                out << e;
        return out;
    }
    void addUser(const QString &name, Policy https = Policy::Certificate,
                 Policy ftps = Policy::Certificate, bool disabled = false)
    {
        UserProfile u;
        u.username = name;
        u.httpsPolicy = https;
        u.ftpsPolicy = ftps;
        u.disabled = disabled;
        store->users().add(org, u, std::nullopt);
    }

private slots:
    void initTestCase()
    {
        toot = TestPki::root(QStringLiteral("Toot"));
        chug = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        frank = TestPki::client(QStringLiteral("Frank"), chug);
        strangerCa = TestPki::root(QStringLiteral("Stranger CA"));
        stranger = TestPki::client(QStringLiteral("Stranger"), strangerCa);
    }

    void init()
    {
        store.reset();
        store = openTestStore(dir.filePath(QStringLiteral("attempt%1.db").arg(++counter)));
        org = store->organisations().create(QStringLiteral("Test")).id;
        store->rootStore().add({toot.cert});
        store->intermediates().add({chug.cert});
        addUser(QStringLiteral("frank"));
    }

    void connectsButDoesNotAuthenticate_leavesACnAndThumbprintPair()
    {
        const int audit = store->auditLog().count();
        const AttemptOutcome outcome = attempt({frank.cert}, QStringLiteral("FRANK"), t0(),
                                               Interface::Ftps, QStringLiteral("192.0.2.1"));
        QVERIFY(outcome.user.has_value());
        QVERIFY(outcome.certificatePresented);
        QVERIFY(outcome.verdict.has_value());
        QVERIFY(outcome.verdict->connect.ok);
        QVERIFY(!outcome.verdict->authenticate->ok);
        const auto all = entries();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).kind, CredentialKind::CommonName);
        QCOMPARE(all.at(0).value, QStringLiteral("Frank"));
        QCOMPARE(all.at(1).kind, CredentialKind::Thumbprint);
        QCOMPARE(all.at(1).value, frank.cert.thumbprint().grouped());
        for (const TankEntry &e : all) {
            QCOMPARE(e.pairId, all.at(0).pairId);
            QCOMPARE(e.username, QStringLiteral("frank"));
            QCOMPARE(e.certificate, frank.cert);
            QCOMPARE(e.interface, Interface::Ftps);
            QCOMPARE(e.clientAddress, QStringLiteral("192.0.2.1"));
            QCOMPARE(e.firstSeen, t0());
            QCOMPARE(e.lastSeen, t0());
            QCOMPARE(e.count, 1);
        }
        QCOMPARE(store->auditLog().count(), audit); // an attempt is not an administrative change
    }

    void passwordAndCertificatePolicy_alsoLeavesAPair()
    {
        addUser(QStringLiteral("two"), Policy::PasswordAndCertificate,
                Policy::PasswordAndCertificate);
        attempt({frank.cert}, QStringLiteral("two"), t0(), Interface::Https);
        QCOMPARE(entries().size(), 2);
        QCOMPARE(entries().first().username, QStringLiteral("two"));
    }

    void policyOfTheInterfaceUsed_decides()
    {
        addUser(QStringLiteral("mixed"), Policy::Password, Policy::Certificate);
        attempt({frank.cert}, QStringLiteral("mixed"), t0(), Interface::Https);
        QVERIFY(entries().isEmpty());
        attempt({frank.cert}, QStringLiteral("mixed"), t0(), Interface::Ftps);
        QCOMPARE(entries().size(), 2);
    }

    void nothing_whenConnectFails()
    {
        // Stranger's CA is neither installed nor sent: the chain ends at an unknown issuer.
        attempt({stranger.cert}, QStringLiteral("frank"));
        QVERIFY(entries().isEmpty());
        // Expired at the time of the attempt: connect fails for validity.
        attempt({frank.cert}, QStringLiteral("frank"),
                QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(entries().isEmpty());
    }

    void connectFailsWithNothingInstalled_keepsOnlyTheUntrustedCasSent()
    {
        const AttemptOutcome outcome =
            attempt({stranger.cert, strangerCa.cert}, QStringLiteral("frank"));
        QVERIFY(!outcome.verdict->connect.ok);
        const auto all = entries();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().kind, CredentialKind::UntrustedCa);
        QCOMPARE(all.first().certificate, strangerCa.cert);
        QCOMPARE(all.first().value, strangerCa.cert.thumbprint().grouped());
        // Not a pending pair of frank's: nothing of the leaf was kept.
        QCOMPARE(store->users().get(org, QStringLiteral("frank")).pendingTankEntries, 0);
    }

    void nothing_forAnUnknownUserAnEmptyUsernamePasswordPolicyOrADisabledUser()
    {
        addUser(QStringLiteral("paula"), Policy::Password, Policy::Password);
        addUser(QStringLiteral("dora"), Policy::Certificate, Policy::Certificate, true);
        const QString before = dump();
        const AttemptOutcome unknown = attempt({frank.cert}, QStringLiteral("nobody"));
        QVERIFY(!unknown.user.has_value());
        QVERIFY(unknown.verdict->connect.ok);
        attempt({frank.cert}, QString());
        attempt({frank.cert}, QStringLiteral("paula"));
        attempt({frank.cert}, QStringLiteral("dora"));
        QCOMPARE(dump(), before);
    }

    void nothing_whenTheCertificateAuthenticates()
    {
        store->users().addCredential(org, QStringLiteral("frank"), CredentialKind::Thumbprint,
                                     frank.cert.thumbprint().key());
        const QString before = dump();
        const AttemptOutcome outcome = attempt({frank.cert}, QStringLiteral("frank"));
        QVERIFY(outcome.verdict->authenticate->ok);
        QCOMPARE(dump(), before);
    }

    void nothing_whenNoCertificateIsPresented()
    {
        const QString before = dump();
        const AttemptOutcome outcome = attempt({}, QStringLiteral("frank"));
        QVERIFY(outcome.user.has_value());
        QVERIFY(!outcome.certificatePresented);
        QVERIFY(!outcome.verdict.has_value());
        QCOMPARE(dump(), before);
    }

    void repeat_refreshesThePair_insteadOfAddingRows()
    {
        attempt({frank.cert}, QStringLiteral("frank"), t0(), Interface::Ftps);
        const qint64 pair = entries().first().pairId;
        attempt({frank.cert}, QStringLiteral("frank"), t0().addSecs(300), Interface::Https,
                QStringLiteral("10.0.0.2"));
        attempt({frank.cert}, QStringLiteral("frank"), t0().addSecs(600), Interface::Https,
                QStringLiteral("10.0.0.3"));
        const auto all = entries();
        QCOMPARE(all.size(), 2);
        for (const TankEntry &e : all) {
            QCOMPARE(e.pairId, pair);
            QCOMPARE(e.count, 3);
            QCOMPARE(e.firstSeen, t0());
            QCOMPARE(e.lastSeen, t0().addSecs(600));
            QCOMPARE(e.interface, Interface::Https);
            QCOMPARE(e.clientAddress, QStringLiteral("10.0.0.3"));
        }
    }

    void anotherCertificate_orTheSameForAnotherUser_isANewPair()
    {
        addUser(QStringLiteral("rich"));
        const Issued other = TestPki::client(QStringLiteral("Frank"), chug); // same CN
        attempt({frank.cert}, QStringLiteral("frank"));
        attempt({other.cert}, QStringLiteral("frank"));
        attempt({frank.cert}, QStringLiteral("rich"));
        const auto all = entries();
        QCOMPARE(all.size(), 6);
        QSet<qint64> pairs;
        for (const TankEntry &e : all)
            pairs << e.pairId;
        QCOMPARE(pairs.size(), 3);
    }

    void perUserCap_dropsTheOldestPair()
    {
        OrganisationSettings settings = store->organisations().get(org);
        settings.tankCap = 2;
        store->organisations().update(settings);
        addUser(QStringLiteral("rich"));
        attempt({frank.cert}, QStringLiteral("rich"), t0());
        QList<Issued> certs;
        for (int i = 0; i < 3; ++i) {
            certs << TestPki::client(QStringLiteral("Frank %1").arg(i), chug);
            attempt({certs.last().cert}, QStringLiteral("frank"), t0().addSecs(10 * (i + 1)));
        }
        // "Frank 0" went when "Frank 2" came. A repeat makes "Frank 1" the newest, so the next
        // new pair drops "Frank 2" instead.
        attempt({certs.at(1).cert}, QStringLiteral("frank"), t0().addSecs(100));
        const Issued last = TestPki::client(QStringLiteral("Frank 3"), chug);
        attempt({last.cert}, QStringLiteral("frank"), t0().addSecs(110));
        QStringList cns;
        for (const TankEntry &e : store->tank().entries(org, QStringLiteral("frank")))
            if (e.kind == CredentialKind::CommonName)
                cns << e.value;
        QCOMPARE(cns, (QStringList{QStringLiteral("Frank 1"), QStringLiteral("Frank 3")}));
        QCOMPARE(store->tank().entries(org, QStringLiteral("rich")).size(), 2); // untouched
    }

    void untrustedCa_isKeptOnce_andRefreshedByLaterAttempts()
    {
        attempt({stranger.cert, strangerCa.cert}, QStringLiteral("nobody"), t0());
        attempt({stranger.cert, strangerCa.cert, strangerCa.cert}, QStringLiteral("frank"),
                t0().addSecs(60), Interface::Https, QStringLiteral("10.0.0.9"));
        const auto cas = entries(CredentialKind::UntrustedCa);
        QCOMPARE(cas.size(), 1);
        QCOMPARE(cas.first().count, 2);
        QCOMPARE(cas.first().firstSeen, t0());
        QCOMPARE(cas.first().lastSeen, t0().addSecs(60));
        QCOMPARE(cas.first().clientAddress, QStringLiteral("10.0.0.9"));
        QCOMPARE(cas.first().username, QString()); // first seen without a user
        QCOMPARE(entries().size(), 1);
    }

    void untrustedCaWithAnEmptySubject_isKeptLikeAnyOther()
    {
        // A client may send anything: a CA whose subject name is empty must be recorded (an
        // empty name, not NULL in a NOT NULL column, which threw out of the listener).
        const std::unique_ptr<X509_NAME, decltype(&X509_NAME_free)> empty(X509_NAME_new(),
                                                                          X509_NAME_free);
        Issued nameless{Certificate(), TestPki::newKey()};
        CertificateBuilder builder;
        builder.subjectName(empty.get()).validity(TestPki::start(), TestPki::end());
        nameless.cert = builder.certificateAuthority().selfSign(nameless.key);
        QVERIFY(!nameless.cert.isNull());
        QCOMPARE(nameless.cert.subjectText(), QString());
        const Issued leaf = TestPki::client(QStringLiteral("Leaf"), nameless);
        attempt({leaf.cert, nameless.cert}, QStringLiteral("frank"), t0());
        const auto cas = entries(CredentialKind::UntrustedCa);
        QCOMPARE(cas.size(), 1);
        QCOMPARE(cas.first().certificate, nameless.cert);
    }

    void untrustedCas_areBoundedByTheCap_oldestDroppedFirst()
    {
        QList<Certificate> cas;
        for (int i = 0; i <= AttemptService::UntrustedCaCap; ++i)
            cas << TestPki::root(QStringLiteral("Fake CA %1").arg(i)).cert;
        // The first CA alone, then all the others a minute later in one attempt.
        attempt({stranger.cert, cas.first()}, QStringLiteral("nobody"), t0());
        QList<Certificate> flood{stranger.cert};
        flood << cas.mid(1);
        attempt(flood, QStringLiteral("nobody"), t0().addSecs(60));
        const auto kept = entries(CredentialKind::UntrustedCa);
        QCOMPARE(kept.size(), AttemptService::UntrustedCaCap);
        QVERIFY(!store->tank().untrustedCaEntry(org, cas.first()).has_value());
        QVERIFY(store->tank().untrustedCaEntry(org, cas.at(1)).has_value());
        QVERIFY(store->tank().untrustedCaEntry(org, cas.last()).has_value());
    }

    void presentedChain_isKeptWithThePair_atMostMaxStoredChain()
    {
        QList<Certificate> presented{frank.cert, chug.cert};
        for (int i = 0; i < AttemptService::MaxStoredChain + 2; ++i)
            presented << TestPki::root(QStringLiteral("Extra %1").arg(i)).cert;
        const AttemptOutcome outcome = attempt(presented, QStringLiteral("frank"));
        QVERIFY(outcome.verdict->connect.ok);
        const auto all = entries();
        QCOMPARE(all.size(), 2);
        for (const TankEntry &e : all)
            QCOMPARE(e.presentedChain, presented.mid(1, AttemptService::MaxStoredChain));
    }

    void presentedChain_ofARepeat_replacesTheOneKept()
    {
        attempt({frank.cert, chug.cert}, QStringLiteral("frank"), t0());
        QCOMPARE(entries().first().presentedChain, QList<Certificate>{chug.cert});
        attempt({frank.cert}, QStringLiteral("frank"), t0().addSecs(5));
        for (const TankEntry &e : entries())
            QVERIFY(e.presentedChain.isEmpty());
    }

    void record_ofAVerdictWithNoProposals_writesNothing()
    {
        const QString before = dump();
        Verdict verdict;
        verdict.certificate = frank.cert;
        verdict.presented = {frank.cert};
        const UserProfile user = *store->users().find(org, QStringLiteral("frank"));
        AttemptService(*store, org).record(verdict, &user, {Interface::Https, QString(), t0()});
        QCOMPARE(dump(), before);
    }

    void findUser_andVerifyPassword_readTheOrganisationsUsers()
    {
        store->users().setPasswordHash(org, QStringLiteral("frank"),
                                       PasswordHasher::hash("s3cret", 1000));
        AttemptService service(*store, org);
        QVERIFY(service.findUser(QStringLiteral("Frank")).has_value());
        QVERIFY(!service.findUser(QString()).has_value());
        QVERIFY(!service.findUser(QStringLiteral("nobody")).has_value());
        QVERIFY(service.verifyPassword(QStringLiteral("frank"), QStringLiteral("s3cret")));
        QVERIFY(!service.verifyPassword(QStringLiteral("frank"), QStringLiteral("S3cret")));
    }
};

QTEST_GUILESS_MAIN(TestAttemptService)
#include "TestAttemptService.moc"
