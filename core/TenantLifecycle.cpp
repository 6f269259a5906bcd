// TenantManager: deprovisioning, purge (backup, secure destruction, deletion certificate),
// legal hold, and the retention maintenance.
#include "Logging.h"
#include "TenantManager.h"
#include "model/TenantValidation.h"
#include "provisioning/ClusterOrchestrator.h"
#include "provisioning/TenantBackup.h"
#include "provisioning/TenantStorage.h"
#include "store/ConfigurationRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Tenancy {

QJsonObject MaintenanceReport::toJson() const
{
    QJsonArray failures;
    for (const Error &e : failed)
        failures.append(e.message);
    QJsonArray removals;
    for (const RetentionRemoval &r : retention)
        removals.append(r.toJson());
    return {{u"purged"_s, QJsonArray::fromStringList(purged)},
            {u"held"_s, QJsonArray::fromStringList(held)},
            {u"failed"_s, failures},
            {u"backups_removed"_s, QJsonArray::fromStringList(backupsRemoved)},
            {u"retention"_s, removals},
            {u"retention_held"_s, QJsonArray::fromStringList(retentionHeld)},
            {u"audit_checkpoint"_s, checkpoint ? QJsonValue(checkpoint->toJson()) : QJsonValue()},
            {u"audit_seal"_s, seal ? QJsonValue(seal->toJson()) : QJsonValue()},
            {u"audit_note"_s, auditNote.isEmpty() ? QJsonValue() : QJsonValue(auditNote)}};
}

Result<Tenant> TenantManager::writeTenant(const Tenant &before, Tenant after, const QString &action,
                                          const QString &reason)
{
    after.updatedAt = m_clock.now();
    after.updatedBy = m_operator.name;
    auto ok = TenantRepository(*m_db).update(after, before.version);
    if (!ok)
        return ok.error();
    if (!*ok)
        return staleError(before.id, before.version);
    after.version = before.version + 1;
    AuditEntry entry = auditEntry(action, before.id, reason);
    entry.before = before.toJson(false);
    entry.after = after.toJson(false);
    if (auto r = AuditLog(*m_db).append(entry); !r)
        return r.error();
    return after;
}

Result<Tenant>
TenantManager::modifyTenant(const QString &id, Permission permission, const QString &action,
                            const QString &reason,
                            const std::function<Result<Tenant>(const Tenant &)> &change)
{
    if (auto error = denied(permission))
        return *error;
    if (auto error = TenantValidation::checkReason(reason))
        return *error;
    Tenant result;
    auto written = m_db->write([&]() -> Result<void> {
        auto found = findTenant(id);
        if (!found)
            return found.error();
        auto after = change(*found);
        if (!after)
            return after.error();
        auto changed = writeTenant(*found, *after, action, reason.trimmed());
        if (!changed)
            return changed.error();
        result = *changed;
        return {};
    });
    if (!written)
        return written.error();
    return result;
}

Result<Tenant> TenantManager::deprovision(const QString &id, const QString &reason,
                                          std::optional<int> expectedVersion)
{
    return modifyTenant(
        id, Permission::ChangeTenantStatus, u"tenant.deprovision"_s, reason,
        [&](const Tenant &before) -> Result<Tenant> {
            if (expectedVersion && before.version != *expectedVersion)
                return staleError(id, *expectedVersion);
            if (before.status != TenantStatus::Active && before.status != TenantStatus::Suspended)
                return Error::make(ErrorCode::NotAllowed,
                                   tr("cannot deprovision tenant \"%1\": its status is %2, and "
                                      "only active or suspended tenants can be deprovisioned")
                                       .arg(id, statusId(before.status)));
            Tenant after = before;
            after.status = TenantStatus::Deprovisioning;
            after.deprovisionFrom = before.status;
            after.deprovisionRequestedAt = m_clock.now();
            after.purgeAfter = after.deprovisionRequestedAt.addDays(gracePeriodDays);
            return after;
        });
}

Result<Tenant> TenantManager::cancelDeprovisioning(const QString &id, const QString &reason)
{
    return modifyTenant(id, Permission::ChangeTenantStatus, u"tenant.deprovision-cancel"_s, reason,
                        [&](const Tenant &before) -> Result<Tenant> {
                            if (before.status != TenantStatus::Deprovisioning)
                                return Error::make(ErrorCode::NotAllowed,
                                                   tr("tenant \"%1\" is %2, not being "
                                                      "deprovisioned; nothing to cancel")
                                                       .arg(id, statusId(before.status)));
                            Tenant after = before;
                            after.status = before.deprovisionFrom;
                            after.deprovisionRequestedAt = QDateTime();
                            after.purgeAfter = QDateTime();
                            return after;
                        });
}

Result<Tenant> TenantManager::setLegalHold(const QString &id, bool on, const QString &reason)
{
    return modifyTenant(
        id, Permission::ManageLegalHold, on ? u"tenant.legal-hold"_s : u"tenant.legal-hold-lift"_s,
        reason, [&](const Tenant &before) -> Result<Tenant> {
            if (before.status == TenantStatus::Deleted)
                return Error::make(ErrorCode::NotAllowed,
                                   tr("tenant \"%1\" is deleted; its data is gone").arg(id));
            if (before.legalHold == on)
                return Error::make(ErrorCode::NotAllowed,
                                   on ? tr("tenant \"%1\" is under a legal hold already (%2)")
                                            .arg(id, before.legalHoldReason)
                                      : tr("tenant \"%1\" is not under a legal hold").arg(id));
            Tenant after = before;
            after.legalHold = on;
            after.legalHoldReason = on ? reason.trimmed() : QString();
            return after;
        });
}

Result<PurgeResult> TenantManager::purge(const QString &id, const QString &reason)
{
    if (auto error = TenantValidation::checkReason(reason))
        return *error;
    auto state = configuration(id);
    if (!state)
        return state.error();
    const Tenant tenant = state->tenant;
    if (tenant.status == TenantStatus::Deleted)
        return Error::make(ErrorCode::NotAllowed,
                           tr("tenant \"%1\" was purged already; its deletion certificate is "
                              "kept")
                               .arg(id));
    if (tenant.status != TenantStatus::Deprovisioning)
        return Error::make(ErrorCode::NotAllowed,
                           tr("cannot purge tenant \"%1\": its status is %2; deprovision it first "
                              "(tenancyctl deprovision %1)")
                               .arg(id, statusId(tenant.status)));
    if (tenant.legalHold)
        return Error::make(ErrorCode::NotAllowed,
                           tr("tenant \"%1\" is under a legal hold (%2); nothing was destroyed. "
                              "Compliance or an admin lifts it with: tenancyctl tenant "
                              "legal-hold %1 off --reason …")
                               .arg(id, tenant.legalHoldReason));
    const QDateTime now = m_clock.now();
    const bool early = tenant.purgeAfter.isValid() && now < tenant.purgeAfter;
    // Within the grace period only an admin may, with the reason; after it, maintenance (or
    // support) may.
    if (auto error = denied(early ? Permission::PurgeTenants : Permission::ChangeTenantStatus))
        return Error::make(error->code,
                           early ? tr("%1; the grace period of \"%2\" ends %3")
                                       .arg(error->message, id, toIsoUtc(tenant.purgeAfter))
                                 : error->message);

    // 1. The final backup. Taken once: a purge that stopped after it (a crash) uses it again
    //    rather than backing up storage that may be half destroyed.
    std::unique_ptr<TenantStorage> storage;
    if (auto isolation = isolationFromId(tenant.isolation);
        isolation && *isolation != Isolation::Cluster) {
        auto opened = TenantStorage::open(*m_db, id, *isolation);
        if (!opened)
            return opened.error();
        storage = std::move(opened).value();
    }
    QString backupPath, backupSha;
    qint64 backupBytes = 0;
    QDateTime retainUntil = now.addDays(backupRetentionDays);
    {
        auto q = m_db->exec(u"SELECT path, sha256, bytes, retain_until FROM tenant_backups WHERE "
                            "tenant_id = ? AND kind = 'purge' AND removed_at IS NULL ORDER BY id "
                            "DESC LIMIT 1"_s,
                            {id});
        if (!q)
            return q.error();
        if (q->next() && QFileInfo::exists(q->value(0).toString())) {
            auto sha = TenantBackup::sha256Of(q->value(0).toString());
            if (sha && *sha == q->value(1).toString()) {
                backupPath = q->value(0).toString();
                backupSha = *sha;
                backupBytes = q->value(2).toLongLong();
                retainUntil = fromIsoUtc(q->value(3).toString());
            }
        }
    }
    qint64 storageRows = 0;
    if (backupPath.isEmpty()) {
        QJsonObject document {{u"tenant"_s, tenant.toJson(false)},
                              {u"configuration"_s, state->document},
                              {u"taken_at"_s, toIsoUtc(now)},
                              {u"taken_by"_s, m_operator.name}};
        auto revisions = configurationHistory(id);
        if (revisions) {
            QJsonArray array;
            for (const ConfigRevision &r : *revisions)
                array.append(QJsonObject {{u"revision"_s, r.revision},
                                          {u"template"_s, r.templateName},
                                          {u"template_version"_s, r.templateVersion},
                                          {u"action"_s, r.action},
                                          {u"reason"_s, r.reason},
                                          {u"created_at"_s, toIsoUtc(r.createdAt)},
                                          {u"created_by"_s, r.createdBy}});
            document.insert(u"revisions"_s, array);
        }
        auto eventArray = securityEventsJson(id);
        if (!eventArray)
            return eventArray.error();
        document.insert(u"security_events"_s, *eventArray);
        auto written
            = TenantBackup::write(TenantBackup::folder(*m_db), id,
                                  now.toString(u"yyyyMMdd'T'HHmmss'Z'"_s), document, storage.get());
        if (!written)
            return written.error();
        backupPath = written->path;
        backupSha = written->sha256;
        backupBytes = written->bytes;
        storageRows = written->rows;
        auto recorded = m_db->write([&]() -> Result<void> {
            auto q = m_db->exec(u"INSERT INTO tenant_backups (tenant_id, kind, path, sha256, "
                                "bytes, created_at, created_by, retain_until) VALUES (?, 'purge', "
                                "?, ?, ?, ?, ?, ?)"_s,
                                {id, backupPath, backupSha, backupBytes, toIsoUtc(now),
                                 m_operator.name, toIsoUtc(retainUntil)});
            if (!q)
                return q.error();
            return {};
        });
        if (!recorded)
            return recorded.error();
    }

    // 2. Secure destruction: the storage (dropped, or its files overwritten and deleted), the
    //    tenant's security events.
    QJsonArray destroyed;
    if (storage) {
        const QString what = storage->describe();
        if (auto r = storage->release(); !r)
            return r.error();
        destroyed.append(QJsonObject {{u"kind"_s, u"storage"_s},
                                      {u"isolation"_s, tenant.isolation},
                                      {u"what"_s, what},
                                      {u"rows"_s, storageRows},
                                      {u"method"_s,
                                       tenant.isolation == u"shared"_s ? u"rows deleted"_s
                                           : m_db->backend() == Backend::Sqlite
                                           ? u"file overwritten with zeros, synced and deleted"_s
                                           : u"dropped"_s}});
    }
    if (tenant.isolation == isolationId(Isolation::Cluster)) {
        // The cluster's data is the orchestrator's: it removes the cluster, and says so (404).
        auto options = ClusterOrchestrator::configured(*m_db);
        if (!options)
            return options.error();
        ClusterOrchestrator orchestrator(*options);
        if (auto r = orchestrator.destroy(id); !r)
            return r.error();
        destroyed.append(QJsonObject {{u"kind"_s, u"cluster"_s},
                                      {u"isolation"_s, tenant.isolation},
                                      {u"what"_s, orchestrator.describe(id)},
                                      {u"method"_s, u"removed by the orchestrator"_s}});
    }
    PurgeResult result;
    auto finished = m_db->write([&]() -> Result<void> {
        auto q = m_db->exec(u"DELETE FROM security_events WHERE tenant_id = ?"_s, {id});
        if (!q)
            return q.error();
        destroyed.append(QJsonObject {{u"kind"_s, u"security_events"_s},
                                      {u"rows"_s, q->numRowsAffected()},
                                      {u"method"_s, u"rows deleted"_s}});
        auto found = findTenant(id);
        if (!found)
            return found.error();
        const Tenant before = *found;
        if (before.status != TenantStatus::Deprovisioning)
            return Error::make(ErrorCode::Conflict,
                               tr("tenant \"%1\" changed while it was purged (now %2)")
                                   .arg(id, statusId(before.status)));
        result.certificate = QJsonObject {
            {u"certificate"_s, u"tenant-deletion"_s},
            {u"version"_s, 1},
            {u"tenant"_s,
             QJsonObject {{u"id"_s, before.id},
                          {u"name"_s, before.name},
                          {u"tier"_s, before.tier},
                          {u"owner_email"_s, before.ownerEmail},
                          {u"region"_s, before.region}}},
            {u"destroyed"_s, destroyed},
            {u"deleted_at"_s, toIsoUtc(now)},
            {u"deleted_by"_s, m_operator.name},
            {u"reason"_s, reason.trimmed()},
            {u"before_grace_period_end"_s, early},
            {u"deprovision_requested_at"_s,
             before.deprovisionRequestedAt.isValid()
                 ? QJsonValue(toIsoUtc(before.deprovisionRequestedAt))
                 : QJsonValue()},
            {u"backup"_s,
             QJsonObject {{u"file"_s, QFileInfo(backupPath).fileName()},
                          {u"sha256"_s, backupSha},
                          {u"bytes"_s, backupBytes},
                          {u"retain_until"_s, toIsoUtc(retainUntil)}}},
            {u"retention_days"_s, backupRetentionDays},
        };
        Tenant after = before;
        after.status = TenantStatus::Deleted;
        auto changed = writeTenant(before, after, u"tenant.purge"_s, reason.trimmed());
        if (!changed)
            return changed.error();
        result.tenant = *changed;
        auto c = m_db->exec(
            u"INSERT INTO deletion_certificates (tenant_id, certificate, "
            "created_at) VALUES (?, ?, ?)"_s,
            {id,
             QString::fromUtf8(QJsonDocument(result.certificate).toJson(QJsonDocument::Compact)),
             toIsoUtc(now)});
        if (!c)
            return c.error();
        return {};
    });
    if (!finished)
        return finished.error();
    // 3. The certificate beside the backup, for whoever keeps the records.
    result.backupPath = backupPath;
    result.certificatePath
        = QFileInfo(backupPath).absolutePath() + u'/' + id + u"-deletion-certificate.json"_s;
    QSaveFile file(result.certificatePath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(result.certificate).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        qCWarning(lcTenants) << "cannot write the deletion certificate file"
                             << result.certificatePath << file.errorString();
        result.certificatePath.clear(); // it is in the database all the same
    }
    qCInfo(lcTenants) << "purged tenant" << id;
    return result;
}

Result<int> TenantManager::removeBackups(const QString &select, const QVariantList &values,
                                         const QString &reason, MaintenanceReport &report)
{
    auto found = m_db->exec(select, values);
    if (!found)
        return found.error();
    struct Backup
    {
        qint64 id;
        QString path;
        QString tenantId;
    };
    QList<Backup> backups;
    while (found->next())
        backups.append(
            {found->value(0).toLongLong(), found->value(1).toString(), found->value(2).toString()});
    found->finish();
    int removed = 0;
    const QDateTime now = m_clock.now();
    for (const Backup &b : std::as_const(backups)) {
        if (auto r = TenantStorage::destroyFile(b.path); !r) {
            report.failed.append(r.error());
            continue;
        }
        auto marked = m_db->write([&]() -> Result<void> {
            auto q = m_db->exec(u"UPDATE tenant_backups SET removed_at = ? WHERE id = ?"_s,
                                {toIsoUtc(now), b.id});
            if (!q)
                return q.error();
            AuditEntry entry = auditEntry(u"backup.remove"_s, b.tenantId, reason);
            entry.after = QJsonObject {{u"file"_s, b.path}};
            return AuditLog(*m_db).append(entry);
        });
        if (!marked)
            return marked.error();
        report.backupsRemoved.append(b.path);
        ++removed;
    }
    return removed;
}

Result<MaintenanceReport> TenantManager::runMaintenance(const QByteArray &auditKey)
{
    if (auto error = denied(Permission::RunMaintenance))
        return *error;
    MaintenanceReport report;
    const QDateTime now = m_clock.now();
    auto due = m_db->exec(u"SELECT id, legal_hold FROM tenants WHERE status = 'deprovisioning' "
                          "AND purge_after IS NOT NULL AND purge_after <= ? ORDER BY id"_s,
                          {toIsoUtc(now)});
    if (!due)
        return due.error();
    QList<std::pair<QString, bool>> tenants;
    while (due->next())
        tenants.append({due->value(0).toString(), due->value(1).toInt() != 0});
    due->finish();
    for (const auto &[id, held] : tenants) {
        if (held) {
            report.held.append(id);
            continue;
        }
        auto purged = purge(id, tr("the grace period of %1 days ended").arg(gracePeriodDays));
        if (purged)
            report.purged.append(id);
        else
            report.failed.append(purged.error());
    }
    // Backups past the time they were kept for (not those of a tenant under a legal hold).
    auto removed = removeBackups(
        u"SELECT b.id, b.path, b.tenant_id FROM tenant_backups b LEFT JOIN tenants t ON "
        "t.id = b.tenant_id WHERE b.removed_at IS NULL AND b.retain_until <= ? AND "
        "COALESCE(t.legal_hold, 0) = 0 ORDER BY b.id"_s,
        {toIsoUtc(now)}, tr("past its retention of %1 days").arg(backupRetentionDays), report);
    if (!removed)
        return removed.error();
    if (auto r = enforceRetention(report); !r)
        return r.error();
    if (auditKey.isEmpty())
        report.auditNote = tr("the audit log was neither sealed nor purged: no audit key");
    else if (auto r = maintainAuditLog(auditKey, report); !r)
        return r.error();
    if (!report.purged.isEmpty() || !report.backupsRemoved.isEmpty()
        || !report.retention.isEmpty()) {
        qCInfo(lcTenants) << "maintenance purged" << report.purged << "and removed"
                          << report.backupsRemoved.size() << "backups and"
                          << report.retention.size() << "kinds of data past their retention";
    }
    return report;
}

} // namespace Tenancy
