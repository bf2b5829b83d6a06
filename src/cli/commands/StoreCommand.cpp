#include "StoreCommand.h"

#include "store/Store.h"
#include "store/StoreCopier.h"

#include <QJsonObject>

namespace trustdesk {

QStringList StoreCommand::synopsis() const
{
    return {QStringLiteral("store copy --to PATH|URL")};
}

int StoreCommand::run(CliContext &context)
{
    if (context.word(1) != QLatin1String("copy"))
        throw CliUsageError{tr("usage: trustdesk-cli %1").arg(synopsis().first())};
    accept(context, form(QStringLiteral("copy")));
    const QString to = context.args().value(QStringLiteral("to"));
    if (to.isEmpty())
        throw CliUsageError{tr("store copy needs --to PATH or --to postgresql://...")};
    Store &source = context.store();
    // A path is a SQLite file (created); a URL names a PostgreSQL database (which must exist).
    const std::unique_ptr<Store> target =
        to.contains(QLatin1String("://")) ? Store::openUrl(to) : Store::openSqlite(to);
    target->setActor(source.person());
    const StoreCopier::Counts counts = StoreCopier::copy(source, *target);
    QJsonObject copied;
    for (const auto &[table, rows] : counts)
        copied.insert(table, rows);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("from"), source.location()},
                                      {QStringLiteral("to"), target->location()},
                                      {QStringLiteral("copied"), copied}});
    } else {
        context.print(tr("copied %1 into %2, verified by counting both:")
                          .arg(source.location(), target->location()));
        for (const auto &[table, rows] : counts)
            context.print(QStringLiteral("  %1 %2").arg(table, -22).arg(rows));
    }
    return CliExit::Success;
}

} // namespace trustdesk
