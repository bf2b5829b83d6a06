#include "W3cLog.h"

#include <QDateTime>

namespace trustdesk {

namespace {

QString field(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("-");
    QString out = value;
    out.replace(QLatin1Char(' '), QLatin1Char('+'));
    out.replace(QLatin1Char('\n'), QLatin1Char('+'));
    out.replace(QLatin1Char('\r'), QLatin1Char('+'));
    return out;
}

} // namespace

QString W3cLog::header()
{
    return QStringLiteral("#Software: TrustDesk test listener\n#Version: 1.0\n"
                          "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
                          "cs-username c-ip cs(User-Agent) sc-status sc-substatus "
                          "sc-win32-status\n");
}

QString W3cLog::format(const W3cEntry &e)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QStringList{now.toString(QStringLiteral("yyyy-MM-dd")),
                       now.toString(QStringLiteral("HH:mm:ss")),
                       field(e.serverAddress),
                       field(e.method),
                       field(e.path),
                       field(e.query),
                       QString::number(e.serverPort),
                       field(e.username),
                       field(e.clientAddress),
                       field(e.userAgent.left(512)),
                       QString::number(e.status),
                       QString::number(e.substatus),
                       QString::number(e.win32Status)}
        .join(QLatin1Char(' '));
}

bool W3cLog::open(const QString &path, QString *error)
{
    if (path.isEmpty())
        return true;
    m_file.setFileName(path);
    const bool isNew = !m_file.exists() || m_file.size() == 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = QStringLiteral("%1: %2").arg(path, m_file.errorString());
        return false;
    }
    if (isNew)
        m_file.write(header().toUtf8());
    m_file.flush();
    return true;
}

void W3cLog::write(const W3cEntry &entry)
{
    const QString line = format(entry);
    m_recent << line;
    if (m_recent.size() > 1000)
        m_recent.removeFirst();
    if (m_file.isOpen()) {
        m_file.write(line.toUtf8() + '\n');
        m_file.flush();
    }
}

} // namespace trustdesk
