// A certificate thumbprint: SHA-1 over the DER certificate. People see it as uppercase hex
// in groups of four; they may type it with or without spaces or colons, in any case.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace trustdesk {

class Thumbprint
{
    Q_DECLARE_TR_FUNCTIONS(Thumbprint)
public:
    static constexpr int Length = 20;

    // Parses typed input; nullopt unless it is exactly 40 hex digits once spaces, colons
    // and dashes are removed.
    static std::optional<Thumbprint> fromText(const QString &text);
    // The same, throwing an InputError that quotes the text and says what was expected.
    static Thumbprint parse(const QString &text);
    static Thumbprint fromBytes(QByteArrayView sha1);

    // 40 uppercase hex digits, no separators: the form stored and compared.
    QString key() const { return m_key; }
    // "3D17 CFF3 ..." as shown to people.
    QString grouped() const { return groupHex(m_key); }

    // Groups any hex string in fours with spaces (used for SHA-256 fingerprints too).
    static QString groupHex(const QString &hex);

    bool operator==(const Thumbprint &other) const { return m_key == other.m_key; }

private:
    explicit Thumbprint(QString key) : m_key(std::move(key)) {}
    QString m_key;
};

} // namespace trustdesk
