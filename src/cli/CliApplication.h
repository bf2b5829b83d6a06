// trustdesk-cli as a whole: the commands it knows, the usage text made from their
// synopses, dispatch, and the mapping of errors to the exit codes of CLI.md. Runs in a
// process (main.cpp) or in a test, on any three streams.
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace trustdesk {

class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
public:
    CliApplication();
    ~CliApplication();

    // Parses `arguments` (without the program name) and runs the command; returns the
    // exit code. Nothing escapes: every error is a message on `err`.
    int run(const QStringList &arguments, QIODevice &out, QIODevice &err, QIODevice &in);

    QString usage() const;
    const std::vector<std::unique_ptr<CliCommand>> &commands() const { return m_commands; }

private:
    int dispatch(CliContext &context);

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace trustdesk
