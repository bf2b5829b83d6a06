#include "MapCommand.h"

#include "CliFormat.h"
#include "InputError.h"
#include "services/AtomicFileWriter.h"
#include "services/MappingService.h"
#include "store/Store.h"
#include "x509/CertificateLoader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace trustdesk {

QStringList MapCommand::synopsis() const
{
    return {QStringLiteral("map list"),
            QStringLiteral("map remove ID"),
            QStringLiteral("map add-one-to-one USER --cert FILE [--disabled] [--passphrase-stdin]"),
            QStringLiteral("map add-many-to-one NAME (--allow USER | --deny) --rule RULE "
                           "[--rule RULE]... [--description TEXT] [--disabled]"),
            QStringLiteral("map move ID --to POSITION"),
            QStringLiteral("map import-iis FILE [--create-users]"),
            QStringLiteral("map check-iis FILE"),
            QStringLiteral("map export-iis FILE [--appcmd SITE]")};
}

int MapCommand::run(CliContext &context)
{
    const QString sub = context.word(1);
    if (sub == QLatin1String("list"))
        return list(context);
    if (sub == QLatin1String("add-one-to-one"))
        return addOneToOne(context);
    if (sub == QLatin1String("add-many-to-one"))
        return addManyToOne(context);
    if (sub == QLatin1String("import-iis"))
        return importIis(context);
    if (sub == QLatin1String("check-iis"))
        return checkIis(context);
    if (sub == QLatin1String("export-iis"))
        return exportIis(context);
    if (sub == QLatin1String("remove")) {
        accept(context, form(sub));
        const qint64 id = CliFormat::id(context.word(2), tr("mapping"));
        const qint64 org = context.organisationId();
        const CertificateMapping before = context.store().mappings().get(org, id);
        context.store().mappings().remove(org, id);
        context.print(tr("removed mapping %1 ('%2')").arg(id).arg(before.label()));
        if (context.json())
            context.printJson(
                QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("removed"), true}});
        return CliExit::Success;
    }
    if (sub == QLatin1String("move")) {
        accept(context, form(sub));
        if (!context.args().has(QStringLiteral("to")))
            throw CliUsageError{tr("map move needs --to POSITION")};
        const qint64 id = CliFormat::id(context.word(2), tr("mapping"));
        const int position = CliFormat::number(context.args().value(QStringLiteral("to")),
                                               QStringLiteral("--to"), 1, 1000000);
        context.store().mappings().move(context.organisationId(), id, position);
        context.print(tr("mapping %1 is now at position %2").arg(id).arg(position));
        if (context.json())
            context.printJson(
                QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("position"), position}});
        return CliExit::Success;
    }
    usageOfAll();
}

QString MapCommand::line(const CertificateMapping &m, int position)
{
    const QString state = m.enabled ? tr("enabled") : tr("disabled");
    if (m.kind == CertificateMapping::Kind::OneToOne)
        return QStringLiteral("%1. [%2] one-to-one   %3  user %4  %5  thumbprint %6")
            .arg(position)
            .arg(m.id)
            .arg(state, m.username,
                 m.certificate.isNull() ? QString() : m.certificate.subjectText(),
                 m.certificate.isNull() ? QString() : m.certificate.thumbprint().grouped());
    QStringList rules;
    for (const MappingRule &rule : m.rules)
        rules << rule.toText();
    const QString who = m.permission == CertificateMapping::Permission::Allow
                            ? tr("allow as %1").arg(m.username)
                            : tr("deny");
    return QStringLiteral("%1. [%2] many-to-one  %3  '%4'  %5  rules: %6")
        .arg(position)
        .arg(m.id)
        .arg(state, m.name, who, rules.join(QStringLiteral("  AND  ")));
}

int MapCommand::list(CliContext &context)
{
    accept(context, form(QStringLiteral("list")));
    const QList<CertificateMapping> mappings =
        context.store().mappings().list(context.organisationId());
    if (context.json()) {
        QJsonArray array;
        for (const CertificateMapping &m : mappings)
            array.append(m.toJson());
        context.printJson(array);
        return CliExit::Success;
    }
    if (mappings.isEmpty())
        context.print(tr("no certificate mappings"));
    int position = 0;
    for (const CertificateMapping &m : mappings)
        context.print(line(m, ++position));
    return CliExit::Success;
}

int MapCommand::addOneToOne(CliContext &context)
{
    accept(context, form(QStringLiteral("add-one-to-one")));
    if (!context.args().has(QStringLiteral("cert")))
        throw CliUsageError{tr("map add-one-to-one needs --cert FILE")};
    std::optional<QByteArray> passphrase;
    if (context.args().has(QStringLiteral("passphrase-stdin")))
        passphrase = context.readStdinLine(QStringLiteral("--passphrase-stdin"));
    const LoadedCertificates loaded =
        CertificateLoader::loadFile(context.args().value(QStringLiteral("cert")), passphrase);
    const qint64 org = context.organisationId();
    CertificateMapping m;
    m.kind = CertificateMapping::Kind::OneToOne;
    m.username = context.store().users().get(org, context.word(2)).profile.username;
    m.certificate = loaded.certificates.first();
    m.enabled = !context.args().has(QStringLiteral("disabled"));
    m.id = context.store().mappings().add(org, m);
    context.print(
        tr("mapping %1: the certificate %2 (%3) signs in as '%4'")
            .arg(m.id)
            .arg(m.certificate.thumbprint().grouped(), m.certificate.subjectText(), m.username));
    if (context.json())
        context.printJson(context.store().mappings().get(org, m.id).toJson());
    return CliExit::Success;
}

int MapCommand::addManyToOne(CliContext &context)
{
    accept(context, form(QStringLiteral("add-many-to-one")));
    const bool allow = context.args().has(QStringLiteral("allow"));
    if (allow == context.args().has(QStringLiteral("deny")))
        throw CliUsageError{tr("give exactly one of --allow USER or --deny")};
    if (!context.args().has(QStringLiteral("rule")))
        throw CliUsageError{tr("map add-many-to-one needs at least one --rule RULE")};
    const qint64 org = context.organisationId();
    CertificateMapping m;
    m.kind = CertificateMapping::Kind::ManyToOne;
    m.name = context.word(2).trimmed();
    m.description = context.args().value(QStringLiteral("description"));
    m.enabled = !context.args().has(QStringLiteral("disabled"));
    m.permission =
        allow ? CertificateMapping::Permission::Allow : CertificateMapping::Permission::Deny;
    if (allow)
        m.username = context.store()
                         .users()
                         .get(org, context.args().value(QStringLiteral("allow")))
                         .profile.username;
    for (const QString &text : context.args().values(QStringLiteral("rule")))
        m.rules << MappingRule::parse(text);
    m.id = context.store().mappings().add(org, m);
    context.print(allow
                      ? tr("mapping %1 '%2' allows as '%3' when every rule matches")
                            .arg(m.id)
                            .arg(m.name, m.username)
                      : tr("mapping %1 '%2' denies when every rule matches").arg(m.id).arg(m.name));
    if (context.json())
        context.printJson(context.store().mappings().get(org, m.id).toJson());
    return CliExit::Success;
}

int MapCommand::importIis(CliContext &context)
{
    accept(context, form(QStringLiteral("import-iis")));
    const QString path = context.word(2);
    const QByteArray xml = CertificateLoader::readFile(path);
    IisImportResult result;
    try {
        result = MappingService::importIis(context.store(), context.organisationId(), xml,
                                           context.args().has(QStringLiteral("create-users")));
    } catch (const InputError &problem) {
        throw InputError(QStringLiteral("%1: %2").arg(path, problem.message()));
    }
    for (const QString &note : std::as_const(result.notes))
        context.warn(tr("note: %1").arg(note));
    for (const QString &user : std::as_const(result.createdUsers))
        context.print(tr("created user '%1' (certificate policy on both interfaces)").arg(user));
    context.print(
        tr("imported %n mapping(s) from %1", nullptr, int(result.mappingIds.size())).arg(path));
    if (context.json()) {
        QJsonArray ids;
        for (const qint64 id : std::as_const(result.mappingIds))
            ids.append(id);
        context.printJson(QJsonObject{
            {QStringLiteral("imported"), ids},
            {QStringLiteral("created_users"), QJsonArray::fromStringList(result.createdUsers)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)}});
    }
    return CliExit::Success;
}

int MapCommand::checkIis(CliContext &context)
{
    accept(context, form(QStringLiteral("check-iis")));
    const QString path = context.word(2);
    const QByteArray xml = CertificateLoader::readFile(path);
    // The store is consulted only when there is one: a help desk may check a file anywhere,
    // and checking must not create a store.
    Store *store = nullptr;
    qint64 org = 0;
    if (context.args().has(QStringLiteral("db")) || context.args().has(QStringLiteral("db-url")) ||
        QFileInfo::exists(Store::defaultPath())) {
        store = &context.store();
        org = context.organisationId();
    }
    const IisConfig config = MappingService::check(xml, store, org);
    if (context.json()) {
        QJsonArray problems;
        for (const IisProblem &p : config.problems)
            problems.append(QJsonObject{{QStringLiteral("mapping"), CliFormat::nullable(p.mapping)},
                                        {QStringLiteral("line"), p.line},
                                        {QStringLiteral("column"), p.column},
                                        {QStringLiteral("problem"), p.text}});
        context.printJson(
            QJsonObject{{QStringLiteral("file"), path},
                        {QStringLiteral("mappings"), int(config.mappings.size())},
                        {QStringLiteral("problems"), problems},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(config.notes)}});
    } else {
        for (const IisProblem &p : config.problems)
            context.print(QStringLiteral("%1: %2").arg(path, p.line1()));
        for (const QString &note : config.notes)
            context.print(QStringLiteral("%1: %2").arg(path, tr("note: %1").arg(note)));
        context.print(
            config.problems.isEmpty()
                ? tr("%1: %n mapping(s), no problems", nullptr, int(config.mappings.size()))
                      .arg(path)
                : tr("%1: %n problem(s)", nullptr, int(config.problems.size())).arg(path));
    }
    return config.problems.isEmpty() ? CliExit::Success : CliExit::BadInput;
}

int MapCommand::exportIis(CliContext &context)
{
    accept(context, form(QStringLiteral("export-iis")));
    const QString path = context.word(2);
    const QString site = context.args().value(QStringLiteral("appcmd"));
    if (context.args().has(QStringLiteral("appcmd")) && site.trimmed().isEmpty())
        throw InputError(tr("--appcmd: the site name is empty"));
    const qint64 org = context.organisationId();
    const QByteArray data = MappingService::exportIis(context.store(), org, site);
    AtomicFileWriter::write(path, data, false);
    const int count = int(context.store().mappings().list(org).size());
    context.print(site.isEmpty()
                      ? tr("wrote %n mapping(s) to %1 as a web.config", nullptr, count).arg(path)
                      : tr("wrote %n mapping(s) to %1 as an appcmd.exe script for the site '%2'",
                           nullptr, count)
                            .arg(path, site));
    context.warn(tr("note: the passwords are left empty: set each mapped account's password in "
                    "IIS Manager on the IIS machine"));
    if (context.json())
        context.printJson(
            QJsonObject{{QStringLiteral("file"), path},
                        {QStringLiteral("mappings"), count},
                        {QStringLiteral("format"), site.isEmpty() ? QStringLiteral("web.config")
                                                                  : QStringLiteral("appcmd")}});
    return CliExit::Success;
}

} // namespace trustdesk
