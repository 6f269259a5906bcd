#pragma once

#include "TenantService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTreeWidget;

namespace Tenancy::Ui {

class ComplianceMatrixFilter;
class ComplianceMatrixModel;
class MessageLabel;

// Compliance at a glance: the fleet against the seven frameworks, one row per tenant and one
// column per framework, each cell coloured by its worst result; filter by tenant, framework
// and status, or count only the frameworks each tenant asks for; sort any column (worst
// first). The matrix is computed on a thread of its own
// with progress and Cancel. Selecting a tenant lists its controls (by framework, failing
// first) with the evidence and the remediation; "Fix…" (support and admin) shows the
// remediation as a configuration change, reason to give, and applies it; compliance
// officers see the same, read-only. "Open Tenant" goes to the tenant.
class ComplianceView : public QWidget
{
    Q_OBJECT

public:
    explicit ComplianceView(TenantService &service, QWidget *parent = nullptr);
    ~ComplianceView() override;

    void refresh(); // the whole matrix again
    void cancel();
    // Selects the tenant's row (and, when given, its framework's cell).
    void selectTenant(const QString &id, const QString &framework = {});
    // Fixes the selected failing controls (or all failing ones of the selected framework):
    // a dry run, the change to confirm with a reason, then the write and a new check.
    void fixSelected();

    ComplianceMatrixModel *model() const { return m_model; }
    QTableView *matrix() const { return m_matrix; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *frameworkFilter() const { return m_framework; }
    QComboBox *statusFilter() const { return m_status; }
    QCheckBox *requestedOnly() const { return m_requestedOnly; }
    QTreeWidget *controls() const { return m_controls; }
    QTextBrowser *detail() const { return m_detail; }
    QPushButton *fixButton() const { return m_fix; }
    QLabel *readOnlyNote() const { return m_readOnly; }
    QProgressBar *progress() const { return m_progress; }
    MessageLabel *message() const { return m_message; }
    bool isLoading() const { return m_matrixRequest != 0; }
    bool isFixing() const { return m_previewRequest != 0 || m_writeRequest != 0; }
    QString selectedTenant() const { return m_tenant; }

Q_SIGNALS:
    void tenantActivated(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded(quint64 request, const QList<FrameworkResult> &results);
    void onProgress(quint64 request, qint64 done, qint64 total);
    void onChanged(quint64 request, const ConfigChangeResult &result);
    void onFailed(quint64 request, const Error &error);
    void applyFilter();
    void showTenant(); // the drill-down for the current row
    void showControl(); // the selected control's detail
    void updateActions();
    // The failing controls selected, with a remediation (a framework item: all of its).
    QList<ControlResult> selectedFixes() const;
    void updateSummary();

    TenantService &m_service;
    ComplianceMatrixModel *m_model = nullptr;
    ComplianceMatrixFilter *m_filter = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_framework = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_requestedOnly = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_matrix = nullptr;
    QLabel *m_tenantTitle = nullptr;
    QTreeWidget *m_controls = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_fix = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_readOnly = nullptr;
    MessageLabel *m_message = nullptr;
    QString m_tenant; // shown in the drill-down
    quint64 m_matrixRequest = 0;
    quint64 m_checkRequest = 0;
    quint64 m_previewRequest = 0;
    quint64 m_writeRequest = 0;
    QList<ControlResult> m_fixing; // what the change in flight remediates
    QString m_reason; // kept when the confirmation is cancelled
    bool m_loadedOnce = false;
};

} // namespace Tenancy::Ui
