#include "explorer/ExplanationExporter.h"

#include "InputError.h"
#include "explorer/ChainDiagram.h"
#include "explorer/VerdictPresenter.h"

#include <QPainter>
#include <QSaveFile>
#include <QTextDocument>

namespace trustdesk {

QString ExplanationExporter::text(const Verdict &verdict, const std::optional<Verdict> &saved,
                                  const WhatIfModel &whatIf,
                                  const std::optional<QDateTime> &otherTime)
{
    QString out = verdict.toText();
    if (whatIf.changedCount() == 0 && !otherTime)
        return out;
    out += tr("\nThis is a what-if, not the saved configuration:\n");
    for (const WhatIfModel::Toggle &toggle : whatIf.toggles())
        if (toggle.changed())
            out += QStringLiteral("  - %1%2\n")
                       .arg(toggle.checked ? QString() : tr("not: "), toggle.text);
    if (otherTime)
        out += tr("  - evaluated at %1\n").arg(otherTime->toString(Qt::ISODate));
    if (saved)
        out += tr("As saved: %1\n").arg(VerdictPresenter::headline(*saved));
    return out;
}

QImage ExplanationExporter::image(ChainDiagram &diagram, const Verdict &verdict,
                                  const std::optional<Verdict> &saved, const QFont &font)
{
    const QSize diagramSize = diagram.sizeHint();
    QTextDocument document;
    document.setDefaultFont(font);
    document.setHtml(VerdictPresenter::html(verdict, saved ? &*saved : nullptr));
    document.setTextWidth(520);
    const int width = diagramSize.width() + 540;
    const int height = qMax(diagramSize.height(), int(document.size().height())) + 40;
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::black);
    painter.drawText(QRect(12, 8, width - 24, 24), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1 — evaluated %2")
                         .arg(verdict.presented.value(0).subjectText(),
                              verdict.evaluatedAt.toString(Qt::ISODate)));
    diagram.render(&painter, QPoint(0, 32), QRegion(QRect(QPoint(), diagramSize)),
                   QWidget::DrawChildren);
    painter.translate(diagramSize.width() + 10, 32);
    document.drawContents(&painter);
    return image;
}

void ExplanationExporter::writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        throw InputError(tr("%1: cannot write: %2").arg(path, file.errorString()));
}

void ExplanationExporter::writePng(const QString &path, const QImage &image)
{
    if (!image.save(path, "PNG"))
        throw InputError(tr("%1: cannot write the picture").arg(path));
}

} // namespace trustdesk
