// `map` and `identify` of CLI.md, in process: every form, the JSON shapes, the exit codes
// (identify: 0 signed in, 10 connects but nobody, 20 cannot connect; check-iis: 3 when
// there is a problem), and bad input that names the mapping and leaves the store as it was.
#include "CliApplication.h"
#include "support/StoreDump.h"
#include "support/TestStores.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

QString data(const QString &name)
{
    return QStringLiteral(TRUSTDESK_TEST_DATA "/iis/") + name;
}

} // namespace

class TestCliMap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    const QString m_now = QStringLiteral("2026-06-01T12:00:00Z");

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Run cli(QStringList arguments, const QByteArray &input = QByteArray()) const
    {
        arguments = storeArguments(m_db) + arguments;
        QBuffer out, err, in;
        in.setData(input);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        in.open(QIODevice::ReadOnly);
        Run run;
        run.code = CliApplication().run(arguments, out, err, in);
        run.out = QString::fromUtf8(out.data());
        run.err = QString::fromUtf8(err.data());
        return run;
    }
    Run identify(const QString &cert) const
    {
        return cli({QStringLiteral("--json"), QStringLiteral("--now"), m_now,
                    QStringLiteral("identify"), QStringLiteral("--cert"), data(cert)});
    }
    QJsonArray mappings() const
    {
        return cli({QStringLiteral("--json"), QStringLiteral("map"), QStringLiteral("list")})
            .json()
            .array();
    }
    void clearMappings() const
    {
        for (const QJsonValue &m : mappings())
            QCOMPARE(cli({QStringLiteral("map"), QStringLiteral("remove"),
                          QString::number(m.toObject().value(QStringLiteral("id")).toInteger())})
                         .code,
                     0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = newTestStoreLocation(path(QStringLiteral("store.db")));
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
        QCOMPARE(cli({QStringLiteral("root"), QStringLiteral("add"),
                      data(QStringLiteral("contoso-ca.pem"))})
                     .code,
                 0);
        for (const char *user : {"staff", "alice"})
            QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(user),
                          QStringLiteral("--https-policy"), QStringLiteral("certificate")})
                         .code,
                     0);
    }
    void init() { clearMappings(); }

    void addsListsMovesAndRemoves()
    {
        Run r = cli({QStringLiteral("--json"), QStringLiteral("map"),
                     QStringLiteral("add-many-to-one"), QStringLiteral("Contoso staff"),
                     QStringLiteral("--allow"), QStringLiteral("staff"), QStringLiteral("--rule"),
                     QStringLiteral("subject.O=Contoso"), QStringLiteral("--rule"),
                     QStringLiteral("issuer.CN~=contoso issuing*"), QStringLiteral("--description"),
                     QStringLiteral("Everyone at Contoso")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject staff = r.json().object();
        QCOMPARE(staff.value(QStringLiteral("kind")), QStringLiteral("many-to-one"));
        QCOMPARE(staff.value(QStringLiteral("permission")), QStringLiteral("allow"));
        QCOMPARE(staff.value(QStringLiteral("user")), QStringLiteral("staff"));
        QCOMPARE(staff.value(QStringLiteral("description")), QStringLiteral("Everyone at Contoso"));
        const QJsonArray rules = staff.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("field"), QStringLiteral("issuer")},
                              {QStringLiteral("subfield"), QStringLiteral("CN")},
                              {QStringLiteral("pattern"), QStringLiteral("contoso issuing*")},
                              {QStringLiteral("case_sensitive"), false}}));

        r = cli({QStringLiteral("--json"), QStringLiteral("map"), QStringLiteral("add-many-to-one"),
                 QStringLiteral("Contractors"), QStringLiteral("--deny"), QStringLiteral("--rule"),
                 QStringLiteral("subject.OU=Contractors")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 deny = r.json().object().value(QStringLiteral("id")).toInteger();
        QVERIFY(r.json().object().value(QStringLiteral("user")).isNull());

        r = cli({QStringLiteral("--json"), QStringLiteral("map"), QStringLiteral("add-one-to-one"),
                 QStringLiteral("alice"), QStringLiteral("--cert"),
                 data(QStringLiteral("alice.pem")), QStringLiteral("--disabled")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject alice = r.json().object();
        QCOMPARE(alice.value(QStringLiteral("kind")), QStringLiteral("one-to-one"));
        QVERIFY(alice.value(QStringLiteral("name")).isNull());
        QVERIFY(alice.value(QStringLiteral("rules")).toArray().isEmpty());
        QVERIFY(!alice.value(QStringLiteral("enabled")).toBool());
        QVERIFY(!alice.value(QStringLiteral("thumbprint")).toString().isEmpty());

        // Carl is a contractor at Contoso: the staff mapping comes first and lets him in.
        QCOMPARE(identify(QStringLiteral("carl.pem")).code, 0);
        QCOMPARE(cli({QStringLiteral("map"), QStringLiteral("move"), QString::number(deny),
                      QStringLiteral("--to"), QStringLiteral("1")})
                     .code,
                 0);
        QCOMPARE(mappings().first().toObject().value(QStringLiteral("id")).toInteger(), deny);
        const Run denied = identify(QStringLiteral("carl.pem"));
        QCOMPARE(denied.code, 10);
        QCOMPARE(denied.json()
                     .object()
                     .value(QStringLiteral("iis"))
                     .toObject()
                     .value(QStringLiteral("substatus")),
                 12);

        const Run text = cli({QStringLiteral("map"), QStringLiteral("list")});
        QVERIFY2(text.out.startsWith(QStringLiteral("1. [%1] many-to-one").arg(deny)),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(
            QStringLiteral("subject.O=Contoso  AND  issuer.CN~=contoso issuing*")));
    }

    void identifyExitCodesAndJson()
    {
        QCOMPARE(cli({QStringLiteral("map"), QStringLiteral("import-iis"),
                      data(QStringLiteral("web.config"))})
                     .code,
                 0);
        const Run alice = identify(QStringLiteral("alice.pem"));
        QCOMPARE(alice.code, 0);
        const QJsonObject json = alice.json().object();
        QCOMPARE(json.value(QStringLiteral("user")), QStringLiteral("alice"));
        QCOMPARE(json.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("kind")),
                 QStringLiteral("one-to-one"));
        QCOMPARE(json.value(QStringLiteral("iis")).toObject(),
                 (QJsonObject{{QStringLiteral("status"), 200},
                              {QStringLiteral("substatus"), 0},
                              {QStringLiteral("win32"), 0}}));
        QVERIFY(json.value(QStringLiteral("certificate")).isObject());
        QVERIFY(
            json.value(QStringLiteral("connect")).toObject().value(QStringLiteral("ok")).toBool());
        QCOMPARE(json.value(QStringLiteral("checks")).toArray().size(), 3);

        const Run nobody = identify(QStringLiteral("fabrikam.pem"));
        QCOMPARE(nobody.code, 10);
        QVERIFY(nobody.json().object().value(QStringLiteral("user")).isNull());
        QVERIFY(nobody.json().object().value(QStringLiteral("mapping")).isNull());

        // Evaluated after the certificates expire: cannot connect, 403.17.
        const Run expired = cli({QStringLiteral("--json"), QStringLiteral("--now"),
                                 QStringLiteral("2046-01-01T00:00:00Z"), QStringLiteral("identify"),
                                 QStringLiteral("--cert"), data(QStringLiteral("alice.pem"))});
        QCOMPARE(expired.code, 20);
        QCOMPARE(expired.json()
                     .object()
                     .value(QStringLiteral("iis"))
                     .toObject()
                     .value(QStringLiteral("substatus")),
                 17);

        const Run text = cli({QStringLiteral("--now"), m_now, QStringLiteral("identify"),
                              QStringLiteral("--cert"), data(QStringLiteral("carl.pem"))});
        QCOMPARE(text.code, 10);
        QVERIFY2(text.out.contains(QStringLiteral("IIS 403.12")) &&
                     text.out.contains(QStringLiteral("'Contractors'")),
                 qPrintable(text.out));
    }

    void checkIisExitsThreeAndNamesEveryMapping()
    {
        const Run broken = cli({QStringLiteral("map"), QStringLiteral("check-iis"),
                                data(QStringLiteral("broken-web.config"))});
        QCOMPARE(broken.code, 3);
        for (const char *user : {"carl", "frank", "alice", "bob"})
            QVERIFY2(broken.out.contains(QStringLiteral("user '%1'").arg(QLatin1String(user))),
                     qPrintable(broken.out));
        QVERIFY(broken.out.contains(QStringLiteral("0x80093102")));
        QVERIFY(broken.out.contains(QStringLiteral("0x8009310B")));
        const Run clean = cli({QStringLiteral("map"), QStringLiteral("check-iis"),
                               data(QStringLiteral("web.config"))});
        QCOMPARE(clean.code, 0);
        QVERIFY2(clean.out.contains(QStringLiteral("no problems")), qPrintable(clean.out));
        const Run json =
            cli({QStringLiteral("--json"), QStringLiteral("map"), QStringLiteral("check-iis"),
                 data(QStringLiteral("malformed-web.config"))});
        QCOMPARE(json.code, 3);
        const QJsonObject problem =
            json.json().object().value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(problem.value(QStringLiteral("line")), 12);
    }

    void aFailedImportChangesNothing()
    {
        const QString before = dumpStore(m_db);
        for (const char *file : {"broken-web.config", "malformed-web.config"}) {
            const Run r = cli({QStringLiteral("map"), QStringLiteral("import-iis"),
                               data(QString::fromLatin1(file)), QStringLiteral("--create-users")});
            QCOMPARE(r.code, 3);
            QVERIFY2(r.err.contains(QString::fromLatin1(file)) &&
                         r.err.contains(QStringLiteral("nothing was imported")),
                     qPrintable(r.err));
        }
        // A user that does not exist, without --create-users.
        const Run missing = cli({QStringLiteral("map"), QStringLiteral("import-iis"),
                                 data(QStringLiteral("applicationHost.config"))});
        QCOMPARE(missing.code, 3);
        QVERIFY2(missing.err.contains(QStringLiteral("'Human Resources'")),
                 qPrintable(missing.err));
        QCOMPARE(dumpStore(m_db), before);
    }

    void exportsWhatImportReadsBack()
    {
        QCOMPARE(cli({QStringLiteral("map"), QStringLiteral("import-iis"),
                      data(QStringLiteral("web.config"))})
                     .code,
                 0);
        const QJsonArray before = mappings();
        const Run exported = cli({QStringLiteral("map"), QStringLiteral("export-iis"),
                                  path(QStringLiteral("out.config"))});
        QCOMPARE(exported.code, 0);
        QVERIFY2(exported.err.contains(QStringLiteral("passwords")), qPrintable(exported.err));
        const Run script = cli({QStringLiteral("map"), QStringLiteral("export-iis"),
                                path(QStringLiteral("out.cmd")), QStringLiteral("--appcmd"),
                                QStringLiteral("Default Web Site")});
        QCOMPARE(script.code, 0);
        QFile cmd(path(QStringLiteral("out.cmd")));
        QVERIFY(cmd.open(QIODevice::ReadOnly));
        QVERIFY(cmd.readAll().contains("appcmd.exe set config \"Default Web Site\""));
        clearMappings();
        QCOMPARE(cli({QStringLiteral("map"), QStringLiteral("import-iis"),
                      path(QStringLiteral("out.config"))})
                     .code,
                 0);
        const QJsonArray after = mappings();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QJsonObject a = before.at(i).toObject(), b = after.at(i).toObject();
            a.remove(QStringLiteral("id"));
            b.remove(QStringLiteral("id"));
            QCOMPARE(b, a);
        }
    }

    void usageAndBadInput()
    {
        QCOMPARE(cli({QStringLiteral("map"), QStringLiteral("add-many-to-one"), QStringLiteral("X"),
                      QStringLiteral("--rule"), QStringLiteral("subject.O=A")})
                     .code,
                 2); // neither --allow nor --deny
        QCOMPARE(cli({QStringLiteral("map"), QStringLiteral("add-many-to-one"), QStringLiteral("X"),
                      QStringLiteral("--deny")})
                     .code,
                 2); // no rule
        const Run badRule = cli({QStringLiteral("map"), QStringLiteral("add-many-to-one"),
                                 QStringLiteral("X"), QStringLiteral("--deny"),
                                 QStringLiteral("--rule"), QStringLiteral("subject.XYZZY=1")});
        QCOMPARE(badRule.code, 3);
        QVERIFY(badRule.err.contains(QStringLiteral("XYZZY")));
        const Run unknownUser =
            cli({QStringLiteral("map"), QStringLiteral("add-one-to-one"), QStringLiteral("nobody"),
                 QStringLiteral("--cert"), data(QStringLiteral("alice.pem"))});
        QCOMPARE(unknownUser.code, 3);
        QVERIFY(unknownUser.err.contains(QStringLiteral("nobody")));
        QCOMPARE(cli({QStringLiteral("map"), QStringLiteral("remove"), QStringLiteral("999")}).code,
                 3);
        QCOMPARE(cli({QStringLiteral("map"), QStringLiteral("move"), QStringLiteral("1")}).code, 2);
        QCOMPARE(cli({QStringLiteral("map"), QStringLiteral("check-iis"),
                      path(QStringLiteral("does-not-exist.config"))})
                     .code,
                 3);
        QCOMPARE(cli({QStringLiteral("identify")}).code, 2);
        QVERIFY(mappings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliMap)
#include "TestCliMap.moc"
