#pragma once

#include "config/ConfigDiff.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;
class QTableWidget;

namespace Tenancy::Ui {

// What a configuration change would do, value by value (before and after side by side,
// removed values red, new ones green), and why: the reason goes to the audit log. The
// confirm button stays disabled until there is a reason and something changes.
class ConfigDiffDialog : public QDialog
{
    Q_OBJECT

public:
    ConfigDiffDialog(const QString &title, const QString &summary,
                     const QList<ConfigChange> &changes, const QString &okText,
                     QWidget *parent = nullptr);
    ~ConfigDiffDialog() override;

    QString reason() const;
    void setReason(const QString &reason);
    QTableWidget *table() const { return m_table; }

private:
    void validate();

    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_hasChanges = false;
};

} // namespace Tenancy::Ui
