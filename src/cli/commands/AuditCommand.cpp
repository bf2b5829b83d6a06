#include "AuditCommand.h"

#include "CliFormat.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trustdesk {

QStringList AuditCommand::synopsis() const
{
    return {QStringLiteral("audit list [--limit N]")};
}

int AuditCommand::run(CliContext &context)
{
    if (context.word(1) != QLatin1String("list"))
        usageOfAll();
    accept(context, form(QStringLiteral("list")));
    const int limit = context.args().has(QStringLiteral("limit"))
                          ? CliFormat::number(context.args().value(QStringLiteral("limit")),
                                              QStringLiteral("limit"), 1, 1000000)
                          : -1;
    QJsonArray list;
    for (const AuditEntry &e : context.store().auditLog().list(limit)) {
        const auto parse = [](const QString &text) {
            return text.isEmpty() ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(QJsonDocument::fromJson(text.toUtf8()).object());
        };
        list.append(
            QJsonObject{{QStringLiteral("id"), e.id},
                        {QStringLiteral("at"), CliFormat::iso(e.at)},
                        {QStringLiteral("actor"), e.actor},
                        {QStringLiteral("organisation"), CliFormat::nullable(e.organisation)},
                        {QStringLiteral("action"), e.action},
                        {QStringLiteral("target"), e.target},
                        {QStringLiteral("before"), parse(e.before)},
                        {QStringLiteral("after"), parse(e.after)}});
        if (!context.json())
            context.print(QStringLiteral("%1  %2  %3  %4  %5  before=%6  after=%7")
                              .arg(CliFormat::iso(e.at), e.actor, e.action, e.target,
                                   e.organisation,
                                   e.before.isEmpty() ? QStringLiteral("-") : e.before,
                                   e.after.isEmpty() ? QStringLiteral("-") : e.after));
    }
    if (context.json())
        context.printJson(list);
    return CliExit::Success;
}

} // namespace trustdesk
