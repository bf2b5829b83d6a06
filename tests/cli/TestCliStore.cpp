// Bulk users and store copies through the real trustdesk-cli, on SQLite and (as
// TestCliStore-postgresql) on PostgreSQL: `user import` all or nothing, naming the bad line;
// a `kill -9` in the middle of a large import leaves the store as it was; `store copy` into
// an empty store of either kind gives the same answers there, and refuses a store with data;
// two administrators accepting one tank entry at once: one wins, the other is told.
#include "support/ProcessRunner.h"
#include "support/StoreDump.h"
#include "support/TestStores.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace trustdesk;
using namespace trustdesk::test;

using Result = trustdesk::test::ProcessResult;

class TestCliStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static Result cli(const QStringList &args, const QByteArray &input = QByteArray())
    {
        return runProcess(QStringLiteral(TRUSTDESK_CLI_PATH), args, input, 240000);
    }
    // A new demo store on the backend under test.
    QString demoStore()
    {
        const QString location =
            newTestStoreLocation(path(QStringLiteral("store%1.db").arg(++m_counter)));
        const Result init = cli(storeArguments(location) +
                                QStringList{QStringLiteral("init"), QStringLiteral("--demo"),
                                            QStringLiteral("--demo-dir"),
                                            path(QStringLiteral("demo%1").arg(m_counter))});
        if (init.code != 0)
            qWarning("%s", init.err.constData());
        return init.code == 0 ? location : QString();
    }
    QString write(const QString &name, const QByteArray &data)
    {
        QFile file(path(name));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(data);
        return file.fileName();
    }
    static QJsonArray list(const QString &location, const QStringList &command)
    {
        return cli(storeArguments(location) + QStringList{QStringLiteral("--json")} + command)
            .json()
            .array();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void userImport_addsEveryUserWithCredentials()
    {
        const QString store = demoStore();
        QVERIFY(!store.isEmpty());
        const int before =
            int(list(store, {QStringLiteral("user"), QStringLiteral("list")}).size());
        const QString csv = write(QStringLiteral("users.csv"),
                                  "username,full_name,https_policy,ftps_policy,thumbprints,cns\r\n"
                                  "ann,Ann Archer,certificate,password+certificate,"
                                  "7A2AFD88FDFC0FBFF94A2F61150BB80C1E6C084E,Ann;A. Archer\r\n"
                                  "\"ben, jr\",\"Ben \"\"the builder\"\"\",password,password,,\r\n"
                                  "cat,Cat,certificate,certificate,,\r\n");
        const Result r = cli(storeArguments(store) +
                             QStringList{QStringLiteral("user"), QStringLiteral("import"), csv});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("imported 3 user(s)"));
        QCOMPARE(list(store, {QStringLiteral("user"), QStringLiteral("list")}).size(), before + 3);
        const QJsonObject ann = cli(storeArguments(store) +
                                    QStringList{QStringLiteral("--json"), QStringLiteral("user"),
                                                QStringLiteral("show"), QStringLiteral("ann")})
                                    .json()
                                    .object();
        QCOMPARE(ann.value(QStringLiteral("full_name")).toString(), QStringLiteral("Ann Archer"));
        QCOMPARE(ann.value(QStringLiteral("https_policy")).toString(),
                 QStringLiteral("certificate"));
        QCOMPARE(ann.value(QStringLiteral("cns")).toArray().size(), 2);
        QCOMPARE(ann.value(QStringLiteral("thumbprints")).toArray().size(), 1);
        const Result ben = cli(storeArguments(store) +
                               QStringList{QStringLiteral("--json"), QStringLiteral("user"),
                                           QStringLiteral("show"), QStringLiteral("ben, jr")});
        QCOMPARE(ben.json().object().value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Ben \"the builder\""));
        // Each user is audited.
        int audited = 0;
        for (const QJsonValue &entry :
             list(store, {QStringLiteral("audit"), QStringLiteral("list")}))
            if (entry.toObject().value(QStringLiteral("action")).toString() ==
                    QLatin1String("user.add") &&
                entry.toObject().value(QStringLiteral("target")).toString() ==
                    QLatin1String("user:cat"))
                ++audited;
        QCOMPARE(audited, 1);
    }

    void userImport_aBadRowNamesItsLine_andImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        const QByteArray header = "username,full_name,https_policy,ftps_policy\n";
        QTest::newRow("bad policy") << header + "ok1,One,password,password\nok2,Two,sometimes,"
                                                "password\n"
                                    << QStringLiteral("line 3: https_policy 'sometimes'");
        QTest::newRow("user exists") << header + "ok1,One,password,password\nFRANK,F,password,"
                                                 "password\n"
                                     << QStringLiteral("line 3: user 'FRANK' already exists");
        QTest::newRow("repeated") << header + "ok1,One,password,password\nOK1,Two,password,"
                                              "password\n"
                                  << QStringLiteral("line 3: user 'OK1' is also on line 2");
        QTest::newRow("bad name") << header + "a/b,One,password,password\n"
                                  << QStringLiteral("line 2: ");
        QTest::newRow("short row") << header + "ok1,One,password\n"
                                   << QStringLiteral("line 2: 3 fields where the header has 4");
        QTest::newRow("no header") << QByteArray("ok1,One,password,password\n")
                                   << QStringLiteral("line 1: unknown column 'ok1'");
        QTest::newRow("open quote") << header + "\"ok1,One,password,password\n"
                                    << QStringLiteral("line 2: a quoted field is not closed");
        QTest::newRow("bad thumbprint")
            << QByteArray("username,full_name,https_policy,ftps_policy,thumbprints\n"
                          "ok1,One,password,password,XYZ\n")
            << QStringLiteral("line 2: 'XYZ' is not a thumbprint");
        QTest::newRow("not UTF-8") << header + "ok1,\xff\xfe,password,password\n"
                                   << QStringLiteral("not UTF-8");
    }

    void userImport_aBadRowNamesItsLine_andImportsNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        static QString store;
        if (store.isEmpty())
            store = demoStore();
        QVERIFY(!store.isEmpty());
        const QString before = dumpStore(store);
        const QString file = write(QStringLiteral("bad.csv"), csv);
        const Result r = cli(storeArguments(store) +
                             QStringList{QStringLiteral("user"), QStringLiteral("import"), file});
        QCOMPARE(r.code, 3);
        QVERIFY2(QString::fromUtf8(r.err).contains(file) &&
                     QString::fromUtf8(r.err).contains(message),
                 r.err.constData());
        QCOMPARE(dumpStore(store), before);
    }

    void userImport_killedMidway_leavesTheStoreAsItWas()
    {
        const QString store = demoStore();
        QVERIFY(!store.isEmpty());
        const QString before = dumpStore(store);
        QByteArray csv = "username,full_name,https_policy,ftps_policy,cns\n";
        for (int i = 0; i < 60000; ++i)
            csv += QStringLiteral("bulk%1,Bulk User %1,certificate,password,Bulk %1\n")
                       .arg(i)
                       .toUtf8();
        const QString file = write(QStringLiteral("large.csv"), csv);
        QProcess import;
        import.start(QStringLiteral(TRUSTDESK_CLI_PATH),
                     storeArguments(store) +
                         QStringList{QStringLiteral("user"), QStringLiteral("import"), file});
        QVERIFY(import.waitForStarted());
        // Killed once it has added 10,000 users inside its transaction.
        QByteArray said;
        const auto reached = [&] {
            said += import.readAllStandardError();
            return said.contains("10000 of 60000") || import.state() == QProcess::NotRunning;
        };
        QTRY_VERIFY_WITH_TIMEOUT(reached(), 120000);
        QVERIFY2(said.contains("10000 of 60000"), said.constData());
        QCOMPARE(import.state(), QProcess::Running);
        ::kill(pid_t(import.processId()), SIGKILL);
        QVERIFY(import.waitForFinished());
        // The store opens, and holds nothing of the import.
        const Result users = cli(storeArguments(store) + QStringList{QStringLiteral("--json"),
                                                                     QStringLiteral("user"),
                                                                     QStringLiteral("list")});
        QCOMPARE(users.code, 0);
        QVERIFY(!users.out.contains("bulk1"));
        QCOMPARE(dumpStore(store), before);
    }

    void storeCopy_givesTheSameAnswers_andRefusesAStoreWithData()
    {
        const QString source = demoStore();
        QVERIFY(!source.isEmpty());
        const QString demoFolder = path(QStringLiteral("demo%1").arg(m_counter));
        // Into a SQLite file, and into a new store of the kind under test (PostgreSQL in the
        // -postgresql run: PostgreSQL to SQLite and PostgreSQL to PostgreSQL).
        const QStringList targets{
            path(QStringLiteral("copy%1.db").arg(++m_counter)),
            newTestStoreLocation(path(QStringLiteral("copy%1.db").arg(++m_counter)))};
        for (const QString &target : targets) {
            const Result copy =
                cli(storeArguments(source) +
                    QStringList{QStringLiteral("--json"), QStringLiteral("store"),
                                QStringLiteral("copy"), QStringLiteral("--to"), target});
            QVERIFY2(copy.code == 0, copy.err.constData());
            const QJsonObject copied =
                copy.json().object().value(QStringLiteral("copied")).toObject();
            QVERIFY(copied.value(QStringLiteral("users")).toInt() >= 7);
            QVERIFY(copied.value(QStringLiteral("tank")).toInt() >= 3);
            QVERIFY(copied.value(QStringLiteral("certificate_mappings")).toInt() >= 3);
            for (const QStringList &command :
                 {QStringList{QStringLiteral("user"), QStringLiteral("list")},
                  QStringList{QStringLiteral("tank"), QStringLiteral("list")},
                  QStringList{QStringLiteral("map"), QStringLiteral("list")},
                  QStringList{QStringLiteral("root"), QStringLiteral("list")},
                  QStringList{QStringLiteral("ca"), QStringLiteral("list")},
                  QStringList{QStringLiteral("orgca"), QStringLiteral("show")}}) {
                const Result here =
                    cli(storeArguments(source) + QStringList{QStringLiteral("--json")} + command);
                const Result there =
                    cli(storeArguments(target) + QStringList{QStringLiteral("--json")} + command);
                QCOMPARE(there.code, here.code);
                QVERIFY2(there.out == here.out, qPrintable(command.join(QLatin1Char(' '))));
            }
            // The same verdict for a demo certificate, from the copy.
            const QStringList explain{QStringLiteral("explain"), QStringLiteral("--cert"),
                                      demoFolder + QStringLiteral("/frank.pem"),
                                      QStringLiteral("--user"), QStringLiteral("frank")};
            QCOMPARE(cli(storeArguments(target) + explain).out,
                     cli(storeArguments(source) + explain).out);
            // The audit log came along, and says the copy was made.
            const QJsonArray audit =
                list(target, {QStringLiteral("audit"), QStringLiteral("list")});
            QCOMPARE(audit.size(),
                     list(source, {QStringLiteral("audit"), QStringLiteral("list")}).size() + 1);
            QCOMPARE(audit.last().toObject().value(QStringLiteral("action")).toString(),
                     QStringLiteral("store.copy"));
            // A second copy into it is refused, and changes nothing.
            const QString before = dumpStore(target);
            const Result again = cli(storeArguments(source) +
                                     QStringList{QStringLiteral("store"), QStringLiteral("copy"),
                                                 QStringLiteral("--to"), target});
            QCOMPARE(again.code, 3);
            QVERIFY2(again.err.contains("already holds data"), again.err.constData());
            QCOMPARE(dumpStore(target), before);
        }
    }

    void twoAdministratorsAcceptOneTankEntry_oneWins()
    {
        const QString store = demoStore();
        QVERIFY(!store.isEmpty());
        const QJsonArray tank = list(store, {QStringLiteral("tank"), QStringLiteral("list")});
        QVERIFY(!tank.isEmpty());
        const QString id =
            QString::number(tank.first().toObject().value(QStringLiteral("id")).toInt());
        QList<QProcess *> admins;
        for (int i = 0; i < 2; ++i) {
            auto *admin = new QProcess(this);
            admin->start(QStringLiteral(TRUSTDESK_CLI_PATH),
                         storeArguments(store) +
                             QStringList{QStringLiteral("tank"), QStringLiteral("accept"), id});
            admins << admin;
        }
        for (QProcess *admin : std::as_const(admins))
            QVERIFY(admin->waitForFinished(120000));
        const int won = int(std::count_if(admins.begin(), admins.end(),
                                          [](QProcess *p) { return p->exitCode() == 0; }));
        QCOMPARE(won, 1);
        for (QProcess *admin : std::as_const(admins))
            if (admin->exitCode() != 0) {
                QCOMPARE(admin->exitCode(), 3);
                const QByteArray err = admin->readAllStandardError();
                QVERIFY2(err.contains(id.toUtf8()), err.constData());
            }
        int accepts = 0;
        for (const QJsonValue &entry :
             list(store, {QStringLiteral("audit"), QStringLiteral("list")}))
            if (entry.toObject().value(QStringLiteral("action")).toString() ==
                QLatin1String("tank.accept"))
                ++accepts;
        QCOMPARE(accepts, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliStore)
#include "TestCliStore.moc"
