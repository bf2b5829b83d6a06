#include "IisConfigWriter.h"

#include <QXmlStreamWriter>

namespace trustdesk {

namespace {

QString base64Of(const Certificate &certificate)
{
    return QString::fromLatin1(certificate.der().toBase64());
}

QString iisBool(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString iisPermission(CertificateMapping::Permission permission)
{
    return permission == CertificateMapping::Permission::Allow ? QStringLiteral("Allow")
                                                               : QStringLiteral("Deny");
}

QString iisField(MappingRule::Field field)
{
    return field == MappingRule::Field::Subject ? QStringLiteral("Subject")
                                                : QStringLiteral("Issuer");
}

// appcmd's quoting: the value goes between single quotes inside a double-quoted argument;
// a single quote is doubled, a double quote cannot appear (cmd.exe would end the argument).
QString appcmdValue(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    out.replace(QLatin1Char('"'), QString());
    out.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return out;
}

} // namespace

QByteArray IisConfigWriter::webConfig(const QList<CertificateMapping> &mappings)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeComment(tr(" Client certificate mappings exported by TrustDesk. The passwords are "
                        "empty: set each mapped account's password in IIS Manager on the IIS "
                        "machine (IIS encrypts it there). IIS consults one-to-one mappings "
                        "before many-to-one ones, and many-to-one ones in this order. "));
    xml.writeStartElement(QStringLiteral("configuration"));
    xml.writeStartElement(QStringLiteral("system.webServer"));
    xml.writeStartElement(QStringLiteral("security"));
    xml.writeStartElement(QStringLiteral("authentication"));
    xml.writeStartElement(QStringLiteral("iisClientCertificateMappingAuthentication"));
    xml.writeAttribute(QStringLiteral("enabled"), QStringLiteral("true"));
    xml.writeAttribute(QStringLiteral("oneToOneCertificateMappingsEnabled"),
                       QStringLiteral("true"));
    xml.writeAttribute(QStringLiteral("manyToOneCertificateMappingsEnabled"),
                       QStringLiteral("true"));
    xml.writeStartElement(QStringLiteral("oneToOneMappings"));
    xml.writeEmptyElement(QStringLiteral("clear"));
    for (const CertificateMapping &m : mappings) {
        if (m.kind != CertificateMapping::Kind::OneToOne)
            continue;
        xml.writeEmptyElement(QStringLiteral("add"));
        xml.writeAttribute(QStringLiteral("enabled"), iisBool(m.enabled));
        xml.writeAttribute(QStringLiteral("userName"), m.username);
        xml.writeAttribute(QStringLiteral("password"), QString());
        xml.writeAttribute(QStringLiteral("certificate"), base64Of(m.certificate));
    }
    xml.writeEndElement(); // oneToOneMappings
    xml.writeStartElement(QStringLiteral("manyToOneMappings"));
    xml.writeEmptyElement(QStringLiteral("clear"));
    for (const CertificateMapping &m : mappings) {
        if (m.kind != CertificateMapping::Kind::ManyToOne)
            continue;
        xml.writeStartElement(QStringLiteral("add"));
        xml.writeAttribute(QStringLiteral("name"), m.name);
        xml.writeAttribute(QStringLiteral("description"), m.description);
        xml.writeAttribute(QStringLiteral("enabled"), iisBool(m.enabled));
        xml.writeAttribute(QStringLiteral("permissionMode"), iisPermission(m.permission));
        xml.writeAttribute(QStringLiteral("userName"), m.username);
        xml.writeAttribute(QStringLiteral("password"), QString());
        xml.writeStartElement(QStringLiteral("rules"));
        for (const MappingRule &rule : m.rules) {
            xml.writeEmptyElement(QStringLiteral("add"));
            xml.writeAttribute(QStringLiteral("certificateField"), iisField(rule.field));
            xml.writeAttribute(QStringLiteral("certificateSubField"), rule.subfield);
            xml.writeAttribute(QStringLiteral("matchCriteria"), rule.pattern);
            xml.writeAttribute(QStringLiteral("compareCaseSensitive"), iisBool(rule.caseSensitive));
        }
        xml.writeEndElement(); // rules
        xml.writeEndElement(); // add
    }
    xml.writeEndDocument(); // closes every open element
    return out;
}

QByteArray IisConfigWriter::appcmdScript(const QList<CertificateMapping> &mappings,
                                         const QString &site)
{
    const QString section = QStringLiteral("-section:system.webServer/security/authentication/"
                                           "iisClientCertificateMappingAuthentication");
    const QString target = QStringLiteral("\"%1\"").arg(QString(site).remove(QLatin1Char('"')));
    const QString appcmd = QStringLiteral("%windir%\\system32\\inetsrv\\appcmd.exe set config ");
    QStringList lines;
    lines << QStringLiteral("@echo off");
    lines << QStringLiteral("rem %1").arg(
        tr("Client certificate mappings exported by TrustDesk for the site %1.").arg(site));
    lines << QStringLiteral("rem %1").arg(
        tr("The passwords are left empty: set each mapped account's password in IIS Manager."));
    lines << appcmd + target + QLatin1Char(' ') + section +
                 QStringLiteral(" /enabled:\"True\" /oneToOneCertificateMappingsEnabled:\"True\""
                                " /manyToOneCertificateMappingsEnabled:\"True\" /commit:apphost");
    lines << appcmd + target + QLatin1Char(' ') + section +
                 QStringLiteral(" /~\"oneToOneMappings\" /commit:apphost");
    lines << appcmd + target + QLatin1Char(' ') + section +
                 QStringLiteral(" /~\"manyToOneMappings\" /commit:apphost");
    for (const CertificateMapping &m : mappings) {
        if (m.kind != CertificateMapping::Kind::OneToOne)
            continue;
        lines << appcmd + target + QLatin1Char(' ') + section +
                     QStringLiteral(" /+\"oneToOneMappings.[enabled='%1',userName='%2',"
                                    "password='',certificate='%3']\" /commit:apphost")
                         .arg(iisBool(m.enabled), appcmdValue(m.username), base64Of(m.certificate));
    }
    for (const CertificateMapping &m : mappings) {
        if (m.kind != CertificateMapping::Kind::ManyToOne)
            continue;
        lines << appcmd + target + QLatin1Char(' ') + section +
                     QStringLiteral(" /+\"manyToOneMappings.[name='%1',description='%2',"
                                    "enabled='%3',permissionMode='%4',userName='%5',password='']\""
                                    " /commit:apphost")
                         .arg(appcmdValue(m.name), appcmdValue(m.description), iisBool(m.enabled),
                              iisPermission(m.permission), appcmdValue(m.username));
        for (const MappingRule &rule : m.rules)
            lines << appcmd + target + QLatin1Char(' ') + section +
                         QStringLiteral(" /+\"manyToOneMappings.[name='%1'].rules.["
                                        "certificateField='%2',certificateSubField='%3',"
                                        "matchCriteria='%4',compareCaseSensitive='%5']\""
                                        " /commit:apphost")
                             .arg(appcmdValue(m.name), iisField(rule.field),
                                  appcmdValue(rule.subfield), appcmdValue(rule.pattern),
                                  iisBool(rule.caseSensitive));
    }
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace trustdesk
