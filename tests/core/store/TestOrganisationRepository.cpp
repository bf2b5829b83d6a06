// OrganisationRepository: creating organisations (names unique without case, checked by
// NameRules), finding them by name, by id or as the first one, and updating their settings
// within the ranges RULES 4 allows; every change audited, every refusal changing nothing.
#include "InputError.h"
#include "store/Store.h"
#include "support/InputErrorOf.h"
#include "support/StoreDump.h"
#include "support/TestStores.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

class TestOrganisationRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    int counter = 0;

    QString dump() { return dumpStore(store->location()); }
    AuditEntry lastAudit() { return store->auditLog().list(1).value(0); }
    static QJsonObject json(const QString &text)
    {
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }

private slots:
    void init()
    {
        store.reset();
        store = openTestStore(dir.filePath(QStringLiteral("orgs%1.db").arg(++counter)));
        store->setActor(QStringLiteral("admin"));
    }

    void create_returnsTheOrganisationWithTheDefaultSettings()
    {
        const OrganisationSettings org = store->organisations().create(QStringLiteral("Acme"));
        QVERIFY(org.id > 0);
        QCOMPARE(org.name, QStringLiteral("Acme"));
        const OrganisationSettings stored = store->organisations().get(org.id);
        QCOMPARE(stored.name, QStringLiteral("Acme"));
        QCOMPARE(stored.matchCn, false);
        QCOMPARE(stored.tankDays, 30);
        QCOMPARE(stored.tankCap, 20);
        QCOMPARE(stored.requireRevocation, false);
    }

    void create_writesAnOrganisationCreateAuditRow()
    {
        store->organisations().create(QStringLiteral("Acme"));
        const auto log = store->auditLog().list();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("organisation.create"));
        QCOMPARE(log.first().target, QStringLiteral("organisation:Acme"));
        QCOMPARE(log.first().organisation, QStringLiteral("Acme"));
        QCOMPARE(personOf(log.first().actor), QStringLiteral("admin"));
        QVERIFY(log.first().before.isEmpty());
        QCOMPARE(json(log.first().after).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Acme"));
        QCOMPARE(json(log.first().after).value(QStringLiteral("tank_days")).toInt(), 30);
    }

    void create_refusesANameThatExistsInAnotherCase()
    {
        store->organisations().create(QStringLiteral("Acme"));
        const QString before = dump();
        const auto error =
            inputErrorOf([&] { store->organisations().create(QStringLiteral("ACME")); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("'ACME'")), qPrintable(error->message()));
        QVERIFY2(error->message().contains(QStringLiteral("already exists")),
                 qPrintable(error->message()));
        QCOMPARE(dump(), before);
        QCOMPARE(store->organisations().all().size(), 1);
    }

    void create_refusesAnUnusableName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QString() << QStringLiteral("is empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("is empty");
        QTest::newRow("surrounding space")
            << QStringLiteral(" Acme") << QStringLiteral("white space");
        QTest::newRow("too long") << QString(65, QLatin1Char('a')) << QStringLiteral("longer");
        QTest::newRow("control") << QStringLiteral("Ac\tme") << QStringLiteral("control");
        QTest::newRow("slash") << QStringLiteral("Acme/Sales") << QStringLiteral("'/'");
    }
    void create_refusesAnUnusableName()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        const QString before = dump();
        const auto error = inputErrorOf([&] { store->organisations().create(name); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("organisation name")),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(problem), qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void get_findsByNameWithoutCase()
    {
        store->organisations().create(QStringLiteral("Acme"));
        const qint64 id = store->organisations().create(QStringLiteral("Globex")).id;
        QCOMPARE(store->organisations().get(QStringLiteral("gLOBEX")).id, id);
        QCOMPARE(store->organisations().get(QStringLiteral("gLOBEX")).name,
                 QStringLiteral("Globex"));
    }

    void get_emptyNameGivesTheFirstOrganisation()
    {
        const qint64 first = store->organisations().create(QStringLiteral("Zeta")).id;
        store->organisations().create(QStringLiteral("Alpha"));
        QCOMPARE(store->organisations().get(QString()).id, first);
    }

    void get_emptyNameInAStoreWithoutOrganisations_isRefusedNamingTheStore()
    {
        const auto error = inputErrorOf([&] { store->organisations().get(QString()); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(store->location()), qPrintable(error->message()));
        QVERIFY2(error->message().contains(QStringLiteral("no organisation")),
                 qPrintable(error->message()));
    }

    void get_unknownNameIsRefusedNamingIt()
    {
        store->organisations().create(QStringLiteral("Acme"));
        const auto error =
            inputErrorOf([&] { store->organisations().get(QStringLiteral("Initech")); });
        QVERIFY(error);
        QCOMPARE(error->message(), QStringLiteral("unknown organisation 'Initech'"));
    }

    void get_byId_andAnUnknownIdIsRefusedNamingIt()
    {
        const qint64 id = store->organisations().create(QStringLiteral("Acme")).id;
        QCOMPARE(store->organisations().get(id).name, QStringLiteral("Acme"));
        const auto error = inputErrorOf([&] { store->organisations().get(id + 41); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QString::number(id + 41)), qPrintable(error->message()));
    }

    void nameOf_isEmptyForAnUnknownId()
    {
        const qint64 id = store->organisations().create(QStringLiteral("Acme")).id;
        QCOMPARE(store->organisations().nameOf(id), QStringLiteral("Acme"));
        QCOMPARE(store->organisations().nameOf(id + 1), QString());
    }

    void all_listsEveryOrganisationInCreationOrder()
    {
        store->organisations().create(QStringLiteral("Zeta"));
        store->organisations().create(QStringLiteral("Alpha"));
        const auto all = store->organisations().all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("Zeta"));
        QCOMPARE(all.at(1).name, QStringLiteral("Alpha"));
    }

    void update_savesEverySetting_andAuditsBeforeAndAfter()
    {
        OrganisationSettings org = store->organisations().create(QStringLiteral("Acme"));
        org.matchCn = true;
        org.tankDays = 7;
        org.tankCap = 3;
        org.requireRevocation = true;
        store->organisations().update(org);
        const OrganisationSettings stored = store->organisations().get(org.id);
        QCOMPARE(stored.matchCn, true);
        QCOMPARE(stored.tankDays, 7);
        QCOMPARE(stored.tankCap, 3);
        QCOMPARE(stored.requireRevocation, true);
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.action, QStringLiteral("organisation.set"));
        QCOMPARE(audit.target, QStringLiteral("organisation:Acme"));
        QCOMPARE(audit.organisation, QStringLiteral("Acme"));
        QCOMPARE(json(audit.before).value(QStringLiteral("tank_days")).toInt(), 30);
        QCOMPARE(json(audit.before).value(QStringLiteral("match_cn")).toBool(), false);
        QCOMPARE(json(audit.after).value(QStringLiteral("tank_days")).toInt(), 7);
        QCOMPARE(json(audit.after).value(QStringLiteral("tank_cap")).toInt(), 3);
        QCOMPARE(json(audit.after).value(QStringLiteral("require_revocation")).toBool(), true);
    }

    void update_changesOnlyThatOrganisation()
    {
        OrganisationSettings acme = store->organisations().create(QStringLiteral("Acme"));
        const qint64 globex = store->organisations().create(QStringLiteral("Globex")).id;
        acme.tankDays = 9;
        store->organisations().update(acme);
        QCOMPARE(store->organisations().get(globex).tankDays, 30);
    }

    void update_acceptsTheLimitsOfTheRanges_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("cap");
        QTest::newRow("lowest") << 1 << 1;
        QTest::newRow("highest") << 3650 << 10000;
    }
    void update_acceptsTheLimitsOfTheRanges()
    {
        QFETCH(int, days);
        QFETCH(int, cap);
        OrganisationSettings org = store->organisations().create(QStringLiteral("Acme"));
        org.tankDays = days;
        org.tankCap = cap;
        store->organisations().update(org);
        QCOMPARE(store->organisations().get(org.id).tankDays, days);
        QCOMPARE(store->organisations().get(org.id).tankCap, cap);
    }

    void update_refusesValuesOutsideTheRanges_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("cap");
        QTest::addColumn<QString>("named");
        QTest::newRow("no days") << 0 << 20 << QStringLiteral("expiry");
        QTest::newRow("negative days") << -5 << 20 << QStringLiteral("expiry");
        QTest::newRow("too many days") << 3651 << 20 << QStringLiteral("expiry");
        QTest::newRow("no cap") << 30 << 0 << QStringLiteral("cap");
        QTest::newRow("too high a cap") << 30 << 10001 << QStringLiteral("cap");
    }
    void update_refusesValuesOutsideTheRanges()
    {
        QFETCH(int, days);
        QFETCH(int, cap);
        QFETCH(QString, named);
        OrganisationSettings org = store->organisations().create(QStringLiteral("Acme"));
        const QString before = dump();
        org.matchCn = true; // valid, and must not be saved either
        org.tankDays = days;
        org.tankCap = cap;
        const auto error = inputErrorOf([&] { store->organisations().update(org); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(named), qPrintable(error->message()));
        const QString value = QString::number(named == QLatin1String("cap") ? cap : days);
        QVERIFY2(error->message().contains(QStringLiteral("not %1").arg(value)),
                 qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void update_ofAnUnknownOrganisationIsRefused_andWritesNothing()
    {
        OrganisationSettings org = store->organisations().create(QStringLiteral("Acme"));
        const QString before = dump();
        org.id += 100;
        const auto error = inputErrorOf([&] { store->organisations().update(org); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QString::number(org.id)), qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestOrganisationRepository)
#include "TestOrganisationRepository.moc"
