// The test listener's panel: choose address, ports and site mode, start and stop, and
// watch the attempts live; double-click one to open it in the chain explorer. The server
// certificate comes from the organisation CA when it is unlocked, otherwise it is
// self-signed for localhost.
#pragma once

#include "TestListener.h"
#include "app/Workspace.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ListenerView;
}

namespace trustdesk {

class ListenerView : public QWidget
{
    Q_OBJECT
public:
    explicit ListenerView(Workspace &workspace, QWidget *parent = nullptr);
    ~ListenerView() override;

    bool isRunning() const;
    TestListener *listener() const { return m_listener.get(); }
    const QList<ListenerEvent> &events() const { return m_events; }

public slots:
    // Returns "" when listening, else why not (also shown).
    QString start();
    void stop();

signals:
    void explainRequested(const trustdesk::ListenerEvent &event);

private:
    void toggle();
    void addEvent(const ListenerEvent &event);
    void updateWarnings();
    void updateControls();

    Workspace &m_workspace;
    std::unique_ptr<Ui::ListenerView> m_ui;
    std::unique_ptr<TestListener> m_listener;
    QList<ListenerEvent> m_events;
};

} // namespace trustdesk
