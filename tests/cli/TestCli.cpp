// The command-line contract of CLI.md, driven through the real trustdesk-cli binary: exit
// codes, JSON keys, option placement, certificate formats, and bad input that must get exit
// code 3, a one-line message naming the input, and leave the store exactly as it was.
#include "support/ProcessRunner.h"
#include "support/StoreDump.h"
#include "support/TestPki.h"
#include "support/TestStores.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

using Result = trustdesk::test::ProcessResult;

namespace {} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString db;
    Issued toot, chug, frank, late;
    const QString now = QStringLiteral("2026-06-01T12:00:00Z");

    QString path(const QString &name) const { return dir.filePath(name); }

    Result cli(const QStringList &args, const QByteArray &stdinData = QByteArray()) const
    {
        return runProcess(QStringLiteral(TRUSTDESK_CLI_PATH), args, stdinData);
    }
    Result run(QStringList args, const QByteArray &stdinData = QByteArray()) const
    {
        return cli(storeArguments(db) + args, stdinData);
    }

    void write(const QString &name, const QByteArray &data) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
    }

    QString dump() const { return dumpStore(db); }

    static bool runOpenssl(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        db = newTestStoreLocation(path(QStringLiteral("store.db")));
        toot = TestPki::root(QStringLiteral("Toot"));
        chug = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        frank = TestPki::client(QStringLiteral("Frank"), chug);
        CertificateBuilder b = TestPki::builder(QStringLiteral("Late"));
        b.endEntity().validity(QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC), TestPki::end());
        late = TestPki::issue(b, chug);
        write(QStringLiteral("toot.pem"), toot.cert.toPem().toLatin1());
        write(QStringLiteral("chug.pem"), chug.cert.toPem().toLatin1());
        write(QStringLiteral("frank.pem"), frank.cert.toPem().toLatin1());
        write(QStringLiteral("frank-chain.pem"),
              (frank.cert.toPem() + chug.cert.toPem()).toLatin1());
        write(QStringLiteral("late.pem"), (late.cert.toPem() + chug.cert.toPem()).toLatin1());
        write(QStringLiteral("frank.der"), frank.cert.der());
        write(QStringLiteral("frank.b64"), frank.cert.der().toBase64());
        write(QStringLiteral("frank.key"), frank.key.toEncryptedPem("pw"));

        QCOMPARE(run({QStringLiteral("init")}).code, 0);
        QCOMPARE(
            run({QStringLiteral("root"), QStringLiteral("add"), path(QStringLiteral("toot.pem"))})
                .code,
            0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("frank"),
                      QStringLiteral("--https-policy"), QStringLiteral("certificate"),
                      QStringLiteral("--ftps-policy"), QStringLiteral("certificate")})
                     .code,
                 0);
    }

    void exitCodes_connectsOnly10_authenticates0_cannotConnect20()
    {
        const QStringList explain{QStringLiteral("explain"),
                                  QStringLiteral("--cert"),
                                  path(QStringLiteral("frank-chain.pem")),
                                  QStringLiteral("--user"),
                                  QStringLiteral("frank"),
                                  QStringLiteral("--now"),
                                  now};
        QCOMPARE(run(explain).code, 10);
        QCOMPARE(run({QStringLiteral("cred"), QStringLiteral("add"), QStringLiteral("frank"),
                      QStringLiteral("--thumbprint"),
                      frank.cert.thumbprint()
                          .grouped()
                          .replace(QLatin1Char(' '), QLatin1Char(':'))
                          .toLower()})
                     .code,
                 0);
        QCOMPARE(run(explain).code, 0);
        QCOMPARE(run({QStringLiteral("explain"), QStringLiteral("--cert"),
                      path(QStringLiteral("frank.pem")), QStringLiteral("--now"), now})
                     .code,
                 20);
        // Without a user: connects, so 10.
        QCOMPARE(run({QStringLiteral("explain"), QStringLiteral("--cert"),
                      path(QStringLiteral("frank-chain.pem")), QStringLiteral("--now"), now})
                     .code,
                 10);
        QCOMPARE(run({QStringLiteral("cred"), QStringLiteral("remove"), QStringLiteral("frank"),
                      QStringLiteral("--thumbprint"), frank.cert.thumbprint().key()})
                     .code,
                 0);
    }

    void explainJson_hasTheContractKeys()
    {
        const Result r =
            run({QStringLiteral("--json"), QStringLiteral("explain"), QStringLiteral("--cert"),
                 path(QStringLiteral("frank-chain.pem")), QStringLiteral("--user"),
                 QStringLiteral("frank"), QStringLiteral("--now"), now});
        QCOMPARE(r.code, 10);
        const QJsonObject o = r.json().object();
        const QJsonObject cert = o.value(QStringLiteral("certificate")).toObject();
        for (const char *key :
             {"subject", "cn", "issuer", "thumbprint", "sha256", "not_before", "not_after"})
            QVERIFY2(cert.contains(QLatin1String(key)), key);
        QCOMPARE(cert.value(QStringLiteral("cn")).toString(), QStringLiteral("Frank"));
        QCOMPARE(cert.value(QStringLiteral("thumbprint")).toString(),
                 frank.cert.thumbprint().grouped());
        const QJsonObject connect = o.value(QStringLiteral("connect")).toObject();
        QCOMPARE(connect.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(connect.value(QStringLiteral("condition")).toString(), QStringLiteral("C2"));
        QCOMPARE(connect.value(QStringLiteral("anchor"))
                     .toObject()
                     .value(QStringLiteral("subject"))
                     .toString(),
                 QStringLiteral("CN=Toot"));
        const QJsonArray chain = connect.value(QStringLiteral("chain")).toArray();
        QCOMPARE(chain.size(), 3);
        QCOMPARE(chain.at(1).toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("presented"));
        QCOMPARE(chain.at(2).toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("root-store"));
        for (const char *key : {"subject", "thumbprint", "source", "ok", "problem"})
            QVERIFY2(chain.at(0).toObject().contains(QLatin1String(key)), key);
        QVERIFY(connect.value(QStringLiteral("reason")).isString());
        const QJsonObject auth = o.value(QStringLiteral("authenticate")).toObject();
        QCOMPARE(auth.value(QStringLiteral("user")).toString(), QStringLiteral("frank"));
        QCOMPARE(auth.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(auth.value(QStringLiteral("condition")).isNull());
        const QJsonArray checks = auth.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks.at(2).toObject().value(QStringLiteral("condition")).toString(),
                 QStringLiteral("A3"));
        const QJsonArray tank = o.value(QStringLiteral("tank")).toArray();
        QCOMPARE(tank.size(), 2);
        QCOMPARE(tank.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("cn"));
        QCOMPARE(tank.at(1).toObject().value(QStringLiteral("value")).toString(),
                 frank.cert.thumbprint().grouped());
        // The fixes: proven changes, best first (the thumbprint, for this certificate only).
        const QJsonArray fixes = o.value(QStringLiteral("fixes")).toArray();
        QVERIFY(!fixes.isEmpty());
        const QJsonObject first = fixes.first().toObject();
        QCOMPARE(first.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("accept-thumbprint"));
        QCOMPARE(first.value(QStringLiteral("user")).toString(), QStringLiteral("frank"));
        QCOMPARE(first.value(QStringLiteral("value")).toString(),
                 frank.cert.thumbprint().grouped());
        QVERIFY(first.value(QStringLiteral("what")).isString());
        const QJsonObject result = first.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("connect")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("authenticate")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("condition")).toString(), QStringLiteral("A1"));
        for (const QJsonValue &fix : fixes)
            QVERIFY(QStringList({QStringLiteral("install"), QStringLiteral("approve"),
                                 QStringLiteral("accept-cn"), QStringLiteral("accept-thumbprint"),
                                 QStringLiteral("match-cn"), QStringLiteral("enable-user")})
                        .contains(fix.toObject().value(QStringLiteral("kind")).toString()));
        // Without --user, authenticate is null, and it already connects: nothing to fix.
        const Result noUser =
            run({QStringLiteral("explain"), QStringLiteral("--json"), QStringLiteral("--cert"),
                 path(QStringLiteral("frank-chain.pem")), QStringLiteral("--now"), now});
        QVERIFY(noUser.json().object().value(QStringLiteral("authenticate")).isNull());
        QCOMPARE(noUser.json().object().value(QStringLiteral("fixes")).toArray().size(), 0);
        // The text lists them under "To fix:".
        const Result text = run({QStringLiteral("explain"), QStringLiteral("--cert"),
                                 path(QStringLiteral("frank-chain.pem")), QStringLiteral("--user"),
                                 QStringLiteral("frank"), QStringLiteral("--now"), now});
        QVERIFY2(text.out.contains("To fix:\n  1. Accept the thumbprint"), text.out.constData());
    }

    void globalOptions_anywhere_lastOneWins()
    {
        // 'Late' is valid from 2026-07-01: at T1 it cannot connect, at T2 it can.
        const QString t1 = QStringLiteral("2026-06-01T00:00:00Z");
        const QString t2 = QStringLiteral("2026-08-01T00:00:00Z");
        QCOMPARE(cli(storeArguments(db) +
                     QStringList{QStringLiteral("--now"), t1, QStringLiteral("explain"),
                                 QStringLiteral("--cert"), path(QStringLiteral("late.pem")),
                                 QStringLiteral("--now"), t2})
                     .code,
                 10);
        QCOMPARE(cli({QStringLiteral("--now"), t2, QStringLiteral("explain"),
                      QStringLiteral("--cert"), path(QStringLiteral("late.pem")),
                      storeArguments(db).at(0), db, QStringLiteral("--now"), t1})
                     .code,
                 20);
    }

    void record_addsOnePairThatTankListShows()
    {
        const QStringList explain{QStringLiteral("explain"),
                                  QStringLiteral("--cert"),
                                  path(QStringLiteral("frank-chain.pem")),
                                  QStringLiteral("--user"),
                                  QStringLiteral("frank"),
                                  QStringLiteral("--interface"),
                                  QStringLiteral("ftps"),
                                  QStringLiteral("--record"),
                                  QStringLiteral("--now"),
                                  now};
        QCOMPARE(run(explain).code, 10);
        QCOMPARE(run(explain).code, 10);
        const Result list =
            run({QStringLiteral("tank"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray entries = list.json().array();
        QCOMPARE(entries.size(), 2);
        const QJsonObject e = entries.at(0).toObject();
        for (const char *key : {"id", "user", "kind", "value", "interface", "first_seen",
                                "last_seen", "count", "pair"})
            QVERIFY2(e.contains(QLatin1String(key)), key);
        QCOMPARE(e.value(QStringLiteral("user")).toString(), QStringLiteral("frank"));
        QCOMPARE(e.value(QStringLiteral("interface")).toString(), QStringLiteral("ftps"));
        QCOMPARE(e.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(e.value(QStringLiteral("first_seen")).toString(), now);
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("pair")),
                 e.value(QStringLiteral("pair")));
        // Accept the CN (Yes: the pair goes), and the next attempt authenticates... once the
        // CA is approved, as A2 requires.
        QCOMPARE(run({QStringLiteral("tank"), QStringLiteral("accept"),
                      QString::number(e.value(QStringLiteral("id")).toInt())})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("tank"), QStringLiteral("list"), QStringLiteral("--json")})
                     .json()
                     .array()
                     .size(),
                 0);
        QCOMPARE(run(explain).code, 10);
        QCOMPARE(
            run({QStringLiteral("ca"), QStringLiteral("approve"), path(QStringLiteral("chug.pem"))})
                .code,
            0);
        QCOMPARE(run(explain).code, 0);
        QCOMPARE(run({QStringLiteral("tank"), QStringLiteral("purge")}).code, 0);
    }

    void lists_areJsonArrays()
    {
        for (const QStringList &cmd :
             {QStringList{QStringLiteral("user"), QStringLiteral("list")},
              QStringList{QStringLiteral("cred"), QStringLiteral("list"), QStringLiteral("frank")},
              QStringList{QStringLiteral("root"), QStringLiteral("list")},
              QStringList{QStringLiteral("ca"), QStringLiteral("list")},
              QStringList{QStringLiteral("audit"), QStringLiteral("list")},
              QStringList{QStringLiteral("crl"), QStringLiteral("list")}}) {
            const Result r = run(cmd + QStringList{QStringLiteral("--json")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.json().isArray(), qPrintable(cmd.join(QLatin1Char(' '))));
        }
        const QJsonArray audit =
            run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")})
                .json()
                .array();
        QVERIFY(audit.size() >= 4);
        QCOMPARE(audit.at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("organisation.create"));
    }

    void formats_pemDerPkcs7Pkcs12AndBase64AllRead()
    {
        QVERIFY(runOpenssl({QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"),
                            QStringLiteral("-certfile"), path(QStringLiteral("frank-chain.pem")),
                            QStringLiteral("-outform"), QStringLiteral("DER"),
                            QStringLiteral("-out"), path(QStringLiteral("frank.p7b"))}));
        QVERIFY(runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-export"),
                            QStringLiteral("-in"), path(QStringLiteral("frank-chain.pem")),
                            QStringLiteral("-inkey"), path(QStringLiteral("frank.key")),
                            QStringLiteral("-passin"), QStringLiteral("pass:pw"),
                            QStringLiteral("-passout"), QStringLiteral("pass:secret"),
                            QStringLiteral("-out"), path(QStringLiteral("frank.p12"))}));
        for (const QString &file : {QStringLiteral("frank.pem"), QStringLiteral("frank.der"),
                                    QStringLiteral("frank.b64"), QStringLiteral("frank.p7b")}) {
            const Result r = run({QStringLiteral("explain"), QStringLiteral("--json"),
                                  QStringLiteral("--cert"), path(file), QStringLiteral("--chain"),
                                  path(QStringLiteral("chug.pem")), QStringLiteral("--now"), now});
            QVERIFY2(r.code == 10, qPrintable(file + QString::fromUtf8(r.err)));
            QCOMPARE(r.json()
                         .object()
                         .value(QStringLiteral("certificate"))
                         .toObject()
                         .value(QStringLiteral("cn"))
                         .toString(),
                     QStringLiteral("Frank"));
        }
        const Result p12 = run({QStringLiteral("explain"), QStringLiteral("--cert"),
                                path(QStringLiteral("frank.p12")),
                                QStringLiteral("--passphrase-stdin"), QStringLiteral("--now"), now},
                               "secret\n");
        QVERIFY2(p12.code == 10, p12.err.constData());
    }

    void badInput_exitsThree_namesTheInput_changesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QByteArray>("input");

        write(QStringLiteral("empty.pem"), QByteArray());
        QByteArray random(1024, Qt::Uninitialized);
        for (int i = 0; i < random.size(); ++i)
            random[i] = char((i * 7919 + 13) % 251);
        random[0] = char(0x9f);
        write(QStringLiteral("random.bin"), random);
        write(QStringLiteral("truncated.der"), frank.cert.der().left(frank.cert.der().size() / 2));
        write(QStringLiteral("trailing.der"), frank.cert.der() + QByteArray("garbage"));
        write(QStringLiteral("badbase64.txt"), "MIIB!!notbase64@@\n");
        QByteArray pem = frank.cert.toPem().toLatin1();
        write(QStringLiteral("damaged.pem"), pem.left(40) + "%%%%" + pem.mid(44));
        write(QStringLiteral("noend.pem"), pem.left(pem.indexOf("-----END")));
        write(QStringLiteral("key.pem"), frank.key.toEncryptedPem("pw"));
        write(QStringLiteral("garbage-in-pem.pem"),
              "-----BEGIN CERTIFICATE-----\n" + QByteArray("not a certificate at all").toBase64() +
                  "\n-----END CERTIFICATE-----\n");
        write(QStringLiteral("hello.txt"), "hello world, this is a configuration file\n");
        QByteArray nested;
        for (int i = 0; i < 5000; ++i)
            nested += QByteArray("\x30\x80", 2);
        write(QStringLiteral("nested.der"), nested);
        write(QStringLiteral("utf16.txt"), QByteArray("\xff\xfeh\0e\0l\0l\0o\0", 12));
        write(QStringLiteral("seq-garbage.der"), QByteArray("\x30\x82\x01\x00garbage", 11));
        {
            QFile big(path(QStringLiteral("big.pem")));
            QVERIFY(big.open(QIODevice::WriteOnly));
            const QByteArray chunk(1 << 20, 'A');
            for (int i = 0; i < 40; ++i)
                big.write(chunk);
        }
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("adir")));
        QVERIFY(runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                            path(QStringLiteral("frank.key")), QStringLiteral("-passin"),
                            QStringLiteral("pass:pw"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=Req"), QStringLiteral("-out"),
                            path(QStringLiteral("request.csr"))}));
        write(QStringLiteral("crl.pem"), QByteArray());
        {
            const RevocationList crl = TestPki::crl(chug, {});
            write(QStringLiteral("list.crl"), crl.der());
        }
        QVERIFY(runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-export"),
                            QStringLiteral("-in"), path(QStringLiteral("frank.pem")),
                            QStringLiteral("-inkey"), path(QStringLiteral("frank.key")),
                            QStringLiteral("-passin"), QStringLiteral("pass:pw"),
                            QStringLiteral("-passout"), QStringLiteral("pass:right"),
                            QStringLiteral("-out"), path(QStringLiteral("locked.p12"))}));

        const auto rootAdd = [this](const QString &file) {
            return QStringList{QStringLiteral("root"), QStringLiteral("add"),
                               path(QStringLiteral("toot.pem")), file};
        };
        const QString f = QStringLiteral("file");
        QTest::newRow("empty file") << rootAdd(path(QStringLiteral("empty.pem")))
                                    << path(QStringLiteral("empty.pem")) << QByteArray();
        QTest::newRow("random bytes") << rootAdd(path(QStringLiteral("random.bin")))
                                      << path(QStringLiteral("random.bin")) << QByteArray();
        QTest::newRow("truncated DER") << rootAdd(path(QStringLiteral("truncated.der")))
                                       << path(QStringLiteral("truncated.der")) << QByteArray();
        QTest::newRow("DER with trailing bytes")
            << rootAdd(path(QStringLiteral("trailing.der"))) << path(QStringLiteral("trailing.der"))
            << QByteArray();
        QTest::newRow("bad base64") << rootAdd(path(QStringLiteral("badbase64.txt")))
                                    << path(QStringLiteral("badbase64.txt")) << QByteArray();
        QTest::newRow("damaged PEM") << rootAdd(path(QStringLiteral("damaged.pem")))
                                     << path(QStringLiteral("damaged.pem")) << QByteArray();
        QTest::newRow("PEM without END") << rootAdd(path(QStringLiteral("noend.pem")))
                                         << path(QStringLiteral("noend.pem")) << QByteArray();
        QTest::newRow("private key") << rootAdd(path(QStringLiteral("key.pem")))
                                     << path(QStringLiteral("key.pem")) << QByteArray();
        QTest::newRow("garbage inside PEM")
            << rootAdd(path(QStringLiteral("garbage-in-pem.pem")))
            << path(QStringLiteral("garbage-in-pem.pem")) << QByteArray();
        QTest::newRow("text file") << rootAdd(path(QStringLiteral("hello.txt")))
                                   << path(QStringLiteral("hello.txt")) << QByteArray();
        QTest::newRow("deeply nested ASN.1") << rootAdd(path(QStringLiteral("nested.der")))
                                             << path(QStringLiteral("nested.der")) << QByteArray();
        QTest::newRow("UTF-16 text") << rootAdd(path(QStringLiteral("utf16.txt")))
                                     << path(QStringLiteral("utf16.txt")) << QByteArray();
        QTest::newRow("malformed SEQUENCE")
            << rootAdd(path(QStringLiteral("seq-garbage.der")))
            << path(QStringLiteral("seq-garbage.der")) << QByteArray();
        QTest::newRow("40 MB file") << rootAdd(path(QStringLiteral("big.pem")))
                                    << path(QStringLiteral("big.pem")) << QByteArray();
        QTest::newRow("directory") << rootAdd(path(QStringLiteral("adir")))
                                   << path(QStringLiteral("adir")) << QByteArray();
        QTest::newRow("/dev/zero")
            << rootAdd(QStringLiteral("/dev/zero")) << QStringLiteral("/dev/zero") << QByteArray();
        QTest::newRow("missing file") << rootAdd(path(QStringLiteral("nope.pem")))
                                      << path(QStringLiteral("nope.pem")) << QByteArray();
        QTest::newRow("certificate request") << rootAdd(path(QStringLiteral("request.csr")))
                                             << path(QStringLiteral("request.csr")) << QByteArray();
        QTest::newRow("CRL as certificate") << rootAdd(path(QStringLiteral("list.crl")))
                                            << path(QStringLiteral("list.crl")) << QByteArray();
        QTest::newRow("PKCS#12 without passphrase")
            << rootAdd(path(QStringLiteral("locked.p12"))) << path(QStringLiteral("locked.p12"))
            << QByteArray();
        QTest::newRow("PKCS#12 wrong passphrase")
            << QStringList{QStringLiteral("cred"),
                           QStringLiteral("add"),
                           QStringLiteral("frank"),
                           QStringLiteral("--cert"),
                           path(QStringLiteral("locked.p12")),
                           QStringLiteral("--passphrase-stdin")}
            << path(QStringLiteral("locked.p12")) << QByteArray("wrong\n");
        QTest::newRow("certificate as CRL")
            << QStringList{QStringLiteral("crl"), QStringLiteral("add"),
                           path(QStringLiteral("toot.pem"))}
            << path(QStringLiteral("toot.pem")) << QByteArray();
        QTest::newRow("malformed thumbprint")
            << QStringList{QStringLiteral("cred"), QStringLiteral("add"), QStringLiteral("frank"),
                           QStringLiteral("--thumbprint"), QStringLiteral("XYZ-not-hex")}
            << QStringLiteral("XYZ-not-hex") << QByteArray();
        QTest::newRow("short thumbprint")
            << QStringList{QStringLiteral("cred"), QStringLiteral("add"), QStringLiteral("frank"),
                           QStringLiteral("--thumbprint"),
                           QStringLiteral("3D17CFF3E27B127D2753A7F1873E2743783BFBD")}
            << QStringLiteral("3D17CFF3E27B127D2753A7F1873E2743783BFBD") << QByteArray();
        QTest::newRow("unknown user")
            << QStringList{QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("ghost")}
            << QStringLiteral("ghost") << QByteArray();
        QTest::newRow("explain unknown user")
            << QStringList{QStringLiteral("explain"),         QStringLiteral("--cert"),
                           path(QStringLiteral("frank.pem")), QStringLiteral("--user"),
                           QStringLiteral("ghost"),           QStringLiteral("--record")}
            << QStringLiteral("ghost") << QByteArray();
        QTest::newRow("name with slash")
            << QStringList{QStringLiteral("user"), QStringLiteral("add"),
                           QStringLiteral("bad/name")}
            << QStringLiteral("bad/name") << QByteArray();
        QTest::newRow("name with control")
            << QStringList{QStringLiteral("user"), QStringLiteral("add"),
                           QStringLiteral("tab\tname")}
            << QStringLiteral("username") << QByteArray();
        QTest::newRow("duplicate user")
            << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("FRANK")}
            << QStringLiteral("FRANK") << QByteArray();
        QTest::newRow("bad policy")
            << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("newbie"),
                           QStringLiteral("--https-policy"), QStringLiteral("sometimes")}
            << QStringLiteral("sometimes") << QByteArray();
        QTest::newRow("tank days not a number")
            << QStringList{QStringLiteral("org"), QStringLiteral("set"),
                           QStringLiteral("--tank-days"), QStringLiteral("abc")}
            << QStringLiteral("abc") << QByteArray();
        QTest::newRow("match-cn maybe")
            << QStringList{QStringLiteral("org"), QStringLiteral("set"),
                           QStringLiteral("--match-cn"), QStringLiteral("maybe")}
            << QStringLiteral("maybe") << QByteArray();
        QTest::newRow("unknown tank entry")
            << QStringList{QStringLiteral("tank"), QStringLiteral("accept"), QStringLiteral("9999")}
            << QStringLiteral("9999") << QByteArray();
        QTest::newRow("tank id not a number")
            << QStringList{QStringLiteral("tank"), QStringLiteral("delete"), QStringLiteral("abc")}
            << QStringLiteral("abc") << QByteArray();
        QTest::newRow("bad --now")
            << QStringList{QStringLiteral("explain"), QStringLiteral("--cert"),
                           path(QStringLiteral("frank.pem")), QStringLiteral("--now"),
                           QStringLiteral("yesterday")}
            << QStringLiteral("yesterday") << QByteArray();
        QTest::newRow("remove uninstalled root")
            << QStringList{QStringLiteral("root"), QStringLiteral("remove"),
                           frank.cert.thumbprint().key()}
            << frank.cert.thumbprint().grouped() << QByteArray();
        QTest::newRow("bad interface")
            << QStringList{QStringLiteral("explain"), QStringLiteral("--cert"),
                           path(QStringLiteral("frank.pem")), QStringLiteral("--interface"),
                           QStringLiteral("smtp")}
            << QStringLiteral("smtp") << QByteArray();
        QTest::newRow("unknown organisation")
            << QStringList{QStringLiteral("--org"), QStringLiteral("Nowhere"),
                           QStringLiteral("user"), QStringLiteral("list")}
            << QStringLiteral("Nowhere") << QByteArray();
        Q_UNUSED(f);
    }

    void badInput_exitsThree_namesTheInput_changesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QFETCH(QByteArray, input);
        const QString before = dump();
        QVERIFY(!before.isEmpty());
        const Result r = run(args, input);
        QCOMPARE(r.code, 3);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
        QVERIFY2(err.contains(named), qPrintable(err));
        QCOMPARE(dump(), before);
    }

    void usageErrors_exitTwo_andChangeNothing()
    {
        const QString before = dump();
        QCOMPARE(run({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("list"),
                      QStringLiteral("--no-such-option")})
                     .code,
                 2);
        QCOMPARE(run({QStringLiteral("root"), QStringLiteral("add")}).code, 2);
        QCOMPARE(run({QStringLiteral("explain")}).code, 2);
        QCOMPARE(
            run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--record")}).code,
            2);
        QCOMPARE(dump(), before);
        QCOMPARE(cli({QStringLiteral("--help")}).code, 0);
        QVERIFY(cli({QStringLiteral("--version")}).out.contains("trustdesk-cli"));
    }

    void storeErrors_exitFour()
    {
        QCOMPARE(cli({QStringLiteral("--db"), dir.path(), QStringLiteral("user"),
                      QStringLiteral("list")})
                     .code,
                 4);
        write(QStringLiteral("not-a-store.db"), QByteArray(4096, 'x'));
        const Result r = cli({QStringLiteral("--db"), path(QStringLiteral("not-a-store.db")),
                              QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains("not-a-store.db"));
        QCOMPARE(cli({QStringLiteral("--db"), path(QStringLiteral("missing/dir/s.db")),
                      QStringLiteral("user"), QStringLiteral("list")})
                     .code,
                 4);
    }

    void demoStore_holdsTheTrainingScenarios()
    {
        const QString demoDb = newTestStoreLocation(path(QStringLiteral("demo.db")));
        const QString dbOption = storeArguments(demoDb).at(0);
        const Result init = cli({dbOption, demoDb, QStringLiteral("--json"), QStringLiteral("init"),
                                 QStringLiteral("--demo"), QStringLiteral("--demo-dir"),
                                 path(QStringLiteral("demo"))});
        QCOMPARE(init.code, 0);
        const QJsonArray scenarios = init.json()
                                         .object()
                                         .value(QStringLiteral("demo"))
                                         .toObject()
                                         .value(QStringLiteral("scenarios"))
                                         .toArray();
        QVERIFY(scenarios.size() >= 9);
        QHash<QString, int> groups;
        int iisScenarios = 0;
        for (const QJsonValue &value : scenarios) {
            const QJsonObject s = value.toObject();
            if (s.value(QStringLiteral("site")).toString() == QLatin1String("iis-mapping")) {
                // An IIS mapping scenario: identify says what IIS would answer.
                const Result id =
                    cli({dbOption, demoDb, QStringLiteral("--json"), QStringLiteral("identify"),
                         QStringLiteral("--cert"), s.value(QStringLiteral("file")).toString()});
                const QString iis = s.value(QStringLiteral("iis")).toString();
                QCOMPARE(id.code, iis == QLatin1String("200") ? 0 : 10);
                const QJsonObject status =
                    id.json().object().value(QStringLiteral("iis")).toObject();
                QCOMPARE(QStringLiteral("%1%2")
                             .arg(status.value(QStringLiteral("status")).toInt())
                             .arg(status.value(QStringLiteral("substatus")).toInt()
                                      ? QStringLiteral(".%1").arg(
                                            status.value(QStringLiteral("substatus")).toInt())
                                      : QString()),
                         iis);
                ++iisScenarios;
                continue;
            }
            const Result r =
                cli({dbOption, demoDb, QStringLiteral("explain"), QStringLiteral("--cert"),
                     s.value(QStringLiteral("file")).toString(), QStringLiteral("--user"),
                     s.value(QStringLiteral("user")).toString(), QStringLiteral("--interface"),
                     s.value(QStringLiteral("interface")).toString()});
            const QString expectation = s.value(QStringLiteral("expectation")).toString();
            const int expected = expectation == QLatin1String("authenticates")   ? 0
                                 : expectation == QLatin1String("connects only") ? 10
                                                                                 : 20;
            QVERIFY2(r.code == expected, qPrintable(s.value(QStringLiteral("file")).toString() +
                                                    QString::fromUtf8(r.out)));
            groups[expectation]++;
        }
        // At least three of each group, as in the server product's diagram.
        QVERIFY(groups.value(QStringLiteral("authenticates")) >= 3);
        QVERIFY(groups.value(QStringLiteral("connects only")) >= 3);
        QVERIFY(groups.value(QStringLiteral("cannot connect")) >= 3);
        QVERIFY(iisScenarios >= 4);
        const Result broken =
            cli({dbOption, demoDb, QStringLiteral("map"), QStringLiteral("check-iis"),
                 path(QStringLiteral("demo/iis-broken-web.config"))});
        QCOMPARE(broken.code, 3);
        QVERIFY2(broken.out.contains("3 problem(s)") || broken.err.contains("3 problem(s)"),
                 broken.out + broken.err);

        // What the README promises of the demo store, from init --demo alone: the three
        // replayed attempts in the tank, and the organisation CA that issued Frank a
        // certificate expiring within 30 days.
        const Result tank = cli({dbOption, demoDb, QStringLiteral("--json"), QStringLiteral("tank"),
                                 QStringLiteral("list")});
        QCOMPARE(tank.code, 0);
        QSet<QString> tankUsers;
        for (const QJsonValue &entry : tank.json().array())
            tankUsers.insert(entry.toObject().value(QStringLiteral("user")).toString());
        QCOMPARE(tankUsers, (QSet<QString>{QStringLiteral("moveitfreelydemo"),
                                           QStringLiteral("rich"), QStringLiteral("frank")}));
        const Result ca = cli({dbOption, demoDb, QStringLiteral("--json"), QStringLiteral("orgca"),
                               QStringLiteral("show")});
        QCOMPARE(ca.code, 0);
        QCOMPARE(ca.json().object().value(QStringLiteral("issued")).toInt(), 1);
        QVERIFY(ca.json().object().value(QStringLiteral("installed")).toBool());
        QVERIFY(QFile::exists(path(QStringLiteral("demo/frank-issued.p12"))));
        const Result issuedToFrank =
            cli({dbOption, demoDb, QStringLiteral("explain"), QStringLiteral("--cert"),
                 path(QStringLiteral("demo/frank-issued.p12")), QStringLiteral("--user"),
                 QStringLiteral("frank"), QStringLiteral("--passphrase-stdin")},
                QByteArray("trustdesk demo\n"));
        QCOMPARE(issuedToFrank.code, 0); // registered on frank by thumbprint: A1
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
