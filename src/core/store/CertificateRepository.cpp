#include "CertificateRepository.h"

#include "SqlSupport.h"
#include "Store.h"

namespace trustdesk {

using namespace sql;

qint64 CertificateRepository::idFor(const Certificate &cert)
{
    const QString thumbprint = cert.thumbprint().key();
    QSqlQuery find = prepared(m_store.database(),
                              QStringLiteral("SELECT id FROM certificates WHERE thumbprint = ?"));
    find.addBindValue(thumbprint);
    run(find);
    if (find.next())
        return find.value(0).toLongLong();
    QSqlQuery insert = prepared(
        m_store.database(), QStringLiteral("INSERT INTO certificates (thumbprint, subject, issuer, "
                                           "not_after, der) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(thumbprint);
    // An empty name (a client may send anything) is an empty string, not NULL.
    insert.addBindValue(text(cert.subjectText()));
    insert.addBindValue(text(cert.issuerText()));
    insert.addBindValue(iso(cert.notAfter()));
    insert.addBindValue(cert.der());
    run(insert);
    return insert.lastInsertId().toLongLong();
}

Certificate CertificateRepository::byId(qint64 id)
{
    QSqlQuery query =
        prepared(m_store.database(), QStringLiteral("SELECT der FROM certificates WHERE id = ?"));
    query.addBindValue(id);
    run(query);
    return query.next() ? Certificate::fromDer(query.value(0).toByteArray()) : Certificate();
}

} // namespace trustdesk
