#include "MappingService.h"

#include "../InputError.h"
#include "../store/Store.h"
#include "IisConfigWriter.h"
#include "TrustSnapshotLoader.h"

#include <QSet>

namespace trustdesk {

namespace {

// The users a file maps to, each once, in the file's order.
QStringList usersOf(const IisConfig &config)
{
    QStringList out;
    QSet<QString> seen;
    for (const IisMapping &m : config.mappings) {
        const QString key = m.mapping.username.toCaseFolded();
        if (m.mapping.username.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        out << m.mapping.username;
    }
    return out;
}

} // namespace

IisConfig MappingService::check(const QByteArray &xml, Store *store, qint64 organisationId)
{
    IisConfig config = IisConfigReader::read(xml);
    if (!store)
        return config;
    // Not a fault of the file: import creates them with --create-users.
    for (const QString &username : usersOf(config))
        if (!store->users().find(organisationId, username))
            config.notes << tr("user '%1' does not exist in TrustDesk: import with "
                               "--create-users to create it")
                                .arg(username);
    return config;
}

IisImportResult MappingService::importIis(Store &store, qint64 organisationId,
                                          const QByteArray &xml, bool createUsers)
{
    IisConfig config = IisConfigReader::read(xml);
    QStringList missing;
    for (const QString &username : usersOf(config))
        if (!store.users().find(organisationId, username))
            missing << username;
    if (!createUsers) {
        for (const IisMapping &m : std::as_const(config.mappings))
            if (missing.contains(m.mapping.username))
                config.problems.append({m.origin, m.line, 0,
                                        tr("its user '%1' does not exist (give --create-users "
                                           "to create it)")
                                            .arg(m.mapping.username)});
    }
    if (!config.problems.isEmpty()) {
        QStringList lines;
        for (const IisProblem &problem : std::as_const(config.problems))
            lines << problem.line1();
        throw InputError(tr("nothing was imported: the file has %n problem(s):\n%1", nullptr,
                            int(config.problems.size()))
                             .arg(lines.join(QLatin1Char('\n'))));
    }
    QList<CertificateMapping> mappings;
    for (const IisMapping &m : std::as_const(config.mappings))
        mappings << m.mapping;
    IisImportResult result;
    result.notes = config.notes;
    Store::Transaction transaction(store);
    if (createUsers) {
        for (const QString &username : std::as_const(missing)) {
            UserProfile profile;
            profile.username = username;
            profile.httpsPolicy = Policy::Certificate;
            profile.ftpsPolicy = Policy::Certificate;
            store.users().add(organisationId, profile, std::nullopt);
            result.createdUsers << username;
        }
    }
    result.mappingIds = store.mappings().addAll(organisationId, mappings);
    transaction.commit();
    return result;
}

QByteArray MappingService::exportIis(Store &store, qint64 organisationId, const QString &appcmdSite)
{
    const QList<CertificateMapping> mappings = store.mappings().list(organisationId);
    return appcmdSite.isEmpty() ? IisConfigWriter::webConfig(mappings)
                                : IisConfigWriter::appcmdScript(mappings, appcmdSite);
}

QHash<QString, UserProfile> MappingService::mappedUsers(Store &store, qint64 organisationId,
                                                        const QList<CertificateMapping> &mappings)
{
    QHash<QString, UserProfile> users;
    for (const CertificateMapping &m : mappings) {
        const QString key = m.username.toCaseFolded();
        if (m.username.isEmpty() || users.contains(key))
            continue;
        if (const auto profile = store.users().find(organisationId, m.username))
            users.insert(key, *profile);
    }
    return users;
}

Identification MappingService::identify(Store &store, qint64 organisationId,
                                        const QList<Certificate> &presented, const QDateTime &at)
{
    const QList<CertificateMapping> mappings = store.mappings().list(organisationId);
    const auto snapshot = TrustSnapshotLoader::load(store, organisationId);
    return CertificateMapper::identify(presented, mappings,
                                       mappedUsers(store, organisationId, mappings), *snapshot, at);
}

} // namespace trustdesk
