// Certificates from outside: every format the loader reads (PEM, DER, PKCS#7, PKCS#12,
// base64), then every field a view or the engine reads of what came out, then the engine
// itself on it. Refusals (InputError) are the expected answer to garbage; anything else
// that escapes, and every memory error, is a finding.
#include "FuzzSupport.h"
#include "engine/FixFinder.h"
#include "engine/TrustEngine.h"
#include "x509/CertificateLoader.h"

using namespace trustdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte says whether a passphrase comes with the file (PKCS#12).
    const bool withPassphrase = data[0] & 1;
    const QByteArray bytes = fuzz::bytes(data + 1, size - 1);
    try {
        const LoadedCertificates loaded = CertificateLoader::loadBytes(
            bytes, QStringLiteral("fuzz"),
            withPassphrase ? std::optional<QByteArray>(QByteArrayLiteral("demo")) : std::nullopt);
        fuzz::touch(loaded.certificates);
        if (!loaded.certificates.isEmpty()) {
            const auto snapshot = fuzz::snapshotOf(loaded.certificates.mid(1));
            UserProfile user;
            user.username = QStringLiteral("fuzz");
            user.httpsPolicy = Policy::Certificate;
            Verdict verdict = TrustEngine::evaluate(loaded.certificates, &user, Interface::Https,
                                                    *snapshot, fuzz::evaluationTime());
            FixFinder::attach(verdict, &user, *snapshot, {});
            fuzz::consume(verdict.toText().size() + verdict.toJson().size());
        }
    } catch (const InputError &) {
    }
    return 0;
}
