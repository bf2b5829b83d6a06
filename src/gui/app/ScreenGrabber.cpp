#include "app/ScreenGrabber.h"

#include "app/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QPixmap>

namespace trustdesk {

namespace {

// Lets queued layout and paint events run; a view that loads lazily fills in meanwhile.
void settle()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 150)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

QString ScreenGrabber::grab(MainWindow &window, const QString &view, const QString &path,
                            const QSize &size)
{
    window.resize(size);
    window.show();
    const QString error = window.showView(view);
    if (!error.isEmpty())
        return error;
    settle();
    const QPixmap pixmap = window.grabTarget()->grab();
    QImageWriter writer(path);
    if (!writer.write(pixmap.toImage()))
        return tr("%1: cannot write the screenshot (%2)").arg(path, writer.errorString());
    return QString();
}

} // namespace trustdesk
