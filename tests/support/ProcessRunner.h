// Runs a real program (the CLI, curl, openssl, python3) to its end and collects its exit
// code and output. The wait keeps this thread's event loop running, so a server the test
// hosts in-process goes on serving the program meanwhile.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace trustdesk::test {

struct ProcessResult
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

inline ProcessResult runProcess(const QString &program, const QStringList &args,
                                const QByteArray &input = QByteArray(), int timeoutMs = 120000)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace trustdesk::test
