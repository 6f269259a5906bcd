// Provisioning through TenantManager over a real database: each isolation level for real
// (a PostgreSQL schema or database, SQLite files, the shared tables behind row-level
// security), each step's failure, retry and compensation, cancel, force, and a job whose
// process died. Built twice, as tst_provisioning_sqlite and tst_provisioning_postgres. The
// kill -9 matrix with the real tenancyctl is tst_provisioning_crash.
#include "TenantManager.h"
#include "TestSupport.h"
#include "provisioning/Failpoints.h"
#include "provisioning/Provisioner.h"
#include "provisioning/TenantBackup.h"
#include "provisioning/TenantStorage.h"
#include "store/AuditLog.h"
#include "store/ProvisioningRepository.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <list>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

namespace {

const QStringList kSteps {u"validation"_s,  u"resource_allocation"_s, u"configuration"_s,
                          u"integration"_s, u"verification"_s,        u"activation"_s};

} // namespace

class tst_Provisioning : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC)};
    QTemporaryDir m_backups;
#ifdef TENANCY_TEST_POSTGRES
    TestDatabases m_databases {true};
#else
    TestDatabases m_databases {false};
#endif
    bool postgres() const
    {
        return m_databases.postgres();
    }
    DatabaseUrl freshDatabase()
    {
        return m_databases.fresh();
    }

    std::unique_ptr<TenantManager> open(const DatabaseUrl &url, const QString &op = {})
    {
        return m_databases.open(url, m_clock, op);
    }

    // A database with a pending tenant of tier.
    std::unique_ptr<TenantManager> withTenant(const QString &id, const QString &tier,
                                              DatabaseUrl *url = nullptr)
    {
        const DatabaseUrl u = freshDatabase();
        if (url)
            *url = u;
        auto m = open(u);
        if (m
            && !m->create({id,
                           u"Tenant "_s + id,
                           tier,
                           u"owner@"_s + id + u".example"_s,
                           u"eu-west-1"_s,
                           {},
                           {}}))
            qWarning("create failed");
        return m;
    }

    static bool exists(TenantManager &m, const QString &id, Isolation isolation)
    {
        auto storage = TenantStorage::open(m.database(), id, isolation);
        return storage && (*storage)->exists().value();
    }

    // The tenant's rows in every table of its storage (0 when the storage is gone).
    static qint64 rows(TenantManager &m, const QString &id, Isolation isolation)
    {
        auto storage = TenantStorage::open(m.database(), id, isolation);
        if (!storage || !(*storage)->exists().value())
            return 0;
        qint64 total = 0;
        auto r = (*storage)->transaction([&](Database &db, const QString &prefix) -> Result<void> {
            for (const QString &table :
                 {u"info"_s, u"accounts"_s, u"settings"_s, u"integrations"_s, u"documents"_s}) {
                auto q = db.exec(
                    u"SELECT count(*) FROM "_s + prefix + table + u" WHERE tenant_id = ?"_s, {id});
                if (!q)
                    return q.error();
                q->next();
                total += q->value(0).toLongLong();
            }
            return {};
        });
        return r ? total : -1;
    }

    static QStringList statuses(const ProvisioningJob &job)
    {
        QStringList out;
        for (const StepRecord &s : job.steps)
            out.append(stepStatusId(s.status));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TENANCY_BACKUP_DIR", m_backups.path().toUtf8());
        if (postgres())
            TENANCY_REQUIRE_SERVICE(m_databases.start(), "PostgreSQL");
    }

    void cleanup()
    {
        Failpoints::clear();
    }

    // Every isolation level, for real: the storage exists, holds the tenant's tables and rows,
    // passes verification; the tenant is active at that isolation; the journal has it all.
    void provisionsAtEachIsolation_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<Isolation>("isolation");
        QTest::newRow("shared") << u"free"_s << Isolation::Shared;
        QTest::newRow("schema") << u"professional"_s << Isolation::Schema;
        QTest::newRow("database") << u"enterprise"_s << Isolation::Database;
    }
    void provisionsAtEachIsolation()
    {
        QFETCH(QString, tier);
        QFETCH(Isolation, isolation);
        auto m = withTenant(u"acme-co"_s, tier);
        QVERIFY(m);
        QList<ProvisioningProgress> seen;
        auto job = m->provision(u"acme-co"_s, isolation,
                                [&](const ProvisioningProgress &p) { seen.append(p); });
        QVERIFY2(job, qPrintable(job ? QString() : job.error().message));
        QCOMPARE(job->state, JobState::Completed);
        QCOMPARE(statuses(*job), QStringList(6, u"succeeded"_s));
        for (const StepRecord &s : job->steps) {
            QCOMPARE(s.attempts, 1);
            QVERIFY(s.startedAt.isValid() && s.finishedAt.isValid());
        }
        QCOMPARE(job->isolation, isolation);
        QCOMPARE(job->storage, TenantStorage::nameFor(m->database(), u"acme-co"_s, isolation));
        if (postgres() && isolation == Isolation::Schema)
            QCOMPARE(job->storage, u"t_acme_co"_s);
        if (!postgres() && isolation != Isolation::Shared)
            QVERIFY(job->storage.endsWith(u".sqlite.tenants/acme-co.sqlite"_s));
        QVERIFY(exists(*m, u"acme-co"_s, isolation));
        // info, the owner, 9 settings, monitoring + logging + alerting.
        QCOMPARE(rows(*m, u"acme-co"_s, isolation), 1 + 1 + 9 + 3);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last().fraction, 1.0);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i].fraction >= seen[i - 1].fraction);

        auto tenant = m->show(u"acme-co"_s);
        QCOMPARE(tenant->status, TenantStatus::Active);
        QCOMPARE(tenant->isolation, isolationId(isolation));
        QCOMPARE(tenant->version, 3);
        auto log = m->provisioningLog(u"acme-co"_s);
        QVERIFY(log->size() > 12);
        QVERIFY(log->first().message.contains(u"provisioning started by"_s));
        auto history = m->history(u"acme-co"_s);
        QCOMPARE(history->at(0).action, u"tenant.activate"_s);
        QCOMPARE(history->at(1).action, u"provisioning.start"_s);
        QCOMPARE(history->at(1).after->value(u"storage"_s).toString(), job->storage);

        // Provisioned once: not again.
        auto again = m->provision(u"acme-co"_s, isolation);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotAllowed);
        QVERIFY(again.error().message.contains(u"active"_s));
    }

    // The configuration's own isolation when none is asked for; one the tier does not offer
    // fails validation with both named; cluster without an orchestrator says so.
    void isolationFollowsTheTier()
    {
        DatabaseUrl url;
        auto m = withTenant(u"pro"_s, u"professional"_s, &url);
        QVERIFY(m);
        auto job = m->provision(u"pro"_s);
        QCOMPARE(job->state, JobState::Completed);
        QCOMPARE(job->isolation, Isolation::Schema); // professional_init names schema

        QVERIFY(m->create(
            {u"tiny"_s, u"Tiny"_s, u"free"_s, u"t@tiny.example"_s, u"eu-west-1"_s, {}, {}}));
        auto refused = m->provision(u"tiny"_s, Isolation::Database);
        QCOMPARE(refused->state, JobState::Failed);
        QCOMPARE(refused->steps[0].status, StepStatus::Failed);
        QVERIFY2(refused->error.contains(u"free tier"_s)
                     && refused->error.contains(u"database isolation"_s)
                     && refused->error.contains(u"shared, schema"_s),
                 qPrintable(refused->error));
        QCOMPARE(m->show(u"tiny"_s)->status, TenantStatus::Failed);
        QVERIFY(!exists(*m, u"tiny"_s, Isolation::Database));
        // Rolled back, it is pending again and can be provisioned at what its tier offers.
        QCOMPARE(m->rollbackProvisioning(u"tiny"_s)->state, JobState::RolledBack);
        QCOMPARE(m->show(u"tiny"_s)->status, TenantStatus::Pending);
        QCOMPARE(m->provision(u"tiny"_s)->state, JobState::Completed);

        QVERIFY(m->create(
            {u"big"_s, u"Big"_s, u"custom"_s, u"b@big.example"_s, u"eu-west-1"_s, {}, {}}));
        auto cluster = m->provision(u"big"_s, Isolation::Cluster);
        QCOMPARE(cluster->state, JobState::Failed);
        QVERIFY2(cluster->error.contains(u"orchestrator"_s), qPrintable(cluster->error));
    }

    // A step that fails: the job stops there with the reason, the tenant is failed, later
    // steps never ran; retry runs that step again (attempt 2) and completes.
    void aFailedStepIsRetried_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<Isolation>("isolation");
        for (const QString &step : kSteps) {
            for (Isolation i : {Isolation::Shared, Isolation::Schema}) {
                QTest::addRow("%s, %s", qPrintable(step), qPrintable(isolationId(i))) << step << i;
            }
        }
    }
    void aFailedStepIsRetried()
    {
        QFETCH(QString, step);
        QFETCH(Isolation, isolation);
        const int n = int(kSteps.indexOf(step)) + 1;
        auto m = withTenant(u"acme"_s, u"professional"_s);
        QVERIFY(m);
        Failpoints::set(u"provision.%1.before"_s.arg(step), u"fail"_s);
        auto failed = m->provision(u"acme"_s, isolation);
        QVERIFY(failed);
        QCOMPARE(failed->state, JobState::Failed);
        QCOMPARE(failed->steps[n - 1].status, StepStatus::Failed);
        QVERIFY(failed->steps[n - 1].error.contains(u"failpoint"_s));
        QVERIFY2(failed->error.startsWith(stepTitle(ProvisioningStep(n)) + u" failed: "_s),
                 qPrintable(failed->error));
        for (int later = n + 1; later <= 6; ++later)
            QCOMPARE(failed->steps[later - 1].status, StepStatus::Pending);
        QCOMPARE(m->show(u"acme"_s)->status, TenantStatus::Failed);
        QCOMPARE(m->provisioningJob(u"acme"_s)->state, JobState::Failed); // as journaled
        QCOMPARE(m->history(u"acme"_s)->first().action, u"provisioning.fail"_s);

        Failpoints::clear();
        auto retried = m->retryProvisioning(u"acme"_s, std::nullopt);
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
        QCOMPARE(retried->state, JobState::Completed);
        QCOMPARE(retried->steps[n - 1].attempts, 2);
        for (int earlier = 1; earlier < n; ++earlier)
            QCOMPARE(retried->steps[earlier - 1].attempts, 1); // not run again
        QCOMPARE(m->show(u"acme"_s)->status, TenantStatus::Active);
        QVERIFY(exists(*m, u"acme"_s, isolation));
        QCOMPARE(rows(*m, u"acme"_s, isolation), 14);
    }

    // Roll back after a failure at each step: compensations newest first, nothing left of
    // the storage, the tenant pending again; provisioning again then works.
    void aFailedJobRollsBackCleanly_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("where");
        QTest::addColumn<Isolation>("isolation");
        for (Isolation i : {Isolation::Shared, Isolation::Schema, Isolation::Database}) {
            for (const QString &step : kSteps) {
                QTest::addRow("%s before, %s", qPrintable(step), qPrintable(isolationId(i)))
                    << step << u"before"_s << i;
                if (step != kSteps.first())
                    QTest::addRow("%s inside, %s", qPrintable(step), qPrintable(isolationId(i)))
                        << step << u"inside"_s << i;
            }
        }
    }
    void aFailedJobRollsBackCleanly()
    {
        QFETCH(QString, step);
        QFETCH(QString, where);
        QFETCH(Isolation, isolation);
        const QString tier = isolation == Isolation::Database ? u"enterprise"_s : u"professional"_s;
        auto m = withTenant(u"acme"_s, tier);
        QVERIFY(m);
        Failpoints::set(u"provision.%1.%2"_s.arg(step, where), u"fail"_s);
        auto failed = m->provision(u"acme"_s, isolation);
        QVERIFY(failed);
        if (step == u"activation"_s && where == u"inside"_s) {
            // Activation's failure rolls back its own transaction: not active, job failed.
            QCOMPARE(failed->state, JobState::Failed);
        }
        QCOMPARE(failed->state, JobState::Failed);
        QCOMPARE(m->show(u"acme"_s)->status, TenantStatus::Failed);
        Failpoints::clear();

        auto rolled = m->rollbackProvisioning(u"acme"_s);
        QVERIFY2(rolled, qPrintable(rolled ? QString() : rolled.error().message));
        QCOMPARE(rolled->state, JobState::RolledBack);
        const int n = int(kSteps.indexOf(step)) + 1;
        for (int k = 1; k <= 6; ++k)
            QCOMPARE(rolled->steps[k - 1].status,
                     k <= n ? StepStatus::Compensated : StepStatus::Pending);
        QVERIFY(!exists(*m, u"acme"_s, isolation));
        QCOMPARE(rows(*m, u"acme"_s, isolation), 0);
        auto tenant = m->show(u"acme"_s);
        QCOMPARE(tenant->status, TenantStatus::Pending);
        QVERIFY(tenant->isolation.isEmpty());
        QCOMPARE(m->history(u"acme"_s)->first().action, u"provisioning.rollback"_s);
        // The log tells the compensations in reverse order.
        QStringList undone;
        for (const ProvisioningLogLine &line : *m->provisioningLog(u"acme"_s)) {
            if (line.message.startsWith(u"undoing"_s))
                undone.append(stepId(ProvisioningStep(line.step)));
        }
        QStringList expected;
        for (int k = n; k >= 1; --k)
            expected.append(kSteps[k - 1]);
        QCOMPARE(undone, expected);

        auto again = m->provision(u"acme"_s, isolation);
        QCOMPARE(again->state, JobState::Completed);
        QVERIFY(again->id != rolled->id);
    }

    // Retry from an earlier step runs it and everything after it again; a later one is refused.
    void retryFromAChosenStep()
    {
        auto m = withTenant(u"acme"_s, u"professional"_s);
        Failpoints::set(u"provision.verification.before"_s, u"fail"_s);
        QCOMPARE(m->provision(u"acme"_s, Isolation::Schema)->state, JobState::Failed);
        Failpoints::clear();
        auto tooLate = m->retryProvisioning(u"acme"_s, 6);
        QVERIFY(!tooLate);
        QCOMPARE(tooLate.error().field, u"step"_s);
        QVERIFY(tooLate.error().message.contains(u"Verification"_s));
        QCOMPARE(m->retryProvisioning(u"acme"_s, 0).error().field, u"step"_s);
        auto job = m->retryProvisioning(u"acme"_s, 3);
        QCOMPARE(job->state, JobState::Completed);
        QCOMPARE(job->steps[1].attempts, 1);
        QCOMPARE(job->steps[2].attempts, 2);
        QCOMPARE(job->steps[3].attempts, 2);
        QCOMPARE(job->steps[4].attempts, 2);
        QCOMPARE(rows(*m, u"acme"_s, Isolation::Schema), 14); // rewritten, not doubled
    }

    // Verification reads the storage for real: a missing owner account, or (isolated storage)
    // a row of another tenant, fails it with the checks named and the counts found; once the
    // storage is repaired, a retry of verification completes the job.
    void verificationNamesTheChecksThatFail_data()
    {
        provisionsAtEachIsolation_data();
    }
    void verificationNamesTheChecksThatFail()
    {
        QFETCH(QString, tier);
        QFETCH(Isolation, isolation);
        auto m = withTenant(u"acme"_s, tier);
        Failpoints::set(u"provision.verification.before"_s, u"fail"_s);
        QCOMPARE(m->provision(u"acme"_s, isolation)->state, JobState::Failed);
        Failpoints::clear();
        const bool isolated = isolation != Isolation::Shared;
        auto storage = TenantStorage::open(m->database(), u"acme"_s, isolation);
        QVERIFY(storage);
        auto tamper = [&](const QString &sql, const QVariantList &values) {
            auto r = (*storage)->transaction([&](Database &db, const QString &prefix) {
                auto q = db.exec(QString(sql).replace(u"%PREFIX%"_s, prefix), values);
                return q ? Result<void>() : Result<void>(q.error());
            });
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        };
        tamper(u"DELETE FROM %PREFIX%accounts WHERE tenant_id = ? AND role = 'owner'"_s,
               {u"acme"_s});
        if (isolated)
            tamper(u"INSERT INTO %PREFIX%info (tenant_id, ddl_version, isolation, created_at) "
                   "VALUES ('intruder', 1, 'schema', '2026-06-01T09:00:00Z')"_s,
                   {});
        auto failed = m->retryProvisioning(u"acme"_s, 5);
        QVERIFY(failed);
        QCOMPARE(failed->state, JobState::Failed);
        QVERIFY2(failed->error.contains(u"the owner's account exists (expected 1, found 0)"_s),
                 qPrintable(failed->error));
        QCOMPARE(failed->error.contains(u"no row of another tenant (expected 0, found 1)"_s),
                 isolated);
        QVERIFY2(!failed->error.contains(u"security policy"_s), qPrintable(failed->error));

        tamper(u"INSERT INTO %PREFIX%accounts (tenant_id, id, email, role, created_at) VALUES "
               "(?, 'owner', 'owner@acme.example', 'owner', '2026-06-01T09:00:00Z')"_s,
               {u"acme"_s});
        if (isolated)
            tamper(u"DELETE FROM %PREFIX%info WHERE tenant_id = 'intruder'"_s, {});
        auto done = m->retryProvisioning(u"acme"_s, 5);
        QVERIFY(done);
        QCOMPARE(done->state, JobState::Completed);
        QCOMPARE(m->show(u"acme"_s)->status, TenantStatus::Active);
    }

    // On PostgreSQL allocation, configuration and integration run in one journal entry (one
    // transaction). When one of them fails there, they run again one at a time: the journal
    // names the step that failed, and the steps before it stay done.
    void aStepFailingInsideTheBatchIsNamed()
    {
        if (!postgres())
            QSKIP("SQLite commits each step on its own: nothing is batched there");
        auto m = withTenant(u"acme"_s, u"professional"_s);
        // A table in the tenant's schema that is not the tenant DDL's: integration's INSERT
        // fails (CREATE TABLE IF NOT EXISTS leaves it as it is).
        for (const QString &sql : {u"CREATE SCHEMA t_acme"_s,
                                   u"CREATE TABLE t_acme.integrations (tenant_id TEXT NOT NULL)"_s})
            QVERIFY(m->database().exec(sql));
        QList<ProvisioningProgress> seen;
        auto job = m->provision(u"acme"_s, Isolation::Schema,
                                [&](const ProvisioningProgress &p) { seen.append(p); });
        QVERIFY2(job, qPrintable(job ? QString() : job.error().message));
        QCOMPARE(job->state, JobState::Failed);
        const QStringList failedAtIntegration {u"succeeded"_s, u"succeeded"_s, u"succeeded"_s,
                                               u"failed"_s,    u"pending"_s,   u"pending"_s};
        QCOMPARE(statuses(*job), failedAtIntegration);
        QVERIFY2(job->steps[3].error.contains(u"integrations"_s), qPrintable(job->steps[3].error));
        QVERIFY2(job->error.startsWith(u"Integration failed: "_s), qPrintable(job->error));
        auto stored = m->provisioningJob(u"acme"_s);
        QCOMPARE(statuses(*stored), failedAtIntegration);
        for (int n : {1, 2, 3, 4})
            QCOMPARE(stored->steps[n - 1].attempts, 1);
        QCOMPARE(seen.last().step, 4);
        auto settings = m->database().readRow(
            u"SELECT count(*) FROM t_acme.settings WHERE tenant_id = 'acme'"_s);
        QVERIFY(settings);
        QCOMPARE(settings->value(0).toInt(), 9); // configuration's work is kept
        // The log says integration failed, not what its rolled-back work and end had said.
        for (const ProvisioningLogLine &line : *m->provisioningLog(u"acme"_s)) {
            QVERIFY2(line.message != u"Integration done"_s, qPrintable(line.message));
            QVERIFY2(!line.message.startsWith(u"registered"_s), qPrintable(line.message));
        }

        // The stray table goes; allocation again makes the DDL's, and the job completes.
        QVERIFY(m->database().exec(u"DROP TABLE t_acme.integrations"_s));
        auto done = m->retryProvisioning(u"acme"_s, 2);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->state, JobState::Completed);
        QCOMPARE(rows(*m, u"acme"_s, Isolation::Schema), 1 + 1 + 9 + 3);
        QCOMPARE(m->show(u"acme"_s)->status, TenantStatus::Active);
    }

    // A job's steps and log lines need their job and go with it: on SQLite by foreign keys; on
    // PostgreSQL, where those keys cost a tenth of provisioning (schema v9), by the journal,
    // which refuses lines for a job that does not exist, and by a trigger when jobs are deleted
    // (directly, or with their tenant).
    void aJobsStepsAndLogNeedItAndGoWithIt()
    {
        auto m = withTenant(u"acme"_s, u"professional"_s);
        QVERIFY(m->create({u"beta"_s,
                           u"Tenant beta"_s,
                           u"professional"_s,
                           u"owner@beta.example"_s,
                           u"eu-west-1"_s,
                           {},
                           {}}));
        auto acme = m->provision(u"acme"_s, Isolation::Shared, nullptr);
        QVERIFY2(acme, qPrintable(acme ? QString() : acme.error().message));
        auto beta = m->provision(u"beta"_s, Isolation::Schema, nullptr);
        QVERIFY2(beta, qPrintable(beta ? QString() : beta.error().message));
        QCOMPARE(beta->state, JobState::Completed);
        auto count = [&](const QString &table, qint64 job) {
            auto row = m->database().readRow(
                u"SELECT count(*) FROM "_s + table + u" WHERE job_id = ?"_s, {job});
            return row ? row->value(0).toInt() : -1;
        };
        QCOMPARE(count(u"provisioning_steps"_s, acme->id), 6);
        const int lines = count(u"provisioning_log"_s, acme->id);
        QVERIFY2(lines > 6, qPrintable(QString::number(lines)));

        // A line for a job that does not exist is refused, and the transaction it was in
        // writes nothing (here: a line for a job that does).
        const qint64 missing = beta->id + 1000;
        auto written = m->database().write([&]() -> Result<void> {
            ProvisioningRepository jobs(m->database());
            if (auto r = jobs.appendLog(acme->id, 0, m_clock.now(), u"info"_s, u"kept?"_s); !r)
                return r;
            return jobs.appendLog(missing, 0, m_clock.now(), u"info"_s, u"orphan"_s);
        });
        QVERIFY(!written);
        const QString expected = postgres() ? u"provisioning job %1 does not exist"_s.arg(missing)
                                            : u"FOREIGN KEY constraint failed"_s;
        QVERIFY2(written.error().message.contains(expected), qPrintable(written.error().message));
        QCOMPARE(count(u"provisioning_log"_s, missing), 0);
        QCOMPARE(count(u"provisioning_log"_s, acme->id), lines);

        // Deleting a job deletes its steps and lines; deleting a tenant, its jobs and theirs.
        QVERIFY(m->database().exec(u"DELETE FROM provisioning_jobs WHERE id = ?"_s, {acme->id}));
        QCOMPARE(count(u"provisioning_steps"_s, acme->id), 0);
        QCOMPARE(count(u"provisioning_log"_s, acme->id), 0);
        QVERIFY(count(u"provisioning_log"_s, beta->id) > 6);
        QVERIFY(m->database().exec(u"DELETE FROM tenants WHERE id = 'beta'"_s));
        QCOMPARE(count(u"provisioning_steps"_s, beta->id), 0);
        QCOMPARE(count(u"provisioning_log"_s, beta->id), 0);
    }

    // Another console asks for a cancel while verification runs: the job stops before
    // activation (which no cancel undoes), on both backends.
    void aCancelDuringVerificationStopsBeforeActivation()
    {
        DatabaseUrl url;
        auto m = withTenant(u"acme"_s, u"professional"_s, &url);
        auto other = open(url);
        QVERIFY(other);
        auto job = m->provision(u"acme"_s, Isolation::Schema, [&](const ProvisioningProgress &p) {
            if (p.step == 5 && p.fraction < 0.7) // verification's start
                QVERIFY(other->cancelProvisioning(u"acme"_s));
        });
        QVERIFY2(job, qPrintable(job ? QString() : job.error().message));
        QCOMPARE(job->state, JobState::Cancelled);
        QCOMPARE(job->error, u"cancelled before Activation"_s);
        auto stored = m->provisioningJob(u"acme"_s);
        QCOMPARE(stored->steps[4].status, StepStatus::Succeeded);
        QCOMPARE(stored->steps[5].status, StepStatus::Pending);
        QCOMPARE(m->show(u"acme"_s)->status, TenantStatus::Failed);
        auto done = m->resumeProvisioning(u"acme"_s);
        QCOMPARE(done->state, JobState::Completed);
    }

    // Cancel: from this process (the flag) or another (the job's row); the job stops at the
    // next check, the tenant is failed; resume completes it.
    void cancelStopsAndResumeCompletes()
    {
        DatabaseUrl url;
        auto m = withTenant(u"acme"_s, u"professional"_s, &url);
        std::atomic_bool cancel = false;
        auto job = m->provision(
            u"acme"_s, Isolation::Schema,
            [&](const ProvisioningProgress &p) {
                if (p.step == 3)
                    cancel = true;
            },
            &cancel);
        QCOMPARE(job->state, JobState::Cancelled);
        QCOMPARE(job->steps[2].status, StepStatus::Failed);
        QCOMPARE(job->steps[2].error, u"cancelled"_s);
        QCOMPARE(m->show(u"acme"_s)->status, TenantStatus::Failed);
        QCOMPARE(m->history(u"acme"_s)->first().action, u"provisioning.cancel"_s);
        auto nothing = m->cancelProvisioning(u"acme"_s);
        QCOMPARE(nothing.error().code, ErrorCode::NotAllowed); // not running

        // Another console asks while step 4 runs (which has no check inside); the runner sees
        // it before step 5.
        auto other = open(url);
        QVERIFY(other);
        auto resumed = m->resumeProvisioning(u"acme"_s, [&](const ProvisioningProgress &p) {
            if (p.step == 4 && p.fraction < 0.6)
                QVERIFY(other->cancelProvisioning(u"acme"_s));
        });
        QCOMPARE(resumed->state, JobState::Cancelled);
        QCOMPARE(resumed->error, u"cancelled before Verification"_s);
        QCOMPARE(resumed->steps[3].status, StepStatus::Succeeded);
        // Step 4's end was written; step 5's start (written with it only while no cancel is
        // asked for) was not, in the database either.
        auto stored = m->provisioningJob(u"acme"_s);
        QCOMPARE(stored->steps[3].status, StepStatus::Succeeded);
        QCOMPARE(stored->steps[4].status, StepStatus::Pending);
        QCOMPARE(stored->steps[4].attempts, 0);
        for (const ProvisioningLogLine &line : *m->provisioningLog(u"acme"_s))
            QVERIFY2(!line.message.startsWith(u"Verification started"_s), qPrintable(line.message));
        auto done = m->resumeProvisioning(u"acme"_s);
        QCOMPARE(done->state, JobState::Completed);
        QCOMPARE(m->show(u"acme"_s)->status, TenantStatus::Active);
    }

    // Another console changes the tenant while its job runs (a legal hold at step 4): the
    // activation then moves the tenant as it is now, keeping that change.
    void aChangeWhileTheJobRunsIsKept()
    {
        DatabaseUrl url;
        auto m = withTenant(u"acme"_s, u"professional"_s, &url);
        auto other = open(url);
        QVERIFY(other);
        bool held = false;
        auto job = m->provision(u"acme"_s, Isolation::Schema, [&](const ProvisioningProgress &p) {
            if (p.step == 4 && !held)
                held = bool(other->setLegalHold(u"acme"_s, true, u"litigation 2026-31"_s));
        });
        QVERIFY(held);
        QVERIFY2(job, job ? "" : qPrintable(job.error().message));
        QCOMPARE(job->state, JobState::Completed);
        auto shown = m->show(u"acme"_s);
        QCOMPARE(shown->status, TenantStatus::Active);
        QVERIFY(shown->legalHold);
        QCOMPARE(shown->legalHoldReason, u"litigation 2026-31"_s);
        QCOMPARE(shown->version, activeVersion + 1);
        const AuditEntry activated = m->history(u"acme"_s)->first();
        QCOMPARE(activated.action, u"tenant.activate"_s);
        QCOMPARE(activated.before->value(u"legal_hold"_s).toBool(), true);
    }

    // Force: admin only, with a reason, audited; validation skipped, nothing else.
    void forceSkipsValidationOnly()
    {
        DatabaseUrl url;
        auto admin = withTenant(u"tiny"_s, u"free"_s, &url);
        // Validation fails (the free tier offers no database isolation) ...
        QCOMPARE(admin->provision(u"tiny"_s, Isolation::Schema)->state, JobState::Completed);
        QVERIFY(admin->create(
            {u"odd"_s, u"Odd"_s, u"free"_s, u"o@odd.example"_s, u"eu-west-1"_s, {}, {}}));
        Failpoints::set(u"provision.validation.before"_s, u"fail"_s);
        QCOMPARE(admin->provision(u"odd"_s, Isolation::Shared)->state, JobState::Failed);
        Failpoints::clear();

        if (!postgres()) {
            QVERIFY(admin->addOperator(u"sue"_s, OperatorRole::Support));
            auto support = open(url, u"sue"_s);
            auto denied = support->forceProvisioning(u"odd"_s, u"customer waiting"_s);
            QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        }
        auto noReason = admin->forceProvisioning(u"odd"_s, u"  "_s);
        QCOMPARE(noReason.error().field, u"reason"_s);

        auto forced = admin->forceProvisioning(u"odd"_s, u"customer waiting"_s);
        QVERIFY2(forced, qPrintable(forced ? QString() : forced.error().message));
        QCOMPARE(forced->state, JobState::Completed);
        QCOMPARE(forced->steps[0].status, StepStatus::Skipped);
        QVERIFY(forced->forced);
        QCOMPARE(forced->reason, u"customer waiting"_s);
        bool audited = false;
        for (const AuditEntry &e : *admin->history(u"odd"_s))
            audited = audited
                || (e.action == u"provisioning.force"_s && e.reason == u"customer waiting"_s);
        QVERIFY(audited);

        // A new forced job for a pending tenant skips validation too.
        QVERIFY(admin->create(
            {u"new"_s, u"New"_s, u"free"_s, u"n@new.example"_s, u"eu-west-1"_s, {}, {}}));
        auto fresh = admin->forceProvisioning(u"new"_s, u"migration from the old system"_s,
                                              Isolation::Shared);
        QCOMPARE(fresh->steps[0].status, StepStatus::Skipped);
        QCOMPARE(fresh->state, JobState::Completed);
    }

    // A job whose process died (here: a runner that does not exist) is interrupted when the
    // next manager opens; the running step says so; resume and rollback both work.
    void aDeadRunnersJobIsInterrupted()
    {
        DatabaseUrl url;
        auto m = withTenant(u"acme"_s, u"professional"_s, &url);
        Failpoints::set(u"provision.integration.before"_s, u"fail"_s);
        auto job = m->provision(u"acme"_s, Isolation::Schema);
        Failpoints::clear();
        // Make it look as the journal looks after a crash inside step 4.
        QVERIFY(m->database().exec(u"UPDATE provisioning_jobs SET state = 'running', runner = "
                                   "'"_s
                                       + Provisioner::runnerId().section(u':', 0, 0)
                                       + u":999999999:1', error = '' WHERE id = ?"_s,
                                   {job->id}));
        QVERIFY(m->database().exec(u"UPDATE provisioning_steps SET status = 'running' WHERE "
                                   "job_id = ? AND step = 4"_s,
                                   {job->id}));
        auto reopened = open(url);
        auto interrupted = reopened->provisioningJob(u"acme"_s);
        QCOMPARE(interrupted->state, JobState::Interrupted);
        QCOMPARE(interrupted->steps[3].status, StepStatus::Interrupted);
        QVERIFY2(interrupted->error.contains(u"interrupted during Integration"_s)
                     && interrupted->error.contains(u"999999999"_s),
                 qPrintable(interrupted->error));
        QCOMPARE(reopened->history(u"acme"_s)->first().action, u"provisioning.interrupted"_s);
        auto resumed = reopened->resumeProvisioning(u"acme"_s);
        QCOMPARE(resumed->state, JobState::Completed);
        QCOMPARE(resumed->steps[3].attempts, 2);

        // A runner that is alive (this process) is left alone.
        QVERIFY(reopened->create(
            {u"beta"_s, u"Beta"_s, u"free"_s, u"b@beta.example"_s, u"eu-west-1"_s, {}, {}}));
        auto started = reopened->startProvisioning(u"beta"_s, Isolation::Shared);
        QVERIFY(started);
        QCOMPARE(*open(url)->recoverInterruptedJobs(), 0);
        QCOMPARE(reopened->provisioningJob(u"beta"_s)->state, JobState::Running);
        auto busy = open(url)->resumeProvisioning(u"beta"_s);
        QCOMPARE(busy.error().code, ErrorCode::Conflict);
        QCOMPARE(reopened->runProvisioning(started->id)->state, JobState::Completed);
    }

    // Deprovisioning: the grace period, cancel back to where it was, the legal hold, the purge
    // (backup with its checksum, destruction, the certificate), and maintenance.
    void deprovisionsPurgesAndCertifies()
    {
        DatabaseUrl url;
        const Isolation isolation = postgres() ? Isolation::Database : Isolation::Schema;
        auto admin = withTenant(u"acme"_s, u"enterprise"_s, &url);
        QCOMPARE(admin->provision(u"acme"_s, isolation)->state, JobState::Completed);
        const QString storage = admin->provisioningJob(u"acme"_s)->storage;
        QVERIFY(admin->importSecurityEvents(
            "time,tenant,user,kind,source_ip\n2026-05-31T10:00:00Z,acme,bob,login_failed,"
            "203.0.113.9\n",
            u"events.csv"_s, false));

        // Suspended, then deprovisioned: a cancel returns it to suspended.
        QVERIFY(admin->suspend(u"acme"_s, 3, u"unpaid"_s));
        auto started = admin->deprovision(u"acme"_s, u"contract ended"_s);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        QCOMPARE(started->status, TenantStatus::Deprovisioning);
        QCOMPARE(started->purgeAfter, m_clock.now().addDays(30));
        QCOMPARE(admin->deprovision(u"acme"_s, u"again"_s).error().code, ErrorCode::NotAllowed);
        auto cancelled = admin->cancelDeprovisioning(u"acme"_s, u"they paid"_s);
        QCOMPARE(cancelled->status, TenantStatus::Suspended);
        QVERIFY(!cancelled->purgeAfter.isValid());
        QVERIFY(admin->reactivate(u"acme"_s, cancelled->version, u"paid"_s));
        QCOMPARE(admin->deprovision(u"acme"_s, u"contract ended"_s)->status,
                 TenantStatus::Deprovisioning);
        QVERIFY(exists(*admin, u"acme"_s, isolation)); // nothing destroyed before the purge

        // A legal hold blocks the purge, saying why.
        QCOMPARE(admin->setLegalHold(u"acme"_s, true, u" "_s).error().field, u"reason"_s);
        QVERIFY(admin->setLegalHold(u"acme"_s, true, u"litigation 2026-17"_s));
        auto held = admin->purge(u"acme"_s, u"customer asked"_s);
        QCOMPARE(held.error().code, ErrorCode::NotAllowed);
        QVERIFY2(held.error().message.contains(u"litigation 2026-17"_s),
                 qPrintable(held.error().message));
        QVERIFY(exists(*admin, u"acme"_s, isolation));
        QVERIFY(admin->setLegalHold(u"acme"_s, false, u"case closed"_s));
        if (!postgres()) {
            QVERIFY(admin->addOperator(u"sue"_s, OperatorRole::Support));
            QVERIFY(admin->addOperator(u"cora"_s, OperatorRole::Compliance));
            auto support = open(url, u"sue"_s);
            auto early = support->purge(u"acme"_s, u"customer asked"_s);
            QCOMPARE(early.error().code, ErrorCode::PermissionDenied);
            QVERIFY2(early.error().message.contains(u"grace period"_s),
                     qPrintable(early.error().message));
            QCOMPARE(support->setLegalHold(u"acme"_s, true, u"x"_s).error().code,
                     ErrorCode::PermissionDenied);
            auto compliance = open(url, u"cora"_s);
            QVERIFY(compliance->setLegalHold(u"acme"_s, true, u"audit"_s));
            QVERIFY(compliance->setLegalHold(u"acme"_s, false, u"audit done"_s));
        }

        // The admin purges before the grace period ends.
        auto purged = admin->purge(u"acme"_s, u"customer asked for erasure"_s);
        QVERIFY2(purged, qPrintable(purged ? QString() : purged.error().message));
        QCOMPARE(purged->tenant.status, TenantStatus::Deleted);
        QVERIFY(!exists(*admin, u"acme"_s, isolation));
        if (!postgres())
            QVERIFY(!QFileInfo::exists(storage));
        const QJsonObject c = purged->certificate;
        QCOMPARE(c[u"certificate"_s].toString(), u"tenant-deletion"_s);
        QCOMPARE(c[u"tenant"_s][u"id"_s].toString(), u"acme"_s);
        QCOMPARE(c[u"deleted_by"_s].toString(), admin->currentOperator().name);
        QCOMPARE(c[u"deleted_at"_s].toString(), toIsoUtc(m_clock.now()));
        QCOMPARE(c[u"reason"_s].toString(), u"customer asked for erasure"_s);
        QCOMPARE(c[u"before_grace_period_end"_s].toBool(), true);
        QCOMPARE(c[u"backup"_s][u"retain_until"_s].toString(), toIsoUtc(m_clock.now().addDays(90)));
        const QJsonArray destroyed = c[u"destroyed"_s].toArray();
        QCOMPARE(destroyed.size(), 2);
        QCOMPARE(destroyed[0][u"kind"_s].toString(), u"storage"_s);
        QCOMPARE(destroyed[0][u"rows"_s].toInt(), 14);
        QCOMPARE(destroyed[1][u"kind"_s].toString(), u"security_events"_s);
        QCOMPARE(destroyed[1][u"rows"_s].toInt(), 1);
        // The backup's checksum is the file's; the file holds the data and configuration.
        QCOMPARE(*TenantBackup::sha256Of(purged->backupPath),
                 c[u"backup"_s][u"sha256"_s].toString());
        auto backup = TenantBackup::read(purged->backupPath);
        QVERIFY(backup);
        QCOMPARE((*backup)[u"tables"_s][u"accounts"_s].toArray().size(), 1);
        QCOMPARE((*backup)[u"tables"_s][u"accounts"_s][0][u"email"_s].toString(),
                 u"owner@acme.example"_s);
        QCOMPARE((*backup)[u"configuration"_s][u"tenant_id"_s].toString(), u"acme"_s);
        QCOMPARE((*backup)[u"security_events"_s].toArray().size(), 1);
        QVERIFY(QFileInfo::exists(purged->certificatePath));
        QVERIFY(admin->securityEvents(u"acme"_s, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC))
                    ->isEmpty());
        QCOMPARE(admin->history(u"acme"_s)->first().action, u"tenant.purge"_s);
        auto again = admin->purge(u"acme"_s, u"twice"_s);
        QVERIFY(again.error().message.contains(u"purged already"_s));

        // Maintenance: the grace period over, a tenant is purged (not one under a hold); past
        // the retention, backups go.
        for (const QString &id : {u"beta"_s, u"gamma"_s}) {
            QVERIFY(
                admin->create({id, id, u"free"_s, id + u"@x.example"_s, u"eu-west-1"_s, {}, {}}));
            QCOMPARE(admin->provision(id, Isolation::Shared)->state, JobState::Completed);
            QVERIFY(admin->deprovision(id, u"closed"_s));
        }
        QVERIFY(admin->setLegalHold(u"gamma"_s, true, u"regulator asked"_s));
        m_clock.advance(29 * 86400);
        QVERIFY(admin->runMaintenance()->purged.isEmpty()); // not yet
        m_clock.advance(2 * 86400);
        auto report = admin->runMaintenance();
        QCOMPARE(report->purged, QStringList {u"beta"_s});
        QCOMPARE(report->held, QStringList {u"gamma"_s});
        QCOMPARE(admin->show(u"beta"_s)->status, TenantStatus::Deleted);
        QCOMPARE(admin->show(u"gamma"_s)->status, TenantStatus::Deprovisioning);
        QCOMPARE(rows(*admin, u"beta"_s, Isolation::Shared), 0);
        QCOMPARE(rows(*admin, u"gamma"_s, Isolation::Shared), 14);
        m_clock.advance(60 * 86400); // acme's backup is 91 days old; beta's 60
        report = admin->runMaintenance();
        QCOMPARE(report->backupsRemoved, QStringList {purged->backupPath});
        QVERIFY(!QFileInfo::exists(purged->backupPath));
    }

    // Roles, in core: sales and auditors read jobs but provision nothing.
    void rolesAreEnforced()
    {
        if (postgres())
            QSKIP("the same rules; tst_cli checks them with PostgreSQL logins");
        DatabaseUrl url;
        auto admin = withTenant(u"acme"_s, u"free"_s, &url);
        QVERIFY(admin->addOperator(u"sam"_s, OperatorRole::Sales));
        auto sales = open(url, u"sam"_s);
        QCOMPARE(sales->provision(u"acme"_s).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(admin->provision(u"acme"_s)->state, JobState::Completed);
        QCOMPARE(sales->provisioningJob(u"acme"_s)->state, JobState::Completed);
        QVERIFY(sales->provisioningLog(u"acme"_s));
        QCOMPARE(sales->rollbackProvisioning(u"acme"_s).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(admin->provisioningJob(u"ghost"_s).error().code, ErrorCode::NotFound);
    }

    // Row-level security: a login that is no superuser, in one tenant's context, sees and
    // writes that tenant's shared rows only, and none without a context.
    void sharedRowsAreIsolatedByRowLevelSecurity()
    {
        if (!postgres())
            QSKIP("row-level security is PostgreSQL's");
        DatabaseUrl url;
        auto m = withTenant(u"acme"_s, u"free"_s, &url);
        QVERIFY(m->create(
            {u"beta"_s, u"Beta"_s, u"free"_s, u"b@beta.example"_s, u"eu-west-1"_s, {}, {}}));
        QCOMPARE(m->provision(u"acme"_s, Isolation::Shared)->state, JobState::Completed);
        QCOMPARE(m->provision(u"beta"_s, Isolation::Shared)->state, JobState::Completed);
        PostgresDatabase &db = m_databases.lastPostgres();
        const QString app = u"rls_app_%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(db.execAsSuperuser(u"DROP ROLE IF EXISTS "_s + app));
        QVERIFY(db.execAsSuperuser(u"CREATE ROLE "_s + app + u" LOGIN NOSUPERUSER"_s));
        QVERIFY(db.execAsSuperuser(u"GRANT SELECT, INSERT ON tenant_accounts, tenant_settings TO "_s
                                   + app));
        auto count = [&](const QString &context, const QString &table) {
            QString out, err;
            const QString set = context.isEmpty()
                ? QString()
                : u"SELECT set_config('tenancy.tenant_id', '"_s + context + u"', false); "_s;
            psql(
                *m_databases.server(), db.name(), app,
                set + u"SELECT 'n=' || count(*) || ';' || coalesce(string_agg(DISTINCT tenant_id, ','), '') FROM "_s
                    + table,
                &out, &err);
            return out.section(u"n="_s, 1).section(u'\n', 0, 0).trimmed();
        };
        QCOMPARE(count(u"acme"_s, u"tenant_accounts"_s), u"1;acme"_s);
        QCOMPARE(count(u"beta"_s, u"tenant_settings"_s), u"9;beta"_s);
        QCOMPARE(count({}, u"tenant_accounts"_s), u"0;"_s);
        QString out, err;
        QVERIFY(psql(*m_databases.server(), db.name(), app,
                     u"SELECT set_config('tenancy.tenant_id', 'acme', false); INSERT INTO "
                     "tenant_accounts VALUES ('beta', 'x', 'x@evil.example', 'member', 'now')"_s,
                     &out, &err)
                != 0);
        QVERIFY2(err.contains(u"row-level security"_s), qPrintable(err));
        QVERIFY(db.execAsSuperuser(u"DROP OWNED BY "_s + app + u"; DROP ROLE "_s + app));
    }
};

QTEST_GUILESS_MAIN(tst_Provisioning)
#include "tst_provisioning.moc"
