// `trustdesk --show VIEW --grab FILE.png`: opens a view, lets it lay out and paint, saves
// the window as an image and reports what went wrong in plain words.
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace trustdesk {

class MainWindow;

class ScreenGrabber
{
    Q_DECLARE_TR_FUNCTIONS(ScreenGrabber)
public:
    // Returns an error message, or "" when `path` was written.
    static QString grab(MainWindow &window, const QString &view, const QString &path,
                        const QSize &size);
};

} // namespace trustdesk
