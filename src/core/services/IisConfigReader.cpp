#include "IisConfigReader.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <openssl/asn1.h>

namespace trustdesk {

namespace {

const QString SectionElement = QStringLiteral("iisClientCertificateMappingAuthentication");

QString hex(quint32 code)
{
    return QStringLiteral("0x%1")
        .arg(code, 8, 16, QLatin1Char('0'))
        .toUpper()
        .replace(QLatin1String("0X"), QLatin1String("0x"));
}

std::optional<bool> boolean(const QString &value)
{
    if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

// Where a value is read from, for the problems that name it.
struct Position
{
    int line = 0;
    int column = 0;
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(IisConfigReader)
public:
    explicit Parser(const QByteArray &xml) : m_xml(xml) {}
    IisConfig run();

private:
    void section(const QString &location);
    void clear(const QString &location, CertificateMapping::Kind kind);
    void oneToOneMappings(const QString &location, bool kindEnabled);
    void manyToOneMappings(const QString &location, bool kindEnabled);
    void rules(IisMapping &mapping, const QString &origin);
    void problem(const QString &mapping, const QString &text, Position at = {});
    Position here() const { return {int(m_xml.lineNumber()), int(m_xml.columnNumber())}; }
    bool flag(const QXmlStreamAttributes &attributes, const QString &name, bool fallback,
              const QString &mapping);
    void knownAttributes(const QXmlStreamAttributes &attributes, const QStringList &known,
                         const QString &mapping, Position at);
    void skip();

    QXmlStreamReader m_xml;
    IisConfig m_out;
    bool m_sectionEnabled = true;
};

void Parser::problem(const QString &mapping, const QString &text, Position at)
{
    if (at.line == 0)
        at = here();
    m_out.problems.append({mapping, at.line, at.column, text});
}

bool Parser::flag(const QXmlStreamAttributes &attributes, const QString &name, bool fallback,
                  const QString &mapping)
{
    if (!attributes.hasAttribute(name))
        return fallback;
    const auto value = boolean(attributes.value(name).toString());
    if (!value) {
        problem(mapping, tr("%1=\"%2\" is neither true nor false; IIS refuses to load the "
                            "configuration")
                             .arg(name, attributes.value(name).toString()));
        return fallback;
    }
    return *value;
}

// IIS's configuration system refuses a file with an attribute its schema does not know
// (HTTP 500.19), so a misspelt one is worth naming. The lock* attributes and those in other
// namespaces (xdt: transforms) belong to every element.
void Parser::knownAttributes(const QXmlStreamAttributes &attributes, const QStringList &known,
                             const QString &mapping, Position at)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        const QString name = attribute.qualifiedName().toString();
        if (known.contains(name) || name.startsWith(QLatin1String("lock")) ||
            !attribute.namespaceUri().isEmpty() || name.contains(QLatin1Char(':')))
            continue;
        problem(mapping,
                tr("it has an attribute IIS does not know, %1=\"%2\" (expected one of %3); IIS "
                   "refuses to load the configuration (500.19)")
                    .arg(name, attribute.value().toString(), known.join(QStringLiteral(", "))),
                at);
    }
}

void Parser::skip()
{
    m_xml.skipCurrentElement();
}

IisConfig Parser::run()
{
    QStringList locations; // the <location path> of each open <location>
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() == QLatin1String("location"))
                locations << m_xml.attributes().value(QStringLiteral("path")).toString();
            else if (m_xml.name() == SectionElement)
                section(locations.isEmpty() ? QString() : locations.last());
        } else if (token == QXmlStreamReader::EndElement &&
                   m_xml.name() == QLatin1String("location") && !locations.isEmpty()) {
            locations.removeLast();
        }
    }
    if (m_xml.hasError()) {
        m_out.problems.append(
            {QString(), int(m_xml.lineNumber()), int(m_xml.columnNumber()),
             tr("the file is not well-formed XML: %1; IIS refuses to load the configuration")
                 .arg(m_xml.errorString().remove(QRegularExpression(QStringLiteral("\\.$"))))});
    } else if (!m_out.found) {
        m_out.problems.append(
            {QString(), 0, 0,
             tr("the file has no <%1> element: there is nothing to import").arg(SectionElement)});
    }
    // A many-to-one mapping is known to IIS by its name: two with one name is an error.
    QHash<QString, int> names;
    for (const IisMapping &m : std::as_const(m_out.mappings)) {
        if (m.mapping.kind != CertificateMapping::Kind::ManyToOne || m.mapping.name.isEmpty())
            continue;
        const QString key = m.location + QLatin1Char('\n') + m.mapping.name.toCaseFolded();
        if (names.contains(key))
            m_out.problems.append(
                {m.origin, m.line, 0,
                 tr("a second many-to-one mapping with the name '%1' (the first is on line %2); "
                    "IIS refuses to load the configuration")
                     .arg(m.mapping.name)
                     .arg(names.value(key))});
        else
            names.insert(key, m.line);
    }
    return m_out;
}

void Parser::section(const QString &location)
{
    m_out.found = true;
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QString file = tr("the <%1> element").arg(SectionElement);
    knownAttributes(attributes,
                    {QStringLiteral("enabled"),
                     QStringLiteral("oneToOneCertificateMappingsEnabled"),
                     QStringLiteral("manyToOneCertificateMappingsEnabled"),
                     QStringLiteral("defaultLogonDomain"), QStringLiteral("logonMethod")},
                    file, here());
    m_sectionEnabled = flag(attributes, QStringLiteral("enabled"), false, file);
    const bool oneToOne =
        flag(attributes, QStringLiteral("oneToOneCertificateMappingsEnabled"), true, file);
    const bool manyToOne =
        flag(attributes, QStringLiteral("manyToOneCertificateMappingsEnabled"), true, file);
    if (!m_sectionEnabled)
        m_out.notes << tr("client certificate mapping is not enabled in this file "
                          "(enabled=\"false\" or absent): its mappings are imported disabled");
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("oneToOneMappings"))
            oneToOneMappings(location, oneToOne);
        else if (m_xml.name() == QLatin1String("manyToOneMappings"))
            manyToOneMappings(location, manyToOne);
        else
            skip();
    }
}

// <clear/>: the mappings of this kind read so far at this location are forgotten.
void Parser::clear(const QString &location, CertificateMapping::Kind kind)
{
    m_out.mappings.erase(std::remove_if(m_out.mappings.begin(), m_out.mappings.end(),
                                        [&](const IisMapping &m) {
                                            return m.location == location && m.mapping.kind == kind;
                                        }),
                         m_out.mappings.end());
    skip();
}

void Parser::oneToOneMappings(const QString &location, bool kindEnabled)
{
    if (!kindEnabled)
        m_out.notes << tr("one-to-one mappings are turned off in this file: they are imported "
                          "disabled");
    int entry = 0;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("clear")) {
            clear(location, CertificateMapping::Kind::OneToOne);
            continue;
        }
        if (m_xml.name() != QLatin1String("add")) {
            skip();
            continue;
        }
        const Position at = here();
        const QXmlStreamAttributes attributes = m_xml.attributes();
        IisMapping m;
        m.location = location;
        m.line = at.line;
        m.mapping.kind = CertificateMapping::Kind::OneToOne;
        m.mapping.username = attributes.value(QStringLiteral("userName")).toString().trimmed();
        m.origin =
            tr("one-to-one mapping %1 (line %2%3)")
                .arg(++entry)
                .arg(at.line)
                .arg(m.mapping.username.isEmpty() ? QString()
                                                  : tr(", user '%1'").arg(m.mapping.username));
        m.mapping.enabled = flag(attributes, QStringLiteral("enabled"), true, m.origin) &&
                            kindEnabled && m_sectionEnabled;
        m.hasPassword = !attributes.value(QStringLiteral("password")).isEmpty();
        knownAttributes(attributes,
                        {QStringLiteral("enabled"), QStringLiteral("userName"),
                         QStringLiteral("password"), QStringLiteral("certificate")},
                        m.origin, at);
        if (m.mapping.username.isEmpty())
            problem(m.origin, tr("it has no userName, so IIS signs nobody in with it (401.1)"), at);
        if (!attributes.hasAttribute(QStringLiteral("certificate"))) {
            problem(m.origin, tr("it has no certificate attribute"), at);
        } else {
            const QString text = IisConfigReader::certificateProblem(
                attributes.value(QStringLiteral("certificate")).toString(), &m.mapping.certificate);
            if (!text.isEmpty())
                problem(m.origin, text, at);
        }
        m_out.mappings << m;
        skip();
    }
}

void Parser::manyToOneMappings(const QString &location, bool kindEnabled)
{
    if (!kindEnabled)
        m_out.notes << tr("many-to-one mappings are turned off in this file: they are imported "
                          "disabled");
    int entry = 0;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("clear")) {
            clear(location, CertificateMapping::Kind::ManyToOne);
            continue;
        }
        if (m_xml.name() == QLatin1String("remove")) {
            const QString name = m_xml.attributes().value(QStringLiteral("name")).toString();
            m_out.mappings.erase(
                std::remove_if(m_out.mappings.begin(), m_out.mappings.end(),
                               [&](const IisMapping &m) {
                                   return m.location == location &&
                                          m.mapping.kind == CertificateMapping::Kind::ManyToOne &&
                                          m.mapping.name == name;
                               }),
                m_out.mappings.end());
            skip();
            continue;
        }
        if (m_xml.name() != QLatin1String("add")) {
            skip();
            continue;
        }
        const Position at = here();
        const QXmlStreamAttributes attributes = m_xml.attributes();
        IisMapping m;
        m.location = location;
        m.line = at.line;
        m.mapping.kind = CertificateMapping::Kind::ManyToOne;
        m.mapping.name = attributes.value(QStringLiteral("name")).toString();
        m.mapping.description = attributes.value(QStringLiteral("description")).toString();
        m.mapping.username = attributes.value(QStringLiteral("userName")).toString().trimmed();
        ++entry;
        m.origin = m.mapping.name.isEmpty()
                       ? tr("many-to-one mapping %1 (line %2)").arg(entry).arg(at.line)
                       : tr("many-to-one mapping '%1' (line %2)").arg(m.mapping.name).arg(at.line);
        m.mapping.enabled = flag(attributes, QStringLiteral("enabled"), true, m.origin) &&
                            kindEnabled && m_sectionEnabled;
        m.hasPassword = !attributes.value(QStringLiteral("password")).isEmpty();
        knownAttributes(attributes,
                        {QStringLiteral("name"), QStringLiteral("description"),
                         QStringLiteral("enabled"), QStringLiteral("permissionMode"),
                         QStringLiteral("userName"), QStringLiteral("password")},
                        m.origin, at);
        if (m.mapping.name.trimmed().isEmpty())
            problem(m.origin, tr("it has no name; IIS refuses to load the configuration"), at);
        const QString permission = attributes.value(QStringLiteral("permissionMode")).toString();
        if (permission.isEmpty() ||
            permission.compare(QLatin1String("Allow"), Qt::CaseInsensitive) == 0)
            m.mapping.permission = CertificateMapping::Permission::Allow;
        else if (permission.compare(QLatin1String("Deny"), Qt::CaseInsensitive) == 0)
            m.mapping.permission = CertificateMapping::Permission::Deny;
        else
            problem(m.origin,
                    tr("permissionMode=\"%1\" is neither Allow nor Deny; IIS refuses to load the "
                       "configuration")
                        .arg(permission),
                    at);
        if (m.mapping.permission == CertificateMapping::Permission::Allow &&
            m.mapping.username.isEmpty())
            problem(m.origin,
                    tr("it allows, but has no userName: IIS signs nobody in with it "
                       "(401.1)"),
                    at);
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("rules"))
                rules(m, m.origin);
            else
                skip();
        }
        if (m.mapping.rules.isEmpty())
            problem(m.origin, tr("it has no rules, so it matches no certificate"), at);
        m_out.mappings << m;
    }
}

void Parser::rules(IisMapping &mapping, const QString &origin)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != QLatin1String("add")) {
            skip();
            continue;
        }
        const Position at = here();
        const QXmlStreamAttributes attributes = m_xml.attributes();
        knownAttributes(attributes,
                        {QStringLiteral("certificateField"), QStringLiteral("certificateSubField"),
                         QStringLiteral("matchCriteria"), QStringLiteral("compareCaseSensitive")},
                        origin, at);
        MappingRule rule;
        const QString field = attributes.value(QStringLiteral("certificateField")).toString();
        if (field.compare(QLatin1String("Subject"), Qt::CaseInsensitive) == 0)
            rule.field = MappingRule::Field::Subject;
        else if (field.compare(QLatin1String("Issuer"), Qt::CaseInsensitive) == 0)
            rule.field = MappingRule::Field::Issuer;
        else
            problem(origin,
                    tr("a rule's certificateField=\"%1\" is neither Subject nor Issuer").arg(field),
                    at);
        rule.subfield =
            attributes.value(QStringLiteral("certificateSubField")).toString().trimmed();
        rule.pattern = attributes.value(QStringLiteral("matchCriteria")).toString();
        rule.caseSensitive = flag(attributes, QStringLiteral("compareCaseSensitive"), true, origin);
        if (rule.subfield.isEmpty())
            problem(origin, tr("a rule has no certificateSubField"), at);
        else if (rule.subfieldNid() == NID_undef)
            problem(origin,
                    tr("a rule's certificateSubField \"%1\" is not an attribute name (such as CN, "
                       "OU, O, L, S, C or E): it never matches")
                        .arg(rule.subfield),
                    at);
        if (rule.pattern.isEmpty())
            problem(origin, tr("a rule has an empty matchCriteria"), at);
        mapping.mapping.rules << rule;
        skip();
    }
}

} // namespace

QString IisProblem::line1() const
{
    QString where = line > 0 ? QStringLiteral("line %1").arg(line) : QString();
    if (line > 0 && column > 0)
        where += QStringLiteral(", column %1").arg(column);
    QStringList parts;
    if (!where.isEmpty())
        parts << where;
    if (!mapping.isEmpty())
        parts << mapping;
    parts << text;
    return parts.join(QStringLiteral(": "));
}

QString IisConfigReader::certificateProblem(const QString &value, Certificate *certificate)
{
    const QString eod = tr("IIS fails this mapping with 401.1 and win32 status %1 "
                           "(CRYPT_E_ASN1_EOD)")
                            .arg(hex(Asn1Eod));
    const QString badTag = tr("IIS fails this mapping with 401.1 and win32 status %1 "
                              "(CRYPT_E_ASN1_BADTAG)")
                               .arg(hex(Asn1BadTag));
    if (value.trimmed().isEmpty())
        return tr("its certificate value is empty");
    if (value.contains(QLatin1String("-----BEGIN")) || value.contains(QLatin1String("-----END")))
        return tr("its certificate value still has the -----BEGIN CERTIFICATE----- / -----END "
                  "CERTIFICATE----- armour: %1. Remove those lines and join the rest into one "
                  "line of base64")
            .arg(badTag);
    const bool lineBreaks = value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    bool spaces = false;
    for (const QChar c : value.trimmed())
        spaces = spaces || c.isSpace();
    if (lineBreaks || spaces)
        return tr("its certificate value is on several lines or holds spaces, and IIS needs it "
                  "on one line: %1. Join all the lines of the base64 into one line")
            .arg(eod);
    const QByteArray text = value.trimmed().toLatin1();
    const auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() ||
        value.trimmed().toLatin1() != value.trimmed().toUtf8())
        return tr("its certificate value is not base64: %1. Export the certificate as "
                  "\"Base-64 encoded X.509 (.CER)\" and paste its one line")
            .arg(badTag);
    const QByteArray der = decoded.decoded;
    const Certificate parsed = Certificate::fromDer(der);
    if (!parsed.isNull()) {
        *certificate = parsed;
        return QString();
    }
    // What kind of damage: the DER header promises more than there is (the end came too
    // early), or what is there is not a certificate's structure at all.
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    long length = 0;
    int tag = 0, xclass = 0;
    const int header = ASN1_get_object(&p, &length, &tag, &xclass, long(der.size()));
    const bool truncated = static_cast<unsigned char>(der.at(0)) == 0x30 && (header & 0x80);
    return truncated ? tr("its certificate decodes to damaged DER (it ends before the "
                          "certificate does): %1. Export the certificate again")
                           .arg(eod)
                     : tr("its certificate decodes to something that is not a certificate: %1. "
                          "Export the certificate again")
                           .arg(badTag);
}

IisConfig IisConfigReader::read(const QByteArray &xml)
{
    IisConfig out = Parser(xml).run();
    int withPasswords = 0;
    for (const IisMapping &m : std::as_const(out.mappings))
        withPasswords += m.hasPassword ? 1 : 0;
    if (withPasswords > 0)
        out.notes << tr("%n mapping(s) have a password: it is encrypted for that IIS machine "
                        "([enc:AesProvider:...:enc]) and is not imported",
                        nullptr, withPasswords);
    return out;
}

} // namespace trustdesk
