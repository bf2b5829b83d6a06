#include "IssuedCertificateRepository.h"

#include "SqlSupport.h"
#include "Store.h"

namespace trustdesk {

using namespace sql;

qint64 IssuedCertificateRepository::add(qint64 organisationId, qint64 userId,
                                        const IssuedCertificateRecord &record)
{
    const Certificate &certificate = record.certificate;
    QSqlQuery insert = prepared(
        m_store.database(),
        QStringLiteral("INSERT INTO issued_certificates (organisation_id, user_id, username, "
                       "certificate_id, serial, subject, thumbprint, not_after, registered, "
                       "issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(organisationId);
    insert.addBindValue(userId >= 0 ? QVariant(userId) : QVariant());
    insert.addBindValue(text(record.username));
    insert.addBindValue(m_store.certificates().idFor(certificate));
    insert.addBindValue(record.serial);
    insert.addBindValue(text(certificate.subjectText()));
    insert.addBindValue(certificate.thumbprint().key());
    insert.addBindValue(iso(certificate.notAfter()));
    insert.addBindValue(text(record.registered));
    insert.addBindValue(iso(record.issuedAt));
    insert.addBindValue(record.issuedBy);
    run(insert);
    return insert.lastInsertId().toLongLong();
}

QList<IssuedCertificateRecord> IssuedCertificateRepository::list(qint64 organisationId,
                                                                 const QString &username)
{
    const bool oneUser = !username.isEmpty();
    QSqlQuery query = prepared(
        m_store.database(),
        QStringLiteral("SELECT i.id, i.username, c.der, i.serial, i.registered, i.issued_at,"
                       " i.issued_by FROM issued_certificates i"
                       " JOIN certificates c ON c.id = i.certificate_id"
                       " WHERE i.organisation_id = ?%1 ORDER BY i.issued_at DESC, i.id DESC")
            .arg(oneUser ? QLatin1String(" AND i.user_id = ?") : QLatin1String("")));
    query.addBindValue(organisationId);
    if (oneUser)
        query.addBindValue(m_store.users().idOf(organisationId, username));
    run(query);
    QList<IssuedCertificateRecord> out;
    while (query.next()) {
        IssuedCertificateRecord record;
        record.id = query.value(0).toLongLong();
        record.username = query.value(1).toString();
        record.certificate = Certificate::fromDer(query.value(2).toByteArray());
        record.serial = query.value(3).toString();
        record.registered = query.value(4).toString();
        record.issuedAt = fromIso(query.value(5));
        record.issuedBy = query.value(6).toString();
        out << record;
    }
    return out;
}

} // namespace trustdesk
