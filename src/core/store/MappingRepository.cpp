#include "MappingRepository.h"

#include "../InputError.h"
#include "../domain/NameRules.h"
#include "SqlSupport.h"
#include "Store.h"

#include <QJsonArray>
#include <QSet>
#include <openssl/objects.h>

namespace trustdesk {

using namespace sql;

namespace {

QString audited(const CertificateMapping &m)
{
    return QStringLiteral("mapping:%1").arg(m.id);
}

// IIS keys a many-to-one mapping by its name and a one-to-one by its certificate, and
// refuses a configuration that holds one twice; so does the store, so every export loads.
void refuseDuplicates(const QList<CertificateMapping> &mappings)
{
    QSet<QString> names;
    QSet<QByteArray> certificates;
    for (const CertificateMapping &m : mappings) {
        if (m.kind == CertificateMapping::Kind::ManyToOne) {
            const QString key = m.name.trimmed().toCaseFolded();
            if (names.contains(key))
                throw InputError(MappingRepository::tr("there is already a many-to-one mapping "
                                                       "named '%1'")
                                     .arg(m.name.trimmed()));
            names.insert(key);
        } else if (!m.certificate.isNull()) {
            if (certificates.contains(m.certificate.der()))
                throw InputError(MappingRepository::tr("there is already a one-to-one mapping "
                                                       "of the certificate %1")
                                     .arg(m.certificate.thumbprint().grouped()));
            certificates.insert(m.certificate.der());
        }
    }
}

} // namespace

void MappingRepository::validate(const CertificateMapping &mapping)
{
    const QString label = mapping.label();
    if (!mapping.username.isEmpty())
        NameRules::validate(tr("username"), mapping.username);
    if (mapping.kind == CertificateMapping::Kind::OneToOne) {
        if (mapping.certificate.isNull())
            throw InputError(tr("a one-to-one mapping needs a certificate"));
        if (mapping.username.isEmpty())
            throw InputError(tr("the one-to-one mapping of '%1' needs a user").arg(label));
        return;
    }
    if (mapping.name.trimmed().isEmpty())
        throw InputError(tr("a many-to-one mapping needs a name"));
    if (mapping.name.size() > 256 || mapping.description.size() > 1024)
        throw InputError(tr("mapping '%1': the name or description is too long").arg(label));
    if (mapping.rules.isEmpty())
        throw InputError(tr("mapping '%1' needs at least one rule").arg(label));
    if (mapping.permission == CertificateMapping::Permission::Allow && mapping.username.isEmpty())
        throw InputError(tr("mapping '%1' allows, so it needs a user").arg(label));
    for (const MappingRule &rule : mapping.rules) {
        if (rule.subfield.isEmpty() || rule.pattern.isEmpty())
            throw InputError(tr("mapping '%1': a rule needs a sub-field and a pattern").arg(label));
        if (rule.subfieldNid() == NID_undef)
            throw InputError(tr("mapping '%1': '%2' is not an attribute name (such as CN, OU, O, "
                                "L, S, C or E)")
                                 .arg(label, rule.subfield));
        if (rule.pattern.size() > 1024)
            throw InputError(tr("mapping '%1': a pattern is too long").arg(label));
    }
}

QList<CertificateMapping> MappingRepository::list(qint64 organisationId)
{
    QSqlQuery query =
        prepared(m_store.database(),
                 QStringLiteral("SELECT m.id, m.kind, m.enabled, m.username, m.name, m.description,"
                                " m.permission, c.der FROM certificate_mappings m"
                                " LEFT JOIN certificates c ON c.id = m.certificate_id"
                                " WHERE m.organisation_id = ? ORDER BY m.position, m.id"));
    query.addBindValue(organisationId);
    run(query);
    QList<CertificateMapping> out;
    QHash<qint64, int> index;
    while (query.next()) {
        CertificateMapping m;
        m.id = query.value(0).toLongLong();
        m.kind = query.value(1).toString() == QLatin1String("one-to-one")
                     ? CertificateMapping::Kind::OneToOne
                     : CertificateMapping::Kind::ManyToOne;
        m.enabled = query.value(2).toBool();
        m.username = query.value(3).toString();
        m.name = query.value(4).toString();
        m.description = query.value(5).toString();
        m.permission = query.value(6).toString() == QLatin1String("deny")
                           ? CertificateMapping::Permission::Deny
                           : CertificateMapping::Permission::Allow;
        if (!query.isNull(7))
            m.certificate = Certificate::fromDer(query.value(7).toByteArray());
        index.insert(m.id, int(out.size()));
        out << m;
    }
    QSqlQuery rules = prepared(
        m_store.database(),
        QStringLiteral("SELECT r.mapping_id, r.field, r.subfield, r.pattern, r.case_sensitive"
                       " FROM mapping_rules r JOIN certificate_mappings m ON m.id = r.mapping_id"
                       " WHERE m.organisation_id = ? ORDER BY r.mapping_id, r.position"));
    rules.addBindValue(organisationId);
    run(rules);
    while (rules.next()) {
        const int at = index.value(rules.value(0).toLongLong(), -1);
        if (at < 0)
            continue;
        MappingRule rule;
        rule.field = rules.value(1).toString() == QLatin1String("issuer")
                         ? MappingRule::Field::Issuer
                         : MappingRule::Field::Subject;
        rule.subfield = rules.value(2).toString();
        rule.pattern = rules.value(3).toString();
        rule.caseSensitive = rules.value(4).toBool();
        out[at].rules << rule;
    }
    return out;
}

CertificateMapping MappingRepository::get(qint64 organisationId, qint64 id)
{
    for (const CertificateMapping &m : list(organisationId))
        if (m.id == id)
            return m;
    throw InputError(tr("no certificate mapping %1 in organisation '%2'")
                         .arg(id)
                         .arg(m_store.organisations().nameOf(organisationId)));
}

void MappingRepository::writeRules(qint64 mappingId, const QList<MappingRule> &rules)
{
    QSqlQuery clear = prepared(m_store.database(),
                               QStringLiteral("DELETE FROM mapping_rules WHERE mapping_id = ?"));
    clear.addBindValue(mappingId);
    run(clear);
    for (int i = 0; i < rules.size(); ++i) {
        QSqlQuery insert = prepared(
            m_store.database(),
            QStringLiteral("INSERT INTO mapping_rules (mapping_id, position, field, subfield,"
                           " pattern, case_sensitive) VALUES (?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(mappingId);
        insert.addBindValue(i);
        insert.addBindValue(MappingRule::fieldName(rules.at(i).field));
        insert.addBindValue(rules.at(i).subfield);
        insert.addBindValue(rules.at(i).pattern);
        insert.addBindValue(rules.at(i).caseSensitive ? 1 : 0);
        run(insert);
    }
}

qint64 MappingRepository::insert(qint64 organisationId, const CertificateMapping &m, int position)
{
    QSqlQuery insert = prepared(
        m_store.database(),
        QStringLiteral("INSERT INTO certificate_mappings (organisation_id, position, kind, enabled,"
                       " username, name, description, permission, certificate_id, created)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(organisationId);
    insert.addBindValue(position);
    insert.addBindValue(CertificateMapping::kindName(m.kind));
    insert.addBindValue(m.enabled ? 1 : 0);
    insert.addBindValue(text(m.username));
    insert.addBindValue(text(m.name));
    insert.addBindValue(text(m.description));
    insert.addBindValue(CertificateMapping::permissionName(m.permission));
    insert.addBindValue(m.certificate.isNull()
                            ? QVariant()
                            : QVariant(m_store.certificates().idFor(m.certificate)));
    insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    run(insert);
    const qint64 id = insert.lastInsertId().toLongLong();
    writeRules(id, m.rules);
    return id;
}

QList<qint64> MappingRepository::addAll(qint64 organisationId,
                                        const QList<CertificateMapping> &mappings)
{
    for (const CertificateMapping &m : mappings)
        validate(m);
    const QString org = m_store.organisations().nameOf(organisationId);
    Store::Transaction transaction(m_store);
    refuseDuplicates(list(organisationId) + mappings);
    int position = int(
        scalar(m_store.database(), QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM "
                                                  "certificate_mappings WHERE organisation_id = %1")
                                       .arg(organisationId)));
    QList<qint64> ids;
    for (CertificateMapping m : mappings) {
        m.id = insert(organisationId, m, ++position);
        ids << m.id;
        m_store.auditLog().record(org, QStringLiteral("mapping.add"), audited(m), {}, m.toJson());
    }
    transaction.commit();
    return ids;
}

qint64 MappingRepository::add(qint64 organisationId, const CertificateMapping &mapping)
{
    return addAll(organisationId, {mapping}).first();
}

void MappingRepository::update(qint64 organisationId, const CertificateMapping &mapping)
{
    validate(mapping);
    const QString org = m_store.organisations().nameOf(organisationId);
    Store::Transaction transaction(m_store);
    const CertificateMapping before = get(organisationId, mapping.id);
    if (before.kind != mapping.kind)
        throw InputError(tr("mapping %1 cannot change from %2 to %3")
                             .arg(mapping.id)
                             .arg(CertificateMapping::kindName(before.kind),
                                  CertificateMapping::kindName(mapping.kind)));
    QList<CertificateMapping> after = list(organisationId);
    for (CertificateMapping &m : after)
        if (m.id == mapping.id)
            m = mapping;
    refuseDuplicates(after);
    QSqlQuery update = prepared(
        m_store.database(),
        QStringLiteral("UPDATE certificate_mappings SET enabled = ?, username = ?, name = ?,"
                       " description = ?, permission = ?, certificate_id = ? WHERE id = ?"));
    update.addBindValue(mapping.enabled ? 1 : 0);
    update.addBindValue(text(mapping.username));
    update.addBindValue(text(mapping.name));
    update.addBindValue(text(mapping.description));
    update.addBindValue(CertificateMapping::permissionName(mapping.permission));
    update.addBindValue(mapping.certificate.isNull()
                            ? QVariant()
                            : QVariant(m_store.certificates().idFor(mapping.certificate)));
    update.addBindValue(mapping.id);
    run(update);
    writeRules(mapping.id, mapping.rules);
    m_store.auditLog().record(org, QStringLiteral("mapping.set"), audited(mapping), before.toJson(),
                              mapping.toJson());
    transaction.commit();
}

void MappingRepository::remove(qint64 organisationId, qint64 id)
{
    const QString org = m_store.organisations().nameOf(organisationId);
    Store::Transaction transaction(m_store);
    const CertificateMapping before = get(organisationId, id);
    QSqlQuery remove = prepared(m_store.database(),
                                QStringLiteral("DELETE FROM certificate_mappings WHERE id = ?"));
    remove.addBindValue(id);
    run(remove);
    m_store.auditLog().record(org, QStringLiteral("mapping.remove"), audited(before),
                              before.toJson(), {});
    transaction.commit();
}

void MappingRepository::renumber(qint64 organisationId, const QList<qint64> &order)
{
    Q_UNUSED(organisationId)
    for (int i = 0; i < order.size(); ++i) {
        QSqlQuery update =
            prepared(m_store.database(),
                     QStringLiteral("UPDATE certificate_mappings SET position = ? WHERE id = ?"));
        update.addBindValue(i + 1);
        update.addBindValue(order.at(i));
        run(update);
    }
}

void MappingRepository::move(qint64 organisationId, qint64 id, int position)
{
    const QString org = m_store.organisations().nameOf(organisationId);
    Store::Transaction transaction(m_store);
    const QList<CertificateMapping> all = list(organisationId);
    QList<qint64> order;
    int from = -1;
    for (const CertificateMapping &m : all) {
        if (m.id == id)
            from = int(order.size());
        order << m.id;
    }
    if (from < 0)
        throw InputError(tr("no certificate mapping %1 in organisation '%2'").arg(id).arg(org));
    if (position < 1 || position > order.size())
        throw InputError(tr("position %1 is not between 1 and %2").arg(position).arg(order.size()));
    order.move(from, position - 1);
    renumber(organisationId, order);
    m_store.auditLog().record(org, QStringLiteral("mapping.move"),
                              QStringLiteral("mapping:%1").arg(id),
                              QJsonObject{{QStringLiteral("position"), from + 1}},
                              QJsonObject{{QStringLiteral("position"), position}});
    transaction.commit();
}

void MappingRepository::setEnabled(qint64 organisationId, qint64 id, bool enabled)
{
    CertificateMapping mapping = get(organisationId, id);
    if (mapping.enabled == enabled)
        return;
    mapping.enabled = enabled;
    update(organisationId, mapping);
}

} // namespace trustdesk
