// TenantManager: data governance. Retention per the tenant's policy (usage samples, security
// events, backups, and the audit log behind signed checkpoints), periodic seals, and a
// tenant's data archive (GDPR portability).
#include "Logging.h"
#include "TenantManager.h"
#include "audit/AuditAnchor.h"
#include "provisioning/TenantBackup.h"
#include "provisioning/TenantStorage.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

constexpr qint64 kHourMs = 3'600'000;

int daysAt(const QJsonObject &document, const QString &kind, int fallback)
{
    const QJsonValue v = document.value(u"configuration"_s)
                             .toObject()
                             .value(u"compliance"_s)
                             .toObject()
                             .value(u"data_governance"_s)
                             .toObject()
                             .value(u"retention_days"_s)
                             .toObject()
                             .value(kind);
    // The schema holds it to 1 … 36500; anything else (a row from another version) keeps
    // the data rather than guess.
    const int days = v.isDouble() ? v.toInt() : 0;
    return days >= 1 && days <= 36500 ? days : fallback;
}

} // namespace

DataRetention DataRetention::of(const Tenant &tenant)
{
    DataRetention r;
    r.userDataDays = daysAt(tenant.configuration, u"user_data"_s, 36500);
    r.logsDays = daysAt(tenant.configuration, u"logs"_s, 36500);
    r.backupsDays = daysAt(tenant.configuration, u"backups"_s, 36500);
    r.legalHold = tenant.legalHold;
    return r;
}

QJsonObject RetentionRemoval::toJson() const
{
    return {{u"tenant"_s, tenantId.isEmpty() ? QJsonValue() : QJsonValue(tenantId)},
            {u"kind"_s, kind},
            {u"removed"_s, removed},
            {u"retention_days"_s, days},
            {u"before"_s, toIsoUtc(before)}};
}

QJsonObject TenantDataExport::toJson() const
{
    return {{u"path"_s, path},
            {u"sha256"_s, sha256},
            {u"bytes"_s, bytes},
            {u"revisions"_s, revisions},
            {u"usage_samples"_s, usageSamples},
            {u"security_events"_s, securityEvents},
            {u"audit_entries"_s, auditEntries},
            {u"storage_rows"_s, storageRows}};
}

Result<QString> TenantManager::databaseId()
{
    auto row = m_db->readRow(u"SELECT value FROM settings WHERE key = 'database_id'"_s);
    if (!row)
        return row.error();
    if (row->isEmpty())
        return Error::make(ErrorCode::Storage,
                           tr("the database has no id yet; migrate it (tenancyctl db migrate)"));
    return row->at(0).toString();
}

Result<void> TenantManager::enforceRetention(MaintenanceReport &report)
{
    const QDateTime now = m_clock.now();
    auto ids = liveTenantIds();
    if (!ids)
        return ids.error();
    for (const QString &id : std::as_const(*ids)) {
        auto tenant = show(id);
        if (!tenant) {
            if (tenant.error().code == ErrorCode::NotFound)
                continue;
            return tenant.error();
        }
        const DataRetention policy = DataRetention::of(*tenant);
        if (policy.legalHold) {
            report.retentionHeld.append(id);
            continue;
        }
        // Usage samples, and their hourly roll-ups, of whole hours past the retention.
        const QDateTime usageBefore = QDateTime::fromMSecsSinceEpoch(
            (now.addDays(-policy.userDataDays).toMSecsSinceEpoch() / kHourMs) * kHourMs, Qt::UTC);
        // Security events past the logs' retention.
        const QDateTime eventsBefore = now.addDays(-policy.logsDays);
        RetentionRemoval usage {id, u"usage_samples"_s, 0, policy.userDataDays, usageBefore};
        RetentionRemoval events {id, u"security_events"_s, 0, policy.logsDays, eventsBefore};
        auto removed = m_db->write([&]() -> Result<void> {
            const QString series = u"SELECT id FROM usage_series WHERE tenant_id = ?"_s;
            auto samples = m_db->exec(u"DELETE FROM usage_samples WHERE series_id IN ("_s + series
                                          + u") AND at < ?"_s,
                                      {id, usageBefore.toMSecsSinceEpoch()});
            if (!samples)
                return samples.error();
            usage.removed = samples->numRowsAffected();
            auto hours = m_db->exec(u"DELETE FROM usage_hourly WHERE series_id IN ("_s + series
                                        + u") AND hour < ?"_s,
                                    {id, usageBefore.toMSecsSinceEpoch()});
            if (!hours)
                return hours.error();
            auto gone = m_db->exec(u"DELETE FROM security_events WHERE tenant_id = ? AND at < ?"_s,
                                   {id, toIsoUtc(eventsBefore)});
            if (!gone)
                return gone.error();
            events.removed = gone->numRowsAffected();
            for (const RetentionRemoval *r : {&usage, &events}) {
                if (r->removed == 0)
                    continue;
                AuditEntry entry = auditEntry(
                    u"retention."_s + r->kind, id,
                    tr("older than its retention of %1 days (data governance)").arg(r->days));
                entry.after = r->toJson();
                if (auto a = AuditLog(*m_db).append(entry); !a)
                    return a;
            }
            return {};
        });
        if (!removed)
            return removed.error();
        for (const RetentionRemoval &r : {usage, events}) {
            if (r.removed > 0)
                report.retention.append(r);
        }

        // Backups older than the tenant's backup retention.
        RetentionRemoval files {id, u"backups"_s, 0, policy.backupsDays,
                                now.addDays(-policy.backupsDays)};
        auto gone = removeBackups(
            u"SELECT id, path, tenant_id FROM tenant_backups WHERE tenant_id = ? AND "
            "removed_at IS NULL AND created_at < ? ORDER BY id"_s,
            {id, toIsoUtc(files.before)},
            tr("older than its retention of %1 days (data governance)").arg(policy.backupsDays),
            report);
        if (!gone)
            return gone.error();
        files.removed = *gone;
        if (files.removed > 0)
            report.retention.append(files);
    }
    return {};
}

Result<void> TenantManager::maintainAuditLog(const QByteArray &key, MaintenanceReport &report)
{
    const QDateTime now = m_clock.now();
    // How long entries about each tenant are kept: its logs' retention (forever under a legal
    // hold); about no tenant, or a purged one, the longest of them all.
    QHash<QString, DataRetention> policies;
    int longest = 0;
    auto ids = liveTenantIds();
    if (!ids)
        return ids.error();
    for (const QString &id : std::as_const(*ids)) {
        auto tenant = show(id);
        if (!tenant)
            continue;
        const DataRetention policy = DataRetention::of(*tenant);
        policies.insert(id, policy);
        longest = std::max(longest, policy.logsDays);
    }
    if (longest == 0)
        longest = DataRetention().logsDays;
    AuditLog log(*m_db);
    auto last = log.head();
    if (!last)
        return last.error();
    auto checkpoint = log.lastCheckpoint();
    if (!checkpoint)
        return checkpoint.error();
    const qint64 start = *checkpoint ? (*checkpoint)->seq + 1 : 1;
    // The entries that may go: from the oldest, up to the first that must stay. The head
    // always stays (the chain goes on from it).
    qint64 through = 0;
    QDateTime cutoffUsed;
    auto read = log.scan(start, [&](const AuditChain::Row &row) {
        if (row.seq >= last->first)
            return false;
        const QString tenant = QString::fromUtf8(row.fields[AuditChain::TenantId]);
        const auto policy = policies.constFind(tenant);
        if (policy != policies.cend() && policy->legalHold)
            return false;
        const int days = policy != policies.cend() ? policy->logsDays : longest;
        const QDateTime at = fromIsoUtc(QString::fromUtf8(row.fields[AuditChain::At]));
        if (!at.isValid() || at >= now.addDays(-days))
            return false;
        through = row.seq;
        cutoffUsed = now.addDays(-days);
        return true;
    });
    if (!read)
        return read.error();
    if (through > 0) {
        const qint64 purged = through - start + 1;
        auto made = m_db->write([&]() -> Result<void> {
            auto cp = log.checkpoint(key, through, now, m_operator.name,
                                     [&](const AuditSeal &signedCheckpoint) -> Result<void> {
                                         AuditEntry entry = auditEntry(
                                             u"audit.purge"_s, {},
                                             tr("past the retention of the tenants they concern "
                                                "(data governance)"));
                                         QJsonObject after = signedCheckpoint.toJson();
                                         after.insert(u"purged"_s, purged);
                                         entry.after = after;
                                         return log.append(entry);
                                     });
            if (!cp)
                return cp.error();
            report.checkpoint = *cp;
            return {};
        });
        if (!made) {
            if (m_db->backend() == Backend::Postgres
                && made.error().message.contains(u"permission denied"_s)) {
                report.auditNote = tr("%n audit entries are past their retention; purging them "
                                      "needs the database owner's login (the roles from db "
                                      "init-roles may only append)",
                                      nullptr, int(purged));
            } else {
                return made.error();
            }
        } else {
            report.retention.append({{}, u"audit_entries"_s, purged, longest, cutoffUsed});
        }
    }
    // A periodic seal, when the head moved and the last seal is old enough.
    auto seals = log.seals();
    if (!seals)
        return seals.error();
    auto head = log.head();
    if (!head)
        return head.error();
    std::optional<AuditSeal> latest;
    for (const AuditSeal &s : *seals) {
        if (s.kind != u"checkpoint"_s && (!latest || s.seq > latest->seq))
            latest = s;
    }
    const bool moved = !latest || latest->seq < head->first;
    const bool due = !latest || latest->at.addSecs(qint64(sealIntervalHours) * 3600) <= now;
    if (moved && due && head->first > 0) {
        auto sealed = sealAuditLog(key, u"periodic"_s);
        if (!sealed)
            return sealed.error();
        report.seal = *sealed;
    }
    return {};
}

Result<TenantDataExport> TenantManager::exportTenantData(const QString &id, const QString &path)
{
    if (auto error = denied(Permission::ExportTenantData))
        return *error;
    if (path.trimmed().isEmpty())
        return Error::invalid(u"out"_s, tr("say where the archive goes (--out FILE)"));
    const QFileInfo target(path);
    if (target.isDir())
        return Error::invalid(u"out"_s,
                              tr("%1 is a folder; name a file such as %2-data.json.gz")
                                  .arg(QDir::toNativeSeparators(path), id));
    if (!target.absoluteDir().exists())
        return Error::invalid(u"out"_s,
                              tr("the folder %1 does not exist")
                                  .arg(QDir::toNativeSeparators(target.absoluteDir().path())));
    auto state = configuration(id);
    if (!state)
        return state.error();
    const Tenant tenant = state->tenant;
    if (tenant.status == TenantStatus::Deleted)
        return Error::make(ErrorCode::NotAllowed,
                           tr("tenant \"%1\" was purged: the product no longer holds its data "
                              "(its final backup and deletion certificate are kept)")
                               .arg(id));
    const QDateTime now = m_clock.now();
    TenantDataExport result;
    QJsonObject document {{u"tenant"_s, tenant.toJson(false)},
                          {u"configuration"_s, state->document},
                          {u"exported_at"_s, toIsoUtc(now)},
                          {u"exported_by"_s, m_operator.name}};
    const QJsonObject governance = state->document.value(u"configuration"_s)
                                       .toObject()
                                       .value(u"compliance"_s)
                                       .toObject()
                                       .value(u"data_governance"_s)
                                       .toObject();
    document.insert(u"data_governance"_s, governance);
    auto revisions = configurationHistory(id);
    if (!revisions)
        return revisions.error();
    QJsonArray revisionArray;
    for (const ConfigRevision &r : *revisions) {
        QJsonObject o = r.toJson();
        o.insert(u"template_text"_s, r.templateText);
        revisionArray.append(o);
    }
    result.revisions = revisionArray.size();
    document.insert(u"revisions"_s, revisionArray);

    // Usage: every sample, by metric, as [time (ms since the epoch, UTC), value].
    auto samples = m_db->exec(u"SELECT s.metric, u.at, u.value FROM usage_samples u JOIN "
                              "usage_series s ON s.id = u.series_id WHERE s.tenant_id = ? "
                              "ORDER BY s.metric, u.at"_s,
                              {id});
    if (!samples)
        return samples.error();
    QJsonObject usage;
    QString metric;
    QJsonArray series;
    while (samples->next()) {
        const QString m = samples->value(0).toString();
        if (m != metric) {
            if (!metric.isEmpty())
                usage.insert(metric, series);
            metric = m;
            series = {};
        }
        series.append(QJsonArray {samples->value(1).toLongLong(), samples->value(2).toDouble()});
        ++result.usageSamples;
    }
    samples->finish();
    if (!metric.isEmpty())
        usage.insert(metric, series);
    document.insert(u"usage"_s, usage);

    auto eventArray = securityEventsJson(id);
    if (!eventArray)
        return eventArray.error();
    result.securityEvents = eventArray->size();
    document.insert(u"security_events"_s, *eventArray);

    // The audit entries about it, oldest first, with their place in the chain.
    QJsonArray auditArray;
    AuditFilter filter;
    filter.tenantId = id;
    filter.limit = 100000;
    QList<AuditEntry> page;
    do {
        auto found = AuditLog(*m_db).find(filter);
        if (!found)
            return found.error();
        page = *found;
        for (const AuditEntry &e : std::as_const(page))
            auditArray.prepend(e.toJson());
        if (!page.isEmpty())
            filter.beforeSeq = page.last().seq;
    } while (page.size() == filter.limit);
    result.auditEntries = auditArray.size();
    document.insert(u"audit_entries"_s, auditArray);

    std::unique_ptr<TenantStorage> storage;
    if (auto isolation = isolationFromId(tenant.isolation);
        isolation && *isolation != Isolation::Cluster) {
        auto opened = TenantStorage::open(*m_db, id, *isolation);
        if (!opened)
            return opened.error();
        storage = std::move(opened).value();
    } else if (isolation && *isolation == Isolation::Cluster) {
        document.insert(u"storage_note"_s,
                        tr("the tenant's data lives in its own cluster; its orchestrator exports "
                           "it"));
    }
    auto written = TenantBackup::writeTo(QFileInfo(path).absoluteFilePath(), id, document,
                                         storage.get(), u"tenancy-export"_s);
    if (!written)
        return written.error();
    result.path = written->path;
    result.sha256 = written->sha256;
    result.bytes = written->bytes;
    result.storageRows = written->rows;
    AuditEntry entry
        = auditEntry(u"tenant.export_data"_s, id, tr("data archive (GDPR art. 20, portability)"));
    entry.after = result.toJson();
    if (auto r = AuditLog(*m_db).append(entry); !r) {
        // Not recorded, not given: the archive goes.
        QFile::remove(result.path);
        return r.error();
    }
    qCInfo(lcTenants) << "exported the data of" << id << "to" << result.path;
    return result;
}

} // namespace Tenancy
