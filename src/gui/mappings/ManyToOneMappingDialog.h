// Adds or edits a many-to-one mapping: its name, description, permission (allow as a user,
// or deny), enabled, and the rule editor -- one row per rule with the certificate field
// (Subject or Issuer), the sub-field (CN, OU, O, L, S, C, E or any attribute name), the
// pattern and whether the comparison is case-sensitive. OK is refused, with the reason
// shown in the dialog, until the mapping is one the store accepts.
#pragma once

#include "domain/CertificateMapping.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ManyToOneMappingDialog;
}

namespace trustdesk {

class ManyToOneMappingDialog : public QDialog
{
    Q_OBJECT
public:
    ManyToOneMappingDialog(const QStringList &usernames, QWidget *parent = nullptr);
    ~ManyToOneMappingDialog() override;

    void setMapping(const CertificateMapping &mapping);
    // What the dialog holds now; throws InputError naming what is wrong.
    CertificateMapping mapping() const;

    // The rule editor's rows, for tests and for the view.
    int ruleCount() const;
    void addRule(const MappingRule &rule = MappingRule());
    void setRule(int row, const MappingRule &rule);
    MappingRule rule(int row) const; // throws InputError for an incomplete row

    enum RuleColumn
    {
        FieldColumn,
        SubfieldColumn,
        PatternColumn,
        CaseColumn,
        RuleColumnCount
    };

public slots:
    void accept() override;

private:
    void updatePermission();

    std::unique_ptr<Ui::ManyToOneMappingDialog> m_ui;
    qint64 m_id = 0;
};

} // namespace trustdesk
