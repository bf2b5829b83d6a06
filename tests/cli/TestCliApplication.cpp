// trustdesk-cli in process: the command table, the usage text made from the commands'
// synopses, and commands run on in-memory streams (no process, no terminal).
#include "CliApplication.h"
#include "support/StoreDump.h"
#include "support/TestPki.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

Run runCli(const QStringList &arguments, const QByteArray &input = QByteArray())
{
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

} // namespace

class TestCliApplication : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    Issued m_toot, m_chug;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Run cli(QStringList arguments, const QByteArray &input = QByteArray()) const
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, input);
    }
    void write(const QString &name, const QByteArray &data) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("store.db"));
        m_toot = TestPki::root(QStringLiteral("Toot"));
        m_chug = TestPki::intermediate(QStringLiteral("Chug and Ring"), m_toot);
        write(QStringLiteral("toot.pem"), m_toot.cert.toPem().toLatin1());
        write(QStringLiteral("chug.pem"), m_chug.cert.toPem().toLatin1());
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    }

    void everyContractCommandHasACommandClass()
    {
        QSet<QString> names;
        const CliApplication app;
        for (const auto &command : app.commands())
            names.insert(command->name());
        for (const char *name : {"init", "org", "root", "intermediate", "ca", "crl", "user", "cred",
                                 "explain", "tank", "orgca", "issue", "listen", "audit"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
    }

    void usageShowsEveryFormOfEveryCommand()
    {
        const CliApplication app;
        const QString usage = app.usage();
        const QString unwrapped =
            QString(usage).replace(QStringLiteral("\n        "), QStringLiteral(" "));
        for (const auto &command : app.commands())
            for (const QString &form : command->synopsis())
                QVERIFY2(unwrapped.contains(QStringLiteral("  ") + form + QLatin1Char('\n')),
                         qPrintable(form));
        QCOMPARE(runCli({QStringLiteral("--help")}).out, usage);
    }

    void everyOptionOfEverySynopsisIsKnownToTheParser()
    {
        // The parser's vocabulary and the synopses are separate lists: this keeps them one.
        const CliApplication app;
        for (const auto &command : app.commands())
            for (const QString &form : command->synopsis())
                for (const QString &option : CliCommand::optionsOf(form))
                    QVERIFY2(CliArguments::isKnown(option),
                             qPrintable(QStringLiteral("--%1 of '%2'").arg(option, form)));
    }

    void formsGiveTheirWordCounts()
    {
        QCOMPARE(CliCommand::wordCount(QStringLiteral("root add FILE...")), qMakePair(3, -1));
        QCOMPARE(CliCommand::wordCount(QStringLiteral("root list")), qMakePair(2, 2));
        QCOMPARE(CliCommand::wordCount(QStringLiteral("tank accept ID [--keep-other]")),
                 qMakePair(3, 3));
        QCOMPARE(CliCommand::wordCount(QStringLiteral("explain --cert FILE [--user NAME]")),
                 qMakePair(1, 1));
        QCOMPARE(CliCommand::wordCount(QStringLiteral("cred add NAME (--cn CN | --cert FILE)")),
                 qMakePair(3, 3));
        QCOMPARE(CliCommand::optionsOf(QStringLiteral("user set NAME [--disabled|--enabled] "
                                                      "[--full-name TEXT]")),
                 (QStringList{QStringLiteral("disabled"), QStringLiteral("enabled"),
                              QStringLiteral("full-name")}));
    }

    void aWrongWordCountQuotesTheForm()
    {
        const QString before = dumpStore(m_db);
        const Run run = cli({QStringLiteral("tank"), QStringLiteral("accept")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("usage: trustdesk-cli tank accept ID "
                                                 "[--keep-other] [--approve]")),
                 qPrintable(run.err));
        QCOMPARE(dumpStore(m_db), before);
    }

    void anOptionOfAnotherFormIsRefused()
    {
        const Run run = cli({QStringLiteral("user"), QStringLiteral("list"),
                             QStringLiteral("--full-name"), QStringLiteral("X")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("option '--full-name' does not apply to 'user "
                                                 "list'")),
                 qPrintable(run.err));
    }

    void anUnknownSubcommandListsEveryForm()
    {
        const Run run = cli({QStringLiteral("crl"), QStringLiteral("frob")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("crl add FILE... | crl list | crl remove ID")),
                 qPrintable(run.err));
    }

    void storeCopy_needsItsTarget()
    {
        const Run run = cli({QStringLiteral("store"), QStringLiteral("copy")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--to")), qPrintable(run.err));
    }

    void theThreeCertificateSetsAnswerAddInOneJsonShape()
    {
        const struct
        {
            const char *command;
            const char *add;
            const char *file;
            const char *legacyKey;
        } sets[] = {{"root", "add", "toot.pem", "installed"},
                    {"intermediate", "add", "chug.pem", nullptr},
                    {"ca", "approve", "chug.pem", "approved"}};
        for (const auto &set : sets) {
            const Run run =
                cli({QStringLiteral("--json"), QString::fromLatin1(set.command),
                     QString::fromLatin1(set.add), path(QString::fromLatin1(set.file))});
            QCOMPARE(run.code, 0);
            const QJsonObject json = run.json().object();
            QCOMPARE(json.value(QStringLiteral("added")).toInt(), 1);
            QCOMPARE(json.value(QStringLiteral("certificates")).toArray().size(), 1);
            if (set.legacyKey)
                QCOMPARE(json.value(QString::fromLatin1(set.legacyKey)).toInt(), 1);
            const Run list = cli({QStringLiteral("--json"), QString::fromLatin1(set.command),
                                  QStringLiteral("list")});
            QCOMPARE(list.code, 0);
            QCOMPARE(list.json().array().size(), 1);
        }
    }

    void passwordsComeFromTheInputStream()
    {
        const Run add = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ida"),
                             QStringLiteral("--password-stdin")},
                            QByteArray("ida's secret\n"));
        QCOMPARE(add.code, 0);
        const Run show = cli({QStringLiteral("--json"), QStringLiteral("user"),
                              QStringLiteral("show"), QStringLiteral("ida")});
        QCOMPARE(show.json().object().value(QStringLiteral("has_password")).toBool(), true);
        // No line on the input: a message naming the option, and no user.
        const QString before = dumpStore(m_db);
        const Run empty = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("jo"),
                               QStringLiteral("--password-stdin")});
        QCOMPARE(empty.code, 3);
        QVERIFY2(empty.err.contains(QStringLiteral("--password-stdin")), qPrintable(empty.err));
        QCOMPARE(dumpStore(m_db), before);
    }

    void aPassphraseLineTooLongIsRefusedWhole()
    {
        // Never split into two passphrases: the whole line is refused, nothing is written.
        const QString before = dumpStore(m_db);
        const Run run = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kim"),
                             QStringLiteral("--password-stdin")},
                            QByteArray(70 * 1024, 'x') + "\nsecond line\n");
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("longer than")), qPrintable(run.err));
        QCOMPARE(dumpStore(m_db), before);
    }

    void aLastLineWithoutNewlineOrWithCrLfIsRead()
    {
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lee"),
                      QStringLiteral("--password-stdin")},
                     QByteArray("no newline at the end"))
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mo"),
                      QStringLiteral("--password-stdin")},
                     QByteArray("windows line\r\n"))
                     .code,
                 0);
    }

    void userImport_aMissingFileIsBadInput()
    {
        const Run run = cli(
            {QStringLiteral("user"), QStringLiteral("import"), path(QStringLiteral("users.csv"))});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("users.csv: no such file")), qPrintable(run.err));
    }

    void tankShowGivesTheAdviceBeforeAccepting()
    {
        // A pending CN entry: its approved CAs (which one issued it) and the expiry.
        const Issued ida = TestPki::client(QStringLiteral("Ida"), m_chug);
        write(QStringLiteral("ida.pem"), (ida.cert.toPem() + m_chug.cert.toPem()).toLatin1());
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ida2"),
                      QStringLiteral("--https-policy"), QStringLiteral("certificate")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("--now"), QStringLiteral("2026-06-01T12:00:00Z"),
                      QStringLiteral("explain"), QStringLiteral("--cert"),
                      path(QStringLiteral("ida.pem")), QStringLiteral("--user"),
                      QStringLiteral("ida2"), QStringLiteral("--record")})
                     .code,
                 10);
        const Run list =
            cli({QStringLiteral("--json"), QStringLiteral("tank"), QStringLiteral("list"),
                 QStringLiteral("--user"), QStringLiteral("ida2")});
        qint64 cnEntry = -1;
        for (const QJsonValue &entry : list.json().array())
            if (entry.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("cn"))
                cnEntry = entry.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(cnEntry > 0);
        const Run show = cli({QStringLiteral("--json"), QStringLiteral("--now"),
                              QStringLiteral("2026-06-01T12:00:00Z"), QStringLiteral("tank"),
                              QStringLiteral("show"), QString::number(cnEntry)});
        QCOMPARE(show.code, 0);
        const QJsonObject advice = show.json().object().value(QStringLiteral("advice")).toObject();
        QCOMPARE(advice.value(QStringLiteral("issuer_approved")).toBool(), true);
        const QJsonArray cas = advice.value(QStringLiteral("approved_cas")).toArray();
        QCOMPARE(cas.size(), 1);
        QCOMPARE(cas.first().toObject().value(QStringLiteral("issued_this")).toBool(), true);
        QVERIFY(advice.value(QStringLiteral("days_left")).toInt() > 30);
        const Run text =
            cli({QStringLiteral("tank"), QStringLiteral("show"), QString::number(cnEntry)});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("(issued this certificate)")),
                 qPrintable(text.out));
        // An unknown entry: exit 3, naming it.
        const Run unknown =
            cli({QStringLiteral("tank"), QStringLiteral("show"), QStringLiteral("99999")});
        QCOMPARE(unknown.code, 3);
        QVERIFY2(unknown.err.contains(QStringLiteral("99999")), qPrintable(unknown.err));
    }

    void peopleTextGoesToStandardErrorWithJson()
    {
        const Run run = cli({QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("set"),
                             QStringLiteral("--tank-days"), QStringLiteral("12")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json().object().value(QStringLiteral("tank_days")).toInt(), 12);
        QVERIFY(run.err.isEmpty() || !run.err.contains(QLatin1Char('{')));
    }
};

QTEST_GUILESS_MAIN(TestCliApplication)
#include "TestCliApplication.moc"
