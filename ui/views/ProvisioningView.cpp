#include "ProvisioningView.h"

#include "dialogs/ReasonDialog.h"
#include "models/ProvisioningJobsModel.h"
#include "widgets/MessageLabel.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

ProvisioningView::ProvisioningView(TenantService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"provisioningView"_s);
    m_model = new ProvisioningJobsModel(this);

    auto *title = new QLabel(tr("Provisioning"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto action = [this](const QString &text, const QString &name, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        return a;
    };
    m_retry = action(tr("&Retry Step"), u"retryStepAction"_s,
                     tr("Run the failed step again, and the steps after it"));
    m_resume = action(tr("Res&ume"), u"resumeAction"_s,
                      tr("Go on from where the job stopped (interrupted or cancelled)"));
    m_rollback = action(tr("Roll &Back"), u"rollbackAction"_s,
                        tr("Undo every step the job ran, newest first; the tenant is pending "
                           "again"));
    m_cancel
        = action(tr("&Cancel"), u"cancelJobAction"_s, tr("Stop the running job at its next check"));
    m_force = action(tr("&Force…"), u"forceAction"_s,
                     tr("Run the job with validation skipped (admin; asks for a reason, which "
                        "is audited)"));
    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_retry, m_resume, m_rollback, m_cancel});
    toolbar->addSeparator();
    toolbar->addAction(m_force);
    m_showAll = new QCheckBox(tr("Show &finished jobs"));
    m_showAll->setToolTip(tr("Jobs that completed or were rolled back more than an hour ago"));
    m_showAll->setObjectName(u"showFinishedJobs"_s);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_showAll);

    m_table = new QTableView;
    m_table->setObjectName(u"provisioningTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ProvisioningJobsModel::Steps, new StepBarDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ProvisioningJobsModel::Tenant, 180);
    m_table->setColumnWidth(ProvisioningJobsModel::State, 110);
    m_table->setColumnWidth(ProvisioningJobsModel::Steps, 170);
    m_table->setColumnWidth(ProvisioningJobsModel::Step, 190);
    m_table->setColumnWidth(ProvisioningJobsModel::Elapsed, 90);
    m_table->addActions({m_retry, m_resume, m_rollback, m_cancel, m_force});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setAccessibleName(tr("Provisioning jobs"));

    m_reason = new QLabel;
    m_reason->setObjectName(u"jobReason"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log = new QPlainTextEdit;
    m_log->setObjectName(u"jobLog"_s);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Job log"));
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Select a job to see its log."));
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_reason);
    lowerLayout->addWidget(m_log, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_message = new MessageLabel(u"provisioningMessage"_s, m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    m_poll = new QTimer(this);
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, [this] {
        m_model->tick();
        refresh();
    });

    connect(m_retry, &QAction::triggered, this, [this] {
        const ProvisioningJob *job = selectedJob();
        const StepRecord *step = job ? job->currentStep() : nullptr;
        run(TenantService::ProvisioningAction::Retry,
            step ? std::optional<int>(int(step->step)) : std::nullopt);
    });
    connect(m_resume, &QAction::triggered, this,
            [this] { run(TenantService::ProvisioningAction::Resume); });
    connect(m_rollback, &QAction::triggered, this, [this] {
        const ProvisioningJob *job = selectedJob();
        if (!job)
            return;
        if (Prompts::question(this, tr("Roll back %1").arg(job->tenantId),
                              tr("Undo every step job %1 ran for %2 (its storage, %3, is "
                                 "removed), newest first? The tenant goes back to pending.")
                                  .arg(job->id)
                                  .arg(job->tenantId, job->storage))
            != QMessageBox::Yes)
            return;
        run(TenantService::ProvisioningAction::Rollback);
    });
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (const ProvisioningJob *job = selectedJob())
            m_service.cancelProvisioning(job->tenantId);
    });
    connect(m_force, &QAction::triggered, this, [this] {
        const ProvisioningJob *job = selectedJob();
        if (!job)
            return;
        ReasonDialog dialog(tr("Force provisioning of %1").arg(job->tenantId),
                            tr("Validation of %1 will be skipped. Why? (The reason is audited.)")
                                .arg(job->tenantId),
                            tr("Force"), this);
        if (dialog.exec() == QDialog::Accepted)
            run(TenantService::ProvisioningAction::Force, {}, dialog.reason());
    });
    connect(m_showAll, &QCheckBox::toggled, this, &ProvisioningView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProvisioningView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProvisioningView::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProvisioningView::updateActions);
    connect(&m_service, &TenantService::provisioningJobsLoaded, this,
            &ProvisioningView::onJobsLoaded);
    connect(&m_service, &TenantService::provisioningLogLoaded, this,
            &ProvisioningView::onLogLoaded);
    connect(&m_service, &TenantService::provisioningProgress, this, &ProvisioningView::onProgress);
    connect(&m_service, &TenantService::provisioningFinished, this, &ProvisioningView::onFinished);
    connect(&m_service, &TenantService::provisioningChanged, this, [this] { refresh(); });
    connect(&m_service, &TenantService::failed, this, &ProvisioningView::onFailed);
    connect(&m_service, &TenantService::opened, this, [this] {
        m_model->setJobs({});
        m_log->clear();
        m_logJob = 0;
        m_logAfter = 0;
        if (isVisible())
            refresh();
        updateActions();
    });
    updateActions();
}

ProvisioningView::~ProvisioningView() = default;

void ProvisioningView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_poll->start();
}

void ProvisioningView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Runs started here still report; the queue is read again when shown.
    if (m_runs.isEmpty())
        m_poll->stop();
}

void ProvisioningView::refresh()
{
    if (!m_service.isOpen())
        return;
    if (m_jobsRequest == 0) // one read at a time
        m_jobsRequest = m_service.provisioningJobs(false); // filtered in onJobsLoaded
    if (const ProvisioningJob *job = selectedJob(); job && m_logRequest == 0)
        m_logRequest = m_service.provisioningLog(job->tenantId, job->id, m_logAfter);
}

void ProvisioningView::provision(const QString &tenantId)
{
    m_runs.insert(
        m_service.runProvisioning(TenantService::ProvisioningAction::Provision, tenantId));
    m_message->clearMessage();
    m_poll->start();
    // The job is journaled at once; the next read lists it, and select() finds it then.
    QTimer::singleShot(150, this, [this, tenantId] {
        refresh();
        m_pendingSelection = tenantId;
    });
}

void ProvisioningView::select(const QString &tenantId)
{
    const int row = m_model->rowOfTenant(tenantId);
    if (row >= 0)
        m_table->selectRow(row);
}

const ProvisioningJob *ProvisioningView::selectedJob() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->jobs().size())
        return nullptr;
    return &m_model->jobs()[current.row()];
}

void ProvisioningView::run(TenantService::ProvisioningAction action, std::optional<int> step,
                           const QString &reason)
{
    const ProvisioningJob *job = selectedJob();
    if (!job)
        return;
    m_message->clearMessage();
    m_runs.insert(m_service.runProvisioning(action, job->tenantId, std::nullopt, step, reason));
    m_poll->start();
    QTimer::singleShot(150, this, &ProvisioningView::refresh);
}

void ProvisioningView::onJobsLoaded(quint64 request, const QList<ProvisioningJob> &allJobs)
{
    if (request != m_jobsRequest)
        return;
    m_jobsRequest = 0;
    const ProvisioningJob *before = selectedJob();
    const qint64 selected = before ? before->id : 0;
    // Open jobs, and those that ended in the last hour (a job retried here does not vanish
    // the moment it completes); every job with "Show finished jobs".
    const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QList<ProvisioningJob> shown;
    for (const ProvisioningJob &job : allJobs) {
        if (m_showAll->isChecked() || !isFinal(job.state) || job.finishedAt >= recent)
            shown.append(job);
    }
    const QList<ProvisioningJob> &jobs = shown;
    m_model->setJobs(jobs);
    for (int row = 0; row < jobs.size(); ++row) {
        if ((selected && jobs[row].id == selected)
            || (!m_pendingSelection.isEmpty() && jobs[row].tenantId == m_pendingSelection)) {
            if (m_table->selectionModel()->currentIndex().row() != row)
                m_table->selectRow(row);
            if (jobs[row].tenantId == m_pendingSelection)
                m_pendingSelection.clear();
            break;
        }
    }
    if (!selectedJob() && !jobs.isEmpty() && !m_table->selectionModel()->currentIndex().isValid())
        m_table->selectRow(0);
    selectionChanged();
    bool open = false;
    for (const ProvisioningJob &job : jobs)
        open = open || job.state == JobState::Running || job.state == JobState::RollingBack;
    if (!open && m_runs.isEmpty() && !isVisible())
        m_poll->stop();
}

void ProvisioningView::selectionChanged()
{
    const ProvisioningJob *job = selectedJob();
    if (!job) {
        m_reason->clear();
        m_reason->hide();
        m_log->clear();
        m_logJob = 0;
        updateActions();
        return;
    }
    if (job->id != m_logJob) {
        m_log->clear();
        m_logJob = job->id;
        m_logAfter = 0;
        m_logRequest = 0;
        refresh();
    }
    QString text;
    const StepRecord *step = job->currentStep();
    switch (job->state) {
    case JobState::Failed:
        text = tr("<b>Stopped at %1.</b> %2")
                   .arg(step ? stepTitle(step->step) : QString(), job->error.toHtmlEscaped());
        break;
    case JobState::Interrupted:
        text = tr("<b>Interrupted.</b> %1 Resume goes on from there; Roll Back undoes it.")
                   .arg(job->error.toHtmlEscaped());
        break;
    case JobState::Cancelled:
        text = tr("<b>Cancelled.</b> %1").arg(job->error.toHtmlEscaped());
        break;
    case JobState::Completed:
        text = tr("%1 is active (%2 isolation, in %3).")
                   .arg(job->tenantId, isolationId(job->isolation), job->storage.toHtmlEscaped());
        break;
    case JobState::RolledBack:
        text = tr("Rolled back: %1 is pending again.").arg(job->tenantId);
        break;
    case JobState::Running:
    case JobState::RollingBack:
        text = tr("%1 of %2 steps done.").arg(job->succeededSteps()).arg(provisioningStepCount);
        break;
    }
    if (job->forced)
        text += u"<br>"_s + tr("Forced past validation: %1").arg(job->reason.toHtmlEscaped());
    m_reason->setText(text);
    m_reason->show();
    updateActions();
}

void ProvisioningView::onLogLoaded(quint64 request, const QString &, qint64 jobId,
                                   const QList<ProvisioningLogLine> &lines)
{
    if (request != m_logRequest)
        return;
    m_logRequest = 0;
    if (jobId != m_logJob)
        return;
    for (const ProvisioningLogLine &line : lines) {
        const QString where = line.step == 0 ? tr("Job") : stepTitle(ProvisioningStep(line.step));
        // "Verification started" needs no "Verification: " before it.
        const QString text
            = line.message.startsWith(where) ? line.message : u"%1: %2"_s.arg(where, line.message);
        m_log->appendPlainText(u"%1  %2  %3"_s.arg(line.at.toLocalTime().toString(u"HH:mm:ss"_s),
                                                   line.level.toUpper().leftJustified(7), text));
        m_logAfter = std::max(m_logAfter, line.id);
    }
}

void ProvisioningView::onProgress(quint64 request, const ProvisioningProgress &progress)
{
    if (!m_runs.contains(request))
        return;
    m_model->setProgress(progress);
}

void ProvisioningView::onFinished(quint64 request, const ProvisioningJob &job)
{
    if (!m_runs.remove(request))
        return;
    refresh();
    Q_EMIT tenantChanged(job.tenantId);
    if (job.state == JobState::Completed)
        m_message->showMessage(tr("%1 is provisioned and active.").arg(job.tenantId),
                               MessageLabel::Tone::Success);
    else if (job.state == JobState::RolledBack)
        m_message->showMessage(tr("%1 is rolled back and pending again.").arg(job.tenantId),
                               MessageLabel::Tone::Success);
    else
        m_message->showMessage(tr("%1: %2").arg(job.tenantId, job.error));
}

void ProvisioningView::onFailed(quint64 request, const Error &error)
{
    if (request == m_jobsRequest)
        m_jobsRequest = 0;
    if (request == m_logRequest)
        m_logRequest = 0;
    if (m_runs.remove(request))
        m_message->showMessage(error.message);
}

void ProvisioningView::updateActions()
{
    const ProvisioningJob *job = selectedJob();
    const bool may = m_service.can(Permission::Provision);
    const bool mayForce = m_service.can(Permission::ForceProvision);
    const bool waiting = job
        && (job->state == JobState::Failed || job->state == JobState::Interrupted
            || job->state == JobState::Cancelled);
    const bool running
        = job && (job->state == JobState::Running || job->state == JobState::RollingBack);
    const QString needs = tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::Provision));
    m_retry->setEnabled(may && job && job->state == JobState::Failed);
    m_resume->setEnabled(may && waiting && job->state != JobState::Failed);
    m_rollback->setEnabled(may && waiting);
    m_cancel->setEnabled(may && running);
    m_force->setEnabled(mayForce && waiting);
    if (!may) {
        for (QAction *a : {m_retry, m_resume, m_rollback, m_cancel})
            a->setStatusTip(needs);
    }
    if (!mayForce)
        m_force->setStatusTip(
            tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::ForceProvision)));
}

} // namespace Tenancy::Ui
