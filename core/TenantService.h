#pragma once

#include "TenantManager.h"
#include "directory/TenantIndex.h"
#include "model/Result.h"
#include "store/DatabaseUrl.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace Tenancy {

// TenantManager on a worker thread with its own connection, for the console: the GUI thread
// asks, and hears back through signals; it never waits on SQL. Requests are numbered so a view
// can drop answers it no longer wants. A connection that dies (a PostgreSQL restart) is
// reported once through connectionLost(), retried in the background, and reconnected() says
// when it is back.
class TenantService : public QObject
{
    Q_OBJECT

public:
    explicit TenantService(std::shared_ptr<const Catalog> catalog, QObject *parent = nullptr);
    ~TenantService() override;

    const Catalog &catalog() const { return *m_catalog; }
    std::shared_ptr<const Catalog> sharedCatalog() const { return m_catalog; }

    // Opens (or switches to) the database, applying migrations, and identifies the operator.
    // keychainNote says why no password came from the keychain, if one was looked for and none
    // came; it is added to the error should the connection then fail.
    void open(const DatabaseUrl &url, const QString &password, const QString &operatorName,
              const QString &keychainNote = {});

    // Known once opened() has been emitted (GUI thread).
    bool isOpen() const { return m_open; }
    const Operator &currentOperator() const { return m_operator; }
    const DatabaseUrl &url() const { return m_url; }
    bool can(Permission permission) const
    {
        return m_open && roleAllows(m_operator.role, permission);
    }
    // "the admin role", "the support or admin role": who may do it, for tooltips.
    static QString rolesAllowed(Permission permission);

    // Requests. Each answers with its own signal, or failed(request, error).
    quint64 fetch(const TenantQuery &query); // fetched
    quint64 loadDirectory(); // directoryLoaded
    quint64 show(const QString &id); // tenantLoaded
    quint64 history(const QString &id, int limit); // historyLoaded
    quint64 create(const NewTenant &tenant); // tenantCreated
    quint64 suspend(const QString &id, int version, const QString &reason); // tenantChanged
    quint64 reactivate(const QString &id, int version, const QString &reason); // tenantChanged
    // progress() while running, fleetGenerated() at the end.
    quint64 generateSampleFleet(int count, quint64 seed);
    // Asks the running sample fleet generation to stop; it rolls back and reports failed().
    void cancel();
    // Configuration: the state with its provenance and revisions (configurationLoaded); a
    // change or rollback, or its dry run (configurationChanged).
    quint64 configuration(const QString &id);
    quint64 applyConfiguration(const ConfigChangeRequest &request);
    quint64 rollbackConfiguration(const QString &id, int toRevision, const QString &reason,
                                  std::optional<int> expectedVersion, bool dryRun);
    // The template library (templatesLoaded) and saving a new version (templateSaved).
    quint64 templates();
    quint64 saveTemplate(const QString &name, const QString &text, const QString &note);
    // Security events: a tenant's events since a time with the bursts among them
    // (securityEventsLoaded); an export file imported (securityEventsImported, read on the
    // worker); the security report (securityAudited).
    struct SecurityEventsView
    {
        QList<SecurityEvent> events;
        QList<SecurityAnomaly> anomalies;
    };
    quint64 securityEvents(const QString &id, const QDateTime &since, int limit);
    // Usage: every metric's series in [from, to) (ms since the epoch), each downsampled to at
    // most points, with the usage against the limits now (usageLoaded).
    struct UsageView
    {
        UsageChart chart;
        UsageStatus status;
        CostReport cost; // the current billing period
    };
    quint64 usage(const QString &id, qint64 from, qint64 to, int points);
    // What a tier change would mean, priced (upgradePreviewed); the quote written as PDF on
    // the worker (quoteWritten, with the file's path).
    quint64 previewUpgrade(const UpgradePreviewRequest &request);
    quint64 writeQuote(const UpgradePreview &preview, const QString &path);
    // Tier fit from the last 90 days, for every tenant with usage (recommendationsLoaded).
    quint64 recommendations();
    // The tenant's budget set or removed (configurationChanged, then reload the usage).
    quint64 setBudget(const QString &id, std::optional<qint64> budgetMinor, const QString &reason);
    // The fleet's usage at a glance (fleetUsageLoaded).
    quint64 fleetUsage();
    // Scaling: the policy and capacity now (scalingLoaded); a replay of the last days through
    // the saved policy or a trial one, nothing written (scalingSimulated); the policy saved
    // (configurationChanged).
    quint64 scaling(const QString &id);
    quint64 simulateScaling(const QString &id, int days, const QString &metric,
                            const std::optional<QJsonObject> &policy);
    quint64 setScalingPolicy(const QString &id, const QJsonObject &fields, const QString &reason);
    quint64 importSecurityEvents(const QString &path, bool skipBad);
    quint64 auditSecurity(const QString &id);
    // Provisioning. A job runs on a thread of its own with its own connection (several can
    // run at once; the GUI never waits on one), reporting provisioningProgress() as it goes
    // and provisioningFinished() with the job as it ended (completed, failed at a step with
    // the reason, cancelled). cancelProvisioning() stops a job run here or by another process.
    enum class ProvisioningAction { Provision, Retry, Resume, Rollback, Force };
    quint64 runProvisioning(ProvisioningAction action, const QString &id,
                            std::optional<Isolation> isolation = {}, std::optional<int> step = {},
                            const QString &reason = {});
    quint64 cancelProvisioning(const QString &id); // provisioningChanged
    bool isProvisioningHere(const QString &id) const { return m_jobCancels.contains(id); }
    // The queue (open jobs, or all, newest first) and a job's log after a line.
    quint64 provisioningJobs(bool openOnly); // provisioningJobsLoaded
    quint64 provisioningLog(const QString &id, qint64 jobId,
                            qint64 afterId); // provisioningLogLoaded
    // Lifecycle. An upgrade's plan (upgradePlanned) and the upgrade itself, on the worker
    // with upgradeProgress() as it goes (cancelUpgrade() stops it; it rolls back) and
    // upgraded() at the end. Deprovisioning, cancelling it and legal holds answer
    // tenantChanged(); a purge answers purged().
    quint64 planUpgrade(const QString &id, const QString &tier); // upgradePlanned
    quint64 upgrade(const QString &id, const QString &tier, const QString &reason);
    void cancelUpgrade();
    quint64 deprovision(const QString &id, const QString &reason, int version); // tenantChanged
    quint64 cancelDeprovisioning(const QString &id, const QString &reason); // tenantChanged
    quint64 purge(const QString &id, const QString &reason); // purged
    quint64 setLegalHold(const QString &id, bool on, const QString &reason); // tenantChanged
    // Everything held about a tenant as one archive (GDPR portability; tenantDataExported).
    quint64 exportTenantData(const QString &id, const QString &path);
    // The audit log. auditEntries answers auditEntriesLoaded. Verifying and exporting read the
    // whole log: each runs on a connection and thread of its own, with auditProgress() as it
    // goes (a few times a second at most) and cancelAudit() stopping it, then auditVerified()
    // or auditExported(). The keys come from the OS keychain (AuditKeys), fetched by the
    // caller: the service never touches the keychain.
    quint64 auditEntries(const AuditFilter &filter); // auditEntriesLoaded
    quint64 verifyAudit(const QByteArray &auditKey); // auditVerified
    quint64 exportAudit(const AuditReportScope &scope, AuditReportFormat format, const QString &out,
                        const QByteArray &auditKey,
                        const QByteArray &signingSeed); // auditExported
    void cancelAudit();
    // Compliance (resources/compliance): the fleet's matrix, every tenant against the
    // frameworks (all when empty), on a connection and thread of its own with
    // complianceProgress() and cancelCompliance(); one tenant's results again (after a fix)
    // on the worker. Both answer complianceLoaded().
    quint64 complianceMatrix(const QStringList &frameworks = {});
    quint64 complianceCheck(const QString &id);
    void cancelCompliance();
    // The rules (schema, templates): immutable and safe to use on the GUI thread for quick
    // checks of one value. Null until opened().
    std::shared_ptr<const ConfigEngine> configEngine() const { return m_engine; }
    // The security policies' rules (password evaluation, conformance): pure computation, for
    // the console's live checks. Null until opened().
    std::shared_ptr<const SecurityPolicyEngine> securityPolicies() const { return m_security; }

    // Opens url on the side (the current connection stays) and reports the server's answer.
    quint64 testConnection(const DatabaseUrl &url, const QString &password); // connectionTested

    // Label of a connection for people: the file path, or database on host:port.
    static QString describe(const DatabaseUrl &url);

Q_SIGNALS:
    void opened(const Tenancy::Operator &op, const QString &databaseText);
    void openFailed(const QString &message);
    void connectionLost(const QString &message);
    void reconnected();

    void fetched(quint64 request, const QList<Tenancy::Tenant> &tenants, qint64 total);
    void directoryLoaded(quint64 request, const std::shared_ptr<Tenancy::TenantIndex> &index);
    void tenantLoaded(quint64 request, const Tenancy::Tenant &tenant);
    void historyLoaded(quint64 request, const QList<Tenancy::AuditEntry> &entries);
    void tenantCreated(quint64 request, const Tenancy::Tenant &tenant);
    void tenantChanged(quint64 request, const Tenancy::Tenant &tenant);
    void progress(quint64 request, qint64 done, qint64 total);
    void fleetGenerated(quint64 request, qint64 inserted);
    void connectionTested(quint64 request, const QString &serverVersion);
    void configurationLoaded(quint64 request, const Tenancy::ConfigurationState &state,
                             const QList<Tenancy::ProvenanceEntry> &provenance,
                             const QList<Tenancy::ConfigRevision> &revisions);
    void configurationChanged(quint64 request, const Tenancy::ConfigChangeResult &result);
    void templatesLoaded(quint64 request, const QList<Tenancy::TemplateInfo> &templates);
    void templateSaved(quint64 request, const Tenancy::TemplateInfo &saved);
    void securityEventsLoaded(quint64 request,
                              const Tenancy::TenantService::SecurityEventsView &view);
    void securityEventsImported(quint64 request, const Tenancy::SecurityEventImport &result);
    void usageLoaded(quint64 request, const Tenancy::TenantService::UsageView &view);
    void upgradePreviewed(quint64 request, const Tenancy::UpgradePreview &preview);
    void quoteWritten(quint64 request, const QString &path);
    void recommendationsLoaded(quint64 request,
                               const QList<Tenancy::TierRecommendation> &recommendations);
    void fleetUsageLoaded(quint64 request, const Tenancy::FleetUsage &fleet);
    void scalingLoaded(quint64 request, const Tenancy::ScalingState &state);
    void scalingSimulated(quint64 request, const Tenancy::ScalingSimulation &simulation);
    void securityAudited(quint64 request, const Tenancy::SecurityAudit &audit);
    void provisioningProgress(quint64 request, const Tenancy::ProvisioningProgress &progress);
    void provisioningFinished(quint64 request, const Tenancy::ProvisioningJob &job);
    void provisioningChanged(quint64 request, const Tenancy::ProvisioningJob &job);
    void provisioningJobsLoaded(quint64 request, const QList<Tenancy::ProvisioningJob> &jobs);
    void upgradePlanned(quint64 request, const Tenancy::UpgradePlan &plan);
    void upgradeProgress(quint64 request, double fraction, const QString &message);
    void upgraded(quint64 request, const Tenancy::UpgradeResult &result);
    void purged(quint64 request, const Tenancy::PurgeResult &result);
    void provisioningLogLoaded(quint64 request, const QString &tenantId, qint64 jobId,
                               const QList<Tenancy::ProvisioningLogLine> &lines);
    void auditEntriesLoaded(quint64 request, const QList<Tenancy::AuditEntry> &entries);
    void auditProgress(quint64 request, qint64 done, qint64 total);
    void auditVerified(quint64 request, const Tenancy::AuditVerification &verification);
    void auditExported(quint64 request, const Tenancy::AuditReportExport &exported);
    void complianceProgress(quint64 request, qint64 done, qint64 total);
    void tenantDataExported(quint64 request, const Tenancy::TenantDataExport &exported);
    void complianceLoaded(quint64 request, const QList<Tenancy::FrameworkResult> &results);
    void failed(quint64 request, const Tenancy::Error &error);

private:
    class Worker;
    class Loader;
    template<typename T>
    quint64 request(std::function<Result<T>(TenantManager &, quint64 request)> job,
                    std::function<void(quint64, const T &)> deliver);
    void post(std::function<void()> onGuiThread);
    // A long job (verifying or exporting the audit log, the compliance matrix) on a
    // connection and thread of its own. It reports progress through progressSignal (a few
    // times a second at most) and stops once *cancelSlot (a new flag, replacing the previous
    // job's) is set; deliver runs on the GUI thread.
    template<typename T>
    quint64 runLongJob(
        std::shared_ptr<std::atomic_bool> &cancelSlot,
        void (TenantService::*progressSignal)(quint64, qint64, qint64),
        std::function<Result<T>(TenantManager &, const std::function<bool(qint64, qint64)> &)> job,
        std::function<void(quint64, const T &)> deliver);
    // Opens a connection of its own (the worker's parameters) on a thread of m_jobs and runs
    // work there; fail (called on that thread) when it cannot open.
    void runOnOwnConnection(const std::function<void(const Error &)> &fail,
                            std::function<void(TenantManager &)> work);
    void notOpen(quint64 request); // on the worker
    void checkConnection(const Error &error); // on the worker: lost, or just failed?
    void reconnect(); // on the worker

    std::shared_ptr<const Catalog> m_catalog;
    QThread m_thread;
    Worker *m_worker = nullptr;
    QThread m_loaderThread;
    Loader *m_loader = nullptr;
    std::shared_ptr<std::atomic_bool> m_loadCancel; // of the latest directory load
    quint64 m_nextRequest = 1;
    quint64 m_openCalls = 0; // open() calls so far
    quint64 m_generation = 0; // the open() whose database is in use (GUI thread's view)
    std::shared_ptr<std::atomic_bool> m_cancel; // of the latest sample fleet request
    std::shared_ptr<std::atomic_bool> m_upgradeCancel; // of the latest upgrade
    std::shared_ptr<std::atomic_bool> m_auditCancel; // of the latest verification or export
    std::shared_ptr<std::atomic_bool> m_complianceCancel; // of the latest compliance matrix
    QThreadPool m_jobs; // provisioning runs and upgrades
    QHash<QString, std::shared_ptr<std::atomic_bool>> m_jobCancels; // tenant -> its run here
    // GUI-thread view of the connection.
    bool m_open = false;
    Operator m_operator;
    DatabaseUrl m_url;
    std::shared_ptr<const ConfigEngine> m_engine;
    std::shared_ptr<const SecurityPolicyEngine> m_security;
};

} // namespace Tenancy
