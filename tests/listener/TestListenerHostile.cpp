// The test listener against hostile clients (tests/listener/hostile_clients.py, curl and
// sockets of the test's own): clients that send without reading, trickle a byte at a time,
// connect and vanish, or send garbage; more connections than the cap; symbolic links out of
// a user's folder; plaintext injected after AUTH TLS; pipelined passwords and guessing; a
// store that refuses writes; a long download read slowly. The listener runs in this
// process, so its memory is this process's: each test checks what it must not lose
// (memory, the connection count, files outside the folders) and ends with honest sign-ons.
#include "TestListener.h"
#include "demo/DemoStore.h"
#include "store/Store.h"
#include "support/ProcessRunner.h"
#include "x509/CertificateLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace trustdesk;
using namespace trustdesk::test;

using Result = trustdesk::test::ProcessResult;

namespace {

// Under AddressSanitizer freed memory waits in a quarantine (256 MB by default) and every
// allocation has shadow memory: the process's size says nothing of the listener's buffers
// there, so the memory bounds are checked in ordinary builds only.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool MemoryIsMeasurable = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool MemoryIsMeasurable = false;
#else
constexpr bool MemoryIsMeasurable = true;
#endif
#else
constexpr bool MemoryIsMeasurable = true;
#endif

} // namespace

class TestListenerHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_org = 0;
    std::unique_ptr<TestListener> m_listener;
    QString m_root;
    int m_counter = 0;
    QList<QProcess *> m_processes; // started by a test, ended by cleanup()
    // Sampled while a test runs: this process's memory, and the listener's connections.
    QTimer m_sampler;
    qint64 m_peakRssKb = 0;
    int m_fewestConnections = 0;
    int m_mostConnections = 0;

    static qint64 rssKb()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        return 0;
    }
    void sample()
    {
        m_peakRssKb = qMax(m_peakRssKb, rssKb());
        m_fewestConnections = qMin(m_fewestConnections, m_listener->connections());
        m_mostConnections = qMax(m_mostConnections, m_listener->connections());
    }
    // Memory and connections from now on.
    qint64 resetSamples()
    {
        m_peakRssKb = 0;
        m_fewestConnections = m_mostConnections = m_listener->connections();
        sample();
        return m_peakRssKb;
    }

    QString pem() const { return m_dir.filePath(QStringLiteral("pem")); }
    QString home(const QString &user) const
    {
        return QDir(m_root).filePath(QStringLiteral("Default/") + user);
    }

    // Short timeouts where the tests wait for them (a test that waits for the request
    // deadline shortens it); long enough elsewhere that a loaded machine cannot make an
    // honest client look slow.
    ListenerConfig hostileConfig() const
    {
        ListenerConfig config;
        config.httpsPort = 0;
        config.ftpsPort = 0;
        config.ftpsImplicitPort = 0;
        config.ftpsRoot = m_root;
        config.idleTimeoutMs = 2000;
        config.requestTimeoutMs = 10000;
        config.handshakeTimeoutMs = 10000;
        return config;
    }
    void restart(const ListenerConfig &config)
    {
        QCOMPARE(
            m_listener->start(config, ServerIdentity::selfSigned(QDateTime::currentDateTimeUtc())),
            QString());
    }
    QStringList ports() const
    {
        return {QString::number(m_listener->httpsPort()), QString::number(m_listener->ftpsPort()),
                QString::number(m_listener->ftpsImplicitPort())};
    }

    Result clients(const QStringList &args, int timeoutMs = 120000)
    {
        return runProcess(QStringLiteral("python3"),
                          QStringList{QStringLiteral(TRUSTDESK_HOSTILE_CLIENTS), pem()} + args,
                          QByteArray(), timeoutMs);
    }
    QProcess *startClients(const QStringList &args)
    {
        auto *process = new QProcess(this);
        process->start(QStringLiteral("python3"),
                       QStringList{QStringLiteral(TRUSTDESK_HOSTILE_CLIENTS), pem()} + args);
        m_processes << process;
        return process;
    }
    static bool finished(QProcess *process) { return process->state() == QProcess::NotRunning; }
    static QByteArray output(QProcess *process)
    {
        return process->readAllStandardOutput() + process->readAllStandardError();
    }

    // The certificate and key of a demo PKCS#12, as PEM files for Python.
    void exportPem(const QString &name)
    {
        const LoadedCertificates loaded = CertificateLoader::loadFile(
            m_dir.filePath(QStringLiteral("certificates/%1.p12").arg(name)), QByteArray("demo"));
        QDir().mkpath(pem());
        QFile cert(QDir(pem()).filePath(name + QStringLiteral(".crt")));
        QVERIFY(cert.open(QIODevice::WriteOnly));
        for (const Certificate &c : loaded.certificates)
            cert.write(c.toPem().toLatin1());
        QFile key(QDir(pem()).filePath(name + QStringLiteral(".key")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(loaded.privateKey.toEncryptedPem("test-key"));
    }

    QStringList curlSignOn(const QString &user, const QString &password, const QString &p12)
    {
        const QString jar = m_dir.filePath(QStringLiteral("jar%1").arg(++m_counter));
        QStringList args{QStringLiteral("-sk"),
                         QStringLiteral("-L"),
                         QStringLiteral("-c"),
                         jar,
                         QStringLiteral("-b"),
                         jar,
                         QStringLiteral("-o"),
                         QStringLiteral("/dev/null"),
                         QStringLiteral("-w"),
                         QStringLiteral("%{http_code}"),
                         QStringLiteral("--data-urlencode"),
                         QStringLiteral("username=") + user,
                         QStringLiteral("--data-urlencode"),
                         QStringLiteral("password=") + password};
        if (!p12.isEmpty())
            args << QStringLiteral("--cert-type") << QStringLiteral("P12")
                 << QStringLiteral("--cert")
                 << m_dir.filePath(QStringLiteral("certificates/%1.p12:demo").arg(p12));
        args << QStringLiteral("https://127.0.0.1:%1/machine.aspx").arg(m_listener->httpsPort());
        return args;
    }
    // The HTTP status of a sign-on through /machine.aspx and, when the policy asks, the
    // certificate gateway.
    int httpsSignOn(const QString &user, const QString &password, const QString &p12 = QString())
    {
        return runProcess(QStringLiteral("curl"), curlSignOn(user, password, p12), QByteArray(),
                          60000)
            .out.toInt();
    }

    // What every test ends with: the listener still serves both protocols.
    void honestSignOns()
    {
        QCOMPARE(httpsSignOn(QStringLiteral("frank"), QString(), QStringLiteral("frank")), 200);
        const Result ftps = clients(
            {QStringLiteral("honest"), ports().at(1), QStringLiteral("2"), QStringLiteral("both")});
        QVERIFY2(ftps.out.count("ok ") == 2, ftps.out + ftps.err);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = Store::openSqlite(m_dir.filePath(QStringLiteral("trustdesk.db")));
        m_org = m_store->organisations().create(QStringLiteral("Default")).id;
        DemoStore::populate(*m_store, m_org, m_dir.filePath(QStringLiteral("certificates")),
                            QDateTime::currentDateTimeUtc());
        for (const QString &name :
             {QStringLiteral("gus"), QStringLiteral("frank"), QStringLiteral("lucy")})
            exportPem(name);
        // Gus renewed his certificate and the administrator accepted the new thumbprint:
        // gus (FTPS policy certificate) signs on with it and nothing else. Vera, also
        // certificate-only, is given the same one, for a second user in one session.
        const LoadedCertificates gus = CertificateLoader::loadFile(
            m_dir.filePath(QStringLiteral("certificates/gus.p12")), QByteArray("demo"));
        for (const QString &user : {QStringLiteral("gus"), QStringLiteral("vera")}) {
            QCOMPARE(m_store->users().find(m_org, user)->ftpsPolicy, Policy::Certificate);
            m_store->users().addCredential(m_org, user, CredentialKind::Thumbprint,
                                           gus.certificates.first().thumbprint().key());
        }
        m_root = m_dir.filePath(QStringLiteral("ftps-root"));
        m_listener = std::make_unique<TestListener>(*m_store, m_org);
        m_sampler.setInterval(20);
        connect(&m_sampler, &QTimer::timeout, this, &TestListenerHostile::sample);
    }

    void init()
    {
        restart(hostileConfig());
        resetSamples();
        m_sampler.start();
    }

    void cleanup()
    {
        QSqlQuery(m_store->database()).exec(QStringLiteral("DROP TRIGGER IF EXISTS refuse"));
        // Clients a failed test left running: told to stop, then ended (the listener keeps
        // serving them meanwhile).
        for (QProcess *process : std::as_const(m_processes))
            process->closeWriteChannel();
        const bool ended = QTest::qWaitFor(
            [this] { return std::all_of(m_processes.begin(), m_processes.end(), finished); },
            20000);
        for (QProcess *process : std::as_const(m_processes)) {
            if (!ended)
                process->kill();
            process->waitForFinished();
        }
        qDeleteAll(m_processes);
        m_processes.clear();
        // Every connection a test made is gone, counted down once each.
        QTRY_COMPARE_WITH_TIMEOUT(m_listener->connections(), 0, 30000);
        m_sampler.stop();
        QVERIFY2(m_fewestConnections >= 0, qPrintable(QString::number(m_fewestConnections)));
    }

    void nonReaders_doNotGrowMemory()
    {
        // The flooder lives until the idle timer ends it, not the sign-on deadline.
        ListenerConfig config = hostileConfig();
        config.requestTimeoutMs = 30000;
        restart(config);
        const qint64 before = resetSamples();
        // FEAT and NOOP in the clear, 30 MB offered, no reply read; and over HTTPS a
        // request followed by more bytes, no reply read.
        QProcess *ftps =
            startClients({QStringLiteral("flood-ftps"), ports().at(1), QStringLiteral("25")});
        QProcess *https =
            startClients({QStringLiteral("flood-https"), ports().at(0), QStringLiteral("25")});
        QTRY_VERIFY_WITH_TIMEOUT(ftps->canReadLine() && https->canReadLine(), 20000);
        QTest::qWait(1000); // let them push what they can
        honestSignOns();
        QTRY_VERIFY_WITH_TIMEOUT(finished(ftps) && finished(https), 60000);
        const QByteArray ftpsOut = output(ftps);
        const QByteArray httpsOut = output(https);
        const qint64 growthKb = m_peakRssKb - before;
        QVERIFY2(!MemoryIsMeasurable || growthKb < 50 * 1024,
                 qPrintable(QStringLiteral("RSS grew by %1 kB; %2 %3")
                                .arg(growthKb)
                                .arg(QString::fromLatin1(ftpsOut))
                                .arg(QString::fromLatin1(httpsOut))));
        // Neither was kept for ever: the listener closed both (idle, then the answer).
        QVERIFY2(ftpsOut.contains("ended closed"), ftpsOut.constData());
        QVERIFY2(httpsOut.contains("ended closed"), httpsOut.constData());
        honestSignOns();
    }

    void tricklers_areCutAtTheRequestDeadline()
    {
        // A byte every 200 ms keeps the idle timer (2 s) from firing, and a NOOP every
        // 500 ms too; the whole-request deadline (3 s) ends them, long before they give up.
        ListenerConfig config = hostileConfig();
        config.requestTimeoutMs = 3000;
        restart(config);
        QProcess *https = startClients({QStringLiteral("trickle-https"), ports().at(0),
                                        QStringLiteral("0.2"), QStringLiteral("40")});
        QProcess *ftps = startClients({QStringLiteral("trickle-ftps"), ports().at(1),
                                       QStringLiteral("0.5"), QStringLiteral("40")});
        honestSignOns();
        QTRY_VERIFY_WITH_TIMEOUT(finished(https) && finished(ftps), 60000);
        const QByteArray httpsOut = output(https);
        const QByteArray ftpsOut = output(ftps);
        QVERIFY2(httpsOut.contains("\nclosed "), httpsOut.constData());
        QVERIFY2(httpsOut.startsWith("heard -\n") ||
                     httpsOut.startsWith("heard HTTP/1.1 408 Request Timeout\n"),
                 httpsOut.constData());
        QVERIFY2(ftpsOut.contains("\nclosed "), ftpsOut.constData());
        QVERIFY2(ftpsOut.contains("reply 421 Sign-on took too long"), ftpsOut.constData());
        // The NOOPs were answered until then: it was the deadline, not idleness.
        QVERIFY2(!ftpsOut.contains("noops 0\n"), ftpsOut.constData());
        honestSignOns();
    }

    void churn_theCounterReturnsToZero()
    {
        // Long timeouts: only the clients' going can bring the count down here.
        ListenerConfig config = hostileConfig();
        config.idleTimeoutMs = config.requestTimeoutMs = config.handshakeTimeoutMs = 60000;
        restart(config);
        resetSamples();
        const Result churn = clients(QStringList{QStringLiteral("churn")} + ports() +
                                     QStringList{QStringLiteral("50")});
        QVERIFY2(churn.out.startsWith("churned 110"), churn.out + churn.err);
        QTRY_COMPARE_WITH_TIMEOUT(m_listener->connections(), 0, 20000);
        QTest::qWait(500);
        QCOMPARE(m_listener->connections(), 0);
        QVERIFY(m_fewestConnections >= 0);
        honestSignOns();
    }

    void connectionCap_refusesTheOneTooMany()
    {
        ListenerConfig config = hostileConfig();
        config.idleTimeoutMs = config.requestTimeoutMs = config.handshakeTimeoutMs = 60000;
        config.maxConnections = 5;
        restart(config);
        resetSamples();
        // Five open: three HTTPS (TCP only), two FTPS that had their greeting.
        QList<QTcpSocket *> open;
        for (int i = 0; i < 5; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost,
                                  i < 3 ? m_listener->httpsPort() : m_listener->ftpsPort());
            open << socket;
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_listener->connections(), 5, 10000);
        QTRY_VERIFY(open.at(3)->canReadLine() && open.at(4)->canReadLine());
        // One more on each port is closed at once, without a greeting.
        auto *https = new QTcpSocket(this);
        https->connectToHost(QHostAddress::LocalHost, m_listener->httpsPort());
        auto *ftps = new QTcpSocket(this);
        ftps->connectToHost(QHostAddress::LocalHost, m_listener->ftpsPort());
        auto *implicit = new QSslSocket(this);
        implicit->setPeerVerifyMode(QSslSocket::VerifyNone);
        implicit->connectToHostEncrypted(QStringLiteral("127.0.0.1"),
                                         m_listener->ftpsImplicitPort());
        QTRY_VERIFY_WITH_TIMEOUT(https->state() == QAbstractSocket::UnconnectedState &&
                                     ftps->state() == QAbstractSocket::UnconnectedState &&
                                     implicit->state() == QAbstractSocket::UnconnectedState,
                                 10000);
        QVERIFY(!ftps->readAll().contains("220"));
        QVERIFY(!implicit->readAll().contains("220"));
        QVERIFY(std::all_of(open.begin(), open.end(), [](QTcpSocket *s) {
            return s->state() == QAbstractSocket::ConnectedState;
        }));
        QCOMPARE(m_listener->connections(), 5);
        QCOMPARE(m_mostConnections, 5);
        // One goes, and there is room for one again.
        open.first()->abort();
        QTRY_COMPARE(m_listener->connections(), 4);
        delete open.takeFirst();
        auto *again = new QTcpSocket(this);
        again->connectToHost(QHostAddress::LocalHost, m_listener->ftpsPort());
        QTRY_VERIFY(again->canReadLine());
        QVERIFY(again->readLine().startsWith("220 "));
        QCOMPARE(m_listener->connections(), 5);
        open << again;
        for (QTcpSocket *socket : std::as_const(open))
            socket->abort();
        QTRY_COMPARE(m_listener->connections(), 0);
        qDeleteAll(open);
        delete https;
        delete ftps;
        delete implicit;
        honestSignOns();
    }

    void symbolicLinks_leadNowhereOutside()
    {
        // Links put into gus's folder by someone with access to the machine: to a folder
        // outside, to nothing outside, to a file outside, and to paula's folder.
        const QString outside = m_dir.filePath(QStringLiteral("outside"));
        QDir().mkpath(outside);
        QFile secret(QDir(outside).filePath(QStringLiteral("secret.txt")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("not for FTPS\n");
        secret.close();
        QDir().mkpath(home(QStringLiteral("paula")));
        QFile paulas(QDir(home(QStringLiteral("paula"))).filePath(QStringLiteral("paula.txt")));
        QVERIFY(paulas.open(QIODevice::WriteOnly));
        paulas.close();
        const QDir gus(home(QStringLiteral("gus")));
        QDir().mkpath(gus.path());
        const QString dangling = m_dir.filePath(QStringLiteral("dangling-target.txt"));
        QVERIFY(QFile::link(outside, gus.filePath(QStringLiteral("dirlink"))));
        QVERIFY(QFile::link(dangling, gus.filePath(QStringLiteral("dangling"))));
        QVERIFY(QFile::link(QDir(outside).filePath(QStringLiteral("secret.txt")),
                            gus.filePath(QStringLiteral("filelink"))));
        QVERIFY(QFile::link(QStringLiteral("../paula"), gus.filePath(QStringLiteral("peek"))));
        const Result r = runProcess(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral(R"(
import ftplib, io, ssl
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
ctx.load_cert_chain('PEM/gus.crt', 'PEM/gus.key', password='test-key')
f = ftplib.FTP_TLS(context=ctx, timeout=20)
f.connect('127.0.0.1', PORT)
f.auth()
print('USER', f.login('gus'))
f.prot_p()
def attempt(name, fn):
    try:
        print(name, fn())
    except ftplib.all_errors as e:
        print(name, 'ERR', e)
attempt('STOR dirlink/x.txt', lambda: f.storbinary('STOR dirlink/x.txt', io.BytesIO(b'x')))
attempt('STOR dirlink', lambda: f.storbinary('STOR dirlink', io.BytesIO(b'x')))
attempt('STOR dangling', lambda: f.storbinary('STOR dangling', io.BytesIO(b'x')))
attempt('STOR filelink', lambda: f.storbinary('STOR filelink', io.BytesIO(b'x')))
attempt('STOR peek/p.txt', lambda: f.storbinary('STOR peek/p.txt', io.BytesIO(b'x')))
attempt('RETR dirlink/secret.txt', lambda: f.retrbinary('RETR dirlink/secret.txt', print))
attempt('RETR filelink', lambda: f.retrbinary('RETR filelink', print))
attempt('SIZE dirlink/secret.txt', lambda: f.sendcmd('SIZE dirlink/secret.txt'))
attempt('SIZE filelink', lambda: f.sendcmd('SIZE filelink'))
attempt('LIST dirlink', lambda: f.retrlines('LIST dirlink', print))
attempt('NLST peek', lambda: f.retrlines('NLST peek', print))
attempt('CWD dirlink', lambda: f.sendcmd('CWD dirlink'))
attempt('CWD peek', lambda: f.sendcmd('CWD peek'))
attempt('DELE dirlink/secret.txt', lambda: f.sendcmd('DELE dirlink/secret.txt'))
attempt('DELE peek/paula.txt', lambda: f.sendcmd('DELE peek/paula.txt'))
attempt('DELE filelink', lambda: f.sendcmd('DELE filelink'))
print('NLST', sorted(f.nlst()))
print(f.quit())
)")
                 .replace(QStringLiteral("PEM"), pem())
                 .replace(QStringLiteral("PORT"), QString::number(m_listener->ftpsPort()))},
            QByteArray(), 60000);
        const QString out = QString::fromUtf8(r.out + r.err);
        QVERIFY2(r.out.contains("USER 230 User gus logged in."), qPrintable(out));
        QVERIFY2(r.out.contains("221 Goodbye."), qPrintable(out));
        // Through a link to a folder or file outside (or to another user's): refused.
        for (const char *command :
             {"STOR dirlink/x.txt ERR 55", "STOR dirlink ERR 55", "STOR filelink ERR 55",
              "STOR peek/p.txt ERR 55", "RETR dirlink/secret.txt ERR 550", "RETR filelink ERR 550",
              "SIZE dirlink/secret.txt ERR 550", "SIZE filelink ERR 550", "LIST dirlink ERR 550",
              "NLST peek ERR 550", "CWD dirlink ERR 550", "CWD peek ERR 550",
              "DELE dirlink/secret.txt ERR 550", "DELE peek/paula.txt ERR 550",
              "DELE filelink ERR 550"})
            QVERIFY2(r.out.contains(command),
                     qPrintable(QString::fromLatin1(command) + QLatin1Char('\n') + out));
        QVERIFY2(!r.out.contains("not for FTPS"), qPrintable(out));
        // Nothing was written, read or deleted outside gus's folder.
        QCOMPARE(QDir(outside).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("secret.txt")});
        QVERIFY(!QFileInfo::exists(dangling));
        QCOMPARE(QDir(home(QStringLiteral("paula")))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("paula.txt")});
        // The dangling link is refused, or replaced by a file inside the folder.
        const QFileInfo danglingLink(gus.filePath(QStringLiteral("dangling")));
        QVERIFY2(r.out.contains("STOR dangling ERR 55") ||
                     (danglingLink.isFile() && !danglingLink.isSymLink()),
                 qPrintable(out));
        // No temporary upload files were left behind either.
        QCOMPARE(gus.entryList({QStringLiteral(".upload-*")}, QDir::Hidden | QDir::Files),
                 QStringList());
        for (const QString &link : {QStringLiteral("dirlink"), QStringLiteral("dangling"),
                                    QStringLiteral("filelink"), QStringLiteral("peek")})
            QFile::remove(gus.filePath(link));
        honestSignOns();
    }

    void certificateOnlyUser_andASecondUserInTheSameSession()
    {
        const Result r = runProcess(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral(R"(
import ftplib, io, ssl
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
ctx.load_cert_chain('PEM/gus.crt', 'PEM/gus.key', password='test-key')
f = ftplib.FTP_TLS(context=ctx, timeout=20)
f.connect('127.0.0.1', PORT)
f.auth()
def attempt(name, fn):
    try:
        print(name, fn())
    except ftplib.all_errors as e:
        print(name, 'ERR', e)
f.prot_p()
attempt('USER gus', lambda: f.sendcmd('USER gus'))
attempt('STOR gus', lambda: f.storbinary('STOR from-gus.txt', io.BytesIO(b'gus')))
attempt('NLST gus', lambda: sorted(f.nlst()))
attempt('USER vera', lambda: f.sendcmd('USER vera'))
attempt('NLST vera', lambda: sorted(f.nlst()))
attempt('RETR vera', lambda: f.retrbinary('RETR from-gus.txt', print))
attempt('STOR vera', lambda: f.storbinary('STOR from-vera.txt', io.BytesIO(b'vera')))
attempt('NLST vera', lambda: sorted(f.nlst()))
attempt('USER moveitfreelydemo', lambda: f.sendcmd('USER moveitfreelydemo'))
attempt('PWD after', lambda: f.sendcmd('PWD'))
attempt('SIZE after', lambda: f.sendcmd('SIZE from-vera.txt'))
attempt('NLST after', lambda: f.nlst())
attempt('USER paula', lambda: f.sendcmd('USER paula'))
attempt('RETR paula', lambda: f.retrbinary('RETR from-vera.txt', print))
attempt('USER gus', lambda: f.sendcmd('USER gus'))
attempt('NLST gus', lambda: sorted(f.nlst()))
print(f.quit())
)")
                 .replace(QStringLiteral("PEM"), pem())
                 .replace(QStringLiteral("PORT"), QString::number(m_listener->ftpsPort()))},
            QByteArray(), 60000);
        const QByteArray out = r.out + r.err;
        const QList<QByteArray> lines = r.out.split('\n');
        const auto line = [&lines](int i) { return QString::fromUtf8(lines.value(i)); };
        // Straight to 230 after USER, and the upload lands in root/Default/gus.
        QCOMPARE(line(0), QStringLiteral("USER gus 230 User gus logged in."));
        QCOMPARE(line(1), QStringLiteral("STOR gus 226 Transfer complete."));
        QCOMPARE(line(2), QStringLiteral("NLST gus ['from-gus.txt']"));
        QVERIFY(QFile::exists(
            QDir(home(QStringLiteral("gus"))).filePath(QStringLiteral("from-gus.txt"))));
        // vera, in the same session: her folder, not gus's.
        QCOMPARE(line(3), QStringLiteral("USER vera 230 User vera logged in."));
        QCOMPARE(line(4), QStringLiteral("NLST vera []"));
        QCOMPARE(line(5), QStringLiteral("RETR vera ERR 550 No such file."));
        QCOMPARE(line(6), QStringLiteral("STOR vera 226 Transfer complete."));
        QCOMPARE(line(7), QStringLiteral("NLST vera ['from-vera.txt']"));
        QVERIFY(QFile::exists(
            QDir(home(QStringLiteral("vera"))).filePath(QStringLiteral("from-vera.txt"))));
        QVERIFY(!QFile::exists(
            QDir(home(QStringLiteral("gus"))).filePath(QStringLiteral("from-vera.txt"))));
        // A sign-on that fails keeps nothing of vera's.
        QCOMPARE(line(8), QStringLiteral("USER moveitfreelydemo ERR 530 Not logged in. Client "
                                         "Certificate is not registered."));
        QCOMPARE(line(9), QStringLiteral("PWD after ERR 530 Not logged in."));
        QCOMPARE(line(10), QStringLiteral("SIZE after ERR 530 Not logged in."));
        QCOMPARE(line(11), QStringLiteral("NLST after ERR 530 Not logged in."));
        QCOMPARE(line(12), QStringLiteral("USER paula 331 Password required for paula"));
        QCOMPARE(line(13), QStringLiteral("RETR paula ERR 530 Not logged in."));
        QCOMPARE(line(14), QStringLiteral("USER gus 230 User gus logged in."));
        QCOMPARE(line(15), QStringLiteral("NLST gus ['from-gus.txt']"));
        QVERIFY2(r.out.contains("221 Goodbye."), out.constData());
        honestSignOns();
    }

    void plaintextAfterAuthTls_isNotReadAsTls()
    {
        // CVE-2011-0411: "AUTH TLS\r\nNOOP\r\n" in one segment. The NOOP came in the clear;
        // answering it over TLS would let an attacker inject commands into the session.
        const Result r = clients({QStringLiteral("starttls-inject"), ports().at(1)});
        QVERIFY2(r.out.startsWith("clear 220 "), r.out + r.err);
        QVERIFY2(r.out.contains("\nclear 234 AUTH TLS OK.\ntls 200 PBSZ=0\n"
                                "tls 200 Protection level set to Private.\n"),
                 r.out + r.err);
        QVERIFY(!r.out.contains("NOOP"));
        honestSignOns();
    }

    void passwordChecks_doNotHoldUpOtherClients()
    {
        // A pipelines ten USER/PASS pairs, each a PBKDF2 of 600,000 rounds; B, right after,
        // sends a NOOP. Its answer comes before all of A's, so the hashing was elsewhere.
        ListenerConfig config = hostileConfig();
        config.requestTimeoutMs = 60000; // the hashing may be slow; no deadline is tested here
        restart(config);
        const Result r =
            clients({QStringLiteral("pipeline"), ports().at(1), QStringLiteral("10")}, 120000);
        QVERIFY2(r.out.contains("B 200 NOOP ok.\n"), r.out + r.err);
        QVERIFY2(r.out.contains("A signed on 10\n"), r.out + r.err);
        const int at = int(r.out.indexOf("A before B "));
        QVERIFY2(at >= 0, r.out + r.err);
        const int before = r.out.mid(at + 11).split('\n').first().toInt();
        QVERIFY2(before < 10, r.out.constData());
        honestSignOns();
    }

    void queuedPasswordChecks_areNotIdleness()
    {
        // Twenty-four sign-ons by password at once: the checks queue for the CPU, for longer
        // than the idle timeout (2 s). Waiting for the server is not the client being idle.
        ListenerConfig config = hostileConfig();
        config.requestTimeoutMs = config.handshakeTimeoutMs = 60000;
        restart(config);
        QList<QProcess *> curls;
        for (int i = 0; i < 12; ++i) {
            auto *curl = new QProcess(this);
            curl->start(QStringLiteral("curl"),
                        curlSignOn(QStringLiteral("paula"), QStringLiteral("paula-demo"), {}));
            curls << curl;
            m_processes << curl;
        }
        const Result ftps = clients({QStringLiteral("honest"), ports().at(1), QStringLiteral("12"),
                                     QStringLiteral("password")});
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(curls.begin(), curls.end(), finished), 120000);
        QVERIFY2(ftps.out.count("ok ") == 12, ftps.out + ftps.err);
        for (QProcess *curl : std::as_const(curls)) {
            const QByteArray status = curl->readAllStandardOutput();
            QVERIFY2(status == "200", status + curl->readAllStandardError());
        }
        honestSignOns();
    }

    void failedPasswords_pauseTheAddress_andUnknownUsersLookTheSame()
    {
        // Six checks in one session before it signs on: no sign-on deadline is tested here.
        ListenerConfig config = hostileConfig();
        config.requestTimeoutMs = 60000;
        restart(config);
        // From 127.0.0.2 only, so that the pause does not stop the other tests' sign-ons.
        const Result r = clients({QStringLiteral("throttle"), ports().at(1),
                                  QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.3")});
        const QString out = QString::fromUtf8(r.out + r.err);
        QVERIFY2(r.out.contains("frank USER 331 Password required for frank\n"), qPrintable(out));
        QVERIFY2(r.out.contains("frank PASS ERR 530 Not logged in.\n"), qPrintable(out));
        // An unknown username hears exactly what a wrong password hears.
        QVERIFY2(r.out.contains("unknown USER 331 Password required for nobody-at-all\n"),
                 qPrintable(out));
        QVERIFY2(r.out.contains("unknown PASS ERR 530 Not logged in.\n"), qPrintable(out));
        // After five failures from the address, even the right password is refused for now.
        QVERIFY2(r.out.contains("paula USER 331 Password required for paula\n"), qPrintable(out));
        QVERIFY2(r.out.contains("paula PASS ERR 530 Not logged in: too many failed sign-ons; "
                                "try again in "),
                 qPrintable(out));
        // Another address, and the same user, are not held back.
        QVERIFY2(r.out.contains("elsewhere 230 User paula logged in.\n"), qPrintable(out));
        honestSignOns();
    }

    void storeFailure_endsOneAttempt_notTheListener()
    {
        // Attempts that would add to the holding tank: Lucy's certificate connects but is
        // not accepted for frank (HTTPS) or moveitfreelydemo (FTPS).
        for (const QString &user : {QStringLiteral("frank"), QStringLiteral("moveitfreelydemo")})
            m_store->tank().purge(m_org, user, QDateTime());
        QSqlQuery sql(m_store->database());
        QVERIFY(sql.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON tank BEGIN "
                                        "SELECT RAISE(ABORT, 'disk full'); END")));
        // Each protocol says why its attempt failed, once.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^HTTPS: .*disk full")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^FTPS: .*disk full")));
        QCOMPARE(httpsSignOn(QStringLiteral("frank"), QString(), QStringLiteral("lucy")), 503);
        const QString script =
            QStringLiteral(R"(
import ftplib, ssl
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
ctx.load_cert_chain('PEM/lucy.crt', 'PEM/lucy.key', password='test-key')
f = ftplib.FTP_TLS(context=ctx, timeout=20)
f.connect('127.0.0.1', PORT)
f.auth()
try:
    print(f.sendcmd('USER moveitfreelydemo'))
except ftplib.all_errors as e:
    print('ERR', e)
)")
                .replace(QStringLiteral("PEM"), pem())
                .replace(QStringLiteral("PORT"), QString::number(m_listener->ftpsPort()));
        const Result refused =
            runProcess(QStringLiteral("python3"), {QStringLiteral("-c"), script}, {}, 60000);
        QVERIFY2(refused.out.startsWith("ERR 421 Service not available"),
                 refused.out + refused.err);
        QCOMPARE(m_store->tank().entries(m_org, QStringLiteral("frank")).size(), 0);
        // Sign-ons that write nothing go on meanwhile, on both protocols.
        honestSignOns();
        QCOMPARE(httpsSignOn(QStringLiteral("paula"), QStringLiteral("paula-demo")), 200);
        // And once the store takes writes again, so do the attempts.
        QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER refuse")));
        QCOMPARE(httpsSignOn(QStringLiteral("frank"), QString(), QStringLiteral("lucy")), 401);
        const Result recorded =
            runProcess(QStringLiteral("python3"), {QStringLiteral("-c"), script}, {}, 60000);
        QVERIFY2(recorded.out.startsWith("ERR 530 Not logged in. Client Certificate is not "
                                         "registered."),
                 recorded.out + recorded.err);
        QCOMPARE(m_store->tank().entries(m_org, QStringLiteral("frank")).size(), 2);
        QCOMPARE(m_store->tank().entries(m_org, QStringLiteral("moveitfreelydemo")).size(), 2);
        honestSignOns();
    }

    void longDownload_isStreamed_andOutlivesTheIdleTimer()
    {
        // 64 MB in gus's folder, made a megabyte at a time.
        constexpr qint64 Size = 64 * 1024 * 1024;
        QDir().mkpath(home(QStringLiteral("gus")));
        QFile file(QDir(home(QStringLiteral("gus"))).filePath(QStringLiteral("big.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCryptographicHash sha(QCryptographicHash::Sha256);
        QRandomGenerator random(2026);
        for (int i = 0; i < 64; ++i) {
            QByteArray chunk(1024 * 1024, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            sha.addData(chunk);
            QCOMPARE(file.write(chunk), chunk.size());
        }
        file.close();
        // The data connection ends when nothing moves for the idle timeout, so the pause
        // (3 s) stays below it (6 s); the transfer as a whole lasts longer (9 s), and the
        // control connection is silent all along.
        ListenerConfig config = hostileConfig();
        config.idleTimeoutMs = 6000;
        restart(config);
        const qint64 before = resetSamples();
        const Result r =
            clients({QStringLiteral("download"), ports().at(1), QStringLiteral("big.bin"),
                     QString::number(Size), QStringLiteral("3"), QStringLiteral("9")});
        const QByteArray out = r.out + r.err;
        QVERIFY2(r.out.contains("received " + QByteArray::number(Size) + '\n'), out.constData());
        QVERIFY2(r.out.contains("sha256 " + sha.result().toHex() + '\n'), out.constData());
        QVERIFY2(r.out.contains("reply 226 Transfer complete.\n"), out.constData());
        QVERIFY2(r.out.contains("after 200 NOOP ok.\n"), out.constData());
        // Never more than a window of it in memory, though the client read nothing for 3 s.
        const qint64 growthKb = m_peakRssKb - before;
        QVERIFY2(!MemoryIsMeasurable || growthKb < 24 * 1024,
                 qPrintable(QStringLiteral("RSS grew by %1 kB").arg(growthKb)));
        QFile::remove(file.fileName());
        honestSignOns();
    }

    void mixedHostileLoad_honestSignOnsAllSucceed()
    {
        // Twenty non-readers, twenty tricklers, a connect-and-vanish churn and garbage on
        // every port, all at once; meanwhile 64 honest sign-ons. Timeouts as for a slow
        // machine, so that only the listener's own behaviour can fail an honest client.
        ListenerConfig config = hostileConfig();
        config.idleTimeoutMs = 5000;
        config.requestTimeoutMs = 20000;
        config.handshakeTimeoutMs = 20000;
        restart(config);
        const qint64 before = resetSamples();
        QProcess *hostile = startClients(QStringList{QStringLiteral("mixed")} + ports());
        QTRY_VERIFY_WITH_TIMEOUT(hostile->canReadLine(), 20000);
        QVERIFY(hostile->readLine().startsWith("started "));
        QTest::qWait(2000); // the load builds up
        QList<QProcess *> curls;
        for (int i = 0; i < 32; ++i) {
            auto *curl = new QProcess(this);
            curl->start(QStringLiteral("curl"),
                        curlSignOn(QStringLiteral("frank"), QString(), QStringLiteral("frank")));
            curls << curl;
            m_processes << curl;
        }
        QProcess *ftps = startClients({QStringLiteral("honest"), ports().at(1),
                                       QStringLiteral("32"), QStringLiteral("both")});
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(curls.begin(), curls.end(), finished) && finished(ftps), 180000);
        hostile->closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(finished(hostile), 60000);
        const QByteArray load = output(hostile);
        for (QProcess *curl : std::as_const(curls)) {
            const QByteArray status = curl->readAllStandardOutput();
            QVERIFY2(status == "200", status + curl->readAllStandardError() + load);
        }
        const QByteArray honest = output(ftps);
        QVERIFY2(honest.count("ok ") == 32, honest + load);
        const qint64 growthKb = m_peakRssKb - before;
        QVERIFY2(!MemoryIsMeasurable || (m_peakRssKb < 200 * 1024 && growthKb < 150 * 1024),
                 qPrintable(QStringLiteral("RSS %1 kB at most, grew by %2 kB; %3")
                                .arg(m_peakRssKb)
                                .arg(growthKb)
                                .arg(QString::fromLatin1(load))));
        honestSignOns();
    }
};

QTEST_GUILESS_MAIN(TestListenerHostile)
#include "TestListenerHostile.moc"
