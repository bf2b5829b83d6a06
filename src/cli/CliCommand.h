// One command of trustdesk-cli (CLI.md). A command declares its forms once, as synopsis
// lines ("root add FILE...", "tank accept ID [--keep-other] [--approve]"); the usage text,
// the word count and the options a form allows are all read from those lines, so they
// cannot drift apart.
#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace trustdesk {

class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
public:
    virtual ~CliCommand() = default;
    // The first word: "root", "explain".
    virtual QString name() const = 0;
    // One line per form, without "trustdesk-cli ".
    virtual QStringList synopsis() const = 0;
    virtual int run(CliContext &context) = 0;

    // The words of a form before its options: a last word ending in "..." stands for one
    // or more. Returns {minimum, maximum}; maximum -1 for no limit.
    static QPair<int, int> wordCount(const QString &form);
    // The options a form names ("--user NAME" gives "user").
    static QStringList optionsOf(const QString &form);

protected:
    // The form whose second word is `sub` (the only form when `sub` is empty).
    QString form(const QString &sub = QString()) const;
    // Checks the words and options given against `form`; throws CliUsageError quoting it.
    static void accept(const CliContext &context, const QString &form);
    // Throws CliUsageError with every form of the command.
    [[noreturn]] void usageOfAll() const;
};

} // namespace trustdesk
