// Reads the <iisClientCertificateMappingAuthentication> element of a web.config or an
// applicationHost.config (inside <location path="..."> too) with Qt's XML stream reader,
// and finds every problem in it, each naming the mapping and what IIS would do with it: the
// pitfalls that cost administrators hours first (a certificate value on several lines or
// with spaces, with the BEGIN/END armour left in, not base64, or decoding to damaged DER,
// with the error IIS itself logs), then everything else that is wrong. Passwords
// ([enc:AesProvider:...:enc]) are opaque to anyone but that IIS machine: noted, never read.
#pragma once

#include "../domain/CertificateMapping.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace trustdesk {

struct IisMapping
{
    CertificateMapping mapping;
    QString origin;   // "oneToOneMappings, entry 2" or "manyToOneMappings 'Contoso staff'"
    QString location; // the <location path> it sits in, "" at the top
    int line = 0;
    bool hasPassword = false;
};

struct IisProblem
{
    QString mapping; // the origin of the mapping it is about ("" for the file)
    int line = 0;
    int column = 0;
    QString text;
    QString line1() const; // one line: "LINE:COL: MAPPING: TEXT"
};

struct IisConfig
{
    QList<IisMapping> mappings; // in the file's order
    QList<IisProblem> problems; // anything here and nothing may be imported
    QStringList notes;          // worth knowing, not wrong (passwords left out, ...)
    bool found = false;         // the element was in the file
};

class IisConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(IisConfigReader)
public:
    // The Win32 statuses IIS logs when it cannot read a mapping's certificate.
    static constexpr quint32 Asn1Eod = 0x80093102;    // CRYPT_E_ASN1_EOD
    static constexpr quint32 Asn1BadTag = 0x8009310B; // CRYPT_E_ASN1_BADTAG

    static IisConfig read(const QByteArray &xml);
    // What is wrong with the `certificate` value of a one-to-one mapping ("" if nothing),
    // and the certificate when it is right.
    static QString certificateProblem(const QString &value, Certificate *certificate);
};

} // namespace trustdesk
