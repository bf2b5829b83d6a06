#include "CliCommands.h"
#include "domain/NameRules.h"
#include "services/AttemptService.h"
#include "services/CertificateIssuanceService.h"
#include "services/OrganisationCaService.h"
#include "services/TankAcceptanceService.h"
#include "services/TrustSnapshotLoader.h"

#include "InputError.h"
#include "ServerIdentity.h"
#include "TestListener.h"
#include "demo/DemoStore.h"
#include "engine/TrustEngine.h"
#include "orgca/ClientCertificateIssuer.h"
#include "orgca/OrganisationCa.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "x509/CertificateLoader.h"
#include "x509/CertificateRequest.h"
#include "x509/Pkcs12Writer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>
#include <openssl/opensslv.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace trustdesk {

namespace {

// A command line that does not fit the contract: exit code 2.
struct UsageProblem
{
    QString message;
};

QString iso(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject certificateRow(const Certificate &cert, const QDateTime &added)
{
    QJsonObject row = Verdict::certificateJson(cert);
    row.insert(QStringLiteral("self_signed"), cert.isSelfSigned());
    row.insert(QStringLiteral("added"), iso(added));
    return row;
}

QString certificateLine(const Certificate &cert)
{
    return QStringLiteral("%1  %2  (expires %3)")
        .arg(cert.thumbprint().grouped(), cert.subjectText(),
             cert.notAfter().toString(QStringLiteral("yyyy-MM-dd")));
}

bool parseOnOff(const QString &text, const QString &option)
{
    if (text.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
        return false;
    throw InputError(CliCommands::tr("--%1: '%2' is neither 'on' nor 'off'").arg(option, text));
}

int parseNumber(const QString &text, const QString &option, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        throw InputError(CliCommands::tr("--%1: '%2' is not a whole number from %3 to %4")
                             .arg(option, text)
                             .arg(min)
                             .arg(max));
    return value;
}

qint64 parseId(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw InputError(
            CliCommands::tr("'%1' is not a %2 (a positive whole number)").arg(text, what));
    return id;
}

Policy parsePolicy(const QString &text, const QString &option)
{
    const auto policy = UserProfile::policyFromText(text);
    if (!policy)
        throw InputError(CliCommands::tr("--%1: '%2' is not a policy (password, certificate or "
                                         "password+certificate)")
                             .arg(option, text));
    return *policy;
}

QList<Certificate> loadAll(const QStringList &files)
{
    QList<Certificate> out;
    for (const QString &file : files)
        out << CertificateLoader::loadFile(file).certificates;
    return out;
}

QJsonObject tankJson(const TankEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("pair"), e.pairId},
                       {QStringLiteral("user"), nullable(e.username)},
                       {QStringLiteral("kind"), credentialKindName(e.kind)},
                       {QStringLiteral("value"), e.value},
                       {QStringLiteral("interface"), UserProfile::interfaceName(e.interface)},
                       {QStringLiteral("client_address"), e.clientAddress},
                       {QStringLiteral("first_seen"), iso(e.firstSeen)},
                       {QStringLiteral("last_seen"), iso(e.lastSeen)},
                       {QStringLiteral("count"), e.count},
                       {QStringLiteral("subject"), e.certificate.subjectText()},
                       {QStringLiteral("thumbprint"), e.certificate.thumbprint().grouped()},
                       {QStringLiteral("not_after"), iso(e.certificate.notAfter())}};
}

QJsonObject userJson(const UserRecord &r)
{
    QJsonArray thumbprints;
    for (const QString &t : r.profile.thumbprints)
        thumbprints.append(Thumbprint::groupHex(t));
    return QJsonObject{
        {QStringLiteral("username"), r.profile.username},
        {QStringLiteral("full_name"), r.profile.fullName},
        {QStringLiteral("status"),
         r.profile.disabled ? QStringLiteral("disabled") : QStringLiteral("active")},
        {QStringLiteral("https_policy"), UserProfile::policyName(r.profile.httpsPolicy)},
        {QStringLiteral("ftps_policy"), UserProfile::policyName(r.profile.ftpsPolicy)},
        {QStringLiteral("has_password"), r.hasPassword},
        {QStringLiteral("thumbprints"), thumbprints},
        {QStringLiteral("cns"), QJsonArray::fromStringList(r.profile.commonNames)},
        {QStringLiteral("credentials"),
         int(r.profile.thumbprints.size() + r.profile.commonNames.size())},
        {QStringLiteral("pending_tank_entries"), r.pendingTankEntries},
        {QStringLiteral("created"), iso(r.created)}};
}

} // namespace

CliCommands::CliCommands(const CliArguments &arguments)
    : m_args(arguments), m_out(stdout), m_err(stderr), m_json(arguments.has(QStringLiteral("json")))
{}

CliCommands::~CliCommands() = default;

QString CliCommands::usage()
{
    return tr(
        "Usage: trustdesk-cli [--db PATH | --db-url URL] [--org NAME] [--now ISO8601] [--json] "
        "COMMAND\n"
        "\n"
        "  init [--demo] [--org NAME] [--demo-dir DIR]\n"
        "  org show | org set [--match-cn on|off] [--tank-days N] [--tank-cap N] "
        "[--require-revocation on|off]\n"
        "  root add FILE... | root list | root remove THUMBPRINT\n"
        "  intermediate add FILE... | intermediate list | intermediate remove THUMBPRINT\n"
        "  ca approve FILE... | ca list | ca remove THUMBPRINT\n"
        "  crl add FILE... | crl list | crl remove ID\n"
        "  user add NAME [--full-name TEXT] [--password-stdin] [--https-policy P] [--ftps-policy "
        "P]\n"
        "  user set NAME [--full-name TEXT] [--disabled|--enabled] [--https-policy P] "
        "[--ftps-policy P] [--password-stdin]\n"
        "  user list | user show NAME | user remove NAME\n"
        "  cred add NAME (--thumbprint TP | --cn CN | --cert FILE) | cred list NAME\n"
        "  cred remove NAME (--thumbprint TP | --cn CN)\n"
        "  explain --cert FILE [--chain FILE] [--user NAME] [--interface https|ftps] [--record] "
        "[--address IP]\n"
        "  tank list [--user NAME] | tank accept ID [--keep-other] [--approve] | tank delete ID\n"
        "  tank purge [--user NAME] [--expired]\n"
        "  orgca create --cn TEXT [--key rsa2048|rsa3072|rsa4096|ec256|ec384] [--days N]\n"
        "        [--parent FILE.p12] [--no-install] [--replace] --passphrase-stdin\n"
        "  orgca import FILE.p12 [--no-install] [--replace] --passphrase-stdin | orgca show\n"
        "  issue --cn TEXT [--user NAME] [--key TYPE] [--days N] [--email ADDR]\n"
        "        [--register thumbprint|cn|both|none] [--legacy-pkcs12] --out FILE.p12 "
        "--passphrase-stdin\n"
        "  issue --csr FILE.csr [--user NAME] [--days N] [--email ADDR] --out FILE.pem "
        "--passphrase-stdin\n"
        "  listen [--bind 127.0.0.1] [--https PORT] [--site-mode accept|require|ignore|"
        "accept-site-wide]\n"
        "        [--server-cert FILE.p12] [--log FILE] [--passphrase-stdin]   until "
        "SIGINT/SIGTERM\n"
        "  audit list [--limit N]\n"
        "\n"
        "P is password, certificate or password+certificate. Certificate files may be PEM, DER,\n"
        "PKCS#7, PKCS#12 (passphrase with --passphrase-stdin) or single-line base64.\n"
        "Exit codes: 0 success (explain: connects and authenticates), 10 connects only,\n"
        "20 cannot connect, 2 usage error, 3 bad input, 4 store error.\n");
}

void CliCommands::print(const QString &text)
{
    if (m_json)
        m_err << text << Qt::endl;
    else
        m_out << text << Qt::endl;
}

void CliCommands::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

QString CliCommands::word(int index) const
{
    return index < m_args.words.size() ? m_args.words.at(index) : QString();
}

void CliCommands::requireWords(int count, const QString &synopsis) const
{
    if (m_args.words.size() != count)
        throw UsageProblem{tr("usage: trustdesk-cli %1").arg(synopsis)};
}

void CliCommands::allowOptions(const QStringList &options) const
{
    for (const QString &given : m_args.optionsGiven()) {
        if (!CliArguments::isGlobal(given) && !options.contains(given))
            throw UsageProblem{tr("option '--%1' does not apply to '%2'")
                                   .arg(given, m_args.words.mid(0, 2).join(QLatin1Char(' ')))};
    }
}

QDateTime CliCommands::now() const
{
    if (!m_args.has(QStringLiteral("now")))
        return QDateTime::currentDateTimeUtc();
    QDateTime when = QDateTime::fromString(m_args.value(QStringLiteral("now")), Qt::ISODate);
    if (!when.isValid())
        throw InputError(
            tr("--now: '%1' is not an ISO 8601 time (for example 2026-06-01T10:00:00Z)")
                .arg(m_args.value(QStringLiteral("now"))));
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC); // a time without a zone is read as UTC, like everywhere else
    return when.toUTC();
}

QByteArray CliCommands::readStdinLine(const QString &what)
{
    std::string line;
    if (!std::getline(std::cin, line))
        throw InputError(tr("%1: nothing on standard input").arg(what));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QByteArray::fromStdString(line);
}

Store &CliCommands::store()
{
    if (!m_store) {
        if (m_args.has(QStringLiteral("db-url"))) {
            m_store = Store::openUrl(m_args.value(QStringLiteral("db-url")));
        } else {
            QString path = m_args.value(QStringLiteral("db"));
            if (path.isEmpty()) {
                path = Store::defaultPath();
                QDir().mkpath(QFileInfo(path).path());
            }
            m_store = Store::openSqlite(path);
        }
        m_store->setActor(m_store->actor() + QStringLiteral("@cli"));
    }
    return *m_store;
}

qint64 CliCommands::organisationId()
{
    return store().organisations().get(m_args.value(QStringLiteral("org"))).id;
}

int CliCommands::run()
{
    try {
        return dispatch();
    } catch (const UsageProblem &problem) {
        m_err << QStringLiteral("trustdesk-cli: ") << problem.message << Qt::endl;
        m_err << tr("Try 'trustdesk-cli --help'.") << Qt::endl;
        return UsageError;
    } catch (const InputError &error) {
        m_err << QStringLiteral("trustdesk-cli: ") << error.message() << Qt::endl;
        return BadInput;
    } catch (const StoreError &error) {
        m_err << QStringLiteral("trustdesk-cli: ") << error.message() << Qt::endl;
        return StoreFailure;
    } catch (const std::exception &error) {
        m_err << QStringLiteral("trustdesk-cli: internal error: ")
              << QString::fromUtf8(error.what()) << Qt::endl;
        return StoreFailure;
    }
}

int CliCommands::dispatch()
{
    if (m_args.has(QStringLiteral("help"))) {
        m_out << usage();
        return Success;
    }
    if (m_args.has(QStringLiteral("version"))) {
        m_out << QStringLiteral("trustdesk-cli %1 (Qt %2, %3)\n")
                     .arg(QStringLiteral(TRUSTDESK_VERSION), QString::fromLatin1(qVersion()),
                          QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
        return Success;
    }
    const QString command = word(0);
    if (command.isEmpty())
        throw UsageProblem{tr("no command given")};
    if (command == QLatin1String("init"))
        return init();
    if (command == QLatin1String("org"))
        return org();
    if (command == QLatin1String("root"))
        return root();
    if (command == QLatin1String("intermediate"))
        return intermediate();
    if (command == QLatin1String("ca"))
        return ca();
    if (command == QLatin1String("crl"))
        return crl();
    if (command == QLatin1String("user"))
        return user();
    if (command == QLatin1String("cred"))
        return cred();
    if (command == QLatin1String("explain"))
        return explain();
    if (command == QLatin1String("tank"))
        return tank();
    if (command == QLatin1String("audit"))
        return audit();
    if (command == QLatin1String("orgca"))
        return orgca();
    if (command == QLatin1String("issue"))
        return issue();
    if (command == QLatin1String("listen"))
        return listen();
    if (command == QLatin1String("map"))
        throw UsageProblem{
            tr("'%1' is not available in this version of TrustDesk yet").arg(command)};
    throw UsageProblem{tr("unknown command '%1'").arg(command)};
}

int CliCommands::init()
{
    requireWords(1, QStringLiteral("init [--demo] [--org NAME] [--demo-dir DIR]"));
    allowOptions({QStringLiteral("demo"), QStringLiteral("demo-dir")});
    const QString name = m_args.has(QStringLiteral("org")) ? m_args.value(QStringLiteral("org"))
                                                           : QStringLiteral("Default");
    NameRules::validate(tr("organisation name"), name);
    const QDateTime when = now();
    Store &s = store();
    const OrganisationSettings org = s.organisations().create(name);
    QJsonObject result{{QStringLiteral("store"), s.location()},
                       {QStringLiteral("organisation"), org.name}};
    print(tr("Created organisation '%1' in %2").arg(org.name, s.location()));
    if (m_args.has(QStringLiteral("demo"))) {
        QString folder = m_args.value(QStringLiteral("demo-dir"));
        if (folder.isEmpty())
            folder =
                QFileInfo(s.location()).absoluteDir().filePath(QStringLiteral("trustdesk-demo"));
        const QList<DemoScenario> scenarios = DemoStore::populate(s, org.id, folder, when);
        QJsonArray list;
        for (const DemoScenario &scenario : scenarios)
            list.append(QJsonObject{{QStringLiteral("file"), scenario.file},
                                    {QStringLiteral("user"), scenario.user},
                                    {QStringLiteral("interface"), scenario.interface},
                                    {QStringLiteral("expectation"), scenario.expectation},
                                    {QStringLiteral("caption"), scenario.caption}});
        result.insert(QStringLiteral("demo"), QJsonObject{{QStringLiteral("folder"), folder},
                                                          {QStringLiteral("scenarios"), list}});
        print(tr("Loaded the demo scenarios; their certificates are in %1").arg(folder));
        if (!m_json) {
            for (const DemoScenario &scenario : scenarios)
                print(QStringLiteral("  %1  (user %2, %3)")
                          .arg(QFileInfo(scenario.file).fileName(), scenario.user,
                               scenario.expectation));
        }
    }
    if (m_json)
        printJson(result);
    return Success;
}

int CliCommands::org()
{
    const QString sub = word(1);
    if (sub == QLatin1String("show")) {
        requireWords(2, QStringLiteral("org show"));
        allowOptions({});
        const OrganisationSettings org =
            store().organisations().get(m_args.value(QStringLiteral("org")));
        if (m_json) {
            QJsonObject out = org.toJson();
            QJsonArray all;
            for (const OrganisationSettings &o : store().organisations().all())
                all.append(o.name);
            out.insert(QStringLiteral("organisations"), all);
            printJson(out);
        } else {
            print(tr("Organisation        %1").arg(org.name));
            print(tr("Match CN            %1").arg(org.matchCn ? tr("on") : tr("off")));
            print(tr("Tank expiry (days)  %1").arg(org.tankDays));
            print(tr("Tank cap (pairs)    %1").arg(org.tankCap));
            print(tr("Require revocation  %1").arg(org.requireRevocation ? tr("on") : tr("off")));
        }
        return Success;
    }
    if (sub == QLatin1String("set")) {
        requireWords(2, QStringLiteral("org set [--match-cn on|off] [--tank-days N] [--tank-cap N] "
                                       "[--require-revocation on|off]"));
        allowOptions({QStringLiteral("match-cn"), QStringLiteral("tank-days"),
                      QStringLiteral("tank-cap"), QStringLiteral("require-revocation")});
        OrganisationSettings org = store().organisations().get(m_args.value(QStringLiteral("org")));
        if (m_args.has(QStringLiteral("match-cn")))
            org.matchCn =
                parseOnOff(m_args.value(QStringLiteral("match-cn")), QStringLiteral("match-cn"));
        if (m_args.has(QStringLiteral("tank-days")))
            org.tankDays = parseNumber(m_args.value(QStringLiteral("tank-days")),
                                       QStringLiteral("tank-days"), 1, 3650);
        if (m_args.has(QStringLiteral("tank-cap")))
            org.tankCap = parseNumber(m_args.value(QStringLiteral("tank-cap")),
                                      QStringLiteral("tank-cap"), 1, 10000);
        if (m_args.has(QStringLiteral("require-revocation")))
            org.requireRevocation = parseOnOff(m_args.value(QStringLiteral("require-revocation")),
                                               QStringLiteral("require-revocation"));
        store().organisations().update(org);
        if (m_json)
            printJson(org.toJson());
        else
            print(tr("Updated organisation '%1'").arg(org.name));
        return Success;
    }
    throw UsageProblem{tr("usage: trustdesk-cli org show | org set ...")};
}

int CliCommands::root()
{
    const QString sub = word(1);
    if (sub == QLatin1String("add")) {
        if (m_args.words.size() < 3)
            throw UsageProblem{tr("usage: trustdesk-cli root add FILE...")};
        allowOptions({});
        // Every file is read before anything is written: one bad file changes nothing.
        const QList<Certificate> certs = loadAll(m_args.words.mid(2));
        const int added = store().rootStore().add(certs);
        if (m_json) {
            QJsonArray list;
            for (const Certificate &cert : certs)
                list.append(Verdict::certificateJson(cert));
            printJson(QJsonObject{{QStringLiteral("installed"), added},
                                  {QStringLiteral("certificates"), list}});
        } else {
            for (const Certificate &cert : certs)
                print(tr("installed  %1").arg(certificateLine(cert)));
            print(tr("%n certificate(s) newly installed", nullptr, added));
        }
        return Success;
    }
    if (sub == QLatin1String("list"))
        return listCertificates(QStringLiteral("root list"),
                                [this] { return store().rootStore().list(); });
    if (sub == QLatin1String("remove"))
        return removeCertificate(
            QStringLiteral("root remove THUMBPRINT"), tr("the trusted root store"),
            [this](const QString &thumbprint) { store().rootStore().remove(thumbprint); });
    throw UsageProblem{
        tr("usage: trustdesk-cli root add FILE... | root list | root remove THUMBPRINT")};
}

int CliCommands::listCertificates(const QString &synopsis,
                                  const std::function<QList<StoredCertificate>()> &read)
{
    requireWords(2, synopsis);
    allowOptions({});
    QJsonArray list;
    for (const StoredCertificate &s : read()) {
        list.append(certificateRow(s.certificate, s.added));
        if (!m_json)
            print(certificateLine(s.certificate));
    }
    if (m_json)
        printJson(list);
    return Success;
}

int CliCommands::removeCertificate(const QString &synopsis, const QString &from,
                                   const std::function<void(const QString &)> &remove)
{
    requireWords(3, synopsis);
    allowOptions({});
    remove(word(2));
    print(tr("removed %1 from %2").arg(word(2), from));
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("removed"), word(2)}});
    return Success;
}

int CliCommands::intermediate()
{
    const QString sub = word(1);
    if (sub == QLatin1String("add")) {
        if (m_args.words.size() < 3)
            throw UsageProblem{tr("usage: trustdesk-cli intermediate add FILE...")};
        allowOptions({});
        const QList<Certificate> certs = loadAll(m_args.words.mid(2));
        const int added = store().intermediates().add(certs);
        print(tr("%n intermediate(s) newly added", nullptr, added));
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("added"), added}});
        return Success;
    }
    if (sub == QLatin1String("list"))
        return listCertificates(QStringLiteral("intermediate list"),
                                [this] { return store().intermediates().list(); });
    if (sub == QLatin1String("remove"))
        return removeCertificate(
            QStringLiteral("intermediate remove THUMBPRINT"), tr("the known intermediates"),
            [this](const QString &thumbprint) { store().intermediates().remove(thumbprint); });
    throw UsageProblem{
        tr("usage: trustdesk-cli intermediate add FILE... | list | remove THUMBPRINT")};
}

int CliCommands::ca()
{
    const QString sub = word(1);
    if (sub == QLatin1String("approve")) {
        if (m_args.words.size() < 3)
            throw UsageProblem{tr("usage: trustdesk-cli ca approve FILE...")};
        allowOptions({});
        const QList<Certificate> certs = loadAll(m_args.words.mid(2));
        const qint64 org = organisationId();
        const int added = store().approvedCas(org).add(certs);
        const auto snapshot = TrustSnapshotLoader::load(store(), org);
        for (const Certificate &cert : certs) {
            print(tr("approved   %1").arg(certificateLine(cert)));
            if (!snapshot->isInstalled(cert))
                m_err
                    << tr("warning: '%1' is approved but not installed in the trusted root store; "
                          "certificates under it cannot connect unless something on their path is "
                          "installed")
                           .arg(cert.displayName())
                    << Qt::endl;
        }
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("approved"), added}});
        return Success;
    }
    if (sub == QLatin1String("list")) {
        requireWords(2, QStringLiteral("ca list"));
        allowOptions({});
        const qint64 org = organisationId();
        const auto snapshot = TrustSnapshotLoader::load(store(), org);
        QJsonArray list;
        for (const StoredCertificate &s : store().approvedCas(org).list()) {
            QJsonObject row = certificateRow(s.certificate, s.added);
            const bool installed = snapshot->isInstalled(s.certificate);
            row.insert(QStringLiteral("installed"), installed);
            list.append(row);
            if (!m_json)
                print(certificateLine(s.certificate) +
                      (installed ? QString()
                                 : tr("  [not installed: its certificates cannot connect]")));
        }
        if (m_json)
            printJson(list);
        return Success;
    }
    if (sub == QLatin1String("remove"))
        return removeCertificate(QStringLiteral("ca remove THUMBPRINT"), tr("the approved CAs"),
                                 [this](const QString &thumbprint) {
                                     store().approvedCas(organisationId()).remove(thumbprint);
                                 });
    throw UsageProblem{
        tr("usage: trustdesk-cli ca approve FILE... | ca list | ca remove THUMBPRINT")};
}

int CliCommands::crl()
{
    const QString sub = word(1);
    if (sub == QLatin1String("add")) {
        if (m_args.words.size() < 3)
            throw UsageProblem{tr("usage: trustdesk-cli crl add FILE...")};
        allowOptions({});
        QList<RevocationList> crls;
        for (const QString &file : m_args.words.mid(2))
            crls << RevocationList::loadFile(file);
        const int added = store().revocationLists().add(crls);
        print(tr("%n revocation list(s) newly added", nullptr, added));
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("added"), added}});
        return Success;
    }
    if (sub == QLatin1String("list")) {
        requireWords(2, QStringLiteral("crl list"));
        allowOptions({});
        QJsonArray list;
        for (const StoredRevocationList &s : store().revocationLists().list()) {
            list.append(
                QJsonObject{{QStringLiteral("id"), s.id},
                            {QStringLiteral("issuer"), s.crl.issuerText()},
                            {QStringLiteral("this_update"), iso(s.crl.thisUpdate())},
                            {QStringLiteral("next_update"), nullable(iso(s.crl.nextUpdate()))},
                            {QStringLiteral("revoked"), s.crl.revokedCount()},
                            {QStringLiteral("added"), iso(s.added)}});
            if (!m_json)
                print(tr("%1  %2  (%3 revoked, next update %4)")
                          .arg(s.id)
                          .arg(s.crl.issuerText())
                          .arg(s.crl.revokedCount())
                          .arg(iso(s.crl.nextUpdate())));
        }
        if (m_json)
            printJson(list);
        return Success;
    }
    if (sub == QLatin1String("remove")) {
        requireWords(3, QStringLiteral("crl remove ID"));
        allowOptions({});
        store().revocationLists().remove(parseId(word(2), tr("revocation list id")));
        print(tr("removed revocation list %1").arg(word(2)));
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("removed"), word(2).toLongLong()}});
        return Success;
    }
    throw UsageProblem{tr("usage: trustdesk-cli crl add FILE... | crl list | crl remove ID")};
}

int CliCommands::user()
{
    const QString sub = word(1);
    if (sub == QLatin1String("add")) {
        requireWords(3, QStringLiteral("user add NAME [--full-name TEXT] [--password-stdin] "
                                       "[--https-policy P] [--ftps-policy P]"));
        allowOptions({QStringLiteral("full-name"), QStringLiteral("password-stdin"),
                      QStringLiteral("https-policy"), QStringLiteral("ftps-policy")});
        UserProfile profile;
        profile.username = word(2);
        profile.fullName = m_args.value(QStringLiteral("full-name"));
        if (m_args.has(QStringLiteral("https-policy")))
            profile.httpsPolicy = parsePolicy(m_args.value(QStringLiteral("https-policy")),
                                              QStringLiteral("https-policy"));
        if (m_args.has(QStringLiteral("ftps-policy")))
            profile.ftpsPolicy = parsePolicy(m_args.value(QStringLiteral("ftps-policy")),
                                             QStringLiteral("ftps-policy"));
        NameRules::validate(tr("username"), profile.username);
        std::optional<QByteArray> password;
        if (m_args.has(QStringLiteral("password-stdin")))
            password = readStdinLine(QStringLiteral("--password-stdin"));
        const qint64 org = organisationId();
        store().users().add(org, profile, password);
        if (m_json)
            printJson(userJson(store().users().get(org, profile.username)));
        else
            print(tr("added user '%1'").arg(profile.username));
        return Success;
    }
    if (sub == QLatin1String("set")) {
        requireWords(3, QStringLiteral("user set NAME [--full-name TEXT] [--disabled|--enabled] "
                                       "[--https-policy P] [--ftps-policy P] [--password-stdin]"));
        allowOptions({QStringLiteral("full-name"), QStringLiteral("disabled"),
                      QStringLiteral("enabled"), QStringLiteral("https-policy"),
                      QStringLiteral("ftps-policy"), QStringLiteral("password-stdin")});
        if (m_args.has(QStringLiteral("disabled")) && m_args.has(QStringLiteral("enabled")))
            throw UsageProblem{tr("--disabled and --enabled contradict each other")};
        const qint64 org = organisationId();
        UserProfile profile = store().users().get(org, word(2)).profile;
        if (m_args.has(QStringLiteral("full-name")))
            profile.fullName = m_args.value(QStringLiteral("full-name"));
        if (m_args.has(QStringLiteral("disabled")))
            profile.disabled = true;
        if (m_args.has(QStringLiteral("enabled")))
            profile.disabled = false;
        if (m_args.has(QStringLiteral("https-policy")))
            profile.httpsPolicy = parsePolicy(m_args.value(QStringLiteral("https-policy")),
                                              QStringLiteral("https-policy"));
        if (m_args.has(QStringLiteral("ftps-policy")))
            profile.ftpsPolicy = parsePolicy(m_args.value(QStringLiteral("ftps-policy")),
                                             QStringLiteral("ftps-policy"));
        std::optional<QByteArray> password;
        if (m_args.has(QStringLiteral("password-stdin")))
            password = readStdinLine(QStringLiteral("--password-stdin"));
        store().users().update(org, profile);
        if (password)
            store().users().setPassword(org, profile.username, *password);
        if (m_json)
            printJson(userJson(store().users().get(org, profile.username)));
        else
            print(tr("updated user '%1'").arg(profile.username));
        return Success;
    }
    if (sub == QLatin1String("list")) {
        requireWords(2, QStringLiteral("user list"));
        allowOptions({});
        QJsonArray list;
        for (const UserRecord &r : store().users().list(organisationId())) {
            list.append(userJson(r));
            if (!m_json)
                print(QStringLiteral("%1  %2  %3  https:%4  ftps:%5  credentials:%6  pending:%7")
                          .arg(r.profile.username, -20)
                          .arg(r.profile.fullName, -24)
                          .arg(r.profile.disabled ? tr("disabled") : tr("active"))
                          .arg(UserProfile::policyName(r.profile.httpsPolicy),
                               UserProfile::policyName(r.profile.ftpsPolicy))
                          .arg(r.profile.thumbprints.size() + r.profile.commonNames.size())
                          .arg(r.pendingTankEntries));
        }
        if (m_json)
            printJson(list);
        return Success;
    }
    if (sub == QLatin1String("show")) {
        requireWords(3, QStringLiteral("user show NAME"));
        allowOptions({});
        const UserRecord r = store().users().get(organisationId(), word(2));
        if (m_json) {
            printJson(userJson(r));
        } else {
            print(tr("Username      %1").arg(r.profile.username));
            print(tr("Full name     %1").arg(r.profile.fullName));
            print(tr("Status        %1").arg(r.profile.disabled ? tr("disabled") : tr("active")));
            print(tr("HTTPS policy  %1").arg(UserProfile::policyName(r.profile.httpsPolicy)));
            print(tr("FTPS policy   %1").arg(UserProfile::policyName(r.profile.ftpsPolicy)));
            print(tr("Password      %1").arg(r.hasPassword ? tr("set") : tr("none")));
            for (const QString &t : r.profile.thumbprints)
                print(tr("Thumbprint    %1").arg(Thumbprint::groupHex(t)));
            for (const QString &cn : r.profile.commonNames)
                print(tr("CN            %1").arg(cn));
            print(tr("Pending tank  %1").arg(r.pendingTankEntries));
        }
        return Success;
    }
    if (sub == QLatin1String("remove")) {
        requireWords(3, QStringLiteral("user remove NAME"));
        allowOptions({});
        store().users().remove(organisationId(), word(2));
        print(tr("removed user '%1'").arg(word(2)));
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("removed"), word(2)}});
        return Success;
    }
    throw UsageProblem{tr("usage: trustdesk-cli user add|set|list|show|remove ...")};
}

int CliCommands::cred()
{
    const QString sub = word(1);
    if (sub == QLatin1String("add") || sub == QLatin1String("remove")) {
        const bool add = sub == QLatin1String("add");
        requireWords(3,
                     add ? QStringLiteral("cred add NAME (--thumbprint TP | --cn CN | --cert FILE)")
                         : QStringLiteral("cred remove NAME (--thumbprint TP | --cn CN)"));
        QStringList allowed{QStringLiteral("thumbprint"), QStringLiteral("cn")};
        if (add)
            allowed << QStringLiteral("cert") << QStringLiteral("passphrase-stdin");
        allowOptions(allowed);
        int given = 0;
        for (const QString &o :
             {QStringLiteral("thumbprint"), QStringLiteral("cn"), QStringLiteral("cert")})
            given += m_args.has(o) ? 1 : 0;
        if (given != 1)
            throw UsageProblem{tr("give exactly one of --thumbprint, --cn%1")
                                   .arg(add ? tr(" or --cert") : QString())};
        const CredentialKind kind = m_args.has(QStringLiteral("cn")) ? CredentialKind::CommonName
                                                                     : CredentialKind::Thumbprint;
        QString value = m_args.value(credentialKindName(kind));
        if (m_args.has(QStringLiteral("cert"))) {
            std::optional<QByteArray> passphrase;
            if (m_args.has(QStringLiteral("passphrase-stdin")))
                passphrase = readStdinLine(QStringLiteral("--passphrase-stdin"));
            const auto loaded =
                CertificateLoader::loadFile(m_args.value(QStringLiteral("cert")), passphrase);
            value = loaded.certificates.first().thumbprint().key();
        }
        const qint64 org = organisationId();
        if (add)
            store().users().addCredential(org, word(2), kind, value);
        else
            store().users().removeCredential(org, word(2), kind, value);
        const QString shown = kind == CredentialKind::Thumbprint
                                  ? Thumbprint::fromText(value)->grouped()
                                  : value.trimmed();
        print(
            add ? tr("user '%1' now accepts %2 '%3'").arg(word(2), credentialKindName(kind), shown)
                : tr("user '%1' no longer accepts %2 '%3'")
                      .arg(word(2), credentialKindName(kind), shown));
        if (m_json)
            printJson(
                QJsonObject{{QStringLiteral("user"), word(2)},
                            {QStringLiteral("kind"), credentialKindName(kind)},
                            {QStringLiteral("value"), shown},
                            {add ? QStringLiteral("added") : QStringLiteral("removed"), true}});
        return Success;
    }
    if (sub == QLatin1String("list")) {
        requireWords(3, QStringLiteral("cred list NAME"));
        allowOptions({});
        const UserRecord r = store().users().get(organisationId(), word(2));
        QJsonArray list;
        for (const QString &t : r.profile.thumbprints) {
            list.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("thumbprint")},
                                    {QStringLiteral("value"), Thumbprint::groupHex(t)}});
            if (!m_json)
                print(QStringLiteral("thumbprint  %1").arg(Thumbprint::groupHex(t)));
        }
        for (const QString &cn : r.profile.commonNames) {
            list.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("cn")},
                                    {QStringLiteral("value"), cn}});
            if (!m_json)
                print(QStringLiteral("cn          %1").arg(cn));
        }
        if (m_json)
            printJson(list);
        return Success;
    }
    throw UsageProblem{tr("usage: trustdesk-cli cred add|list|remove NAME ...")};
}

int CliCommands::explain()
{
    requireWords(1, QStringLiteral("explain --cert FILE [--chain FILE] [--user NAME] "
                                   "[--interface https|ftps] [--record]"));
    allowOptions({QStringLiteral("cert"), QStringLiteral("chain"), QStringLiteral("user"),
                  QStringLiteral("interface"), QStringLiteral("record"),
                  QStringLiteral("passphrase-stdin"), QStringLiteral("address")});
    if (!m_args.has(QStringLiteral("cert")))
        throw UsageProblem{tr("explain needs --cert FILE")};
    if (m_args.has(QStringLiteral("record")) && !m_args.has(QStringLiteral("user")))
        throw UsageProblem{tr("--record needs --user NAME: holding tank entries belong to a user")};
    Interface iface = Interface::Https;
    if (m_args.has(QStringLiteral("interface"))) {
        const auto parsed =
            UserProfile::interfaceFromText(m_args.value(QStringLiteral("interface")));
        if (!parsed)
            throw InputError(tr("--interface: '%1' is neither https nor ftps")
                                 .arg(m_args.value(QStringLiteral("interface"))));
        iface = *parsed;
    }
    const QDateTime at = now();
    std::optional<QByteArray> passphrase;
    if (m_args.has(QStringLiteral("passphrase-stdin")))
        passphrase = readStdinLine(QStringLiteral("--passphrase-stdin"));
    QList<Certificate> presented =
        CertificateLoader::loadFile(m_args.value(QStringLiteral("cert")), passphrase).certificates;
    if (m_args.has(QStringLiteral("chain")))
        presented
            << CertificateLoader::loadFile(m_args.value(QStringLiteral("chain"))).certificates;

    const qint64 org = organisationId();
    std::optional<UserProfile> user;
    if (m_args.has(QStringLiteral("user"))) {
        user = store().users().find(org, m_args.value(QStringLiteral("user")));
        if (!user)
            throw InputError(
                tr("unknown user '%1' in organisation '%2'")
                    .arg(m_args.value(QStringLiteral("user")),
                         store().organisations().get(m_args.value(QStringLiteral("org"))).name));
    }
    const auto snapshot = TrustSnapshotLoader::load(store(), org);
    const Verdict verdict =
        TrustEngine::evaluate(presented, user ? &*user : nullptr, iface, *snapshot, at);
    if (m_args.has(QStringLiteral("record"))) {
        AttemptContext context;
        context.interface = iface;
        context.at = at;
        context.clientAddress = m_args.value(QStringLiteral("address"));
        AttemptService(store(), org).record(verdict, user ? &*user : nullptr, context);
    }
    if (m_json)
        printJson(verdict.toJson());
    else
        m_out << verdict.toText();
    if (!verdict.connect.ok)
        return CannotConnect;
    return verdict.authenticate && verdict.authenticate->ok ? Success : ConnectsOnly;
}

int CliCommands::tank()
{
    const QString sub = word(1);
    if (sub == QLatin1String("list")) {
        requireWords(2, QStringLiteral("tank list [--user NAME]"));
        allowOptions({QStringLiteral("user")});
        QJsonArray list;
        for (const TankEntry &e :
             store().tank().entries(organisationId(), m_args.value(QStringLiteral("user")))) {
            list.append(tankJson(e));
            if (!m_json)
                print(QStringLiteral("%1  pair %2  %3  %4  %5  %6  last seen %7  x%8")
                          .arg(e.id)
                          .arg(e.pairId)
                          .arg(e.username.isEmpty() ? QStringLiteral("-") : e.username,
                               credentialKindName(e.kind), e.value,
                               UserProfile::interfaceName(e.interface), iso(e.lastSeen))
                          .arg(e.count));
        }
        if (m_json)
            printJson(list);
        return Success;
    }
    if (sub == QLatin1String("accept")) {
        requireWords(3, QStringLiteral("tank accept ID [--keep-other] [--approve]"));
        allowOptions({QStringLiteral("keep-other"), QStringLiteral("approve")});
        const qint64 id = parseId(word(2), tr("holding tank entry id"));
        const auto result = TankAcceptanceService(store(), organisationId())
                                .accept(id, m_args.has(QStringLiteral("keep-other")),
                                        m_args.has(QStringLiteral("approve")));
        if (result.accepted.kind == CredentialKind::UntrustedCa)
            print(tr("installed '%1'%2")
                      .arg(result.accepted.certificate.displayName(),
                           m_args.has(QStringLiteral("approve")) ? tr(" and approved it")
                                                                 : QString()));
        else
            print(tr("user '%1' now accepts %2 '%3'; %n holding tank entr(y/ies) removed", nullptr,
                     result.removedEntries)
                      .arg(result.accepted.username, credentialKindName(result.accepted.kind),
                           result.accepted.value));
        if (m_json) {
            QJsonObject out = tankJson(result.accepted);
            out.insert(QStringLiteral("removed_entries"), result.removedEntries);
            printJson(out);
        }
        return Success;
    }
    if (sub == QLatin1String("delete")) {
        requireWords(3, QStringLiteral("tank delete ID"));
        allowOptions({});
        const qint64 id = parseId(word(2), tr("holding tank entry id"));
        store().tank().remove(organisationId(), id);
        print(tr("deleted holding tank entry %1").arg(id));
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("deleted"), id}});
        return Success;
    }
    if (sub == QLatin1String("purge")) {
        requireWords(2, QStringLiteral("tank purge [--user NAME] [--expired]"));
        allowOptions({QStringLiteral("user"), QStringLiteral("expired")});
        const qint64 orgId = organisationId();
        QDateTime before;
        if (m_args.has(QStringLiteral("expired")))
            before = now().addDays(
                -store().organisations().get(m_args.value(QStringLiteral("org"))).tankDays);
        const int removed =
            store().tank().purge(orgId, m_args.value(QStringLiteral("user")), before);
        print(tr("%n holding tank entr(y/ies) removed", nullptr, removed));
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("removed"), removed}});
        return Success;
    }
    throw UsageProblem{tr("usage: trustdesk-cli tank list|accept|delete|purge ...")};
}

int CliCommands::audit()
{
    if (word(1) != QLatin1String("list"))
        throw UsageProblem{tr("usage: trustdesk-cli audit list [--limit N]")};
    requireWords(2, QStringLiteral("audit list [--limit N]"));
    allowOptions({QStringLiteral("limit")});
    const int limit = m_args.has(QStringLiteral("limit"))
                          ? parseNumber(m_args.value(QStringLiteral("limit")),
                                        QStringLiteral("limit"), 1, 1000000)
                          : -1;
    QJsonArray list;
    for (const AuditEntry &e : store().auditLog().list(limit)) {
        const auto parse = [](const QString &text) {
            return text.isEmpty() ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(QJsonDocument::fromJson(text.toUtf8()).object());
        };
        list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                {QStringLiteral("at"), iso(e.at)},
                                {QStringLiteral("actor"), e.actor},
                                {QStringLiteral("organisation"), nullable(e.organisation)},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("target"), e.target},
                                {QStringLiteral("before"), parse(e.before)},
                                {QStringLiteral("after"), parse(e.after)}});
        if (!m_json)
            print(QStringLiteral("%1  %2  %3  %4  %5  before=%6  after=%7")
                      .arg(iso(e.at), e.actor, e.action, e.target, e.organisation,
                           e.before.isEmpty() ? QStringLiteral("-") : e.before,
                           e.after.isEmpty() ? QStringLiteral("-") : e.after));
    }
    if (m_json)
        printJson(list);
    return Success;
}

// ---------------------------------------------------------------- organisation CA

namespace {

KeyType keyTypeOption(const CliArguments &args, KeyType fallback)
{
    if (!args.has(QStringLiteral("key")))
        return fallback;
    KeyType type = fallback;
    if (!PrivateKey::parseKeyType(args.value(QStringLiteral("key")), &type))
        throw InputError(CliCommands::tr("--key: '%1' is not a key type (rsa2048, rsa3072, "
                                         "rsa4096, ec256 or ec384)")
                             .arg(args.value(QStringLiteral("key"))));
    return type;
}

int daysOption(const CliArguments &args, int fallback)
{
    if (!args.has(QStringLiteral("days")))
        return fallback;
    bool ok = false;
    const int days = args.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 1)
        throw InputError(CliCommands::tr("--days: '%1' is not a positive number of days")
                             .arg(args.value(QStringLiteral("days"))));
    return days;
}

// Writes all or nothing: a failed write leaves no partial file (and an existing one as it was).
void writeFileAtomically(const QString &path, const QByteArray &data, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(CliCommands::tr("%1: cannot write: %2").arg(path, file.errorString()));
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit())
        throw InputError(CliCommands::tr("%1: cannot write: %2").arg(path, file.errorString()));
}

QJsonObject caJson(const Certificate &cert)
{
    return QJsonObject{{QStringLiteral("subject"), cert.subjectText()},
                       {QStringLiteral("cn"), cert.displayName()},
                       {QStringLiteral("thumbprint"), cert.thumbprint().grouped()},
                       {QStringLiteral("sha256"), cert.sha256()},
                       {QStringLiteral("key"), cert.keyDescription()},
                       {QStringLiteral("not_before"), cert.notBefore().toString(Qt::ISODate)},
                       {QStringLiteral("not_after"), cert.notAfter().toString(Qt::ISODate)}};
}

} // namespace

int CliCommands::orgca()
{
    const QString sub = word(1);
    if (sub == QLatin1String("create")) {
        requireWords(2, QStringLiteral("orgca create --cn TEXT [--key TYPE] [--days N] "
                                       "[--parent FILE.p12] [--no-install] [--replace] "
                                       "--passphrase-stdin"));
        allowOptions({QStringLiteral("cn"), QStringLiteral("key"), QStringLiteral("days"),
                      QStringLiteral("parent"), QStringLiteral("no-install"),
                      QStringLiteral("replace"), QStringLiteral("passphrase-stdin")});
        if (!m_args.has(QStringLiteral("cn")))
            throw UsageProblem{tr("orgca create needs --cn TEXT")};
        if (!m_args.has(QStringLiteral("passphrase-stdin")))
            throw UsageProblem{tr("orgca create needs --passphrase-stdin: the CA key is stored "
                                  "only encrypted")};
        OrganisationCaSpec spec;
        spec.commonName = m_args.value(QStringLiteral("cn"));
        spec.keyType = keyTypeOption(m_args, KeyType::Rsa3072);
        spec.days = daysOption(m_args, 3650);
        const qint64 org = organisationId();
        const QByteArray passphrase = readStdinLine(tr("--passphrase-stdin (the CA key)"));
        OrganisationCa::validatePassphrase(passphrase);
        LoadedCertificates parent;
        if (m_args.has(QStringLiteral("parent"))) {
            const QString file = m_args.value(QStringLiteral("parent"));
            parent = CertificateLoader::loadFile(
                file, readStdinLine(tr("--passphrase-stdin (the parent's file)")));
            if (parent.privateKey.isNull())
                throw InputError(tr("%1: holds no private key; the parent CA's PKCS#12 is needed "
                                    "to sign the new CA")
                                     .arg(file));
        }
        if (!m_args.has(QStringLiteral("replace")) && store().organisationCa().get(org))
            throw InputError(
                tr("organisation '%1' already has a CA; give --replace to replace it")
                    .arg(store().organisations().get(m_args.value(QStringLiteral("org"))).name));
        const OrganisationCa ca =
            OrganisationCa::create(spec, passphrase, now(), parent.certificates.value(0),
                                   parent.privateKey, parent.certificates.mid(1));
        const bool install = !m_args.has(QStringLiteral("no-install"));
        OrganisationCaService::setCa(store(), org, ca, QStringLiteral("create"), install,
                                     m_args.has(QStringLiteral("replace")));
        print(tr("created the organisation CA '%1' (%2, valid until %3)%4")
                  .arg(ca.certificate().subjectText(), ca.certificate().keyDescription(),
                       ca.certificate().notAfter().toString(Qt::ISODate),
                       install ? tr("; installed and approved") : QString()));
        if (m_json)
            printJson(caJson(ca.certificate()));
        return Success;
    }
    if (sub == QLatin1String("import")) {
        requireWords(3, QStringLiteral("orgca import FILE.p12 [--no-install] [--replace] "
                                       "--passphrase-stdin"));
        allowOptions({QStringLiteral("no-install"), QStringLiteral("replace"),
                      QStringLiteral("passphrase-stdin")});
        if (!m_args.has(QStringLiteral("passphrase-stdin")))
            throw UsageProblem{tr("orgca import needs --passphrase-stdin: the file's passphrase, "
                                  "then the one to store the key under")};
        const QString file = word(2);
        const qint64 org = organisationId();
        const QByteArray filePassphrase = readStdinLine(tr("--passphrase-stdin (%1)").arg(file));
        const QByteArray storePassphrase =
            readStdinLine(tr("--passphrase-stdin (the passphrase to store the CA key under)"));
        const OrganisationCa ca = OrganisationCa::fromPkcs12(CertificateLoader::readFile(file),
                                                             filePassphrase, storePassphrase, file);
        const bool install = !m_args.has(QStringLiteral("no-install"));
        OrganisationCaService::setCa(store(), org, ca, QStringLiteral("import"), install,
                                     m_args.has(QStringLiteral("replace")));
        print(tr("imported the organisation CA '%1'%2")
                  .arg(ca.certificate().subjectText(),
                       install ? tr("; installed and approved") : QString()));
        if (m_json)
            printJson(caJson(ca.certificate()));
        return Success;
    }
    if (sub == QLatin1String("show")) {
        requireWords(2, QStringLiteral("orgca show"));
        allowOptions({});
        const qint64 org = organisationId();
        const auto ca = store().organisationCa().get(org);
        if (!ca)
            throw InputError(
                tr("organisation '%1' has no CA; create one with 'orgca create' or "
                   "import one with 'orgca import'")
                    .arg(store().organisations().get(m_args.value(QStringLiteral("org"))).name));
        const Certificate cert = ca->certificate();
        const auto contains = [&cert](const QList<StoredCertificate> &list) {
            return std::any_of(list.begin(), list.end(), [&cert](const StoredCertificate &s) {
                return s.certificate == cert;
            });
        };
        const bool installed = contains(store().rootStore().list());
        const bool approved = contains(store().approvedCas(org).list());
        const int issued = int(store().issuedCertificates().list(org).size());
        QJsonObject json = caJson(cert);
        json.insert(QStringLiteral("installed"), installed);
        json.insert(QStringLiteral("approved"), approved);
        json.insert(QStringLiteral("issued"), issued);
        json.insert(QStringLiteral("key_storage"),
                    QStringLiteral("PKCS#8, AES-256-CBC, PBKDF2-HMAC-SHA256"));
        if (m_json) {
            printJson(json);
            return Success;
        }
        print(tr("subject      %1").arg(cert.subjectText()));
        print(tr("issuer       %1").arg(cert.issuerText()));
        print(tr("thumbprint   %1").arg(cert.thumbprint().grouped()));
        print(tr("sha256       %1").arg(cert.sha256()));
        print(tr("key          %1 (stored encrypted: PKCS#8, AES-256, PBKDF2)")
                  .arg(cert.keyDescription()));
        print(tr("valid        %1 to %2")
                  .arg(cert.notBefore().toString(Qt::ISODate),
                       cert.notAfter().toString(Qt::ISODate)));
        print(tr("installed    %1").arg(installed ? tr("yes") : tr("no")));
        print(tr("approved     %1").arg(approved ? tr("yes") : tr("no")));
        print(tr("issued       %1 certificate(s)").arg(issued));
        return Success;
    }
    throw UsageProblem{tr("usage: trustdesk-cli orgca create|import|show")};
}

int CliCommands::issue()
{
    requireWords(1, QStringLiteral("issue (--cn TEXT | --csr FILE.csr) [--user NAME] ... --out "
                                   "FILE --passphrase-stdin"));
    const bool fromRequest = m_args.has(QStringLiteral("csr"));
    QStringList allowed{QStringLiteral("user"),     QStringLiteral("days"),
                        QStringLiteral("email"),    QStringLiteral("out"),
                        QStringLiteral("register"), QStringLiteral("passphrase-stdin")};
    if (fromRequest)
        allowed << QStringLiteral("csr");
    else
        allowed << QStringLiteral("cn") << QStringLiteral("key") << QStringLiteral("legacy-pkcs12");
    allowOptions(allowed);
    if (fromRequest == m_args.has(QStringLiteral("cn")))
        throw UsageProblem{tr("give exactly one of --cn TEXT (a new key) or --csr FILE (sign a "
                              "request)")};
    if (!m_args.has(QStringLiteral("out")))
        throw UsageProblem{tr("issue needs --out FILE")};
    if (!m_args.has(QStringLiteral("passphrase-stdin")))
        throw UsageProblem{tr("issue needs --passphrase-stdin: the organisation CA's passphrase%1")
                               .arg(fromRequest ? QString() : tr(", then the new file's"))};

    IssueRegistration registration;
    registration.username = m_args.value(QStringLiteral("user"));
    const QString registerAs = m_args.has(QStringLiteral("register"))
                                   ? m_args.value(QStringLiteral("register"))
                                   : QStringLiteral("thumbprint");
    if (registerAs != QLatin1String("thumbprint") && registerAs != QLatin1String("cn") &&
        registerAs != QLatin1String("both") && registerAs != QLatin1String("none"))
        throw InputError(
            tr("--register: '%1' is not one of thumbprint, cn, both or none").arg(registerAs));
    registration.thumbprint =
        registerAs == QLatin1String("thumbprint") || registerAs == QLatin1String("both");
    registration.commonName =
        registerAs == QLatin1String("cn") || registerAs == QLatin1String("both");

    const qint64 org = organisationId();
    const QDateTime when = now();
    if (!registration.username.isEmpty())
        registration.username = store().users().get(org, registration.username).profile.username;
    const auto ca = store().organisationCa().get(org);
    if (!ca)
        throw InputError(
            tr("organisation '%1' has no CA; create one with 'orgca create' or "
               "import one with 'orgca import'")
                .arg(store().organisations().get(m_args.value(QStringLiteral("org"))).name));

    ClientCertificateSpec spec;
    CertificateRequest request;
    const int days = daysOption(m_args, 365);
    if (fromRequest) {
        request = CertificateRequest::fromFile(m_args.value(QStringLiteral("csr")));
    } else {
        spec.commonName = m_args.value(QStringLiteral("cn"));
        spec.email = m_args.value(QStringLiteral("email"));
        spec.keyType = keyTypeOption(m_args, KeyType::Rsa2048);
        spec.days = days;
        ClientCertificateIssuer::validate(spec, ca->certificate(), when);
    }
    const PrivateKey caKey = ca->unlock(readStdinLine(tr("--passphrase-stdin (the organisation "
                                                         "CA's passphrase)")));
    QByteArray filePassphrase;
    if (!fromRequest) {
        filePassphrase = readStdinLine(tr("--passphrase-stdin (the new file's passphrase)"));
        if (filePassphrase.isEmpty())
            throw InputError(tr("--passphrase-stdin: the new file's passphrase is empty; a "
                                "PKCS#12 with a private key needs one"));
    }

    const ClientCertificateIssuer issuer(*ca, caKey);
    const QString out = m_args.value(QStringLiteral("out"));
    Certificate certificate;
    if (fromRequest) {
        certificate =
            issuer.signRequest(request, days, m_args.value(QStringLiteral("email")), when);
        writeFileAtomically(out, certificate.toPem().toLatin1(), false);
    } else {
        const IssuedCredential issued = issuer.issue(spec, when);
        certificate = issued.certificate;
        const Pkcs12Encryption encryption = m_args.has(QStringLiteral("legacy-pkcs12"))
                                                ? Pkcs12Encryption::Legacy3Des
                                                : Pkcs12Encryption::Aes256;
        writeFileAtomically(out,
                            Pkcs12Writer::write(certificate, issued.key,
                                                QList<Certificate>{ca->certificate()} + ca->chain(),
                                                filePassphrase, spec.commonName, encryption),
                            true);
    }
    IssuedCertificateRecord record;
    try {
        record = CertificateIssuanceService::record(store(), org, certificate, registration);
    } catch (...) {
        QFile::remove(out); // not recorded: the file must not exist either
        throw;
    }
    print(tr("issued '%1' (serial %2, valid until %3) to %4%5")
              .arg(certificate.subjectText(), record.serial,
                   certificate.notAfter().toString(Qt::ISODate), out,
                   record.registered.isEmpty()
                       ? QString()
                       : tr("; user '%1' accepts its %2").arg(record.username, record.registered)));
    if (m_json) {
        QJsonObject json = caJson(certificate);
        json.remove(QStringLiteral("key"));
        json.insert(QStringLiteral("serial"), record.serial);
        json.insert(QStringLiteral("user"),
                    record.username.isEmpty() ? QJsonValue() : QJsonValue(record.username));
        json.insert(QStringLiteral("registered"), record.registered);
        json.insert(QStringLiteral("out"), out);
        printJson(json);
    }
    return Success;
}

// ---------------------------------------------------------------- listen

namespace {

int signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int CliCommands::listen()
{
    requireWords(1, QStringLiteral("listen [--bind ADDRESS] [--https PORT] [--site-mode MODE] "
                                   "[--server-cert FILE.p12 --passphrase-stdin] [--log FILE]"));
    allowOptions({QStringLiteral("bind"), QStringLiteral("https"), QStringLiteral("ftps"),
                  QStringLiteral("ftps-implicit"), QStringLiteral("site-mode"),
                  QStringLiteral("server-cert"), QStringLiteral("root"), QStringLiteral("log"),
                  QStringLiteral("passphrase-stdin")});
    ListenerConfig config;
    if (m_args.has(QStringLiteral("bind"))) {
        config.bind = QHostAddress(m_args.value(QStringLiteral("bind")));
        if (config.bind.isNull())
            throw InputError(
                tr("--bind: '%1' is not an IP address").arg(m_args.value(QStringLiteral("bind"))));
    }
    config.httpsPort = 8443;
    if (m_args.has(QStringLiteral("https"))) {
        bool ok = false;
        config.httpsPort = m_args.value(QStringLiteral("https")).toInt(&ok);
        if (!ok || config.httpsPort < 0 || config.httpsPort > 65535)
            throw InputError(tr("--https: '%1' is not a port (0 to 65535)")
                                 .arg(m_args.value(QStringLiteral("https"))));
    }
    const auto port = [this](const QString &option) {
        bool ok = false;
        const int value = m_args.value(option).toInt(&ok);
        if (!ok || value < 0 || value > 65535)
            throw InputError(
                tr("--%1: '%2' is not a port (0 to 65535)").arg(option, m_args.value(option)));
        return value;
    };
    const bool ftps =
        m_args.has(QStringLiteral("ftps")) || m_args.has(QStringLiteral("ftps-implicit"));
    if (ftps && !m_args.has(QStringLiteral("https")))
        config.httpsPort = -1; // only what was asked for
    if (m_args.has(QStringLiteral("ftps")))
        config.ftpsPort = port(QStringLiteral("ftps"));
    if (m_args.has(QStringLiteral("ftps-implicit")))
        config.ftpsImplicitPort = port(QStringLiteral("ftps-implicit"));
    config.ftpsRoot =
        m_args.has(QStringLiteral("root"))
            ? m_args.value(QStringLiteral("root"))
            : QFileInfo(store().location()).dir().filePath(QStringLiteral("ftps-root"));
    if (m_args.has(QStringLiteral("site-mode"))) {
        const auto mode = siteModeFromName(m_args.value(QStringLiteral("site-mode")));
        if (!mode)
            throw InputError(tr("--site-mode: '%1' is not one of accept, require, ignore, "
                                "accept-site-wide")
                                 .arg(m_args.value(QStringLiteral("site-mode"))));
        config.siteMode = *mode;
    }
    config.logPath = m_args.value(QStringLiteral("log"));
    const qint64 org = organisationId();
    // The server certificate: the administrator's, or one for localhost from the
    // organisation CA (its passphrase on standard input), or a self-signed one.
    ServerIdentity identity;
    const auto ca = store().organisationCa().get(org);
    if (m_args.has(QStringLiteral("server-cert"))) {
        identity = ServerIdentity::fromPkcs12(
            m_args.value(QStringLiteral("server-cert")),
            m_args.has(QStringLiteral("passphrase-stdin"))
                ? readStdinLine(tr("--passphrase-stdin (the server certificate's)"))
                : QByteArray());
    } else if (ca && m_args.has(QStringLiteral("passphrase-stdin"))) {
        identity = ServerIdentity::issuedBy(
            *ca, ca->unlock(readStdinLine(tr("--passphrase-stdin (the organisation CA's)"))),
            QDateTime::currentDateTimeUtc());
    } else {
        identity = ServerIdentity::selfSigned(QDateTime::currentDateTimeUtc());
    }
    if (config.bind != QHostAddress::LocalHost && config.bind != QHostAddress::LocalHostIPv6)
        m_err
            << tr("warning: listening on %1, not only on this machine").arg(config.bind.toString())
            << Qt::endl;

    TestListener listener(store(), org);
    const QString error = listener.start(config, identity);
    if (!error.isEmpty())
        throw InputError(error);
    QObject::connect(&listener, &TestListener::attemptSeen, [this](const ListenerEvent &event) {
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(event.at.toString(Qt::ISODate), event.clientAddress, event.interface,
                          event.username,
                          event.certificate.isNull() ? QStringLiteral("-")
                                                     : event.certificate.subjectText(),
                          event.verdict)
              << Qt::endl;
        std::fflush(stdout); // a pipe is block-buffered: the events must show as they come
    });
    const QString host = config.bind.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(config.bind.toString())
                             : config.bind.toString();
    if (listener.httpsPort())
        m_out << tr("listening: https://%1:%2/ (site mode %3, server certificate %4)")
                     .arg(host)
                     .arg(listener.httpsPort())
                     .arg(siteModeName(config.siteMode), identity.certificate().subjectText())
              << Qt::endl;
    if (listener.ftpsPort())
        m_out << tr("listening: ftp://%1:%2/ (explicit FTPS, AUTH TLS; files in %3)")
                     .arg(host)
                     .arg(listener.ftpsPort())
                     .arg(QDir::toNativeSeparators(config.ftpsRoot))
              << Qt::endl;
    if (listener.ftpsImplicitPort())
        m_out << tr("listening: ftps://%1:%2/ (implicit FTPS; files in %3)")
                     .arg(host)
                     .arg(listener.ftpsImplicitPort())
                     .arg(QDir::toNativeSeparators(config.ftpsRoot))
              << Qt::endl;
    std::fflush(stdout);

    if (::pipe(signalPipe) != 0)
        throw std::runtime_error("cannot create the signal pipe");
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    listener.stop();
    m_out << tr("stopped") << Qt::endl;
    return Success;
}

} // namespace trustdesk
