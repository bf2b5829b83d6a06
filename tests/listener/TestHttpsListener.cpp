// The HTTPS test listener driven by real clients: curl (with and without a client
// certificate, wrong passwords, untrusted and expired certificates, every site mode),
// openssl s_client (the handshake asks for a client certificate), the W3C log, the
// holding tank filled as the server would, hostile and idle connections that must not
// stop it serving others, and `trustdesk-cli listen` stopped by SIGTERM.
#include "TestListener.h"
#include "demo/DemoStore.h"
#include "services/TankAcceptanceService.h"
#include "store/Store.h"
#include "support/ProcessRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace trustdesk;
using namespace trustdesk::test;

using Result = trustdesk::test::ProcessResult;

class TestHttpsListener : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_org = 0;
    std::unique_ptr<TestListener> m_listener;
    QString m_log;
    int m_counter = 0;

    QString certificate(const QString &name) const
    {
        return m_dir.filePath(QStringLiteral("certificates/") + name);
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(m_listener->httpsPort()).arg(path);
    }

    // Runs a client while the listener, on this thread, keeps serving.
    static Result run(const QString &program, const QStringList &args,
                      const QByteArray &input = QByteArray())
    {
        return runProcess(program, args, input, 60000);
    }

    // Signs on through /machine.aspx as a non-browser client would, following the 302 to
    // the certificate gateway with the session cookie. Returns "STATUS BODY".
    Result signOn(const QString &user, const QString &password, const QString &p12 = QString())
    {
        const QString jar = m_dir.filePath(QStringLiteral("jar%1").arg(++m_counter));
        QStringList args{QStringLiteral("-sk"),
                         QStringLiteral("-L"),
                         QStringLiteral("-c"),
                         jar,
                         QStringLiteral("-b"),
                         jar,
                         QStringLiteral("-w"),
                         QStringLiteral("\n%{http_code}"),
                         QStringLiteral("--data-urlencode"),
                         QStringLiteral("username=") + user,
                         QStringLiteral("--data-urlencode"),
                         QStringLiteral("password=") + password};
        if (!p12.isEmpty())
            args << QStringLiteral("--cert-type") << QStringLiteral("P12")
                 << QStringLiteral("--cert") << certificate(p12) + QStringLiteral(":demo");
        args << url(QStringLiteral("/machine.aspx"));
        return run(QStringLiteral("curl"), args);
    }
    static int status(const Result &r) { return r.out.mid(r.out.lastIndexOf('\n') + 1).toInt(); }

    QString lastLogLine() const
    {
        return m_listener->log().recent().value(m_listener->log().recent().size() - 1);
    }

    // Short timeouts only where a test waits for them: a loaded machine must not make a
    // slow but honest client look idle.
    void restart(SiteMode mode, int idleTimeoutMs = 60000)
    {
        ListenerConfig config;
        config.siteMode = mode;
        config.logPath = m_log;
        config.idleTimeoutMs = idleTimeoutMs;
        config.handshakeTimeoutMs = 60000;
        QCOMPARE(
            m_listener->start(config, ServerIdentity::selfSigned(QDateTime::currentDateTimeUtc())),
            QString());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = Store::openSqlite(m_dir.filePath(QStringLiteral("trustdesk.db")));
        m_org = m_store->organisations().create(QStringLiteral("Default")).id;
        DemoStore::populate(*m_store, m_org, m_dir.filePath(QStringLiteral("certificates")),
                            QDateTime::currentDateTimeUtc());
        m_log = m_dir.filePath(QStringLiteral("w3c.log"));
        m_listener = std::make_unique<TestListener>(*m_store, m_org);
        restart(SiteMode::AcceptOnGateways);
        QVERIFY(m_listener->httpsPort() > 0);
    }

    void init() { restart(SiteMode::AcceptOnGateways); }

    void bindsToLoopbackByDefault()
    {
        QCOMPARE(ListenerConfig().bind, QHostAddress(QHostAddress::LocalHost));
    }

    void signOnPage()
    {
        const Result page = run(QStringLiteral("curl"), {QStringLiteral("-sk"), url("/")});
        QCOMPARE(page.code, 0);
        QVERIFY(page.out.contains("action='/human.aspx'"));
    }

    void passwordPolicy()
    {
        const Result ok = signOn(QStringLiteral("paula"), QStringLiteral("paula-demo"));
        QCOMPARE(status(ok), 200);
        QVERIFY(ok.out.contains("Signed on as <b>paula</b> by password"));
        const Result wrong = signOn(QStringLiteral("paula"), QStringLiteral("nope"));
        QCOMPARE(status(wrong), 401);
        QVERIFY2(lastLogLine().endsWith(QStringLiteral(" 401 1 0")), qPrintable(lastLogLine()));
        const Result unknown = signOn(QStringLiteral("nobody"), QStringLiteral("x"));
        QCOMPARE(status(unknown), 401);
    }

    void certificateSignOn_A2()
    {
        const int tankBefore = int(m_store->tank().entries(m_org).size());
        const Result ok = signOn(QStringLiteral("frank"), QString(), QStringLiteral("frank.p12"));
        QCOMPARE(status(ok), 200);
        QVERIFY2(ok.out.contains("Signed on as <b>frank</b> by client certificate (C2, A2)"),
                 ok.out.constData());
        QCOMPARE(int(m_store->tank().entries(m_org).size()), tankBefore); // success adds nothing
        // The log names the gateway, with the one-time token hidden.
        QVERIFY(lastLogLine().contains(QStringLiteral("/machinecc.aspx token=(hidden)")));
        QVERIFY(lastLogLine().endsWith(QStringLiteral(" 200 0 0")));
    }

    void certificateRequired_403_7()
    {
        const Result none = signOn(QStringLiteral("frank"), QString());
        QCOMPARE(status(none), 403);
        QVERIFY(lastLogLine().endsWith(QStringLiteral(" 403 7 0")));
    }

    void unregisteredCertificate_401_3_fillsTheTank()
    {
        m_store->tank().purge(m_org, QStringLiteral("frank"), QDateTime());
        const Result lucy = signOn(QStringLiteral("frank"), QString(), QStringLiteral("lucy.p12"));
        QCOMPARE(status(lucy), 401);
        QVERIFY(lastLogLine().endsWith(QStringLiteral(" 401 3 0")));
        const QList<TankEntry> tank = m_store->tank().entries(m_org, QStringLiteral("frank"));
        QCOMPARE(tank.size(), 2);
        QCOMPARE(tank.first().interface, Interface::Https);
        QCOMPARE(tank.first().clientAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(tank.first().certificate.displayName(), QStringLiteral("Lucy"));
        // Accept the CN, and the same certificate signs on.
        for (const TankEntry &entry : tank)
            if (entry.kind == CredentialKind::CommonName)
                TankAcceptanceService(*m_store, m_org).accept(entry.id, false);
        QCOMPARE(status(signOn(QStringLiteral("frank"), QString(), QStringLiteral("lucy.p12"))),
                 200);
    }

    void untrustedAndExpired_403_16_and_17()
    {
        QCOMPARE(status(signOn(QStringLiteral("frank"), QString(), QStringLiteral("stranger.p12"))),
                 403);
        QVERIFY(lastLogLine().endsWith(QStringLiteral(" 403 16 0")));
        QCOMPARE(
            status(signOn(QStringLiteral("frank"), QString(), QStringLiteral("frank-expired.p12"))),
            403);
        QVERIFY2(lastLogLine().endsWith(QStringLiteral(" 403 17 0")), qPrintable(lastLogLine()));
    }

    void passwordAndCertificate_needsBoth()
    {
        // moveitfreelydemo: HTTPS is password only; make it two factors for this test.
        auto user = *m_store->users().find(m_org, QStringLiteral("rich"));
        QCOMPARE(user.httpsPolicy, Policy::Certificate);
        user.httpsPolicy = Policy::PasswordAndCertificate;
        m_store->users().update(m_org, user);
        QCOMPARE(status(signOn(QStringLiteral("rich"), QStringLiteral("wrong"),
                               QStringLiteral("rich-laptop.p12"))),
                 401);
        const Result both = signOn(QStringLiteral("rich"), QStringLiteral("rich-demo"),
                                   QStringLiteral("rich-laptop.p12"));
        QCOMPARE(status(both), 200);
        QVERIFY(both.out.contains("(C2, A1) and password"));
        user.httpsPolicy = Policy::Certificate;
        m_store->users().update(m_org, user);
    }

    void siteModes()
    {
        restart(SiteMode::RequireSiteWide);
        QCOMPARE(status(run(QStringLiteral("curl"), {QStringLiteral("-sk"), QStringLiteral("-w"),
                                                     QStringLiteral("\n%{http_code}"), url("/")})),
                 403);
        QVERIFY(lastLogLine().endsWith(QStringLiteral(" 403 7 0")));
        // Exception paths pass without one.
        QCOMPARE(status(run(QStringLiteral("curl"),
                            {QStringLiteral("-sk"), QStringLiteral("-w"),
                             QStringLiteral("\n%{http_code}"), url("/Images/logo.png")})),
                 404);
        QCOMPARE(status(signOn(QStringLiteral("frank"), QString(), QStringLiteral("frank.p12"))),
                 200);
        QCOMPARE(status(signOn(QStringLiteral("paula"), QStringLiteral("paula-demo"),
                               QStringLiteral("stranger.p12"))),
                 403);
        restart(SiteMode::Ignore);
        QCOMPARE(status(signOn(QStringLiteral("frank"), QString(), QStringLiteral("frank.p12"))),
                 403);
        QCOMPARE(status(signOn(QStringLiteral("paula"), QStringLiteral("paula-demo"))), 200);
    }

    void opensslSeesTheCertificateRequest()
    {
        const Result s = run(QStringLiteral("openssl"),
                             {QStringLiteral("s_client"), QStringLiteral("-connect"),
                              QStringLiteral("127.0.0.1:%1").arg(m_listener->httpsPort()),
                              QStringLiteral("-servername"), QStringLiteral("localhost"),
                              QStringLiteral("-ign_eof")},
                             "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QVERIFY2(s.out.contains("Client Certificate Types") ||
                     s.out.contains("client certificate CA names"),
                 s.out.left(2000).constData());
        QVERIFY(s.out.contains("subject=CN = localhost"));
        QVERIFY(s.out.contains("HTTP/1.1 200 OK"));
    }

    void hostileAndIdleClientsDoNotStopIt()
    {
        restart(SiteMode::AcceptOnGateways, 2000);
        // 50 idle TCP connections that never start TLS, 10 that send garbage, and 5 that
        // finish the handshake and then send nothing.
        QList<QTcpSocket *> sockets;
        for (int i = 0; i < 60; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, m_listener->httpsPort());
            sockets << socket;
        }
        QTRY_VERIFY(std::all_of(sockets.begin(), sockets.end(), [](QTcpSocket *s) {
            return s->state() == QAbstractSocket::ConnectedState;
        }));
        for (int i = 50; i < 60; ++i) {
            QByteArray garbage(4096, '\0');
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(garbage.data()),
                                                  garbage.size() / 4);
            sockets.at(i)->write(garbage);
        }
        QList<QSslSocket *> quiet;
        for (int i = 0; i < 5; ++i) {
            auto *socket = new QSslSocket(this);
            socket->setPeerVerifyMode(QSslSocket::VerifyNone);
            socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_listener->httpsPort());
            quiet << socket;
        }
        QTRY_VERIFY(std::all_of(quiet.begin(), quiet.end(),
                                [](QSslSocket *s) { return s->isEncrypted(); }));
        // Meanwhile, normal sign-ons go through.
        QCOMPARE(status(signOn(QStringLiteral("frank"), QString(), QStringLiteral("frank.p12"))),
                 200);
        QCOMPARE(status(signOn(QStringLiteral("paula"), QStringLiteral("paula-demo"))), 200);
        // An oversized request is refused, not buffered.
        const Result big =
            run(QStringLiteral("curl"),
                {QStringLiteral("-sk"), QStringLiteral("-w"), QStringLiteral("\n%{http_code}"),
                 QStringLiteral("-H"), QStringLiteral("X-Big: ") + QString(40000, QLatin1Char('a')),
                 url("/")});
        QCOMPARE(status(big), 413);
        // The idle ones are dropped after the idle timeout (2 s here).
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(quiet.begin(), quiet.end(),
                                             [](QSslSocket *s) {
                                                 return s->state() ==
                                                        QAbstractSocket::UnconnectedState;
                                             }),
                                 20000);
        qDeleteAll(sockets);
        qDeleteAll(quiet);
        QCOMPARE(status(signOn(QStringLiteral("paula"), QStringLiteral("paula-demo"))), 200);
    }

    void concurrentSignOns()
    {
        // 64 clients at once, half by certificate, half by password: every one answered.
        QList<QProcess *> clients;
        for (int i = 0; i < 64; ++i) {
            auto *process = new QProcess(this);
            const bool byCertificate = i % 2 == 0;
            QStringList args{QStringLiteral("-sk"),
                             QStringLiteral("-L"),
                             QStringLiteral("-c"),
                             m_dir.filePath(QStringLiteral("c%1").arg(i)),
                             QStringLiteral("-b"),
                             m_dir.filePath(QStringLiteral("c%1").arg(i)),
                             QStringLiteral("-o"),
                             QStringLiteral("/dev/null"),
                             QStringLiteral("-w"),
                             QStringLiteral("%{http_code}"),
                             QStringLiteral("-d"),
                             byCertificate ? QStringLiteral("username=frank")
                                           : QStringLiteral("username=paula&password=paula-demo")};
            if (byCertificate)
                args << QStringLiteral("--cert-type") << QStringLiteral("P12")
                     << QStringLiteral("--cert") << certificate(QStringLiteral("frank.p12:demo"));
            args << url(QStringLiteral("/machine.aspx"));
            process->start(QStringLiteral("curl"), args);
            clients << process;
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(clients.begin(), clients.end(),
                        [](QProcess *p) { return p->state() == QProcess::NotRunning; }),
            120000);
        for (QProcess *process : clients) {
            const QByteArray status = process->readAllStandardOutput();
            QVERIFY2(status == "200",
                     qPrintable(QStringLiteral("%1 exit %2 %3 %4")
                                    .arg(QString::fromLatin1(status))
                                    .arg(process->exitCode())
                                    .arg(int(process->error()))
                                    .arg(QString::fromLatin1(process->readAllStandardError()))));
        }
        qDeleteAll(clients);
    }

    void logFileHasTheW3cHeader()
    {
        QFile file(m_log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("#Software: TrustDesk"));
        QVERIFY(text.contains("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
                              "cs-username c-ip cs(User-Agent) sc-status sc-substatus "
                              "sc-win32-status"));
        QVERIFY(text.contains(" POST /machine.aspx - "));
    }

    void cliListenRunsUntilSigterm()
    {
        const QString db = m_dir.filePath(QStringLiteral("cli.db"));
        QCOMPARE(run(QStringLiteral(TRUSTDESK_CLI_PATH),
                     {QStringLiteral("--db"), db, QStringLiteral("init")})
                     .code,
                 0);
        QProcess cli;
        cli.start(QStringLiteral(TRUSTDESK_CLI_PATH),
                  {QStringLiteral("--db"), db, QStringLiteral("listen"), QStringLiteral("--https"),
                   QStringLiteral("0")});
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(cli.canReadLine(), cli.readAllStandardError().constData(), 20000);
        const QByteArray first = cli.readLine();
        QVERIFY2(first.startsWith("listening: https://127.0.0.1:"), first.constData());
        const int port =
            first.mid(first.lastIndexOf(':', first.indexOf("/ (")) + 1).split('/').first().toInt();
        QVERIFY(port > 0);
        const Result page =
            run(QStringLiteral("curl"),
                {QStringLiteral("-sk"), QStringLiteral("https://127.0.0.1:%1/").arg(port)});
        QVERIFY(page.out.contains("Sign on"));
        ::kill(pid_t(cli.processId()), SIGTERM);
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAll().contains("stopped"));
        // A port in use is a clear error, exit 3.
        QProcess busy;
        busy.start(QStringLiteral(TRUSTDESK_CLI_PATH),
                   {QStringLiteral("--db"), db, QStringLiteral("listen"), QStringLiteral("--https"),
                    QString::number(m_listener->httpsPort())});
        QVERIFY(busy.waitForFinished(20000));
        QCOMPARE(busy.exitCode(), 3);
        QVERIFY(busy.readAllStandardError().contains("cannot listen"));
    }
};

QTEST_GUILESS_MAIN(TestHttpsListener)
#include "TestHttpsListener.moc"
