#include "InitCommand.h"

#include "CliFormat.h"
#include "demo/DemoStore.h"
#include "domain/NameRules.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace trustdesk {

QStringList InitCommand::synopsis() const
{
    return {QStringLiteral("init [--demo] [--org NAME] [--demo-dir DIR]")};
}

int InitCommand::run(CliContext &context)
{
    accept(context, form());
    const QString name = context.args().has(QStringLiteral("org"))
                             ? context.args().value(QStringLiteral("org"))
                             : QStringLiteral("Default");
    NameRules::validate(tr("organisation name"), name);
    const QDateTime when = context.now();
    Store &s = context.store();
    const OrganisationSettings org = s.organisations().create(name);
    QJsonObject result{{QStringLiteral("store"), s.location()},
                       {QStringLiteral("organisation"), org.name}};
    context.print(tr("Created organisation '%1' in %2").arg(org.name, s.location()));
    if (context.args().has(QStringLiteral("demo"))) {
        QString folder = context.args().value(QStringLiteral("demo-dir"));
        if (folder.isEmpty())
            folder = s.isShared() // a database server: the folder the command runs in
                         ? QDir::current().filePath(QStringLiteral("trustdesk-demo"))
                         : QFileInfo(s.location())
                               .absoluteDir()
                               .filePath(QStringLiteral("trustdesk-demo"));
        const QList<DemoScenario> scenarios = DemoStore::populate(s, org.id, folder, when);
        DemoStore::replayAttempts(s, org.id, folder, when);
        DemoStore::createOrganisationCa(s, org.id, folder, when);
        QJsonArray list;
        for (const DemoScenario &scenario : scenarios) {
            QJsonObject item{
                {QStringLiteral("file"), scenario.file},
                {QStringLiteral("user"), scenario.user},
                {QStringLiteral("interface"), UserProfile::interfaceName(scenario.interface)},
                {QStringLiteral("expectation"), scenario.expectation},
                {QStringLiteral("caption"), scenario.caption}};
            if (scenario.isIisMapping()) {
                item.insert(QStringLiteral("site"), scenario.site);
                item.insert(QStringLiteral("iis"), scenario.iisStatus);
            }
            list.append(item);
        }
        result.insert(QStringLiteral("demo"), QJsonObject{{QStringLiteral("folder"), folder},
                                                          {QStringLiteral("scenarios"), list}});
        context.print(tr("Loaded the demo scenarios; their certificates are in %1").arg(folder));
        context.print(tr("Replayed three failed attempts into the holding tank; created the "
                         "organisation CA (passphrase '%1', for training only), which issued "
                         "Frank a certificate expiring within 30 days")
                          .arg(QLatin1String(DemoStore::CaPassphrase)));
        if (!context.json()) {
            for (const DemoScenario &scenario : scenarios)
                context.print(
                    scenario.isIisMapping()
                        ? tr("  %1  (IIS mapping, %2)")
                              .arg(QFileInfo(scenario.file).fileName(), scenario.iisStatus)
                        : QStringLiteral("  %1  (user %2, %3)")
                              .arg(QFileInfo(scenario.file).fileName(), scenario.user,
                                   scenario.expectation));
            context.print(tr("IIS mapping: check %1 for the pitfalls (map check-iis)")
                              .arg(QDir(folder).filePath(QStringLiteral("iis-broken-web.config"))));
        }
    }
    if (context.json())
        context.printJson(result);
    return CliExit::Success;
}

} // namespace trustdesk
