#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace Tenancy::Ui {

class MessageLabel;

// Sets or removes a tenant's budget per billing period: an amount in the tenant's currency
// (such as 1,500 or 1500.00), checked next to the field, and the reason for the audit log.
class BudgetDialog : public QDialog
{
    Q_OBJECT

public:
    BudgetDialog(const QString &tenantId, const QString &currency,
                 std::optional<qint64> currentMinor, QWidget *parent = nullptr);
    ~BudgetDialog() override;

    // The budget in minor units; empty: no budget.
    std::optional<qint64> budgetMinor() const;
    QString reason() const;

    QLineEdit *amount() const { return m_amount; }
    QCheckBox *noBudget() const { return m_none; }
    QPlainTextEdit *reasonField() const { return m_reason; }
    bool isAcceptable() const;

    // "1,500.00" -> 150000; empty when it is not an amount with at most two decimals.
    static std::optional<qint64> parseAmount(const QString &text);

private:
    void validate();

    QLineEdit *m_amount = nullptr;
    QCheckBox *m_none = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    MessageLabel *m_amountError = nullptr;
    MessageLabel *m_reasonError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Tenancy::Ui
