// W3cLog: the W3C extended log of RULES.md section 5 -- the header's field list in IIS's
// order, an entry written field by field, spaces in values written as '+', line breaks,
// tabs, control and invisible format characters escaped as %XX,
// empty values as '-', and the file and in-memory copies.
#include "W3cLog.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;

namespace {

// RULES.md section 5, in this order.
const QStringList Fields = {
    QStringLiteral("date"),           QStringLiteral("time"),        QStringLiteral("s-ip"),
    QStringLiteral("cs-method"),      QStringLiteral("cs-uri-stem"), QStringLiteral("cs-uri-query"),
    QStringLiteral("s-port"),         QStringLiteral("cs-username"), QStringLiteral("c-ip"),
    QStringLiteral("cs(User-Agent)"), QStringLiteral("sc-status"),   QStringLiteral("sc-substatus"),
    QStringLiteral("sc-win32-status")};

W3cEntry frankSignsOn()
{
    W3cEntry e;
    e.serverAddress = QStringLiteral("127.0.0.1");
    e.method = QStringLiteral("POST");
    e.path = QStringLiteral("/humancc.aspx");
    e.query = QStringLiteral("transaction=signon&arg=1");
    e.serverPort = 8443;
    e.username = QStringLiteral("frank");
    e.clientAddress = QStringLiteral("192.0.2.7");
    e.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0");
    e.status = 403;
    e.substatus = 16;
    e.win32Status = 0;
    return e;
}

QString fieldAt(const QString &line, const QString &name)
{
    return line.split(QLatin1Char(' ')).value(int(Fields.indexOf(name)));
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestW3cLog : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

private slots:
    void initTestCase() { QVERIFY(dir.isValid()); }

    void headerNamesTheFieldsInRulesOrder()
    {
        const QStringList lines = W3cLog::header().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4); // three directives and the final newline
        QCOMPARE(lines.at(0), QStringLiteral("#Software: TrustDesk test listener"));
        QCOMPARE(lines.at(1), QStringLiteral("#Version: 1.0"));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("#Fields: ")));
        QCOMPARE(lines.at(2).mid(9).split(QLatin1Char(' ')), Fields);
        QCOMPARE(lines.at(3), QString());
    }

    void entryHasThirteenFieldsInHeaderOrder()
    {
        const QString line = W3cLog::format(frankSignsOn());
        const QStringList values = line.split(QLatin1Char(' '));
        QCOMPARE(values.size(), Fields.size());
        QCOMPARE(fieldAt(line, QStringLiteral("s-ip")), QStringLiteral("127.0.0.1"));
        QCOMPARE(fieldAt(line, QStringLiteral("cs-method")), QStringLiteral("POST"));
        QCOMPARE(fieldAt(line, QStringLiteral("cs-uri-stem")), QStringLiteral("/humancc.aspx"));
        QCOMPARE(fieldAt(line, QStringLiteral("cs-uri-query")),
                 QStringLiteral("transaction=signon&arg=1"));
        QCOMPARE(fieldAt(line, QStringLiteral("s-port")), QStringLiteral("8443"));
        QCOMPARE(fieldAt(line, QStringLiteral("cs-username")), QStringLiteral("frank"));
        QCOMPARE(fieldAt(line, QStringLiteral("c-ip")), QStringLiteral("192.0.2.7"));
        QCOMPARE(fieldAt(line, QStringLiteral("cs(User-Agent)")),
                 QStringLiteral("Mozilla/5.0+(X11;+Linux+x86_64)+Firefox/128.0"));
        QCOMPARE(fieldAt(line, QStringLiteral("sc-status")), QStringLiteral("403"));
        QCOMPARE(fieldAt(line, QStringLiteral("sc-substatus")), QStringLiteral("16"));
        QCOMPARE(fieldAt(line, QStringLiteral("sc-win32-status")), QStringLiteral("0"));
    }

    void entryIsDatedNowInUtc()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QString line = W3cLog::format(frankSignsOn());
        const QDateTime after = QDateTime::currentDateTimeUtc();
        const QString date = fieldAt(line, QStringLiteral("date"));
        const QString time = fieldAt(line, QStringLiteral("time"));
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(date).hasMatch(),
            qPrintable(date));
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\d{2}:\\d{2}:\\d{2}$")).match(time).hasMatch(),
            qPrintable(time));
        const QDateTime when =
            QDateTime::fromString(date + QLatin1Char('T') + time + QLatin1Char('Z'), Qt::ISODate);
        QVERIFY(when.isValid());
        QVERIFY(when >= before.addMSecs(-before.time().msec()));
        QVERIFY(when <= after);
    }

    void spacesBecomePlus_lineBreaksAreEscaped()
    {
        W3cEntry e = frankSignsOn();
        e.username = QStringLiteral("Frank Smith");
        e.path = QStringLiteral("/my files/a b.txt");
        e.query = QStringLiteral("q=a b");
        e.userAgent = QStringLiteral("evil\r\n2026-01-01 00:00:00 forged line");
        const QString line = W3cLog::format(e);
        QCOMPARE(line.split(QLatin1Char(' ')).size(), Fields.size());
        QVERIFY(!line.contains(QLatin1Char('\n')));
        QVERIFY(!line.contains(QLatin1Char('\r')));
        QCOMPARE(fieldAt(line, QStringLiteral("cs-username")), QStringLiteral("Frank+Smith"));
        QCOMPARE(fieldAt(line, QStringLiteral("cs-uri-stem")), QStringLiteral("/my+files/a+b.txt"));
        QCOMPARE(fieldAt(line, QStringLiteral("cs-uri-query")), QStringLiteral("q=a+b"));
        QCOMPARE(fieldAt(line, QStringLiteral("cs(User-Agent)")),
                 QStringLiteral("evil%0D%0A2026-01-01+00:00:00+forged+line"));
    }

    void tabsControlAndInvisibleFormatCharactersAreEscaped_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("logged");
        QTest::newRow("tab (a field separator for some readers)")
            << QStringLiteral("a\tb") << QStringLiteral("a%09b");
        QTest::newRow("NUL and escape")
            << QString::fromLatin1("a\0b\x1b", 4) << QStringLiteral("a%00b%1B");
        QTest::newRow("DEL and a C1 control")
            << QStringLiteral("a\x7f\u0085") << QStringLiteral("a%7F%C2%85");
        QTest::newRow("right-to-left override")
            << QStringLiteral("admin\u202Etxt.exe") << QStringLiteral("admin%E2%80%AEtxt.exe");
        QTest::newRow("zero-width space")
            << QStringLiteral("fr\u200Bank") << QStringLiteral("fr%E2%80%8Bank");
        QTest::newRow("line separator")
            << QStringLiteral("a\u2028b") << QStringLiteral("a%E2%80%A8b");
        QTest::newRow("letters of any script stay")
            << QStringLiteral("Zoë 日本") << QStringLiteral("Zoë+日本");
    }
    void tabsControlAndInvisibleFormatCharactersAreEscaped()
    {
        QFETCH(QString, value);
        QFETCH(QString, logged);
        W3cEntry e = frankSignsOn();
        e.userAgent = value;
        e.username = value;
        const QString line = W3cLog::format(e);
        QCOMPARE(line.split(QLatin1Char(' ')).size(), Fields.size());
        QCOMPARE(fieldAt(line, QStringLiteral("cs(User-Agent)")), logged);
        QCOMPARE(fieldAt(line, QStringLiteral("cs-username")), logged);
    }

    void otherCharactersAreKeptAsTheyAre()
    {
        W3cEntry e = frankSignsOn();
        e.username = QStringLiteral("zoë+ølsen-");
        e.query = QStringLiteral("a=%20&b=+");
        const QString line = W3cLog::format(e);
        QCOMPARE(fieldAt(line, QStringLiteral("cs-username")), QStringLiteral("zoë+ølsen-"));
        QCOMPARE(fieldAt(line, QStringLiteral("cs-uri-query")), QStringLiteral("a=%20&b=+"));
    }

    void emptyFieldsAreADash()
    {
        W3cEntry e; // nothing known: every text field is empty
        const QString line = W3cLog::format(e);
        const QStringList values = line.split(QLatin1Char(' '));
        QCOMPARE(values.size(), Fields.size());
        for (const QString &name :
             {QStringLiteral("s-ip"), QStringLiteral("cs-method"), QStringLiteral("cs-uri-stem"),
              QStringLiteral("cs-uri-query"), QStringLiteral("cs-username"), QStringLiteral("c-ip"),
              QStringLiteral("cs(User-Agent)")})
            QCOMPARE(fieldAt(line, name), QStringLiteral("-"));
        // Numbers are numbers, even when zero.
        QCOMPARE(fieldAt(line, QStringLiteral("s-port")), QStringLiteral("0"));
        QCOMPARE(fieldAt(line, QStringLiteral("sc-status")), QStringLiteral("0"));
        QCOMPARE(fieldAt(line, QStringLiteral("sc-substatus")), QStringLiteral("0"));
        QCOMPARE(fieldAt(line, QStringLiteral("sc-win32-status")), QStringLiteral("0"));
    }

    void anAnonymousRequestHasADashForTheUser()
    {
        W3cEntry e = frankSignsOn();
        e.username.clear();
        e.query.clear();
        const QString line = W3cLog::format(e);
        QCOMPARE(fieldAt(line, QStringLiteral("cs-username")), QStringLiteral("-"));
        QCOMPARE(fieldAt(line, QStringLiteral("cs-uri-query")), QStringLiteral("-"));
        QCOMPARE(fieldAt(line, QStringLiteral("c-ip")), QStringLiteral("192.0.2.7"));
    }

    void win32StatusIsWrittenInDecimal()
    {
        W3cEntry e = frankSignsOn();
        e.win32Status = 64; // ERROR_NETNAME_DELETED
        QCOMPARE(fieldAt(W3cLog::format(e), QStringLiteral("sc-win32-status")),
                 QStringLiteral("64"));
        e.win32Status = 1236; // ERROR_CONNECTION_ABORTED
        QCOMPARE(fieldAt(W3cLog::format(e), QStringLiteral("sc-win32-status")),
                 QStringLiteral("1236"));
    }

    void userAgentIsCutAt512Characters()
    {
        W3cEntry e = frankSignsOn();
        e.userAgent = QString(600, QLatin1Char('u'));
        const QString line = W3cLog::format(e);
        QCOMPARE(fieldAt(line, QStringLiteral("cs(User-Agent)")), QString(512, QLatin1Char('u')));
        QCOMPARE(line.split(QLatin1Char(' ')).size(), Fields.size());
    }

    void aNewFileStartsWithTheHeader()
    {
        const QString path = dir.filePath(QStringLiteral("new.log"));
        {
            W3cLog log;
            QString error;
            QVERIFY2(log.open(path, &error), qPrintable(error));
            log.write(frankSignsOn());
            W3cEntry second = frankSignsOn();
            second.username = QStringLiteral("rich");
            log.write(second);
        }
        const QStringList lines = readLines(path);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.mid(0, 3).join(QLatin1Char('\n')) + QLatin1Char('\n'), W3cLog::header());
        QCOMPARE(fieldAt(lines.at(3), QStringLiteral("cs-username")), QStringLiteral("frank"));
        QCOMPARE(fieldAt(lines.at(4), QStringLiteral("cs-username")), QStringLiteral("rich"));
    }

    void anExistingFileIsAppendedToWithoutASecondHeader()
    {
        const QString path = dir.filePath(QStringLiteral("append.log"));
        for (int run = 0; run < 2; ++run) {
            W3cLog log;
            QString error;
            QVERIFY2(log.open(path, &error), qPrintable(error));
            log.write(frankSignsOn());
        }
        const QStringList lines = readLines(path);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.filter(QStringLiteral("#Fields:")).size(), 1);
    }

    void anEmptyExistingFileGetsTheHeader()
    {
        const QString path = dir.filePath(QStringLiteral("empty.log"));
        QFile touch(path);
        QVERIFY(touch.open(QIODevice::WriteOnly));
        touch.close();
        W3cLog log;
        QString error;
        QVERIFY(log.open(path, &error));
        log.write(frankSignsOn());
        QCOMPARE(readLines(path).size(), 4);
    }

    void aFileThatCannotBeOpenedIsNamedInTheError()
    {
        const QString path = dir.filePath(QStringLiteral("no/such/folder/w3c.log"));
        W3cLog log;
        QString error;
        QVERIFY(!log.open(path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        log.write(frankSignsOn()); // still kept in memory, nothing crashes
        QCOMPARE(log.recent().size(), 1);
    }

    void withoutAFileLinesAreKeptInMemory()
    {
        W3cLog log;
        QString error;
        QVERIFY(log.open(QString(), &error));
        QVERIFY(error.isEmpty());
        log.write(frankSignsOn());
        QCOMPARE(log.recent().size(), 1);
        QCOMPARE(fieldAt(log.recent().first(), QStringLiteral("cs-username")),
                 QStringLiteral("frank"));
    }

    void memoryKeepsTheLastThousandLines()
    {
        W3cLog log;
        for (int i = 0; i < 1005; ++i) {
            W3cEntry e = frankSignsOn();
            e.serverPort = i;
            log.write(e);
        }
        QCOMPARE(log.recent().size(), 1000);
        QCOMPARE(fieldAt(log.recent().first(), QStringLiteral("s-port")), QStringLiteral("5"));
        QCOMPARE(fieldAt(log.recent().last(), QStringLiteral("s-port")), QStringLiteral("1004"));
    }
};

QTEST_GUILESS_MAIN(TestW3cLog)
#include "TestW3cLog.moc"
