#include "explorer/ChainDiagram.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace trustdesk {

namespace {

constexpr int NodeWidth = 260;
constexpr int NodeHeight = 92;
constexpr int RowGap = 46;
constexpr int ColumnGap = 50;
constexpr int Margin = 16;

const QColor Good(0x2e, 0x7d, 0x32);
const QColor GoodFill(0xe8, 0xf5, 0xe9);
const QColor Bad(0xc6, 0x28, 0x28);
const QColor BadFill(0xfd, 0xec, 0xea);
const QColor Neutral(0x75, 0x75, 0x75);
const QColor Warn(0xef, 0x6c, 0x00);
const QColor WarnFill(0xff, 0xf3, 0xe0);

QString date(const QDateTime &when)
{
    return QLocale().toString(when.toUTC().date(), QLocale::ShortFormat);
}

ChainNode nodeFor(const Certificate &cert, const QDateTime &at, const Certificate &organisationCa)
{
    ChainNode node;
    node.certificate = cert;
    node.title = cert.displayName();
    node.validity = ChainDiagram::tr("%1 → %2").arg(date(cert.notBefore()), date(cert.notAfter()));
    if (at.isValid() && cert.notAfter() < at)
        node.badges << ChainDiagram::tr("⚠ expired");
    else if (at.isValid() && cert.notBefore() > at)
        node.badges << ChainDiagram::tr("⚠ not yet valid");
    if (!organisationCa.isNull() && cert == organisationCa)
        node.badges << ChainDiagram::tr("⌂ organisation CA");
    return node;
}

} // namespace

ChainDiagram::ChainDiagram(QWidget *parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(false);
}

QList<ChainNode> ChainDiagram::nodesFor(const Verdict &verdict, const Certificate &organisationCa)
{
    QList<ChainNode> nodes;
    const QList<ChainElement> &chain = verdict.connect.chain;
    const QDateTime at = verdict.evaluatedAt;
    // A missing issuer above the top of the path, when the path ends in the air.
    const Certificate top = chain.isEmpty() ? verdict.certificate : chain.last().certificate;
    const bool endsInTheAir = !verdict.connect.ok && !top.isNull() && !top.isSelfIssued() &&
                              (chain.isEmpty() || !chain.last().installed);
    int row = 0;
    if (endsInTheAir) {
        ChainNode missing;
        missing.kind = ChainNode::Kind::Missing;
        missing.title = Certificate::nameLabel(X509_get_issuer_name(top.x509()));
        // Same-name certificates that failed are "not the right key"; otherwise the CA is
        // simply nowhere: not installed, and the client did not send it.
        missing.validity = verdict.connect.rejected.isEmpty()
                               ? tr("not installed, and the client did not send it")
                               : tr("not found with the right key");
        missing.badges << tr("? not found");
        missing.ok = false;
        missing.row = row++;
        nodes << missing;
    }
    for (int i = int(chain.size()) - 1; i >= 0; --i) {
        const ChainElement &element = chain.at(i);
        ChainNode node = nodeFor(element.certificate, at, organisationCa);
        node.row = row++;
        if (i == 0)
            node.badges.prepend(tr("leaf"));
        if (element.installed)
            node.badges << tr("✔ installed");
        if (element.approved)
            node.badges << tr("★ approved");
        if (element.source == CertificateSource::Presented)
            node.badges << tr("⇡ from the client");
        else if (element.source == CertificateSource::Intermediates)
            node.badges << tr("known intermediate");
        if (i > 0 && !element.certificate.isCa())
            node.badges << tr("✖ not a CA");
        node.ok = element.ok;
        node.problems = element.problems;
        // The leaf's issuer on a path that connects but does not authenticate: CN rules
        // need it approved, so it is not drawn as if all were well.
        const bool authenticated = verdict.authenticate && verdict.authenticate->ok;
        if (i == 1 && verdict.connect.ok && !element.approved && !authenticated) {
            node.warn = true;
            node.badges << tr("☆ not approved");
            node.problems << tr("not approved: a CN does not authenticate through it (A2, A3)");
        }
        const bool hasParent = i + 1 < chain.size() || endsInTheAir;
        if (hasParent) {
            if (i + 1 < chain.size()) {
                node.edgeOk = element.signatureOk;
                node.edgeToParent =
                    element.signatureOk ? tr("✔ signature verifies") : tr("✖ signature fails");
            } else {
                node.edgeOk = false;
                node.edgeToParent = tr("? signed by a certificate not found");
            }
        }
        nodes << node;
    }
    // Rejected candidates sit beside the row where the issuer they failed to be stands.
    for (const RejectedCandidate &candidate : verdict.connect.rejected) {
        ChainNode node = nodeFor(candidate.certificate, at, organisationCa);
        node.kind = ChainNode::Kind::Rejected;
        node.badges.prepend(tr("✖ rejected"));
        if (candidate.source == CertificateSource::RootStore)
            node.badges << tr("✔ installed");
        else if (candidate.source == CertificateSource::Presented)
            node.badges << tr("⇡ from the client");
        node.problems << candidate.reason;
        node.ok = false;
        node.column = 1;
        const int childRow = (endsInTheAir ? 1 : 0) + int(chain.size()) - 1 - candidate.childIndex;
        node.row = qMax(0, childRow - 1);
        node.edgeToParent = tr("✖ would not verify");
        node.edgeOk = false;
        nodes << node;
    }
    return nodes;
}

void ChainDiagram::setVerdict(const Verdict &verdict, const Certificate &organisationCa)
{
    m_nodes = nodesFor(verdict, organisationCa);
    layoutNodes();
    updateGeometry();
    update();
}

void ChainDiagram::clear()
{
    m_nodes.clear();
    updateGeometry();
    update();
}

void ChainDiagram::layoutNodes()
{
    for (ChainNode &node : m_nodes)
        node.rect = QRect(Margin + node.column * (NodeWidth + ColumnGap),
                          Margin + node.row * (NodeHeight + RowGap), NodeWidth, NodeHeight);
}

QSize ChainDiagram::sizeHint() const
{
    int rows = 0;
    int columns = 1;
    for (const ChainNode &node : m_nodes) {
        rows = qMax(rows, node.row + 1);
        columns = qMax(columns, node.column + 1);
    }
    return QSize(2 * Margin + columns * NodeWidth + (columns - 1) * ColumnGap,
                 2 * Margin + qMax(rows, 1) * NodeHeight + qMax(rows - 1, 0) * RowGap);
}

void ChainDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_nodes.isEmpty()) {
        painter.setPen(Neutral);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Open a certificate, drop a file here, or pick a training scenario."));
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);

    // Edges first, under the nodes.
    for (const ChainNode &node : m_nodes) {
        if (node.edgeToParent.isEmpty())
            continue;
        QPoint from = node.rect.center();
        from.setY(node.rect.top());
        QPoint to;
        if (node.kind == ChainNode::Kind::Rejected) {
            // From the rejected candidate down-left to the node it failed to sign.
            for (const ChainNode &child : m_nodes)
                if (child.kind == ChainNode::Kind::Path && child.row == node.row + 1)
                    to = QPoint(child.rect.right(), child.rect.center().y());
            from = QPoint(node.rect.left(), node.rect.center().y());
        } else {
            for (const ChainNode &parent : m_nodes)
                if (parent.kind != ChainNode::Kind::Rejected && parent.row == node.row - 1)
                    to = QPoint(parent.rect.center().x(), parent.rect.bottom());
        }
        if (to.isNull())
            continue;
        QPen pen(node.edgeOk ? Good : Bad, 2, node.edgeOk ? Qt::SolidLine : Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(from, to);
        // An arrow head at the signer: "signed by".
        const QPointF direction = QPointF(to - from) / qMax(1.0, QLineF(from, to).length());
        const QPointF normal(-direction.y(), direction.x());
        QPainterPath head;
        head.moveTo(to);
        head.lineTo(QPointF(to) - direction * 10 + normal * 5);
        head.lineTo(QPointF(to) - direction * 10 - normal * 5);
        head.closeSubpath();
        painter.fillPath(head, pen.color());
        painter.setFont(small);
        // A path edge is labelled beside its middle; a rejected candidate's under the
        // candidate, clear of the path's own labels.
        const QPoint mid = (from + to) / 2;
        const QRect label = node.kind == ChainNode::Kind::Rejected
                                ? QRect(node.rect.left(), node.rect.bottom() + 4, NodeWidth, 20)
                                : QRect(mid.x() + 8, mid.y() - 10, NodeWidth, 20);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, node.edgeToParent);
    }

    for (const ChainNode &node : m_nodes) {
        const bool missing = node.kind == ChainNode::Kind::Missing;
        const QColor line = missing ? Neutral : !node.ok ? Bad : node.warn ? Warn : Good;
        const QColor fill = missing     ? palette().color(QPalette::Base)
                            : !node.ok  ? BadFill
                            : node.warn ? WarnFill
                                        : GoodFill;
        QPen pen(line, node.kind == ChainNode::Kind::Path ? 2 : 1.5,
                 node.kind == ChainNode::Kind::Path ? Qt::SolidLine : Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawRoundedRect(node.rect, 6, 6);
        const QRect inner = node.rect.adjusted(10, 6, -10, -6);
        painter.setPen(palette().color(QPalette::Text));
        painter.setFont(bold);
        const QString mark = node.kind == ChainNode::Kind::Missing ? QStringLiteral("?")
                             : node.ok                             ? QStringLiteral("✔")
                                                                   : QStringLiteral("✖");
        painter.drawText(
            inner, Qt::AlignLeft | Qt::AlignTop,
            QFontMetrics(bold).elidedText(QStringLiteral("%1  %2").arg(mark, node.title),
                                          Qt::ElideRight, inner.width()));
        painter.setFont(small);
        const int lineHeight = QFontMetrics(small).height();
        painter.drawText(inner.adjusted(0, lineHeight + 4, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                         node.validity);
        const QString badges = node.badges.join(QStringLiteral("  ·  "));
        painter.drawText(inner.adjusted(0, 2 * lineHeight + 6, 0, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         QFontMetrics(small).elidedText(badges, Qt::ElideRight, inner.width() * 2));
        if (!node.problems.isEmpty()) {
            painter.setPen(node.ok ? Warn : Bad);
            painter.drawText(inner, Qt::AlignLeft | Qt::AlignBottom,
                             QFontMetrics(small).elidedText(node.problems.first(), Qt::ElideRight,
                                                            inner.width()));
        }
    }
}

bool ChainDiagram::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    for (const ChainNode &node : std::as_const(m_nodes)) {
        if (!node.rect.contains(help->pos()))
            continue;
        // What a box may have cut short: the title, the badges and every problem.
        QStringList lines{QStringLiteral("<b>%1</b>").arg(node.title.toHtmlEscaped()),
                          node.validity.toHtmlEscaped(),
                          node.badges.join(QStringLiteral("  ·  ")).toHtmlEscaped()};
        for (const QString &problem : node.problems)
            lines << QStringLiteral("<span style='color:%1'>%2</span>")
                         .arg((node.ok ? Warn : Bad).name(), problem.toHtmlEscaped());
        QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<br>")), this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

void ChainDiagram::mousePressEvent(QMouseEvent *event)
{
    for (const ChainNode &node : std::as_const(m_nodes)) {
        if (node.rect.contains(event->position().toPoint()) && !node.certificate.isNull()) {
            emit certificateClicked(node.certificate);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace trustdesk
