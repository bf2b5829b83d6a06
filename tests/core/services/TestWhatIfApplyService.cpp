// WhatIfApplyService: the chain explorer's Apply. Every kind of change (install, uninstall,
// approve, unapprove, Match CN, a thumbprint and a CN for the user) is made in one
// transaction, each audited as if made on its own; when any change fails, none of them
// remains.
#include "InputError.h"
#include "services/WhatIfApplyService.h"
#include "support/InputErrorOf.h"
#include "support/StoreDump.h"
#include "support/TestPki.h"
#include "support/TestStores.h"

#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

QList<Certificate> certificatesOf(const QList<StoredCertificate> &stored)
{
    QList<Certificate> out;
    for (const StoredCertificate &s : stored)
        out << s.certificate;
    return out;
}

} // namespace

class TestWhatIfApplyService : public QObject
{
    Q_OBJECT

    Issued oldRoot, newRoot, oldCa, newCa, frank;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 org = 0;
    int counter = 0;

    QString dump() { return dumpStore(store->location()); }
    // Every kind of change at once.
    WhatIfChanges everything() const
    {
        WhatIfChanges changes;
        changes.install << newRoot.cert;
        changes.uninstall << oldRoot.cert;
        changes.approve << newCa.cert;
        changes.unapprove << oldCa.cert;
        changes.matchCn = true;
        changes.thumbprintForUser = frank.cert.thumbprint().key();
        changes.commonNameForUser = QStringLiteral("Frank");
        return changes;
    }

private slots:
    void initTestCase()
    {
        oldRoot = TestPki::root(QStringLiteral("Old Root"));
        newRoot = TestPki::root(QStringLiteral("New Root"));
        oldCa = TestPki::intermediate(QStringLiteral("Old CA"), oldRoot);
        newCa = TestPki::intermediate(QStringLiteral("New CA"), newRoot);
        frank = TestPki::client(QStringLiteral("Frank"), newCa);
    }

    void init()
    {
        store.reset();
        store = openTestStore(dir.filePath(QStringLiteral("whatif%1.db").arg(++counter)));
        store->setActor(QStringLiteral("admin"));
        org = store->organisations().create(QStringLiteral("Test")).id;
        store->rootStore().add({oldRoot.cert});
        store->approvedCas(org).add({oldCa.cert});
        UserProfile u;
        u.username = QStringLiteral("frank");
        u.httpsPolicy = Policy::Certificate;
        store->users().add(org, u, std::nullopt);
    }

    void everyKindOfChange_isApplied_eachAuditedOnItsOwn()
    {
        const int since = store->auditLog().count();
        WhatIfApplyService::apply(*store, org, everything(), QStringLiteral("frank"));
        QCOMPARE(certificatesOf(store->rootStore().list()), QList<Certificate>{newRoot.cert});
        QCOMPARE(certificatesOf(store->approvedCas(org).list()), QList<Certificate>{newCa.cert});
        QVERIFY(store->organisations().get(org).matchCn);
        const UserProfile user = *store->users().find(org, QStringLiteral("frank"));
        QCOMPARE(user.thumbprints, QStringList{frank.cert.thumbprint().key()});
        QCOMPARE(user.commonNames, QStringList{QStringLiteral("Frank")});
        const auto rows = store->auditLog().list().mid(since);
        QStringList actions;
        for (const AuditEntry &row : rows)
            actions << row.action;
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("root.install"), QStringLiteral("root.remove"),
                              QStringLiteral("ca.approve"), QStringLiteral("ca.remove"),
                              QStringLiteral("organisation.set"), QStringLiteral("credential.add"),
                              QStringLiteral("credential.add")}));
        QCOMPARE(rows.at(0).target, QStringLiteral("root:") + newRoot.cert.thumbprint().key());
        QCOMPARE(rows.at(1).target, QStringLiteral("root:") + oldRoot.cert.thumbprint().key());
        QCOMPARE(rows.at(2).target, QStringLiteral("ca:") + newCa.cert.thumbprint().key());
        QCOMPARE(rows.at(3).target, QStringLiteral("ca:") + oldCa.cert.thumbprint().key());
        QCOMPARE(rows.at(4).target, QStringLiteral("organisation:Test"));
        QCOMPARE(rows.at(5).target, QStringLiteral("user:frank"));
        QVERIFY(rows.at(5).after.contains(frank.cert.thumbprint().key()));
        QVERIFY(rows.at(6).after.contains(QStringLiteral("Frank")));
    }

    void matchCnOff_isAppliedToo()
    {
        OrganisationSettings settings = store->organisations().get(org);
        settings.matchCn = true;
        store->organisations().update(settings);
        WhatIfChanges changes;
        changes.matchCn = false;
        WhatIfApplyService::apply(*store, org, changes, QString());
        QVERIFY(!store->organisations().get(org).matchCn);
    }

    void noChanges_writeNothing()
    {
        const QString before = dump();
        WhatIfApplyService::apply(*store, org, WhatIfChanges(), QStringLiteral("frank"));
        QCOMPARE(dump(), before);
    }

    void aCredentialTheUserHoldsAlready_rollsEveryChangeBack()
    {
        store->users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                                     QStringLiteral("frank"));
        const QString before = dump();
        const auto error = inputErrorOf(
            [&] { WhatIfApplyService::apply(*store, org, everything(), QStringLiteral("frank")); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("already has the cn")),
                 qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void twoAdministratorsApplyingTheSameChanges_theFirstWins_theSecondChangesNothing()
    {
        // Two desktops on one store, each applying what its explorer proposed for frank, one
        // after the other (writers queue behind the store's write lock): what the first
        // changed makes the second's changes no longer apply, and they all roll back.
        const auto second = reopenTestStore(store->location());
        second->setActor(QStringLiteral("other admin"));
        WhatIfApplyService::apply(*store, org, everything(), QStringLiteral("frank"));
        const QString afterFirst = dump();
        const auto error = inputErrorOf([&] {
            WhatIfApplyService::apply(*second, org, everything(), QStringLiteral("frank"));
        });
        // Refused by the first change that no longer holds (the old root is gone already).
        QVERIFY(error);
        QVERIFY2(
            error->message().contains(QStringLiteral("no installed certificate has thumbprint")),
            qPrintable(error->message()));
        QCOMPARE(dump(), afterFirst); // nothing doubled, nothing half-applied
        const UserProfile user = *store->users().find(org, QStringLiteral("frank"));
        QCOMPARE(user.thumbprints, QStringList{frank.cert.thumbprint().key()});
        QCOMPARE(user.commonNames, QStringList{QStringLiteral("Frank")});
    }

    void anUnknownUser_rollsEveryChangeBack()
    {
        const QString before = dump();
        const auto error = inputErrorOf(
            [&] { WhatIfApplyService::apply(*store, org, everything(), QStringLiteral("ghost")); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("'ghost'")),
                 qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void uninstallingWhatIsNotInstalled_rollsTheInstallBack()
    {
        WhatIfChanges changes;
        changes.install << newRoot.cert;
        changes.uninstall << newCa.cert; // never installed
        const QString before = dump();
        const auto error = inputErrorOf(
            [&] { WhatIfApplyService::apply(*store, org, changes, QStringLiteral("frank")); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("no installed certificate")),
                 qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void appliedInsideACallersTransaction_joinsIt()
    {
        const QString before = dump();
        {
            Store::Transaction outer(*store);
            WhatIfApplyService::apply(*store, org, everything(), QStringLiteral("frank"));
            // not committed
        }
        QCOMPARE(dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestWhatIfApplyService)
#include "TestWhatIfApplyService.moc"
