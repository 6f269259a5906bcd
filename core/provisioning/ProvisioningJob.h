#pragma once

#include "model/Tier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tenancy {

// The six provisioning steps of DOMAIN.md ("Lifecycle"), in order (1-based in the journal).
enum class ProvisioningStep {
    Validation = 1,
    ResourceAllocation,
    Configuration,
    Integration,
    Verification,
    Activation,
};
constexpr int provisioningStepCount = 6;
QString stepId(ProvisioningStep step); // "validation", "resource_allocation", ...
QString stepTitle(ProvisioningStep step); // "Resource allocation" (translated)
std::optional<ProvisioningStep> stepFromNumber(int number);

// A job as a whole. running and rolling_back have a live runner; failed, interrupted and
// cancelled wait for the operator (retry/resume or roll back); completed and rolled_back are
// final.
enum class JobState { Running, Failed, Interrupted, Cancelled, Completed, RollingBack, RolledBack };
QString jobStateId(JobState state);
std::optional<JobState> jobStateFromId(const QString &id);
bool isOpen(JobState state); // waits for the operator or runs
bool isFinal(JobState state);

enum class StepStatus {
    Pending,
    Running,
    Succeeded,
    Failed,
    Skipped, // validation of a forced job
    Interrupted, // its runner stopped mid-step (a crash)
    Compensating,
    Compensated,
};
QString stepStatusId(StepStatus status);
std::optional<StepStatus> stepStatusFromId(const QString &id);

struct StepRecord
{
    ProvisioningStep step = ProvisioningStep::Validation;
    StepStatus status = StepStatus::Pending;
    int attempts = 0;
    QDateTime startedAt; // null until it first runs
    QDateTime finishedAt;
    QString error; // the last failure, in plain words

    QJsonObject toJson() const;
};

struct ProvisioningJob
{
    qint64 id = 0;
    QString tenantId;
    QString kind = QStringLiteral("provision");
    Isolation isolation = Isolation::Shared;
    QString storage; // where the tenant's data lives: a schema, a database, a file, a cluster
    JobState state = JobState::Running;
    QString phase = QStringLiteral("provision"); // what it was doing: provision or rollback
    bool forced = false;
    QString reason;
    QString error; // why it stopped, when it did
    bool cancelRequested = false;
    QString runner; // host:pid:start of the process running it
    QDateTime heartbeatAt;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QDateTime finishedAt;
    QList<StepRecord> steps; // always six, in order

    // The step running now, else the first that has not succeeded; nullptr when all did.
    const StepRecord *currentStep() const;
    int succeededSteps() const;
    // The shape of `provision status --json`.
    QJsonObject toJson() const;
};

struct ProvisioningLogLine
{
    qint64 id = 0;
    qint64 jobId = 0;
    int step = 0; // 0: the job as a whole
    QDateTime at;
    QString level; // info, warning, error
    QString message;

    QJsonObject toJson() const;
};

// What a running job reports as it goes.
struct ProvisioningProgress
{
    qint64 jobId = 0;
    QString tenantId;
    int step = 0; // 1..6
    double fraction = 0; // of the whole job, 0..1
    QString message;
};

} // namespace Tenancy
