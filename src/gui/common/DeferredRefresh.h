// Reloads a view when its data changed, but only once it is visible: a hidden view just
// remembers that it is stale and reloads when it is shown. Opening a large store then
// loads the one view on screen, not all of them.
#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace trustdesk {

class DeferredRefresh : public QObject
{
    Q_OBJECT
public:
    DeferredRefresh(QWidget *view, std::function<void()> refresh);

    // Refreshes now when the view is visible, otherwise on its next show.
    void request();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace trustdesk
