#include "UserCommand.h"

#include "CliFormat.h"
#include "InputError.h"
#include "domain/NameRules.h"
#include "services/UserEditingService.h"
#include "services/UserImportService.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace trustdesk {

QStringList UserCommand::synopsis() const
{
    return {QStringLiteral("user add NAME [--full-name TEXT] [--password-stdin] [--https-policy P] "
                           "[--ftps-policy P]"),
            QStringLiteral("user set NAME [--full-name TEXT] [--disabled|--enabled] "
                           "[--https-policy P] [--ftps-policy P] [--password-stdin]"),
            QStringLiteral("user list"),
            QStringLiteral("user show NAME"),
            QStringLiteral("user remove NAME"),
            QStringLiteral("user import FILE.csv")};
}

int UserCommand::run(CliContext &context)
{
    const QString sub = context.word(1);
    if (sub == QLatin1String("add")) {
        accept(context, form(QStringLiteral("add")));
        UserProfile profile;
        profile.username = context.word(2);
        profile.fullName = context.args().value(QStringLiteral("full-name"));
        if (context.args().has(QStringLiteral("https-policy")))
            profile.httpsPolicy =
                CliFormat::policy(context.args().value(QStringLiteral("https-policy")),
                                  QStringLiteral("https-policy"));
        if (context.args().has(QStringLiteral("ftps-policy")))
            profile.ftpsPolicy = CliFormat::policy(
                context.args().value(QStringLiteral("ftps-policy")), QStringLiteral("ftps-policy"));
        NameRules::validate(tr("username"), profile.username);
        std::optional<QByteArray> password;
        if (context.args().has(QStringLiteral("password-stdin")))
            password = context.readStdinLine(QStringLiteral("--password-stdin"));
        const qint64 org = context.organisationId();
        context.store().users().add(org, profile, password);
        if (context.json())
            context.printJson(
                CliFormat::userJson(context.store().users().get(org, profile.username)));
        else
            context.print(tr("added user '%1'").arg(profile.username));
        return CliExit::Success;
    }
    if (sub == QLatin1String("set")) {
        accept(context, form(QStringLiteral("set")));
        if (context.args().has(QStringLiteral("disabled")) &&
            context.args().has(QStringLiteral("enabled")))
            throw CliUsageError{tr("--disabled and --enabled contradict each other")};
        const qint64 org = context.organisationId();
        UserProfile profile = context.store().users().get(org, context.word(2)).profile;
        if (context.args().has(QStringLiteral("full-name")))
            profile.fullName = context.args().value(QStringLiteral("full-name"));
        if (context.args().has(QStringLiteral("disabled")))
            profile.disabled = true;
        if (context.args().has(QStringLiteral("enabled")))
            profile.disabled = false;
        if (context.args().has(QStringLiteral("https-policy")))
            profile.httpsPolicy =
                CliFormat::policy(context.args().value(QStringLiteral("https-policy")),
                                  QStringLiteral("https-policy"));
        if (context.args().has(QStringLiteral("ftps-policy")))
            profile.ftpsPolicy = CliFormat::policy(
                context.args().value(QStringLiteral("ftps-policy")), QStringLiteral("ftps-policy"));
        std::optional<QByteArray> password;
        if (context.args().has(QStringLiteral("password-stdin")))
            password = context.readStdinLine(QStringLiteral("--password-stdin"));
        UserEditingService::edit(context.store(), org, profile, password);
        if (context.json())
            context.printJson(
                CliFormat::userJson(context.store().users().get(org, profile.username)));
        else
            context.print(tr("updated user '%1'").arg(profile.username));
        return CliExit::Success;
    }
    if (sub == QLatin1String("list")) {
        accept(context, form(QStringLiteral("list")));
        QJsonArray list;
        for (const UserRecord &r : context.store().users().list(context.organisationId())) {
            list.append(CliFormat::userJson(r));
            if (!context.json())
                context.print(
                    QStringLiteral("%1  %2  %3  https:%4  ftps:%5  credentials:%6  pending:%7")
                        .arg(r.profile.username, -20)
                        .arg(r.profile.fullName, -24)
                        .arg(r.profile.disabled ? tr("disabled") : tr("active"))
                        .arg(UserProfile::policyName(r.profile.httpsPolicy),
                             UserProfile::policyName(r.profile.ftpsPolicy))
                        .arg(r.profile.thumbprints.size() + r.profile.commonNames.size())
                        .arg(r.pendingTankEntries));
        }
        if (context.json())
            context.printJson(list);
        return CliExit::Success;
    }
    if (sub == QLatin1String("show")) {
        accept(context, form(QStringLiteral("show")));
        const UserRecord r = context.store().users().get(context.organisationId(), context.word(2));
        if (context.json()) {
            context.printJson(CliFormat::userJson(r));
        } else {
            context.print(tr("Username      %1").arg(r.profile.username));
            context.print(tr("Full name     %1").arg(r.profile.fullName));
            context.print(
                tr("Status        %1").arg(r.profile.disabled ? tr("disabled") : tr("active")));
            context.print(
                tr("HTTPS policy  %1").arg(UserProfile::policyName(r.profile.httpsPolicy)));
            context.print(
                tr("FTPS policy   %1").arg(UserProfile::policyName(r.profile.ftpsPolicy)));
            context.print(tr("Password      %1").arg(r.hasPassword ? tr("set") : tr("none")));
            for (const QString &t : r.profile.thumbprints)
                context.print(tr("Thumbprint    %1").arg(Thumbprint::groupHex(t)));
            for (const QString &cn : r.profile.commonNames)
                context.print(tr("CN            %1").arg(cn));
            context.print(tr("Pending tank  %1").arg(r.pendingTankEntries));
        }
        return CliExit::Success;
    }
    if (sub == QLatin1String("import")) {
        accept(context, form(QStringLiteral("import")));
        const QString file = context.word(2);
        const QByteArray data = UserImportService::readFile(file);
        // Large files say how far they are, on stderr, every 10,000 users.
        const int imported = UserImportService::importCsv(
            context.store(), context.organisationId(), data, file, [&](int done, int total) {
                if (total >= 10000 && (done % 10000 == 0 || done == total))
                    context.warn(tr("%1 of %2 users added...").arg(done).arg(total));
                return true;
            });
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("imported"), imported},
                                          {QStringLiteral("file"), file}});
        else
            context.print(tr("imported %n user(s) from %1", nullptr, imported).arg(file));
        return CliExit::Success;
    }
    if (sub == QLatin1String("remove")) {
        accept(context, form(QStringLiteral("remove")));
        context.store().users().remove(context.organisationId(), context.word(2));
        context.print(tr("removed user '%1'").arg(context.word(2)));
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("removed"), context.word(2)}});
        return CliExit::Success;
    }
    usageOfAll();
}

} // namespace trustdesk
