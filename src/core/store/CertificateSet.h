// One set of certificates the engine trusts or consults: the trusted root store and the
// known intermediates (installation-wide), or an organisation's approved CAs. One
// implementation for the three, so that adding, removing and auditing behave alike.
#pragma once

#include "StoreRecords.h"

#include <QCoreApplication>
#include <QList>

namespace trustdesk {

class Store;

class CertificateSet
{
    Q_DECLARE_TR_FUNCTIONS(CertificateSet)
public:
    enum class Kind
    {
        RootStore,     // installed: every certificate in it is an anchor (RULES 1)
        Intermediates, // known intermediates: CAs only, consulted to build paths
        ApprovedCas    // of one organisation: may vouch for a certificate by its CN
    };

    // `organisationId` is used by ApprovedCas only.
    CertificateSet(Store &store, Kind kind, qint64 organisationId = -1)
        : m_store(store), m_kind(kind), m_organisationId(organisationId)
    {}

    QList<StoredCertificate> list();
    // Adds those not yet in the set, each audited; returns how many were new. Refuses the
    // whole list (InputError) when an intermediate is not a CA.
    int add(const QList<Certificate> &certificates);
    // Throws InputError when no certificate of the set has the thumbprint.
    void remove(const QString &thumbprintText);

private:
    struct Spec;
    const Spec &spec() const;
    QString organisationName() const;

    Store &m_store;
    Kind m_kind;
    qint64 m_organisationId;
};

} // namespace trustdesk
