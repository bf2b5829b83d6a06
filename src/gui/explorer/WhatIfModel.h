// The chain explorer's what-if toggles as data: the changes that can be tried for one
// certificate and user (install or approve any certificate of the picture, Match CN,
// accept the thumbprint or the CN), which of them are switched, and the WhatIfChanges they
// add up to. The view shows them; the engine evaluates them; nothing here is saved.
#pragma once

#include "engine/Fix.h"
#include "engine/TrustSnapshot.h"
#include "engine/WhatIfChanges.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace trustdesk {

class WhatIfModel
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfModel)
public:
    enum class Kind
    {
        Install,
        Approve,
        MatchCn,
        AcceptThumbprint,
        AcceptCn,
        EnableUser
    };
    struct Toggle
    {
        Kind kind;
        QString text;
        bool saved = false;   // how the store has it
        bool checked = false; // how the explorer tries it
        int certificate = -1; // index into certificates()
        bool enabled = true;
        bool changed() const { return checked != saved; }
    };

    // The toggles for `presented` (leaf first) against the saved configuration, for `user`
    // (may be null). Every certificate the picture shows gets one: the path the engine
    // builds, the rest of what the client sent, and the rejected candidates.
    void rebuild(const QList<Certificate> &presented, const TrustSnapshot &snapshot,
                 const UserProfile *user, const QDateTime &at);
    void clear();

    const QList<Toggle> &toggles() const { return m_toggles; }
    const QList<Certificate> &certificates() const { return m_certificates; }
    void setChecked(int row, bool checked);
    // Switches on the toggles a fix consists of (adding a certificate from elsewhere, such as
    // the holding tank, to the picture when needed). False when a change has no toggle.
    bool applyFix(const Fix &fix, const TrustSnapshot &snapshot);
    int changedCount() const;
    WhatIfChanges changes() const;
    // The text a toggle shows, marked when it differs from the store.
    QString displayText(int row) const;
    // One line per change: "• Install ..." or "• Undo: ...".
    QStringList changeLines() const;

private:
    void add(Kind kind, const QString &text, bool saved, int certificate = -1, bool enabled = true);
    // The certificate's index, after adding it and its install (and approve) toggles.
    int addCertificate(const Certificate &cert, const TrustSnapshot &snapshot);
    int toggleRow(Kind kind, int certificate = -1) const;

    QList<Certificate> m_presented;
    QList<Certificate> m_certificates;
    QList<Toggle> m_toggles;
};

} // namespace trustdesk
