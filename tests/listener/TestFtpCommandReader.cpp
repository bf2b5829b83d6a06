// The FTP control channel's command framing: verbs and arguments, any chunking, and the
// line bound that keeps a client from growing the buffer.
#include "FtpCommandReader.h"

#include <QTest>

using namespace trustdesk;

class TestFtpCommandReader : public QObject
{
    Q_OBJECT

    static QList<FtpCommandReader::Command> readAll(FtpCommandReader &reader)
    {
        QList<FtpCommandReader::Command> out;
        FtpCommandReader::Command command;
        while (reader.next(&command) == FtpCommandReader::State::Ready)
            out << command;
        return out;
    }

private slots:
    void verbIsUpperCasedAndTheArgumentKeptAsSent()
    {
        FtpCommandReader reader;
        reader.append("user Frank Fuller\r\n");
        FtpCommandReader::Command command;
        QCOMPARE(reader.next(&command), FtpCommandReader::State::Ready);
        QCOMPARE(command.verb, QByteArray("USER"));
        QCOMPARE(command.argument, QStringLiteral("Frank Fuller"));
        QCOMPARE(reader.next(&command), FtpCommandReader::State::NeedMore);
    }

    void aCommandWithoutArgumentHasAnEmptyOne()
    {
        FtpCommandReader reader;
        reader.append("PASV\r\n");
        FtpCommandReader::Command command;
        QCOMPARE(reader.next(&command), FtpCommandReader::State::Ready);
        QCOMPARE(command.verb, QByteArray("PASV"));
        QVERIFY(command.argument.isEmpty());
    }

    void bareLfEndsALineToo()
    {
        FtpCommandReader reader;
        reader.append("NOOP\nQUIT\n");
        const auto commands = readAll(reader);
        QCOMPARE(commands.size(), 2);
        QCOMPARE(commands.at(1).verb, QByteArray("QUIT"));
    }

    void pipelinedCommandsComeOutInOrder()
    {
        FtpCommandReader reader;
        reader.append("USER a\r\nPASS b\r\nPWD\r\n");
        const auto commands = readAll(reader);
        QCOMPARE(commands.size(), 3);
        QCOMPARE(commands.at(0).verb, QByteArray("USER"));
        QCOMPARE(commands.at(1).argument, QStringLiteral("b"));
        QCOMPARE(commands.at(2).verb, QByteArray("PWD"));
        QCOMPARE(reader.pending(), 0);
    }

    void byteByByteGivesTheSameCommands()
    {
        const QByteArray input = "USER frank\r\nCWD /a b/c\r\nSTOR x.txt\r\n";
        FtpCommandReader whole;
        whole.append(input);
        const auto expected = readAll(whole);
        FtpCommandReader trickle;
        QList<FtpCommandReader::Command> got;
        for (const char byte : input) {
            trickle.append(QByteArray(1, byte));
            got << readAll(trickle);
        }
        QCOMPARE(got.size(), expected.size());
        for (int i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).verb, expected.at(i).verb);
            QCOMPARE(got.at(i).argument, expected.at(i).argument);
        }
    }

    void anUnfinishedLineOverTheBoundIsTooLong()
    {
        FtpCommandReader reader;
        reader.append(QByteArray(FtpCommandReader::MaxLine + 1, 'A'));
        FtpCommandReader::Command command;
        QCOMPARE(reader.next(&command), FtpCommandReader::State::TooLong);
    }

    void aFinishedLineOverTheBoundIsTooLong()
    {
        FtpCommandReader reader;
        reader.append("STOR " + QByteArray(FtpCommandReader::MaxLine, 'x') + "\r\n");
        FtpCommandReader::Command command;
        QCOMPARE(reader.next(&command), FtpCommandReader::State::TooLong);
    }

    void aLineAtTheBoundIsRead()
    {
        FtpCommandReader reader;
        reader.append("STOR " + QByteArray(FtpCommandReader::MaxLine - 6, 'x') + "\r\n");
        FtpCommandReader::Command command;
        QCOMPARE(reader.next(&command), FtpCommandReader::State::Ready);
        QCOMPARE(command.argument.size(), FtpCommandReader::MaxLine - 6);
    }

    void bytesAfterTheLastLineStayPending()
    {
        // After AUTH TLS the session stops reading commands: what follows is not ours.
        FtpCommandReader reader;
        reader.append("AUTH TLS\r\n\x16\x03\x01");
        FtpCommandReader::Command command;
        QCOMPARE(reader.next(&command), FtpCommandReader::State::Ready);
        QCOMPARE(command.verb, QByteArray("AUTH"));
        QCOMPARE(reader.pending(), 3);
    }

    void invalidUtf8InTheArgumentDoesNotBreakTheReader()
    {
        FtpCommandReader reader;
        reader.append("CWD \xff\xfe\r\nNOOP\r\n");
        const auto commands = readAll(reader);
        QCOMPARE(commands.size(), 2);
        QCOMPARE(commands.at(1).verb, QByteArray("NOOP"));
    }
};

QTEST_GUILESS_MAIN(TestFtpCommandReader)
#include "TestFtpCommandReader.moc"
