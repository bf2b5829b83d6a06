// Runs slow work (key generation, PBKDF2) off the GUI thread behind a modal progress
// dialog, and returns when it is done. An exception thrown by the work is rethrown here,
// on the GUI thread, so callers report it as for any other action.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace trustdesk {

class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)
public:
    static void run(QWidget *parent, const QString &label, const std::function<void()> &work);
};

} // namespace trustdesk
