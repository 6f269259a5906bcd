#pragma once

#include "TenantService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Tenancy {
class SecretStore;
}

namespace Tenancy::Ui {

class MessageLabel;

// Export an audit report: which tenants (none: the fleet), the period, the frameworks (none:
// every one), the format (PDF, CSV files, JSON, a signed bundle) and where. The keys come from
// the OS keychain, then the export runs on a thread of its own with a progress bar; Cancel
// stops it and leaves nothing behind. Mistakes show next to their field; nothing is written
// until every field is right.
class AuditExportDialog : public QDialog
{
    Q_OBJECT

public:
    AuditExportDialog(TenantService &service, SecretStore &secrets, QWidget *parent = nullptr);
    ~AuditExportDialog() override;

    // Starts the export (what the Export button does); false when a field is wrong.
    bool start();
    void setTenants(const QString &ids);
    void setOutput(const QString &path);
    void setFormat(AuditReportFormat format);

    QLineEdit *tenants() const { return m_tenants; }
    QDateEdit *from() const { return m_from; }
    QDateEdit *to() const { return m_to; }
    QList<QCheckBox *> frameworks() const { return m_frameworks; }
    QComboBox *format() const { return m_format; }
    QLineEdit *output() const { return m_output; }
    QProgressBar *progress() const { return m_progress; }
    QPushButton *exportButton() const { return m_exportButton; }
    MessageLabel *message() const { return m_message; }
    bool isRunning() const { return m_running; }
    // What the last export wrote (set once it succeeded).
    const std::optional<AuditReportExport> &exported() const { return m_result; }
    QString writtenTo() const { return m_writtenTo; }

    void reject() override; // Cancel: stops a running export first

private:
    std::optional<AuditReportScope> scope();
    AuditReportFormat currentFormat() const;
    void browse();
    void withKeys(const AuditReportScope &scope, AuditReportFormat format, const QString &out);
    void onProgress(quint64 request, qint64 done, qint64 total);
    void onExported(quint64 request, const AuditReportExport &exported);
    void onFailed(quint64 request, const Error &error);
    void setRunning(bool running);

    TenantService &m_service;
    SecretStore &m_secrets;
    QLineEdit *m_tenants = nullptr;
    MessageLabel *m_tenantsError = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    MessageLabel *m_periodError = nullptr;
    QList<QCheckBox *> m_frameworks;
    QComboBox *m_format = nullptr;
    QLineEdit *m_output = nullptr;
    MessageLabel *m_outputError = nullptr;
    QProgressBar *m_progress = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    quint64 m_request = 0;
    quint64 m_attempt = 0; // keychain answers for an older attempt are dropped
    bool m_running = false;
    bool m_cancelling = false;
    std::optional<AuditReportExport> m_result;
    QString m_writtenTo;
};

} // namespace Tenancy::Ui
