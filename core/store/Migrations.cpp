#include "Migrations.h"

#include "Logging.h"
#include "TenantRepository.h"
#include "audit/AuditChain.h"
#include "model/Tenant.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Tenancy {

Result<QStringList> tenantDdl(const QString &prefix)
{
    QFile file(u":/tenancy/sql/tenant.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Catalog,
                           Migrator::tr("the tenant tables' definition (sql/tenant.sql) is "
                                        "missing from this build"));
    QString text;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.trimmed().startsWith(u"--"_s))
            text += line + u'\n';
    }
    QStringList statements;
    for (const QString &statement : text.split(u";\n"_s)) {
        if (!statement.trimmed().isEmpty())
            statements.append(QString(statement).replace(u"%PREFIX%"_s, prefix).trimmed());
    }
    return statements;
}

QStringList tenantTables()
{
    return {u"info"_s, u"accounts"_s, u"settings"_s, u"integrations"_s, u"documents"_s};
}

namespace {

Result<void> run(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        auto q = db.exec(sql);
        if (!q)
            return q.error();
    }
    return {};
}

// Schema v1: tenants, operators and roles, audit entries, settings.
Result<void> schemaV1(Database &db)
{
    const bool pg = db.backend() == Backend::Postgres;
    const QString auditId = pg ? u"id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s
                               : u"id INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    QStringList sql {
        u"CREATE TABLE operators ("
        " name TEXT PRIMARY KEY,"
        " role TEXT NOT NULL CHECK (role IN ('support','compliance','sales','auditor','admin')),"
        " created_at TEXT NOT NULL,"
        " created_by TEXT NOT NULL)"_s,

        // Configuration JSON documents (a few kB each), stored once per distinct content and
        // referenced by their SHA-256: tenants on their tier's defaults share one document,
        // and scanning 100,000 tenant rows for a search reads ~300 bytes a row, not kilobytes.
        u"CREATE TABLE configuration_documents ("
        " sha256 TEXT PRIMARY KEY,"
        " document TEXT NOT NULL)"_s,

        u"CREATE TABLE tenants ("
        " id TEXT PRIMARY KEY,"
        " name TEXT NOT NULL,"
        " tier TEXT NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN ('pending','provisioning','active','failed',"
        "'suspended','deprovisioning','deleted')),"
        " owner_email TEXT NOT NULL,"
        " region TEXT NOT NULL,"
        " industry TEXT NOT NULL DEFAULT '',"
        " compliance TEXT NOT NULL DEFAULT '',"
        " configuration_sha256 TEXT NOT NULL REFERENCES configuration_documents (sha256),"
        " version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0),"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " updated_by TEXT NOT NULL)"_s,
        u"CREATE INDEX tenants_by_tier ON tenants (tier)"_s,
        u"CREATE INDEX tenants_by_status ON tenants (status)"_s,
        u"CREATE INDEX tenants_by_region ON tenants (region)"_s,

        u"CREATE TABLE audit_entries ("_s + auditId
            + u","
              " at TEXT NOT NULL,"
              " operator TEXT NOT NULL,"
              " role TEXT NOT NULL,"
              " action TEXT NOT NULL,"
              " tenant_id TEXT,"
              " before_json TEXT,"
              " after_json TEXT,"
              " reason TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX audit_entries_by_tenant ON audit_entries (tenant_id, id)"_s,

        u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    };
    // The audit log is append-only for everyone, the table owner included.
    if (pg) {
        sql << u"CREATE FUNCTION tenancy_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
               "$$ BEGIN RAISE EXCEPTION 'audit entries are append-only' "
               "USING ERRCODE = 'insufficient_privilege'; END $$"_s
            << u"CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "
               "audit_entries FOR EACH ROW EXECUTE FUNCTION tenancy_audit_append_only()"_s
            << u"CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries "
               "FOR EACH STATEMENT EXECUTE FUNCTION tenancy_audit_append_only()"_s
            // On PostgreSQL the operator is the login: an entry written with psql cannot claim
            // to be someone else's.
            << u"CREATE FUNCTION tenancy_audit_operator() RETURNS trigger LANGUAGE plpgsql AS "
               "$$ BEGIN NEW.operator := session_user; RETURN NEW; END $$"_s
            << u"CREATE TRIGGER audit_entries_operator BEFORE INSERT ON audit_entries "
               "FOR EACH ROW EXECUTE FUNCTION tenancy_audit_operator()"_s;
    } else {
        sql << u"CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries "
               "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"_s
            << u"CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries "
               "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"_s;
    }
    return run(db, sql);
}

// Schema v2: precomputed search and sort keys, so a free-text search over 100,000 tenants
// stays fast and sorts the same on both backends (keys are lowercased by the application, not
// by the database's locale).
Result<void> schemaV2(Database &db)
{
    const bool pg = db.backend() == Backend::Postgres;
    const QString collate = pg ? u" COLLATE \"C\""_s : QString();
    if (auto r = run(db,
                     {u"ALTER TABLE tenants ADD COLUMN search_text TEXT"_s + collate
                          + u" NOT NULL DEFAULT ''"_s,
                      u"ALTER TABLE tenants ADD COLUMN sort_name TEXT"_s + collate
                          + u" NOT NULL DEFAULT ''"_s});
        !r) {
        return r;
    }
    // Backfill existing rows.
    auto rows = db.exec(u"SELECT id, name, owner_email FROM tenants"_s);
    if (!rows)
        return rows.error();
    struct Row
    {
        QString id, name, owner;
    };
    QList<Row> all;
    while (rows->next())
        all.append(
            {rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString()});
    rows->finish();
    for (const Row &row : all) {
        auto q = db.exec(u"UPDATE tenants SET search_text = ?, sort_name = ? WHERE id = ?"_s,
                         {TenantRepository::searchText(row.id, row.name, row.owner),
                          TenantRepository::sortName(row.name), row.id});
        if (!q)
            return q.error();
    }
    // search_text rides along in the sort indexes so a search that matches little is filtered
    // inside the index, without visiting 100,000 rows; its own narrow index serves counting.
    return run(db,
               {u"CREATE INDEX tenants_by_sort_name ON tenants (sort_name, id, search_text)"_s,
                u"CREATE INDEX tenants_by_updated ON tenants (updated_at, id, search_text)"_s,
                u"CREATE INDEX tenants_by_search_text ON tenants (search_text)"_s});
}

// Schema v3: configuration templates and revisions. A tenant's configuration is a recipe —
// a template text (stored once, content-addressed, beside the issue-2 era configuration
// documents), the variables it was rendered with, and the overrides above it — so 100,000
// tenants on the shipped templates share four texts instead of storing 100,000 documents.
// Revision 0 of a tenant is implied by its row (its first template and identity); every later
// revision is a row of configuration_revisions. Existing tenants keep their stored
// configuration as revision 0 (kind 'configuration').
Result<void> schemaV3(Database &db)
{
    const QStringList sql {
        u"ALTER TABLE configuration_documents ADD COLUMN kind TEXT NOT NULL "
        "DEFAULT 'configuration' CHECK (kind IN ('configuration', 'template'))"_s,
        u"ALTER TABLE tenants ADD COLUMN configuration_revision INTEGER NOT NULL DEFAULT 0 "
        "CHECK (configuration_revision >= 0)"_s,
        u"CREATE TABLE configuration_revisions ("
        " tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,"
        " revision INTEGER NOT NULL CHECK (revision > 0),"
        " template_name TEXT NOT NULL,"
        " template_version TEXT NOT NULL,"
        " template_sha256 TEXT NOT NULL REFERENCES configuration_documents (sha256),"
        " variables TEXT NOT NULL,"
        " overrides TEXT NOT NULL,"
        " action TEXT NOT NULL CHECK (action IN ('create', 'apply', 'rollback')),"
        " based_on INTEGER,"
        " reason TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
        " created_by TEXT NOT NULL,"
        " PRIMARY KEY (tenant_id, revision))"_s,
        u"CREATE TABLE templates ("
        " name TEXT NOT NULL,"
        " version INTEGER NOT NULL CHECK (version > 0),"
        " template_sha256 TEXT NOT NULL REFERENCES configuration_documents (sha256),"
        " note TEXT NOT NULL DEFAULT '',"
        " saved_at TEXT NOT NULL,"
        " saved_by TEXT NOT NULL,"
        " PRIMARY KEY (name, version))"_s,
    };
    // (On PostgreSQL with database roles, TenantManager::open grants the new tables after
    // migrating.)
    return run(db, sql);
}

// Schema v4: who created each tenant (revision 0's author; the row's updated_by changes with
// every later write). Existing rows take it from their tenant.create audit entry, else from
// updated_by.
Result<void> schemaV4(Database &db)
{
    return run(db,
               {u"ALTER TABLE tenants ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"_s,
                u"UPDATE tenants SET created_by = COALESCE((SELECT a.operator FROM audit_entries a "
                "WHERE a.tenant_id = tenants.id AND a.action = 'tenant.create' "
                "ORDER BY a.id LIMIT 1), updated_by)"_s});
}

// Schema v5: authentication events imported from the tenants' identity systems, for the
// security views and the anomaly detector. A row's key (SHA-256 of its canonical form) makes
// importing the same file twice change nothing.
Result<void> schemaV5(Database &db)
{
    const bool pg = db.backend() == Backend::Postgres;
    const QString id = pg ? u"id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s
                          : u"id INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    return run(db,
               {u"CREATE TABLE security_events ("_s + id
                    + u","
                      " event_key TEXT NOT NULL UNIQUE,"
                      " tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,"
                      " at TEXT NOT NULL,"
                      " user_name TEXT NOT NULL,"
                      " kind TEXT NOT NULL CHECK (kind IN ('login_failed', 'login_ok', "
                      "'mfa_failed', 'lockout', 'password_changed', 'policy_changed')),"
                      " source_ip TEXT NOT NULL DEFAULT '',"
                      " imported_at TEXT NOT NULL,"
                      " imported_by TEXT NOT NULL)"_s,
                u"CREATE INDEX security_events_by_tenant ON security_events (tenant_id, at)"_s});
}

// Schema v6: provisioning. Jobs and their six steps, journaled before and after each step so
// an interrupted run can be resumed or rolled back; their log lines; the isolation level each
// tenant was provisioned at; and the shared tables (tenant.sql with the prefix tenant_) where
// shared-isolation tenants keep their rows, on PostgreSQL behind row-level security that even
// the tables' owner obeys (FORCE).
Result<void> schemaV6(Database &db)
{
    const bool pg = db.backend() == Backend::Postgres;
    const QString id = pg ? u"id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s
                          : u"id INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    const QString jobRef = pg ? u"BIGINT"_s : u"INTEGER"_s;
    QStringList sql {
        u"ALTER TABLE tenants ADD COLUMN isolation TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE TABLE provisioning_jobs ("_s + id
            + u","
              " tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,"
              " kind TEXT NOT NULL CHECK (kind IN ('provision')),"
              " isolation TEXT NOT NULL CHECK (isolation IN ('shared', 'schema', 'database', "
              "'cluster')),"
              " storage TEXT NOT NULL,"
              " state TEXT NOT NULL CHECK (state IN ('running', 'failed', 'interrupted', "
              "'cancelled', 'completed', 'rolling_back', 'rolled_back')),"
              " phase TEXT NOT NULL DEFAULT 'provision' CHECK (phase IN ('provision', "
              "'rollback')),"
              " forced INTEGER NOT NULL DEFAULT 0,"
              " reason TEXT NOT NULL DEFAULT '',"
              " error TEXT NOT NULL DEFAULT '',"
              " cancel_requested INTEGER NOT NULL DEFAULT 0,"
              " runner TEXT NOT NULL DEFAULT '',"
              " heartbeat_at TEXT,"
              " created_at TEXT NOT NULL,"
              " created_by TEXT NOT NULL,"
              " updated_at TEXT NOT NULL,"
              " finished_at TEXT)"_s,
        u"CREATE INDEX provisioning_jobs_by_tenant ON provisioning_jobs (tenant_id, id)"_s,
        u"CREATE INDEX provisioning_jobs_by_state ON provisioning_jobs (state)"_s,
        u"CREATE TABLE provisioning_steps ("
        " job_id "_s
            + jobRef
            + u" NOT NULL REFERENCES provisioning_jobs (id) ON DELETE CASCADE,"
              " step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 6),"
              " status TEXT NOT NULL CHECK (status IN ('pending', 'running', 'succeeded', "
              "'failed', 'skipped', 'interrupted', 'compensating', 'compensated')),"
              " attempts INTEGER NOT NULL DEFAULT 0,"
              " started_at TEXT,"
              " finished_at TEXT,"
              " error TEXT NOT NULL DEFAULT '',"
              " PRIMARY KEY (job_id, step))"_s,
        u"CREATE TABLE provisioning_log ("_s + id + u", job_id "_s + jobRef
            + u" NOT NULL REFERENCES provisioning_jobs (id) ON DELETE CASCADE,"
              " step INTEGER NOT NULL DEFAULT 0,"
              " at TEXT NOT NULL,"
              " level TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),"
              " message TEXT NOT NULL)"_s,
        u"CREATE INDEX provisioning_log_by_job ON provisioning_log (job_id, id)"_s,
        // Deprovisioning: the grace period, where a cancel returns to, the legal hold.
        u"ALTER TABLE tenants ADD COLUMN deprovision_from TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE tenants ADD COLUMN deprovision_requested_at TEXT"_s,
        u"ALTER TABLE tenants ADD COLUMN purge_after TEXT"_s,
        u"ALTER TABLE tenants ADD COLUMN legal_hold INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE tenants ADD COLUMN legal_hold_reason TEXT NOT NULL DEFAULT ''"_s,
        // Backups taken before destruction (kept for the retention period) and the deletion
        // certificates of purged tenants.
        u"CREATE TABLE tenant_backups ("_s + id
            + u","
              " tenant_id TEXT NOT NULL,"
              " kind TEXT NOT NULL CHECK (kind IN ('purge', 'upgrade')),"
              " path TEXT NOT NULL,"
              " sha256 TEXT NOT NULL,"
              " bytes BIGINT NOT NULL,"
              " created_at TEXT NOT NULL,"
              " created_by TEXT NOT NULL,"
              " retain_until TEXT NOT NULL,"
              " removed_at TEXT)"_s,
        u"CREATE INDEX tenant_backups_by_tenant ON tenant_backups (tenant_id, id)"_s,
        u"CREATE TABLE deletion_certificates ("
        " tenant_id TEXT PRIMARY KEY,"
        " certificate TEXT NOT NULL,"
        " created_at TEXT NOT NULL)"_s,
    };
    if (auto r = run(db, sql); !r)
        return r;
    auto ddl = tenantDdl(u"tenant_"_s);
    if (!ddl)
        return ddl.error();
    if (auto r = run(db, *ddl); !r)
        return r;
    if (!pg)
        return {};
    QStringList rls;
    for (const QString &table : tenantTables()) {
        const QString name = u"tenant_"_s + table;
        rls << u"ALTER TABLE "_s + name + u" ENABLE ROW LEVEL SECURITY"_s
            << u"ALTER TABLE "_s + name + u" FORCE ROW LEVEL SECURITY"_s
            << u"CREATE POLICY tenant_isolation ON "_s + name
                + u" USING (tenant_id = current_setting('tenancy.tenant_id', true))"
                  " WITH CHECK (tenant_id = current_setting('tenancy.tenant_id', true))"_s;
    }
    return run(db, rls);
}

// v7: each tenant's capacity (in units of its scaling policy), and when and how it last
// changed (the cooldowns count from there).
Result<void> schemaV7(Database &db)
{
    return run(db,
               {u"CREATE TABLE tenant_capacity ("
                " tenant_id TEXT PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,"
                " capacity INTEGER NOT NULL CHECK (capacity >= 1),"
                " direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),"
                " scaled_at TEXT NOT NULL,"
                " scaled_by TEXT NOT NULL)"_s});
}

// tenancy_journal_entry() as migration v8 made it (checksJob false), and as v9 remade it: a job
// that does not exist is refused, and a NULL heartbeat leaves the job's as it was.
QString journalEntryFunction(bool checksJob)
{
    QString sql = u"CREATE OR REPLACE FUNCTION tenancy_journal_entry(p_job BIGINT, p_heartbeat "
                  "TEXT, p_steps JSONB, p_lines JSONB) RETURNS INTEGER LANGUAGE plpgsql AS $$\n"
                  "DECLARE\n"
                  "    v_cancel INTEGER;\n"
                  "    v_step RECORD;\n"
                  "BEGIN\n"_s;
    if (checksJob)
        sql += u"    UPDATE provisioning_jobs SET heartbeat_at = COALESCE(p_heartbeat, "
               "heartbeat_at)\n"
               "        WHERE id = p_job RETURNING cancel_requested INTO v_cancel;\n"
               "    IF NOT FOUND THEN\n"
               "        RAISE EXCEPTION 'provisioning job % does not exist', p_job\n"
               "            USING ERRCODE = 'foreign_key_violation';\n"
               "    END IF;\n"_s;
    else
        sql += u"    UPDATE provisioning_jobs SET heartbeat_at = p_heartbeat WHERE id = p_job\n"
               "        RETURNING cancel_requested INTO v_cancel;\n"_s;
    // One at a time, in order, as separate statements would (a step may change twice).
    sql += u"    FOR v_step IN SELECT * FROM ROWS FROM (jsonb_to_recordset(p_steps) AS (\n"
           "            step INTEGER, status TEXT, attempts INTEGER, started_at TEXT,\n"
           "            finished_at TEXT, error TEXT, unless_cancelled BOOLEAN)) WITH ORDINALITY\n"
           "            AS x(step, status, attempts, started_at, finished_at, error,\n"
           "                 unless_cancelled, n)\n"
           "        ORDER BY x.n LOOP\n"
           "        IF NOT v_step.unless_cancelled OR v_cancel = 0 THEN\n"
           "            UPDATE provisioning_steps SET status = v_step.status,\n"
           "                attempts = v_step.attempts, started_at = v_step.started_at,\n"
           "                finished_at = v_step.finished_at, error = v_step.error\n"
           "                WHERE job_id = p_job AND step = v_step.step;\n"
           "        END IF;\n"
           "    END LOOP;\n"
           "    INSERT INTO provisioning_log (job_id, step, at, level, message)\n"
           "        SELECT p_job, x.step, x.at, x.level, x.message\n"
           "        FROM ROWS FROM (jsonb_to_recordset(p_lines) AS (step INTEGER, at TEXT, "
           "level TEXT,\n"
           "            message TEXT, unless_cancelled BOOLEAN)) WITH ORDINALITY\n"
           "            AS x(step, at, level, message, unless_cancelled, n)\n"
           "        WHERE NOT x.unless_cancelled OR v_cancel = 0\n"
           "        ORDER BY x.n;\n"
           "    RETURN v_cancel;\n"
           "END\n"
           "$$"_s;
    return sql;
}

// v8 (PostgreSQL): a provisioning journal entry's own writes (the runner's heartbeat, the steps
// it ended or began, its log lines) as one call, run where the rows are: one statement instead
// of half a dozen, each parsed and planned anew (a tenant's CREATE SCHEMA resets every cached
// plan anyway). It answers whether a cancel was asked for, read with the job's row locked by
// the heartbeat, so the writes marked unless_cancelled (a step's start and its line) happen
// only while none is.
Result<void> schemaV8(Database &db)
{
    if (db.backend() != Backend::Postgres)
        return {};
    return run(db, {journalEntryFunction(false)});
}

// v9 (PostgreSQL): a job's steps and log lines (the journal's rows) without a declared foreign
// key to their job. Every tenant's CREATE SCHEMA resets every cached plan in every session, the
// plans of foreign-key checks included, and PostgreSQL rebuilds those from their SQL text: with
// a check on each step and line written, the two keys cost a tenth of what provisioning costs
// the server (tests/bench/bench_provisioning, 2 at once: 1.50x psql with them, 1.39x without,
// 8 runs each taking turns; a statement-level trigger checking instead costs as much as the
// keys). What they guaranteed still holds:
//   - a job's steps are inserted with it, in its transaction;
//   - its lines are written in the transaction that inserted it, or through
//     tenancy_journal_entry(), which first locks the job's row and refuses (foreign_key_violation)
//     a job that does not exist;
//   - deleting jobs deletes their steps and lines (a trigger, as ON DELETE CASCADE did).
Result<void> schemaV9(Database &db)
{
    if (db.backend() != Backend::Postgres)
        return {};
    return run(
        db,
        {u"ALTER TABLE provisioning_steps DROP CONSTRAINT IF EXISTS provisioning_steps_job_id_fkey"_s,
         u"ALTER TABLE provisioning_log DROP CONSTRAINT IF EXISTS provisioning_log_job_id_fkey"_s,
         u"CREATE FUNCTION tenancy_provisioning_jobs_deleted() RETURNS trigger LANGUAGE plpgsql "
         "AS $$\n"
         "BEGIN\n"
         "    DELETE FROM provisioning_steps WHERE job_id IN (SELECT id FROM deleted_jobs);\n"
         "    DELETE FROM provisioning_log WHERE job_id IN (SELECT id FROM deleted_jobs);\n"
         "    RETURN NULL;\n"
         "END\n"
         "$$"_s,
         u"CREATE TRIGGER provisioning_jobs_delete_journal AFTER DELETE ON provisioning_jobs "
         "REFERENCING OLD TABLE AS deleted_jobs FOR EACH STATEMENT "
         "EXECUTE FUNCTION tenancy_provisioning_jobs_deleted()"_s,
         journalEntryFunction(true)});
}

// Schema v10: usage. A series per tenant and metric; its samples (time in milliseconds since
// the epoch, UTC), one per series and time, so importing a file again changes nothing; and
// hourly roll-ups (count, sum, peak, latest) kept with the samples by each import, which days,
// months and charts of a year are read from (8,760 rows instead of 525,600).
Result<void> schemaV10(Database &db)
{
    const bool pg = db.backend() == Backend::Postgres;
    const QString id = pg ? u"id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s
                          : u"id INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    const QString integer = pg ? u"BIGINT"_s : u"INTEGER"_s;
    const QString real = pg ? u"DOUBLE PRECISION"_s : u"REAL"_s;
    const QString withoutRowid = pg ? QString() : u" WITHOUT ROWID"_s;
    return run(db,
               {u"CREATE TABLE usage_series ("_s + id
                    + u","
                      " tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,"
                      " metric TEXT NOT NULL,"
                      " UNIQUE (tenant_id, metric))"_s,
                u"CREATE TABLE usage_samples ("
                " series_id "_s
                    + integer
                    + u" NOT NULL REFERENCES usage_series (id) ON DELETE CASCADE,"
                      " at "_s
                    + integer + u" NOT NULL CHECK (at >= 0), value "_s + real
                    + u" NOT NULL CHECK (value >= 0),"
                      " PRIMARY KEY (series_id, at))"_s
                    + withoutRowid,
                u"CREATE TABLE usage_hourly ("
                " series_id "_s
                    + integer
                    + u" NOT NULL REFERENCES usage_series (id) ON DELETE CASCADE,"
                      " hour "_s
                    + integer + u" NOT NULL, samples "_s + integer + u" NOT NULL, total "_s + real
                    + u" NOT NULL, peak "_s + real + u" NOT NULL, latest_at "_s + integer
                    + u" NOT NULL, latest "_s + real
                    + u" NOT NULL,"
                      " PRIMARY KEY (series_id, hour))"_s
                    + withoutRowid});
}

// Schema v11: the audit log becomes a hash chain (docs/audit-format.md). Each entry gets its
// place (seq, 1, 2, 3 … without gaps), the previous entry's hash and its own, what it is about
// (target) and the machine it came from; the entries already there are chained in the order
// they were written. Seals (signed heads) get their table, append-only like the log.
Result<void> schemaV11(Database &db)
{
    const bool pg = db.backend() == Backend::Postgres;
    const QString integer = pg ? u"BIGINT"_s : u"INTEGER"_s;
    if (auto r = run(db,
                     {u"ALTER TABLE audit_entries ADD COLUMN seq "_s + integer,
                      u"ALTER TABLE audit_entries ADD COLUMN prev_hash TEXT"_s,
                      u"ALTER TABLE audit_entries ADD COLUMN hash TEXT"_s,
                      u"ALTER TABLE audit_entries ADD COLUMN target TEXT"_s,
                      u"ALTER TABLE audit_entries ADD COLUMN client_host TEXT"_s});
        !r)
        return r;

    // Chain what is there, oldest first, with the append-only guard lifted for this
    // transaction only (the table owner runs migrations).
    if (auto r = run(db,
                     pg ? QStringList {u"ALTER TABLE audit_entries DISABLE TRIGGER "
                                       "audit_entries_append_only"_s}
                        : QStringList {u"DROP TRIGGER audit_entries_no_update"_s});
        !r)
        return r;
    auto q = db.exec(u"SELECT id, at, operator, role, action, tenant_id, before_json, after_json, "
                     "reason FROM audit_entries ORDER BY id"_s);
    if (!q)
        return q.error();
    struct Stored
    {
        qint64 id;
        QByteArray fields[AuditChain::FieldCount];
        bool isNull[AuditChain::FieldCount];
    };
    QList<Stored> stored;
    while (q->next()) {
        Stored row {q->value(0).toLongLong(), {}, {}};
        const int columns[AuditChain::FieldCount]
            = {1, 2, 3, 4, 5, -1, 6, 7, 8, -1}; // target and client_host: none yet
        for (int f = 0; f < AuditChain::FieldCount; ++f) {
            const QVariant value = columns[f] < 0 ? QVariant() : q->value(columns[f]);
            row.isNull[f] = value.isNull();
            row.fields[f] = value.toString().toUtf8();
        }
        stored.append(row);
    }
    AuditChain::Hasher hasher;
    QByteArray prev = AuditChain::genesis().toByteArray();
    qint64 seq = 0;
    for (const Stored &entry : stored) {
        AuditChain::Row row;
        row.seq = ++seq;
        row.prevHash = prev;
        for (int f = 0; f < AuditChain::FieldCount; ++f)
            row.fields[f] = entry.isNull[f] ? QByteArrayView() : QByteArrayView(entry.fields[f]);
        const QByteArray hash = hasher.hashOf(row).toByteArray();
        auto updated
            = db.exec(u"UPDATE audit_entries SET seq = ?, prev_hash = ?, hash = ? "
                      "WHERE id = ?"_s,
                      {seq, QString::fromLatin1(prev), QString::fromLatin1(hash), entry.id});
        if (!updated)
            return updated.error();
        prev = hash;
    }

    const QString id = pg ? u"id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s
                          : u"id INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    QStringList sql {
        u"CREATE UNIQUE INDEX audit_entries_by_seq ON audit_entries (seq)"_s,
        u"CREATE TABLE audit_seals ("_s + id
            + u","
              " at TEXT NOT NULL,"
              " operator TEXT NOT NULL,"
              " kind TEXT NOT NULL,"
              " seq "_s
            + integer
            + u" NOT NULL,"
              " hash TEXT NOT NULL,"
              " entries "_s
            + integer
            + u" NOT NULL,"
              " key_id TEXT NOT NULL,"
              " mac TEXT NOT NULL)"_s,
    };
    if (pg) {
        sql << u"ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only"_s
            << u"ALTER TABLE audit_entries ALTER COLUMN seq SET NOT NULL"_s
            << u"ALTER TABLE audit_entries ALTER COLUMN prev_hash SET NOT NULL"_s
            << u"ALTER TABLE audit_entries ALTER COLUMN hash SET NOT NULL"_s
            << u"CREATE TRIGGER audit_seals_append_only BEFORE UPDATE OR DELETE ON audit_seals "
               "FOR EACH ROW EXECUTE FUNCTION tenancy_audit_append_only()"_s
            << u"CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals "
               "FOR EACH STATEMENT EXECUTE FUNCTION tenancy_audit_append_only()"_s;
    } else {
        sql << u"CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries "
               "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"_s
            << u"CREATE TRIGGER audit_entries_chained BEFORE INSERT ON audit_entries "
               "WHEN NEW.seq IS NULL OR NEW.prev_hash IS NULL OR NEW.hash IS NULL "
               "BEGIN SELECT RAISE(ABORT, 'audit entries must be chained'); END"_s
            << u"CREATE TRIGGER audit_seals_no_update BEFORE UPDATE ON audit_seals "
               "BEGIN SELECT RAISE(ABORT, 'audit seals are append-only'); END"_s
            << u"CREATE TRIGGER audit_seals_no_delete BEFORE DELETE ON audit_seals "
               "BEGIN SELECT RAISE(ABORT, 'audit seals are append-only'); END"_s;
    }
    return run(db, sql);
}

// Schema v12: retention of the audit log. Entries may be deleted only behind a checkpoint (a
// signed seal of kind "checkpoint" at or after them), so the chain that remains verifies from
// it; updates stay refused. And the database's own id, which names it outside (the local
// anchor of its last seal) whatever its address.
Result<void> schemaV12(Database &db)
{
    QStringList sql;
    if (db.backend() == Backend::Postgres) {
        sql << u"CREATE FUNCTION tenancy_audit_entries_guard() RETURNS trigger LANGUAGE plpgsql "
               "AS $$ BEGIN IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM audit_seals WHERE "
               "kind = 'checkpoint' AND seq >= OLD.seq) THEN RETURN OLD; END IF; "
               "RAISE EXCEPTION 'audit entries are append-only (only entries behind a "
               "checkpoint may be purged)'; END $$"_s
            << u"DROP TRIGGER audit_entries_append_only ON audit_entries"_s
            << u"CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "
               "audit_entries FOR EACH ROW EXECUTE FUNCTION tenancy_audit_entries_guard()"_s;
    } else {
        sql << u"DROP TRIGGER audit_entries_no_delete"_s
            << u"CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries "
               "WHEN NOT EXISTS (SELECT 1 FROM audit_seals WHERE kind = 'checkpoint' AND "
               "seq >= OLD.seq) BEGIN SELECT RAISE(ABORT, 'audit entries are append-only (only "
               "entries behind a checkpoint may be purged)'); END"_s;
    }
    if (auto r = run(db, sql); !r)
        return r;
    const QString id = QString::fromLatin1(AuditChain::randomBytes(16).toHex());
    if (id.isEmpty())
        return Error::make(ErrorCode::Storage, Migrator::tr("cannot make the database's id"));
    auto q = db.exec(u"INSERT INTO settings (key, value) VALUES ('database_id', ?)"_s, {id});
    if (!q)
        return q.error();
    return {};
}

Result<bool> hasVersionTable(Database &db)
{
    // Resolved like any other statement (PostgreSQL's search_path), not by listing tables.
    auto q = db.exec(db.backend() == Backend::Postgres
                         ? u"SELECT to_regclass('schema_version') IS NOT NULL"_s
                         : u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                           "name = 'schema_version'"_s);
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

} // namespace

const QList<Migration> &Migrator::builtin()
{
    static const QList<Migration> migrations {
        {1, u"tenants, operators and roles, audit entries, settings"_s, schemaV1},
        {2, u"search and sort keys for tenants"_s, schemaV2},
        {3, u"configuration templates and revisions"_s, schemaV3},
        {4, u"who created each tenant"_s, schemaV4},
        {5, u"security events"_s, schemaV5},
        {6, u"provisioning jobs and the shared tenant tables"_s, schemaV6},
        {7, u"tenants' capacity (scaling)"_s, schemaV7},
        {8, u"provisioning journal entries in one call (PostgreSQL)"_s, schemaV8},
        {9,
         u"the provisioning journal's rows kept with their job without foreign keys (PostgreSQL)"_s,
         schemaV9},
        {10, u"usage samples and their hourly roll-ups"_s, schemaV10},
        {11, u"the audit log as a hash chain, and its seals"_s, schemaV11},
        {12, u"audit retention behind signed checkpoints; the database's id"_s, schemaV12},
    };
    return migrations;
}

int Migrator::latestVersion(const QList<Migration> &migrations)
{
    int latest = 0;
    for (const Migration &m : migrations)
        latest = std::max(latest, m.version);
    return latest;
}

Result<int> Migrator::currentVersion(Database &db)
{
    auto has = hasVersionTable(db);
    if (!has)
        return has.error();
    if (!*has)
        return 0;
    auto q = db.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return 0;
    return q->value(0).toInt();
}

Result<void> Migrator::checkNotNewer(Database &db, const QList<Migration> &migrations)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    const int latest = latestVersion(migrations);
    if (*current > latest) {
        return Error::make(ErrorCode::Storage,
                           tr("%1 has schema version %2, newer than this version of Tenancy "
                              "Console supports (%3); it was left unchanged. Use a newer Tenancy "
                              "Console.")
                               .arg(db.url().toString())
                               .arg(*current)
                               .arg(latest));
    }
    return {};
}

Result<QList<int>> Migrator::migrate(Database &db, const QString &applier,
                                     const QList<Migration> &migrations, int target)
{
    if (target < 0)
        target = latestVersion(migrations);
    if (auto r = checkNotNewer(db, migrations); !r)
        return r.error();
    auto before = currentVersion(db);
    if (!before)
        return before.error();
    if (*before >= target)
        return QList<int> {};

    QList<int> applied;
    auto result = db.write([&]() -> Result<void> {
        // Two consoles opening a new database at once: one migrates, the other waits, then
        // finds the work done.
        if (auto r = db.serialiseSchemaChanges(); !r)
            return r;
        if (auto q = db.exec(u"CREATE TABLE IF NOT EXISTS schema_version ("
                             " version INTEGER PRIMARY KEY,"
                             " description TEXT NOT NULL,"
                             " applied_at TEXT NOT NULL,"
                             " applied_by TEXT NOT NULL)"_s);
            !q) {
            return q.error();
        }
        // Re-read under the lock (a newer version may have migrated meanwhile).
        if (auto r = checkNotNewer(db, migrations); !r)
            return r;
        auto current = currentVersion(db);
        if (!current)
            return current.error();
        for (const Migration &m : migrations) {
            if (m.version <= *current || m.version > target)
                continue;
            qCInfo(lcStore) << "applying migration" << m.version << m.description;
            if (auto r = m.apply(db); !r) {
                return Error::make(r.error().code,
                                   tr("migration %1 (%2) failed: %3")
                                       .arg(m.version)
                                       .arg(m.description, r.error().message));
            }
            auto q = db.exec(
                u"INSERT INTO schema_version (version, description, applied_at, "
                "applied_by) VALUES (?, ?, ?, ?)"_s,
                {m.version, m.description, toIsoUtc(QDateTime::currentDateTimeUtc()), applier});
            if (!q)
                return q.error();
            applied.append(m.version);
        }
        return {};
    });
    if (!result)
        return result.error();
    return applied;
}

} // namespace Tenancy
