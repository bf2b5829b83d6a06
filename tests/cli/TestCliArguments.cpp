// CliArguments (CLI.md "Global options"): options stand before or after the command's
// words, the last one given wins, unknown options and missing values are usage errors that
// name the option.
#include "CliArguments.h"

#include <QTest>

using namespace trustdesk;

namespace {

struct Parsed
{
    bool ok = false;
    QString error;
    CliArguments args;
};

Parsed parse(const QStringList &arguments)
{
    Parsed out;
    out.ok = out.args.parse(arguments, &out.error);
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestCliArguments : public QObject
{
    Q_OBJECT

private slots:
    void nothingGivenIsNothingParsed()
    {
        const Parsed p = parse({});
        QVERIFY(p.ok);
        QVERIFY(p.args.words.isEmpty());
        QVERIFY(p.args.optionsGiven().isEmpty());
        QVERIFY(!p.args.has(QStringLiteral("json")));
        QCOMPARE(p.args.value(QStringLiteral("db")), QString());
    }

    void wordsAndOptionsAreSeparated()
    {
        const Parsed p =
            parse({QStringLiteral("explain"), QStringLiteral("--cert"), QStringLiteral("f.pem"),
                   QStringLiteral("--user"), QStringLiteral("frank"), QStringLiteral("--record")});
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.args.words, QStringList{QStringLiteral("explain")});
        QCOMPARE(p.args.value(QStringLiteral("cert")), QStringLiteral("f.pem"));
        QCOMPARE(p.args.value(QStringLiteral("user")), QStringLiteral("frank"));
        QVERIFY(p.args.has(QStringLiteral("record")));
        QCOMPARE(p.args.value(QStringLiteral("record")), QString());
        QVERIFY(!p.args.has(QStringLiteral("json")));
        QCOMPARE(sorted(p.args.optionsGiven()),
                 (QStringList{QStringLiteral("cert"), QStringLiteral("record"),
                              QStringLiteral("user")}));
    }

    void positionalArgumentsKeepTheirOrderAroundOptions()
    {
        const Parsed p =
            parse({QStringLiteral("root"), QStringLiteral("add"), QStringLiteral("a.pem"),
                   QStringLiteral("--json"), QStringLiteral("b.pem"), QStringLiteral("--db"),
                   QStringLiteral("s.db"), QStringLiteral("c.pem")});
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.args.words, (QStringList{QStringLiteral("root"), QStringLiteral("add"),
                                            QStringLiteral("a.pem"), QStringLiteral("b.pem"),
                                            QStringLiteral("c.pem")}));
    }

    void globalOptionsMayStandBeforeOrAfterTheWords_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("before") << QStringList{QStringLiteral("--db"),   QStringLiteral("s.db"),
                                               QStringLiteral("--org"),  QStringLiteral("Acme"),
                                               QStringLiteral("--json"), QStringLiteral("user"),
                                               QStringLiteral("show"),   QStringLiteral("frank")};
        QTest::newRow("after") << QStringList{QStringLiteral("user"),  QStringLiteral("show"),
                                              QStringLiteral("frank"), QStringLiteral("--db"),
                                              QStringLiteral("s.db"),  QStringLiteral("--org"),
                                              QStringLiteral("Acme"),  QStringLiteral("--json")};
        QTest::newRow("between") << QStringList{QStringLiteral("user"),  QStringLiteral("--json"),
                                                QStringLiteral("show"),  QStringLiteral("--db"),
                                                QStringLiteral("s.db"),  QStringLiteral("frank"),
                                                QStringLiteral("--org"), QStringLiteral("Acme")};
        QTest::newRow("inline values") << QStringList{
            QStringLiteral("--db=s.db"),  QStringLiteral("user"),  QStringLiteral("show"),
            QStringLiteral("--org=Acme"), QStringLiteral("frank"), QStringLiteral("--json")};
    }
    void globalOptionsMayStandBeforeOrAfterTheWords()
    {
        QFETCH(QStringList, arguments);
        const Parsed p = parse(arguments);
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.args.words, (QStringList{QStringLiteral("user"), QStringLiteral("show"),
                                            QStringLiteral("frank")}));
        QCOMPARE(p.args.value(QStringLiteral("db")), QStringLiteral("s.db"));
        QCOMPARE(p.args.value(QStringLiteral("org")), QStringLiteral("Acme"));
        QVERIFY(p.args.has(QStringLiteral("json")));
        QCOMPARE(
            sorted(p.args.optionsGiven()),
            (QStringList{QStringLiteral("db"), QStringLiteral("json"), QStringLiteral("org")}));
    }

    void theLastOfAnOptionGivenTwiceWins()
    {
        // The example of CLI.md: evaluates at T2.
        const Parsed p =
            parse({QStringLiteral("--db"), QStringLiteral("s.db"), QStringLiteral("--now"),
                   QStringLiteral("T1"), QStringLiteral("explain"), QStringLiteral("--cert"),
                   QStringLiteral("f.pem"), QStringLiteral("--now"), QStringLiteral("T2")});
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.args.value(QStringLiteral("now")), QStringLiteral("T2"));
        QCOMPARE(p.args.words, QStringList{QStringLiteral("explain")});
        QCOMPARE(p.args.optionsGiven().count(QStringLiteral("now")), 1);
    }

    void theLastWinsWhateverFormItTakes()
    {
        Parsed p = parse({QStringLiteral("--db=a.db"), QStringLiteral("--db"),
                          QStringLiteral("b.db"), QStringLiteral("root"), QStringLiteral("list")});
        QCOMPARE(p.args.value(QStringLiteral("db")), QStringLiteral("b.db"));
        p = parse({QStringLiteral("--db"), QStringLiteral("a.db"), QStringLiteral("--db=c.db")});
        QCOMPARE(p.args.value(QStringLiteral("db")), QStringLiteral("c.db"));
        p = parse({QStringLiteral("--json"), QStringLiteral("--json")});
        QVERIFY(p.ok);
        QVERIFY(p.args.has(QStringLiteral("json")));
    }

    void inlineValuesSplitAtTheFirstEqualsSign()
    {
        const Parsed p = parse({QStringLiteral("--full-name=A=B C"), QStringLiteral("--cn="),
                                QStringLiteral("--now=2026-06-01T12:00:00Z")});
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.args.value(QStringLiteral("full-name")), QStringLiteral("A=B C"));
        QVERIFY(p.args.has(QStringLiteral("cn")));
        QCOMPARE(p.args.value(QStringLiteral("cn")), QString());
        QCOMPARE(p.args.value(QStringLiteral("now")), QStringLiteral("2026-06-01T12:00:00Z"));
    }

    void aSeparateValueIsTakenWhateverItLooksLike()
    {
        const Parsed p =
            parse({QStringLiteral("--full-name"), QStringLiteral("explain"), QStringLiteral("--cn"),
                   QStringLiteral("-x"), QStringLiteral("--org"), QString()});
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.args.value(QStringLiteral("full-name")), QStringLiteral("explain"));
        QCOMPARE(p.args.value(QStringLiteral("cn")), QStringLiteral("-x"));
        QVERIFY(p.args.has(QStringLiteral("org")));
        QCOMPARE(p.args.value(QStringLiteral("org")), QString());
        QVERIFY(p.args.words.isEmpty());
    }

    void singleDashesAndADoubleDashAreWords()
    {
        // Pinned: only "--NAME" is an option; "-", "-v" and a bare "--" are words.
        const Parsed p = parse(
            {QStringLiteral("-"), QStringLiteral("-v"), QStringLiteral("--"), QStringLiteral("x")});
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.args.words, (QStringList{QStringLiteral("-"), QStringLiteral("-v"),
                                            QStringLiteral("--"), QStringLiteral("x")}));
        QVERIFY(p.args.optionsGiven().isEmpty());
    }

    void unknownOptionsAreRefusedByName_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("alone") << QStringList{QStringLiteral("--frobnicate")}
                               << QStringLiteral("unknown option '--frobnicate'");
        QTest::newRow("after the words")
            << QStringList{QStringLiteral("root"), QStringLiteral("list"), QStringLiteral("--jsn")}
            << QStringLiteral("unknown option '--jsn'");
        QTest::newRow("names are case-sensitive")
            << QStringList{QStringLiteral("--JSON")} << QStringLiteral("unknown option '--JSON'");
        QTest::newRow("inline value, named without it")
            << QStringList{QStringLiteral("--colour=red")}
            << QStringLiteral("unknown option '--colour'");
        QTest::newRow("three dashes") << QStringList{QStringLiteral("---db"), QStringLiteral("x")}
                                      << QStringLiteral("unknown option '---db'");
        QTest::newRow("empty name")
            << QStringList{QStringLiteral("--=x")} << QStringLiteral("unknown option '--'");
        QTest::newRow("after good ones")
            << QStringList{QStringLiteral("--db"), QStringLiteral("s.db"),
                           QStringLiteral("user"), QStringLiteral("add"),
                           QStringLiteral("bob"),  QStringLiteral("--pasword")}
            << QStringLiteral("unknown option '--pasword'");
    }
    void unknownOptionsAreRefusedByName()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const Parsed p = parse(arguments);
        QVERIFY(!p.ok);
        QCOMPARE(p.error, error);
    }

    void aValueMissingAtTheEndIsRefused_data()
    {
        QTest::addColumn<QString>("option");
        for (const char *name : {"db", "db-url", "org", "now", "cert", "chain", "user", "cn",
                                 "thumbprint", "full-name", "key", "days", "out", "site-mode"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void aValueMissingAtTheEndIsRefused()
    {
        QFETCH(QString, option);
        const Parsed p = parse({QStringLiteral("explain"), QStringLiteral("--") + option});
        QVERIFY(!p.ok);
        QCOMPARE(p.error, QStringLiteral("option '--%1' needs a value").arg(option));
    }

    void aValueMissingBeforeTheNextOptionIsRefused()
    {
        // "--db --json root list" (a script whose $DB was empty) must not open a store named
        // "--json" and answer in text.
        const Parsed p = parse({QStringLiteral("--db"), QStringLiteral("--json"),
                                QStringLiteral("root"), QStringLiteral("list")});
        QVERIFY(!p.ok);
        QCOMPARE(p.error, QStringLiteral("option '--db' needs a value"));
    }

    void aFlagGivenAValueIsRefused()
    {
        for (const char *name : {"json", "help", "version", "demo", "record", "passphrase-stdin"}) {
            const QString option = QString::fromLatin1(name);
            const Parsed p = parse({QStringLiteral("--%1=yes").arg(option)});
            QVERIFY(!p.ok);
            QCOMPARE(p.error, QStringLiteral("option '--%1' takes no value").arg(option));
        }
    }

    void aFlagDoesNotSwallowTheNextWord()
    {
        const Parsed p =
            parse({QStringLiteral("--json"), QStringLiteral("root"), QStringLiteral("list")});
        QVERIFY(p.ok);
        QCOMPARE(p.args.words, (QStringList{QStringLiteral("root"), QStringLiteral("list")}));
        QCOMPARE(p.args.value(QStringLiteral("json")), QString());
    }

    void theGlobalOptionsAreThoseOfTheContract()
    {
        for (const char *name : {"db", "db-url", "org", "now", "json", "help", "version"})
            QVERIFY2(CliArguments::isGlobal(QString::fromLatin1(name)), name);
        for (const char *name : {"cert", "user", "demo", "passphrase-stdin", "out", "nonsense"})
            QVERIFY2(!CliArguments::isGlobal(QString::fromLatin1(name)), name);
        for (const char *name : {"db", "db-url", "org", "now"})
            QVERIFY2(CliArguments::takesValue(QString::fromLatin1(name)), name);
        for (const char *name : {"json", "help", "version"})
            QVERIFY2(!CliArguments::takesValue(QString::fromLatin1(name)), name);
    }

    void everyOptionOfTheContractIsKnown()
    {
        // CLI.md's commands that this version implements ("store copy" is not yet).
        const char *valued[] = {"db",          "db-url",
                                "org",         "now",
                                "match-cn",    "tank-days",
                                "tank-cap",    "require-revocation",
                                "full-name",   "https-policy",
                                "ftps-policy", "thumbprint",
                                "cn",          "cert",
                                "chain",       "user",
                                "interface",   "key",
                                "days",        "email",
                                "out",         "csr",
                                "bind",        "https",
                                "ftps",        "ftps-implicit",
                                "site-mode",   "server-cert",
                                "root",        "log",
                                "rule",        "allow",
                                "description", "to",
                                "appcmd"};
        const char *flags[] = {
            "json",     "help",    "version", "demo",       "password-stdin", "passphrase-stdin",
            "disabled", "enabled", "record",  "keep-other", "expired", "deny", "create-users"};
        for (const char *name : valued) {
            QVERIFY2(CliArguments::isKnown(QString::fromLatin1(name)), name);
            QVERIFY2(CliArguments::takesValue(QString::fromLatin1(name)), name);
        }
        for (const char *name : flags) {
            QVERIFY2(CliArguments::isKnown(QString::fromLatin1(name)), name);
            QVERIFY2(!CliArguments::takesValue(QString::fromLatin1(name)), name);
        }
        QVERIFY(!CliArguments::isKnown(QStringLiteral("nonsense")));
        QVERIFY(!CliArguments::isKnown(QString()));
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "TestCliArguments.moc"
