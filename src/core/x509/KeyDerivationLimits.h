// The key-derivation work a file may ask for. A PKCS#12 file or an encrypted private key
// names its own PBKDF2 iteration count (or scrypt cost), and OpenSSL does whatever is asked:
// a hostile file asking for two billion rounds would hang whoever opens it. Such a file is
// refused, with the count it asked for, before anything is derived.
#pragma once

#include "OpenSslTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace trustdesk {

class KeyDerivationLimits
{
    Q_DECLARE_TR_FUNCTIONS(KeyDerivationLimits)
public:
    // Ten million PBKDF2 rounds: over ten times what careful tools use today.
    static constexpr qint64 MaxIterations = 10'000'000;
    // scrypt's memory (128 * N * r * p bytes).
    static constexpr qint64 MaxScryptMemory = 256LL * 1024 * 1024;

    // What is excessive about the derivation `algorithm` (a PBES1, PBES2/PBKDF2 or scrypt
    // AlgorithmIdentifier) asks for; "" when it is within the limits or names no derivation.
    static QString excess(const X509_ALGOR *algorithm);
    // The same for a whole PKCS#12 file: its MAC, the encryption of each part, and the
    // encrypted keys inside (the parts are decrypted with `passphrase` to look).
    static QString excess(PKCS12 *p12, const QByteArray &passphrase);
    // Only the MAC, which is checked before the passphrase is known to be right.
    static QString macExcess(const PKCS12 *p12);
};

} // namespace trustdesk
