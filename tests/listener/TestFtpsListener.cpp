// The FTPS side of the test listener, driven by real clients: Python's ftplib.FTP_TLS
// with a client certificate (the walk-through of RULES.md section 6: 530 and a tank pair,
// accept the CN, sign on, upload and download over PROT P), curl over explicit and
// implicit FTPS, the policies, clear text refused, path traversal and symbolic links that
// must not leave the user's folder, the upload limit, and garbage on the ports.
#include "TestListener.h"
#include "demo/DemoStore.h"
#include "services/TankAcceptanceService.h"
#include "store/Store.h"
#include "support/ProcessRunner.h"
#include "x509/CertificateLoader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

using Result = trustdesk::test::ProcessResult;

namespace {

// Python code run before each script: an FTP_TLS with a client certificate.
const char *const Prelude = R"(
import ftplib, io, ssl, sys
def client(port, cert=None, implicit=False):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    if cert:
        ctx.load_cert_chain(cert + '.crt', cert + '.key', password='test-key')
    f = ftplib.FTP_TLS(context=ctx, timeout=20)
    f.connect('127.0.0.1', port)
    f.auth()
    return f
def attempt(fn):
    try:
        print(fn())
    except ftplib.all_errors as e:
        print('ERR', e)
)";

} // namespace

class TestFtpsListener : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_org = 0;
    std::unique_ptr<TestListener> m_listener;
    QString m_root;

    static Result run(const QString &program, const QStringList &args)
    {
        return runProcess(program, args, QByteArray(), 60000);
    }
    Result python(const QString &script)
    {
        QString code = QString::fromLatin1(Prelude) + script;
        code.replace(QStringLiteral("PORT"), QString::number(m_listener->ftpsPort()));
        code.replace(QStringLiteral("CERTS"), m_dir.filePath(QStringLiteral("pem/")));
        return run(QStringLiteral("python3"), {QStringLiteral("-c"), code});
    }
    // The certificate and key of a demo PKCS#12, as PEM files for Python and curl.
    void exportPem(const QString &name)
    {
        const LoadedCertificates loaded = CertificateLoader::loadFile(
            m_dir.filePath(QStringLiteral("certificates/%1.p12").arg(name)), QByteArray("demo"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("pem")));
        QFile cert(m_dir.filePath(QStringLiteral("pem/%1.crt").arg(name)));
        QVERIFY(cert.open(QIODevice::WriteOnly));
        for (const Certificate &c : loaded.certificates)
            cert.write(c.toPem().toLatin1());
        QFile key(m_dir.filePath(QStringLiteral("pem/%1.key").arg(name)));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(loaded.privateKey.toEncryptedPem("test-key"));
    }

    void ensureLucyAccepted()
    {
        const auto user = m_store->users().find(m_org, QStringLiteral("moveitfreelydemo"));
        if (!user->commonNames.contains(QStringLiteral("Lucy")))
            m_store->users().addCredential(m_org, QStringLiteral("moveitfreelydemo"),
                                           CredentialKind::CommonName, QStringLiteral("Lucy"));
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
             {QStringLiteral("lucy"), QStringLiteral("frank"), QStringLiteral("gus")})
            exportPem(name);
        m_root = m_dir.filePath(QStringLiteral("ftps-root"));
        m_listener = std::make_unique<TestListener>(*m_store, m_org);
        ListenerConfig config;
        config.httpsPort = -1;
        config.ftpsPort = 0;
        config.ftpsImplicitPort = 0;
        config.ftpsRoot = m_root;
        config.ftpsMaxUpload = 100 * 1024;
        config.idleTimeoutMs = 60000;
        QCOMPARE(
            m_listener->start(config, ServerIdentity::selfSigned(QDateTime::currentDateTimeUtc())),
            QString());
        QVERIFY(m_listener->ftpsPort() > 0 && m_listener->ftpsImplicitPort() > 0);
    }

    void walkThrough_530ThenAcceptTheCnThenTransfer()
    {
        // 1. Lucy's certificate is not accepted for moveitfreelydemo: 530 right after USER.
        const Result first = python(QStringLiteral(R"(
f = client(PORT, 'CERTSlucy')
attempt(lambda: f.sendcmd('USER moveitfreelydemo'))
f.close()
)"));
        QVERIFY2(first.out.contains("ERR 530 Not logged in. Client Certificate is not registered."),
                 first.out + first.err);
        QList<TankEntry> tank = m_store->tank().entries(m_org, QStringLiteral("moveitfreelydemo"));
        QCOMPARE(tank.size(), 2);
        QCOMPARE(tank.first().interface, Interface::Ftps);

        // 2. The administrator accepts the CN.
        for (const TankEntry &entry : tank)
            if (entry.kind == CredentialKind::CommonName)
                TankAcceptanceService(*m_store, m_org).accept(entry.id, false);
        QCOMPARE(m_store->tank().entries(m_org, QStringLiteral("moveitfreelydemo")).size(), 0);

        // 3. The same client signs on (331 then 230), uploads and downloads over PROT P.
        const Result second = python(QStringLiteral(R"(
f = client(PORT, 'CERTSlucy')
print(f.sendcmd('USER moveitfreelydemo'))
print(f.sendcmd('PASS a1s2d3'))
print(f.prot_p())
data = b'payroll.csv over PROT P\n' * 2000
print(f.storbinary('STOR payroll.csv', io.BytesIO(data)))
print('NLST', f.nlst())
out = io.BytesIO()
print(f.retrbinary('RETR payroll.csv', out.write))
print('SAME', out.getvalue() == data)
print(f.size('payroll.csv'))
print(f.pwd())
print(f.quit())
)"));
        QVERIFY2(second.out.contains("331 Password required for moveitfreelydemo"),
                 second.out + second.err);
        QVERIFY(second.out.contains("230 User moveitfreelydemo logged in."));
        QVERIFY(second.out.contains("200 Protection level set to Private."));
        QVERIFY(second.out.contains("226 Transfer complete."));
        QVERIFY(second.out.contains("NLST ['payroll.csv']"));
        QVERIFY(second.out.contains("SAME True"));
        QVERIFY(second.out.contains("221 Goodbye."));
        QVERIFY(QFile::exists(
            QDir(m_root).filePath(QStringLiteral("Default/moveitfreelydemo/payroll.csv"))));
    }

    void certificatePolicy_straightTo230_andNoCertificate530()
    {
        // gus: FTPS policy certificate, thumbprint of an old certificate; Frank's CN
        // certificate is accepted for frank (password+certificate: 331 first).
        const Result frank = python(QStringLiteral(R"(
f = client(PORT, 'CERTSfrank')
print(f.sendcmd('USER frank'))
attempt(lambda: f.sendcmd('PASS wrong'))
f.close()
g = client(PORT)
attempt(lambda: g.sendcmd('USER frank'))
g.close()
)"));
        QVERIFY2(frank.out.contains("331 Password required for frank"), frank.out + frank.err);
        QVERIFY(frank.out.contains("ERR 530 Not logged in."));
        QVERIFY(frank.out.contains("ERR 530 Not logged in. Client Certificate is not registered."));
    }

    void clearTextIsRefused()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_listener->ftpsPort());
        QTRY_VERIFY(socket.canReadLine());
        QVERIFY(socket.readLine().startsWith("220 "));
        socket.write("USER paula\r\n");
        QTRY_VERIFY(socket.canReadLine());
        QVERIFY(socket.readLine().startsWith("530 Use AUTH TLS first"));
    }

    void curlExplicitAndImplicit()
    {
        ensureLucyAccepted();
        exportPem(QStringLiteral("lucy")); // curl wants the key without a passphrase prompt
        const QString upload = m_dir.filePath(QStringLiteral("upload.txt"));
        QFile file(upload);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("uploaded by curl\n");
        file.close();
        const QStringList certificate{
            QStringLiteral("--cert"), m_dir.filePath(QStringLiteral("pem/lucy.crt")),
            QStringLiteral("--key"),  m_dir.filePath(QStringLiteral("pem/lucy.key")),
            QStringLiteral("--pass"), QStringLiteral("test-key")};
        const Result put = run(
            QStringLiteral("curl"),
            QStringList{QStringLiteral("-sk"), QStringLiteral("--ssl-reqd"), QStringLiteral("-u"),
                        QStringLiteral("moveitfreelydemo:a1s2d3"), QStringLiteral("-T"), upload,
                        QStringLiteral("ftp://127.0.0.1:%1/").arg(m_listener->ftpsPort())} +
                certificate);
        QVERIFY2(put.code == 0, put.err.constData());
        const Result get =
            run(QStringLiteral("curl"), QStringList{QStringLiteral("-sk"), QStringLiteral("-u"),
                                                    QStringLiteral("moveitfreelydemo:a1s2d3"),
                                                    QStringLiteral("ftps://127.0.0.1:%1/upload.txt")
                                                        .arg(m_listener->ftpsImplicitPort())} +
                                            certificate);
        QVERIFY2(get.code == 0, get.err.constData());
        QCOMPARE(get.out, QByteArray("uploaded by curl\n"));
    }

    void pathsCannotLeaveTheUsersFolder()
    {
        ensureLucyAccepted();
        // A symbolic link inside the folder that points outside it.
        const QString home = QDir(m_root).filePath(QStringLiteral("Default/moveitfreelydemo"));
        QDir().mkpath(home);
        QFile::link(QStringLiteral("/etc"), QDir(home).filePath(QStringLiteral("etc-link")));
        const Result escape = python(QStringLiteral(R"(
f = client(PORT, 'CERTSlucy')
f.login('moveitfreelydemo', 'a1s2d3')
f.prot_p()
attempt(lambda: f.retrbinary('RETR ../../../../etc/passwd', print))
attempt(lambda: f.cwd('../..'))
print('PWD', f.pwd())
attempt(lambda: f.cwd('etc-link'))
attempt(lambda: f.retrbinary('RETR etc-link/passwd', print))
attempt(lambda: f.storbinary('STOR ../outside.txt', io.BytesIO(b'x')))
attempt(lambda: f.storbinary('STOR big.bin', io.BytesIO(b'x' * 300000)))
print('NLST', f.nlst())
f.quit()
)"));
        QVERIFY2(escape.out.contains("ERR 550"), escape.out + escape.err);
        QVERIFY(escape.out.contains("PWD /"));
        QVERIFY(!escape.out.contains("root:"));
        QVERIFY(!QFile::exists(QDir(m_root).filePath(QStringLiteral("outside.txt"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("outside.txt"))));
        QVERIFY2(escape.out.contains("ERR 552 Upload larger than 102400 bytes refused."),
                 escape.out.constData());
        QVERIFY(escape.out.contains("NLST ["));
        QVERIFY(!escape.out.contains("big.bin"));
        QVERIFY(!QFile::exists(QDir(home).filePath(QStringLiteral("big.bin"))));
        QFile::remove(QDir(home).filePath(QStringLiteral("etc-link")));
    }

    void garbageAndLongLinesDoNotStopIt()
    {
        ensureLucyAccepted();
        QList<QTcpSocket *> sockets;
        for (quint16 port : {m_listener->ftpsPort(), m_listener->ftpsImplicitPort()}) {
            for (int i = 0; i < 10; ++i) {
                auto *socket = new QTcpSocket(this);
                socket->connectToHost(QHostAddress::LocalHost, port);
                sockets << socket;
            }
        }
        QTRY_VERIFY(std::all_of(sockets.begin(), sockets.end(), [](QTcpSocket *s) {
            return s->state() == QAbstractSocket::ConnectedState;
        }));
        for (QTcpSocket *socket : sockets) {
            QByteArray garbage(8192, '\0');
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(garbage.data()),
                                                  garbage.size() / 4);
            socket->write(garbage);
        }
        QTest::qWait(200);
        const Result ok = python(QStringLiteral(R"(
f = client(PORT, 'CERTSlucy')
print(f.login('moveitfreelydemo', 'a1s2d3'))
f.quit()
)"));
        QVERIFY2(ok.out.contains("230"), ok.out + ok.err);
        qDeleteAll(sockets);
    }
};

QTEST_GUILESS_MAIN(TestFtpsListener)
#include "TestFtpsListener.moc"
