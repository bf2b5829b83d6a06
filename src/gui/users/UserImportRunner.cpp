#include "users/UserImportRunner.h"

#include "InputError.h"
#include "app/Workspace.h"
#include "common/ErrorReporter.h"
#include "services/UserImportService.h"
#include "store/StoreError.h"
#include "x509/OpenSslThreadGuard.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace trustdesk {

namespace {

// Cancel is a flag of its own, not the future's: a cancelled future drops its result, and
// a Cancel that comes too late (the users are committed) must still report them.
void importOnWorker(QPromise<UserImportRunner::Outcome> &promise, Workspace::StoreFactory open,
                    const QString &actor, qint64 organisationId, const QString &path,
                    std::shared_ptr<std::atomic<bool>> cancelled)
{
    const OpenSslThreadGuard openSsl; // TLS to a database server
    UserImportRunner::Outcome outcome;
    try {
        const QByteArray data = UserImportService::readFile(path);
        const std::unique_ptr<Store> store = open();
        store->setActor(actor);
        outcome.added = UserImportService::importCsv(
            *store, organisationId, data, QFileInfo(path).fileName(), [&](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
                return !cancelled->load();
            });
    } catch (const InputError &error) {
        outcome.error = error.message();
    } catch (const StoreError &error) {
        outcome.error = error.message();
    }
    promise.addResult(outcome);
}

} // namespace

void UserImportRunner::run(QWidget *parent, Workspace &workspace, const QString &path,
                           const std::function<void(const Outcome &)> &done)
{
    auto *watcher = new QFutureWatcher<Outcome>(parent);
    auto *progress =
        new QProgressDialog(tr("Importing the users of %1…").arg(QFileInfo(path).fileName()),
                            tr("Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("userImportProgress"));
    progress->setWindowTitle(tr("Import users"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    QObject::connect(watcher, &QFutureWatcherBase::progressRangeChanged, progress,
                     &QProgressDialog::setRange);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, progress,
                     &QProgressDialog::setValue);
    // Cancel stops the worker at its next thousand users; it then rolls everything back.
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(progress, &QProgressDialog::canceled, watcher, [progress, cancelled] {
        progress->setLabelText(tr("Cancelling: undoing the users added so far…"));
        progress->show();
        cancelled->store(true);
    });
    QPointer<Workspace> target(&workspace);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, watcher, [watcher, progress, parent, target, done] {
            progress->reset();
            progress->deleteLater();
            watcher->deleteLater();
            Outcome outcome;
            if (watcher->future().resultCount() > 0)
                outcome = watcher->future().resultAt(0);
            else
                outcome.error = tr("the import was cancelled; no user was added");
            if (target) {
                if (outcome.added > 0)
                    target->changed(Workspace::Users);
                emit target->notice(outcome.error.isEmpty()
                                        ? tr("%n users imported", nullptr, outcome.added)
                                        : outcome.error);
            }
            if (!outcome.error.isEmpty())
                ErrorReporter::show(parent, tr("Import users"), outcome.error);
            if (done)
                done(outcome);
        });
    watcher->setFuture(QtConcurrent::run(importOnWorker, workspace.connectionFactory(),
                                         workspace.store().person(), workspace.organisationId(),
                                         path, cancelled));
}

} // namespace trustdesk
