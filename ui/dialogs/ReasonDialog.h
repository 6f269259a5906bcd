#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Tenancy::Ui {

// Asks why (suspending or reactivating a tenant): the reason goes to the audit log. OK stays
// disabled until there is one; the core checks it again.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &question, const QString &okText,
                 QWidget *parent = nullptr);
    ~ReasonDialog() override;

    QString reason() const;
    void setReason(const QString &reason);

private:
    void validate();

    QLabel *m_error = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Tenancy::Ui
