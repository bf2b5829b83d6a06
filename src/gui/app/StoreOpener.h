// Opens a store without freezing the window: a worker thread does what can take long on
// a large store (the schema migration, purging expired tank entries, counting), behind a
// progress dialog that can be cancelled; then the GUI opens its own connection, which is
// quick because the work is done.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace trustdesk {

class Workspace;

class StoreOpener
{
    Q_DECLARE_TR_FUNCTIONS(StoreOpener)
public:
    // `location` is a file or a postgresql:// URL (`password` for it, kept in memory only,
    // for reconnecting and for the workers' own connections).
    // `done(true)` once the workspace holds the store; `done(false)` after an error (shown)
    // or a cancel, with the workspace as it was.
    static void open(QWidget *parent, Workspace &workspace, const QString &location,
                     const QString &organisation, const std::function<void(bool)> &done,
                     const QString &password = QString());
    // The same on the calling thread; returns an error message or "".
    static QString openNow(Workspace &workspace, const QString &location,
                           const QString &organisation, const QString &password = QString());
};

} // namespace trustdesk
