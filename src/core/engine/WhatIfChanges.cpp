#include "WhatIfChanges.h"

#include "../domain/CommonName.h"

#include <algorithm>

namespace trustdesk {

namespace {

QList<Certificate> changed(QList<Certificate> list, const QList<Certificate> &add,
                           const QList<Certificate> &remove)
{
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&remove](const Certificate &c) { return remove.contains(c); }),
               list.end());
    for (const Certificate &c : add)
        if (!list.contains(c))
            list << c;
    return list;
}

} // namespace

bool WhatIfChanges::isEmpty() const
{
    return install.isEmpty() && uninstall.isEmpty() && approve.isEmpty() && unapprove.isEmpty() &&
           !matchCn && thumbprintForUser.isEmpty() && commonNameForUser.isEmpty() && !enableUser;
}

std::unique_ptr<TrustSnapshot> WhatIfChanges::apply(const TrustSnapshot &base) const
{
    OrganisationSettings organisation = base.organisation();
    if (matchCn)
        organisation.matchCn = *matchCn;
    return std::make_unique<TrustSnapshot>(
        organisation, changed(base.installed(), install, uninstall), base.intermediates(),
        changed(base.approved(), approve, unapprove), base.revocationLists());
}

UserProfile WhatIfChanges::apply(const UserProfile &user) const
{
    UserProfile out = user;
    if (enableUser)
        out.disabled = false;
    if (!thumbprintForUser.isEmpty() && !out.thumbprints.contains(thumbprintForUser))
        out.thumbprints << thumbprintForUser;
    if (!commonNameForUser.isEmpty() &&
        std::none_of(out.commonNames.begin(), out.commonNames.end(), [this](const QString &cn) {
            return CommonName::equal(cn, commonNameForUser);
        }))
        out.commonNames << commonNameForUser;
    return out;
}

} // namespace trustdesk
