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
    // subject cannot satisfy A2 or A3 (no CN, several, undecodable, control characters).
    static QString usable(const Certificate &cert, QString *problem);
    // Case-insensitive after trimming surrounding white space; nothing else is normalised.
    static bool equal(const QString &a, const QString &b);
    // The key stored for comparisons in SQL (case-folded, trimmed).
    static QString key(const QString &cn);
    // True when the text contains a control character (C0, DEL or C1).
    static bool hasControlCharacter(const QString &text);
};

} // namespace trustdesk
