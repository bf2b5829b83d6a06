// The HTTPS listener as an IIS site with client certificate mapping (--site-mode
// iis-mapping), driven by curl and openssl s_client with certificates and keys of the
// test's own: every path needs a certificate; a one-to-one mapping, a deny listed first
// and an allow by rules decide; nothing matching, a disabled user, an untrusted and an
// expired certificate and no certificate at all get IIS's codes; each W3C line is checked
// field by field (cs-username the mapped user, status, sub-status, win32 status).
#include "TestListener.h"
#include "store/MappingRepository.h"
#include "store/Store.h"
#include "support/ProcessRunner.h"
#include "support/TestPki.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

using Result = trustdesk::test::ProcessResult;

namespace {

// Windows' codes as IIS logs them (sc-win32-status, unsigned decimal).
constexpr quint32 LogonFailure = 1326;            // ERROR_LOGON_FAILURE
constexpr quint32 AccountDisabled = 1331;         // ERROR_ACCOUNT_DISABLED
constexpr quint32 CertUntrustedRoot = 0x800B0109; // CERT_E_UNTRUSTEDROOT
constexpr quint32 CertExpired = 0x800B0101;       // CERT_E_EXPIRED

// The W3C fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip
// cs(User-Agent) sc-status sc-substatus sc-win32-status.
enum W3cField
{
    Method = 3,
    UriStem = 4,
    Username = 7,
    Status = 10,
    Substatus = 11,
    Win32Status = 12,
    FieldCount = 13
};

} // namespace

class TestIisMappingListener : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_org = 0;
    std::unique_ptr<TestListener> m_listener;

    // Writes the certificate and its key (encrypted, passphrase "test") for the clients.
    void writeClient(const QString &name, const Issued &issued)
    {
        QFile cert(m_dir.filePath(name + QStringLiteral(".pem")));
        QVERIFY(cert.open(QIODevice::WriteOnly));
        cert.write(issued.cert.toPem().toLatin1());
        QFile key(m_dir.filePath(name + QStringLiteral(".key")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(issued.key.toEncryptedPem("test"));
        cert.close();
        key.close();
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(m_listener->httpsPort()).arg(path);
    }
    // GETs `path` as curl with the named certificate ("" for none): "BODY\nSTATUS".
    Result curl(const QString &client, const QString &path = QStringLiteral("/reports/q3.html"))
    {
        QStringList args{QStringLiteral("-sk"), QStringLiteral("-w"),
                         QStringLiteral("\n%{http_code}"), QStringLiteral("-A"),
                         QStringLiteral("curl-test")};
        if (!client.isEmpty())
            args << QStringLiteral("--cert") << m_dir.filePath(client + QStringLiteral(".pem"))
                 << QStringLiteral("--key") << m_dir.filePath(client + QStringLiteral(".key"))
                 << QStringLiteral("--pass") << QStringLiteral("test");
        args << url(path);
        return runProcess(QStringLiteral("curl"), args, QByteArray(), 60000);
    }
    static int status(const Result &r) { return r.out.mid(r.out.lastIndexOf('\n') + 1).toInt(); }
    QStringList lastLogFields() const
    {
        const QStringList &recent = m_listener->log().recent();
        return recent.isEmpty() ? QStringList() : recent.last().split(QLatin1Char(' '));
    }
    // The request's W3C line says who and what, field by field.
    void verifyLog(const QString &path, const QString &user, int statusCode, int substatus,
                   quint32 win32)
    {
        const QStringList f = lastLogFields();
        const QString line = f.join(QLatin1Char(' '));
        QVERIFY2(f.size() == FieldCount, qPrintable(line));
        QCOMPARE(f.at(Method), QStringLiteral("GET"));
        QCOMPARE(f.at(UriStem), path);
        QCOMPARE(f.at(Username), user.isEmpty() ? QStringLiteral("-") : user);
        QCOMPARE(f.at(Status), QString::number(statusCode));
        QCOMPARE(f.at(Substatus), QString::number(substatus));
        QCOMPARE(f.at(Win32Status), QString::number(win32));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = Store::openSqlite(m_dir.filePath(QStringLiteral("trustdesk.db")));
        m_org = m_store->organisations().create(QStringLiteral("Contoso")).id;
        const Issued ca = TestPki::root(QStringLiteral("Contoso Issuing CA"));
        const Issued stranger = TestPki::root(QStringLiteral("Someone Else's CA"));
        m_store->rootStore().add({ca.cert});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto person = [&](const QString &cn, const QString &ou, const QString &o) {
            CertificateBuilder b;
            b.subjectField(QStringLiteral("O"), o)
                .subjectField(QStringLiteral("OU"), ou)
                .commonName(cn)
                .validity(now.addDays(-10), now.addDays(300));
            return b;
        };
        const Issued alice =
            TestPki::issue(person(QStringLiteral("Alice Smith"), QStringLiteral("Staff"),
                                  QStringLiteral("Contoso")),
                           ca);
        writeClient(QStringLiteral("alice"), alice);
        writeClient(QStringLiteral("bob"),
                    TestPki::issue(person(QStringLiteral("Bob Jones"), QStringLiteral("Sales"),
                                          QStringLiteral("Contoso")),
                                   ca));
        writeClient(QStringLiteral("carl"),
                    TestPki::issue(person(QStringLiteral("Carl Contractor"),
                                          QStringLiteral("Contractors"), QStringLiteral("Contoso")),
                                   ca));
        writeClient(QStringLiteral("fred"),
                    TestPki::issue(person(QStringLiteral("Fred"), QStringLiteral("Staff"),
                                          QStringLiteral("Fabrikam")),
                                   ca));
        writeClient(QStringLiteral("gina"),
                    TestPki::issue(person(QStringLiteral("Gina"), QStringLiteral("Temps"),
                                          QStringLiteral("Fabrikam")),
                                   ca));
        writeClient(QStringLiteral("untrusted"),
                    TestPki::issue(person(QStringLiteral("Mallory"), QStringLiteral("Staff"),
                                          QStringLiteral("Contoso")),
                                   stranger));
        CertificateBuilder expired =
            person(QStringLiteral("Old Alice"), QStringLiteral("Staff"), QStringLiteral("Contoso"));
        expired.validity(now.addDays(-400), now.addDays(-35));
        writeClient(QStringLiteral("expired"), TestPki::issue(expired, ca));

        for (const QString &name :
             {QStringLiteral("alice"), QStringLiteral("staff"), QStringLiteral("temps")}) {
            UserProfile user;
            user.username = name;
            user.httpsPolicy = Policy::Certificate;
            user.disabled = name == QLatin1String("temps");
            m_store->users().add(m_org, user, std::nullopt);
        }
        const auto rule = [](const QString &text) { return MappingRule::parse(text); };
        CertificateMapping aliceOnly;
        aliceOnly.kind = CertificateMapping::Kind::OneToOne;
        aliceOnly.username = QStringLiteral("alice");
        aliceOnly.certificate = alice.cert;
        CertificateMapping contractors;
        contractors.name = QStringLiteral("Contractors");
        contractors.permission = CertificateMapping::Permission::Deny;
        contractors.rules = {rule(QStringLiteral("subject.OU=Contractors"))};
        CertificateMapping staff;
        staff.name = QStringLiteral("Contoso staff");
        staff.username = QStringLiteral("staff");
        staff.rules = {rule(QStringLiteral("subject.O=Contoso")),
                       rule(QStringLiteral("issuer.CN~=contoso issuing*"))};
        CertificateMapping temps;
        temps.name = QStringLiteral("Temps");
        temps.username = QStringLiteral("temps");
        temps.rules = {rule(QStringLiteral("subject.OU=Temps"))};
        // The deny is listed first: contractors never reach the staff mapping.
        for (const CertificateMapping &m : {contractors, staff, aliceOnly, temps})
            m_store->mappings().add(m_org, m);

        m_listener = std::make_unique<TestListener>(*m_store, m_org);
        ListenerConfig config;
        config.siteMode = SiteMode::IisMapping;
        config.handshakeTimeoutMs = 60000;
        config.idleTimeoutMs = 60000;
        QCOMPARE(m_listener->start(config, ServerIdentity::selfSigned(now)), QString());
    }

    void oneToOne_signsInTheNamedPerson()
    {
        // Alice's O=Contoso matches the staff mapping too: one-to-one is consulted first.
        const Result r = curl(QStringLiteral("alice"));
        QCOMPARE(status(r), 200);
        QVERIFY2(r.out.contains("Signed in as <b>alice</b> by the one-to-one mapping"),
                 r.out.constData());
        verifyLog(QStringLiteral("/reports/q3.html"), QStringLiteral("alice"), 200, 0, 0);
    }

    void manyToOne_allowsByRules_onAnyPath()
    {
        const Result r = curl(QStringLiteral("bob"), QStringLiteral("/"));
        QCOMPARE(status(r), 200);
        QVERIFY2(r.out.contains("Signed in as <b>staff</b> by the many-to-one mapping"),
                 r.out.constData());
        QVERIFY(r.out.contains("Contoso staff"));
        verifyLog(QStringLiteral("/"), QStringLiteral("staff"), 200, 0, 0);
    }

    void denyListedFirst_refuses_403_12()
    {
        const Result r = curl(QStringLiteral("carl"));
        QCOMPARE(status(r), 403);
        QVERIFY2(r.out.contains("Contractors"), r.out.constData());
        verifyLog(QStringLiteral("/reports/q3.html"), QString(), 403, 12, 0);
    }

    void noMappingMatches_401_2()
    {
        const Result r = curl(QStringLiteral("fred"));
        QCOMPARE(status(r), 401);
        verifyLog(QStringLiteral("/reports/q3.html"), QString(), 401, 2, 0);
    }

    void disabledMappedUser_401_1()
    {
        const Result r = curl(QStringLiteral("gina"));
        QCOMPARE(status(r), 401);
        verifyLog(QStringLiteral("/reports/q3.html"), QStringLiteral("temps"), 401, 1,
                  AccountDisabled);
        // A mapping to a user TrustDesk does not have: 401.1 with a logon failure.
        CertificateMapping nobody;
        nobody.name = QStringLiteral("Fabrikam staff");
        nobody.username = QStringLiteral("fabrikam-staff");
        nobody.rules = {MappingRule::parse(QStringLiteral("subject.O=Fabrikam"))};
        const qint64 id = m_store->mappings().add(m_org, nobody);
        const Result unknown = curl(QStringLiteral("fred"));
        m_store->mappings().remove(m_org, id);
        QCOMPARE(status(unknown), 401);
        verifyLog(QStringLiteral("/reports/q3.html"), QStringLiteral("fabrikam-staff"), 401, 1,
                  LogonFailure);
    }

    void connectConditionsComeFirst_403_16_and_403_17()
    {
        const Result untrusted = curl(QStringLiteral("untrusted"));
        QCOMPARE(status(untrusted), 403);
        verifyLog(QStringLiteral("/reports/q3.html"), QString(), 403, 16, CertUntrustedRoot);
        const Result expired = curl(QStringLiteral("expired"));
        QCOMPARE(status(expired), 403);
        verifyLog(QStringLiteral("/reports/q3.html"), QString(), 403, 17, CertExpired);
    }

    void noCertificate_403_7_everywhere()
    {
        for (const QString &path :
             {QStringLiteral("/"), QStringLiteral("/human.aspx"), QStringLiteral("/anything")}) {
            const Result r = curl(QString(), path);
            QCOMPARE(status(r), 403);
            verifyLog(path, QString(), 403, 7, 0);
        }
    }

    void opensslClient_signsInByMapping()
    {
        const Result s = runProcess(
            QStringLiteral("openssl"),
            {QStringLiteral("s_client"), QStringLiteral("-connect"),
             QStringLiteral("127.0.0.1:%1").arg(m_listener->httpsPort()), QStringLiteral("-cert"),
             m_dir.filePath(QStringLiteral("bob.pem")), QStringLiteral("-key"),
             m_dir.filePath(QStringLiteral("bob.key")), QStringLiteral("-pass"),
             QStringLiteral("pass:test"), QStringLiteral("-ign_eof"), QStringLiteral("-quiet")},
            "GET /whoami HTTP/1.1\r\nHost: localhost\r\n\r\n", 60000);
        QVERIFY2(s.out.contains("HTTP/1.1 200 OK"), s.out.left(2000) + s.err.left(2000));
        QVERIFY(s.out.contains("X-TrustDesk-User: staff"));
        verifyLog(QStringLiteral("/whoami"), QStringLiteral("staff"), 200, 0, 0);
    }
};

QTEST_GUILESS_MAIN(TestIisMappingListener)
#include "TestIisMappingListener.moc"
