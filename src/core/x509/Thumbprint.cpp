#include "Thumbprint.h"

#include "../InputError.h"

namespace trustdesk {

Thumbprint Thumbprint::parse(const QString &text)
{
    const auto thumbprint = fromText(text);
    if (!thumbprint)
        throw InputError(tr("'%1' is not a thumbprint: expected 40 hex digits (SHA-1), "
                            "with or without spaces or colons")
                             .arg(text));
    return *thumbprint;
}

std::optional<Thumbprint> Thumbprint::fromText(const QString &text)
{
    QString hex;
    hex.reserve(Length * 2);
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('-'))
            continue;
        const bool isHex = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!isHex)
            return std::nullopt;
        hex.append(c.toUpper());
    }
    if (hex.size() != Length * 2)
        return std::nullopt;
    return Thumbprint(hex);
}

Thumbprint Thumbprint::fromBytes(const QByteArray &sha1)
{
    return Thumbprint(QString::fromLatin1(sha1.toHex().toUpper()));
}

QString Thumbprint::groupHex(const QString &hex)
{
    QString out;
    out.reserve(hex.size() + hex.size() / 4);
    for (int i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            out.append(QLatin1Char(' '));
        out.append(hex.mid(i, 4));
    }
    return out;
}

} // namespace trustdesk
