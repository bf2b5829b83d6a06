// The organisation CA as a whole: storing it, and making sure what it issues can connect
// and authenticate (installed in the root store and approved).
#pragma once

#include "../store/Store.h"

#include <QCoreApplication>

namespace trustdesk {

class OrganisationCaService
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationCaService)
public:
    // Stores the CA (`how`: "create" or "import"); with `installAndApprove`, also installs
    // and approves it. An existing CA is replaced only with `replace` (else InputError).
    static void setCa(Store &store, qint64 organisationId, const OrganisationCa &ca,
                      const QString &how, bool installAndApprove, bool replace = false);
    // Installs and approves `ca` where it is not yet, each audited.
    static void trust(Store &store, qint64 organisationId, const Certificate &ca);
    // Whether `ca` is installed, and approved by the organisation.
    static bool isInstalled(Store &store, const Certificate &ca);
    static bool isApproved(Store &store, qint64 organisationId, const Certificate &ca);
};

} // namespace trustdesk
