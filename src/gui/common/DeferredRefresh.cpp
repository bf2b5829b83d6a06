#include "common/DeferredRefresh.h"

#include <QEvent>
#include <QWidget>

namespace trustdesk {

DeferredRefresh::DeferredRefresh(QWidget *view, std::function<void()> refresh)
    : QObject(view), m_view(view), m_refresh(std::move(refresh))
{
    view->installEventFilter(this);
}

void DeferredRefresh::request()
{
    if (m_view->isVisible()) {
        m_stale = false;
        m_refresh();
    } else {
        m_stale = true;
    }
}

bool DeferredRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace trustdesk
