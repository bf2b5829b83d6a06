// PKCS#12 files from outside, with their passphrase: the MAC, the key-derivation limits,
// the decryption of each part and the key inside.
#include "FuzzSupport.h"
#include "x509/CertificateLoader.h"

using namespace trustdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        const LoadedCertificates loaded = CertificateLoader::loadBytes(
            fuzz::bytes(data, size), QStringLiteral("fuzz.p12"), QByteArrayLiteral("demo"));
        fuzz::touch(loaded.certificates);
        if (!loaded.privateKey.isNull())
            fuzz::consume(loaded.privateKey.description().size());
    } catch (const InputError &) {
    }
    return 0;
}
