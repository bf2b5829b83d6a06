#include "mappings/ManyToOneMappingDialog.h"

#include "InputError.h"
#include "store/MappingRepository.h"
#include "ui_ManyToOneMappingDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <openssl/objects.h>

namespace trustdesk {

namespace {

// IIS's sub-field names, offered first; any other attribute short name may be typed.
const QStringList SubfieldNames = {QStringLiteral("CN"), QStringLiteral("OU"), QStringLiteral("O"),
                                   QStringLiteral("L"),  QStringLiteral("S"),  QStringLiteral("C"),
                                   QStringLiteral("E")};

} // namespace

ManyToOneMappingDialog::ManyToOneMappingDialog(const QStringList &usernames, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ManyToOneMappingDialog>())
{
    m_ui->setupUi(this);
    m_ui->permissionCombo->addItem(tr("Allow: sign in as the user below"),
                                   int(CertificateMapping::Permission::Allow));
    m_ui->permissionCombo->addItem(tr("Deny: refuse the certificate (403.12)"),
                                   int(CertificateMapping::Permission::Deny));
    m_ui->userCombo->addItems(usernames);
    m_ui->userCombo->setCurrentIndex(-1);
    m_ui->rulesTable->setColumnCount(RuleColumnCount);
    m_ui->rulesTable->setHorizontalHeaderLabels(
        {tr("Certificate field"), tr("Sub-field"), tr("Pattern"), tr("Case-sensitive")});
    m_ui->rulesTable->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::Stretch);
    m_ui->rulesTable->setColumnWidth(FieldColumn, 130);
    m_ui->rulesTable->setColumnWidth(SubfieldColumn, 100);
    m_ui->rulesTable->verticalHeader()->setVisible(false);
    connect(m_ui->permissionCombo, &QComboBox::currentIndexChanged, this,
            &ManyToOneMappingDialog::updatePermission);
    connect(m_ui->addRuleButton, &QPushButton::clicked, this, [this] {
        addRule();
        m_ui->rulesTable->selectRow(ruleCount() - 1);
        if (auto *pattern = qobject_cast<QLineEdit *>(
                m_ui->rulesTable->cellWidget(ruleCount() - 1, PatternColumn)))
            pattern->setFocus();
    });
    connect(m_ui->removeRuleButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->rulesTable->currentRow();
        if (row >= 0)
            m_ui->rulesTable->removeRow(row);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ManyToOneMappingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setWindowTitle(tr("New many-to-one mapping"));
    addRule();
    updatePermission();
}

ManyToOneMappingDialog::~ManyToOneMappingDialog() = default;

void ManyToOneMappingDialog::setMapping(const CertificateMapping &mapping)
{
    m_id = mapping.id;
    setWindowTitle(tr("Many-to-one mapping '%1'").arg(mapping.name));
    m_ui->nameEdit->setText(mapping.name);
    m_ui->descriptionEdit->setText(mapping.description);
    m_ui->permissionCombo->setCurrentIndex(
        m_ui->permissionCombo->findData(int(mapping.permission)));
    m_ui->userCombo->setCurrentText(mapping.username);
    m_ui->enabledCheck->setChecked(mapping.enabled);
    m_ui->rulesTable->setRowCount(0);
    for (const MappingRule &rule : mapping.rules)
        addRule(rule);
    updatePermission();
}

int ManyToOneMappingDialog::ruleCount() const
{
    return m_ui->rulesTable->rowCount();
}

void ManyToOneMappingDialog::addRule(const MappingRule &rule)
{
    const int row = m_ui->rulesTable->rowCount();
    m_ui->rulesTable->insertRow(row);
    auto *field = new QComboBox;
    field->addItem(tr("Subject"), int(MappingRule::Field::Subject));
    field->addItem(tr("Issuer"), int(MappingRule::Field::Issuer));
    m_ui->rulesTable->setCellWidget(row, FieldColumn, field);
    auto *subfield = new QComboBox;
    subfield->setEditable(true);
    subfield->addItems(SubfieldNames);
    subfield->setToolTip(tr("CN common name, OU organisational unit, O organisation, L locality, "
                            "S state or province, C country, E e-mail address; or any other "
                            "attribute short name"));
    m_ui->rulesTable->setCellWidget(row, SubfieldColumn, subfield);
    auto *pattern = new QLineEdit;
    pattern->setPlaceholderText(tr("for example Contoso*"));
    pattern->setMaxLength(1024);
    m_ui->rulesTable->setCellWidget(row, PatternColumn, pattern);
    auto *caseSensitive = new QCheckBox(tr("Aa"));
    caseSensitive->setToolTip(tr("Compare letter case exactly (IIS's default)"));
    m_ui->rulesTable->setCellWidget(row, CaseColumn, caseSensitive);
    setRule(row, rule);
}

void ManyToOneMappingDialog::setRule(int row, const MappingRule &rule)
{
    auto *field = qobject_cast<QComboBox *>(m_ui->rulesTable->cellWidget(row, FieldColumn));
    auto *subfield = qobject_cast<QComboBox *>(m_ui->rulesTable->cellWidget(row, SubfieldColumn));
    auto *pattern = qobject_cast<QLineEdit *>(m_ui->rulesTable->cellWidget(row, PatternColumn));
    auto *caseSensitive = qobject_cast<QCheckBox *>(m_ui->rulesTable->cellWidget(row, CaseColumn));
    field->setCurrentIndex(field->findData(int(rule.field)));
    subfield->setCurrentText(rule.subfield.isEmpty() ? QStringLiteral("O") : rule.subfield);
    pattern->setText(rule.pattern);
    caseSensitive->setChecked(rule.caseSensitive);
}

MappingRule ManyToOneMappingDialog::rule(int row) const
{
    const auto *field = qobject_cast<QComboBox *>(m_ui->rulesTable->cellWidget(row, FieldColumn));
    const auto *subfield =
        qobject_cast<QComboBox *>(m_ui->rulesTable->cellWidget(row, SubfieldColumn));
    const auto *pattern =
        qobject_cast<QLineEdit *>(m_ui->rulesTable->cellWidget(row, PatternColumn));
    const auto *caseSensitive =
        qobject_cast<QCheckBox *>(m_ui->rulesTable->cellWidget(row, CaseColumn));
    MappingRule rule;
    rule.field = MappingRule::Field(field->currentData().toInt());
    rule.subfield = subfield->currentText().trimmed();
    rule.pattern = pattern->text();
    rule.caseSensitive = caseSensitive->isChecked();
    if (rule.subfield.isEmpty() || rule.subfieldNid() == NID_undef)
        throw InputError(tr("rule %1: '%2' is not an attribute name (such as CN, OU, O, L, S, C "
                            "or E)")
                             .arg(row + 1)
                             .arg(rule.subfield));
    if (rule.pattern.isEmpty())
        throw InputError(tr("rule %1 has no pattern").arg(row + 1));
    return rule;
}

CertificateMapping ManyToOneMappingDialog::mapping() const
{
    CertificateMapping m;
    m.id = m_id;
    m.kind = CertificateMapping::Kind::ManyToOne;
    m.name = m_ui->nameEdit->text().trimmed();
    m.description = m_ui->descriptionEdit->text().trimmed();
    m.permission = CertificateMapping::Permission(m_ui->permissionCombo->currentData().toInt());
    m.enabled = m_ui->enabledCheck->isChecked();
    if (m.permission == CertificateMapping::Permission::Allow)
        m.username = m_ui->userCombo->currentText().trimmed();
    for (int row = 0; row < ruleCount(); ++row)
        m.rules << rule(row);
    MappingRepository::validate(m);
    return m;
}

void ManyToOneMappingDialog::accept()
{
    try {
        mapping();
    } catch (const InputError &problem) {
        m_ui->problemLabel->setText(problem.message());
        return;
    }
    QDialog::accept();
}

void ManyToOneMappingDialog::updatePermission()
{
    const bool allow =
        CertificateMapping::Permission(m_ui->permissionCombo->currentData().toInt()) ==
        CertificateMapping::Permission::Allow;
    m_ui->userCombo->setEnabled(allow);
    m_ui->userLabel->setEnabled(allow);
}

} // namespace trustdesk
