#include "CliArguments.h"

#include <QSet>

namespace trustdesk {

namespace {

const QSet<QString> &valueOptions()
{
    static const QSet<QString> options = {
        QStringLiteral("db"),
        QStringLiteral("db-url"),
        QStringLiteral("org"),
        QStringLiteral("now"),
        QStringLiteral("full-name"),
        QStringLiteral("https-policy"),
        QStringLiteral("ftps-policy"),
        QStringLiteral("thumbprint"),
        QStringLiteral("cn"),
        QStringLiteral("cert"),
        QStringLiteral("chain"),
        QStringLiteral("user"),
        QStringLiteral("interface"),
        QStringLiteral("match-cn"),
        QStringLiteral("tank-days"),
        QStringLiteral("tank-cap"),
        QStringLiteral("require-revocation"),
        QStringLiteral("allow-sha1"),
        QStringLiteral("demo-dir"),
        QStringLiteral("key"),
        QStringLiteral("days"),
        QStringLiteral("email"),
        QStringLiteral("out"),
        QStringLiteral("csr"),
        QStringLiteral("bind"),
        QStringLiteral("https"),
        QStringLiteral("ftps"),
        QStringLiteral("ftps-implicit"),
        QStringLiteral("site-mode"),
        QStringLiteral("server-cert"),
        QStringLiteral("root"),
        QStringLiteral("log"),
        QStringLiteral("limit"),
        QStringLiteral("address"),
        QStringLiteral("parent"),
        QStringLiteral("register"),
        QStringLiteral("rule"),
        QStringLiteral("allow"),
        QStringLiteral("description"),
        QStringLiteral("to"),
        QStringLiteral("appcmd"),
    };
    return options;
}

const QSet<QString> &flagOptions()
{
    static const QSet<QString> options = {
        QStringLiteral("json"),           QStringLiteral("help"),
        QStringLiteral("version"),        QStringLiteral("demo"),
        QStringLiteral("password-stdin"), QStringLiteral("passphrase-stdin"),
        QStringLiteral("disabled"),       QStringLiteral("enabled"),
        QStringLiteral("record"),         QStringLiteral("keep-other"),
        QStringLiteral("expired"),        QStringLiteral("approve"),
        QStringLiteral("no-install"),     QStringLiteral("replace"),
        QStringLiteral("legacy-pkcs12"),  QStringLiteral("deny"),
        QStringLiteral("create-users"),
    };
    return options;
}

} // namespace

bool CliArguments::takesValue(const QString &option)
{
    return valueOptions().contains(option);
}

bool CliArguments::isKnown(const QString &option)
{
    return valueOptions().contains(option) || flagOptions().contains(option);
}

bool CliArguments::isGlobal(const QString &option)
{
    static const QSet<QString> global = {QStringLiteral("db"),     QStringLiteral("db-url"),
                                         QStringLiteral("org"),    QStringLiteral("now"),
                                         QStringLiteral("json"),   QStringLiteral("help"),
                                         QStringLiteral("version")};
    return global.contains(option);
}

bool CliArguments::parse(const QStringList &arguments, QString *error)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            words << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (!isKnown(name)) {
            *error = tr("unknown option '--%1'").arg(name);
            return false;
        }
        if (takesValue(name)) {
            if (!inlineValue) {
                // "--db --json" is a forgotten value (an empty $DB in a script), not a store
                // named "--json"; a value that starts with "--" can still be given as --db=...
                const bool nextIsOption =
                    i + 1 < arguments.size() &&
                    arguments.at(i + 1).startsWith(QLatin1String("--")) &&
                    isKnown(arguments.at(i + 1).mid(2).section(QLatin1Char('='), 0, 0));
                if (i + 1 >= arguments.size() || nextIsOption) {
                    *error = tr("option '--%1' needs a value").arg(name);
                    return false;
                }
                value = arguments.at(++i);
            }
        } else if (inlineValue) {
            *error = tr("option '--%1' takes no value").arg(name);
            return false;
        }
        m_values.insert(name, value); // the last one given wins
        m_all[name] << value;
    }
    return true;
}

} // namespace trustdesk
