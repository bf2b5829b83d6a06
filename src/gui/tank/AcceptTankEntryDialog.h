// Accepting a holding-tank entry, as RULES.md 4.2 and 4.3 describe: first the advice for
// the kind of credential (CN collisions with the approved CAs and other users; thumbprint
// renewal with the expiry date), then the acceptance, then the confirmation that deletes
// the rest of the pair (Yes, the default) or keeps the other entry (No).
#pragma once

#include "store/StoreRecords.h"

#include <QDialog>
#include <memory>

namespace Ui {
class AcceptTankEntryDialog;
}

namespace trustdesk {

class Workspace;

class AcceptTankEntryDialog : public QDialog
{
    Q_OBJECT
public:
    AcceptTankEntryDialog(QWidget *parent, Workspace &workspace, const TankEntry &entry);
    ~AcceptTankEntryDialog() override;

    // The whole flow for one entry; returns true when the entry was accepted.
    static bool acceptEntry(QWidget *parent, Workspace &workspace, const TankEntry &entry);

    bool approveToo() const;
    QString adviceText() const; // plain text of the advice shown

private:
    QString cnAdvice() const;
    QString thumbprintAdvice() const;
    QString untrustedCaAdvice() const;

    std::unique_ptr<Ui::AcceptTankEntryDialog> m_ui;
    Workspace &m_workspace;
    TankEntry m_entry;
};

} // namespace trustdesk
