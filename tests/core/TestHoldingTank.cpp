// RULES.md section 4 through the real SQLite store: pairs, refresh, cap, accept with Yes and
// No, expiry, untrusted CAs, deletes; and the audit log that records every change.
#include "InputError.h"
#include "engine/TrustEngine.h"
#include "services/AttemptService.h"
#include "services/TankAcceptanceService.h"
#include "services/TrustSnapshotLoader.h"
#include "services/WhatIfApplyService.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "support/TestPki.h"
#include "support/TestStores.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

class TestHoldingTank : public QObject
{
    Q_OBJECT

    Issued toot, chug, frank;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 org = 0;
    int counter = 0;

    void attempt(const Certificate &leaf, const QString &username, const QDateTime &at,
                 Interface iface = Interface::Ftps, const QList<Certificate> &extra = {})
    {
        const auto user = store->users().find(org, username);
        const auto snapshot = TrustSnapshotLoader::load(*store, org);
        QList<Certificate> presented{leaf};
        presented << extra;
        const Verdict v =
            TrustEngine::evaluate(presented, user ? &*user : nullptr, iface, *snapshot, at);
        AttemptService(*store, org)
            .record(v, user ? &*user : nullptr, {iface, QStringLiteral("127.0.0.1"), at});
    }
    QList<TankEntry> entries(const QString &kind = QString())
    {
        QList<TankEntry> out;
        for (const TankEntry &e : store->tank().entries(org))
            if (kind.isEmpty() || credentialKindName(e.kind) == kind)
                out << e;
        return out;
    }
    void addUser(const QString &name, Policy policy = Policy::Certificate)
    {
        UserProfile u;
        u.username = name;
        u.httpsPolicy = policy;
        u.ftpsPolicy = policy;
        store->users().add(org, u, std::nullopt);
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
        store = openTestStore(dir.filePath(QStringLiteral("tank%1.db").arg(++counter)));
        org = store->organisations().create(QStringLiteral("Test")).id;
        store->rootStore().add({toot.cert});
        store->intermediates().add({chug.cert});
        addUser(QStringLiteral("frank"));
    }

    void pair_addedWhenConnectsButDoesNotAuthenticate()
    {
        attempt(frank.cert, QStringLiteral("frank"), TestPki::evaluationTime());
        const auto all = entries();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).kind, CredentialKind::CommonName);
        QCOMPARE(all.at(0).value, QStringLiteral("Frank"));
        QCOMPARE(all.at(1).kind, CredentialKind::Thumbprint);
        QCOMPARE(all.at(0).pairId, all.at(1).pairId);
        QCOMPARE(all.at(0).username, QStringLiteral("frank"));
        QCOMPARE(all.at(0).interface, Interface::Ftps);
        QCOMPARE(all.at(0).clientAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(all.at(0).certificate, frank.cert);
    }

    void nothing_whenConnectFails()
    {
        store->rootStore().remove(toot.cert.thumbprint().key());
        attempt(frank.cert, QStringLiteral("frank"), TestPki::evaluationTime());
        QVERIFY(entries(QStringLiteral("cn")).isEmpty());
        QVERIFY(entries(QStringLiteral("thumbprint")).isEmpty());
    }

    void nothing_forUnknownUserPasswordPolicyDisabledUserOrSuccess()
    {
        attempt(frank.cert, QStringLiteral("nobody"), TestPki::evaluationTime());
        addUser(QStringLiteral("paula"), Policy::Password);
        attempt(frank.cert, QStringLiteral("paula"), TestPki::evaluationTime());
        addUser(QStringLiteral("dora"));
        UserProfile dora = *store->users().find(org, QStringLiteral("dora"));
        dora.disabled = true;
        store->users().update(org, dora);
        attempt(frank.cert, QStringLiteral("dora"), TestPki::evaluationTime());
        store->users().addCredential(org, QStringLiteral("frank"), CredentialKind::Thumbprint,
                                     frank.cert.thumbprint().grouped());
        attempt(frank.cert, QStringLiteral("frank"), TestPki::evaluationTime());
        QVERIFY(entries().isEmpty());
    }

    void repeat_refreshesThePair()
    {
        const QDateTime first = TestPki::evaluationTime();
        attempt(frank.cert, QStringLiteral("frank"), first);
        attempt(frank.cert, QStringLiteral("frank"), first.addSecs(300), Interface::Https);
        const auto all = entries();
        QCOMPARE(all.size(), 2);
        for (const TankEntry &e : all) {
            QCOMPARE(e.count, 2);
            QCOMPARE(e.firstSeen, first);
            QCOMPARE(e.lastSeen, first.addSecs(300));
            QCOMPARE(e.interface, Interface::Https);
        }
    }

    void cap_dropsTheOldestPair()
    {
        OrganisationSettings settings = store->organisations().get(QString());
        settings.tankCap = 3;
        store->organisations().update(settings);
        QList<Issued> certs;
        for (int i = 0; i < 5; ++i) {
            certs << TestPki::client(QStringLiteral("Frank %1").arg(i), chug);
            attempt(certs.last().cert, QStringLiteral("frank"),
                    TestPki::evaluationTime().addSecs(i));
        }
        const auto all = entries();
        QCOMPARE(all.size(), 6);
        QStringList cns;
        for (const TankEntry &e : entries(QStringLiteral("cn")))
            cns << e.value;
        QCOMPARE(cns, (QStringList{QStringLiteral("Frank 2"), QStringLiteral("Frank 3"),
                                   QStringLiteral("Frank 4")}));
    }

    void accept_yesRemovesThePair()
    {
        attempt(frank.cert, QStringLiteral("frank"), TestPki::evaluationTime());
        const qint64 cnEntry = entries(QStringLiteral("cn")).first().id;
        const auto result = TankAcceptanceService(*store, org).accept(cnEntry, false);
        QCOMPARE(result.removedEntries, 2);
        QVERIFY(entries().isEmpty());
        QCOMPARE(store->users().find(org, QStringLiteral("frank"))->commonNames,
                 QStringList{QStringLiteral("Frank")});
    }

    void accept_noKeepsTheOther_andBothThenWork()
    {
        attempt(frank.cert, QStringLiteral("frank"), TestPki::evaluationTime());
        const qint64 cnEntry = entries(QStringLiteral("cn")).first().id;
        TankAcceptanceService(*store, org).accept(cnEntry, true);
        QCOMPARE(entries().size(), 1);
        const qint64 thumbEntry = entries(QStringLiteral("thumbprint")).first().id;
        TankAcceptanceService(*store, org).accept(thumbEntry, false);
        QVERIFY(entries().isEmpty());
        const UserProfile user = *store->users().find(org, QStringLiteral("frank"));
        QCOMPARE(user.commonNames.size(), 1);
        QCOMPARE(user.thumbprints, QStringList{frank.cert.thumbprint().key()});
        // Either one is enough: the thumbprint alone, with no approved CA, authenticates.
        const auto snapshot = TrustSnapshotLoader::load(*store, org);
        const Verdict v = TrustEngine::evaluate({frank.cert}, &user, Interface::Ftps, *snapshot,
                                                TestPki::evaluationTime());
        QCOMPARE(v.authenticate->condition, Condition::A1);
    }

    void expiry_purgesEntriesOlderThanTheOrganisationsDays()
    {
        const QDateTime t0 = TestPki::evaluationTime();
        attempt(frank.cert, QStringLiteral("frank"), t0);
        const Issued other = TestPki::client(QStringLiteral("Other"), chug);
        attempt(other.cert, QStringLiteral("frank"), t0.addDays(20));
        QCOMPARE(store->tank().purgeExpired(org, t0.addDays(29)), 0);
        QCOMPARE(store->tank().purgeExpired(org, t0.addDays(31)), 2);
        QCOMPARE(entries().size(), 2);
        QCOMPARE(entries(QStringLiteral("cn")).first().value, QStringLiteral("Other"));
    }

    void untrustedCa_keptOnceEach()
    {
        store->rootStore().remove(toot.cert.thumbprint().key());
        store->intermediates().remove(chug.cert.thumbprint().key());
        attempt(frank.cert, QStringLiteral("frank"), TestPki::evaluationTime(), Interface::Ftps,
                {chug.cert});
        attempt(frank.cert, QStringLiteral("nobody"), TestPki::evaluationTime().addSecs(5),
                Interface::Https, {chug.cert});
        const auto cas = entries(QStringLiteral("untrusted-ca"));
        QCOMPARE(cas.size(), 1);
        QCOMPARE(cas.first().certificate, chug.cert);
        QCOMPARE(cas.first().count, 2);
        // Install and approve it in one step.
        TankAcceptanceService(*store, org).accept(cas.first().id, false, true);
        const auto snapshot = TrustSnapshotLoader::load(*store, org);
        QVERIFY(snapshot->isInstalled(chug.cert));
        QVERIFY(snapshot->isApproved(chug.cert));
        QVERIFY(entries().isEmpty());
    }

    void delete_oneUsersAndAll()
    {
        addUser(QStringLiteral("rich"));
        attempt(frank.cert, QStringLiteral("frank"), TestPki::evaluationTime());
        attempt(frank.cert, QStringLiteral("rich"), TestPki::evaluationTime());
        QCOMPARE(entries().size(), 4);
        store->tank().remove(org, entries().first().id);
        QCOMPARE(entries().size(), 3);
        QCOMPARE(store->tank().purge(org, QStringLiteral("rich"), QDateTime()), 2);
        QCOMPARE(store->tank().purge(org, QString(), QDateTime()), 1);
        QVERIFY(entries().isEmpty());
        QVERIFY_THROWS_EXCEPTION(InputError, store->tank().remove(org, 999));
    }

    void audit_recordsEveryAdministrativeChange_andIsAppendOnly()
    {
        const int before = store->auditLog().list().size();
        store->users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                                     QStringLiteral("Frank"));
        store->users().removeCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                                        QStringLiteral("frank"));
        const auto log = store->auditLog().list();
        QCOMPARE(log.size(), before + 2);
        QCOMPARE(log.last().action, QStringLiteral("credential.remove"));
        QVERIFY(log.last().before.contains(QStringLiteral("Frank")));
        QVERIFY(!log.last().actor.isEmpty());
        QSqlDatabase raw = rawDatabase(store->location(), QStringLiteral("raw"));
        QVERIFY(raw.open());
        QVERIFY(!QSqlQuery(raw).exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(!QSqlQuery(raw).exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QCOMPARE(store->auditLog().list().size(), before + 2);
    }

    void users_namesAreUniqueWithoutCase_andPasswordsAreSaltedSlowHashes()
    {
        QVERIFY_THROWS_EXCEPTION(InputError, addUser(QStringLiteral("FRANK")));
        UserProfile u;
        u.username = QStringLiteral("pat");
        store->users().add(org, u, QByteArray("s3cret"));
        QVERIFY(store->users().verifyPassword(org, QStringLiteral("PAT"), "s3cret"));
        QVERIFY(!store->users().verifyPassword(org, QStringLiteral("pat"), "S3cret"));
        QSqlDatabase raw = rawDatabase(store->location(), QStringLiteral("raw2"));
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE username = 'pat'")) &&
                q.next());
        const QString hash = q.value(0).toString();
        q = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
        QVERIFY(hash.startsWith(QStringLiteral("$pbkdf2-sha256$600000$")));
        QVERIFY(!hash.contains(QStringLiteral("s3cret")));
    }

    void failedAction_leavesTheStoreAsItWas()
    {
        const int audit = store->auditLog().list().size();
        // The second thumbprint is malformed: nothing of the action may remain.
        QVERIFY_THROWS_EXCEPTION(InputError, store->rootStore().remove(QStringLiteral("12:34")));
        QVERIFY_THROWS_EXCEPTION(InputError, store->users().addCredential(
                                                 org, QStringLiteral("ghost"),
                                                 CredentialKind::CommonName, QStringLiteral("X")));
        QCOMPARE(store->auditLog().list().size(), audit);
        QCOMPARE(store->rootStore().list().size(), 1);
    }

    void presentedChain_isKeptWithTheEntry()
    {
        store->intermediates().remove(chug.cert.thumbprint().key()); // only the client has it
        attempt(frank.cert, QStringLiteral("frank"), TestPki::evaluationTime(), Interface::Ftps,
                {chug.cert});
        const auto all = entries();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).presentedChain, QList<Certificate>{chug.cert});
        // Explained again from the entry alone, it connects as the attempt did.
        const Verdict again = TrustEngine::evaluate(
            QList<Certificate>{all.at(0).certificate} + all.at(0).presentedChain, nullptr,
            Interface::Ftps, *TrustSnapshotLoader::load(*store, org), TestPki::evaluationTime());
        QVERIFY(again.connect.ok);
    }

    void applyChanges_isAllOrNothing()
    {
        const int audit = store->auditLog().list().size();
        WhatIfChanges changes;
        changes.approve << chug.cert;
        changes.matchCn = true;
        changes.commonNameForUser = QStringLiteral("Frank");
        // For a user who does not exist: the approval and Match CN must not stay either.
        QVERIFY_THROWS_EXCEPTION(
            InputError, WhatIfApplyService::apply(*store, org, changes, QStringLiteral("ghost")));
        QCOMPARE(store->approvedCas(org).list().size(), 0);
        QVERIFY(!store->organisations().get(QString()).matchCn);
        QCOMPARE(store->auditLog().list().size(), audit);
        // For frank: all three, each audited.
        WhatIfApplyService::apply(*store, org, changes, QStringLiteral("frank"));
        QCOMPARE(store->approvedCas(org).list().size(), 1);
        QVERIFY(store->organisations().get(QString()).matchCn);
        QVERIFY(store->users()
                    .find(org, QStringLiteral("frank"))
                    ->commonNames.contains(QStringLiteral("Frank")));
        QCOMPARE(store->auditLog().list().size(), audit + 3);
    }

    void schema_newerStoreIsRefused()
    {
        const QString path = store->location();
        store.reset();
        {
            QSqlDatabase raw = rawDatabase(path, QStringLiteral("raw3"));
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(
                QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw3"));
        try {
            reopenTestStore(path);
            QFAIL("a newer schema was opened");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::NewerSchema);
            QVERIFY(error.message().contains(QStringLiteral("newer")));
        }
    }
};

QTEST_GUILESS_MAIN(TestHoldingTank)
#include "TestHoldingTank.moc"
