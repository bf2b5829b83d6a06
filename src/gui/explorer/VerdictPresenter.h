// The verdict in words for the chain explorer: CONNECT (which of C1/C2 holds, or the real
// cause), AUTHENTICATE (A1, A2 and A3, each pass or fail with its reason), and what an
// attempt would leave in the holding tank. Marks with symbols as well as colour. When a
// what-if changes the outcome, the saved outcome is named beside it.
#pragma once

#include "engine/Verdict.h"

#include <QCoreApplication>
#include <QString>

namespace trustdesk {

class VerdictPresenter
{
    Q_DECLARE_TR_FUNCTIONS(VerdictPresenter)
public:
    // One short line: "Connects and authenticates 'frank' (C2, A2)".
    static QString headline(const Verdict &verdict);
    // `saved` is the verdict without the what-if changes, or null when there are none.
    static QString html(const Verdict &verdict, const Verdict *saved = nullptr);
    // What a fix gives, in words ("connects and authenticates (A2)").
    static QString fixResult(const Fix &fix, const Verdict &verdict);
    // Which of the matrix's three groups: 0 cannot connect, 1 connects only, 2 both.
    static int group(const Verdict &verdict);
};

} // namespace trustdesk
