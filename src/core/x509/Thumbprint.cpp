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

Thumbprint Thumbprint::fromBytes(QByteArrayView sha1)
{
    // One allocation: thumbprints are made on every decision.
    static const char digits[] = "0123456789ABCDEF";
    QString hex(sha1.size() * 2, Qt::Uninitialized);
    QChar *out = hex.data();
    for (const char byte : sha1) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = QLatin1Char(digits[b >> 4]);
        *out++ = QLatin1Char(digits[b & 0x0f]);
    }
    return Thumbprint(std::move(hex));
}

QString Thumbprint::groupHex(const QString &hex)
{
    const qsizetype groups = (hex.size() + 3) / 4;
    QString out(hex.size() + qMax<qsizetype>(groups - 1, 0), Qt::Uninitialized);
    QChar *to = out.data();
    for (qsizetype i = 0; i < hex.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            *to++ = QLatin1Char(' ');
        *to++ = hex.at(i);
    }
    return out;
}

} // namespace trustdesk
