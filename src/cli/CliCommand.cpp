#include "CliCommand.h"

#include <QRegularExpression>

namespace trustdesk {

QPair<int, int> CliCommand::wordCount(const QString &form)
{
    int count = 0;
    bool many = false;
    for (const QString &token : form.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (token.startsWith(QLatin1Char('-')) || token.startsWith(QLatin1Char('[')) ||
            token.startsWith(QLatin1Char('(')))
            break;
        ++count;
        many = token.endsWith(QLatin1String("..."));
    }
    return {count, many ? -1 : count};
}

QStringList CliCommand::optionsOf(const QString &form)
{
    static const QRegularExpression option(QStringLiteral("--([a-z0-9][a-z0-9-]*)"));
    QStringList out;
    for (auto it = option.globalMatch(form); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

QString CliCommand::form(const QString &sub) const
{
    const QStringList forms = synopsis();
    for (const QString &f : forms) {
        const QStringList words = f.split(QLatin1Char(' '));
        if (sub.isEmpty() || (words.size() > 1 && words.at(1) == sub))
            return f;
    }
    usageOfAll();
}

void CliCommand::accept(const CliContext &context, const QString &form)
{
    const auto [least, most] = wordCount(form);
    const int given = context.wordCount();
    if (given < least || (most >= 0 && given > most))
        throw CliUsageError{tr("usage: trustdesk-cli %1").arg(form)};
    const QStringList allowed = optionsOf(form);
    const CliArguments &args = context.args();
    for (const QString &option : args.optionsGiven()) {
        if (!CliArguments::isGlobal(option) && !allowed.contains(option))
            throw CliUsageError{tr("option '--%1' does not apply to '%2'")
                                    .arg(option, args.words.mid(0, 2).join(QLatin1Char(' ')))};
    }
}

void CliCommand::usageOfAll() const
{
    throw CliUsageError{tr("usage: trustdesk-cli %1").arg(synopsis().join(QStringLiteral(" | ")))};
}

} // namespace trustdesk
