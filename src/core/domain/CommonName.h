// The CN rules of RULES.md section 3: which subjects have a usable CN, and how two CNs
// (or a CN and a user name) compare.
#pragma once

#include "../x509/Certificate.h"

#include <QCoreApplication>
#include <QString>

namespace trustdesk {

class CommonName
{
    Q_DECLARE_TR_FUNCTIONS(CommonName)
public:
    // The single usable CN of a certificate, or an empty value and, in `problem`, why the
    // subject cannot satisfy A2 or A3 (no CN, several, undecodable, control or invisible
    // format characters).
    static QString usable(const Certificate &cert, QString *problem);
    // Case-insensitive for the ASCII letters A-Z only, after trimming surrounding white
    // space; nothing else is normalised or folded: 'ſ' (U+017F) is not 's', and the Kelvin
    // sign (U+212A) is not 'K', although Unicode case folding says so.
    static bool equal(const QString &a, const QString &b);
    // The key stored for comparisons in SQL: trimmed, ASCII letters lowered. Two CNs are
    // equal() exactly when their keys are equal.
    static QString key(const QString &cn);
    // True when the text contains a control character (C0, DEL or C1).
    static bool hasControlCharacter(const QString &text);
    // True when the text contains an invisible format character (Unicode category Cf:
    // bidi overrides and isolates, zero-width spaces and joiners, the BOM, soft hyphens):
    // text that reads like another name.
    static bool hasFormatCharacter(const QString &text);
};

} // namespace trustdesk
