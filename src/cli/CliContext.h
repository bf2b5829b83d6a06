// What every command of trustdesk-cli works with: the parsed command line, the store
// (opened on first use), the organisation, the evaluation time, and the three streams.
// Commands print through it, so the same command runs in a process or in a test.
#pragma once

#include "CliArguments.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QJsonValue>
#include <QTextStream>
#include <memory>

namespace trustdesk {

class Store;

// The exit codes of CLI.md.
struct CliExit
{
    enum : int
    {
        Success = 0,
        ConnectsOnly = 10,
        CannotConnect = 20,
        UsageError = 2,
        BadInput = 3,
        StoreFailure = 4,
    };
};

// A command line that does not fit the contract: exit code 2.
struct CliUsageError
{
    QString message;
};

class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(const CliArguments &arguments, QIODevice &out, QIODevice &err, QIODevice &in);
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    const CliArguments &args() const { return m_args; }
    bool json() const { return m_json; }
    // The command's words: 0 is the command, 1 its sub-command, then its arguments.
    QString word(int index) const;
    int wordCount() const { return int(m_args.words.size()); }

    Store &store();
    // The organisation named by --org, or the store's first.
    qint64 organisationId();
    // --now, or the current time (UTC).
    QDateTime now() const;
    // One line of standard input (for --passphrase-stdin and --password-stdin).
    QByteArray readStdinLine(const QString &what);

    // Text for people: on standard output, or on standard error with --json.
    void print(const QString &text);
    // A warning or a message that never belongs in the output: standard error.
    void warn(const QString &text);
    void printJson(const QJsonValue &value);
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    const CliArguments &m_args;
    QTextStream m_out;
    QTextStream m_err;
    QIODevice &m_in;
    bool m_json = false;
    std::unique_ptr<Store> m_store;
};

} // namespace trustdesk
