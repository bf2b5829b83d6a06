#include "W3cLog.h"

#include <QDateTime>

namespace trustdesk {

namespace {

// One field of a line: a space becomes '+', as IIS writes it; anything that could break the
// line or hide in it (tabs, control characters, invisible format characters such as bidi
// overrides, line and paragraph separators) becomes %XX per UTF-8 byte, so a client cannot
// forge a field, a line, or a line that reads differently. ('%' stays: queries arrive
// percent-encoded already, as IIS logs them.)
QString field(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("-");
    QString out;
    out.reserve(value.size());
    const QList<uint> codePoints = value.toUcs4();
    for (const uint u : codePoints) {
        const char32_t c = char32_t(u);
        if (c == U' ') {
            out += QLatin1Char('+');
            continue;
        }
        const QChar::Category category = QChar::category(c);
        const bool escape =
            c < 0x20 || (c >= 0x7f && c <= 0x9f) || category == QChar::Other_Format ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph ||
            category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned;
        if (!escape) {
            out += QString::fromUcs4(&c, 1);
            continue;
        }
        const QByteArray utf8 = QString::fromUcs4(&c, 1).toUtf8();
        for (const char byte : utf8)
            out += QStringLiteral("%%1").arg(uchar(byte), 2, 16, QLatin1Char('0')).toUpper();
    }
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
