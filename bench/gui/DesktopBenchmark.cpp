// trustdesk-bench-desktop: how the desktop application feels on a large store: 100,000
// users and 200,000 holding-tank entries (a pair for every user).
//
// Measured, each as the median of several runs, against references from the same run:
//  * first paint: from creating the main window and opening the store to the users view
//    painted, against painting a bare window with an empty table (Qt's own floor);
//  * filter keystroke: one key typed into the users filter until the list is repainted,
//    against the raw SQL of the same page (the database's floor);
//  * tank filter keystroke: the same on the holding tank's user filter.
// The store is bulk-loaded with SQL (seconds instead of minutes) with the rows the store
// itself writes; after that, everything goes through the application's real code.
// With --db-url postgresql://... (an empty database) the store is on that PostgreSQL server.
#include "app/MainWindow.h"
#include "store/Store.h"
#include "tank/HoldingTankView.h"
#include "users/UsersView.h"
#include "x509/CertificateBuilder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace trustdesk;

namespace {

// Records when a widget has been painted.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

void waitForPaint(PaintWatcher &watcher)
{
    while (!watcher.painted)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
}

// The certificate every tank entry presents.
Certificate presentedCertificate(const QDateTime &now)
{
    const PrivateKey key = PrivateKey::generate(KeyType::EcP256);
    return CertificateBuilder()
        .commonName(QStringLiteral("Presented"))
        .validity(now.addDays(-1), now.addYears(1))
        .endEntity()
        .selfSign(key);
}

void insertPresented(QSqlDatabase &db, const Certificate &cert)
{
    QSqlQuery certificate(db);
    certificate.prepare(QStringLiteral("INSERT INTO certificates (id, thumbprint, subject, issuer, "
                                       "not_after, der) VALUES (1, ?, ?, ?, ?, ?)"));
    certificate.addBindValue(cert.thumbprint().key());
    certificate.addBindValue(cert.subjectText());
    certificate.addBindValue(cert.issuerText());
    certificate.addBindValue(cert.notAfter().toString(Qt::ISODate));
    certificate.addBindValue(cert.der());
    if (!certificate.exec())
        qFatal("inserting the presented certificate: %s",
               qPrintable(certificate.lastError().text()));
}

void populate(const QString &path, int users)
{
    {
        auto store = Store::openSqlite(path);
        const OrganisationSettings org = store->organisations().create(QStringLiteral("Bench"));
        Q_UNUSED(org);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Certificate cert = presentedCertificate(now);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    db.open();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    insertPresented(db, cert);
    QSqlQuery user(db);
    user.prepare(QStringLiteral(
        "INSERT INTO users (id, organisation_id, username, username_key, full_name, disabled,"
        " https_policy, ftps_policy, created) VALUES (?, 1, ?, ?, ?, 0, 'certificate',"
        " 'password+certificate', ?)"));
    QSqlQuery credential(db);
    credential.prepare(QStringLiteral("INSERT INTO credentials (user_id, kind, value, value_key, "
                                      "added) VALUES (?, 'cn', ?, ?, ?)"));
    QSqlQuery tank(db);
    tank.prepare(QStringLiteral(
        "INSERT INTO tank (organisation_id, user_id, pair_id, kind, value, certificate_id,"
        " interface, client_address, first_seen, last_seen) VALUES (1, ?, ?, ?, ?, 1, 'https',"
        " '127.0.0.1', ?, ?)"));
    const QString stamp = now.toString(Qt::ISODate);
    static const char *const first[] = {"Anna", "Ben",  "Carla", "Dev",
                                        "Eva",  "Femi", "Gita",  "Hugo"};
    static const char *const last[] = {"Smith", "Okafor", "Novak", "Lee", "Garcia", "Berg"};
    for (int i = 1; i <= users; ++i) {
        const QString name = QStringLiteral("user%1").arg(i, 6, 10, QLatin1Char('0'));
        user.addBindValue(i);
        user.addBindValue(name);
        user.addBindValue(name);
        user.addBindValue(QStringLiteral("%1 %2 %3")
                              .arg(QLatin1String(first[i % 8]), QLatin1String(last[i % 6]))
                              .arg(i));
        user.addBindValue(stamp);
        user.exec();
        credential.addBindValue(i);
        credential.addBindValue(name);
        credential.addBindValue(name);
        credential.addBindValue(stamp);
        credential.exec();
        for (const char *kind : {"cn", "thumbprint"}) {
            tank.addBindValue(i);
            tank.addBindValue(i);
            tank.addBindValue(QLatin1String(kind));
            tank.addBindValue(QLatin1String(kind) == QLatin1String("cn")
                                  ? QStringLiteral("Presented")
                                  : cert.thumbprint().key());
            tank.addBindValue(stamp);
            tank.addBindValue(stamp);
            tank.exec();
        }
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
}

// The same rows on a PostgreSQL store, a thousand to a statement.
void populatePostgres(const QString &url, int users)
{
    auto store = Store::openUrl(url);
    store->organisations().create(QStringLiteral("Bench"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Certificate cert = presentedCertificate(now);
    QSqlDatabase &db = store->database();
    const auto run = [&db](const QString &sql) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("populating PostgreSQL: %s", qPrintable(query.lastError().text()));
    };
    run(QStringLiteral("BEGIN"));
    insertPresented(db, cert);
    const QString stamp = QLatin1Char('\'') + now.toString(Qt::ISODate) + QLatin1Char('\'');
    const QString thumbprint = QLatin1Char('\'') + cert.thumbprint().key() + QLatin1Char('\'');
    static const char *const first[] = {"Anna", "Ben",  "Carla", "Dev",
                                        "Eva",  "Femi", "Gita",  "Hugo"};
    static const char *const last[] = {"Smith", "Okafor", "Novak", "Lee", "Garcia", "Berg"};
    for (int from = 1; from <= users; from += 1000) {
        QStringList userRows, credentialRows, tankRows;
        for (int i = from; i < from + 1000 && i <= users; ++i) {
            const QString name = QStringLiteral("'user%1'").arg(i, 6, 10, QLatin1Char('0'));
            userRows << QStringLiteral("(%1, 1, %2, %2, '%3 %4 %1', 0, 'certificate', "
                                       "'password+certificate', %5)")
                            .arg(i)
                            .arg(name, QLatin1String(first[i % 8]), QLatin1String(last[i % 6]),
                                 stamp);
            credentialRows << QStringLiteral("(%1, 'cn', %2, %2, %3)").arg(i).arg(name, stamp);
            tankRows << QStringLiteral("(1, %1, %1, 'cn', 'Presented', 1, 'https', '127.0.0.1', "
                                       "%2, %2)")
                            .arg(i)
                            .arg(stamp)
                     << QStringLiteral("(1, %1, %1, 'thumbprint', %2, 1, 'https', '127.0.0.1', "
                                       "%3, %3)")
                            .arg(i)
                            .arg(thumbprint, stamp);
        }
        run(QStringLiteral("INSERT INTO users (id, organisation_id, username, username_key, "
                           "full_name, disabled, https_policy, ftps_policy, created) VALUES ") +
            userRows.join(QLatin1Char(',')));
        run(QStringLiteral("INSERT INTO credentials (user_id, kind, value, value_key, added) "
                           "VALUES ") +
            credentialRows.join(QLatin1Char(',')));
        run(QStringLiteral("INSERT INTO tank (organisation_id, user_id, pair_id, kind, value, "
                           "certificate_id, interface, client_address, first_seen, last_seen) "
                           "VALUES ") +
            tankRows.join(QLatin1Char(',')));
    }
    run(QStringLiteral("SELECT setval(pg_get_serial_sequence('users', 'id'), %1)").arg(users));
    run(QStringLiteral("SELECT setval(pg_get_serial_sequence('certificates', 'id'), 1)"));
    run(QStringLiteral("COMMIT"));
    run(QStringLiteral("ANALYZE"));
}

// Qt's floor: a bare window with an empty table, created, shown and painted.
double referencePaint()
{
    QElapsedTimer timer;
    timer.start();
    QTableView view;
    view.resize(1200, 760);
    PaintWatcher watcher(view.viewport());
    view.show();
    waitForPaint(watcher);
    return timer.nsecsElapsed() / 1e6;
}

double firstPaint(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.resize(1200, 760);
    if (!window.openStoreNow(path).isEmpty())
        qFatal("cannot open the store");
    PaintWatcher watcher(window.usersView()->findChild<QTableView *>()->viewport());
    window.show();
    waitForPaint(watcher);
    return timer.nsecsElapsed() / 1e6;
}

// One key into `edit`, until the table has repainted.
double keystroke(QLineEdit *edit, QTableView *table, QChar key)
{
    PaintWatcher watcher(table->viewport());
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(edit, key.toLatin1());
    table->viewport()->update();
    waitForPaint(watcher);
    return timer.nsecsElapsed() / 1e6;
}

// The database's floor for the same filter: the page of users, straight SQL, on a
// connection of its own.
double rawFilterQuery(Store &raw, const QString &filter)
{
    QSqlDatabase &db = raw.database();
    QElapsedTimer timer;
    timer.start();
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "SELECT id, username, full_name FROM users WHERE organisation_id = 1 AND"
            " (username_key LIKE ? OR full_name LIKE ?) ORDER BY username_key LIMIT 256"));
        query.addBindValue(QStringLiteral("%%1%").arg(filter));
        query.addBindValue(QStringLiteral("%%1%").arg(filter));
        query.exec();
        while (query.next()) {
        }
    }
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool json = app.arguments().contains(QStringLiteral("--json"));
    int users = 100000;
    const int at = int(app.arguments().indexOf(QStringLiteral("--users")));
    if (at > 0 && at + 1 < app.arguments().size())
        users = app.arguments().at(at + 1).toInt();

    const int urlAt = int(app.arguments().indexOf(QStringLiteral("--db-url")));
    const QString url =
        urlAt > 0 && urlAt + 1 < app.arguments().size() ? app.arguments().at(urlAt + 1) : QString();

    QTemporaryDir dir;
    const QString path = url.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : url;
    QElapsedTimer fill;
    fill.start();
    if (url.isEmpty())
        populate(path, users);
    else
        populatePostgres(url, users);
    std::printf("store: %d users, %d tank entries, on %s, built in %.1f s\n", users, users * 2,
                url.isEmpty() ? "SQLite" : "PostgreSQL", fill.elapsed() / 1000.0);
    const auto rawStore = Store::openLocation(path);

    QList<double> paints, references;
    for (int round = 0; round < 5; ++round) {
        references << referencePaint();
        paints << firstPaint(path);
    }

    MainWindow window;
    window.resize(1200, 760);
    window.openStoreNow(path);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was never shown");
    auto *filter = window.usersView()->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    auto *table = window.usersView()->findChild<QTableView *>(QStringLiteral("usersTable"));
    // Typing a name letter by letter, a digit string (rare matches: the worst case, a full
    // scan), then clearing it.
    QList<double> keys, raws;
    const QStringList words{QStringLiteral("anna"), QStringLiteral("user0999"),
                            QStringLiteral("okafor 7"), QStringLiteral("zzz")};
    for (const QString &word : words) {
        filter->clear();
        QApplication::processEvents();
        for (int i = 0; i < word.size(); ++i) {
            keys << keystroke(filter, table, word.at(i));
            raws << rawFilterQuery(*rawStore, word.left(i + 1));
        }
    }
    window.showPage(MainWindow::TankPage);
    auto *tankFilter = window.tankView()->findChild<QLineEdit *>(QStringLiteral("userFilterEdit"));
    auto *tankTable = window.tankView()->findChild<QTableView *>(QStringLiteral("tankTable"));
    QList<double> tankKeys;
    for (const QChar c : QStringLiteral("user05"))
        tankKeys << keystroke(tankFilter, tankTable, c);

    const double paint = median(paints), paintRef = median(references);
    const double key = median(keys), raw = median(raws);
    std::printf("first paint:       median %.1f ms (max %.1f)   bare table %.1f ms   ratio %.2f\n",
                paint, maximum(paints), paintRef, paint / paintRef);
    std::printf("filter keystroke:  median %.1f ms (max %.1f)   raw SQL %.2f ms   ratio %.2f\n",
                key, maximum(keys), raw, key / raw);
    std::printf("tank filter key:   median %.1f ms (max %.1f)\n", median(tankKeys),
                maximum(tankKeys));
    std::printf("goals: first paint < 500 ms: %s; keystroke < 100 ms: %s\n",
                maximum(paints) < 500 ? "met" : "NOT met", maximum(keys) < 100 ? "met" : "NOT met");
    if (json)
        std::printf(
            "%s\n",
            QJsonDocument(QJsonObject{{QStringLiteral("first_paint_ms"), paint},
                                      {QStringLiteral("first_paint_ratio"), paint / paintRef},
                                      {QStringLiteral("keystroke_ms"), key},
                                      {QStringLiteral("keystroke_max_ms"), maximum(keys)},
                                      {QStringLiteral("keystroke_ratio"), key / raw},
                                      {QStringLiteral("tank_keystroke_ms"), median(tankKeys)}})
                .toJson(QJsonDocument::Compact)
                .constData());
    return 0;
}
