// Every row of every table of a store, as text: "the store is unchanged" in a test means
// the dump before and after are equal.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QUrl>
#include <algorithm>

namespace trustdesk::test {

// `path` is a SQLite file or a postgresql:// URL (Store::location()).
inline QString dumpStore(const QString &path)
{
    QString out;
    {
        const bool postgres = path.startsWith(QLatin1String("postgresql://"));
        QSqlDatabase raw = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL")
                                                              : QStringLiteral("QSQLITE"),
                                                     QStringLiteral("trustdesk-test-dump"));
        if (postgres) {
            const QUrl url(path);
            raw.setHostName(url.host());
            raw.setPort(url.port(5432));
            raw.setUserName(url.userName());
            raw.setDatabaseName(url.path().mid(1));
        } else {
            raw.setDatabaseName(path);
            raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (raw.open()) {
            QStringList tables = raw.tables();
            std::sort(tables.begin(), tables.end());
            for (const QString &table : std::as_const(tables)) {
                QSqlQuery q(raw);
                // PostgreSQL's change counter moves with every statement, even one that
                // changes nothing: it is the caches' clock, not data.
                q.exec(table == QLatin1String("meta")
                           ? QStringLiteral("SELECT * FROM meta WHERE key <> 'change_counter' "
                                            "ORDER BY 1")
                           : QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
                while (q.next()) {
                    out += table + QLatin1Char(':');
                    for (int i = 0; i < q.record().count(); ++i)
                        out += q.value(i).toString() + QLatin1Char('|');
                    out += QLatin1Char('\n');
                }
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trustdesk-test-dump"));
    return out;
}

} // namespace trustdesk::test
