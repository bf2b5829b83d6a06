#include "WhatIfApplyService.h"

namespace trustdesk {

void WhatIfApplyService::apply(Store &store, qint64 organisationId, const WhatIfChanges &changes,
                               const QString &username)
{
    Store::Transaction transaction(store);
    if (!changes.install.isEmpty())
        store.rootStore().add(changes.install);
    for (const Certificate &cert : changes.uninstall)
        store.rootStore().remove(cert.thumbprint().key());
    if (!changes.approve.isEmpty())
        store.approvedCas(organisationId).add(changes.approve);
    for (const Certificate &cert : changes.unapprove)
        store.approvedCas(organisationId).remove(cert.thumbprint().key());
    if (changes.matchCn) {
        OrganisationSettings settings = store.organisations().get(organisationId);
        settings.matchCn = *changes.matchCn;
        store.organisations().update(settings);
    }
    if (changes.enableUser) {
        UserProfile profile = store.users().get(organisationId, username).profile;
        if (profile.disabled) {
            profile.disabled = false;
            store.users().update(organisationId, profile);
        }
    }
    if (!changes.thumbprintForUser.isEmpty())
        store.users().addCredential(organisationId, username, CredentialKind::Thumbprint,
                                    changes.thumbprintForUser);
    if (!changes.commonNameForUser.isEmpty())
        store.users().addCredential(organisationId, username, CredentialKind::CommonName,
                                    changes.commonNameForUser);
    transaction.commit();
}

} // namespace trustdesk
