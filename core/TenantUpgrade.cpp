// TenantManager: upgrades (tier changes): compatibility, snapshot, migrate, verify, switch,
// with automatic roll back on any failure.
#include "Logging.h"
#include "TenantManager.h"
#include "model/TenantValidation.h"
#include "provisioning/ClusterOrchestrator.h"
#include "provisioning/Failpoints.h"
#include "provisioning/Provisioner.h"
#include "provisioning/TenantBackup.h"
#include "provisioning/TenantStorage.h"
#include "store/ConfigurationRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

// One upgrade of a tenant at a time, across processes: on PostgreSQL a session advisory lock
// (released with the connection, even on a crash); on SQLite a lock file beside the tenant's
// files (a dead holder's lock is taken over).
class UpgradeLock
{
public:
    UpgradeLock(Database &db, const QString &tenantId)
        : m_db(db)
        , m_key(u"tenancy.upgrade:"_s + tenantId)
    {
        if (db.backend() == Backend::Postgres) {
            auto q = db.exec(u"SELECT pg_try_advisory_lock(hashtext(?))"_s, {m_key});
            m_held = q && q->next() && q->value(0).toBool();
            return;
        }
        const QString folder = TenantStorage::sqliteFolder(db);
        QDir().mkpath(folder);
        m_file = std::make_unique<QLockFile>(folder + u'/' + tenantId + u".upgrade.lock"_s);
        m_held = m_file->tryLock(0);
    }
    ~UpgradeLock()
    {
        if (m_held && m_db.backend() == Backend::Postgres)
            (void)m_db.exec(u"SELECT pg_advisory_unlock(hashtext(?))"_s, {m_key});
    }
    bool held() const { return m_held; }

private:
    Database &m_db;
    QString m_key;
    std::unique_ptr<QLockFile> m_file;
    bool m_held = false;
};

QString stageTitle(TenantManager::UpgradeStage stage)
{
    switch (stage) {
    case TenantManager::UpgradeStage::Compatibility:
        return TenantManager::tr("Compatibility");
    case TenantManager::UpgradeStage::Snapshot:
        return TenantManager::tr("Snapshot");
    case TenantManager::UpgradeStage::Migrate:
        return TenantManager::tr("Migrate");
    case TenantManager::UpgradeStage::Verify:
        return TenantManager::tr("Verify");
    case TenantManager::UpgradeStage::Switch:
        return TenantManager::tr("Switch");
    }
    return {};
}

} // namespace

QJsonObject UpgradePlan::toJson() const
{
    QJsonArray changeArray;
    for (const ConfigChange &c : changes)
        changeArray.append(c.toJson());
    return QJsonObject {
        {u"tenant"_s, tenant.id},
        {u"from_tier"_s, tenant.tier},
        {u"to_tier"_s, toTier},
        {u"from_isolation"_s, isolationId(fromIsolation)},
        {u"to_isolation"_s, isolationId(toIsolation)},
        {u"moves_data"_s, movesData},
        {u"from_storage"_s, fromStorage},
        {u"to_storage"_s, toStorage},
        {u"template"_s, revision.templateName},
        {u"template_version"_s, revision.templateVersion},
        {u"changes"_s, changeArray},
        {u"steps"_s, QJsonArray::fromStringList(steps)},
    };
}

QJsonObject UpgradeResult::toJson() const
{
    QJsonObject o {{u"tenant"_s, tenant.toJson(false)},
                   {u"plan"_s, plan.toJson()},
                   {u"rows_moved"_s, rowsMoved},
                   {u"warnings"_s, QJsonArray::fromStringList(warnings)}};
    if (!backupPath.isEmpty())
        o.insert(u"backup"_s, QJsonObject {{u"file"_s, backupPath}, {u"sha256"_s, backupSha256}});
    return o;
}

Result<UpgradePlan> TenantManager::planUpgrade(const QString &id, const QString &toTier)
{
    return planUpgrade(id, toTier, false);
}

Result<UpgradePlan> TenantManager::planUpgrade(const QString &id, const QString &toTier,
                                               bool unprovisionedToo)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    auto state = configuration(id);
    if (!state)
        return state.error();
    const Tenant &tenant = state->tenant;
    if (auto e = TenantValidation::checkTier(toTier, *m_catalog))
        return Error::invalid(u"tier"_s, e->message);
    if (toTier == tenant.tier)
        return Error::make(ErrorCode::NotAllowed,
                           tr("tenant \"%1\" is already on the %2 tier").arg(id, toTier));
    if (tenant.status != TenantStatus::Active && tenant.status != TenantStatus::Suspended)
        return Error::make(ErrorCode::NotAllowed,
                           tr("tenant \"%1\" is %2: only an active or suspended tenant changes "
                              "tier (a pending one is provisioned on its tier)")
                               .arg(id, statusId(tenant.status)));
    auto fromIsolation = isolationFromId(tenant.isolation);
    const bool unprovisioned = tenant.isolation.isEmpty() && unprovisionedToo;
    if (unprovisioned) {
        // Never provisioned (a sample tenant): no storage yet; its tier's first isolation.
        const Tier *current = m_catalog->tier(tenant.tier);
        fromIsolation
            = current ? Provisioner::offeredIsolation(*current).first() : Isolation::Shared;
    }
    if (!fromIsolation)
        return Error::make(
            ErrorCode::Storage,
            tr("tenant \"%1\" has no known isolation (\"%2\")").arg(id, tenant.isolation));

    UpgradePlan plan;
    plan.tenant = tenant;
    plan.toTier = toTier;
    plan.fromIsolation = *fromIsolation;
    plan.before = state->document;

    // The configuration it gets: the new tier's template when it had its tier's (else its own
    // template, rendered for the new tier), its overrides kept.
    ConfigRevision next = state->revision;
    // (configuration_revisions knows create, apply and rollback: the new tier's template is
    // applied; the audit entry says it was an upgrade.)
    next.action = u"apply"_s;
    next.basedOn = -1;
    if (next.legacy || next.templateName == ConfigEngine::tierTemplateName(tenant.tier)) {
        auto tmpl = findTemplate(ConfigEngine::tierTemplateName(toTier));
        if (!tmpl)
            return tmpl.error();
        next.legacy = false;
        next.templateName = tmpl->name;
        next.templateVersion = tmpl->version;
        next.templateText = tmpl->text;
        next.templateSha256 = tmpl->sha256;
    }
    next.variables
        = m_engine->variablesFor(tenant.id, tenant.name, tenant.region, toTier, tenant.createdAt);
    auto after = m_engine->render(next, toTier);
    if (!after)
        return after.error();
    if (const QList<Error> problems = m_engine->check(*after, tenant.id, toTier, next.overrides);
        !problems.isEmpty()) {
        Error e = combinedError(tr("the %1 tier is not compatible with the configuration of "
                                   "\"%2\"")
                                    .arg(toTier, id),
                                problems);
        if (problems.size() == 1)
            e.message = tr("the %1 tier is not compatible with the configuration of \"%2\": %3")
                            .arg(toTier, id, e.message);
        e.code = ErrorCode::NotAllowed;
        return e;
    }
    plan.revision = next;
    plan.after = *after;
    plan.changes = diffJson(plan.before, plan.after);

    // Where its data goes: the new configuration's isolation, if the tier offers it.
    const Tier *tier = m_catalog->tier(toTier);
    const QList<Isolation> offered = Provisioner::offeredIsolation(*tier);
    auto wanted = isolationFromId(
        after->value(u"infrastructure"_s).toObject().value(u"isolation"_s).toString());
    Isolation to = wanted && offered.contains(*wanted) ? *wanted : offered.first();
    if (to == Isolation::Cluster && plan.fromIsolation != Isolation::Cluster) {
        // Moving data into a cluster is the orchestrator's work: keep what the tier offers.
        to = offered.contains(plan.fromIsolation) ? plan.fromIsolation : Isolation::Database;
    }
    if (plan.fromIsolation == Isolation::Cluster && to != Isolation::Cluster)
        return Error::make(ErrorCode::NotAllowed,
                           tr("tenant \"%1\" lives on its own cluster, which the %2 tier does not "
                              "offer; moving data out of a cluster is the orchestrator's work, "
                              "not an upgrade's")
                               .arg(id, toTier));
    plan.toIsolation = to;
    plan.fromStorage = TenantStorage::nameFor(*m_db, id, plan.fromIsolation);
    plan.toStorage = TenantStorage::nameFor(*m_db, id, to);
    plan.movesData
        = !unprovisioned && plan.fromIsolation != to && plan.fromStorage != plan.toStorage;

    plan.steps.append(tr("check that the configuration of %1 validates on the %2 tier (done: it "
                         "does)")
                          .arg(id, toTier));
    plan.steps.append(
        plan.fromIsolation != to
            ? tr("snapshot configuration revision %1 and back up the tenant's data")
                  .arg(tenant.configurationRevision)
            : tr("snapshot configuration revision %1").arg(tenant.configurationRevision));
    if (plan.movesData)
        plan.steps.append(tr("move its data from %1 isolation (%2) to %3 isolation (%4) and "
                             "apply %n configuration change(s)",
                             nullptr, int(plan.changes.size()))
                              .arg(isolationId(plan.fromIsolation), plan.fromStorage,
                                   isolationId(to), plan.toStorage));
    else if (plan.fromIsolation != to)
        plan.steps.append(
            tr("change its isolation from %1 to %2 (its data stays in %3) and "
               "apply %n configuration change(s)",
               nullptr, int(plan.changes.size()))
                .arg(isolationId(plan.fromIsolation), isolationId(to), plan.toStorage));
    else
        plan.steps.append(tr("apply %n configuration change(s); its data stays in %1", nullptr,
                             int(plan.changes.size()))
                              .arg(plan.toStorage));
    plan.steps.append(tr("verify the storage and the configuration"));
    plan.steps.append(
        plan.movesData
            ? tr("switch %1 to the %2 tier, then remove %3").arg(id, toTier, plan.fromStorage)
            : tr("switch %1 to the %2 tier").arg(id, toTier));
    plan.steps.append(tr("on any failure: undo all of it; the tenant stays as it is"));
    return plan;
}

Result<UpgradeResult> TenantManager::upgrade(const QString &id, const QString &toTier,
                                             const QString &reason, const UpgradeObserver &observer,
                                             const std::atomic_bool *cancel)
{
    if (auto error = denied(Permission::ChangeTier))
        return *error;
    if (auto error = TenantValidation::checkReason(reason))
        return *error;
    const auto report = [&](UpgradeStage stage, double within, const QString &message) {
        if (observer)
            observer(stage, std::clamp((int(stage) - 1 + within) / upgradeStageCount, 0.0, 1.0),
                     message);
    };
    const auto stopped = [&]() -> Result<void> {
        if (cancel && cancel->load())
            return Error::make(ErrorCode::Cancelled, tr("cancelled"));
        return {};
    };

    // 1. Compatibility.
    report(UpgradeStage::Compatibility, 0, tr("Checking compatibility"));
    UpgradeLock lock(*m_db, id);
    if (!lock.held())
        return Error::make(ErrorCode::Conflict,
                           tr("tenant \"%1\" is being upgraded by someone else").arg(id));
    auto planned = planUpgrade(id, toTier);
    if (!planned)
        return planned.error();
    UpgradeResult result;
    result.plan = *planned;
    const UpgradePlan &plan = result.plan;
    const Tenant &before = plan.tenant;
    if (auto open = provisioningJob(id); open && !isFinal(open->state))
        return Error::make(
            ErrorCode::NotAllowed,
            tr("tenant \"%1\" has an open provisioning job (%2)").arg(id, jobStateId(open->state)));

    std::unique_ptr<TenantStorage> source, target;
    std::unique_ptr<ClusterOrchestrator> orchestrator;
    if (plan.fromIsolation == Isolation::Cluster) {
        auto options = ClusterOrchestrator::configured(*m_db);
        if (!options)
            return options.error();
        orchestrator = std::make_unique<ClusterOrchestrator>(
            *options, [cancel] { return cancel && cancel->load(); });
    } else {
        auto opened = TenantStorage::open(*m_db, id, plan.fromIsolation);
        if (!opened)
            return opened.error();
        source = std::move(opened).value();
        auto there = source->exists();
        if (!there)
            return there.error();
        if (!*there)
            return Error::make(ErrorCode::NotFound,
                               tr("%1 of \"%2\" does not exist").arg(source->describe(), id));
        auto other = TenantStorage::open(*m_db, id, plan.toIsolation);
        if (!other)
            return other.error();
        target = std::move(other).value();
    }
    const bool moves = plan.movesData;
    bool targetTouched = false;

    // Writes a configuration's settings and integrations where the tenant's data is.
    const auto applyConfiguration
        = [&](TenantStorage *where, const QJsonObject &document) -> Result<void> {
        if (orchestrator) {
            QJsonObject settings;
            for (const auto &[key, value] : Provisioner::settingsOf(document))
                settings.insert(key, value.isUndefined() ? QJsonValue() : value);
            if (auto r = orchestrator->put(id, u"settings"_s, {{u"settings"_s, settings}}); !r)
                return r;
            QJsonArray list;
            for (const auto &row : Provisioner::integrationsOf(document))
                list.append(QJsonObject {
                    {u"kind"_s, row.kind}, {u"name"_s, row.name}, {u"config"_s, row.config}});
            return orchestrator->put(id, u"integrations"_s, {{u"integrations"_s, list}});
        }
        if (auto r = Provisioner::writeSettings(*where, id, Provisioner::settingsOf(document)); !r)
            return r;
        return Provisioner::writeIntegrations(*where, id, Provisioner::integrationsOf(document));
    };
    const auto setInfoIsolation = [&](TenantStorage &where, Isolation isolation) {
        return where.transaction([&](Database &db, const QString &prefix) -> Result<void> {
            auto q = db.exec(u"UPDATE %1info SET isolation = ? WHERE tenant_id = ?"_s.arg(prefix),
                             {isolationId(isolation), id});
            if (!q)
                return q.error();
            return {};
        });
    };
    // Puts everything back as it was; says what could not be.
    const auto undo = [&]() -> QStringList {
        QStringList problems;
        if (!targetTouched)
            return problems;
        if (moves) {
            if (auto r = target->release(); !r)
                problems.append(r.error().message);
        } else {
            if (auto r = applyConfiguration(target.get(), plan.before); !r)
                problems.append(r.error().message);
            if (target && plan.fromIsolation != plan.toIsolation) {
                if (auto r = setInfoIsolation(*target, plan.fromIsolation); !r)
                    problems.append(r.error().message);
            }
        }
        return problems;
    };
    UpgradeStage stage = UpgradeStage::Snapshot;
    const auto fail = [&](const Error &error) -> Error {
        const QStringList problems = undo();
        Error e = error;
        const QString where = stageTitle(stage).toLower();
        e.message = problems.isEmpty()
            ? tr("the upgrade of \"%1\" to %2 failed at %3: %4; it was rolled back, the tenant "
                 "is as it was")
                  .arg(id, toTier, where, error.message)
            : tr("the upgrade of \"%1\" to %2 failed at %3: %4; rolling back left problems: %5")
                  .arg(id, toTier, where, error.message, problems.join(u"; "_s));
        qCWarning(lcTenants).noquote() << e.message;
        AuditEntry entry = auditEntry(u"tenant.upgrade.rollback"_s, id, reason.trimmed());
        entry.after = QJsonObject {
            {u"to_tier"_s, toTier}, {u"stage"_s, stageTitle(stage)}, {u"error"_s, error.message}};
        (void)m_db->write([&] { return AuditLog(*m_db).append(entry); });
        return e;
    };
    report(UpgradeStage::Compatibility, 1, tr("Compatible"));

    // 2. Snapshot: the revision is in the history already; the data, when it is to move.
    stage = UpgradeStage::Snapshot;
    report(stage, 0, tr("Taking a snapshot"));
    if (plan.fromIsolation != plan.toIsolation && source) {
        const QDateTime now = m_clock.now();
        QJsonObject document {{u"tenant"_s, before.toJson(false)},
                              {u"configuration"_s, plan.before},
                              {u"taken_at"_s, toIsoUtc(now)},
                              {u"taken_by"_s, m_operator.name},
                              {u"reason"_s, tr("before the upgrade to %1").arg(toTier)}};
        auto written = TenantBackup::write(TenantBackup::folder(*m_db), id,
                                           now.toString(u"yyyyMMdd'T'HHmmss'Z'"_s) + u"-upgrade"_s,
                                           document, source.get());
        if (!written)
            return fail(written.error());
        result.backupPath = written->path;
        result.backupSha256 = written->sha256;
        auto recorded = m_db->write([&]() -> Result<void> {
            auto q = m_db->exec(u"INSERT INTO tenant_backups (tenant_id, kind, path, sha256, "
                                "bytes, created_at, created_by, retain_until) VALUES (?, "
                                "'upgrade', ?, ?, ?, ?, ?, ?)"_s,
                                {id, written->path, written->sha256, written->bytes, toIsoUtc(now),
                                 m_operator.name, toIsoUtc(now.addDays(backupRetentionDays))});
            if (!q)
                return q.error();
            return {};
        });
        if (!recorded)
            return fail(recorded.error());
    }
    report(stage, 1, tr("Snapshot taken"));
    if (auto r = stopped(); !r)
        return fail(r.error());

    // 3. Migrate.
    stage = UpgradeStage::Migrate;
    report(stage, 0,
           moves ? tr("Moving the data to %1").arg(plan.toStorage)
                 : tr("Applying the new configuration"));
    targetTouched = true;
    if (moves) {
        if (auto r = target->allocate(); !r)
            return fail(r.error());
        auto copied = source->copyTo(*target);
        if (!copied)
            return fail(copied.error());
        result.rowsMoved = *copied;
        report(stage, 0.6, tr("%n row(s) moved", nullptr, int(*copied)));
    } else if (target && plan.fromIsolation != plan.toIsolation) {
        if (auto r = setInfoIsolation(*target, plan.toIsolation); !r)
            return fail(r.error());
    }
    if (auto r = applyConfiguration(target.get(), plan.after); !r)
        return fail(r.error());
    if (auto r = Failpoints::hit(u"upgrade.migrate.inside"_s); !r)
        return fail(r.error());
    if (auto r = stopped(); !r)
        return fail(r.error());

    // 4. Verify.
    stage = UpgradeStage::Verify;
    report(stage, 0, tr("Verifying"));
    if (orchestrator) {
        auto cluster = orchestrator->status(id);
        if (!cluster)
            return fail(cluster.error());
        if (!*cluster || (*cluster)->status != u"ready"_s)
            return fail(Error::make(ErrorCode::NotAllowed,
                                    tr("%1 is not ready").arg(orchestrator->describe(id))));
    } else {
        auto there = target->exists();
        if (!there)
            return fail(there.error());
        if (!*there)
            return fail(
                Error::make(ErrorCode::NotFound, tr("%1 does not exist").arg(target->describe())));
        auto passed
            = Provisioner::runChecks(*target, id, [cancel] { return cancel && cancel->load(); });
        if (!passed)
            return fail(passed.error());
    }
    if (const QList<Error> problems
        = m_engine->check(plan.after, id, toTier, plan.revision.overrides);
        !problems.isEmpty())
        return fail(combinedError(tr("the configuration does not validate"), problems));
    if (auto r = Failpoints::hit(u"upgrade.verify.inside"_s); !r)
        return fail(r.error());
    if (auto r = stopped(); !r)
        return fail(r.error());

    // 5. Switch: tier, isolation and revision with the audit entry, in one transaction.
    stage = UpgradeStage::Switch;
    report(stage, 0, tr("Switching to the %1 tier").arg(toTier));
    ConfigRevision to = plan.revision;
    to.revision = before.configurationRevision + 1;
    to.createdAt = m_clock.now();
    to.createdBy = m_operator.name;
    to.reason = reason.trimmed();
    Tenant after = before;
    after.tier = toTier;
    after.isolation = isolationId(plan.toIsolation);
    after.configurationRevision = to.revision;
    after.updatedAt = to.createdAt;
    after.updatedBy = m_operator.name;
    auto switched = m_db->write([&]() -> Result<void> {
        ConfigurationRepository configurations(*m_db);
        if (auto sha256 = configurations.storeTemplateText(to.templateText); !sha256)
            return sha256.error();
        auto stored = TenantRepository(*m_db).update(after, before.version);
        if (!stored)
            return stored.error();
        if (!*stored)
            return staleError(id, before.version);
        if (auto r = configurations.insertRevision(id, to); !r)
            return r;
        AuditEntry entry = auditEntry(u"tenant.upgrade"_s, id, to.reason);
        QJsonObject beforeJson = before.toJson(false);
        beforeJson.insert(u"values"_s, changedValues(plan.changes, false));
        QJsonObject afterJson = after.toJson(false);
        afterJson.insert(u"values"_s, changedValues(plan.changes, true));
        afterJson.insert(u"revision"_s, to.revision);
        if (!result.backupPath.isEmpty())
            afterJson.insert(u"backup_sha256"_s, result.backupSha256);
        entry.before = beforeJson;
        entry.after = afterJson;
        if (auto r = AuditLog(*m_db).append(entry); !r)
            return r;
        return Failpoints::hit(u"upgrade.switch.inside"_s);
    });
    if (!switched)
        return fail(switched.error());
    after.version = before.version + 1;
    after.configuration = plan.after;
    result.tenant = after;
    // The old storage goes last: the tenant no longer uses it. If that fails, say so (the data
    // is safe where it now lives).
    if (moves) {
        if (auto r = source->release(); !r)
            result.warnings.append(tr("the old storage %1 could not be removed: %2")
                                       .arg(plan.fromStorage, r.error().message));
    }
    report(stage, 1, tr("On the %1 tier").arg(toTier));
    qCInfo(lcTenants) << "tenant" << id << "upgraded from" << before.tier << "to" << toTier
                      << "isolation" << isolationId(plan.toIsolation);
    return result;
}

} // namespace Tenancy
