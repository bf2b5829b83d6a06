// An organisation's IIS certificate mappings (RULES.md section 3), in evaluation order, with
// the rules of each many-to-one mapping. Every change is one transaction with its audit row.
#pragma once

#include "../domain/CertificateMapping.h"

#include <QCoreApplication>
#include <QList>

namespace trustdesk {

class Store;

class MappingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MappingRepository)
public:
    explicit MappingRepository(Store &store) : m_store(store) {}

    // In list order (the order `map list` shows; one-to-one ones are consulted first).
    QList<CertificateMapping> list(qint64 organisationId);
    CertificateMapping get(qint64 organisationId, qint64 id); // throws InputError

    // Appends `mapping` (validated: a one-to-one needs a certificate and a user, a
    // many-to-one a name, at least one rule, and a user when it allows); returns its id.
    qint64 add(qint64 organisationId, const CertificateMapping &mapping);
    // Several at once, in order, in one transaction: all or none.
    QList<qint64> addAll(qint64 organisationId, const QList<CertificateMapping> &mappings);
    // Replaces everything but the position of mapping `mapping.id`.
    void update(qint64 organisationId, const CertificateMapping &mapping);
    void remove(qint64 organisationId, qint64 id);
    // Moves mapping `id` to `position` (1 = first); the others keep their order.
    void move(qint64 organisationId, qint64 id, int position);
    void setEnabled(qint64 organisationId, qint64 id, bool enabled);

    // Throws InputError naming what is wrong with `mapping`.
    static void validate(const CertificateMapping &mapping);

private:
    qint64 insert(qint64 organisationId, const CertificateMapping &mapping, int position);
    void writeRules(qint64 mappingId, const QList<MappingRule> &rules);
    void renumber(qint64 organisationId, const QList<qint64> &order);

    Store &m_store;
};

} // namespace trustdesk
