#include "BudgetDialog.h"

#include "model/Money.h"
#include "model/TenantValidation.h"
#include "widgets/MessageLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {
// A budget above ten billion a period is a typing error.
constexpr qint64 kMaxBudgetMinor = 1'000'000'000'000;
} // namespace

BudgetDialog::BudgetDialog(const QString &tenantId, const QString &currency,
                           std::optional<qint64> currentMinor, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Budget of %1").arg(tenantId));
    setObjectName(u"budgetDialog"_s);
    auto *intro = new QLabel(tr("What %1 means to spend in a billing period: the subscription "
                                "and any overage. Alerts come at 80% and 100%, and when the "
                                "period is on course to go over.")
                                 .arg(tenantId));
    intro->setWordWrap(true);
    m_amount = new QLineEdit;
    m_amount->setObjectName(u"budgetAmount"_s);
    m_amount->setPlaceholderText(tr("such as 1,500.00"));
    if (currentMinor)
        m_amount->setText(Money {*currentMinor, currency}.toDisplayString().section(u' ', 0, 0));
    m_amountError = new MessageLabel(u"budgetAmountError"_s, m_amount);
    m_none = new QCheckBox(tr("&No budget"));
    m_none->setObjectName(u"budgetNone"_s);
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(u"budgetReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why? This goes to the audit log."));
    m_reason->setFixedHeight(70);
    m_reasonError = new MessageLabel(u"budgetReasonError"_s, m_reason);
    auto *form = new QFormLayout;
    auto *amountColumn = new QVBoxLayout;
    amountColumn->addWidget(m_amount);
    amountColumn->addWidget(m_amountError);
    amountColumn->addWidget(m_none);
    form->addRow(tr("&Budget (%1):").arg(currency), amountColumn);
    auto *reasonColumn = new QVBoxLayout;
    reasonColumn->addWidget(m_reason);
    reasonColumn->addWidget(m_reasonError);
    form->addRow(tr("&Reason:"), reasonColumn);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Budget"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"budgetOk"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &BudgetDialog::validate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &BudgetDialog::validate);
    connect(m_none, &QCheckBox::toggled, this, [this](bool none) {
        m_amount->setEnabled(!none);
        m_buttons->button(QDialogButtonBox::Ok)
            ->setText(none ? tr("Remove Budget") : tr("Set Budget"));
        validate();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(460, 280);
    validate();
}

BudgetDialog::~BudgetDialog() = default;

std::optional<qint64> BudgetDialog::parseAmount(const QString &text)
{
    QString t = text.trimmed();
    t.remove(u',');
    t.remove(u' ');
    static const QRegularExpression re(u"^(\\d{1,10})(?:\\.(\\d{1,2}))?$"_s);
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 whole = m.captured(1).toLongLong();
    QString cents = m.captured(2);
    while (cents.size() < 2)
        cents += u'0';
    const qint64 minor = whole * 100 + cents.toLongLong();
    if (minor > kMaxBudgetMinor)
        return std::nullopt;
    return minor;
}

std::optional<qint64> BudgetDialog::budgetMinor() const
{
    if (m_none->isChecked())
        return std::nullopt;
    return parseAmount(m_amount->text());
}

QString BudgetDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool BudgetDialog::isAcceptable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void BudgetDialog::validate()
{
    const bool none = m_none->isChecked();
    const bool amountOk = none || parseAmount(m_amount->text()).has_value();
    m_amountError->showMessage(
        amountOk || m_amount->text().trimmed().isEmpty()
            ? QString()
            : tr("\"%1\" is not an amount: a number with at most two decimals, from 0 to "
                 "10,000,000,000")
                  .arg(m_amount->text()));
    const auto reasonError = TenantValidation::checkReason(m_reason->toPlainText());
    m_reasonError->showMessage(
        reasonError && !m_reason->toPlainText().isEmpty() ? reasonError->message : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(amountOk && !reasonError);
}

} // namespace Tenancy::Ui
