#include "IssueCommand.h"

#include "CliFormat.h"
#include "InputError.h"
#include "orgca/ClientCertificateIssuer.h"
#include "orgca/OrganisationCa.h"
#include "services/CertificateIssuanceService.h"
#include "store/Store.h"
#include "x509/CertificateRequest.h"
#include "x509/Pkcs12Writer.h"

#include <QJsonObject>

namespace trustdesk {

QStringList IssueCommand::synopsis() const
{
    return {
        QStringLiteral(
            "issue --cn TEXT [--user NAME] [--key TYPE] [--days N] [--email ADDR] [--register "
            "thumbprint|cn|both|none] [--legacy-pkcs12] --out FILE.p12 --passphrase-stdin"),
        QStringLiteral("issue --csr FILE.csr [--user NAME] [--days N] [--email ADDR] [--register "
                       "thumbprint|cn|both|none] --out FILE.pem --passphrase-stdin")};
}

int IssueCommand::run(CliContext &context)
{
    // Two forms: a new key (--cn) or a signed request (--csr).
    const bool fromRequest = context.args().has(QStringLiteral("csr"));
    accept(context, synopsis().at(fromRequest ? 1 : 0));
    if (fromRequest == context.args().has(QStringLiteral("cn")))
        throw CliUsageError{tr("give exactly one of --cn TEXT (a new key) or --csr FILE (sign a "
                               "request)")};
    if (!context.args().has(QStringLiteral("out")))
        throw CliUsageError{tr("issue needs --out FILE")};
    if (!context.args().has(QStringLiteral("passphrase-stdin")))
        throw CliUsageError{tr("issue needs --passphrase-stdin: the organisation CA's passphrase%1")
                                .arg(fromRequest ? QString() : tr(", then the new file's"))};

    IssueRegistration registration;
    registration.username = context.args().value(QStringLiteral("user"));
    const QString registerAs = context.args().has(QStringLiteral("register"))
                                   ? context.args().value(QStringLiteral("register"))
                                   : QStringLiteral("thumbprint");
    if (registerAs != QLatin1String("thumbprint") && registerAs != QLatin1String("cn") &&
        registerAs != QLatin1String("both") && registerAs != QLatin1String("none"))
        throw InputError(
            tr("--register: '%1' is not one of thumbprint, cn, both or none").arg(registerAs));
    registration.thumbprint =
        registerAs == QLatin1String("thumbprint") || registerAs == QLatin1String("both");
    registration.commonName =
        registerAs == QLatin1String("cn") || registerAs == QLatin1String("both");

    const qint64 org = context.organisationId();
    const QDateTime when = context.now();
    if (!registration.username.isEmpty())
        registration.username =
            context.store().users().get(org, registration.username).profile.username;
    const auto ca = context.store().organisationCa().get(org);
    if (!ca)
        throw InputError(tr("organisation '%1' has no CA; create one with 'orgca create' or "
                            "import one with 'orgca import'")
                             .arg(context.store()
                                      .organisations()
                                      .get(context.args().value(QStringLiteral("org")))
                                      .name));

    ClientCertificateSpec spec;
    CertificateRequest request;
    const int days = CliFormat::days(context.args(), 365);
    if (fromRequest) {
        request = CertificateRequest::fromFile(context.args().value(QStringLiteral("csr")));
    } else {
        spec.commonName = context.args().value(QStringLiteral("cn"));
        spec.email = context.args().value(QStringLiteral("email"));
        spec.keyType = CliFormat::keyType(context.args(), KeyType::Rsa2048);
        spec.days = days;
        ClientCertificateIssuer::validate(spec, ca->certificate(), when);
    }
    const PrivateKey caKey =
        ca->unlock(context.readStdinLine(tr("--passphrase-stdin (the organisation "
                                            "CA's passphrase)")));
    QByteArray filePassphrase;
    if (!fromRequest) {
        filePassphrase =
            context.readStdinLine(tr("--passphrase-stdin (the new file's passphrase)"));
        if (filePassphrase.isEmpty())
            throw InputError(tr("--passphrase-stdin: the new file's passphrase is empty; a "
                                "PKCS#12 with a private key needs one"));
    }

    const ClientCertificateIssuer issuer(*ca, caKey);
    const QString out = context.args().value(QStringLiteral("out"));
    IssuedCredential issued;
    if (fromRequest)
        issued.certificate =
            issuer.signRequest(request, days, context.args().value(QStringLiteral("email")), when);
    else
        issued = issuer.issue(spec, when);
    const Certificate &certificate = issued.certificate;
    const IssuedCertificateRecord record = CertificateIssuanceService::deliver(
        context.store(), org, certificate, registration,
        CertificateIssuanceService::filesFor(certificate, issued.key, *ca, out,
                                             context.args().has(QStringLiteral("legacy-pkcs12"))
                                                 ? IssuedFormat::Pkcs12Legacy
                                                 : IssuedFormat::Pkcs12Aes,
                                             filePassphrase, spec.commonName));
    context.print(
        tr("issued '%1' (serial %2, valid until %3) to %4%5")
            .arg(certificate.subjectText(), record.serial,
                 certificate.notAfter().toString(Qt::ISODate), out,
                 record.registered.isEmpty()
                     ? QString()
                     : tr("; user '%1' accepts its %2").arg(record.username, record.registered)));
    if (context.json()) {
        QJsonObject json = CliFormat::caJson(certificate);
        json.remove(QStringLiteral("key"));
        json.insert(QStringLiteral("serial"), record.serial);
        json.insert(QStringLiteral("user"),
                    record.username.isEmpty() ? QJsonValue() : QJsonValue(record.username));
        json.insert(QStringLiteral("registered"), record.registered);
        json.insert(QStringLiteral("out"), out);
        context.printJson(json);
    }
    return CliExit::Success;
}

} // namespace trustdesk
