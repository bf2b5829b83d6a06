// TrustSnapshotCache and Store::trustVersion: a listener evaluates every sign-on against a
// snapshot kept while what the engine trusts is unchanged. Every change to the root store,
// the known intermediates, the approved CAs, the revocation lists or an organisation's
// settings moves the version (made through this store or by another program); changes to
// users and the holding tank do not, so the snapshot is not read again for them.
#include "services/TrustSnapshotCache.h"
#include "support/TestPki.h"
#include "support/TestStores.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace trustdesk;
using namespace trustdesk::test;

class TestTrustSnapshotCache : public QObject
{
    Q_OBJECT

    Issued root, ca, leaf;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 org = 0;
    int counter = 0;

private slots:
    void initTestCase()
    {
        root = TestPki::root(QStringLiteral("Cache Root"));
        ca = TestPki::intermediate(QStringLiteral("Cache CA"), root);
        leaf = TestPki::client(QStringLiteral("Cached"), ca);
    }

    void init()
    {
        store.reset();
        store = openTestStore(dir.filePath(QStringLiteral("cache%1.db").arg(++counter)));
        org = store->organisations().create(QStringLiteral("Acme")).id;
    }

    void trustVersion_movesWithEveryChangeToWhatTheEngineTrusts()
    {
        const auto moves = [this](const std::function<void()> &change) {
            const qint64 before = store->trustVersion();
            change();
            return store->trustVersion() > before;
        };
        QVERIFY(moves([&] { store->rootStore().add({root.cert}); }));
        QVERIFY(moves([&] { store->intermediates().add({ca.cert}); }));
        QVERIFY(moves([&] { store->approvedCas(org).add({ca.cert}); }));
        QVERIFY(moves([&] { store->revocationLists().add({TestPki::crl(root, {})}); }));
        QVERIFY(moves([&] {
            OrganisationSettings settings = store->organisations().get(org);
            settings.matchCn = !settings.matchCn;
            store->organisations().update(settings);
        }));
        QVERIFY(moves([&] { store->approvedCas(org).remove(ca.cert.thumbprint().key()); }));
        QVERIFY(moves([&] { store->rootStore().remove(root.cert.thumbprint().key()); }));
        // Users and the tank are not what a snapshot holds.
        QVERIFY(!moves([&] {
            UserProfile user;
            user.username = QStringLiteral("frank");
            store->users().add(org, user, std::nullopt);
            store->users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                                         QStringLiteral("Frank"));
            store->tank().insert(
                org, -1, store->tank().nextPairId(), CredentialKind::UntrustedCa,
                root.cert.thumbprint().grouped(), root.cert,
                TankSighting{Interface::Https, QString(), TestPki::evaluationTime(), QString()});
        }));
    }

    void cache_keepsTheSnapshotUntilTheTrustChanges_evenByAnotherProgram()
    {
        TrustSnapshotCache cache;
        const auto first = cache.get(*store, org);
        QCOMPARE(cache.get(*store, org), first); // the same object: not read again
        QVERIFY(!first->isInstalled(root.cert));

        store->rootStore().add({root.cert});
        const auto second = cache.get(*store, org);
        QVERIFY(second != first);
        QVERIFY(second->isInstalled(root.cert));

        {
            // Another connection to the same file: another program, as far as SQLite knows.
            const auto other = reopenTestStore(store->location());
            other->approvedCas(org).add({ca.cert});
        }
        // Seen at once on SQLite (the version is read on every call); on PostgreSQL once
        // the event loop has delivered the server's announcement of the change.
        QTRY_VERIFY(cache.get(*store, org) != second);
        QVERIFY(cache.get(*store, org)->isApproved(ca.cert));

        // Another organisation is another snapshot.
        const qint64 globex = store->organisations().create(QStringLiteral("Globex")).id;
        QCOMPARE(cache.get(*store, globex)->organisation().id, globex);
    }
};

QTEST_GUILESS_MAIN(TestTrustSnapshotCache)
#include "TestTrustSnapshotCache.moc"
