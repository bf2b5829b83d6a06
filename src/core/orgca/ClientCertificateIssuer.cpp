#include "ClientCertificateIssuer.h"

#include "../InputError.h"
#include "../x509/CertificateBuilder.h"

#include <QRegularExpression>

namespace trustdesk {

namespace {

// The profile every issued client certificate has; see the header.
CertificateBuilder clientProfile(const QDateTime &now, int days, const QString &email)
{
    CertificateBuilder builder;
    builder.validity(now.addSecs(-300), now.addDays(days))
        .endEntity()
        .keyUsage(QStringLiteral("critical,digitalSignature"))
        .extendedKeyUsage(QStringLiteral("clientAuth"));
    if (!email.isEmpty())
        builder.emailAddress(email);
    return builder;
}

} // namespace

ClientCertificateIssuer::ClientCertificateIssuer(const OrganisationCa &ca, const PrivateKey &caKey)
    : m_ca(ca), m_caKey(caKey)
{}

bool ClientCertificateIssuer::isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                       "[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

void ClientCertificateIssuer::validateDays(int days, const Certificate &ca, const QDateTime &now)
{
    if (days < 1 || days > MaxDays)
        throw InputError(
            tr("the validity must be between 1 and %1 days, not %2").arg(MaxDays).arg(days));
    if (!ca.isNull() && ca.notAfter() < now.addDays(days))
        throw InputError(tr("the organisation CA '%1' expires on %2; a certificate valid for %3 "
                            "days would outlive it")
                             .arg(ca.displayName(), ca.notAfter().date().toString(Qt::ISODate))
                             .arg(days));
}

void ClientCertificateIssuer::validate(const ClientCertificateSpec &spec, const Certificate &ca,
                                       const QDateTime &now)
{
    OrganisationCa::validateCommonName(tr("the common name"), spec.commonName);
    if (!spec.email.isEmpty() && !isEmailAddress(spec.email))
        throw InputError(tr("'%1' is not an e-mail address").arg(spec.email));
    if (!spec.country.isEmpty() &&
        !QRegularExpression(QStringLiteral("^[A-Z]{2}$")).match(spec.country).hasMatch())
        throw InputError(
            tr("the country '%1' must be two capital letters (ISO 3166), such as GB or DE")
                .arg(spec.country));
    for (const QString &field : {spec.organisation, spec.organisationalUnit}) {
        if (field.size() > 64)
            throw InputError(tr("'%1' is longer than 64 characters").arg(field.left(64)));
    }
    validateDays(spec.days, ca, now);
}

IssuedCredential ClientCertificateIssuer::issue(const ClientCertificateSpec &spec,
                                                const QDateTime &now) const
{
    validate(spec, m_ca.certificate(), now);
    CertificateBuilder builder = clientProfile(now, spec.days, spec.email);
    if (!spec.country.isEmpty())
        builder.subjectField(QStringLiteral("C"), spec.country);
    if (!spec.organisation.trimmed().isEmpty())
        builder.subjectField(QStringLiteral("O"), spec.organisation.trimmed());
    if (!spec.organisationalUnit.trimmed().isEmpty())
        builder.subjectField(QStringLiteral("OU"), spec.organisationalUnit.trimmed());
    builder.commonName(spec.commonName.trimmed());

    IssuedCredential out;
    out.key = PrivateKey::generate(spec.keyType);
    out.certificate = builder.sign(out.key, m_ca.certificate(), m_caKey);
    return out;
}

Certificate ClientCertificateIssuer::signRequest(const CertificateRequest &request, int days,
                                                 const QString &email, const QDateTime &now) const
{
    validateDays(days, m_ca.certificate(), now);
    const QString address = email.isEmpty() ? request.requestedEmailAddresses().value(0) : email;
    if (!address.isEmpty() && !isEmailAddress(address))
        throw InputError(tr("'%1' is not an e-mail address").arg(address));
    const CommonNames names = request.commonNames();
    if (names.values.size() != 1 || !names.allDecodable)
        throw InputError(tr("the request's subject '%1' must have exactly one readable common "
                            "name, or no credential rule can use it")
                             .arg(request.subjectText()));
    OrganisationCa::validateCommonName(tr("the request's common name"), names.values.first());
    CertificateBuilder builder = clientProfile(now, days, address);
    builder.subjectName(request.subjectName());
    return builder.signPublicKey(request.publicKey(), m_ca.certificate(), m_caKey);
}

} // namespace trustdesk
