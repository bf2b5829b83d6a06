// Private keys from outside (PEM, DER, encrypted PKCS#8 with a passphrase), as the
// organisation CA's import and the key checks read them.
#include "FuzzSupport.h"
#include "x509/PrivateKey.h"

using namespace trustdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    for (const bool encryptedOnly : {false, true}) {
        try {
            const PrivateKey key =
                encryptedOnly
                    ? PrivateKey::decrypt(input, QByteArrayLiteral("demo"), QStringLiteral("fuzz"))
                    : PrivateKey::fromBytes(input, QByteArrayLiteral("demo"),
                                            QStringLiteral("fuzz"));
            fuzz::consume(key.description().size());
        } catch (const InputError &) {
        }
    }
    return 0;
}
