#include "CliContext.h"

#include "InputError.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trustdesk {

CliContext::CliContext(const CliArguments &arguments, QIODevice &out, QIODevice &err, QIODevice &in)
    : m_args(arguments), m_out(&out), m_err(&err), m_in(in),
      m_json(arguments.has(QStringLiteral("json")))
{}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
}

QString CliContext::word(int index) const
{
    return index < m_args.words.size() ? m_args.words.at(index) : QString();
}

Store &CliContext::store()
{
    if (!m_store) {
        if (m_args.has(QStringLiteral("db-url"))) {
            m_store = Store::openUrl(m_args.value(QStringLiteral("db-url")));
        } else {
            QString path = m_args.value(QStringLiteral("db"));
            if (path.isEmpty()) {
                path = Store::defaultPath();
                Store::createDefaultFolder();
            }
            m_store = Store::openSqlite(path);
        }
        m_store->setActor(m_store->person() + QStringLiteral("@cli"));
    }
    return *m_store;
}

qint64 CliContext::organisationId()
{
    return store().organisations().get(m_args.value(QStringLiteral("org"))).id;
}

QDateTime CliContext::now() const
{
    if (!m_args.has(QStringLiteral("now")))
        return QDateTime::currentDateTimeUtc();
    QDateTime when = QDateTime::fromString(m_args.value(QStringLiteral("now")), Qt::ISODate);
    if (!when.isValid())
        throw InputError(
            tr("--now: '%1' is not an ISO 8601 time (for example 2026-06-01T10:00:00Z)")
                .arg(m_args.value(QStringLiteral("now"))));
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC); // a time without a zone is read as UTC, like everywhere else
    return when.toUTC();
}

QByteArray CliContext::readStdinLine(const QString &what)
{
    // One line, of a sane length: a longer one is refused whole, never split into two
    // passphrases.
    constexpr qint64 MaxLine = 64 * 1024;
    QByteArray line = m_in.readLine(MaxLine + 1);
    if (line.isEmpty())
        throw InputError(tr("%1: nothing on standard input").arg(what));
    if (!line.endsWith('\n') && !m_in.atEnd())
        throw InputError(
            tr("%1: the line on standard input is longer than %2 bytes").arg(what).arg(MaxLine));
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

void CliContext::print(const QString &text)
{
    if (m_json)
        m_err << text << Qt::endl;
    else
        m_out << text << Qt::endl;
}

void CliContext::warn(const QString &text)
{
    m_err << text << Qt::endl;
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace trustdesk
