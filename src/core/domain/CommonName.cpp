#include "CommonName.h"

namespace trustdesk {

bool CommonName::hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
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
    if (cns.values.first().trimmed().isEmpty()) {
        *problem = tr("its CN is empty");
        return QString();
    }
    problem->clear();
    return cns.values.first();
}

bool CommonName::equal(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString CommonName::key(const QString &cn)
{
    return cn.trimmed().toCaseFolded();
}

} // namespace trustdesk
