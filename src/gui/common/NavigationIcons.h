// The icons of the main window's sidebar pages and toolbar actions: TrustDesk's own,
// embedded from resources/icons.qrc at 24 and 48 px, so they look the same in every style
// and desktop (the style's standard icons did not say what a page is).
#pragma once

#include <QIcon>
#include <QString>

namespace trustdesk {

class NavigationIcons
{
public:
    // pageKey is the page's --show view: users, tank, roots, cas, mappings, settings,
    // audit, orgca, explorer, matrix or listener. An unknown key gives a null icon.
    static QIcon forPage(const QString &pageKey);
    // actionKey: new-store, open-store or refresh. An unknown key gives a null icon.
    static QIcon forAction(const QString &actionKey);

private:
    static QIcon load(const QString &name);
};

} // namespace trustdesk
