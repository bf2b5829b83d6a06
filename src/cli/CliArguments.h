// The command line of trustdesk-cli: command words, options with their values (global
// options may stand anywhere; given twice, the last one wins unless the command reads them
// all, as `--rule` is) and positional arguments.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace trustdesk {

class CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)
public:
    // Returns false with `error` set for an unknown option or a missing value.
    bool parse(const QStringList &arguments, QString *error);

    QStringList words; // command words and positional arguments, in order
    bool has(const QString &option) const { return m_values.contains(option); }
    QString value(const QString &option) const { return m_values.value(option); }
    // Every value given, in order (for options that may be repeated).
    QStringList values(const QString &option) const { return m_all.value(option); }
    QStringList optionsGiven() const { return m_values.keys(); }

    static bool takesValue(const QString &option);
    static bool isKnown(const QString &option);
    static bool isGlobal(const QString &option);

private:
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_all;
};

} // namespace trustdesk
