// HoldingTankRepository: the rows of RULES 4 as the store keeps them. Inserted entries read
// back whole (with the chain the client sent); reads are per organisation, per user, per
// page and per kind; refreshing counts and moves last seen; the caps keep the newest pairs
// and untrusted CAs; removal without audit for services, and the audited delete and purge
// for administrators, where an expiry run that removed nothing writes no audit row.
#include "InputError.h"
#include "store/Store.h"
#include "support/AuditRows.h"
#include "support/InputErrorOf.h"
#include "support/StoreDump.h"
#include "support/TestPki.h"
#include "support/TestStores.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

QStringList values(const QList<TankEntry> &entries)
{
    QStringList out;
    for (const TankEntry &e : entries)
        out << e.value;
    return out;
}

} // namespace

class TestHoldingTankRepository : public QObject
{
    Q_OBJECT

    Issued root, sub, frank, rich, other, fake1, fake2, fake3;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 org = 0, globex = 0;
    qint64 frankId = 0, richId = 0, globexUserId = 0;
    int counter = 0;

    QString dump() { return dumpStore(store->location()); }
    AuditEntry lastAudit() { return store->auditLog().list(1).value(0); }
    HoldingTankRepository &tank() { return store->tank(); }
    static QDateTime t0() { return TestPki::evaluationTime(); }
    static TankSighting seenAt(const QDateTime &at, Interface iface = Interface::Https,
                               const QString &address = QStringLiteral("10.0.0.1"),
                               const QString &chain = QString())
    {
        return TankSighting{iface, address, at, chain};
    }
    // A CN and thumbprint pair for `userId`; returns the pair id.
    qint64 addPair(qint64 organisationId, qint64 userId, const Certificate &cert,
                   const QDateTime &at, const QString &chain = QString())
    {
        const qint64 pair = tank().nextPairId();
        const TankSighting seen = seenAt(at, Interface::Https, QStringLiteral("10.0.0.1"), chain);
        tank().insert(organisationId, userId, pair, CredentialKind::CommonName,
                      cert.commonNames().values.value(0), cert, seen);
        tank().insert(organisationId, userId, pair, CredentialKind::Thumbprint,
                      cert.thumbprint().grouped(), cert, seen);
        return pair;
    }
    qint64 addUntrustedCa(qint64 organisationId, qint64 userId, const Certificate &ca,
                          const QDateTime &at)
    {
        tank().insert(organisationId, userId, tank().nextPairId(), CredentialKind::UntrustedCa,
                      ca.thumbprint().grouped(), ca, seenAt(at, Interface::Ftps));
        return *tank().untrustedCaEntry(organisationId, ca);
    }
    qint64 addUser(qint64 organisationId, const QString &name)
    {
        UserProfile u;
        u.username = name;
        u.httpsPolicy = Policy::Certificate;
        store->users().add(organisationId, u, std::nullopt);
        return store->users().idOf(organisationId, name);
    }
    int certificateRows()
    {
        QSqlQuery count(store->database());
        count.exec(QStringLiteral("SELECT COUNT(*) FROM certificates"));
        count.next();
        return count.value(0).toInt();
    }

    void setTankDays(qint64 organisationId, int days)
    {
        OrganisationSettings settings = store->organisations().get(organisationId);
        settings.tankDays = days;
        store->organisations().update(settings);
    }

private slots:
    void initTestCase()
    {
        root = TestPki::root(QStringLiteral("Tank Root"));
        sub = TestPki::intermediate(QStringLiteral("Tank Issuing"), root);
        frank = TestPki::client(QStringLiteral("Frank"), sub);
        rich = TestPki::client(QStringLiteral("Rich"), sub);
        other = TestPki::client(QStringLiteral("Other"), sub);
        fake1 = TestPki::root(QStringLiteral("Fake CA 1"));
        fake2 = TestPki::root(QStringLiteral("Fake CA 2"));
        fake3 = TestPki::root(QStringLiteral("Fake CA 3"));
    }

    void init()
    {
        store.reset();
        store = openTestStore(dir.filePath(QStringLiteral("tankrepo%1.db").arg(++counter)));
        store->setActor(QStringLiteral("admin"));
        org = store->organisations().create(QStringLiteral("Acme")).id;
        globex = store->organisations().create(QStringLiteral("Globex")).id;
        frankId = addUser(org, QStringLiteral("frank"));
        richId = addUser(org, QStringLiteral("Rich"));
        globexUserId = addUser(globex, QStringLiteral("frank"));
    }

    // --- reading

    void insert_thenEntries_readsEveryFieldBack()
    {
        const QString chain = sub.cert.toPem() + root.cert.toPem();
        const qint64 pair = tank().nextPairId();
        tank().insert(org, frankId, pair, CredentialKind::CommonName, QStringLiteral("Frank"),
                      frank.cert,
                      seenAt(t0(), Interface::Ftps, QStringLiteral("192.0.2.7"), chain));
        const auto all = tank().entries(org);
        QCOMPARE(all.size(), 1);
        const TankEntry &e = all.first();
        QVERIFY(e.id > 0);
        QCOMPARE(e.pairId, pair);
        QCOMPARE(e.username, QStringLiteral("frank"));
        QCOMPARE(e.kind, CredentialKind::CommonName);
        QCOMPARE(e.value, QStringLiteral("Frank"));
        QCOMPARE(e.certificate, frank.cert);
        QCOMPARE(e.presentedChain, (QList<Certificate>{sub.cert, root.cert}));
        QCOMPARE(e.interface, Interface::Ftps);
        QCOMPARE(e.clientAddress, QStringLiteral("192.0.2.7"));
        QCOMPARE(e.firstSeen, t0());
        QCOMPARE(e.lastSeen, t0());
        QCOMPARE(e.count, 1);
    }

    void insert_withoutAUser_readsBackWithAnEmptyUsername()
    {
        tank().insert(org, -1, tank().nextPairId(), CredentialKind::UntrustedCa,
                      fake1.cert.thumbprint().grouped(), fake1.cert, seenAt(t0()));
        const auto all = tank().entries(org);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().username, QString());
        QCOMPARE(all.first().kind, CredentialKind::UntrustedCa);
        QVERIFY(all.first().presentedChain.isEmpty());
    }

    void entries_ofOneUser_andOfEachOrganisationApart()
    {
        addPair(org, frankId, frank.cert, t0());
        addPair(org, richId, rich.cert, t0());
        addPair(globex, globexUserId, other.cert, t0());
        QCOMPARE(values(tank().entries(org, QStringLiteral("FRANK"))),
                 (QStringList{QStringLiteral("Frank"), frank.cert.thumbprint().grouped()}));
        QCOMPARE(tank().entries(org).size(), 4);
        QCOMPARE(values(tank().entries(globex)),
                 (QStringList{QStringLiteral("Other"), other.cert.thumbprint().grouped()}));
        const auto error = inputErrorOf([&] { tank().entries(org, QStringLiteral("ghost")); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("'ghost'")),
                 qPrintable(error->message()));
    }

    void find_andEntry_onlyWithinTheOrganisation()
    {
        addPair(globex, globexUserId, other.cert, t0());
        const qint64 id = tank().entries(globex).first().id;
        QVERIFY(tank().find(globex, id).has_value());
        QCOMPARE(tank().find(globex, id)->value, QStringLiteral("Other"));
        QCOMPARE(tank().entry(globex, id).id, id);
        QVERIFY(!tank().find(org, id).has_value());
        const auto error = inputErrorOf([&] { tank().entry(org, id); });
        QVERIFY(error);
        QCOMPARE(error->message(),
                 QStringLiteral("no holding tank entry %1 in organisation 'Acme'").arg(id));
        QVERIFY(!tank().find(org, id + 1000).has_value());
    }

    void page_isNewestFirst_withLimitAndOffset()
    {
        addPair(org, frankId, frank.cert, t0());
        addPair(org, richId, rich.cert, t0().addSecs(10));
        addUntrustedCa(org, -1, fake1.cert, t0().addSecs(20));
        TankQuery query;
        query.page = {0, 2};
        const auto first = tank().page(org, query);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).kind, CredentialKind::UntrustedCa);
        QCOMPARE(first.at(1).value, rich.cert.thumbprint().grouped());
        query.page = {2, 2};
        const auto second = tank().page(org, query);
        QCOMPARE(values(second),
                 (QStringList{QStringLiteral("Rich"), frank.cert.thumbprint().grouped()}));
        query.page = {4, 2};
        QCOMPARE(values(tank().page(org, query)), QStringList{QStringLiteral("Frank")});
        QCOMPARE(tank().count(org, TankQuery()), 5);
    }

    void page_andCount_filterByUserSubstringAndByKind()
    {
        addPair(org, frankId, frank.cert, t0());
        addPair(org, richId, rich.cert, t0());
        addUntrustedCa(org, frankId, fake1.cert, t0());
        addUntrustedCa(org, -1, fake2.cert, t0());
        addPair(globex, globexUserId, other.cert, t0());
        TankQuery query;
        query.user = QStringLiteral("RAN");
        QCOMPARE(tank().count(org, query), 3); // frank's pair and the CA seen with frank
        for (const TankEntry &e : tank().page(org, query))
            QCOMPARE(e.username, QStringLiteral("frank"));
        query.kind = CredentialKind::CommonName;
        QCOMPARE(values(tank().page(org, query)), QStringList{QStringLiteral("Frank")});
        QCOMPARE(tank().count(org, query), 1);
        query.user.clear();
        QCOMPARE(values(tank().page(org, query)),
                 (QStringList{QStringLiteral("Rich"), QStringLiteral("Frank")}));
        query.kind = CredentialKind::UntrustedCa;
        QCOMPARE(tank().count(org, query), 2);
        query.kind = CredentialKind::Thumbprint;
        QCOMPARE(tank().count(org, query), 2);
        QCOMPARE(tank().count(org, TankQuery(), 3), 4); // capped: one more than the cap
        QCOMPARE(tank().count(globex, TankQuery()), 2);
    }

    void page_userFilterTakesLikeWildcardsLiterally()
    {
        const qint64 underscore = addUser(org, QStringLiteral("a_b"));
        const qint64 plain = addUser(org, QStringLiteral("axb"));
        addPair(org, underscore, frank.cert, t0());
        addPair(org, plain, rich.cert, t0());
        TankQuery query;
        query.user = QStringLiteral("_");
        QCOMPARE(tank().count(org, query), 2);
        for (const TankEntry &e : tank().page(org, query))
            QCOMPARE(e.username, QStringLiteral("a_b"));
        query.user = QStringLiteral("%");
        QCOMPARE(tank().count(org, query), 0);
    }

    void damagedPresentedChain_stillReadsTheEntry()
    {
        addPair(org, frankId, frank.cert, t0(), sub.cert.toPem());
        {
            QSqlQuery damage(store->database());
            QVERIFY(damage.exec(QStringLiteral("UPDATE tank SET presented_chain = 'garbage'")));
        }
        const auto all = tank().entries(org);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().certificate, frank.cert);
        QVERIFY(all.first().presentedChain.isEmpty());
    }

    // --- what attempts write

    void nextPairId_isOneMoreThanTheHighestInAnyOrganisation()
    {
        QCOMPARE(tank().nextPairId(), qint64(1));
        const qint64 first = addPair(globex, globexUserId, other.cert, t0());
        QCOMPARE(first, qint64(1));
        QCOMPARE(tank().nextPairId(), qint64(2));
        QCOMPARE(addPair(org, frankId, frank.cert, t0()), qint64(2));
    }

    void pendingPair_andUntrustedCaEntry_findOnlyTheirOwnRows()
    {
        const qint64 pair = addPair(org, frankId, frank.cert, t0());
        QCOMPARE(tank().pendingPair(org, frankId, frank.cert), std::optional<qint64>(pair));
        QVERIFY(!tank().pendingPair(org, richId, frank.cert).has_value());
        QVERIFY(!tank().pendingPair(org, frankId, rich.cert).has_value());
        QVERIFY(!tank().pendingPair(globex, globexUserId, frank.cert).has_value());
        const qint64 ca = addUntrustedCa(org, frankId, fake1.cert, t0());
        QCOMPARE(tank().untrustedCaEntry(org, fake1.cert), std::optional<qint64>(ca));
        QVERIFY(!tank().untrustedCaEntry(globex, fake1.cert).has_value());
        QVERIFY(!tank().untrustedCaEntry(org, frank.cert).has_value()); // a pair, not a CA
        // An untrusted CA of the user is not one of their pending pairs.
        QVERIFY(!tank().pendingPair(org, frankId, fake1.cert).has_value());
    }

    void lookups_neverAddACertificateRow()
    {
        // A client can send anything; asking whether it is in the tank must not keep it.
        const int before = certificateRows();
        QVERIFY(!tank().pendingPair(org, frankId, other.cert));
        QVERIFY(!tank().untrustedCaEntry(org, fake1.cert));
        QCOMPARE(certificateRows(), before);
    }

    void aCertificateRowLivesOnlyWhileSomethingRefersToIt()
    {
        const int before = certificateRows();
        // Every way a tank entry goes takes its certificate along.
        const qint64 pair = addPair(org, frankId, other.cert, t0());
        QCOMPARE(certificateRows(), before + 1);
        tank().removePair(pair);
        QCOMPARE(certificateRows(), before);

        const qint64 ca = addUntrustedCa(org, -1, fake1.cert, t0());
        QCOMPARE(certificateRows(), before + 1);
        tank().removeEntry(ca);
        QCOMPARE(certificateRows(), before);

        addPair(org, richId, rich.cert, t0());
        addUntrustedCa(org, richId, fake2.cert, t0());
        QCOMPARE(certificateRows(), before + 2);
        store->users().remove(org, QStringLiteral("Rich")); // its entries go by cascade
        QCOMPARE(tank().entries(org, QString()).size(), 0);
        QCOMPARE(certificateRows(), before);

        for (int i = 0; i < 3; ++i)
            addPair(org, frankId, TestPki::client(QStringLiteral("Frank %1").arg(i), sub).cert,
                    t0().addSecs(i));
        QCOMPARE(certificateRows(), before + 3);
        tank().keepNewestPairs(org, frankId, 1);
        QCOMPARE(certificateRows(), before + 1);
        tank().purge(org, QString(), QDateTime());
        QCOMPARE(certificateRows(), before);

        // A certificate that is also installed stays when its tank entry goes.
        store->rootStore().add({fake3.cert});
        const int installed = certificateRows();
        const qint64 both = addUntrustedCa(org, -1, fake3.cert, t0());
        QCOMPARE(certificateRows(), installed);
        tank().removeEntry(both);
        QCOMPARE(certificateRows(), installed);
        QCOMPARE(store->rootStore().list().size(), 1);
        // And goes when it is removed from the root store, the last to refer to it.
        store->rootStore().remove(fake3.cert.thumbprint().key());
        QCOMPARE(certificateRows(), installed - 1);
    }

    void refreshEntry_countsAndMovesLastSeen_ofThatEntryOnly()
    {
        addPair(org, frankId, frank.cert, t0(), sub.cert.toPem());
        const auto before = tank().entries(org);
        const QDateTime later = t0().addSecs(3600);
        tank().refreshEntry(before.at(0).id,
                            seenAt(later, Interface::Ftps, QStringLiteral("10.9.9.9")));
        const auto after = tank().entries(org);
        QCOMPARE(after.at(0).count, 2);
        QCOMPARE(after.at(0).firstSeen, t0());
        QCOMPARE(after.at(0).lastSeen, later);
        QCOMPARE(after.at(0).interface, Interface::Ftps);
        QCOMPARE(after.at(0).clientAddress, QStringLiteral("10.9.9.9"));
        QVERIFY(after.at(0).presentedChain.isEmpty()); // what this attempt sent: nothing
        QCOMPARE(after.at(1).count, 1);
        QCOMPARE(after.at(1).lastSeen, t0());
        QCOMPARE(after.at(1).presentedChain, QList<Certificate>{sub.cert});
    }

    void refreshPair_countsAndMovesLastSeen_ofBothEntries()
    {
        const qint64 pair = addPair(org, frankId, frank.cert, t0());
        addPair(org, richId, rich.cert, t0());
        const QDateTime later = t0().addDays(2);
        tank().refreshPair(
            pair, seenAt(later, Interface::Https, QStringLiteral("10.1.1.1"), sub.cert.toPem()));
        tank().refreshPair(pair, seenAt(later.addSecs(1)));
        for (const TankEntry &e : tank().entries(org, QStringLiteral("frank"))) {
            QCOMPARE(e.count, 3);
            QCOMPARE(e.firstSeen, t0());
            QCOMPARE(e.lastSeen, later.addSecs(1));
        }
        for (const TankEntry &e : tank().entries(org, QStringLiteral("rich"))) {
            QCOMPARE(e.count, 1);
            QCOMPARE(e.lastSeen, t0());
        }
    }

    void keepNewestPairs_dropsTheUsersOldestPairs_only()
    {
        QList<Issued> certs;
        for (int i = 0; i < 4; ++i)
            certs << TestPki::client(QStringLiteral("Frank %1").arg(i), sub);
        // Inserted out of order: pair 0 was seen last, so it is among the newest.
        addPair(org, frankId, certs.at(0).cert, t0().addSecs(40));
        addPair(org, frankId, certs.at(1).cert, t0().addSecs(10));
        addPair(org, frankId, certs.at(2).cert, t0().addSecs(20));
        addPair(org, frankId, certs.at(3).cert, t0().addSecs(30));
        addUntrustedCa(org, frankId, fake1.cert, t0());
        addPair(org, richId, rich.cert, t0());
        addPair(globex, globexUserId, other.cert, t0());
        tank().keepNewestPairs(org, frankId, 2);
        QStringList cns;
        for (const TankEntry &e : tank().entries(org, QStringLiteral("frank")))
            if (e.kind == CredentialKind::CommonName)
                cns << e.value;
        QCOMPARE(cns, (QStringList{QStringLiteral("Frank 0"), QStringLiteral("Frank 3")}));
        // frank's untrusted CA, rich's pair and the other organisation's are untouched.
        QVERIFY(tank().untrustedCaEntry(org, fake1.cert).has_value());
        QCOMPARE(tank().entries(org, QStringLiteral("rich")).size(), 2);
        QCOMPARE(tank().entries(globex).size(), 2);
        QCOMPARE(tank().entries(org, QStringLiteral("frank")).size(), 5);
    }

    void keepNewestUntrustedCas_dropsTheOldestCas_only()
    {
        addUntrustedCa(org, -1, fake1.cert, t0().addSecs(30));
        addUntrustedCa(org, frankId, fake2.cert, t0());
        addUntrustedCa(org, -1, fake3.cert, t0().addSecs(10));
        addUntrustedCa(globex, -1, fake2.cert, t0());
        addPair(org, frankId, frank.cert, t0().addDays(-100));
        tank().keepNewestUntrustedCas(org, 2);
        QVERIFY(tank().untrustedCaEntry(org, fake1.cert).has_value());
        QVERIFY(!tank().untrustedCaEntry(org, fake2.cert).has_value());
        QVERIFY(tank().untrustedCaEntry(org, fake3.cert).has_value());
        QVERIFY(tank().untrustedCaEntry(globex, fake2.cert).has_value());
        QVERIFY(tank().pendingPair(org, frankId, frank.cert).has_value());
    }

    // --- removal

    void removeEntry_andRemovePair_sayHowManyWent_andWriteNoAuditRow()
    {
        const qint64 pair = addPair(org, frankId, frank.cert, t0());
        const qint64 richPair = addPair(org, richId, rich.cert, t0());
        const int audit = store->auditLog().count();
        const qint64 first = tank().entries(org, QStringLiteral("frank")).first().id;
        QCOMPARE(tank().removeEntry(first), 1);
        QCOMPARE(tank().removeEntry(first), 0);
        QCOMPARE(tank().removePair(pair), 1); // the one left of the pair
        QCOMPARE(tank().removePair(richPair), 2);
        QCOMPARE(tank().removePair(richPair), 0);
        QVERIFY(tank().entries(org).isEmpty());
        QCOMPARE(store->auditLog().count(), audit);
    }

    void remove_deletesOneEntry_andAuditsWhatItWas()
    {
        addPair(org, frankId, frank.cert, t0());
        const TankEntry cn = tank().entries(org).first();
        tank().remove(org, cn.id);
        QCOMPARE(tank().entries(org).size(), 1);
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.action, QStringLiteral("tank.delete"));
        QCOMPARE(audit.target, QStringLiteral("user:frank"));
        QCOMPARE(audit.organisation, QStringLiteral("Acme"));
        const QJsonObject before = json(audit.before);
        QCOMPARE(before.value(QStringLiteral("kind")).toString(), QStringLiteral("cn"));
        QCOMPARE(before.value(QStringLiteral("value")).toString(), QStringLiteral("Frank"));
        QCOMPARE(before.value(QStringLiteral("user")).toString(), QStringLiteral("frank"));
    }

    void remove_ofAnUnknownOrAnotherOrganisationsEntry_isRefused_andWritesNothing()
    {
        addPair(globex, globexUserId, other.cert, t0());
        const qint64 id = tank().entries(globex).first().id;
        const QString before = dump();
        const auto error = inputErrorOf([&] { tank().remove(org, id); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QString::number(id)), qPrintable(error->message()));
        QVERIFY(inputErrorOf([&] { tank().remove(org, 9999); }));
        QCOMPARE(dump(), before);
    }

    void purge_ofOneUser_removesTheirEntriesOnly_andAuditsTheCount()
    {
        addPair(org, frankId, frank.cert, t0());
        addUntrustedCa(org, frankId, fake1.cert, t0());
        addPair(org, richId, rich.cert, t0());
        addPair(globex, globexUserId, other.cert, t0());
        QCOMPARE(tank().purge(org, QStringLiteral("frank"), QDateTime()), 3);
        QVERIFY(tank().entries(org, QStringLiteral("frank")).isEmpty());
        QCOMPARE(tank().entries(org).size(), 2);
        QCOMPARE(tank().entries(globex).size(), 2);
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.action, QStringLiteral("tank.purge"));
        QCOMPARE(audit.target, QStringLiteral("user:frank"));
        QCOMPARE(audit.organisation, QStringLiteral("Acme"));
        QCOMPARE(json(audit.after).value(QStringLiteral("removed")).toInt(), 3);
        QCOMPARE(json(audit.after).value(QStringLiteral("user")).toString(),
                 QStringLiteral("frank"));
    }

    void purge_ofTheOrganisation_removesEveryEntryOfItOnly()
    {
        addPair(org, frankId, frank.cert, t0());
        addUntrustedCa(org, -1, fake1.cert, t0());
        addPair(globex, globexUserId, other.cert, t0());
        QCOMPARE(tank().purge(org, QString(), QDateTime()), 3);
        QVERIFY(tank().entries(org).isEmpty());
        QCOMPARE(tank().entries(globex).size(), 2);
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.action, QStringLiteral("tank.purge"));
        QCOMPARE(audit.target, QStringLiteral("tank"));
        QCOMPARE(json(audit.after).value(QStringLiteral("removed")).toInt(), 3);
        // An administrator's purge of an empty tank is still their action, and audited.
        const int audits = store->auditLog().count();
        QCOMPARE(tank().purge(org, QString(), QDateTime()), 0);
        QCOMPARE(store->auditLog().count(), audits + 1);
    }

    void purge_expiredBefore_removesOnlyEntriesLastSeenBeforeIt()
    {
        addPair(org, frankId, frank.cert, t0());
        addPair(org, richId, rich.cert, t0().addDays(5));
        addUntrustedCa(org, -1, fake1.cert, t0().addDays(1));
        const QDateTime cutoff = t0().addDays(5); // rich's pair, seen at the cutoff, stays
        QCOMPARE(tank().purge(org, QString(), cutoff), 3);
        QCOMPARE(values(tank().entries(org)),
                 (QStringList{QStringLiteral("Rich"), rich.cert.thumbprint().grouped()}));
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.action, QStringLiteral("tank.purge"));
        QCOMPARE(json(audit.after).value(QStringLiteral("removed")).toInt(), 3);
        QCOMPARE(json(audit.after).value(QStringLiteral("last_seen_before")).toString(),
                 cutoff.toString(Qt::ISODate));
    }

    void purge_anExpiryRunThatRemovedNothing_writesNoAuditRow()
    {
        addPair(org, frankId, frank.cert, t0());
        const QString before = dump();
        QCOMPARE(tank().purge(org, QString(), t0().addSecs(-1)), 0);
        QCOMPARE(tank().purge(org, QStringLiteral("frank"), t0()), 0);
        QCOMPARE(dump(), before);
    }

    void purge_ofAnUnknownUser_isRefused_andWritesNothing()
    {
        addPair(org, frankId, frank.cert, t0());
        const QString before = dump();
        const auto error =
            inputErrorOf([&] { tank().purge(org, QStringLiteral("ghost"), QDateTime()); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("'ghost'")),
                 qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void purgeExpired_usesTheOrganisationsTankDays()
    {
        setTankDays(org, 7);
        addPair(org, frankId, frank.cert, t0());          // 8 days old at t0 + 8d
        addPair(org, richId, rich.cert, t0().addDays(1)); // exactly 7 days old: kept
        addPair(globex, globexUserId, other.cert, t0());  // Globex keeps 30 days
        QCOMPARE(tank().purgeExpired(org, t0().addDays(8)), 2);
        QCOMPARE(tank().entries(org).size(), 2);
        QVERIFY(tank().pendingPair(org, richId, rich.cert).has_value());
        QCOMPARE(tank().purgeExpired(globex, t0().addDays(8)), 0);
        QCOMPARE(tank().entries(globex).size(), 2);
        QCOMPARE(tank().purgeExpired(globex, t0().addDays(31)), 2);
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.organisation, QStringLiteral("Globex"));
        QCOMPARE(json(audit.after).value(QStringLiteral("last_seen_before")).toString(),
                 t0().addDays(1).toString(Qt::ISODate));
    }
};

QTEST_GUILESS_MAIN(TestHoldingTankRepository)
#include "TestHoldingTankRepository.moc"
