// The organisation's IIS certificate mappings as administrative actions: import a web.config
// (all or nothing, creating the mapped users when asked, in one transaction), check one,
// export one (or an appcmd.exe script), and identify who a certificate signs in as.
#pragma once

#include "../engine/CertificateMapper.h"
#include "IisConfigReader.h"

#include <QCoreApplication>
#include <QStringList>

namespace trustdesk {

class Store;

struct IisImportResult
{
    QList<qint64> mappingIds;
    QStringList createdUsers;
    QStringList notes; // the reader's notes (passwords left out, disabled sections)
};

class MappingService
{
    Q_DECLARE_TR_FUNCTIONS(MappingService)
public:
    // Everything wrong with the file; with a store, notes name the mapped users it lacks.
    static IisConfig check(const QByteArray &xml, Store *store = nullptr,
                           qint64 organisationId = 0);
    // Adds the file's mappings after the existing ones, or throws InputError listing every
    // problem, one per line, each naming the mapping; then nothing has changed.
    // `createUsers`: a mapped user who does not exist is created (certificate policy on
    // both interfaces) in the same transaction.
    static IisImportResult importIis(Store &store, qint64 organisationId, const QByteArray &xml,
                                     bool createUsers);
    // A web.config that IIS reads, or with a site name an appcmd.exe script for it.
    static QByteArray exportIis(Store &store, qint64 organisationId,
                                const QString &appcmdSite = QString());
    // Who the mappings sign `presented` in as, with every mapping explained.
    static Identification identify(Store &store, qint64 organisationId,
                                   const QList<Certificate> &presented, const QDateTime &at);
    // The profiles of the users `mappings` name, keyed as CertificateMapper expects.
    static QHash<QString, UserProfile> mappedUsers(Store &store, qint64 organisationId,
                                                   const QList<CertificateMapping> &mappings);
};

} // namespace trustdesk
