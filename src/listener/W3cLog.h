// The W3C extended log the listener writes, one line per request, with IIS's fields:
// date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip
// cs(User-Agent) sc-status sc-substatus sc-win32-status. Spaces become '+', empty '-'.
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

namespace trustdesk {

struct W3cEntry
{
    QString serverAddress;
    QString method;
    QString path;
    QString query;
    int serverPort = 0;
    QString username;
    QString clientAddress;
    QString userAgent;
    int status = 0;
    int substatus = 0;
    quint32 win32Status = 0; // IIS writes the HRESULT unsigned, in decimal
};

class W3cLog
{
public:
    static QString header();
    static QString format(const W3cEntry &entry);

    // Appends to `path` (created with the header when new); "" keeps lines in memory only.
    bool open(const QString &path, QString *error);
    void write(const W3cEntry &entry);
    const QStringList &recent() const { return m_recent; } // the last 1,000 lines

private:
    QFile m_file;
    QStringList m_recent;
};

} // namespace trustdesk
