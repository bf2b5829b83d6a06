// The chain explorer's explanation as something to hand on: text for a ticket or the
// clipboard, and a picture of the diagram beside the verdict.
#pragma once

#include "engine/Verdict.h"
#include "explorer/WhatIfModel.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <optional>

namespace trustdesk {

class ChainDiagram;

class ExplanationExporter
{
    Q_DECLARE_TR_FUNCTIONS(ExplanationExporter)
public:
    // The verdict in words; for a what-if, the changes tried, the other time, and the
    // verdict as saved.
    static QString text(const Verdict &verdict, const std::optional<Verdict> &saved,
                        const WhatIfModel &whatIf, const std::optional<QDateTime> &otherTime);
    // The diagram beside the verdict, on white, with a title line.
    static QImage image(ChainDiagram &diagram, const Verdict &verdict,
                        const std::optional<Verdict> &saved, const QFont &font);
    // Each throws InputError naming the file.
    static void writeText(const QString &path, const QString &text);
    static void writePng(const QString &path, const QImage &image);
};

} // namespace trustdesk
