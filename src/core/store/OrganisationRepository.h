// The organisations (tenants) of the store and their settings.
#pragma once

#include "../domain/OrganisationSettings.h"

#include <QCoreApplication>
#include <QList>

namespace trustdesk {

class Store;

class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)
public:
    explicit OrganisationRepository(Store &store) : m_store(store) {}

    QList<OrganisationSettings> all();
    // The named organisation (compared without case), or the first when `name` is empty.
    // Throws InputError when there is none.
    OrganisationSettings get(const QString &name);
    OrganisationSettings get(qint64 id);
    // Empty when there is no such organisation.
    QString nameOf(qint64 id);
    OrganisationSettings create(const QString &name);
    // Validates the ranges, then saves and audits.
    void update(const OrganisationSettings &settings);

private:
    Store &m_store;
};

} // namespace trustdesk
