// TankAcceptanceService: accepting a holding-tank entry (RULES 4.2 and 4.5) in one audited
// transaction. A CN or thumbprint goes onto its user's accepted list and the pair leaves
// the tank (or only the accepted entry, with keepOther); an untrusted CA is installed (and
// approved when asked), audited as root.install / ca.approve besides tank.accept. An entry
// of another organisation, an unknown id or a value that cannot be accepted is refused
// with nothing changed.
#include "InputError.h"
#include "services/AttemptService.h"
#include "services/TankAcceptanceService.h"
#include "support/AuditRows.h"
#include "support/InputErrorOf.h"
#include "support/StoreDump.h"
#include "support/TestPki.h"
#include "support/TestStores.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

class TestTankAcceptanceService : public QObject
{
    Q_OBJECT

    Issued toot, chug, frank, stranger, strangerCa;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 org = 0, globex = 0;
    int counter = 0;

    QString dump() { return dumpStore(store->location()); }
    QList<AuditEntry> auditSince(int since) { return store->auditLog().list().mid(since); }
    void attempt(qint64 organisationId, const QList<Certificate> &presented,
                 const QString &username)
    {
        AttemptService(*store, organisationId)
            .attempt(presented, username, Interface::Https, QStringLiteral("10.0.0.1"),
                     TestPki::evaluationTime());
    }
    TankEntry entryOf(CredentialKind kind, qint64 organisationId = -1)
    {
        for (const TankEntry &e : store->tank().entries(organisationId < 0 ? org : organisationId))
            if (e.kind == kind)
                return e;
        return TankEntry();
    }
    void addUser(qint64 organisationId, const QString &name)
    {
        UserProfile u;
        u.username = name;
        u.httpsPolicy = Policy::Certificate;
        store->users().add(organisationId, u, std::nullopt);
    }
    TankAcceptanceService::Result accept(qint64 entryId, bool keepOther, bool approve = false)
    {
        return TankAcceptanceService(*store, org).accept(entryId, keepOther, approve);
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
        store = openTestStore(dir.filePath(QStringLiteral("accept%1.db").arg(++counter)));
        store->setActor(QStringLiteral("admin"));
        org = store->organisations().create(QStringLiteral("Test")).id;
        globex = store->organisations().create(QStringLiteral("Globex")).id;
        store->rootStore().add({toot.cert});
        store->intermediates().add({chug.cert});
        addUser(org, QStringLiteral("frank"));
        addUser(globex, QStringLiteral("frank"));
    }

    void acceptCn_putsItOnTheUser_removesThePair_andAuditsTankAccept()
    {
        attempt(org, {frank.cert}, QStringLiteral("frank"));
        const TankEntry cn = entryOf(CredentialKind::CommonName);
        const int since = store->auditLog().count();
        const auto result = accept(cn.id, false);
        QCOMPARE(result.accepted.id, cn.id);
        QCOMPARE(result.accepted.kind, CredentialKind::CommonName);
        QCOMPARE(result.removedEntries, 2);
        QVERIFY(store->tank().entries(org).isEmpty());
        const UserProfile user = *store->users().find(org, QStringLiteral("frank"));
        QCOMPARE(user.commonNames, QStringList{QStringLiteral("Frank")});
        QVERIFY(user.thumbprints.isEmpty());
        const auto rows = auditSince(since);
        QCOMPARE(actions(rows), QStringList{QStringLiteral("tank.accept")});
        QCOMPARE(rows.first().target, QStringLiteral("user:frank"));
        QCOMPARE(rows.first().organisation, QStringLiteral("Test"));
        QCOMPARE(json(rows.first().before).value(QStringLiteral("tank_entry")).toInteger(), cn.id);
        const QJsonObject after = json(rows.first().after);
        QCOMPARE(after.value(QStringLiteral("kind")).toString(), QStringLiteral("cn"));
        QCOMPARE(after.value(QStringLiteral("value")).toString(), QStringLiteral("Frank"));
        QCOMPARE(after.value(QStringLiteral("kept_other")).toBool(), false);
        // The other organisation's frank got nothing.
        QVERIFY(store->users().find(globex, QStringLiteral("frank"))->commonNames.isEmpty());
    }

    void acceptThumbprint_withKeepOther_removesOnlyThatEntry()
    {
        attempt(org, {frank.cert}, QStringLiteral("frank"));
        const TankEntry thumb = entryOf(CredentialKind::Thumbprint);
        const auto result = accept(thumb.id, true);
        QCOMPARE(result.removedEntries, 1);
        const auto left = store->tank().entries(org);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().kind, CredentialKind::CommonName);
        QCOMPARE(store->users().find(org, QStringLiteral("frank"))->thumbprints,
                 QStringList{frank.cert.thumbprint().key()});
        QCOMPARE(json(store->auditLog().list(1).value(0).after)
                     .value(QStringLiteral("kept_other"))
                     .toBool(),
                 true);
        // The other can be accepted too: then the user holds both.
        QCOMPARE(accept(left.first().id, false).removedEntries, 1);
        const UserProfile user = *store->users().find(org, QStringLiteral("frank"));
        QCOMPARE(user.commonNames, QStringList{QStringLiteral("Frank")});
        QCOMPARE(user.thumbprints, QStringList{frank.cert.thumbprint().key()});
        QVERIFY(store->tank().entries(org).isEmpty());
    }

    void acceptingACredentialTheUserHoldsAlready_keepsOneCopy()
    {
        attempt(org, {frank.cert}, QStringLiteral("frank"));
        store->users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                                     QStringLiteral("FRANK"));
        accept(entryOf(CredentialKind::CommonName).id, false);
        QCOMPARE(store->users().find(org, QStringLiteral("frank"))->commonNames,
                 QStringList{QStringLiteral("FRANK")});
        QVERIFY(store->tank().entries(org).isEmpty());
    }

    void untrustedCa_isInstalled_andAuditedAsRootInstallAndTankAccept()
    {
        attempt(org, {stranger.cert, strangerCa.cert}, QStringLiteral("nobody"));
        const TankEntry ca = entryOf(CredentialKind::UntrustedCa);
        QCOMPARE(ca.certificate, strangerCa.cert);
        const int since = store->auditLog().count();
        const auto result = accept(ca.id, false, false);
        QCOMPARE(result.removedEntries, 1);
        QVERIFY(store->tank().entries(org).isEmpty());
        QCOMPARE(store->rootStore().list().size(), 2);
        QVERIFY(store->approvedCas(org).list().isEmpty());
        const auto rows = auditSince(since);
        QCOMPARE(actions(rows),
                 (QStringList{QStringLiteral("root.install"), QStringLiteral("tank.accept")}));
        QCOMPARE(rows.at(0).target, QStringLiteral("root:") + strangerCa.cert.thumbprint().key());
        QCOMPARE(rows.at(1).target, QStringLiteral("root:") + strangerCa.cert.thumbprint().key());
        const QJsonObject after = json(rows.at(1).after);
        QCOMPARE(after.value(QStringLiteral("kind")).toString(), QStringLiteral("untrusted-ca"));
        QCOMPARE(after.value(QStringLiteral("installed")).toBool(), true);
        QCOMPARE(after.value(QStringLiteral("approved")).toBool(), false);
    }

    void untrustedCa_installAndApprove_auditsRootInstallCaApproveAndTankAccept()
    {
        attempt(org, {stranger.cert, strangerCa.cert}, QStringLiteral("nobody"));
        const TankEntry ca = entryOf(CredentialKind::UntrustedCa);
        const int since = store->auditLog().count();
        accept(ca.id, false, true);
        QCOMPARE(store->approvedCas(org).list().size(), 1);
        QCOMPARE(store->approvedCas(org).list().first().certificate, strangerCa.cert);
        QVERIFY(store->approvedCas(globex).list().isEmpty());
        const auto rows = auditSince(since);
        QCOMPARE(actions(rows),
                 (QStringList{QStringLiteral("root.install"), QStringLiteral("ca.approve"),
                              QStringLiteral("tank.accept")}));
        QCOMPARE(rows.at(1).target, QStringLiteral("ca:") + strangerCa.cert.thumbprint().key());
        QCOMPARE(rows.at(1).organisation, QStringLiteral("Test"));
        QCOMPARE(json(rows.at(2).after).value(QStringLiteral("approved")).toBool(), true);
    }

    void untrustedCa_alreadyInstalled_isNotInstalledTwice()
    {
        attempt(org, {stranger.cert, strangerCa.cert}, QStringLiteral("nobody"));
        store->rootStore().add({strangerCa.cert});
        const int since = store->auditLog().count();
        accept(entryOf(CredentialKind::UntrustedCa).id, false, true);
        QCOMPARE(actions(auditSince(since)),
                 (QStringList{QStringLiteral("ca.approve"), QStringLiteral("tank.accept")}));
        QCOMPARE(store->rootStore().list().size(), 2);
    }

    void entryOfAnotherOrganisation_isRefused_andNothingChanges()
    {
        attempt(globex, {frank.cert}, QStringLiteral("frank"));
        const TankEntry theirs = entryOf(CredentialKind::CommonName, globex);
        QVERIFY(theirs.id > 0);
        const QString before = dump();
        const auto error = inputErrorOf([&] { accept(theirs.id, false); });
        QVERIFY(error);
        QCOMPARE(error->message(),
                 QStringLiteral("no holding tank entry %1 in organisation 'Test'").arg(theirs.id));
        QCOMPARE(dump(), before);
    }

    void unknownEntry_isRefused_andNothingChanges()
    {
        attempt(org, {frank.cert}, QStringLiteral("frank"));
        const QString before = dump();
        const auto error = inputErrorOf([&] { accept(4711, false); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("4711")), qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void valueThatCannotBeAccepted_rollsTheWholeActionBack()
    {
        // A CN entry the engine would never propose (a control character): the credential
        // is refused, and neither the removal of the pair nor an audit row may remain.
        const qint64 userId = store->users().idOf(org, QStringLiteral("frank"));
        const qint64 pair = store->tank().nextPairId();
        const TankSighting seen{Interface::Https, QString(), TestPki::evaluationTime(), QString()};
        store->tank().insert(org, userId, pair, CredentialKind::CommonName,
                             QStringLiteral("Fr\u0001ank"), frank.cert, seen);
        store->tank().insert(org, userId, pair, CredentialKind::Thumbprint,
                             frank.cert.thumbprint().grouped(), frank.cert, seen);
        const QString before = dump();
        const auto error =
            inputErrorOf([&] { accept(entryOf(CredentialKind::CommonName).id, false); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("control character")),
                 qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void credentialEntryWithoutAUser_isRefused_andNothingChanges()
    {
        store->tank().insert(org, -1, store->tank().nextPairId(), CredentialKind::CommonName,
                             QStringLiteral("Frank"), frank.cert,
                             {Interface::Https, QString(), TestPki::evaluationTime(), QString()});
        const TankEntry orphan = entryOf(CredentialKind::CommonName);
        const QString before = dump();
        const auto error = inputErrorOf([&] { accept(orphan.id, false); });
        QVERIFY(error);
        QCOMPARE(error->message(),
                 QStringLiteral("holding tank entry %1 belongs to no user").arg(orphan.id));
        QCOMPARE(dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestTankAcceptanceService)
#include "TestTankAcceptanceService.moc"
