#include "DemoStore.h"

#include "../orgca/ClientCertificateIssuer.h"
#include "../services/AttemptService.h"
#include "../services/CertificateIssuanceService.h"
#include "../services/IisConfigWriter.h"
#include "../services/OrganisationCaService.h"
#include "../x509/CertificateLoader.h"

#include "InputError.h"
#include "x509/CertificateBuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <openssl/pkcs12.h>

namespace trustdesk {

namespace {

struct Pair
{
    Certificate cert;
    PrivateKey key;
};

class DemoPki
{
public:
    explicit DemoPki(const QDateTime &now) : m_now(now) {}

    Pair root(const QString &cn, const QString &org)
    {
        Pair out{Certificate(), PrivateKey::generate(KeyType::EcP256)};
        CertificateBuilder b;
        b.subjectField(QStringLiteral("O"), org)
            .commonName(cn)
            .validity(m_now.addDays(-30), m_now.addYears(10));
        out.cert = b.certificateAuthority().selfSign(out.key);
        return out;
    }
    Pair ca(const QString &cn, const Pair &issuer)
    {
        CertificateBuilder b;
        b.commonName(cn).validity(m_now.addDays(-30), m_now.addYears(5)).certificateAuthority();
        return sign(b, issuer);
    }
    Pair client(const QString &cn, const Pair &issuer, int fromDays = -1, int toDays = 730)
    {
        CertificateBuilder b;
        b.commonName(cn)
            .validity(m_now.addDays(fromDays), m_now.addDays(toDays))
            .endEntity()
            .extendedKeyUsage(QStringLiteral("clientAuth"));
        return sign(b, issuer);
    }
    // A client certificate with an organisation and a unit, as IIS mappings read them.
    Pair person(const QString &cn, const QString &unit, const QString &organisation,
                const Pair &issuer)
    {
        CertificateBuilder b;
        b.subjectField(QStringLiteral("C"), QStringLiteral("US"))
            .subjectField(QStringLiteral("O"), organisation)
            .subjectField(QStringLiteral("OU"), unit)
            .commonName(cn)
            .validity(m_now.addDays(-1), m_now.addDays(730))
            .endEntity()
            .extendedKeyUsage(QStringLiteral("clientAuth"));
        return sign(b, issuer);
    }
    Pair selfSignedClient(const QString &cn)
    {
        Pair out{Certificate(), PrivateKey::generate(KeyType::EcP256)};
        CertificateBuilder b;
        b.commonName(cn)
            .validity(m_now.addDays(-1), m_now.addDays(730))
            .endEntity()
            .extendedKeyUsage(QStringLiteral("clientAuth"));
        out.cert = b.selfSign(out.key);
        return out;
    }

private:
    Pair sign(const CertificateBuilder &b, const Pair &issuer)
    {
        Pair out{Certificate(), PrivateKey::generate(KeyType::EcP256)};
        out.cert = b.sign(out.key, issuer.cert, issuer.key);
        return out;
    }
    QDateTime m_now;
};

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        throw InputError(
            DemoStore::tr("%1: cannot write the demo file (%2)").arg(path, file.errorString()));
}

// PKCS#12 with OpenSSL 3's defaults: AES-256-CBC, PBKDF2, SHA-256 MAC.
QByteArray pkcs12(const Pair &pair, const QList<Certificate> &chain, const QByteArray &passphrase,
                  const QString &name)
{
    X509StackPtr ca(sk_X509_new_null());
    for (const Certificate &cert : chain) {
        X509_up_ref(cert.x509());
        sk_X509_push(ca.get(), cert.x509());
    }
    Pkcs12Ptr p12(PKCS12_create(passphrase.constData(), name.toUtf8().constData(), pair.key.pkey(),
                                pair.cert.x509(), ca.get(), 0, 0, 0, 0, 0));
    if (!p12)
        throw std::runtime_error("PKCS#12 creation failed");
    unsigned char *der = nullptr;
    const int length = i2d_PKCS12(p12.get(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

// A web.config as administrators write it by hand, with the pitfalls that cost them hours:
// a certificate pasted on several lines, one with its BEGIN/END armour left in, and one cut
// short in the copy. IIS would fail each mapping; `map check-iis` names them.
QByteArray brokenWebConfig(const Certificate &multiLine, const Certificate &armoured,
                           const Certificate &cutShort)
{
    CertificateMapping m;
    m.kind = CertificateMapping::Kind::OneToOne;
    m.username = QStringLiteral("staff");
    m.certificate = multiLine;
    QByteArray xml = IisConfigWriter::webConfig({m});
    const QByteArray good = multiLine.der().toBase64();
    QByteArray wrapped;
    for (int i = 0; i < good.size(); i += 64)
        wrapped += "\n" + good.mid(i, 64);
    xml.replace(good, wrapped + "\n");
    const QByteArray armourLine = "                    <add userName=\"carl\" certificate=\""
                                  "-----BEGIN CERTIFICATE-----" +
                                  armoured.der().toBase64() +
                                  "-----END CERTIFICATE-----\" enabled=\"true\" />\n";
    const QByteArray der = cutShort.der();
    const QByteArray cutLine = "                    <add userName=\"olga\" certificate=\"" +
                               der.left(der.size() / 2).toBase64() + "\" enabled=\"true\" />\n";
    // After the one-to-one list's <clear/>, the first line of that list.
    const int clear = xml.indexOf("<clear/>");
    Q_ASSERT(clear >= 0);
    xml.insert(xml.indexOf('\n', clear) + 1, armourLine + cutLine);
    return xml;
}

} // namespace

QList<DemoScenario> DemoStore::populate(Store &store, qint64 organisationId, const QString &folder,
                                        const QDateTime &now)
{
    if (!QDir().mkpath(folder))
        throw InputError(tr("%1: cannot create the demo folder").arg(folder));
    DemoPki pki(now);
    const Pair toot = pki.root(QStringLiteral("Toot"), QStringLiteral("Toot Trust Services"));
    const Pair chug = pki.ca(QStringLiteral("Chug and Ring"), toot);
    const Pair verisign =
        pki.root(QStringLiteral("Verisign-like"), QStringLiteral("Big Commercial CA"));
    const Pair sideDoor = pki.root(QStringLiteral("Side Door CA"), QStringLiteral("Shadow IT"));

    const Pair frank = pki.client(QStringLiteral("Frank"), chug);
    const Pair richLaptop = pki.client(QStringLiteral("Rich Laptop"), chug);
    const Pair dick = pki.client(QStringLiteral("Dick"), chug);
    const Pair rich = pki.client(QStringLiteral("Rich"), chug);
    const Pair lucy = pki.client(QStringLiteral("Lucy"), chug);
    const Pair vera = pki.client(QStringLiteral("Vera"), verisign);
    const Pair frankExpired = pki.client(QStringLiteral("Frank"), chug, -400, -35);
    const Pair mallory = pki.client(QStringLiteral("Mallory"), frank);
    const Pair stranger = pki.selfSignedClient(QStringLiteral("Stranger"));
    const Pair richSideDoor = pki.client(QStringLiteral("Rich"), sideDoor);
    const Pair frankToot = pki.client(QStringLiteral("Frank"), toot);
    const Pair gus = pki.client(QStringLiteral("G. Gus"), chug);
    const Pair gusOld = pki.client(QStringLiteral("G. Gus"), chug);

    // The IIS set: people of Northwind, certificates from the approved 'Chug and Ring'.
    const Pair ina = pki.person(QStringLiteral("Ina Ingram"), QStringLiteral("Staff"),
                                QStringLiteral("Northwind"), chug);
    const Pair carl = pki.person(QStringLiteral("Carl Carter"), QStringLiteral("Contractors"),
                                 QStringLiteral("Northwind"), chug);
    const Pair olga = pki.person(QStringLiteral("Olga Olsen"), QStringLiteral("Staff"),
                                 QStringLiteral("Fabrikam"), chug);

    // Installed: the roots Toot and Side Door CA. Approved: Chug and Ring, and the
    // Verisign-like root that is never installed.
    store.rootStore().add({toot.cert, sideDoor.cert});
    store.approvedCas(organisationId).add({chug.cert, verisign.cert});
    OrganisationSettings org = store.organisations().get(QString());
    for (const OrganisationSettings &o : store.organisations().all()) {
        if (o.id == organisationId)
            org = o;
    }
    org.matchCn = true;
    store.organisations().update(org);

    const auto addUser = [&](const QString &name, const QString &fullName, Policy https,
                             Policy ftps, const std::optional<QByteArray> &password) {
        UserProfile user;
        user.username = name;
        user.fullName = fullName;
        user.httpsPolicy = https;
        user.ftpsPolicy = ftps;
        store.users().add(organisationId, user, password);
    };
    addUser(QStringLiteral("frank"), QStringLiteral("Frank Fuller"), Policy::Certificate,
            Policy::PasswordAndCertificate, QByteArray("frank-demo"));
    store.users().addCredential(organisationId, QStringLiteral("frank"), CredentialKind::CommonName,
                                QStringLiteral("Frank"));
    addUser(QStringLiteral("rich"), QStringLiteral("Rich Richards"), Policy::Certificate,
            Policy::PasswordAndCertificate, QByteArray("rich-demo"));
    store.users().addCredential(organisationId, QStringLiteral("rich"), CredentialKind::Thumbprint,
                                richLaptop.cert.thumbprint().key());
    store.users().addCredential(organisationId, QStringLiteral("rich"), CredentialKind::Thumbprint,
                                gusOld.cert.thumbprint().key());
    store.users().addCredential(organisationId, QStringLiteral("rich"), CredentialKind::CommonName,
                                QStringLiteral("Dick"));
    addUser(QStringLiteral("gus"), QStringLiteral("Gus Grant"), Policy::Certificate,
            Policy::Certificate, QByteArray("gus-demo"));
    store.users().addCredential(organisationId, QStringLiteral("gus"), CredentialKind::Thumbprint,
                                gusOld.cert.thumbprint().key());
    addUser(QStringLiteral("vera"), QStringLiteral("Vera Vance"), Policy::Certificate,
            Policy::Certificate, QByteArray("vera-demo"));
    store.users().addCredential(organisationId, QStringLiteral("vera"), CredentialKind::CommonName,
                                QStringLiteral("Vera"));
    addUser(QStringLiteral("moveitfreelydemo"), QStringLiteral("Freely Demo"), Policy::Password,
            Policy::PasswordAndCertificate, QByteArray("a1s2d3"));
    addUser(QStringLiteral("paula"), QStringLiteral("Paula Password"), Policy::Password,
            Policy::Password, QByteArray("paula-demo"));
    // The account the IIS staff mapping signs everybody of Northwind's staff in as.
    addUser(QStringLiteral("staff"), QStringLiteral("Northwind staff (IIS mapping)"),
            Policy::Certificate, Policy::Certificate, std::nullopt);

    // The IIS mappings, in IIS's evaluation order: one-to-one first, then the deny for
    // contractors, listed before the staff mapping that would also let them in.
    CertificateMapping frankOnly;
    frankOnly.kind = CertificateMapping::Kind::OneToOne;
    frankOnly.username = QStringLiteral("frank");
    frankOnly.certificate = frank.cert;
    CertificateMapping contractors;
    contractors.name = QStringLiteral("Contractors");
    contractors.description = tr("Contractors sign in with their own accounts, never as staff");
    contractors.permission = CertificateMapping::Permission::Deny;
    contractors.rules = {MappingRule::parse(QStringLiteral("subject.OU=Contractors"))};
    CertificateMapping staff;
    staff.name = QStringLiteral("Northwind staff");
    staff.description = tr("Everybody of Northwind with a certificate from Chug and Ring");
    staff.username = QStringLiteral("staff");
    staff.rules = {MappingRule::parse(QStringLiteral("subject.O=Northwind")),
                   MappingRule::parse(QStringLiteral("issuer.CN~=chug and ring"))};
    for (const CertificateMapping &m : {frankOnly, contractors, staff})
        store.mappings().add(organisationId, m);

    struct Export
    {
        QString file;
        Pair pair;
        QList<Certificate> chain; // what the client sends after its certificate
        QString user;
        QString iface;
        QString expectation;
        QString caption;
    };
    const QString authenticates = QStringLiteral("authenticates");
    const QString connectsOnly = QStringLiteral("connects only");
    const QString cannotConnect = QStringLiteral("cannot connect");
    const QList<Export> exports = {
        {QStringLiteral("frank"),
         frank,
         {chug.cert},
         QStringLiteral("frank"),
         QStringLiteral("https"),
         authenticates,
         tr("Frank's certificate chains through 'Chug and Ring' to the installed root 'Toot' (C2); "
            "the CN "
            "'Frank' is on the profile and 'Chug and Ring' is approved (A2).")},
        {QStringLiteral("rich-laptop"),
         richLaptop,
         {chug.cert},
         QStringLiteral("rich"),
         QStringLiteral("https"),
         authenticates,
         tr("Rich's laptop certificate: its thumbprint is on Rich's profile (A1), which works "
            "whatever the approved CA list says.")},
        {QStringLiteral("dick"),
         dick,
         {chug.cert},
         QStringLiteral("rich"),
         QStringLiteral("https"),
         authenticates,
         tr("CN 'Dick' is an alternate CN on Rich's profile, from an approved CA (A2).")},
        {QStringLiteral("rich"),
         rich,
         {chug.cert},
         QStringLiteral("rich"),
         QStringLiteral("https"),
         authenticates,
         tr("Match CN is on: CN 'Rich' matches the username, from the approved 'Chug and Ring' "
            "(A3).")},
        {QStringLiteral("vera"),
         vera,
         {verisign.cert},
         QStringLiteral("vera"),
         QStringLiteral("https"),
         cannotConnect,
         tr("'Verisign-like' is approved but not installed: its certificates cannot connect at "
            "all.")},
        {QStringLiteral("frank-expired"),
         frankExpired,
         {chug.cert},
         QStringLiteral("frank"),
         QStringLiteral("https"),
         cannotConnect,
         tr("An expired copy of Frank's certificate: every certificate on the path must be "
            "inside its validity period.")},
        {QStringLiteral("mallory"),
         mallory,
         {frank.cert, chug.cert},
         QStringLiteral("frank"),
         QStringLiteral("https"),
         cannotConnect,
         tr("Mallory's certificate was signed with Frank's key: 'Frank' is not a CA, so it "
            "cannot vouch for anybody.")},
        {QStringLiteral("stranger"),
         stranger,
         {},
         QStringLiteral("frank"),
         QStringLiteral("https"),
         cannotConnect,
         tr("A self-signed certificate nobody installed: nothing on its path is trusted.")},
        {QStringLiteral("rich-sidedoor"),
         richSideDoor,
         {},
         QStringLiteral("rich"),
         QStringLiteral("https"),
         connectsOnly,
         tr("CN 'Rich' from 'Side Door CA': installed, so it connects, but not approved, so the "
            "CN does not count (A2 and A3 fail).")},
        {QStringLiteral("frank-toot"),
         frankToot,
         {},
         QStringLiteral("frank"),
         QStringLiteral("https"),
         connectsOnly,
         tr("CN 'Frank' issued directly by the installed root 'Toot', which is not approved: it "
            "connects, "
            "but approving only a root is never enough for A2 or A3; the issuing CA must be "
            "approved.")},
        {QStringLiteral("gus"),
         gus,
         {chug.cert},
         QStringLiteral("gus"),
         QStringLiteral("https"),
         connectsOnly,
         tr("Gus renewed his certificate: the new thumbprint is not on his profile, which only "
            "holds the old "
            "one; it lands in the holding tank.")},
        {QStringLiteral("lucy"),
         lucy,
         {chug.cert},
         QStringLiteral("moveitfreelydemo"),
         QStringLiteral("ftps"),
         connectsOnly,
         tr("The FTPS walk-through: user 'moveitfreelydemo' presents 'Lucy'; the first attempt "
            "fails with 530 and fills the tank; accept the CN and the next attempt signs on.")},
    };

    QList<DemoScenario> scenarios;
    QJsonArray json;
    for (const Export &e : exports) {
        QByteArray pem = e.pair.cert.toPem().toLatin1();
        for (const Certificate &c : e.chain)
            pem += c.toPem().toLatin1();
        const QString pemPath = QDir(folder).filePath(e.file + QStringLiteral(".pem"));
        writeFile(pemPath, pem);
        writeFile(QDir(folder).filePath(e.file + QStringLiteral(".p12")),
                  pkcs12(e.pair, e.chain, ClientPassphrase, e.file));
        scenarios.append({pemPath, e.user,
                          UserProfile::interfaceFromText(e.iface).value_or(Interface::Https),
                          e.expectation, e.caption, QString(), QString()});
        json.append(QJsonObject{{QStringLiteral("file"), e.file + QStringLiteral(".pem")},
                                {QStringLiteral("pkcs12"), e.file + QStringLiteral(".p12")},
                                {QStringLiteral("user"), e.user},
                                {QStringLiteral("interface"), e.iface},
                                {QStringLiteral("expectation"), e.expectation},
                                {QStringLiteral("caption"), e.caption}});
    }
    // The IIS set: who each certificate signs in as on an iis-mapping site.
    const struct
    {
        QString file;
        Pair pair;
        QString iisStatus;
        QString caption;
    } iisExports[] = {
        {QStringLiteral("iis-frank"), frank, QStringLiteral("200"),
         tr("IIS mapping: Frank's exact certificate is mapped one-to-one to 'frank'; one-to-one "
            "mappings are consulted before any many-to-one mapping.")},
        {QStringLiteral("iis-ina"), ina, QStringLiteral("200"),
         tr("IIS mapping: O=Northwind from 'Chug and Ring' matches both rules of the many-to-one "
            "mapping 'Northwind staff', which signs Ina in as 'staff'.")},
        {QStringLiteral("iis-carl"), carl, QStringLiteral("403.12"),
         tr("IIS mapping: Carl is of Northwind too, but the deny for OU=Contractors is listed "
            "first, and the first mapping that matches decides: 403.12.")},
        {QStringLiteral("iis-olga"), olga, QStringLiteral("401.2"),
         tr("IIS mapping: Olga's certificate connects, but O=Fabrikam matches no mapping: "
            "401.2.")},
    };
    for (const auto &e : iisExports) {
        const QString pemPath = QDir(folder).filePath(e.file + QStringLiteral(".pem"));
        writeFile(pemPath, e.pair.cert.toPem().toLatin1() + chug.cert.toPem().toLatin1());
        writeFile(QDir(folder).filePath(e.file + QStringLiteral(".p12")),
                  pkcs12(e.pair, {chug.cert}, ClientPassphrase, e.file));
        const QString expectation = e.iisStatus == QLatin1String("200")
                                        ? QStringLiteral("authenticates")
                                        : QStringLiteral("connects only");
        const DemoScenario scenario{pemPath,     QString(), Interface::Https,
                                    expectation, e.caption, QStringLiteral("iis-mapping"),
                                    e.iisStatus};
        scenarios.append(scenario);
        json.append(QJsonObject{{QStringLiteral("file"), e.file + QStringLiteral(".pem")},
                                {QStringLiteral("pkcs12"), e.file + QStringLiteral(".p12")},
                                {QStringLiteral("user"), QString()},
                                {QStringLiteral("interface"), QStringLiteral("https")},
                                {QStringLiteral("site"), scenario.site},
                                {QStringLiteral("iis"), e.iisStatus},
                                {QStringLiteral("expectation"), expectation},
                                {QStringLiteral("caption"), e.caption}});
    }
    writeFile(QDir(folder).filePath(QStringLiteral("iis-broken-web.config")),
              brokenWebConfig(ina.cert, carl.cert, olga.cert));
    writeFile(QDir(folder).filePath(QStringLiteral("toot.pem")), toot.cert.toPem().toLatin1());
    writeFile(QDir(folder).filePath(QStringLiteral("chug-and-ring.pem")),
              chug.cert.toPem().toLatin1());
    writeFile(QDir(folder).filePath(QStringLiteral("verisign-like.pem")),
              verisign.cert.toPem().toLatin1());
    writeFile(QDir(folder).filePath(QStringLiteral("side-door-ca.pem")),
              sideDoor.cert.toPem().toLatin1());
    writeFile(QDir(folder).filePath(QStringLiteral("scenarios.json")),
              QJsonDocument(json).toJson(QJsonDocument::Indented));
    return scenarios;
}

void DemoStore::replayAttempts(Store &store, qint64 organisationId, const QString &folder,
                               const QDateTime &now)
{
    const struct
    {
        const char *file;
        const char *user;
        Interface interface;
        const char *address;
    } attempts[] = {
        {"lucy.pem", "moveitfreelydemo", Interface::Ftps, "192.0.2.15"},
        {"rich-sidedoor.pem", "rich", Interface::Https, "192.0.2.23"},
        {"frank-toot.pem", "frank", Interface::Https, "198.51.100.7"},
    };
    AttemptService service(store, organisationId);
    for (const auto &attempt : attempts) {
        const QList<Certificate> presented =
            CertificateLoader::loadFile(QDir(folder).filePath(QLatin1String(attempt.file)))
                .certificates;
        service.attempt(presented, QLatin1String(attempt.user), attempt.interface,
                        QLatin1String(attempt.address), now);
    }
}

void DemoStore::createOrganisationCa(Store &store, qint64 organisationId, const QString &folder,
                                     const QDateTime &now)
{
    OrganisationCaSpec caSpec;
    caSpec.commonName = QStringLiteral("Demo Organisation CA");
    caSpec.keyType = KeyType::EcP256;
    caSpec.days = 3650;
    const QByteArray passphrase(CaPassphrase);
    const OrganisationCa ca = OrganisationCa::create(caSpec, passphrase, now);
    OrganisationCaService::setCa(store, organisationId, ca, QStringLiteral("create"), true);

    ClientCertificateSpec spec;
    spec.commonName = QStringLiteral("Frank Fuller");
    spec.email = QStringLiteral("frank@example.com");
    spec.keyType = KeyType::EcP256;
    spec.days = 21;
    const IssuedCredential issued =
        ClientCertificateIssuer(ca, ca.unlock(passphrase)).issue(spec, now);
    IssueRegistration registration;
    registration.username = QStringLiteral("frank");
    CertificateIssuanceService::deliver(
        store, organisationId, issued.certificate, registration,
        CertificateIssuanceService::filesFor(
            issued.certificate, issued.key, ca,
            QDir(folder).filePath(QStringLiteral("frank-issued.p12")), IssuedFormat::Pkcs12Aes,
            passphrase, spec.commonName));
}

QList<DemoScenario> DemoStore::readScenarios(const QString &folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("scenarios.json")));
    QList<DemoScenario> out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject o = value.toObject();
        out.append({QDir(folder).filePath(o.value(QStringLiteral("file")).toString()),
                    o.value(QStringLiteral("user")).toString(),
                    UserProfile::interfaceFromText(o.value(QStringLiteral("interface")).toString())
                        .value_or(Interface::Https),
                    o.value(QStringLiteral("expectation")).toString(),
                    o.value(QStringLiteral("caption")).toString(),
                    o.value(QStringLiteral("site")).toString(),
                    o.value(QStringLiteral("iis")).toString()});
    }
    return out;
}

} // namespace trustdesk
