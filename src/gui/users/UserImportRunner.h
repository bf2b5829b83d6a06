// Users > Import users from CSV: the file is read and its users added on a worker thread,
// through a connection of its own, behind a progress dialog whose Cancel leaves the store
// as it was (UserImportService: one transaction, all or nothing).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace trustdesk {

class Workspace;

class UserImportRunner
{
    Q_DECLARE_TR_FUNCTIONS(UserImportRunner)
public:
    struct Outcome
    {
        int added = 0;
        QString error; // what went wrong, or "" (a cancel is an error too: nothing was added)
    };

    // Imports `path` into the workspace's organisation; `done` gets the outcome once the
    // work ended (the workspace has then refreshed its views). Errors are shown as well.
    static void run(QWidget *parent, Workspace &workspace, const QString &path,
                    const std::function<void(const Outcome &)> &done = {});
};

} // namespace trustdesk
