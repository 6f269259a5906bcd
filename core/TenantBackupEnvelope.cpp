// TenantManager: the backup envelope (PostgreSQL's lock table against a full pg_dump).
#include "TenantManager.h"
#include "store/Migrations.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy {

BackupEnvelope BackupEnvelope::evaluate(qint64 tables, int maxLocks, int maxConnections,
                                        int maxPrepared, qint64 tablesPerTenant)
{
    BackupEnvelope e;
    e.backend = Backend::Postgres;
    e.tables = tables;
    e.maxLocksPerTransaction = maxLocks;
    e.maxConnections = maxConnections;
    e.maxPreparedTransactions = maxPrepared;
    const qint64 sessions = qint64(maxConnections) + maxPrepared;
    e.lockSlots = qint64(maxLocks) * sessions;
    // Other sessions hold locks too while the dump runs: keep a tenth of the table for them.
    e.reserve = e.lockSlots / 10;
    const qint64 usable = e.lockSlots - e.reserve;
    e.fits = tables <= usable;
    e.moreSchemaTenants
        = tablesPerTenant > 0 ? std::max<qint64>(0, (usable - tables) / tablesPerTenant) : 0;
    if (!e.fits) {
        // The setting at which the tables fit with the same reserve.
        e.neededMaxLocks = int(std::ceil(double(tables) * 10.0 / 9.0 / double(sessions)));
        e.advice = TenantManager::tr(
                       "a full pg_dump locks %1 tables, and the lock table holds %2 "
                       "(max_locks_per_transaction %3 x (max_connections %4 + "
                       "max_prepared_transactions %5), less a tenth for other sessions): raise "
                       "max_locks_per_transaction to at least %6 (ALTER SYSTEM SET "
                       "max_locks_per_transaction = %6; then restart the server) before the "
                       "backup")
                       .arg(tables)
                       .arg(e.lockSlots)
                       .arg(maxLocks)
                       .arg(maxConnections)
                       .arg(maxPrepared)
                       .arg(e.neededMaxLocks);
    } else {
        e.advice = TenantManager::tr("a full pg_dump locks %1 of %2 lock table entries (less a "
                                     "tenth for other sessions); about %3 more schema-isolated "
                                     "tenants fit before max_locks_per_transaction must rise")
                       .arg(tables)
                       .arg(e.lockSlots)
                       .arg(e.moreSchemaTenants);
    }
    return e;
}

QJsonObject BackupEnvelope::toJson() const
{
    QJsonObject o {{u"backend"_s, backend == Backend::Postgres ? u"postgresql"_s : u"sqlite"_s},
                   {u"fits"_s, fits},
                   {u"advice"_s, advice}};
    if (backend == Backend::Postgres) {
        o.insert(u"tables"_s, tables);
        o.insert(u"schema_tenants"_s, schemaTenants);
        o.insert(u"max_locks_per_transaction"_s, maxLocksPerTransaction);
        o.insert(u"max_connections"_s, maxConnections);
        o.insert(u"max_prepared_transactions"_s, maxPreparedTransactions);
        o.insert(u"lock_slots"_s, lockSlots);
        o.insert(u"more_schema_tenants"_s, moreSchemaTenants);
        if (!fits)
            o.insert(u"needed_max_locks_per_transaction"_s, neededMaxLocks);
    }
    return o;
}

Result<BackupEnvelope> TenantManager::backupEnvelope()
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    if (m_db->backend() != Backend::Postgres) {
        BackupEnvelope e;
        e.advice = tr("SQLite: a backup copies the file (and the tenants' files beside it); it "
                      "takes no lock per table, so there is no limit to check");
        return e;
    }
    auto q = m_db->exec(
        u"SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        "         WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog',"
        "         'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'),"
        " (SELECT count(*) FROM tenants WHERE isolation = 'schema' AND status <> 'deleted'),"
        " current_setting('max_locks_per_transaction')::int,"
        " current_setting('max_connections')::int,"
        " current_setting('max_prepared_transactions')::int"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::Storage, tr("the server did not report its lock settings"));
    BackupEnvelope e
        = BackupEnvelope::evaluate(q->value(0).toLongLong(), q->value(2).toInt(),
                                   q->value(3).toInt(), q->value(4).toInt(), tenantTables().size());
    e.schemaTenants = q->value(1).toLongLong();
    return e;
}

} // namespace Tenancy
