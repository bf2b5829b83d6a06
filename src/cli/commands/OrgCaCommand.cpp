#include "OrgCaCommand.h"

#include "CliFormat.h"
#include "InputError.h"
#include "orgca/OrganisationCa.h"
#include "services/OrganisationCaService.h"
#include "store/Store.h"
#include "x509/CertificateLoader.h"

#include <QJsonObject>

namespace trustdesk {

QStringList OrgCaCommand::synopsis() const
{
    return {
        QStringLiteral("orgca create --cn TEXT [--key rsa2048|rsa3072|rsa4096|ec256|ec384] [--days "
                       "N] [--parent FILE.p12] [--no-install] [--replace] --passphrase-stdin"),
        QStringLiteral("orgca import FILE.p12 [--no-install] [--replace] --passphrase-stdin"),
        QStringLiteral("orgca show")};
}

int OrgCaCommand::run(CliContext &context)
{
    const QString sub = context.word(1);
    if (sub == QLatin1String("create")) {
        accept(context, form(QStringLiteral("create")));
        if (!context.args().has(QStringLiteral("cn")))
            throw CliUsageError{tr("orgca create needs --cn TEXT")};
        if (!context.args().has(QStringLiteral("passphrase-stdin")))
            throw CliUsageError{tr("orgca create needs --passphrase-stdin: the CA key is stored "
                                   "only encrypted")};
        OrganisationCaSpec spec;
        spec.commonName = context.args().value(QStringLiteral("cn"));
        spec.keyType = CliFormat::keyType(context.args(), KeyType::Rsa3072);
        spec.days = CliFormat::days(context.args(), 3650);
        const qint64 org = context.organisationId();
        const QByteArray passphrase = context.readStdinLine(tr("--passphrase-stdin (the CA key)"));
        OrganisationCa::validatePassphrase(passphrase);
        LoadedCertificates parent;
        if (context.args().has(QStringLiteral("parent"))) {
            const QString file = context.args().value(QStringLiteral("parent"));
            parent = CertificateLoader::loadFile(
                file, context.readStdinLine(tr("--passphrase-stdin (the parent's file)")));
            if (parent.privateKey.isNull())
                throw InputError(tr("%1: holds no private key; the parent CA's PKCS#12 is needed "
                                    "to sign the new CA")
                                     .arg(file));
        }
        if (!context.args().has(QStringLiteral("replace")) &&
            context.store().organisationCa().get(org))
            throw InputError(tr("organisation '%1' already has a CA; give --replace to replace it")
                                 .arg(context.store()
                                          .organisations()
                                          .get(context.args().value(QStringLiteral("org")))
                                          .name));
        const OrganisationCa ca =
            OrganisationCa::create(spec, passphrase, context.now(), parent.certificates.value(0),
                                   parent.privateKey, parent.certificates.mid(1));
        const bool install = !context.args().has(QStringLiteral("no-install"));
        OrganisationCaService::setCa(context.store(), org, ca, QStringLiteral("create"), install,
                                     context.args().has(QStringLiteral("replace")));
        context.print(tr("created the organisation CA '%1' (%2, valid until %3)%4")
                          .arg(ca.certificate().subjectText(), ca.certificate().keyDescription(),
                               ca.certificate().notAfter().toString(Qt::ISODate),
                               install ? tr("; installed and approved") : QString()));
        if (context.json())
            context.printJson(CliFormat::caJson(ca.certificate()));
        return CliExit::Success;
    }
    if (sub == QLatin1String("import")) {
        accept(context, form(QStringLiteral("import")));
        if (!context.args().has(QStringLiteral("passphrase-stdin")))
            throw CliUsageError{tr("orgca import needs --passphrase-stdin: the file's passphrase, "
                                   "then the one to store the key under")};
        const QString file = context.word(2);
        const qint64 org = context.organisationId();
        const QByteArray filePassphrase =
            context.readStdinLine(tr("--passphrase-stdin (%1)").arg(file));
        const QByteArray storePassphrase = context.readStdinLine(
            tr("--passphrase-stdin (the passphrase to store the CA key under)"));
        const OrganisationCa ca = OrganisationCa::fromPkcs12(CertificateLoader::readFile(file),
                                                             filePassphrase, storePassphrase, file);
        const bool install = !context.args().has(QStringLiteral("no-install"));
        OrganisationCaService::setCa(context.store(), org, ca, QStringLiteral("import"), install,
                                     context.args().has(QStringLiteral("replace")));
        context.print(tr("imported the organisation CA '%1'%2")
                          .arg(ca.certificate().subjectText(),
                               install ? tr("; installed and approved") : QString()));
        if (context.json())
            context.printJson(CliFormat::caJson(ca.certificate()));
        return CliExit::Success;
    }
    if (sub == QLatin1String("show")) {
        accept(context, form(QStringLiteral("show")));
        const qint64 org = context.organisationId();
        const auto ca = context.store().organisationCa().get(org);
        if (!ca)
            throw InputError(tr("organisation '%1' has no CA; create one with 'orgca create' or "
                                "import one with 'orgca import'")
                                 .arg(context.store()
                                          .organisations()
                                          .get(context.args().value(QStringLiteral("org")))
                                          .name));
        const Certificate cert = ca->certificate();
        const bool installed = OrganisationCaService::isInstalled(context.store(), cert);
        const bool approved = OrganisationCaService::isApproved(context.store(), org, cert);
        const int issued = int(context.store().issuedCertificates().list(org).size());
        QJsonObject json = CliFormat::caJson(cert);
        json.insert(QStringLiteral("installed"), installed);
        json.insert(QStringLiteral("approved"), approved);
        json.insert(QStringLiteral("issued"), issued);
        json.insert(QStringLiteral("key_storage"),
                    QStringLiteral("PKCS#8, AES-256-CBC, PBKDF2-HMAC-SHA256"));
        if (context.json()) {
            context.printJson(json);
            return CliExit::Success;
        }
        context.print(tr("subject      %1").arg(cert.subjectText()));
        context.print(tr("issuer       %1").arg(cert.issuerText()));
        context.print(tr("thumbprint   %1").arg(cert.thumbprint().grouped()));
        context.print(tr("sha256       %1").arg(cert.sha256()));
        context.print(tr("key          %1 (stored encrypted: PKCS#8, AES-256, PBKDF2)")
                          .arg(cert.keyDescription()));
        context.print(tr("valid        %1 to %2")
                          .arg(cert.notBefore().toString(Qt::ISODate),
                               cert.notAfter().toString(Qt::ISODate)));
        context.print(tr("installed    %1").arg(installed ? tr("yes") : tr("no")));
        context.print(tr("approved     %1").arg(approved ? tr("yes") : tr("no")));
        context.print(tr("issued       %1 certificate(s)").arg(issued));
        return CliExit::Success;
    }
    usageOfAll();
}

} // namespace trustdesk
