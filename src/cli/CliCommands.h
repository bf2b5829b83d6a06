// The commands of trustdesk-cli (see shared CLI.md): each reads its arguments, does its
// work through the core, prints for people or as JSON, and returns the exit code.
#pragma once

#include "CliArguments.h"
#include "store/StoreRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace trustdesk {

class Store;

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    enum ExitCode
    {
        Success = 0,
        ConnectsOnly = 10,
        CannotConnect = 20,
        UsageError = 2,
        BadInput = 3,
        StoreFailure = 4,
    };

    explicit CliCommands(const CliArguments &arguments);
    ~CliCommands();
    int run();

    static QString usage();

private:
    int dispatch();
    int init();
    int org();
    int root();
    int intermediate();
    int ca();
    int crl();
    int user();
    int cred();
    int explain();
    int tank();
    int audit();
    int orgca();
    int issue();
    int listen();
    // The list and remove subcommands that root, intermediate and ca share.
    int listCertificates(const QString &synopsis,
                         const std::function<QList<StoredCertificate>()> &read);
    int removeCertificate(const QString &synopsis, const QString &from,
                          const std::function<void(const QString &)> &remove);

    Store &store();
    qint64 organisationId();
    QDateTime now() const;
    QString word(int index) const;
    void requireWords(int count, const QString &synopsis) const;
    void allowOptions(const QStringList &options) const;
    QByteArray readStdinLine(const QString &what);
    void print(const QString &text);
    void printJson(const QJsonValue &value);

    const CliArguments &m_args;
    std::unique_ptr<Store> m_store;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};

} // namespace trustdesk
