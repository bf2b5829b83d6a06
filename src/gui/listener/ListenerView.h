// The test listener's panel: choose address, ports and site mode, start and stop, and
// watch the attempts live, each with the certificate's verdict and the answer the client
// got; double-click one to open it in the chain explorer. The server certificate is a
// PKCS#12 the administrator chooses, else one from the organisation CA when it is unlocked,
// else a self-signed one for localhost. With the site-wide Accept flag, the panel counts
// the flag's two signs.
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
    void updateSigns();

    Workspace &m_workspace;
    std::unique_ptr<Ui::ListenerView> m_ui;
    std::unique_ptr<TestListener> m_listener;
    QList<ListenerEvent> m_events;
    int m_emptyPrompts = 0;
    int m_refusedTransfers = 0;
};

} // namespace trustdesk
