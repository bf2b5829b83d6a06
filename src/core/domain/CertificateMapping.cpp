#include "CertificateMapping.h"

#include "../InputError.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <openssl/objects.h>

namespace trustdesk {

MappingRule MappingRule::parse(const QString &text)
{
    // FIELD.SUBFIELD=PATTERN or FIELD.SUBFIELD~=PATTERN; the pattern may hold '=' itself.
    static const QRegularExpression form(
        QStringLiteral("^\\s*([A-Za-z]+)\\.([A-Za-z][A-Za-z0-9.-]*)\\s*(~?=)(.*)$"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        throw InputError(tr("rule '%1': expected FIELD.SUBFIELD=PATTERN or FIELD.SUBFIELD~=PATTERN "
                            "(for example subject.O=Contoso)")
                             .arg(text));
    MappingRule rule;
    const QString field = match.captured(1).toLower();
    if (field == QLatin1String("subject"))
        rule.field = Field::Subject;
    else if (field == QLatin1String("issuer"))
        rule.field = Field::Issuer;
    else
        throw InputError(
            tr("rule '%1': the field must be subject or issuer, not '%2'").arg(text, field));
    rule.subfield = match.captured(2);
    if (rule.subfieldNid() == NID_undef)
        throw InputError(tr("rule '%1': '%2' is not an attribute name (such as CN, OU, O, L, S, "
                            "C or E)")
                             .arg(text, rule.subfield));
    rule.caseSensitive = match.captured(3) == QLatin1String("=");
    rule.pattern = match.captured(4);
    if (rule.pattern.isEmpty())
        throw InputError(tr("rule '%1': the pattern is empty").arg(text));
    return rule;
}

int MappingRule::subfieldNid() const
{
    // IIS's names first (S for the state, E for the e-mail address), then OpenSSL's.
    const QString upperName = subfield.toUpper();
    if (upperName == QLatin1String("S") || upperName == QLatin1String("ST"))
        return NID_stateOrProvinceName;
    if (upperName == QLatin1String("E") || upperName == QLatin1String("EMAIL") ||
        upperName == QLatin1String("EMAILADDRESS"))
        return NID_pkcs9_emailAddress;
    const QByteArray name = subfield.toLatin1();
    int nid = OBJ_sn2nid(name.constData());
    if (nid == NID_undef)
        nid = OBJ_ln2nid(name.constData());
    if (nid == NID_undef)
        nid = OBJ_sn2nid(upperName.toLatin1().constData());
    return nid;
}

QString MappingRule::fieldName(Field field)
{
    return field == Field::Subject ? QStringLiteral("subject") : QStringLiteral("issuer");
}

QString MappingRule::toText() const
{
    return QStringLiteral("%1.%2%3%4")
        .arg(fieldName(field), subfield, caseSensitive ? QStringLiteral("=") : QStringLiteral("~="),
             pattern);
}

QJsonObject MappingRule::toJson() const
{
    return QJsonObject{{QStringLiteral("field"), fieldName(field)},
                       {QStringLiteral("subfield"), subfield},
                       {QStringLiteral("pattern"), pattern},
                       {QStringLiteral("case_sensitive"), caseSensitive}};
}

bool MappingRule::operator==(const MappingRule &other) const
{
    return field == other.field && subfield == other.subfield && pattern == other.pattern &&
           caseSensitive == other.caseSensitive;
}

QString CertificateMapping::kindName(Kind kind)
{
    return kind == Kind::OneToOne ? QStringLiteral("one-to-one") : QStringLiteral("many-to-one");
}

QString CertificateMapping::permissionName(Permission permission)
{
    return permission == Permission::Allow ? QStringLiteral("allow") : QStringLiteral("deny");
}

QString CertificateMapping::label() const
{
    if (kind == Kind::ManyToOne)
        return name;
    return certificate.isNull() ? tr("(no certificate)") : certificate.displayName();
}

QJsonObject CertificateMapping::toJson() const
{
    QJsonArray ruleArray;
    for (const MappingRule &rule : rules)
        ruleArray.append(rule.toJson());
    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("name"),
         kind == Kind::ManyToOne ? QJsonValue(name) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("description"), description},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("permission"), permissionName(permission)},
        {QStringLiteral("user"),
         username.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(username)},
        {QStringLiteral("rules"), ruleArray},
    };
    if (kind == Kind::OneToOne && !certificate.isNull()) {
        out.insert(QStringLiteral("thumbprint"), certificate.thumbprint().grouped());
        out.insert(QStringLiteral("subject"), certificate.subjectText());
    }
    return out;
}

} // namespace trustdesk
