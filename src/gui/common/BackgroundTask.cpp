#include "common/BackgroundTask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

#include <exception>
#include <openssl/crypto.h>

namespace trustdesk {

void BackgroundTask::run(QWidget *parent, const QString &label, const std::function<void()> &work)
{
    std::exception_ptr failure;
    QFutureWatcher<void> watcher;
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300); // quick work shows no flicker of a dialog
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&work, &failure] {
        try {
            work();
        } catch (...) {
            failure = std::current_exception();
        }
        // A pool thread outlives the job: the random generators OpenSSL made for it go now.
        OPENSSL_thread_stop();
    }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    watcher.waitForFinished();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace trustdesk
