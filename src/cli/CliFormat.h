// What several commands of trustdesk-cli print or parse alike: certificate rows and lines,
// JSON of users and tank entries, and the checked conversions of option values.
#pragma once

#include "CliArguments.h"
#include "store/StoreRecords.h"
#include "x509/PrivateKey.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace trustdesk {

class CliFormat
{
    Q_DECLARE_TR_FUNCTIONS(CliFormat)
public:
    static QString iso(const QDateTime &when); // empty for an invalid time
    static QJsonValue nullable(const QString &text);

    static QJsonObject certificateRow(const Certificate &cert, const QDateTime &added);
    static QString certificateLine(const Certificate &cert);
    static QJsonObject caJson(const Certificate &cert);
    static QJsonObject tankJson(const TankEntry &entry);
    static QJsonObject userJson(const UserRecord &record);

    // Each throws InputError naming the option and the value.
    static bool onOff(const QString &text, const QString &option);
    static int number(const QString &text, const QString &option, int min, int max);
    static qint64 id(const QString &text, const QString &what);
    static Policy policy(const QString &text, const QString &option);
    static KeyType keyType(const CliArguments &args, KeyType fallback);
    static int days(const CliArguments &args, int fallback);
    // Every certificate of every file, all read before anything is written.
    static QList<Certificate> loadAll(const QStringList &files);
};

} // namespace trustdesk
