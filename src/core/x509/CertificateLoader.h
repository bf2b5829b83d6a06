// Reads certificates from whatever an administrator has at hand: PEM (one or many), DER,
// PKCS#7, PKCS#12 (with its passphrase) and the single-line base64 that IIS configuration
// files use. Anything else is refused with a message that names the input and the problem.
#pragma once

#include "Certificate.h"
#include "PrivateKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace trustdesk {

struct LoadedCertificates
{
    QList<Certificate> certificates; // in file order; for PKCS#12 the key's certificate first
    PrivateKey privateKey;           // PKCS#12 only, when the file holds one
    QString format;                  // "PEM", "DER", "PKCS#7", "PKCS#12", "base64"
};

class CertificateLoader
{
    Q_DECLARE_TR_FUNCTIONS(CertificateLoader)
public:
    // No certificate file TrustDesk reads is anywhere near this; the limit stops a
    // /dev/zero or a disk image from being read into memory.
    static constexpr qint64 MaxFileSize = 10 * 1024 * 1024;

    // Reads a regular file or FIFO up to MaxFileSize. Throws InputError("PATH: ...").
    static QByteArray readFile(const QString &path);

    // Throws InputError naming `what`. `passphrase` is needed only for PKCS#12.
    static LoadedCertificates loadFile(const QString &path,
                                       const std::optional<QByteArray> &passphrase = std::nullopt);
    static LoadedCertificates loadBytes(const QByteArray &data, const QString &what,
                                        const std::optional<QByteArray> &passphrase = std::nullopt);
};

} // namespace trustdesk
