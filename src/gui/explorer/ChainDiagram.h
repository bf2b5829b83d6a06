// The chain of one verdict, drawn: the anchor at the top, the leaf at the bottom, each
// node with its CN, validity and badges; the edges say whether the signature verifies;
// candidates the engine rejected (a same-name CA with another key, say) stand beside the
// node they failed to sign, and an issuer that was not found is drawn as an empty box.
// Every state has a symbol and a word as well as a colour. Click a node for its details.
#pragma once

#include "engine/Verdict.h"

#include <QDateTime>
#include <QList>
#include <QRect>
#include <QWidget>

namespace trustdesk {

struct ChainNode
{
    enum class Kind
    {
        Path,     // on the path the engine built
        Rejected, // a candidate issuer the engine rejected
        Missing   // the issuer that would be needed, not found anywhere
    };
    Kind kind = Kind::Path;
    Certificate certificate; // null for Missing
    QString title;
    QString validity;
    QStringList badges;
    QStringList problems;
    bool ok = true;
    bool warn = false;    // connects, but not approved: CN rules cannot authenticate through it
    int row = 0;          // 0 is the top
    int column = 0;       // 0 the path, 1 rejected candidates
    QString edgeToParent; // the edge from this node up to the one above it
    bool edgeOk = true;
    QRect rect;
};

class ChainDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit ChainDiagram(QWidget *parent = nullptr);

    // `organisationCa` may be null; `at` is the evaluation time (for the expired badge).
    void setVerdict(const Verdict &verdict, const Certificate &organisationCa);
    void clear();
    const QList<ChainNode> &nodes() const { return m_nodes; }

    static QList<ChainNode> nodesFor(const Verdict &verdict, const Certificate &organisationCa);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void certificateClicked(const trustdesk::Certificate &certificate);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // the whole of a box as its tooltip

private:
    void layoutNodes();

    QList<ChainNode> m_nodes;
};

} // namespace trustdesk
