// Certificate signing requests from outside (the wizard and `issue --csr` read them): the
// structure, the self-signature check, the subject and the key.
#include "FuzzSupport.h"
#include "x509/CertificateRequest.h"

using namespace trustdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        const CertificateRequest request =
            CertificateRequest::fromBytes(fuzz::bytes(data, size), QStringLiteral("fuzz.csr"));
        fuzz::consume(request.subjectText().size() + request.keyDescription().size() +
                      request.commonNames().values.size() +
                      request.requestedEmailAddresses().size());
    } catch (const InputError &) {
    }
    return 0;
}
