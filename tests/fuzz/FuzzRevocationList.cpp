// Revocation lists from outside (PEM, one or many, or DER), and what the engine reads of
// them: issuer, dates, the revoked entries, and their use in a path check.
#include "FuzzSupport.h"
#include "engine/TrustEngine.h"
#include "x509/RevocationList.h"

using namespace trustdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        const QList<RevocationList> crls =
            RevocationList::loadBytes(fuzz::bytes(data, size), QStringLiteral("fuzz.crl"));
        for (const RevocationList &crl : crls)
            fuzz::consume(crl.issuerText().size() + crl.thisUpdate().isValid() +
                          crl.nextUpdate().isValid() + crl.revokedCount() + crl.der().size());
        // Checked against a fixed chain, as the engine would.
        static const auto chain = fuzz::sampleChain();
        if (!chain.isEmpty() && !crls.isEmpty()) {
            OrganisationSettings org;
            org.id = 1;
            org.requireRevocation = size % 2 == 0;
            const TrustSnapshot snapshot(org, {chain.last()}, {}, {}, crls);
            fuzz::consume(TrustEngine::evaluate(chain, nullptr, Interface::Https, snapshot,
                                                fuzz::evaluationTime())
                              .connect.reason.size());
        }
    } catch (const InputError &) {
    }
    return 0;
}
