#include "RevocationListRepository.h"

#include "../InputError.h"
#include "SqlSupport.h"
#include "Store.h"

#include <QCryptographicHash>

namespace trustdesk {

using namespace sql;

QList<StoredRevocationList> RevocationListRepository::list()
{
    QSqlQuery query =
        prepared(m_store.database(),
                 QStringLiteral("SELECT id, der, added FROM revocation_lists ORDER BY id"));
    run(query);
    QList<StoredRevocationList> out;
    while (query.next()) {
        StoredRevocationList stored;
        stored.id = query.value(0).toLongLong();
        stored.crl = RevocationList::fromDer(query.value(1).toByteArray());
        stored.added = fromIso(query.value(2));
        if (!stored.crl.isNull())
            out << stored;
    }
    return out;
}

int RevocationListRepository::add(const QList<RevocationList> &crls)
{
    Store::Transaction transaction(m_store);
    int added = 0;
    for (const RevocationList &crl : crls) {
        const QByteArray der = crl.der();
        QSqlQuery insert = prepared(
            m_store.database(),
            insertOrIgnore(QStringLiteral("revocation_lists"),
                           QStringLiteral("(issuer, this_update, next_update, revoked_count, "
                                          "sha256, der, added) VALUES (?, ?, ?, ?, ?, ?, ?)")));
        insert.addBindValue(crl.issuerText());
        insert.addBindValue(iso(crl.thisUpdate()));
        insert.addBindValue(crl.nextUpdate().isValid() ? QVariant(iso(crl.nextUpdate()))
                                                       : QVariant());
        insert.addBindValue(crl.revokedCount());
        insert.addBindValue(
            QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));
        insert.addBindValue(der);
        insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
        run(insert);
        if (insert.numRowsAffected() > 0) {
            ++added;
            m_store.auditLog().record(
                QString(), QStringLiteral("crl.add"),
                QStringLiteral("crl:%1").arg(insert.lastInsertId().toLongLong()), {},
                QJsonObject{{QStringLiteral("issuer"), crl.issuerText()},
                            {QStringLiteral("revoked"), crl.revokedCount()}});
        }
    }
    transaction.commit();
    return added;
}

void RevocationListRepository::remove(qint64 id)
{
    Store::Transaction transaction(m_store);
    QSqlQuery find = prepared(m_store.database(),
                              QStringLiteral("SELECT issuer FROM revocation_lists WHERE id = ?"));
    find.addBindValue(id);
    run(find);
    if (!find.next())
        throw InputError(tr("no revocation list has id %1").arg(id));
    const QString issuer = find.value(0).toString();
    QSqlQuery remove =
        prepared(m_store.database(), QStringLiteral("DELETE FROM revocation_lists WHERE id = ?"));
    remove.addBindValue(id);
    run(remove);
    m_store.auditLog().record(QString(), QStringLiteral("crl.remove"),
                              QStringLiteral("crl:%1").arg(id),
                              QJsonObject{{QStringLiteral("issuer"), issuer}}, {});
    transaction.commit();
}

} // namespace trustdesk
