#include "ProvisioningJob.h"

#include "model/Tenant.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

template<typename Enum, int N>
std::optional<Enum> fromId(const QString &id, const Enum (&all)[N], QString (*name)(Enum))
{
    for (Enum value : all) {
        if (name(value) == id)
            return value;
    }
    return std::nullopt;
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toIsoUtc(time)) : QJsonValue();
}

} // namespace

QString stepId(ProvisioningStep step)
{
    switch (step) {
    case ProvisioningStep::Validation:
        return u"validation"_s;
    case ProvisioningStep::ResourceAllocation:
        return u"resource_allocation"_s;
    case ProvisioningStep::Configuration:
        return u"configuration"_s;
    case ProvisioningStep::Integration:
        return u"integration"_s;
    case ProvisioningStep::Verification:
        return u"verification"_s;
    case ProvisioningStep::Activation:
        return u"activation"_s;
    }
    return {};
}

QString stepTitle(ProvisioningStep step)
{
    switch (step) {
    case ProvisioningStep::Validation:
        return QCoreApplication::translate("Tenancy::Provisioning", "Validation");
    case ProvisioningStep::ResourceAllocation:
        return QCoreApplication::translate("Tenancy::Provisioning", "Resource allocation");
    case ProvisioningStep::Configuration:
        return QCoreApplication::translate("Tenancy::Provisioning", "Configuration");
    case ProvisioningStep::Integration:
        return QCoreApplication::translate("Tenancy::Provisioning", "Integration");
    case ProvisioningStep::Verification:
        return QCoreApplication::translate("Tenancy::Provisioning", "Verification");
    case ProvisioningStep::Activation:
        return QCoreApplication::translate("Tenancy::Provisioning", "Activation");
    }
    return {};
}

std::optional<ProvisioningStep> stepFromNumber(int number)
{
    if (number < 1 || number > provisioningStepCount)
        return std::nullopt;
    return static_cast<ProvisioningStep>(number);
}

QString jobStateId(JobState state)
{
    switch (state) {
    case JobState::Running:
        return u"running"_s;
    case JobState::Failed:
        return u"failed"_s;
    case JobState::Interrupted:
        return u"interrupted"_s;
    case JobState::Cancelled:
        return u"cancelled"_s;
    case JobState::Completed:
        return u"completed"_s;
    case JobState::RollingBack:
        return u"rolling_back"_s;
    case JobState::RolledBack:
        return u"rolled_back"_s;
    }
    return {};
}

std::optional<JobState> jobStateFromId(const QString &id)
{
    static const JobState all[]
        = {JobState::Running,   JobState::Failed,      JobState::Interrupted, JobState::Cancelled,
           JobState::Completed, JobState::RollingBack, JobState::RolledBack};
    return fromId(id, all, jobStateId);
}

bool isOpen(JobState state)
{
    return !isFinal(state);
}

bool isFinal(JobState state)
{
    return state == JobState::Completed || state == JobState::RolledBack;
}

QString stepStatusId(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending:
        return u"pending"_s;
    case StepStatus::Running:
        return u"running"_s;
    case StepStatus::Succeeded:
        return u"succeeded"_s;
    case StepStatus::Failed:
        return u"failed"_s;
    case StepStatus::Skipped:
        return u"skipped"_s;
    case StepStatus::Interrupted:
        return u"interrupted"_s;
    case StepStatus::Compensating:
        return u"compensating"_s;
    case StepStatus::Compensated:
        return u"compensated"_s;
    }
    return {};
}

std::optional<StepStatus> stepStatusFromId(const QString &id)
{
    static const StepStatus all[]
        = {StepStatus::Pending,      StepStatus::Running,    StepStatus::Succeeded,
           StepStatus::Failed,       StepStatus::Skipped,    StepStatus::Interrupted,
           StepStatus::Compensating, StepStatus::Compensated};
    return fromId(id, all, stepStatusId);
}

QJsonObject StepRecord::toJson() const
{
    return {{u"step"_s, int(step)},
            {u"name"_s, stepId(step)},
            {u"status"_s, stepStatusId(status)},
            {u"attempts"_s, attempts},
            {u"started_at"_s, timeOrNull(startedAt)},
            {u"finished_at"_s, timeOrNull(finishedAt)},
            {u"error"_s, error.isEmpty() ? QJsonValue() : QJsonValue(error)}};
}

const StepRecord *ProvisioningJob::currentStep() const
{
    for (const StepRecord &s : steps) {
        if (s.status == StepStatus::Running || s.status == StepStatus::Compensating)
            return &s;
    }
    for (const StepRecord &s : steps) {
        if (s.status != StepStatus::Succeeded && s.status != StepStatus::Skipped)
            return &s;
    }
    return nullptr;
}

int ProvisioningJob::succeededSteps() const
{
    int n = 0;
    for (const StepRecord &s : steps)
        n += (s.status == StepStatus::Succeeded || s.status == StepStatus::Skipped) ? 1 : 0;
    return n;
}

QJsonObject ProvisioningJob::toJson() const
{
    QJsonArray stepArray;
    for (const StepRecord &s : steps)
        stepArray.append(s.toJson());
    return {{u"job"_s, id},
            {u"tenant"_s, tenantId},
            {u"kind"_s, kind},
            {u"state"_s, jobStateId(state)},
            {u"phase"_s, phase},
            {u"isolation"_s, isolationId(isolation)},
            {u"storage"_s, storage},
            {u"forced"_s, forced},
            {u"reason"_s, reason},
            {u"error"_s, error.isEmpty() ? QJsonValue() : QJsonValue(error)},
            {u"cancel_requested"_s, cancelRequested},
            {u"created_at"_s, timeOrNull(createdAt)},
            {u"created_by"_s, createdBy},
            {u"updated_at"_s, timeOrNull(updatedAt)},
            {u"finished_at"_s, timeOrNull(finishedAt)},
            {u"steps"_s, stepArray}};
}

QJsonObject ProvisioningLogLine::toJson() const
{
    return {{u"job"_s, jobId},
            {u"step"_s, step == 0 ? QJsonValue() : QJsonValue(stepId(ProvisioningStep(step)))},
            {u"at"_s, toIsoUtc(at)},
            {u"level"_s, level},
            {u"message"_s, message}};
}

} // namespace Tenancy
