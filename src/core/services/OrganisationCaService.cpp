#include "OrganisationCaService.h"

#include "../InputError.h"

#include <algorithm>

namespace trustdesk {

namespace {

bool contains(const QList<StoredCertificate> &list, const Certificate &cert)
{
    return std::any_of(list.begin(), list.end(),
                       [&cert](const StoredCertificate &s) { return s.certificate == cert; });
}

} // namespace

void OrganisationCaService::setCa(Store &store, qint64 organisationId, const OrganisationCa &ca,
                                  const QString &how, bool installAndApprove, bool replace)
{
    const auto existing = store.organisationCa().get(organisationId);
    if (existing && !replace)
        throw InputError(tr("organisation '%1' already has a CA ('%2'); replace it explicitly")
                             .arg(store.organisations().nameOf(organisationId),
                                  existing->certificate().displayName()));
    Store::Transaction transaction(store);
    store.organisationCa().save(organisationId, ca, how, existing);
    if (installAndApprove)
        trust(store, organisationId, ca.certificate());
    transaction.commit();
}

void OrganisationCaService::trust(Store &store, qint64 organisationId, const Certificate &ca)
{
    Store::Transaction transaction(store);
    store.rootStore().add({ca});
    store.approvedCas(organisationId).add({ca});
    transaction.commit();
}

bool OrganisationCaService::isInstalled(Store &store, const Certificate &ca)
{
    return contains(store.rootStore().list(), ca);
}

bool OrganisationCaService::isApproved(Store &store, qint64 organisationId, const Certificate &ca)
{
    return contains(store.approvedCas(organisationId).list(), ca);
}

} // namespace trustdesk
