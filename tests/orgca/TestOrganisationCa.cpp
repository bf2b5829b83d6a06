// The organisation CA and issuing, checked with tools that are not TrustDesk's: `openssl
// verify` and `openssl pkcs12` read what TrustDesk wrote; the engine authenticates the new
// certificate at once; a wrong passphrase writes nothing; and no private key is ever in
// the store in the clear (the test scans the database files byte by byte).
#include "InputError.h"
#include "engine/TrustEngine.h"
#include "orgca/ClientCertificateIssuer.h"
#include "orgca/OrganisationCa.h"
#include "services/TrustSnapshotLoader.h"
#include "store/Store.h"
#include "support/ProcessRunner.h"
#include "support/StoreDump.h"
#include "x509/CertificateBuilder.h"
#include "x509/CertificateLoader.h"
#include "x509/Pkcs12Writer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/x509.h>

using namespace trustdesk;
using namespace trustdesk::test;

using Result = trustdesk::test::ProcessResult;

namespace {

const QByteArray CaPassphrase = "correct horse battery";

// The unencrypted PKCS#8 DER of a key: if these bytes are anywhere, the key is in the clear.
QByteArray clearKeyDer(const PrivateKey &key)
{
    unsigned char *der = nullptr;
    const int length = i2d_PrivateKey(key.pkey(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), qMax(length, 0));
    OPENSSL_free(der);
    return out;
}

} // namespace

class TestOrganisationCa : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    int counter = 0;
    QString db;

    QString path(const QString &name) const { return dir.filePath(name); }

    static Result process(const QString &program, const QStringList &args,
                          const QByteArray &input = QByteArray())
    {
        return runProcess(program, args, input);
    }
    Result cli(QStringList args, const QByteArray &input = QByteArray()) const
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return process(QStringLiteral(TRUSTDESK_CLI_PATH), args, input);
    }
    static Result openssl(const QStringList &args, const QByteArray &input = QByteArray())
    {
        return process(QStringLiteral("openssl"), args, input);
    }

    QString dump() const { return dumpStore(db); }

    // The database and its journal files, as bytes.
    QByteArray storeBytes() const
    {
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")}) {
            QFile file(db + suffix);
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    void writeFile(const QString &name, const QByteArray &data) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
    }

    // A fresh store with a user "alice" (certificate policy) and an organisation CA.
    void freshStoreWithCa(const QString &key = QStringLiteral("ec256"))
    {
        db = path(QStringLiteral("store%1.db").arg(++counter));
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"),
                      QStringLiteral("--full-name"), QStringLiteral("Alice Archer"),
                      QStringLiteral("--https-policy"), QStringLiteral("certificate")})
                     .code,
                 0);
        const Result created =
            cli({QStringLiteral("orgca"), QStringLiteral("create"), QStringLiteral("--cn"),
                 QStringLiteral("Acme Client CA"), QStringLiteral("--key"), key,
                 QStringLiteral("--passphrase-stdin")},
                CaPassphrase + '\n');
        QVERIFY2(created.code == 0, created.err.constData());
    }

    QString caPemFile()
    {
        auto store = Store::openSqlite(db);
        const auto ca = store->organisationCa().get(store->organisations().get(QString()).id);
        const QString file = path(QStringLiteral("ca%1.pem").arg(counter));
        QFile out(file);
        if (ca && out.open(QIODevice::WriteOnly))
            out.write(ca->certificate().toPem().toLatin1());
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(dir.isValid()); }

    // Each key type makes a CA whose issued certificate verifies with openssl, carries the
    // client profile, and authenticates its user by A1 at once.
    void issuedCertificateVerifiesAndAuthenticates_data()
    {
        QTest::addColumn<QString>("caKey");
        QTest::addColumn<QString>("clientKey");
        QTest::addColumn<QString>("description");
        QTest::newRow("ec256") << "ec256"
                               << "ec256"
                               << "EC prime256v1";
        QTest::newRow("ec384") << "ec384"
                               << "ec384"
                               << "EC secp384r1";
        QTest::newRow("rsa2048") << "rsa2048"
                                 << "rsa2048"
                                 << "RSA 2048";
        QTest::newRow("rsa3072") << "rsa3072"
                                 << "rsa3072"
                                 << "RSA 3072";
        QTest::newRow("rsa4096") << "ec256"
                                 << "rsa4096"
                                 << "RSA 4096";
    }
    void issuedCertificateVerifiesAndAuthenticates()
    {
        QFETCH(QString, caKey);
        QFETCH(QString, clientKey);
        QFETCH(QString, description);
        freshStoreWithCa(caKey);
        const QString p12 = path(QStringLiteral("alice%1.p12").arg(counter));
        const Result issued =
            cli({QStringLiteral("issue"), QStringLiteral("--cn"), QStringLiteral("Alice Archer"),
                 QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--key"),
                 clientKey, QStringLiteral("--email"), QStringLiteral("alice@acme.test"),
                 QStringLiteral("--days"), QStringLiteral("90"), QStringLiteral("--out"), p12,
                 QStringLiteral("--passphrase-stdin"), QStringLiteral("--json")},
                CaPassphrase + "\nfile secret\n");
        QVERIFY2(issued.code == 0, issued.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(issued.out).object();
        QCOMPARE(json.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        QCOMPARE(json.value(QStringLiteral("registered")).toString(), QStringLiteral("thumbprint"));
        QCOMPARE(json.value(QStringLiteral("serial")).toString().size(), 32); // 128 bits

        // openssl reads the file with its passphrase, and finds AES-256 under PBKDF2.
        const Result info =
            openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-info"),
                     QStringLiteral("-noout"), QStringLiteral("-passin"),
                     QStringLiteral("pass:file secret")});
        QVERIFY2(info.code == 0, info.err.constData());
        QVERIFY2(info.err.contains("Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC"),
                 info.err.constData());
        QVERIFY(info.err.contains("MAC: sha256"));
        QVERIFY(
            openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-noout"),
                     QStringLiteral("-passin"), QStringLiteral("pass:wrong")})
                .code != 0);

        const Result leaf =
            openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12,
                     QStringLiteral("-clcerts"), QStringLiteral("-nokeys"),
                     QStringLiteral("-passin"), QStringLiteral("pass:file secret")});
        QCOMPARE(leaf.code, 0);
        writeFile(QStringLiteral("leaf.pem"), leaf.out);
        const Result verified =
            openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), caPemFile(),
                     QStringLiteral("-purpose"), QStringLiteral("sslclient"),
                     path(QStringLiteral("leaf.pem"))});
        QVERIFY2(verified.code == 0, verified.out + verified.err);

        const Certificate cert =
            CertificateLoader::loadBytes(leaf.out, QStringLiteral("leaf")).certificates.first();
        QCOMPARE(cert.keyDescription(), description);
        QString extensions;
        for (const CertificateExtension &e : cert.extensions())
            extensions += QStringLiteral("%1%2=%3\n").arg(e.name, e.critical ? "!" : "", e.value);
        QVERIFY2(extensions.contains(QStringLiteral("Basic Constraints!=CA:FALSE")),
                 qPrintable(extensions));
        QVERIFY2(extensions.contains(QStringLiteral("Key Usage!=Digital Signature")),
                 qPrintable(extensions));
        QVERIFY(extensions.contains(QStringLiteral("TLS Web Client Authentication")));
        QVERIFY(extensions.contains(QStringLiteral("email:alice@acme.test")));
        QVERIFY(cert.notAfter() <= QDateTime::currentDateTimeUtc().addDays(90));

        // The engine, on the store as it now is: connects (the CA was installed) and
        // authenticates alice by her thumbprint.
        auto store = Store::openSqlite(db);
        const qint64 org = store->organisations().get(QString()).id;
        const auto snapshot = TrustSnapshotLoader::load(*store, org);
        const auto alice = store->users().find(org, QStringLiteral("alice"));
        QVERIFY(alice);
        const Verdict verdict = TrustEngine::evaluate({cert}, &*alice, Interface::Https, *snapshot,
                                                      QDateTime::currentDateTimeUtc());
        QVERIFY(verdict.connect.ok);
        QVERIFY(verdict.authenticate && verdict.authenticate->ok);
        QCOMPARE(verdict.authenticate->condition, Condition::A1);

        // Recorded as issued, with who issued it in the audit log.
        const auto issuedList = store->issuedCertificates().list(org, QStringLiteral("alice"));
        QCOMPARE(issuedList.size(), 1);
        QCOMPARE(issuedList.first().certificate, cert);
        bool audited = false;
        for (const AuditEntry &entry : store->auditLog().list()) {
            if (entry.action == QLatin1String("certificate.issue")) {
                audited = entry.after.contains(issuedList.first().serial) &&
                          entry.after.contains(QStringLiteral("issued_by")) &&
                          entry.actor.endsWith(QStringLiteral("@cli"));
            }
        }
        QVERIFY(audited);
    }

    void wrongCaPassphraseWritesNothing()
    {
        freshStoreWithCa();
        const QString before = dump();
        const QString p12 = path(QStringLiteral("never.p12"));
        const Result issued =
            cli({QStringLiteral("issue"), QStringLiteral("--cn"), QStringLiteral("Alice"),
                 QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--out"), p12,
                 QStringLiteral("--passphrase-stdin")},
                "not the passphrase\nfile secret\n");
        QCOMPARE(issued.code, 3);
        QVERIFY2(issued.err.contains("passphrase is wrong"), issued.err.constData());
        QCOMPARE(issued.err.count('\n'), 1);
        QVERIFY(!QFile::exists(p12));
        QCOMPARE(dump(), before);

        // And each other refusal: unknown user, bad e-mail, too long, no CA.
        const QList<QStringList> refused = {
            {QStringLiteral("--user"), QStringLiteral("nobody")},
            {QStringLiteral("--email"), QStringLiteral("not-an-address")},
            {QStringLiteral("--days"), QStringLiteral("40000")},
            {QStringLiteral("--key"), QStringLiteral("dsa1024")},
        };
        for (const QStringList &extra : refused) {
            const Result r = cli(QStringList{QStringLiteral("issue"), QStringLiteral("--cn"),
                                             QStringLiteral("Alice"), QStringLiteral("--out"), p12,
                                             QStringLiteral("--passphrase-stdin")} +
                                     extra,
                                 CaPassphrase + "\nfile secret\n");
            QVERIFY2(r.code == 3, qPrintable(extra.join(' ') + ": " + r.err));
            QVERIFY(!QFile::exists(p12));
            QCOMPARE(dump(), before);
        }
    }

    void noCaMeansExitThree()
    {
        db = path(QStringLiteral("empty.db"));
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
        const Result shown = cli({QStringLiteral("orgca"), QStringLiteral("show")});
        QCOMPARE(shown.code, 3);
        QVERIFY(shown.err.contains("has no CA"));
        const Result issued =
            cli({QStringLiteral("issue"), QStringLiteral("--cn"), QStringLiteral("X"),
                 QStringLiteral("--out"), path(QStringLiteral("x.p12")),
                 QStringLiteral("--passphrase-stdin")},
                "a\nb\n");
        QCOMPARE(issued.code, 3);
        const Result weak =
            cli({QStringLiteral("orgca"), QStringLiteral("create"), QStringLiteral("--cn"),
                 QStringLiteral("CA"), QStringLiteral("--passphrase-stdin")},
                "short\n");
        QCOMPARE(weak.code, 3);
        QVERIFY(weak.err.contains("at least 8 characters"));
        const Result noStdin = cli({QStringLiteral("orgca"), QStringLiteral("create"),
                                    QStringLiteral("--cn"), QStringLiteral("CA")});
        QCOMPARE(noStdin.code, 2);
    }

    // The CA key, and every key TrustDesk made, never sits in the store in the clear.
    void storeHoldsNoClearPrivateKey()
    {
        freshStoreWithCa(QStringLiteral("rsa2048"));
        for (int i = 0; i < 3; ++i) {
            const Result issued = cli(
                {QStringLiteral("issue"), QStringLiteral("--cn"), QStringLiteral("User %1").arg(i),
                 QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--out"),
                 path(QStringLiteral("u%1.p12").arg(i)), QStringLiteral("--passphrase-stdin")},
                CaPassphrase + "\npw\n");
            QVERIFY2(issued.code == 0, issued.err.constData());
        }
        auto store = Store::openSqlite(db);
        const qint64 org = store->organisations().get(QString()).id;
        const auto ca = store->organisationCa().get(org);
        QVERIFY(ca);
        const PrivateKey caKey = ca->unlock(CaPassphrase);
        store.reset();
        QList<QByteArray> secrets{clearKeyDer(caKey)};
        for (int i = 0; i < 3; ++i) {
            const LoadedCertificates loaded = CertificateLoader::loadFile(
                path(QStringLiteral("u%1.p12").arg(i)), QByteArray("pw"));
            QVERIFY(!loaded.privateKey.isNull());
            secrets << clearKeyDer(loaded.privateKey);
        }
        const QByteArray bytes = storeBytes();
        QVERIFY(bytes.size() > 10000);
        for (const QByteArray &secret : secrets) {
            QVERIFY(secret.size() > 100);
            QVERIFY(!bytes.contains(secret));
            QVERIFY(!bytes.contains(secret.toBase64().left(64)));
        }
        for (const char *marker :
             {"BEGIN PRIVATE KEY", "BEGIN RSA PRIVATE KEY", "BEGIN EC PRIVATE KEY"})
            QVERIFY2(!bytes.contains(marker), marker);
        QVERIFY(bytes.contains("BEGIN ENCRYPTED PRIVATE KEY")); // the CA's, and only that

        // The database itself refuses a clear key in the CA table.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery update(raw);
        QVERIFY(!update.exec(QStringLiteral(
            "UPDATE organisation_ca SET encrypted_key = '-----BEGIN PRIVATE KEY-----'")));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void legacyPkcs12IsLabelledAndReadable()
    {
        freshStoreWithCa();
        const QString p12 = path(QStringLiteral("legacy.p12"));
        const Result issued = cli(
            {QStringLiteral("issue"), QStringLiteral("--cn"), QStringLiteral("Old Windows"),
             QStringLiteral("--key"), QStringLiteral("rsa2048"), QStringLiteral("--legacy-pkcs12"),
             QStringLiteral("--out"), p12, QStringLiteral("--passphrase-stdin")},
            CaPassphrase + "\nlegacy pw\n");
        QVERIFY2(issued.code == 0, issued.err.constData());
        const Result info = openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12,
                                     QStringLiteral("-info"), QStringLiteral("-noout"),
                                     QStringLiteral("-passin"), QStringLiteral("pass:legacy pw")});
        QVERIFY2(info.code == 0, info.err.constData());
        QVERIFY(info.err.contains("Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC"));
        QVERIFY(info.err.contains("MAC: sha1"));
        // Issued without a user: recorded, nothing registered.
        auto store = Store::openSqlite(db);
        const auto all = store->issuedCertificates().list(store->organisations().get(QString()).id);
        QCOMPARE(all.size(), 1);
        QVERIFY(all.first().username.isEmpty());
        QVERIFY(all.first().registered.isEmpty());
    }

    void signsARequestTheUserMade()
    {
        freshStoreWithCa();
        const QString csr = path(QStringLiteral("bob.csr"));
        const Result made = openssl(
            {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), path(QStringLiteral("bob.key")), QStringLiteral("-subj"),
             QStringLiteral("/O=Acme/CN=Alice Archer"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=email:alice@acme.test"), QStringLiteral("-out"), csr});
        QVERIFY2(made.code == 0, made.err.constData());
        const QString pem = path(QStringLiteral("bob.pem"));
        const Result signedReq =
            cli({QStringLiteral("issue"), QStringLiteral("--csr"), csr, QStringLiteral("--user"),
                 QStringLiteral("alice"), QStringLiteral("--register"), QStringLiteral("cn"),
                 QStringLiteral("--out"), pem, QStringLiteral("--passphrase-stdin")},
                CaPassphrase + '\n');
        QVERIFY2(signedReq.code == 0, signedReq.err.constData());
        QCOMPARE(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), caPemFile(),
                          QStringLiteral("-purpose"), QStringLiteral("sslclient"), pem})
                     .code,
                 0);
        // The certificate carries the user's own key and the subject as requested.
        const Result modulus = openssl({QStringLiteral("x509"), QStringLiteral("-in"), pem,
                                        QStringLiteral("-noout"), QStringLiteral("-pubkey")});
        const Result keyPub = openssl({QStringLiteral("pkey"), QStringLiteral("-in"),
                                       path(QStringLiteral("bob.key")), QStringLiteral("-pubout")});
        QCOMPARE(modulus.out, keyPub.out);
        const Certificate cert = CertificateLoader::loadFile(pem).certificates.first();
        QCOMPARE(cert.subjectText(), QStringLiteral("CN=Alice Archer, O=Acme"));
        // Registered by CN (the CA is approved): authenticates by A2.
        const Result explained =
            cli({QStringLiteral("explain"), QStringLiteral("--cert"), pem, QStringLiteral("--user"),
                 QStringLiteral("alice"), QStringLiteral("--json")});
        QCOMPARE(explained.code, 0);
        QCOMPARE(QJsonDocument::fromJson(explained.out)
                     .object()
                     .value(QStringLiteral("authenticate"))
                     .toObject()
                     .value(QStringLiteral("condition"))
                     .toString(),
                 QStringLiteral("A2"));

        // A request that was altered after signing is refused, and nothing changes.
        QFile file(csr);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray der =
            QByteArray::fromBase64(file.readAll()
                                       .replace("-----BEGIN CERTIFICATE REQUEST-----", "")
                                       .replace("-----END CERTIFICATE REQUEST-----", ""));
        der[der.size() / 3] = char(der[der.size() / 3] ^ 0x01);
        writeFile(QStringLiteral("tampered.csr"), der);
        const QString before = dump();
        const Result tampered =
            cli({QStringLiteral("issue"), QStringLiteral("--csr"),
                 path(QStringLiteral("tampered.csr")), QStringLiteral("--out"),
                 path(QStringLiteral("t.pem")), QStringLiteral("--passphrase-stdin")},
                CaPassphrase + '\n');
        QCOMPARE(tampered.code, 3);
        QVERIFY2(tampered.err.contains("tampered.csr"), tampered.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("t.pem"))));
        QCOMPARE(dump(), before);
    }

    void intermediateUnderAnImportedRoot()
    {
        // A root the organisation already has, as a PKCS#12 with its key.
        const PrivateKey rootKey = PrivateKey::generate(KeyType::EcP256);
        const Certificate root = CertificateBuilder()
                                     .commonName(QStringLiteral("Acme Root"))
                                     .validity(QDateTime::currentDateTimeUtc().addDays(-1),
                                               QDateTime::currentDateTimeUtc().addYears(20))
                                     .certificateAuthority()
                                     .selfSign(rootKey);
        writeFile(QStringLiteral("root.p12"),
                  Pkcs12Writer::write(root, rootKey, {}, "root pw", QStringLiteral("root")));
        db = path(QStringLiteral("intermediate.db"));
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
        const Result created =
            cli({QStringLiteral("orgca"), QStringLiteral("create"), QStringLiteral("--cn"),
                 QStringLiteral("Acme Issuing CA"), QStringLiteral("--parent"),
                 path(QStringLiteral("root.p12")), QStringLiteral("--passphrase-stdin")},
                CaPassphrase + "\nroot pw\n");
        QVERIFY2(created.code == 0, created.err.constData());
        const QString p12 = path(QStringLiteral("leaf.p12"));
        QCOMPARE(cli({QStringLiteral("issue"), QStringLiteral("--cn"), QStringLiteral("Leaf"),
                      QStringLiteral("--out"), p12, QStringLiteral("--passphrase-stdin")},
                     CaPassphrase + "\npw\n")
                     .code,
                 0);
        // The file carries the chain up to the root, so openssl can verify from the root alone.
        const LoadedCertificates loaded = CertificateLoader::loadFile(p12, QByteArray("pw"));
        QCOMPARE(loaded.certificates.size(), 3);
        writeFile(QStringLiteral("root.pem"), root.toPem().toLatin1());
        writeFile(QStringLiteral("chain.pem"), loaded.certificates.at(1).toPem().toLatin1());
        writeFile(QStringLiteral("leaf.pem"), loaded.certificates.at(0).toPem().toLatin1());
        const Result verified =
            openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                     path(QStringLiteral("root.pem")), QStringLiteral("-untrusted"),
                     path(QStringLiteral("chain.pem")), path(QStringLiteral("leaf.pem"))});
        QVERIFY2(verified.code == 0, verified.out + verified.err);

        // A parent that is not a CA is refused.
        const PrivateKey leafKey = loaded.privateKey;
        writeFile(QStringLiteral("notca.p12"),
                  Pkcs12Writer::write(loaded.certificates.first(), leafKey, {}, "x pw",
                                      QStringLiteral("leaf")));
        const Result refused =
            cli({QStringLiteral("orgca"), QStringLiteral("create"), QStringLiteral("--cn"),
                 QStringLiteral("Other"), QStringLiteral("--replace"), QStringLiteral("--parent"),
                 path(QStringLiteral("notca.p12")), QStringLiteral("--passphrase-stdin")},
                CaPassphrase + "\nx pw\n");
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains("is not a CA"), refused.err.constData());
    }

    void importFromPkcs12AndDeclineInstall()
    {
        const PrivateKey key = PrivateKey::generate(KeyType::EcP384);
        const Certificate ca = CertificateBuilder()
                                   .commonName(QStringLiteral("Imported CA"))
                                   .validity(QDateTime::currentDateTimeUtc().addDays(-1),
                                             QDateTime::currentDateTimeUtc().addYears(5))
                                   .certificateAuthority(0)
                                   .selfSign(key);
        writeFile(QStringLiteral("import.p12"),
                  Pkcs12Writer::write(ca, key, {}, "file pw", QStringLiteral("ca")));
        db = path(QStringLiteral("import.db"));
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
        const QString before = dump();
        const Result wrong =
            cli({QStringLiteral("orgca"), QStringLiteral("import"),
                 path(QStringLiteral("import.p12")), QStringLiteral("--passphrase-stdin")},
                "nope\n" + CaPassphrase + '\n');
        QCOMPARE(wrong.code, 3);
        QVERIFY2(wrong.err.contains("import.p12"), wrong.err.constData());
        QCOMPARE(dump(), before);
        const Result imported = cli(
            {QStringLiteral("orgca"), QStringLiteral("import"), path(QStringLiteral("import.p12")),
             QStringLiteral("--no-install"), QStringLiteral("--passphrase-stdin")},
            "file pw\n" + CaPassphrase + '\n');
        QVERIFY2(imported.code == 0, imported.err.constData());
        const QJsonObject shown =
            QJsonDocument::fromJson(
                cli({QStringLiteral("orgca"), QStringLiteral("show"), QStringLiteral("--json")})
                    .out)
                .object();
        QCOMPARE(shown.value(QStringLiteral("cn")).toString(), QStringLiteral("Imported CA"));
        QCOMPARE(shown.value(QStringLiteral("installed")).toBool(), false);
        QCOMPARE(shown.value(QStringLiteral("approved")).toBool(), false);
        // The key was re-encrypted under the new passphrase; the file's no longer opens it.
        auto store = Store::openSqlite(db);
        const auto stored = store->organisationCa().get(store->organisations().get(QString()).id);
        QVERIFY(stored);
        QVERIFY(stored->unlock(CaPassphrase).matches(X509_get0_pubkey(ca.x509())));
        QVERIFY_THROWS_EXCEPTION(InputError, stored->unlock("file pw"));
        store.reset();
        // A second import without --replace is refused; issuing installs and approves.
        QCOMPARE(cli({QStringLiteral("orgca"), QStringLiteral("import"),
                      path(QStringLiteral("import.p12")), QStringLiteral("--passphrase-stdin")},
                     "file pw\n" + CaPassphrase + '\n')
                     .code,
                 3);
        QCOMPARE(cli({QStringLiteral("issue"), QStringLiteral("--cn"), QStringLiteral("Z"),
                      QStringLiteral("--out"), path(QStringLiteral("z.p12")),
                      QStringLiteral("--passphrase-stdin")},
                     CaPassphrase + "\npw\n")
                     .code,
                 0);
        const QJsonObject after =
            QJsonDocument::fromJson(
                cli({QStringLiteral("orgca"), QStringLiteral("show"), QStringLiteral("--json")})
                    .out)
                .object();
        QCOMPARE(after.value(QStringLiteral("installed")).toBool(), true);
        QCOMPARE(after.value(QStringLiteral("approved")).toBool(), true);
        QCOMPARE(after.value(QStringLiteral("issued")).toInt(), 1);
    }

    void expiringCertificatesAreFlagged()
    {
        freshStoreWithCa();
        QCOMPARE(cli({QStringLiteral("issue"), QStringLiteral("--cn"), QStringLiteral("Soon"),
                      QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--days"),
                      QStringLiteral("10"), QStringLiteral("--out"), path(QStringLiteral("s.p12")),
                      QStringLiteral("--passphrase-stdin")},
                     CaPassphrase + "\npw\n")
                     .code,
                 0);
        auto store = Store::openSqlite(db);
        const qint64 org = store->organisations().get(QString()).id;
        UserQuery query;
        const auto page = store->userDirectory().page(org, query);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().expiringCertificates, 1);
        const auto issued = store->issuedCertificates().list(org, QStringLiteral("alice"));
        QVERIFY(issued.first().expiresWithin(QDateTime::currentDateTimeUtc()));
        QVERIFY(!issued.first().expiresWithin(QDateTime::currentDateTimeUtc(), 5));
    }

    void randomSerialsAreDistinctAndLong()
    {
        const PrivateKey key = PrivateKey::generate(KeyType::EcP256);
        const OrganisationCa ca =
            OrganisationCa::create({QStringLiteral("Serial CA"), QString(), KeyType::EcP256, 365},
                                   CaPassphrase, QDateTime::currentDateTimeUtc());
        const ClientCertificateIssuer issuer(ca, ca.unlock(CaPassphrase));
        QSet<QString> serials;
        int longOnes = 0;
        for (int i = 0; i < 64; ++i) {
            ClientCertificateSpec spec;
            spec.commonName = QStringLiteral("c%1").arg(i);
            spec.keyType = KeyType::EcP256;
            spec.days = 30;
            const QString serial =
                issuer.issue(spec, QDateTime::currentDateTimeUtc()).certificate.serialHex();
            serials << serial;
            longOnes += serial.size() >= 30 ? 1 : 0; // 128 bits: 32 hex digits, rarely fewer
        }
        QCOMPARE(serials.size(), 64);
        QVERIFY(longOnes >= 60);
    }
};

QTEST_GUILESS_MAIN(TestOrganisationCa)
#include "TestOrganisationCa.moc"
