#pragma once

#include "Database.h"
#include "model/Result.h"
#include "provisioning/ProvisioningJob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

#include <optional>

namespace Tenancy {

// PostgreSQL: what one journal entry writes of its own (the runner's heartbeat, the steps it
// ended or began, its log lines), gathered while the entry runs and written by one call of
// tenancy_journal_entry() (schema v8) at its end, which answers whether a cancel was asked for.
// unlessCancelled: only while none is (a step's start and its line). Since schema v9 the call
// refuses a job that does not exist, and an invalid heartbeat leaves the job's as it was.
class JournalEntry
{
public:
    JournalEntry(qint64 jobId, const QDateTime &heartbeat);
    void step(const StepRecord &step, bool unlessCancelled);
    void lines(const QList<ProvisioningLogLine> &lines, bool unlessCancelled);
    // The call, for Database::readRow(): one value, cancel_requested.
    static QString sql();
    QVariantList values() const;

private:
    qint64 m_jobId;
    QDateTime m_heartbeat;
    QJsonArray m_steps;
    QJsonArray m_lines;
};

// SQL for provisioning jobs, their steps and log (schema v6). Knows nothing of permissions or
// the workflow: TenantManager and Provisioner do that.
class ProvisioningRepository
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::ProvisioningRepository)

public:
    explicit ProvisioningRepository(Database &db)
        : m_db(db)
    { }

    // Inserts the job and its six steps; returns the job's id.
    Result<qint64> insert(const ProvisioningJob &job);
    Result<std::optional<ProvisioningJob>> find(qint64 id);
    // The tenant's newest job, if any.
    Result<std::optional<ProvisioningJob>> latestFor(const QString &tenantId);
    // Newest first: open jobs (openOnly), or every job.
    Result<QList<ProvisioningJob>> list(bool openOnly, int limit);
    // Jobs whose state says a runner holds them (running, rolling_back).
    Result<QList<ProvisioningJob>> held();

    // Writes the job's own columns (not its steps).
    Result<void> update(const ProvisioningJob &job);
    Result<void> updateStep(qint64 jobId, const StepRecord &step);
    // Takes the job for runner when its state is one of from: true when taken (one runner
    // wins a race; the other gets false and changes nothing).
    Result<bool> claim(qint64 jobId, const QList<JobState> &from, JobState to, const QString &phase,
                       const QString &runner, const QDateTime &now);
    // Says the runner is alive, and returns whether a cancel was asked for (SQLite, where the
    // journal's write lock keeps the flag as it is until the commit; PostgreSQL writes a
    // JournalEntry instead).
    Result<bool> heartbeat(qint64 jobId, const QDateTime &now);
    Result<bool> cancelRequested(qint64 jobId);
    Result<void> requestCancel(qint64 jobId, const QDateTime &now);

    // Refused when the job does not exist. (On PostgreSQL, where the log has no foreign key
    // (schema v9), lines for a job this repository did not insert go through
    // tenancy_journal_entry(), which checks and locks the job's row.)
    Result<void> appendLog(qint64 jobId, int step, const QDateTime &at, const QString &level,
                           const QString &message);
    Result<void> appendLog(qint64 jobId, const QList<ProvisioningLogLine> &lines);
    // Lines after afterId (0: from the start), oldest first.
    Result<QList<ProvisioningLogLine>> log(qint64 jobId, qint64 afterId = 0, int limit = 10000);

private:
    Result<QList<ProvisioningJob>> query(const QString &where, const QVariantList &values,
                                         int limit);
    Result<void> loadSteps(QList<ProvisioningJob> &jobs);

    Database &m_db;
    // Jobs this repository inserted: in the transaction it works in, their rows are there (and
    // nobody else's to delete) until it ends.
    QList<qint64> m_inserted;
};

} // namespace Tenancy
