#include "CommonName.h"

namespace trustdesk {

namespace {

QString asciiLowered(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            c = QChar(char16_t(u + (u'a' - u'A')));
    }
    return text;
}

} // namespace

bool CommonName::hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

bool CommonName::hasFormatCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t u = text.at(i).unicode();
        if (u < 0xAD)
            continue; // below the first format character (the soft hyphen)
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            u = QChar::surrogateToUcs4(char16_t(u), text.at(++i).unicode());
        if (QChar::category(u) == QChar::Other_Format)
            return true;
    }
    return false;
}

QString CommonName::usable(const Certificate &cert, QString *problem)
{
    const CommonNames cns = cert.commonNames();
    if (cns.values.isEmpty()) {
        *problem = tr("its subject has no CN");
        return QString();
    }
    if (cns.values.size() > 1) {
        *problem = tr("its subject has %1 CNs, and only a subject with exactly one CN can be "
                      "matched")
                       .arg(cns.values.size());
        return QString();
    }
    if (!cns.allDecodable) {
        *problem = tr("its CN is not valid text in its declared string type");
        return QString();
    }
    if (hasControlCharacter(cns.values.first()) || cns.values.first().contains(QChar(0))) {
        *problem = tr("its CN contains a NUL or other control character");
        return QString();
    }
    if (hasFormatCharacter(cns.values.first())) {
        *problem = tr("its CN contains an invisible format character (a bidi override or a "
                      "zero-width character), so it can read like another name");
        return QString();
    }
    if (cns.values.first().trimmed().isEmpty()) {
        *problem = tr("its CN is empty");
        return QString();
    }
    problem->clear();
    return cns.values.first();
}

bool CommonName::equal(const QString &a, const QString &b)
{
    return key(a) == key(b);
}

QString CommonName::key(const QString &cn)
{
    return asciiLowered(cn.trimmed());
}

} // namespace trustdesk
