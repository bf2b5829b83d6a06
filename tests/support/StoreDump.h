// Every row of every table of a store, as text: "the store is unchanged" in a test means
// the dump before and after are equal.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>

namespace trustdesk::test {

inline QString dumpStore(const QString &path)
{
    QString out;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                     QStringLiteral("trustdesk-test-dump"));
        raw.setDatabaseName(path);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (raw.open()) {
            for (const QString &table : raw.tables()) {
                QSqlQuery q(raw);
                q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
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
