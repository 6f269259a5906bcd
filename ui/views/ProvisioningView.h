#pragma once

#include "TenantService.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace Tenancy::Ui {

class MessageLabel;
class ProvisioningJobsModel;

// The provisioning queue: every open job and those that ended in the last hour (or every job)
// with a six-segment bar of its steps,
// the step it is at, how long it has run, and why it stopped, in plain words; the selected
// job's log below. Retry step, Resume, Roll back, Cancel and Force… (admin, with a reason) act
// on the selected job. Live: jobs run here report as they go, and the queue is read again
// every second while a job is open (others may run in another console or tenancyctl).
class ProvisioningView : public QWidget
{
    Q_OBJECT

public:
    explicit ProvisioningView(TenantService &service, QWidget *parent = nullptr);
    ~ProvisioningView() override;

    // Reads the queue again (and the selected job's log).
    void refresh();
    // Provisions a pending tenant (the Provision action of the directory).
    void provision(const QString &tenantId);
    // Selects the tenant's job, if it is listed.
    void select(const QString &tenantId);

    QTableView *table() const { return m_table; }
    QPlainTextEdit *log() const { return m_log; }
    QLabel *reason() const { return m_reason; }
    QAction *retryAction() const { return m_retry; }
    QAction *resumeAction() const { return m_resume; }
    QAction *rollbackAction() const { return m_rollback; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *forceAction() const { return m_force; }
    ProvisioningJobsModel *model() const { return m_model; }

Q_SIGNALS:
    // A job ended here (the directory shows the tenant's new status).
    void tenantChanged(const QString &tenantId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void run(TenantService::ProvisioningAction action, std::optional<int> step = {},
             const QString &reason = {});
    void onJobsLoaded(quint64 request, const QList<ProvisioningJob> &allJobs);
    void onLogLoaded(quint64 request, const QString &tenantId, qint64 jobId,
                     const QList<ProvisioningLogLine> &lines);
    void onProgress(quint64 request, const ProvisioningProgress &progress);
    void onFinished(quint64 request, const ProvisioningJob &job);
    void onFailed(quint64 request, const Error &error);
    void selectionChanged();
    void updateActions();
    const ProvisioningJob *selectedJob() const;

    TenantService &m_service;
    ProvisioningJobsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_reason = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QCheckBox *m_showAll = nullptr;
    MessageLabel *m_message = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_rollback = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_force = nullptr;
    QTimer *m_poll = nullptr;
    quint64 m_jobsRequest = 0;
    quint64 m_logRequest = 0;
    QSet<quint64> m_runs; // runs started here
    qint64 m_logJob = 0; // the job whose log is shown
    qint64 m_logAfter = 0; // its last line shown
    QString m_pendingSelection; // a tenant whose new job is to be selected once listed
};

} // namespace Tenancy::Ui
