// AuditLogRepository: rows written under the store's actor, listed oldest first (or the
// newest few), paged newest first, filtered on any column with LIKE's wildcards taken
// literally, and written inside the caller's transaction so that a rolled-back action
// leaves no audit row behind.
#include "store/Store.h"
#include "support/StoreDump.h"
#include "support/TestStores.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

QStringList targets(const QList<AuditEntry> &entries)
{
    QStringList out;
    for (const AuditEntry &e : entries)
        out << e.target;
    return out;
}

} // namespace

class TestAuditLogRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    int counter = 0;

    AuditLogRepository &log() { return store->auditLog(); }
    void record(const QString &target, const QString &organisation = QString(),
                const QString &action = QStringLiteral("test.action"),
                const QJsonObject &before = {}, const QJsonObject &after = {})
    {
        log().record(organisation, action, target, before, after);
    }
    // Rows t1 .. tN in order.
    void recordMany(int n)
    {
        for (int i = 1; i <= n; ++i)
            record(QStringLiteral("t%1").arg(i));
    }

private slots:
    void init()
    {
        store.reset();
        store = openTestStore(dir.filePath(QStringLiteral("audit%1.db").arg(++counter)));
        store->setActor(QStringLiteral("admin"));
    }

    void record_writesEveryFieldUnderTheStoresActor()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        record(QStringLiteral("user:frank"), QStringLiteral("Acme"), QStringLiteral("user.set"),
               QJsonObject{{QStringLiteral("disabled"), false}},
               QJsonObject{{QStringLiteral("disabled"), true}});
        store->setActor(QStringLiteral("operator"));
        record(QStringLiteral("root:AB"));
        const auto all = log().list();
        QCOMPARE(all.size(), 2);
        const AuditEntry &first = all.at(0);
        QVERIFY(first.id > 0);
        QVERIFY(first.at >= before.addSecs(-1));
        QVERIFY(first.at <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(personOf(first.actor), QStringLiteral("admin"));
        // On a shared store, the database user too.
        QCOMPARE(first.actor.contains(QLatin1String("(database user ")), testingPostgres());
        QCOMPARE(first.organisation, QStringLiteral("Acme"));
        QCOMPARE(first.action, QStringLiteral("user.set"));
        QCOMPARE(first.target, QStringLiteral("user:frank"));
        QCOMPARE(QJsonDocument::fromJson(first.before.toUtf8()).object(),
                 (QJsonObject{{QStringLiteral("disabled"), false}}));
        QCOMPARE(QJsonDocument::fromJson(first.after.toUtf8()).object(),
                 (QJsonObject{{QStringLiteral("disabled"), true}}));
        // Installation-wide, with nothing before or after.
        const AuditEntry &second = all.at(1);
        QCOMPARE(personOf(second.actor), QStringLiteral("operator"));
        QCOMPARE(second.organisation, QString());
        QCOMPARE(second.before, QString());
        QCOMPARE(second.after, QString());
    }

    void list_isOldestFirst_andWithALimitGivesTheNewestOldestFirst()
    {
        recordMany(5);
        QCOMPARE(targets(log().list()),
                 (QStringList{QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3"),
                              QStringLiteral("t4"), QStringLiteral("t5")}));
        QCOMPARE(targets(log().list(2)), (QStringList{QStringLiteral("t4"), QStringLiteral("t5")}));
        QCOMPARE(targets(log().list(1)), QStringList{QStringLiteral("t5")});
        QCOMPARE(log().list(10).size(), 5);
        QCOMPARE(log().list(0).size(), 5); // no limit
    }

    void page_isNewestFirst_andPagesNeverOverlap()
    {
        recordMany(7);
        AuditQuery query;
        query.page = {0, 3};
        QCOMPARE(targets(log().page(query)),
                 (QStringList{QStringLiteral("t7"), QStringLiteral("t6"), QStringLiteral("t5")}));
        QStringList all;
        for (int offset = 0; offset < 9; offset += 3) {
            query.page = {offset, 3};
            all << targets(log().page(query));
        }
        QCOMPARE(all, (QStringList{QStringLiteral("t7"), QStringLiteral("t6"), QStringLiteral("t5"),
                                   QStringLiteral("t4"), QStringLiteral("t3"), QStringLiteral("t2"),
                                   QStringLiteral("t1")}));
        QCOMPARE(log().count(), 7);
    }

    void filter_matchesASubstringOfAnyColumn_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("actor") << QStringLiteral("operat") << QStringList{QStringLiteral("r4")};
        QTest::newRow("organisation")
            << QStringLiteral("globe") << QStringList{QStringLiteral("r2")};
        QTest::newRow("action") << QStringLiteral("credential.")
                                << QStringList{QStringLiteral("r3")};
        QTest::newRow("target") << QStringLiteral("r1") << QStringList{QStringLiteral("r1")};
        QTest::newRow("before") << QStringLiteral("old-value") << QStringList{QStringLiteral("r2")};
        QTest::newRow("after") << QStringLiteral("new-value") << QStringList{QStringLiteral("r3")};
        QTest::newRow("several") << QStringLiteral("acme")
                                 << QStringList{QStringLiteral("r3"), QStringLiteral("r1")};
        QTest::newRow("none") << QStringLiteral("nowhere") << QStringList{};
    }
    void filter_matchesASubstringOfAnyColumn()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        record(QStringLiteral("r1"), QStringLiteral("Acme"), QStringLiteral("user.add"));
        record(QStringLiteral("r2"), QStringLiteral("Globex"), QStringLiteral("user.set"),
               QJsonObject{{QStringLiteral("full_name"), QStringLiteral("old-value")}});
        record(QStringLiteral("r3"), QStringLiteral("Acme"), QStringLiteral("credential.add"), {},
               QJsonObject{{QStringLiteral("value"), QStringLiteral("new-value")}});
        store->setActor(QStringLiteral("operator"));
        record(QStringLiteral("r4"));
        AuditQuery query;
        query.filter = filter;
        QCOMPARE(targets(log().page(query)), expected);
        QCOMPARE(log().count(filter), int(expected.size()));
    }

    void filter_takesLikeWildcardsLiterally_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("percent") << QStringLiteral("%")
                                 << QStringList{QStringLiteral("100%"), QStringLiteral("e\\%f")};
        QTest::newRow("underscore") << QStringLiteral("_") << QStringList{QStringLiteral("a_b")};
        QTest::newRow("underscore between")
            << QStringLiteral("a_b") << QStringList{QStringLiteral("a_b")};
        QTest::newRow("backslash")
            << QStringLiteral("\\") << QStringList{QStringLiteral("c\\d"), QStringLiteral("e\\%f")};
        QTest::newRow("backslash and percent")
            << QStringLiteral("\\%") << QStringList{QStringLiteral("e\\%f")};
    }
    void filter_takesLikeWildcardsLiterally()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        store->setActor(QStringLiteral("admin")); // no wildcard characters anywhere else
        for (const QString &target :
             {QStringLiteral("100%"), QStringLiteral("1000"), QStringLiteral("a_b"),
              QStringLiteral("axb"), QStringLiteral("c\\d"), QStringLiteral("cd"),
              QStringLiteral("e\\%f")})
            record(target, QStringLiteral("Acme"), QStringLiteral("test.action"));
        AuditQuery query;
        query.filter = filter;
        QStringList found = targets(log().page(query));
        std::reverse(found.begin(), found.end());
        QCOMPARE(found, expected);
        QCOMPARE(log().count(filter), int(expected.size()));
    }

    void page_withAFilter_pagesWithinTheMatches()
    {
        for (int i = 1; i <= 6; ++i)
            record(QStringLiteral("%1:%2")
                       .arg(i % 2 ? QStringLiteral("odd") : QStringLiteral("even"))
                       .arg(i));
        AuditQuery query;
        query.filter = QStringLiteral("odd");
        query.page = {1, 1};
        QCOMPARE(targets(log().page(query)), QStringList{QStringLiteral("odd:3")});
        query.page = {0, 10};
        QCOMPARE(targets(log().page(query)),
                 (QStringList{QStringLiteral("odd:5"), QStringLiteral("odd:3"),
                              QStringLiteral("odd:1")}));
        QCOMPARE(log().count(QStringLiteral("even")), 3);
    }

    void record_belongsToTheCallersTransaction()
    {
        record(QStringLiteral("kept"));
        const QString before = trustdesk::test::dumpStore(store->location());
        {
            Store::Transaction transaction(*store);
            record(QStringLiteral("rolled back"));
            QCOMPARE(log().count(), 2); // visible inside the transaction
        }
        QCOMPARE(targets(log().list()), QStringList{QStringLiteral("kept")});
        QCOMPARE(trustdesk::test::dumpStore(store->location()), before);
    }
};

QTEST_GUILESS_MAIN(TestAuditLogRepository)
#include "TestAuditLogRepository.moc"
