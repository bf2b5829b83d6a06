#include "CliApplication.h"

#include "InputError.h"
#include "commands/AuditCommand.h"
#include "commands/CertificateSetCommand.h"
#include "commands/CredCommand.h"
#include "commands/CrlCommand.h"
#include "commands/ExplainCommand.h"
#include "commands/IdentifyCommand.h"
#include "commands/InitCommand.h"
#include "commands/IssueCommand.h"
#include "commands/ListenCommand.h"
#include "commands/MapCommand.h"
#include "commands/OrgCaCommand.h"
#include "commands/OrgCommand.h"
#include "commands/StoreCommand.h"
#include "commands/TankCommand.h"
#include "commands/UserCommand.h"
#include "store/StoreError.h"

#include <openssl/opensslv.h>

namespace trustdesk {

namespace {

// A synopsis line as the usage text shows it: wrapped before an option group once it is
// wider than the terminal's usual 90 columns, continuation lines indented.
QString wrapped(const QString &form)
{
    constexpr int Width = 90;
    QString out = QStringLiteral("  ");
    int column = 2;
    const QStringList tokens = form.split(QLatin1Char(' '));
    for (int i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        const bool groupStart = token.startsWith(QLatin1Char('[')) ||
                                token.startsWith(QLatin1Char('(')) ||
                                token.startsWith(QLatin1String("--"));
        // The width of the whole group ("[--user NAME]"), which is never split.
        int groupWidth = int(token.size());
        for (int depth = int(token.count(QLatin1Char('[')) + token.count(QLatin1Char('('))) -
                         int(token.count(QLatin1Char(']')) + token.count(QLatin1Char(')'))),
                 j = i + 1;
             depth > 0 && j < tokens.size(); ++j) {
            groupWidth += 1 + int(tokens.at(j).size());
            depth +=
                int(tokens.at(j).count(QLatin1Char('[')) + tokens.at(j).count(QLatin1Char('('))) -
                int(tokens.at(j).count(QLatin1Char(']')) + tokens.at(j).count(QLatin1Char(')')));
        }
        if (i > 0 && groupStart && column + 1 + groupWidth > Width) {
            out += QStringLiteral("\n        ");
            column = 8;
        } else if (i > 0) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += token;
        column += int(token.size());
    }
    return out + QLatin1Char('\n');
}

} // namespace

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<OrgCommand>());
    m_commands.push_back(std::make_unique<CertificateSetCommand>(CertificateSet::Kind::RootStore));
    m_commands.push_back(
        std::make_unique<CertificateSetCommand>(CertificateSet::Kind::Intermediates));
    m_commands.push_back(
        std::make_unique<CertificateSetCommand>(CertificateSet::Kind::ApprovedCas));
    m_commands.push_back(std::make_unique<CrlCommand>());
    m_commands.push_back(std::make_unique<UserCommand>());
    m_commands.push_back(std::make_unique<CredCommand>());
    m_commands.push_back(std::make_unique<ExplainCommand>());
    m_commands.push_back(std::make_unique<MapCommand>());
    m_commands.push_back(std::make_unique<IdentifyCommand>());
    m_commands.push_back(std::make_unique<TankCommand>());
    m_commands.push_back(std::make_unique<OrgCaCommand>());
    m_commands.push_back(std::make_unique<IssueCommand>());
    m_commands.push_back(std::make_unique<ListenCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<StoreCommand>());
}

CliApplication::~CliApplication() = default;

QString CliApplication::usage() const
{
    QString text = QStringLiteral("Usage: trustdesk-cli [--db PATH | --db-url URL] [--org NAME] "
                                  "[--now ISO8601] [--json] COMMAND\n\n");
    for (const auto &command : m_commands)
        for (const QString &form : command->synopsis())
            text += wrapped(form);
    text += QLatin1Char('\n');
    text += tr("P is password, certificate or password+certificate. Certificate files may be "
               "PEM, DER,\nPKCS#7, PKCS#12 (passphrase with --passphrase-stdin) or single-line "
               "base64.\nExit codes: 0 success (explain: connects and authenticates), 10 "
               "connects only,\n20 cannot connect, 2 usage error, 3 bad input, 4 store error.\n");
    return text;
}

int CliApplication::run(const QStringList &arguments, QIODevice &out, QIODevice &err, QIODevice &in)
{
    CliArguments parsed;
    QString error;
    if (!parsed.parse(arguments, &error)) {
        QTextStream(&err) << "trustdesk-cli: " << error << "\n"
                          << tr("Try 'trustdesk-cli --help'.") << "\n";
        return CliExit::UsageError;
    }
    CliContext context(parsed, out, err, in);
    try {
        return dispatch(context);
    } catch (const CliUsageError &problem) {
        context.warn(QStringLiteral("trustdesk-cli: ") + problem.message);
        context.warn(tr("Try 'trustdesk-cli --help'."));
        return CliExit::UsageError;
    } catch (const InputError &problem) {
        context.warn(QStringLiteral("trustdesk-cli: ") + problem.message());
        return CliExit::BadInput;
    } catch (const StoreError &problem) {
        context.warn(QStringLiteral("trustdesk-cli: ") + problem.message());
        return CliExit::StoreFailure;
    } catch (const std::exception &problem) {
        context.warn(QStringLiteral("trustdesk-cli: internal error: ") +
                     QString::fromUtf8(problem.what()));
        return CliExit::StoreFailure;
    }
}

int CliApplication::dispatch(CliContext &context)
{
    if (context.args().has(QStringLiteral("help"))) {
        context.out() << usage();
        return CliExit::Success;
    }
    if (context.args().has(QStringLiteral("version"))) {
        context.out() << QStringLiteral("trustdesk-cli %1 (Qt %2, %3)\n")
                             .arg(QStringLiteral(TRUSTDESK_VERSION),
                                  QString::fromLatin1(qVersion()),
                                  QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
        return CliExit::Success;
    }
    const QString name = context.word(0);
    if (name.isEmpty())
        throw CliUsageError{tr("no command given")};
    for (const auto &command : m_commands)
        if (command->name() == name)
            return command->run(context);
    throw CliUsageError{tr("unknown command '%1'").arg(name)};
}

} // namespace trustdesk
