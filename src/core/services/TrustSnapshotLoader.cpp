#include "TrustSnapshotLoader.h"

namespace trustdesk {

namespace {

QList<Certificate> certificatesOf(const QList<StoredCertificate> &stored)
{
    QList<Certificate> out;
    out.reserve(stored.size());
    for (const StoredCertificate &s : stored)
        out << s.certificate;
    return out;
}

} // namespace

std::unique_ptr<TrustSnapshot> TrustSnapshotLoader::load(Store &store, qint64 organisationId)
{
    const OrganisationSettings org = store.organisations().get(organisationId);
    QList<RevocationList> crls;
    for (const StoredRevocationList &stored : store.revocationLists().list())
        crls << stored.crl;
    return std::make_unique<TrustSnapshot>(
        org, certificatesOf(store.rootStore().list()), certificatesOf(store.intermediates().list()),
        certificatesOf(store.approvedCas(organisationId).list()), crls);
}

} // namespace trustdesk
