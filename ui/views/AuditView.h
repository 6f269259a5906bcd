#pragma once

#include "TenantService.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace Tenancy {
class SecretStore;
}

namespace Tenancy::Ui {

class MessageLabel;

// The audit log: entries newest first, filtered by tenant, operator, action, dates and text
// (typing waits a moment before asking); "Load Older" pages back. The selected entry shows
// whole, with what it changed before → after. "Verify Log" recomputes the hash chain on a
// thread of its own with progress and Cancel, then says in a banner whether the log is intact
// or names the first bad entry. "Export Report…" (compliance and admin) opens the export
// dialog.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    AuditView(TenantService &service, SecretStore &secrets, QWidget *parent = nullptr);
    ~AuditView() override;

    void refresh(); // from the newest, with the current filters
    void loadOlder();
    void verify();
    void cancelVerify();
    void exportReport(); // opens the dialog
    void setTenantFilter(const QString &id);

    QLineEdit *tenantFilter() const { return m_tenant; }
    QLineEdit *operatorFilter() const { return m_operator; }
    QComboBox *actionFilter() const { return m_action; }
    QLineEdit *textFilter() const { return m_text; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }
    QTreeWidget *entries() const { return m_entries; }
    QTextBrowser *detail() const { return m_detail; }
    MessageLabel *banner() const { return m_banner; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *olderButton() const { return m_older; }
    QProgressBar *progress() const { return m_progress; }
    bool isLoading() const { return m_loadRequest != 0; }
    bool isVerifying() const { return m_verifyRequest != 0 || m_fetchingKey; }

protected:
    void showEvent(QShowEvent *event) override; // shown again: what was written meanwhile

private:
    AuditFilter currentFilter() const;
    void onLoaded(quint64 request, const QList<AuditEntry> &entries);
    void onVerified(quint64 request, const AuditVerification &verification);
    void onProgress(quint64 request, qint64 done, qint64 total);
    void onFailed(quint64 request, const Error &error);
    void showEntry();
    void updatePermissions();
    void endVerify();

    TenantService &m_service;
    SecretStore &m_secrets;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_operator = nullptr;
    QComboBox *m_action = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_text = nullptr;
    QTimer *m_debounce = nullptr;
    QTreeWidget *m_entries = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_older = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    MessageLabel *m_banner = nullptr;
    MessageLabel *m_message = nullptr;
    QList<AuditEntry> m_shown;
    quint64 m_loadRequest = 0;
    bool m_appending = false; // the load in flight pages back
    quint64 m_verifyRequest = 0;
    bool m_fetchingKey = false;
    quint64 m_keyAttempt = 0;
};

} // namespace Tenancy::Ui
