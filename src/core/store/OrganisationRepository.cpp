#include "OrganisationRepository.h"

#include "../InputError.h"
#include "../domain/NameRules.h"
#include "SqlSupport.h"
#include "Store.h"

namespace trustdesk {

using namespace sql;

namespace {

const char *const OrganisationColumns =
    "SELECT id, name, match_cn, tank_days, tank_cap, require_revocation, allow_sha1"
    " FROM organisations ";

OrganisationSettings readOrganisation(const QSqlQuery &query)
{
    OrganisationSettings org;
    org.id = query.value(0).toLongLong();
    org.name = query.value(1).toString();
    org.matchCn = query.value(2).toBool();
    org.tankDays = query.value(3).toInt();
    org.tankCap = query.value(4).toInt();
    org.requireRevocation = query.value(5).toBool();
    org.allowSha1Signatures = query.value(6).toBool();
    return org;
}

} // namespace

QList<OrganisationSettings> OrganisationRepository::all()
{
    QSqlQuery query = prepared(m_store.database(), QString::fromLatin1(OrganisationColumns) +
                                                       QStringLiteral("ORDER BY id"));
    run(query);
    QList<OrganisationSettings> out;
    while (query.next())
        out << readOrganisation(query);
    return out;
}

OrganisationSettings OrganisationRepository::get(const QString &name)
{
    QSqlQuery query =
        prepared(m_store.database(), QString::fromLatin1(OrganisationColumns) +
                                         (name.isEmpty() ? QStringLiteral("ORDER BY id LIMIT 1")
                                                         : QStringLiteral("WHERE name_key = ?")));
    if (!name.isEmpty())
        query.addBindValue(name.toCaseFolded());
    run(query);
    if (!query.next()) {
        if (name.isEmpty())
            throw InputError(tr("%1: the store has no organisation yet; create one with "
                                "'trustdesk-cli init'")
                                 .arg(m_store.location()));
        throw InputError(tr("unknown organisation '%1'").arg(name));
    }
    return readOrganisation(query);
}

OrganisationSettings OrganisationRepository::get(qint64 id)
{
    QSqlQuery query = prepared(m_store.database(), QString::fromLatin1(OrganisationColumns) +
                                                       QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    run(query);
    if (!query.next())
        throw InputError(tr("the organisation with id %1 no longer exists").arg(id));
    return readOrganisation(query);
}

QString OrganisationRepository::nameOf(qint64 id)
{
    QSqlQuery query =
        prepared(m_store.database(), QStringLiteral("SELECT name FROM organisations WHERE id = ?"));
    query.addBindValue(id);
    run(query);
    return query.next() ? query.value(0).toString() : QString();
}

OrganisationSettings OrganisationRepository::create(const QString &name)
{
    NameRules::validate(tr("organisation name"), name);
    Store::Transaction transaction(m_store);
    QSqlQuery exists = prepared(m_store.database(),
                                QStringLiteral("SELECT 1 FROM organisations WHERE name_key = ?"));
    exists.addBindValue(name.toCaseFolded());
    run(exists);
    if (exists.next())
        throw InputError(tr("organisation '%1' already exists").arg(name));
    QSqlQuery insert = prepared(
        m_store.database(),
        QStringLiteral("INSERT INTO organisations (name, name_key, created) VALUES (?, ?, ?)"));
    insert.addBindValue(name);
    insert.addBindValue(name.toCaseFolded());
    insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    run(insert);
    OrganisationSettings org;
    org.id = insert.lastInsertId().toLongLong();
    org.name = name;
    m_store.auditLog().record(name, QStringLiteral("organisation.create"),
                              QStringLiteral("organisation:%1").arg(name), {}, org.toJson());
    transaction.commit();
    return org;
}

void OrganisationRepository::update(const OrganisationSettings &settings)
{
    if (settings.tankDays < 1 || settings.tankDays > 3650)
        throw InputError(tr("holding tank expiry must be between 1 and 3650 days, not %1")
                             .arg(settings.tankDays));
    if (settings.tankCap < 1 || settings.tankCap > 10000)
        throw InputError(
            tr("holding tank cap must be between 1 and 10000 pairs, not %1").arg(settings.tankCap));
    Store::Transaction transaction(m_store);
    const OrganisationSettings before = get(settings.id);
    QSqlQuery update = prepared(
        m_store.database(),
        QStringLiteral("UPDATE organisations SET match_cn = ?, tank_days = ?, tank_cap = ?,"
                       " require_revocation = ?, allow_sha1 = ? WHERE id = ?"));
    update.addBindValue(settings.matchCn ? 1 : 0);
    update.addBindValue(settings.tankDays);
    update.addBindValue(settings.tankCap);
    update.addBindValue(settings.requireRevocation ? 1 : 0);
    update.addBindValue(settings.allowSha1Signatures ? 1 : 0);
    update.addBindValue(settings.id);
    run(update);
    m_store.auditLog().record(before.name, QStringLiteral("organisation.set"),
                              QStringLiteral("organisation:%1").arg(before.name), before.toJson(),
                              settings.toJson());
    transaction.commit();
}

} // namespace trustdesk
