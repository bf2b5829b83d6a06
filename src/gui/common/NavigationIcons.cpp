#include "common/NavigationIcons.h"

#include <QFile>
#include <QSize>
#include <mutex>

// The icons are compiled into the static GUI library, whose resource initialiser nothing
// references: the linker would leave it out unless it is called. Q_INIT_RESOURCE must be
// used outside any namespace.
static void initNavigationIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace trustdesk {

QIcon NavigationIcons::forPage(const QString &pageKey)
{
    return load(pageKey);
}

QIcon NavigationIcons::forAction(const QString &actionKey)
{
    return load(actionKey);
}

QIcon NavigationIcons::load(const QString &name)
{
    static std::once_flag resourcesLoaded;
    std::call_once(resourcesLoaded, initNavigationIconResources);
    QIcon icon;
    for (const int size : {24, 48}) {
        const QString path = QStringLiteral(":/icons/navigation/%1-%2.png").arg(name).arg(size);
        if (!QFile::exists(path))
            continue;
        // The same picture when selected: the style's tint would blur it on the highlight.
        icon.addFile(path, QSize(size, size), QIcon::Normal);
        icon.addFile(path, QSize(size, size), QIcon::Selected);
    }
    return icon;
}

} // namespace trustdesk
