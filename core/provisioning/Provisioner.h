#pragma once

#include "ProvisioningJob.h"
#include "config/ConfigEngine.h"
#include "config/ConfigRevision.h"
#include "model/Catalog.h"
#include "model/Clock.h"
#include "model/Result.h"
#include "model/Tenant.h"
#include "store/Database.h"
#include "store/ProvisioningRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace Tenancy {

class ClusterOrchestrator;
class TenantStorage;

// Runs the six provisioning steps of a job that its caller has claimed, and its rollback,
// journaling each step before and after it runs (status, attempts, times, log, error) so
// that a run stopped anywhere — an error, a cancel, a crash — can be resumed or rolled back.
// Every step is idempotent and has a compensating action:
//   1 validation            the tenant's fields, its configuration (rendered and checked), the
//                           isolation its tier offers, the database privileges it needs;
//                           compensation: none
//   2 resource allocation   the storage of its isolation level (see TenantStorage), its tables,
//                           the info row and the owner's account; compensation: drop it all
//   3 configuration         security policies, feature flags, limits, AI and data-governance
//                           settings written to its settings table; compensation: delete them
//   4 integration           monitoring, logging, alerting, webhooks and providers registered;
//                           compensation: delete them
//   5 verification          the storage answers, the checks of sql/tenant-checks.json pass,
//                           the configuration still validates; compensation: none
//   6 activation            status active (with the job's completion and its audit entry, in
//                           one transaction); compensation: none (deprovisioning undoes it)
// Works on one connection, owned by the calling thread; never on the GUI thread.
class Provisioner
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::Provisioner)

public:
    struct Subject
    {
        Tenant tenant;
        QJsonObject document; // rendered, overrides applied
        QList<ConfigOverride> overrides;
    };
    struct Context
    {
        Database &db;
        const ConfigEngine &engine;
        const Clock &clock;
        QString operatorName;
        QString role;
        // The tenant and its configuration as they stand (TenantManager::configuration).
        std::function<Result<Subject>(const QString &tenantId)> subject;
    };
    using Progress = std::function<void(const ProvisioningProgress &)>;

    explicit Provisioner(Context context);
    ~Provisioner();

    // Runs the job's steps from `from` (1-based) on; steps already done are not run again.
    // The result is the job as it ended: completed, failed (at a step, with its reason) or
    // cancelled. An Error only when the journal itself cannot be written.
    Result<ProvisioningJob> run(ProvisioningJob job, int from, const Progress &progress,
                                const std::atomic_bool *cancel);
    // Runs the compensations of every step that ran, newest first; the tenant goes back to
    // pending. Ends rolled_back, or cancelled when stopped (then it can be rolled back again).
    Result<ProvisioningJob> rollback(ProvisioningJob job, const Progress &progress,
                                     const std::atomic_bool *cancel);

    // This process, as written in a job's runner column: host:pid:start time.
    static QString runnerId();
    // Whether the runner that holds a job still runs: on this host, is the process there (the
    // same one, by its start time); elsewhere, has it written a heartbeat lately.
    static bool runnerAlive(const QString &runner, const QDateTime &heartbeat,
                            const QDateTime &now);
    static constexpr int heartbeatStaleSeconds = 120;

    // The settings rows (security policies, features, limits, AI, compliance) of a rendered
    // configuration, and writing them to a tenant's storage (replacing what is there).
    static QList<std::pair<QString, QJsonValue>> settingsOf(const QJsonObject &document);
    static Result<void> writeSettings(TenantStorage &storage, const QString &tenantId,
                                      const QList<std::pair<QString, QJsonValue>> &settings);
    // Monitoring, logging, alerting, webhooks and providers of a rendered configuration, and
    // writing them to a tenant's storage (replacing what is there).
    struct IntegrationRow
    {
        QString kind, name;
        QJsonValue config;
    };
    static QList<IntegrationRow> integrationsOf(const QJsonObject &document);
    static Result<void> writeIntegrations(TenantStorage &storage, const QString &tenantId,
                                          const QList<IntegrationRow> &rows);
    // The checks of sql/tenant-checks.json against the tenant's storage: how many passed, or an
    // Error listing those that failed.
    static Result<int> runChecks(TenantStorage &storage, const QString &tenantId,
                                 const std::function<bool()> &cancelled = {});

    // Whether tier offers isolation, and which levels it does.
    static QList<Isolation> offeredIsolation(const Tier &tier);

private:
    Result<void> execute(ProvisioningJob &job, ProvisioningStep step);
    Result<void> compensate(ProvisioningJob &job, ProvisioningStep step);
    Result<void> validate(ProvisioningJob &job);
    Result<void> allocate(ProvisioningJob &job);
    Result<void> configure(ProvisioningJob &job);
    Result<void> integrate(ProvisioningJob &job);
    Result<void> verify(ProvisioningJob &job);
    // After the storage's checks: the health URL, the configuration validated again.
    Result<void> verifyRest(ProvisioningJob &job, const QUrl &clusterHealth);
    Result<void> activate(ProvisioningJob &job);
    Result<TenantStorage *> storage(const ProvisioningJob &job);
    // Cluster isolation: a client for the orchestrator the shared settings name, which stops
    // when the job is cancelled.
    Result<std::unique_ptr<ClusterOrchestrator>> orchestrator(const ProvisioningJob &job);
    // GETs the tenant's health URL (the cluster's, else the provisioning.health_url setting)
    // when there is one.
    Result<void> checkHealth(ProvisioningJob &job, const QUrl &clusterHealth);
    Result<Subject> subject(const QString &tenantId);

    // One journal write: body and the job's heartbeat in one transaction.
    Result<void> journal(ProvisioningJob &job, const std::function<Result<void>()> &body);
    Result<void> saveStep(ProvisioningJob &job, ProvisioningStep step);
    // Whether step's work runs on the journal's connection (shared tables, a PostgreSQL schema:
    // allocation, configuration, integration), and so commits with the step's end: one
    // transaction (on PostgreSQL one message) for the work and the journal.
    bool joinsJournal(const ProvisioningJob &job, ProvisioningStep step);
    // Inside a journal write: the step is running, its attempt counted, with its log line;
    // unlessCancelled: only while no cancel is asked for (m_cancelRequested says which, after
    // the write). Outside one (deferred): in memory, written with the next entry (m_deferred).
    Result<void> begin(ProvisioningJob &job, ProvisioningStep step, bool unlessCancelled = true,
                       bool deferred = false);
    // Inside a journal write (or deferred, as begin()): the step succeeded, with its log line.
    Result<void> end(ProvisioningJob &job, ProvisioningStep step, bool deferred = false);
    // Whether the journal entry for the end of a step can also hold the steps after it that run
    // on the journal's connection, and the end of a step whose work ran outside one can wait
    // for the next entry (see run()).
    bool chains(const ProvisioningJob &job, int step);
    // The first step from `from` on that has not succeeded (provisioningStepCount + 1: none).
    static int nextToRun(const ProvisioningJob &job, int from);
    // A log line (also to the application log), stamped now.
    ProvisioningLogLine line(const ProvisioningJob &job, int step, const QString &level,
                             const QString &message) const;
    // A log line, written with the next journal entry (in its transaction).
    Result<void> log(ProvisioningJob &job, int step, const QString &level, const QString &message);
    Result<void> flushLog(const ProvisioningJob &job);
    // Inside a journal write: the job's end (state, error), and the tenant's status with its
    // audit entry when it must move.
    Result<void> finish(ProvisioningJob &job, JobState state, const QString &error,
                        std::optional<TenantStatus> tenantTo, const QString &action);
    bool cancelled(const ProvisioningJob &job, bool betweenSteps = false);
    void report(const ProvisioningJob &job, int step, double withinStep, const QString &message);

    Context m_context;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    QElapsedTimer m_sinceCancelCheck;
    std::unique_ptr<TenantStorage> m_storage;
    std::optional<Subject> m_subject;
    QList<ProvisioningLogLine> m_pendingLog;
    QList<ProvisioningLogLine> m_flushedInEntry; // kept until the journal entry commits
    bool m_cancelRequested = false; // as the last journal entry read it
    bool m_cancelKnown = false; // the journal entry being written read it at its start
    // PostgreSQL: the entry being written, whose own writes go as one call at its end.
    std::optional<JournalEntry> m_entry;
    // PostgreSQL without failpoints: steps run on in one journal entry (see run()).
    bool m_chain = false;
    // Steps whose records changed outside a journal entry: written by the next one.
    QList<int> m_deferred;
    // The step whose start was reported inside the last entry, not to report it twice.
    int m_reportedStart = 0;
};

} // namespace Tenancy
