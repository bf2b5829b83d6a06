#include "app/StoreOpener.h"

#include "InputError.h"
#include "app/Workspace.h"
#include "common/ErrorReporter.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "x509/OpenSslThreadGuard.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace trustdesk {

namespace {

// Runs on a worker thread with a connection of its own; returns an error message or "".
QString prepare(const QString &location, const QString &password)
{
    const OpenSslThreadGuard openSsl; // TLS to a database server
    try {
        const std::unique_ptr<Store> store = Store::openLocation(location, password);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const OrganisationSettings &org : store->organisations().all())
            store->tank().purgeExpired(org.id, now);
        return QString();
    } catch (const StoreError &error) {
        return error.message();
    } catch (const InputError &error) {
        return error.message();
    }
}

} // namespace

QString StoreOpener::openNow(Workspace &workspace, const QString &location,
                             const QString &organisation, const QString &password)
{
    try {
        workspace.open(Store::openLocation(location, password), organisation,
                       [location, password] { return Store::openLocation(location, password); });
        return QString();
    } catch (const StoreError &error) {
        return error.message();
    } catch (const InputError &error) {
        return error.message();
    }
}

void StoreOpener::open(QWidget *parent, Workspace &workspace, const QString &location,
                       const QString &organisation, const std::function<void(bool)> &done,
                       const QString &password)
{
    const QString &path = location;
    auto *watcher = new QFutureWatcher<QString>(parent);
    const QString shown =
        Store::isSharedLocation(path) ? QUrl(path).toDisplayString(QUrl::RemovePassword) : path;
    auto *progress = new QProgressDialog(tr("Opening %1…").arg(shown), tr("Cancel"), 0, 0, parent);
    progress->setWindowTitle(tr("Open store"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    QPointer<Workspace> target(&workspace);
    QObject::connect(progress, &QProgressDialog::canceled, watcher, [watcher, progress, done] {
        // The worker finishes on its own; its result is simply not used.
        watcher->disconnect();
        watcher->deleteLater();
        progress->deleteLater();
        done(false);
    });
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, watcher,
                     [watcher, progress, parent, target, path, organisation, done, password] {
                         progress->disconnect();
                         progress->reset();
                         progress->deleteLater();
                         watcher->deleteLater();
                         QString error = watcher->result();
                         if (error.isEmpty() && target)
                             error = openNow(*target, path, organisation, password);
                         if (!error.isEmpty())
                             ErrorReporter::show(parent, tr("Open store"), error);
                         done(error.isEmpty());
                     });
    watcher->setFuture(QtConcurrent::run(prepare, path, password));
}

} // namespace trustdesk
