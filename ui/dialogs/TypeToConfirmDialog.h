#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace Tenancy::Ui {

class MessageLabel;

// Confirms something that cannot be taken back lightly (deprovisioning, purging): says what
// will happen and when, asks the operator to type the tenant's id, and why (the audit log).
// The button stays disabled until the id matches exactly and there is a reason.
class TypeToConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    TypeToConfirmDialog(const QString &title, const QString &explanation, const QString &id,
                        const QString &okText, QWidget *parent = nullptr);
    ~TypeToConfirmDialog() override;

    QString reason() const;
    void setReason(const QString &reason);

private:
    void validate();

    QString m_id;
    QLineEdit *m_typed = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    MessageLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Tenancy::Ui
