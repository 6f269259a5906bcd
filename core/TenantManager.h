#pragma once

#include "ai/AiConfiguration.h"
#include "audit/AuditReport.h"
#include "compliance/Compliance.h"
#include "config/ConfigDiff.h"
#include "config/ConfigEngine.h"
#include "config/Provenance.h"
#include "directory/TenantIndex.h"
#include "model/Catalog.h"
#include "model/Clock.h"
#include "model/Operator.h"
#include "model/Result.h"
#include "model/Tenant.h"
#include "provisioning/ProvisioningJob.h"
#include "provisioning/ScalingPolicy.h"
#include "security/Permissions.h"
#include "security/SecurityEvents.h"
#include "security/SecurityPolicy.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/TenantRepository.h"
#include "usage/ScalingSimulation.h"
#include "usage/UsageViews.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <atomic>
#include <functional>
#include <memory>

namespace Tenancy {

struct SampleFleetResult
{
    qint64 requested = 0;
    qint64 inserted = 0;
    qint64 skipped = 0; // ids that already existed
};

// A tenant's configuration as it stands: the revision and the document it renders to.
struct ConfigurationState
{
    Tenant tenant; // its configuration member holds document too
    ConfigRevision revision;
    QJsonObject document;
};

// A change to a tenant's configuration: another template (from the library, or a file's
// text), overrides set or removed, or both. Nothing given: the same template again.
struct ConfigChangeRequest
{
    QString tenantId;
    QString templateName; // NAME or NAME@VERSION from the library
    QString templateText; // or a template's text (a file)
    QString templateSource; // the file's name, kept in the history
    QList<std::pair<QString, QJsonValue>> set; // dotted path, value
    QStringList unset; // dotted paths whose overrides are dropped
    ConfigLayer layer = ConfigLayer::TenantOverride; // what the set values count as
    QString reason;
    std::optional<int> expectedVersion; // the tenant's version the change was made against
    bool dryRun = false; // compute and check, write nothing
};

struct ConfigChangeResult
{
    Tenant tenant; // after (as it would be, for a dry run)
    ConfigRevision revision; // the new revision (not stored for a dry run)
    QJsonObject before;
    QJsonObject document;
    QList<ConfigChange> changes;
    bool written = false;
};

// What an import of security events did.
struct SecurityEventImport
{
    QString file;
    int rows = 0; // data rows read
    int imported = 0; // new events stored
    int duplicates = 0; // already stored (an earlier import of the same events)
    QList<Error> skipped; // bad rows left out (only with skipBad)
    QJsonObject toJson() const;
};

enum class AuditReportFormat { Pdf, Csv, Json, Bundle };
QString auditReportFormatId(AuditReportFormat format); // "pdf", "csv", "json", "bundle"
std::optional<AuditReportFormat> auditReportFormatFromId(const QString &id);

// What an export wrote: the head it was sealed under, how much it covered, and for a bundle
// its manifest.
struct AuditReportExport
{
    AuditSeal seal;
    qint64 entries = 0;
    int tenants = 0;
    QJsonObject manifest;
};

// audit_security: a tenant's security configuration, its conformance per framework, recent
// anomalies and what to change, each change a concrete override.
struct SecurityAudit
{
    QString tenantId;
    QString tier;
    QDateTime generatedAt;
    QJsonObject security; // effective, defaults filled in
    QList<ConformanceResult> conformance;
    QList<SecurityAnomaly> anomalies; // the last 7 days
    QHash<QString, int> eventsLastDay; // by kind
    struct Recommendation
    {
        QString path; // dotted, under configuration
        QJsonValue value;
        QStringList because; // "PCI DSS 8.4.2: MFA for access to cardholder data"
        ConformanceStatus severity = ConformanceStatus::Warn;
    };
    QList<Recommendation> recommendations; // failures first
    QJsonObject toJson() const;
};

// What a purge destroyed, and the proof: the deletion certificate (JSON) and where it and the
// final backup were written.
struct PurgeResult
{
    Tenant tenant; // now deleted
    QJsonObject certificate;
    QString certificatePath;
    QString backupPath;
};

// What an upgrade (or downgrade: a tier change) will do, worked out before anything changes.
struct UpgradePlan
{
    Tenant tenant; // as it stands
    QString toTier;
    Isolation fromIsolation = Isolation::Shared;
    Isolation toIsolation = Isolation::Shared;
    bool movesData = false; // its data moves to another place (a schema, a database, a file)
    QString fromStorage, toStorage; // where its data is, and will be
    ConfigRevision revision; // the configuration it gets
    QJsonObject before, after; // rendered
    QList<ConfigChange> changes;
    QStringList steps; // what will happen, in order, in plain words
    QJsonObject toJson() const;
};

struct UpgradeResult
{
    Tenant tenant; // after
    UpgradePlan plan;
    QString backupPath; // the data backup taken when its isolation changed
    QString backupSha256;
    qint64 rowsMoved = 0;
    QStringList warnings; // e.g. the old storage could not be removed
    QJsonObject toJson() const;
};

// A tenant's scaling: its policy (from its configuration) and its capacity now.
struct ScalingState
{
    QString tenantId;
    ScalingPolicy policy;
    int capacity = 0; // min_capacity until first scaled
    QDateTime scaledAt; // invalid: never scaled
    QString scaledBy;
    QString direction; // "up" or "down", the last change
    QJsonObject toJson() const;
};

// Whether a full pg_dump of the database fits in PostgreSQL's lock table: pg_dump takes an
// ACCESS SHARE lock on every table it dumps, in one transaction, and the lock table holds
// max_locks_per_transaction x (max_connections + max_prepared_transactions) entries.
struct BackupEnvelope
{
    Backend backend = Backend::Sqlite;
    qint64 tables = 0; // tables and partitioned tables a dump locks
    qint64 schemaTenants = 0; // tenants with a schema of their own
    int maxLocksPerTransaction = 0;
    int maxConnections = 0;
    int maxPreparedTransactions = 0;
    qint64 lockSlots = 0;
    qint64 reserve = 0; // kept for the sessions working meanwhile
    bool fits = true;
    int neededMaxLocks = 0; // the max_locks_per_transaction that would fit (when it does not)
    qint64 moreSchemaTenants = 0; // schema tenants that still fit (5 tables each)
    QString advice;
    // The arithmetic on its own (tests, and the README's figures).
    static BackupEnvelope evaluate(qint64 tables, int maxLocks, int maxConnections, int maxPrepared,
                                   qint64 tablesPerTenant);
    QJsonObject toJson() const;
};

// What `maintenance run` did.
// A tenant's data governance (configuration.compliance.data_governance): how long each kind
// of data is kept. Usage samples are the tenant's account records (user_data), security
// events its logs, backups its backups.
struct DataRetention
{
    int userDataDays = 2555;
    int logsDays = 90;
    int backupsDays = 365;
    bool legalHold = false; // nothing of the tenant's is removed while it holds
    static DataRetention of(const Tenant &tenant);
};

// What one retention rule removed for one tenant.
struct RetentionRemoval
{
    QString tenantId; // empty: the audit log (the whole product's)
    QString kind; // "usage_samples", "security_events", "backups", "audit_entries"
    qint64 removed = 0;
    int days = 0; // the retention applied
    QDateTime before; // what was older than this went
    QJsonObject toJson() const;
};

struct MaintenanceReport
{
    QStringList purged; // tenants whose grace period had ended
    QStringList held; // ... but under a legal hold
    QList<Error> failed; // purges that failed (the others went on)
    QStringList backupsRemoved; // files past their retention
    QList<RetentionRemoval> retention; // data past its tenant's retention, removed
    QStringList retentionHeld; // tenants under a legal hold whose data was kept
    std::optional<AuditSeal> checkpoint; // audit entries purged behind it
    std::optional<AuditSeal> seal; // the periodic seal, when one was due
    QString auditNote; // why the audit log was not sealed or purged, when it was not
    QJsonObject toJson() const;
};

// A tenant's data archive (GDPR art. 20, portability): everything the product holds about it.
struct TenantDataExport
{
    QString path;
    QString sha256;
    qint64 bytes = 0;
    qint64 revisions = 0;
    qint64 usageSamples = 0;
    qint64 securityEvents = 0;
    qint64 auditEntries = 0;
    qint64 storageRows = 0;
    QJsonObject toJson() const;
};

struct DatabaseInfo
{
    QString url;
    Backend backend = Backend::Sqlite;
    QString serverVersion;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QList<int> appliedOnOpen; // migrations this connection applied
    qint64 tenants = 0;
    qint64 operators = 0;
    qint64 auditEntries = 0;
    QString operatorName;
    OperatorRole role = OperatorRole::Auditor;
    bool databaseRoles = false; // PostgreSQL: init-roles has run
    qint64 fileSizeBytes = -1; // SQLite: the file's size
};

// The one façade the console and tenancyctl call. Every operation checks the operator's
// permission, validates its input, writes in one transaction with an optimistic version check
// and appends the audit entry in that same transaction.
class TenantManager
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::TenantManager)

public:
    // The operator name used when none is given: $TENANCY_OPERATOR, else the OS user.
    static QString defaultOperatorName();
    static std::optional<Error> checkOperatorName(const QString &name);

    // Applies pending migrations (refusing a newer schema untouched), then identifies the
    // operator: on SQLite `requestedOperator` (or defaultOperatorName()), on PostgreSQL the
    // database login. The first operator of a new database becomes admin.
    static Result<std::unique_ptr<TenantManager>> open(std::unique_ptr<Database> db,
                                                       std::shared_ptr<const Catalog> catalog,
                                                       const QString &requestedOperator,
                                                       const Clock &clock);
    ~TenantManager();

    const Catalog &catalog() const { return *m_catalog; }
    const Operator &currentOperator() const { return m_operator; }
    bool can(Permission permission) const { return roleAllows(m_operator.role, permission); }
    Database &database() { return *m_db; }

    // Tenants
    Result<Tenant> create(const NewTenant &input);
    Result<QList<Tenant>> list(const TenantQuery &query);
    Result<qint64> count(const TenantFilter &filter);
    Result<Tenant> show(const QString &id);
    Result<Tenant> suspend(const QString &id, int expectedVersion, const QString &reason);
    Result<Tenant> reactivate(const QString &id, int expectedVersion, const QString &reason);
    Result<QList<AuditEntry>> history(const QString &tenantId, int limit = 50);

    // The audit log (docs/audit-format.md). Reading and verifying: whoever may read it.
    Result<QList<AuditEntry>> auditEntries(const AuditFilter &filter);
    // Recomputes the hash chain and checks the seals. key: the audit key from the keychain
    // (empty: seals are counted, not checked); outside: signed heads kept outside the database
    // (an export's, this machine's last seal). progress(done, total) may stop it (false).
    Result<AuditVerification>
    verifyAuditLog(const QByteArray &key, const QList<AuditSeal> &outside = {},
                   const std::function<bool(qint64, qint64)> &progress = {});
    // Signs the chain's head with key and records it (kind: "periodic", "export", "manual").
    // Any operator whose role writes may seal; a seal changes nothing but adds a signed head.
    Result<AuditSeal> sealAuditLog(const QByteArray &key, const QString &kind);
    Result<QList<AuditSeal>> auditSeals();
    // An audit report's content for scope (compliance and admin): the compliance results of
    // its tenants and the audit entries of its period, under a new seal of the head (kind
    // "export", signed with auditKey). A named tenant or framework that does not exist is
    // refused, naming it.
    Result<AuditReport> auditReport(const AuditReportScope &scope, const QByteArray &auditKey);
    // Writes the report as format to out (a file; a directory for csv and bundle), whole or
    // not at all, and records the export in the audit log. A bundle is signed with
    // signingSeed (AuditKeys::obtainSigningKey). progress(done, total) may stop it.
    Result<AuditReportExport> exportAuditReport(const AuditReportScope &scope,
                                                AuditReportFormat format, const QString &out,
                                                const QByteArray &auditKey,
                                                const QByteArray &signingSeed,
                                                const AuditReportProgress &progress = {});

    // Compliance (resources/compliance): the shipped control catalogs of the seven frameworks.
    static Result<std::shared_ptr<const ComplianceCatalog>>
    complianceCatalog(const Catalog &catalog);
    // A tenant's results, one per framework (every framework when none is named). Framework
    // names may be written as people do ("soc 2", "PCI-DSS"); an unknown one is refused.
    Result<QList<FrameworkResult>> complianceCheck(const QString &id,
                                                   const QStringList &frameworks = {});
    // The fleet: every tenant (not deleted) against the frameworks, with each control's
    // result, in tenant id order. progress(done, total) may stop it (false: Cancelled).
    Result<QList<FrameworkResult>>
    complianceMatrix(const QStringList &frameworks = {},
                     const std::function<bool(qint64, qint64)> &progress = {});
    // The whole fleet as the directory needs it (see TenantIndex). cancel, when set, stops a
    // long load (a switch of connection, the console closing).
    Result<std::shared_ptr<TenantIndex>> directory(const std::atomic_bool *cancel = nullptr);

    // Security policies (see SecurityPolicyEngine): a password tried against the tenant's
    // password policy (nothing of it is stored or logged), and the tenant's conformance with
    // each framework's clauses (framework: an id such as PCI_DSS, or empty for all).
    const SecurityPolicyEngine &securityPolicies() const { return *m_security; }
    std::shared_ptr<const SecurityPolicyEngine> sharedSecurityPolicies() const
    {
        return m_security;
    }
    Result<PasswordEvaluation> checkPassword(const QString &tenantId, const QString &password,
                                             const PasswordContext &context);
    Result<QList<ConformanceResult>> conformance(const QString &tenantId,
                                                 const QString &framework = {});
    // Security events: an export read whole (CSV, JSON or JSON Lines; see SecurityEventFile).
    // A file with any bad row imports nothing unless skipBad; importing it again adds nothing.
    Result<SecurityEventImport> importSecurityEvents(const QByteArray &data, const QString &name,
                                                     bool skipBad);
    // A tenant's events since a time, newest first.
    Result<QList<SecurityEvent>> securityEvents(const QString &tenantId, const QDateTime &since,
                                                int limit = 1000);
    // Its hours from since to now, every hour present (zero counts included), ascending.
    Result<QList<HourlyCount>> securityEventHours(const QString &tenantId, const QDateTime &since);
    // Bursts of failed sign-ins in the hours since (see BurstDetector).
    Result<QList<SecurityAnomaly>> securityAnomalies(const QString &tenantId,
                                                     const QDateTime &since);
    Result<SecurityAudit> auditSecurity(const QString &tenantId);

    // A tenant's AI configuration: model access with each value's source and the tier's
    // allowance, rate limits with the tier's bounds, safety settings (see
    // AiConfigurationManager; changes go through applyConfiguration).
    Result<AiConfigurationView> aiConfiguration(const QString &tenantId);

    // Configuration: templates, overrides, revisions (see ConfigEngine for the rules).
    const ConfigEngine &configEngine() const { return *m_engine; }
    std::shared_ptr<const ConfigEngine> sharedConfigEngine() const { return m_engine; }
    Result<ConfigurationState> configuration(const QString &id);
    // Every leaf of the state's document with the layer that set it.
    QList<ProvenanceEntry> provenanceOf(const ConfigurationState &state) const;
    // Revision 0 (the first configuration) and every later one, oldest first.
    Result<QList<ConfigRevision>> configurationHistory(const QString &id);
    // Validates, checks permission and version, diffs, and writes the new revision with its
    // audit entry in one transaction (unless dryRun).
    Result<ConfigChangeResult> applyConfiguration(const ConfigChangeRequest &request);
    // A new revision with the recipe of an earlier one.
    Result<ConfigChangeResult> rollbackConfiguration(const QString &id, int toRevision,
                                                     const QString &reason,
                                                     std::optional<int> expectedVersion,
                                                     bool dryRun = false);
    // The library: shipped templates, then every saved version.
    Result<QList<TemplateInfo>> templates();
    // NAME (a saved template's latest version, else the shipped one) or NAME@VERSION.
    Result<TemplateInfo> findTemplate(const QString &name);
    Result<TemplateInfo> saveTemplate(const QString &name, const QString &text,
                                      const QString &note);
    // A template rendered for a tenant (its stored variables) or, with an empty id, for sample
    // values; extra variables and overrides on top. Writes nothing.
    Result<QJsonObject> renderTemplate(const QString &text, const QString &tenantId,
                                       const QJsonObject &variables,
                                       const QList<std::pair<QString, QJsonValue>> &set);

    // Provisioning (see Provisioner): journaled six-step jobs, one open job per tenant. Runs
    // on this manager's connection, so on the caller's thread (never the GUI's). observer
    // hears each step's progress; cancel, or cancelProvisioning from any process, stops a run
    // between steps or inside a long one. The result is the job as it ended (completed, failed
    // at a step with the reason, cancelled); an Error when it could not start.
    using ProvisioningObserver = std::function<void(const ProvisioningProgress &)>;
    // Journals a new job for a pending tenant (pending -> provisioning), at isolation or else
    // the one its configuration names. Runs nothing: runProvisioning does.
    Result<ProvisioningJob> startProvisioning(const QString &tenantId,
                                              std::optional<Isolation> isolation = {});
    Result<ProvisioningJob> runProvisioning(qint64 jobId, const ProvisioningObserver &observer = {},
                                            const std::atomic_bool *cancel = nullptr);
    // start + run.
    Result<ProvisioningJob> provision(const QString &tenantId,
                                      std::optional<Isolation> isolation = {},
                                      const ProvisioningObserver &observer = {},
                                      const std::atomic_bool *cancel = nullptr);
    // A failed, interrupted or cancelled job runs again from step (default: the step that
    // stopped); resume is retry from where it stopped.
    Result<ProvisioningJob> retryProvisioning(const QString &tenantId, std::optional<int> step,
                                              const ProvisioningObserver &observer = {},
                                              const std::atomic_bool *cancel = nullptr);
    Result<ProvisioningJob> resumeProvisioning(const QString &tenantId,
                                               const ProvisioningObserver &observer = {},
                                               const std::atomic_bool *cancel = nullptr);
    // Undoes every step that ran, newest first; the tenant is pending again.
    Result<ProvisioningJob> rollbackProvisioning(const QString &tenantId,
                                                 const ProvisioningObserver &observer = {},
                                                 const std::atomic_bool *cancel = nullptr);
    // Admin only, with a reason (audited): runs the tenant's open job, or a new one, with
    // validation skipped.
    Result<ProvisioningJob> forceProvisioning(const QString &tenantId, const QString &reason,
                                              std::optional<Isolation> isolation = {},
                                              const ProvisioningObserver &observer = {},
                                              const std::atomic_bool *cancel = nullptr);
    // Asks the process running the tenant's job to stop (it ends cancelled).
    Result<ProvisioningJob> cancelProvisioning(const QString &tenantId);
    // The tenant's newest job.
    Result<ProvisioningJob> provisioningJob(const QString &tenantId);
    // Newest first: open jobs only, or all.
    Result<QList<ProvisioningJob>> provisioningJobs(bool openOnly, int limit = 200);
    // A job's log lines after afterId, oldest first (jobId 0: the tenant's newest job).
    Result<QList<ProvisioningLogLine>> provisioningLog(const QString &tenantId, qint64 jobId = 0,
                                                       qint64 afterId = 0);
    // Jobs held by a process that no longer runs (killed, crashed) become interrupted and
    // their tenants failed: resume or roll back then work. Done on open; returns how many.
    Result<int> recoverInterruptedJobs();

    // Deprovisioning (DOMAIN.md "Lifecycle"): an active or suspended tenant is deprovisioned
    // (access suspended) for a 30-day grace period, during which it can be cancelled (back to
    // where it was). Then purge: a backup of its data and configuration (gzip, SHA-256, kept
    // 90 days), secure destruction of its storage and events, and a deletion certificate. A
    // legal hold blocks the purge. An admin may purge before the grace period ends.
    static constexpr int gracePeriodDays = 30;
    static constexpr int backupRetentionDays = 90;
    Result<Tenant> deprovision(const QString &id, const QString &reason,
                               std::optional<int> expectedVersion = {});
    Result<Tenant> cancelDeprovisioning(const QString &id, const QString &reason);
    Result<PurgeResult> purge(const QString &id, const QString &reason);
    Result<Tenant> setLegalHold(const QString &id, bool on, const QString &reason);
    // Purges tenants whose grace period ended (not those under a legal hold) and removes
    // backups past their retention, logging (and auditing) what it removed.
    //
    // Then each tenant's data governance: usage samples, security events and backups older
    // than its retention go (not a tenant's under a legal hold), each removal audited. With
    // the audit key: audit entries past the retention of the tenants they concern (the
    // longest for those about no tenant or a purged one) are purged from the oldest, up to the
    // first to keep, behind a signed checkpoint; and the log is sealed when its head moved and
    // the last seal is sealIntervalHours old.
    static constexpr int sealIntervalHours = 24;
    Result<MaintenanceReport> runMaintenance(const QByteArray &auditKey = {});
    // Everything the product holds about a tenant, as one gzip-compressed JSON archive
    // ("tenancy-export"): the tenant, its configuration and every revision, its usage samples,
    // security events, audit entries and its storage's rows. Support, compliance and admin;
    // audited.
    Result<TenantDataExport> exportTenantData(const QString &id, const QString &path);
    // The database's own id (settings database_id; migration 12).
    Result<QString> databaseId();

    // Upgrade (DOMAIN.md "Lifecycle"): a tier change in five stages — compatibility (the
    // tenant's configuration, overrides kept, must validate under the new tier), snapshot
    // (its configuration revision and, when its isolation changes, a backup of its data),
    // migrate (new settings; its data moved to the new isolation's storage), verify (the
    // storage's checks, the configuration) and switch (tier, isolation and revision in one
    // transaction). Any failure rolls back automatically: the tenant stays exactly as it was.
    // The isolation follows the new tier's configuration; moving into or out of a cluster is
    // refused (the orchestrator holds that data).
    enum class UpgradeStage { Compatibility = 1, Snapshot, Migrate, Verify, Switch };
    static constexpr int upgradeStageCount = 5;
    using UpgradeObserver
        = std::function<void(UpgradeStage stage, double fraction, const QString &message)>;
    // Works it out and checks it; changes nothing (any role that reads tenants).
    Result<UpgradePlan> planUpgrade(const QString &id, const QString &toTier);
    Result<UpgradeResult> upgrade(const QString &id, const QString &toTier, const QString &reason,
                                  const UpgradeObserver &observer = {},
                                  const std::atomic_bool *cancel = nullptr);

    // Scaling (DOMAIN.md "Infrastructure"): the policy lives in the configuration
    // (infrastructure.auto_scaling, its rules checked with the rest of it); setting it takes
    // any of its fields (the others stay). scale multiplies the tenant's capacity by factor
    // (rounded; above 1 up, below 1 down) within the policy: at most max_scale_factor either
    // way, the result within min_capacity..max_capacity, not within the cooldown of the last
    // change the same way. A cluster tenant's orchestrator is told first.
    Result<ScalingState> scaling(const QString &id);
    Result<ConfigChangeResult> setScalingPolicy(const QString &id, const QJsonObject &fields,
                                                const QString &reason);
    Result<ScalingState> scale(const QString &id, double factor, const QString &reason);

    // Usage (DOMAIN.md "Usage and billing"). Samples come from CSV or JSON Lines exports (see
    // UsageFile): a file with any bad row, or a row of a tenant this database does not know,
    // imports nothing unless skipBad; importing a file again changes nothing; a sample at the
    // same time as a stored one replaces its value. Hourly roll-ups are kept with the samples.
    Result<UsageImport> importUsage(const QByteArray &data, const QString &name, bool skipBad);
    // The metrics a tenant has samples of (built-in ones first).
    Result<QStringList> usageMetrics(const QString &tenantId);
    // A metric's buckets (hours, days or calendar months, UTC) from the bucket holding from to
    // the one before to; only buckets with samples.
    Result<QList<UsageBucket>> usageBuckets(const QString &tenantId, const QString &metric,
                                            qint64 from, qint64 to, UsageBucketSize size);
    // Usage now against the tenant's effective limits: alerts at 80% and 100%, over since when
    // with its 24-hour grace period, then the hard limit; an upgrade suggested when over.
    Result<UsageStatus> usageStatus(const QString &tenantId);
    // Every metric's series in [from, to) for charts, each downsampled to at most points.
    Result<UsageChart> usageChart(const QString &tenantId, qint64 from, qint64 to, int points);
    // The tenant's last `days` of a metric (default api_calls) replayed hour by hour through
    // its auto-scaling policy (see ScalingSimulation), from min_capacity. perUnit, the load a
    // unit of capacity serves in an hour, defaults to what lets max_capacity serve the hourly
    // API limit (api_calls) or else the peak hour at the target utilisation. Writes nothing.
    // policy: a policy to try instead of the tenant's (checked like a saved one).
    Result<ScalingSimulation> simulateScaling(const QString &tenantId, int days,
                                              const QString &metric = QStringLiteral("api_calls"),
                                              std::optional<double> perUnit = {},
                                              const std::optional<QJsonObject> &policy = {});
    // The current billing period's cost so far and projected to its end: the subscription and
    // each metric's overage (the tier's overage prices), against billing.budget_minor with
    // alerts at 80% and 100% and when the projection goes over. at: default now.
    Result<CostReport> costReport(const QString &tenantId, std::optional<qint64> at = {});
    // Sets (or, empty, removes) the tenant's budget per billing period: a configuration
    // change (billing.budget_minor), audited and undoable like any other.
    Result<ConfigChangeResult> setBudget(const QString &tenantId, std::optional<qint64> budgetMinor,
                                         const QString &reason);
    // Tenants by tier and status, the tenants nearest their limits, and every limit and
    // budget alert of the tenants with usage.
    Result<FleetUsage> fleetUsage();
    // Tier fit from the last 90 days of usage, for one tenant or (empty id) every tenant with
    // usage: an upgrade when a limit was at or over 100% on at least a third of the days with
    // samples (to the first tier that fits the peak), a downgrade when every limited metric's
    // peak stayed under 10% of the tier's limits and fits a cheaper tier with room (peak x 1.25).
    // Needs 14 days with samples. Each with its evidence.
    static constexpr int recommendationDays = 90;
    Result<QList<TierRecommendation>> recommendTiers(const QString &tenantId = {});
    // What a tier change would mean (limits, features, usage against the new limits, isolation,
    // policy and configuration changes, price and proration). Writes nothing; any role that
    // reads tenants (sales included).
    Result<UpgradePreview> previewUpgrade(const UpgradePreviewRequest &request);

    // Operators
    Result<QList<Operator>> operators();
    Result<Operator> addOperator(const QString &name, OperatorRole role);
    Result<Operator> setOperatorRole(const QString &name, OperatorRole role);

    // Shared settings (see SharedSettings): what is stored (defaults not filled in); set or,
    // with no value, unset one (admin; checked; audited).
    Result<QMap<QString, QString>> sharedSettings();
    Result<void> setSharedSetting(const QString &key, const std::optional<QString> &value,
                                  const QString &reason);

    // Database
    Result<DatabaseInfo> info();
    // Before a full backup: does pg_dump fit in the lock table, and what to raise if not.
    Result<BackupEnvelope> backupEnvelope();
    Result<void> initDatabaseRoles();

    // Sample data. progress(done, total) may return false to cancel: nothing is kept then.
    static constexpr int maxSampleFleet = 1'000'000;
    Result<SampleFleetResult>
    generateSampleFleet(int count, quint64 seed,
                        const std::function<bool(qint64, qint64)> &progress = {});

private:
    TenantManager(std::unique_ptr<Database> db, std::shared_ptr<const Catalog> catalog,
                  const Clock &clock);
    Result<void> identify(const QString &requestedOperator);
    std::optional<Error> denied(Permission permission) const;
    Result<Tenant> changeStatus(const QString &id, int expectedVersion, const QString &reason,
                                TenantStatus from, TenantStatus to, const QString &action,
                                const QString &verb);
    Error staleError(const QString &id, int expectedVersion);
    Result<void> syncDatabaseRole(const QString &login, OperatorRole role);
    AuditEntry auditEntry(const QString &action, const QString &tenantId,
                          const QString &reason) const;
    Result<Tenant> findTenant(const QString &id);
    // The ids of every tenant not purged, sorted.
    Result<QStringList> liveTenantIds();
    // A tenant's security events as JSON (backups, data archives), oldest first.
    Result<QJsonArray> securityEventsJson(const QString &id);
    Result<void> enforceRetention(MaintenanceReport &report);
    // Destroys the backups select (id, path, tenant_id) finds, marks each removed and audits
    // it with reason; a file that cannot be destroyed goes to report.failed. How many went.
    Result<int> removeBackups(const QString &select, const QVariantList &values,
                              const QString &reason, MaintenanceReport &report);
    Result<void> maintainAuditLog(const QByteArray &key, MaintenanceReport &report);
    Result<ConfigRevision> revisionZero(const Tenant &tenant);
    Result<ConfigRevision> currentRevision(const Tenant &tenant);
    Result<Tenant> writeTenant(const Tenant &before, Tenant after, const QString &action,
                               const QString &reason);
    // Checks permission and reason, then in one transaction reads the tenant, lets change make
    // the new row (or refuse), and writes it with its audit entry.
    Result<Tenant> modifyTenant(const QString &id, Permission permission, const QString &action,
                                const QString &reason,
                                const std::function<Result<Tenant>(const Tenant &)> &change);
    Result<ProvisioningJob> openJob(const QString &tenantId);
    Result<ProvisioningJob> continueJob(const QString &tenantId, std::optional<int> step,
                                        const QString &action, const QString &reason, bool force,
                                        const ProvisioningObserver &observer,
                                        const std::atomic_bool *cancel);
    // loaded, when given, receives the tenant (as the job left it) and its configuration.
    Result<ProvisioningJob> createJob(const QString &tenantId, std::optional<Isolation> isolation,
                                      bool force, const QString &reason,
                                      ConfigurationState *loaded = nullptr);
    // loaded: the tenant and its configuration as just read (not read again).
    Result<ProvisioningJob> execute(ProvisioningJob job, int from, bool rollback,
                                    const ProvisioningObserver &observer,
                                    const std::atomic_bool *cancel,
                                    std::optional<ConfigurationState> loaded = {});
    // A limit's usage now, over its window, and since when it has been over limit (for an
    // unlimited limit: the usage only).
    struct MeasuredUsage
    {
        double usage = 0;
        bool hasSamples = false;
        std::optional<qint64> overSince;
    };
    Result<MeasuredUsage> measureUsage(const QString &tenantId, const LimitMetric &metric,
                                       const Limit &limit, qint64 now);
    // planUpgrade; unprovisioned (no isolation yet, as sample tenants): planned from the
    // current tier's isolation with no data to move (for a preview), else refused.
    Result<UpgradePlan> planUpgrade(const QString &id, const QString &toTier,
                                    bool unprovisionedToo);
    Result<ConfigChangeResult> writeRevision(const Tenant &tenant, const ConfigRevision &from,
                                             ConfigRevision to, std::optional<int> expectedVersion,
                                             bool dryRun);

    std::unique_ptr<Database> m_db;
    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const ConfigEngine> m_engine;
    std::shared_ptr<const SecurityPolicyEngine> m_security;
    const Clock &m_clock;
    Operator m_operator;
    QList<int> m_appliedOnOpen;
};

} // namespace Tenancy
