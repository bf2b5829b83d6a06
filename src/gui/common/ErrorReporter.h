// Runs an action that may fail on bad input or a store error and shows the reason as a
// message naming what went wrong, instead of letting an exception reach the event loop.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace trustdesk {

class ErrorReporter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorReporter)
public:
    // Returns true when `action` finished; otherwise shows `title` and the reason.
    static bool attempt(QWidget *parent, const QString &title, const std::function<void()> &action);
    static void show(QWidget *parent, const QString &title, const QString &message);
};

} // namespace trustdesk
