// OrganisationCaService: storing the organisation CA (a second one only when replacing it
// explicitly), with its chain, audited as orgca.create or orgca.import; and trusting it,
// which installs and approves it once, each step audited, a repeat writing nothing.
#include "InputError.h"
#include "services/OrganisationCaService.h"
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

class TestOrganisationCaService : public QObject
{
    Q_OBJECT

    Issued first, second, parent, child;
    OrganisationCa firstCa, secondCa, childCa;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 org = 0, globex = 0;
    int counter = 0;

    QString dump() { return dumpStore(store->location()); }
    QList<AuditEntry> auditSince(int since) { return store->auditLog().list().mid(since); }

private slots:
    void initTestCase()
    {
        first = TestPki::root(QStringLiteral("Acme CA One"));
        second = TestPki::root(QStringLiteral("Acme CA Two"));
        parent = TestPki::root(QStringLiteral("Acme Group Root"));
        child = TestPki::intermediate(QStringLiteral("Acme Issuing CA"), parent);
        // One real encryption (600,000 PBKDF2 rounds); the service never unlocks the key, so
        // the other CAs may share its armour.
        const QByteArray encrypted = first.key.toEncryptedPem("correct horse battery");
        firstCa = OrganisationCa::fromStored(first.cert, encrypted, {});
        secondCa = OrganisationCa::fromStored(second.cert, encrypted, {});
        childCa = OrganisationCa::fromStored(child.cert, encrypted, {parent.cert});
    }

    void init()
    {
        store.reset();
        store = openTestStore(dir.filePath(QStringLiteral("orgca%1.db").arg(++counter)));
        store->setActor(QStringLiteral("admin"));
        org = store->organisations().create(QStringLiteral("Acme")).id;
        globex = store->organisations().create(QStringLiteral("Globex")).id;
    }

    void setCa_storesTheCa_andAuditsOrgcaCreate()
    {
        const int since = store->auditLog().count();
        OrganisationCaService::setCa(*store, org, firstCa, QStringLiteral("create"), false);
        const auto stored = store->organisationCa().get(org);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->certificate(), first.cert);
        QCOMPARE(stored->encryptedKey(), firstCa.encryptedKey());
        QVERIFY(!store->organisationCa().get(globex).has_value());
        // Not trusted unless asked.
        QVERIFY(!OrganisationCaService::isInstalled(*store, first.cert));
        QVERIFY(!OrganisationCaService::isApproved(*store, org, first.cert));
        const auto rows = auditSince(since);
        QCOMPARE(actions(rows), QStringList{QStringLiteral("orgca.create")});
        QCOMPARE(rows.first().target, QStringLiteral("orgca:") + first.cert.thumbprint().key());
        QCOMPARE(rows.first().organisation, QStringLiteral("Acme"));
        QVERIFY(rows.first().before.isEmpty());
        const QJsonObject after = json(rows.first().after);
        QCOMPARE(after.value(QStringLiteral("thumbprint")).toString(),
                 first.cert.thumbprint().grouped());
        QCOMPARE(after.value(QStringLiteral("key")).toString(), first.cert.keyDescription());
        QVERIFY(!rows.first().after.contains(QStringLiteral("ENCRYPTED")));
    }

    void setCa_withInstallAndApprove_trustsItInTheSameAction()
    {
        const int since = store->auditLog().count();
        OrganisationCaService::setCa(*store, org, firstCa, QStringLiteral("import"), true);
        QVERIFY(OrganisationCaService::isInstalled(*store, first.cert));
        QVERIFY(OrganisationCaService::isApproved(*store, org, first.cert));
        QVERIFY(!OrganisationCaService::isApproved(*store, globex, first.cert));
        QCOMPARE(actions(auditSince(since)),
                 (QStringList{QStringLiteral("orgca.import"), QStringLiteral("root.install"),
                              QStringLiteral("ca.approve")}));
    }

    void setCa_refusesASecondCaWithoutReplace_andChangesNothing()
    {
        OrganisationCaService::setCa(*store, org, firstCa, QStringLiteral("create"), false);
        const QString before = dump();
        const auto error = inputErrorOf([&] {
            OrganisationCaService::setCa(*store, org, secondCa, QStringLiteral("create"), true);
        });
        QVERIFY(error);
        QCOMPARE(error->message(), QStringLiteral("organisation 'Acme' already has a CA ('Acme CA "
                                                  "One'); replace it explicitly"));
        QCOMPARE(dump(), before);
    }

    void setCa_withReplace_replacesTheCa_andAuditsTheOneReplaced()
    {
        OrganisationCaService::setCa(*store, org, firstCa, QStringLiteral("create"), false);
        OrganisationCaService::setCa(*store, org, secondCa, QStringLiteral("import"), false, true);
        QCOMPARE(store->organisationCa().get(org)->certificate(), second.cert);
        const AuditEntry audit = store->auditLog().list(1).value(0);
        QCOMPARE(audit.action, QStringLiteral("orgca.import"));
        QCOMPARE(audit.target, QStringLiteral("orgca:") + second.cert.thumbprint().key());
        QCOMPARE(json(audit.before).value(QStringLiteral("thumbprint")).toString(),
                 first.cert.thumbprint().grouped());
        // Each organisation has its own CA.
        OrganisationCaService::setCa(*store, globex, firstCa, QStringLiteral("create"), false);
        QCOMPARE(store->organisationCa().get(globex)->certificate(), first.cert);
        QCOMPARE(store->organisationCa().get(org)->certificate(), second.cert);
    }

    void setCa_keepsTheChainAboveAnIntermediateCa()
    {
        OrganisationCaService::setCa(*store, org, childCa, QStringLiteral("import"), false);
        const auto stored = store->organisationCa().get(org);
        QCOMPARE(stored->certificate(), child.cert);
        QCOMPARE(stored->chain(), QList<Certificate>{parent.cert});
    }

    void trust_installsAndApprovesOnce()
    {
        const int since = store->auditLog().count();
        OrganisationCaService::trust(*store, org, first.cert);
        const auto rows = auditSince(since);
        QCOMPARE(actions(rows),
                 (QStringList{QStringLiteral("root.install"), QStringLiteral("ca.approve")}));
        QCOMPARE(rows.at(0).target, QStringLiteral("root:") + first.cert.thumbprint().key());
        QCOMPARE(rows.at(1).target, QStringLiteral("ca:") + first.cert.thumbprint().key());
        QCOMPARE(rows.at(1).organisation, QStringLiteral("Acme"));
        const QString before = dump();
        OrganisationCaService::trust(*store, org, first.cert);
        QCOMPARE(dump(), before);
        QCOMPARE(store->rootStore().list().size(), 1);
        QCOMPARE(store->approvedCas(org).list().size(), 1);
    }

    void trust_ofAnInstalledCa_onlyApprovesIt()
    {
        store->rootStore().add({first.cert});
        const int since = store->auditLog().count();
        OrganisationCaService::trust(*store, globex, first.cert);
        QCOMPARE(actions(auditSince(since)), QStringList{QStringLiteral("ca.approve")});
        QVERIFY(OrganisationCaService::isApproved(*store, globex, first.cert));
        QVERIFY(!OrganisationCaService::isApproved(*store, org, first.cert));
    }

    void isInstalled_andIsApproved_compareTheWholeCertificate()
    {
        store->rootStore().add({first.cert});
        store->approvedCas(org).add({first.cert});
        QVERIFY(OrganisationCaService::isInstalled(*store, first.cert));
        QVERIFY(!OrganisationCaService::isInstalled(*store, second.cert));
        QVERIFY(OrganisationCaService::isApproved(*store, org, first.cert));
        QVERIFY(!OrganisationCaService::isApproved(*store, org, second.cert));
    }
};

QTEST_GUILESS_MAIN(TestOrganisationCaService)
#include "TestOrganisationCaService.moc"
