// TenantManager: provisioning jobs (see Provisioner for the steps and their journal).
#include "Logging.h"
#include "TenantManager.h"
#include "model/TenantValidation.h"
#include "provisioning/Provisioner.h"
#include "provisioning/TenantStorage.h"
#include "store/ProvisioningRepository.h"

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

QString stateList(const QList<JobState> &states)
{
    QStringList names;
    for (JobState s : states)
        names.append(jobStateId(s));
    return names.join(u", "_s);
}

} // namespace

Result<ProvisioningJob> TenantManager::openJob(const QString &tenantId)
{
    auto job = provisioningJob(tenantId);
    if (!job)
        return job.error();
    if (isFinal(job->state))
        return Error::make(ErrorCode::NotAllowed,
                           tr("tenant \"%1\" has no open provisioning job (its last, %2, is %3)")
                               .arg(tenantId)
                               .arg(job->id)
                               .arg(jobStateId(job->state)));
    if (job->state == JobState::Running || job->state == JobState::RollingBack) {
        // Held by a process that died since? Then it is interrupted, and can go on.
        if (Provisioner::runnerAlive(job->runner, job->heartbeatAt, m_clock.now()))
            return Error::make(ErrorCode::Conflict,
                               tr("provisioning job %1 of \"%2\" is %3 in another process (%4); "
                                  "cancel it first")
                                   .arg(job->id)
                                   .arg(tenantId, jobStateId(job->state), job->runner));
        if (auto r = recoverInterruptedJobs(); !r)
            return r.error();
        return provisioningJob(tenantId);
    }
    return job;
}

Result<ProvisioningJob> TenantManager::createJob(const QString &tenantId,
                                                 std::optional<Isolation> isolation, bool force,
                                                 const QString &reason, ConfigurationState *loaded)
{
    auto state = configuration(tenantId);
    if (!state)
        return state.error();
    const Tenant &tenant = state->tenant;
    if (tenant.status != TenantStatus::Pending) {
        return Error::make(ErrorCode::NotAllowed,
                           tr("cannot provision tenant \"%1\": its status is %2, and only pending "
                              "tenants can be provisioned")
                               .arg(tenantId, statusId(tenant.status)));
    }
    if (!isolation) {
        const QString named = state->document.value(u"infrastructure"_s)
                                  .toObject()
                                  .value(u"isolation"_s)
                                  .toString();
        isolation = isolationFromId(named);
        if (!isolation) {
            const Tier *tier = m_catalog->tier(tenant.tier);
            isolation = tier ? tier->defaultIsolation : Isolation::Shared;
        }
    }
    ProvisioningJob job;
    job.tenantId = tenantId;
    job.isolation = *isolation;
    job.storage = TenantStorage::nameFor(*m_db, tenantId, *isolation);
    job.state = JobState::Running;
    job.forced = force;
    job.reason = reason;
    job.runner = Provisioner::runnerId();
    job.createdAt = m_clock.now();
    job.heartbeatAt = job.createdAt;
    job.updatedAt = job.createdAt;
    job.createdBy = m_operator.name;
    for (int n = 1; n <= provisioningStepCount; ++n) {
        StepRecord step;
        step.step = ProvisioningStep(n);
        if (force && n == int(ProvisioningStep::Validation))
            step.status = StepStatus::Skipped;
        job.steps.append(step);
    }
    Tenant after = tenant;
    auto written = m_db->write([&]() -> Result<void> {
        // The tenant's update below checks that it is as read above (its version): a change
        // since rolls all of this back.
        TenantRepository tenants(*m_db);
        ProvisioningRepository jobs(*m_db);
        auto id = jobs.insert(job);
        if (!id)
            return id.error();
        job.id = *id;
        after.status = TenantStatus::Provisioning;
        after.updatedAt = m_clock.now();
        after.updatedBy = m_operator.name;
        auto ok = tenants.update(after, tenant.version);
        if (!ok)
            return ok.error();
        if (!*ok)
            return staleError(tenantId, tenant.version);
        after.version = tenant.version + 1;
        AuditEntry entry = auditEntry(force ? u"provisioning.force"_s : u"provisioning.start"_s,
                                      tenantId, reason);
        entry.before = tenant.toJson(false);
        QJsonObject afterJson = after.toJson(false);
        afterJson.insert(u"job"_s, job.id);
        afterJson.insert(u"isolation"_s, isolationId(job.isolation));
        afterJson.insert(u"storage"_s, job.storage);
        entry.after = afterJson;
        if (auto r = AuditLog(*m_db).append(entry); !r)
            return r;
        QString line = tr("provisioning started by %1: %2 isolation in %3")
                           .arg(m_operator.name, isolationId(job.isolation), job.storage);
        if (force)
            line += tr("; validation skipped (forced: %1)").arg(reason);
        return jobs.appendLog(job.id, 0, m_clock.now(), u"info"_s, line);
    });
    if (!written)
        return written.error();
    qCInfo(lcTenants) << "provisioning job" << job.id << "started for" << tenantId;
    if (loaded) {
        *loaded = *state;
        loaded->tenant = after;
    }
    return job;
}

Result<ProvisioningJob> TenantManager::startProvisioning(const QString &tenantId,
                                                         std::optional<Isolation> isolation)
{
    if (auto error = denied(Permission::Provision))
        return *error;
    return createJob(tenantId, isolation, false, {});
}

Result<ProvisioningJob> TenantManager::execute(ProvisioningJob job, int from, bool rollback,
                                               const ProvisioningObserver &observer,
                                               const std::atomic_bool *cancel,
                                               std::optional<ConfigurationState> loaded)
{
    Provisioner::Context context {
        *m_db, *m_engine, m_clock, m_operator.name, roleId(m_operator.role), {}};
    context.subject = [this, loaded](const QString &id) -> Result<Provisioner::Subject> {
        if (loaded && loaded->tenant.id == id)
            return Provisioner::Subject {loaded->tenant, loaded->document,
                                         loaded->revision.overrides};
        auto state = configuration(id);
        if (!state)
            return state.error();
        return Provisioner::Subject {state->tenant, state->document, state->revision.overrides};
    };
    Provisioner provisioner(std::move(context));
    return rollback ? provisioner.rollback(std::move(job), observer, cancel)
                    : provisioner.run(std::move(job), from, observer, cancel);
}

Result<ProvisioningJob> TenantManager::runProvisioning(qint64 jobId,
                                                       const ProvisioningObserver &observer,
                                                       const std::atomic_bool *cancel)
{
    if (auto error = denied(Permission::Provision))
        return *error;
    auto found = ProvisioningRepository(*m_db).find(jobId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(ErrorCode::NotFound, tr("no provisioning job %1").arg(jobId));
    const ProvisioningJob &job = **found;
    if (job.state != JobState::Running || job.runner != Provisioner::runnerId())
        return Error::make(ErrorCode::NotAllowed,
                           tr("provisioning job %1 is %2, not a job this process started")
                               .arg(jobId)
                               .arg(jobStateId(job.state)));
    return execute(job, 1, false, observer, cancel);
}

Result<ProvisioningJob> TenantManager::provision(const QString &tenantId,
                                                 std::optional<Isolation> isolation,
                                                 const ProvisioningObserver &observer,
                                                 const std::atomic_bool *cancel)
{
    if (auto error = denied(Permission::Provision))
        return *error;
    ConfigurationState loaded;
    auto started = createJob(tenantId, isolation, false, {}, &loaded);
    if (!started)
        return started;
    return execute(*started, 1, false, observer, cancel, loaded);
}

Result<ProvisioningJob> TenantManager::continueJob(const QString &tenantId, std::optional<int> step,
                                                   const QString &action, const QString &reason,
                                                   bool force, const ProvisioningObserver &observer,
                                                   const std::atomic_bool *cancel)
{
    auto open = openJob(tenantId);
    if (!open)
        return open;
    ProvisioningJob job = *open;
    const QList<JobState> from {JobState::Failed, JobState::Interrupted, JobState::Cancelled};
    if (!from.contains(job.state))
        return Error::make(ErrorCode::NotAllowed,
                           tr("provisioning job %1 of \"%2\" is %3; only a job that is %4 can go "
                              "on")
                               .arg(job.id)
                               .arg(tenantId, jobStateId(job.state), stateList(from)));
    if (job.phase == u"rollback"_s && action != u"provisioning.rollback-start"_s) {
        // Half rolled back: going forward again re-runs what was undone.
        for (StepRecord &s : job.steps) {
            if (s.status == StepStatus::Compensated || s.status == StepStatus::Compensating)
                s.status = StepStatus::Pending;
        }
    }
    const StepRecord *current = job.currentStep();
    const int stopped = current ? int(current->step) : provisioningStepCount;
    int fromStep = stopped;
    if (step) {
        if (*step < 1 || *step > provisioningStepCount)
            return Error::invalid(
                u"step"_s,
                tr("the step must be 1 to %1 (%2 given)").arg(provisioningStepCount).arg(*step));
        if (*step > stopped)
            return Error::invalid(
                u"step"_s,
                tr("step %1 (%2) cannot run before step %3 (%4), where the job stopped")
                    .arg(*step)
                    .arg(stepTitle(ProvisioningStep(*step)))
                    .arg(stopped)
                    .arg(stepTitle(ProvisioningStep(stopped))));
        fromStep = *step;
    }
    const bool rollback = action == u"provisioning.rollback-start"_s;
    for (StepRecord &s : job.steps) {
        if (!rollback && int(s.step) >= fromStep && s.status != StepStatus::Pending)
            s.status = StepStatus::Pending; // runs again (every step is idempotent)
        if (force && s.step == ProvisioningStep::Validation)
            s.status = StepStatus::Skipped;
    }
    const QString runner = Provisioner::runnerId();
    const QDateTime now = m_clock.now();
    auto written = m_db->write([&]() -> Result<void> {
        ProvisioningRepository jobs(*m_db);
        auto claimed
            = jobs.claim(job.id, from, rollback ? JobState::RollingBack : JobState::Running,
                         rollback ? u"rollback"_s : u"provision"_s, runner, now);
        if (!claimed)
            return claimed.error();
        if (!*claimed)
            return Error::make(ErrorCode::Conflict,
                               tr("provisioning job %1 of \"%2\" was taken by another process")
                                   .arg(job.id)
                                   .arg(tenantId));
        job.state = rollback ? JobState::RollingBack : JobState::Running;
        job.phase = rollback ? u"rollback"_s : u"provision"_s;
        job.runner = runner;
        job.heartbeatAt = now;
        job.updatedAt = now;
        job.error.clear();
        job.cancelRequested = false;
        if (force) {
            job.forced = true;
            job.reason = reason;
        }
        if (auto r = jobs.update(job); !r)
            return r;
        for (const StepRecord &s : job.steps) {
            if (auto r = jobs.updateStep(job.id, s); !r)
                return r;
        }
        TenantRepository tenants(*m_db);
        auto found = tenants.find(tenantId);
        if (!found)
            return found.error();
        if (!*found)
            return Error::make(ErrorCode::NotFound, tr("no tenant with id \"%1\"").arg(tenantId));
        const Tenant before = **found;
        Tenant after = before;
        if (!rollback && before.status == TenantStatus::Failed) {
            after.status = TenantStatus::Provisioning;
            after.updatedAt = now;
            after.updatedBy = m_operator.name;
            auto ok = tenants.update(after, before.version);
            if (!ok)
                return ok.error();
            if (!*ok)
                return staleError(tenantId, before.version);
            after.version = before.version + 1;
        }
        AuditEntry entry = auditEntry(action, tenantId, reason);
        entry.before = before.toJson(false);
        QJsonObject afterJson = after.toJson(false);
        afterJson.insert(u"job"_s, job.id);
        if (!rollback)
            afterJson.insert(u"fromStep"_s, stepId(ProvisioningStep(fromStep)));
        entry.after = afterJson;
        if (auto r = AuditLog(*m_db).append(entry); !r)
            return r;
        QString line = rollback ? tr("roll-back started by %1").arg(m_operator.name)
                                : tr("%1 by %2 from %3")
                                      .arg(action == u"provisioning.resume"_s ? tr("resumed")
                                               : force                        ? tr("forced")
                                                                              : tr("retried"),
                                           m_operator.name, stepTitle(ProvisioningStep(fromStep)));
        if (force)
            line += tr("; validation skipped: %1").arg(reason);
        return jobs.appendLog(job.id, 0, now, u"info"_s, line);
    });
    if (!written)
        return written.error();
    return execute(job, fromStep, rollback, observer, cancel);
}

Result<ProvisioningJob> TenantManager::retryProvisioning(const QString &tenantId,
                                                         std::optional<int> step,
                                                         const ProvisioningObserver &observer,
                                                         const std::atomic_bool *cancel)
{
    if (auto error = denied(Permission::Provision))
        return *error;
    return continueJob(tenantId, step, u"provisioning.retry"_s, {}, false, observer, cancel);
}

Result<ProvisioningJob> TenantManager::resumeProvisioning(const QString &tenantId,
                                                          const ProvisioningObserver &observer,
                                                          const std::atomic_bool *cancel)
{
    if (auto error = denied(Permission::Provision))
        return *error;
    return continueJob(tenantId, std::nullopt, u"provisioning.resume"_s, {}, false, observer,
                       cancel);
}

Result<ProvisioningJob> TenantManager::rollbackProvisioning(const QString &tenantId,
                                                            const ProvisioningObserver &observer,
                                                            const std::atomic_bool *cancel)
{
    if (auto error = denied(Permission::Provision))
        return *error;
    return continueJob(tenantId, std::nullopt, u"provisioning.rollback-start"_s, {}, false,
                       observer, cancel);
}

Result<ProvisioningJob> TenantManager::forceProvisioning(const QString &tenantId,
                                                         const QString &reason,
                                                         std::optional<Isolation> isolation,
                                                         const ProvisioningObserver &observer,
                                                         const std::atomic_bool *cancel)
{
    if (auto error = denied(Permission::ForceProvision))
        return *error;
    if (auto error = TenantValidation::checkReason(reason))
        return *error;
    auto latest = ProvisioningRepository(*m_db).latestFor(tenantId);
    if (!latest)
        return latest.error();
    if (*latest && isOpen((*latest)->state))
        return continueJob(tenantId, std::nullopt, u"provisioning.force"_s, reason.trimmed(), true,
                           observer, cancel);
    auto started = createJob(tenantId, isolation, true, reason.trimmed());
    if (!started)
        return started;
    return execute(*started, 1, false, observer, cancel);
}

Result<ProvisioningJob> TenantManager::cancelProvisioning(const QString &tenantId)
{
    if (auto error = denied(Permission::Provision))
        return *error;
    auto job = provisioningJob(tenantId);
    if (!job)
        return job;
    if (job->state != JobState::Running && job->state != JobState::RollingBack)
        return Error::make(ErrorCode::NotAllowed,
                           tr("provisioning job %1 of \"%2\" is %3, not running; nothing to "
                              "cancel")
                               .arg(job->id)
                               .arg(tenantId, jobStateId(job->state)));
    auto written = m_db->write([&]() -> Result<void> {
        ProvisioningRepository jobs(*m_db);
        if (auto r = jobs.requestCancel(job->id, m_clock.now()); !r)
            return r;
        return jobs.appendLog(job->id, 0, m_clock.now(), u"warning"_s,
                              tr("%1 asked to cancel").arg(m_operator.name));
    });
    if (!written)
        return written.error();
    job->cancelRequested = true;
    return job;
}

Result<ProvisioningJob> TenantManager::provisioningJob(const QString &tenantId)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    if (auto e = TenantValidation::checkId(tenantId))
        return Error::make(ErrorCode::NotFound,
                           tr("no tenant with id \"%1\" (%2)").arg(tenantId, e->message));
    auto job = ProvisioningRepository(*m_db).latestFor(tenantId);
    if (!job)
        return job.error();
    if (!*job) {
        auto tenant = TenantRepository(*m_db).find(tenantId);
        if (!tenant)
            return tenant.error();
        if (!*tenant)
            return Error::make(ErrorCode::NotFound, tr("no tenant with id \"%1\"").arg(tenantId));
        return Error::make(ErrorCode::NotFound,
                           tr("tenant \"%1\" has never been provisioned").arg(tenantId));
    }
    return **job;
}

Result<QList<ProvisioningJob>> TenantManager::provisioningJobs(bool openOnly, int limit)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    return ProvisioningRepository(*m_db).list(openOnly, std::clamp(limit, 1, 10000));
}

Result<QList<ProvisioningLogLine>> TenantManager::provisioningLog(const QString &tenantId,
                                                                  qint64 jobId, qint64 afterId)
{
    if (jobId == 0) {
        auto job = provisioningJob(tenantId);
        if (!job)
            return job.error();
        jobId = job->id;
    } else if (auto error = denied(Permission::ReadTenants)) {
        return *error;
    }
    return ProvisioningRepository(*m_db).log(jobId, afterId);
}

Result<int> TenantManager::recoverInterruptedJobs()
{
    ProvisioningRepository jobs(*m_db);
    auto held = jobs.held();
    if (!held)
        return held.error();
    int recovered = 0;
    const QDateTime now = m_clock.now();
    for (ProvisioningJob job : *held) {
        if (Provisioner::runnerAlive(job.runner, job.heartbeatAt, now))
            continue;
        const QString stoppedRunner = job.runner;
        auto written = m_db->write([&]() -> Result<void> {
            // Under the write lock: still held by that dead runner?
            auto again = jobs.find(job.id);
            if (!again)
                return again.error();
            if (!*again || (*again)->runner != stoppedRunner
                || ((*again)->state != JobState::Running
                    && (*again)->state != JobState::RollingBack))
                return {};
            job = **again;
            QString during;
            for (StepRecord &s : job.steps) {
                if (s.status == StepStatus::Running || s.status == StepStatus::Compensating) {
                    during = stepTitle(s.step);
                    s.status = StepStatus::Interrupted;
                    s.finishedAt = now;
                    s.error = tr("interrupted: the process running it stopped");
                    if (auto r = jobs.updateStep(job.id, s); !r)
                        return r;
                }
            }
            const QString host = stoppedRunner.section(u':', 0, 0);
            const QString pid = stoppedRunner.section(u':', 1, 1);
            job.state = JobState::Interrupted;
            job.error = during.isEmpty()
                ? tr("interrupted: the process running it (pid %1 on %2) stopped").arg(pid, host)
                : tr("interrupted during %1: the process running it (pid %2 on %3) stopped")
                      .arg(during, pid, host);
            job.runner.clear();
            job.updatedAt = now;
            if (auto r = jobs.update(job); !r)
                return r;
            if (auto r = jobs.appendLog(job.id, 0, now, u"error"_s, job.error); !r)
                return r;
            TenantRepository tenants(*m_db);
            auto tenant = tenants.find(job.tenantId);
            if (!tenant)
                return tenant.error();
            if (*tenant && (*tenant)->status == TenantStatus::Provisioning) {
                Tenant after = **tenant;
                after.status = TenantStatus::Failed;
                after.updatedAt = now;
                after.updatedBy = m_operator.name;
                auto ok = tenants.update(after, (*tenant)->version);
                if (!ok)
                    return ok.error();
            }
            AuditEntry entry = auditEntry(u"provisioning.interrupted"_s, job.tenantId, job.error);
            entry.after = QJsonObject {{u"job"_s, job.id}, {u"runner"_s, stoppedRunner}};
            if (auto r = AuditLog(*m_db).append(entry); !r)
                return r;
            ++recovered;
            return {};
        });
        if (!written)
            return written.error();
        qCWarning(lcTenants) << "provisioning job" << job.id << "of" << job.tenantId
                             << "was interrupted:" << job.error;
    }
    return recovered;
}

} // namespace Tenancy
