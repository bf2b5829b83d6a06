#include "CliFormat.h"

#include "InputError.h"
#include "engine/Verdict.h"
#include "x509/CertificateLoader.h"

#include <QJsonArray>

namespace trustdesk {

QString CliFormat::iso(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue CliFormat::nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject CliFormat::certificateRow(const Certificate &cert, const QDateTime &added)
{
    QJsonObject row = Verdict::certificateJson(cert);
    row.insert(QStringLiteral("self_signed"), cert.isSelfSigned());
    row.insert(QStringLiteral("added"), iso(added));
    return row;
}

QString CliFormat::certificateLine(const Certificate &cert)
{
    return QStringLiteral("%1  %2  (expires %3)")
        .arg(cert.thumbprint().grouped(), cert.subjectText(),
             cert.notAfter().toString(QStringLiteral("yyyy-MM-dd")));
}

QJsonObject CliFormat::caJson(const Certificate &cert)
{
    return QJsonObject{{QStringLiteral("subject"), cert.subjectText()},
                       {QStringLiteral("cn"), cert.displayName()},
                       {QStringLiteral("thumbprint"), cert.thumbprint().grouped()},
                       {QStringLiteral("sha256"), cert.sha256()},
                       {QStringLiteral("key"), cert.keyDescription()},
                       {QStringLiteral("not_before"), cert.notBefore().toString(Qt::ISODate)},
                       {QStringLiteral("not_after"), cert.notAfter().toString(Qt::ISODate)}};
}

QJsonObject CliFormat::tankJson(const TankEntry &e)
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

QJsonObject CliFormat::userJson(const UserRecord &r)
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

bool CliFormat::onOff(const QString &text, const QString &option)
{
    if (text.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0)
        return false;
    throw InputError(tr("--%1: '%2' is neither 'on' nor 'off'").arg(option, text));
}

int CliFormat::number(const QString &text, const QString &option, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        throw InputError(tr("--%1: '%2' is not a whole number from %3 to %4")
                             .arg(option, text)
                             .arg(min)
                             .arg(max));
    return value;
}

qint64 CliFormat::id(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw InputError(tr("'%1' is not a %2 (a positive whole number)").arg(text, what));
    return id;
}

Policy CliFormat::policy(const QString &text, const QString &option)
{
    const auto policy = UserProfile::policyFromText(text);
    if (!policy)
        throw InputError(tr("--%1: '%2' is not a policy (password, certificate or "
                            "password+certificate)")
                             .arg(option, text));
    return *policy;
}

KeyType CliFormat::keyType(const CliArguments &args, KeyType fallback)
{
    if (!args.has(QStringLiteral("key")))
        return fallback;
    KeyType type = fallback;
    if (!PrivateKey::parseKeyType(args.value(QStringLiteral("key")), &type))
        throw InputError(tr("--key: '%1' is not a key type (rsa2048, rsa3072, "
                            "rsa4096, ec256 or ec384)")
                             .arg(args.value(QStringLiteral("key"))));
    return type;
}

int CliFormat::days(const CliArguments &args, int fallback)
{
    if (!args.has(QStringLiteral("days")))
        return fallback;
    bool ok = false;
    const int days = args.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 1)
        throw InputError(tr("--days: '%1' is not a positive number of days")
                             .arg(args.value(QStringLiteral("days"))));
    return days;
}

QList<Certificate> CliFormat::loadAll(const QStringList &files)
{
    QList<Certificate> out;
    for (const QString &file : files)
        out << CertificateLoader::loadFile(file).certificates;
    return out;
}

} // namespace trustdesk
