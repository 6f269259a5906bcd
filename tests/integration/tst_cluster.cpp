// Cluster isolation: the orchestrator client against a real HTTP server on loopback that is
// slow, failing or flapping (LoopbackOrchestrator stands in for the external orchestrator,
// which cannot run here), and provisioning, verification with the health URL, roll back and
// purge of a cluster tenant through TenantManager on a real SQLite file. The shared settings
// that point at the orchestrator are checked here too.
#include "LoopbackOrchestrator.h"
#include "TenantManager.h"
#include "TestSupport.h"
#include "provisioning/ClusterOrchestrator.h"
#include "settings/SharedSettings.h"
#include "store/AuditLog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_Cluster : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC)};
    QTemporaryDir m_backups;
    std::unique_ptr<LoopbackOrchestrator> m_server;
    std::list<SqliteFile> m_files;

    OrchestratorOptions fast() const
    {
        OrchestratorOptions o;
        o.endpoint = m_server->url();
        o.requestTimeoutMs = 1000;
        o.operationTimeoutMs = 5000;
        o.initialBackoffMs = 20;
        o.maxBackoffMs = 200;
        return o;
    }

    // A database with a pending custom-tier tenant "big" and the orchestrator configured.
    std::unique_ptr<TenantManager> withClusterTenant()
    {
        m_files.emplace_back();
        auto m = openManager(m_files.back().url(), u"alice"_s, m_clock);
        if (!m)
            return m;
        const QList<std::pair<QString, QString>> settings {
            {u"orchestrator.url"_s, m_server->url().toString()},
            {u"orchestrator.request_timeout_seconds"_s, u"1"_s},
            {u"orchestrator.timeout_seconds"_s, u"10"_s},
            {u"orchestrator.backoff_initial_ms"_s, u"20"_s},
            {u"orchestrator.backoff_max_seconds"_s, u"1"_s},
        };
        for (const auto &[key, value] : settings) {
            if (auto r = m->setSharedSetting(key, value, u"tests"_s); !r)
                qWarning("setting %s: %s", qPrintable(key), qPrintable(r.error().message));
        }
        if (!m->create({u"big"_s,
                        u"Big Corp"_s,
                        u"custom"_s,
                        u"ops@big.example"_s,
                        u"eu-west-1"_s,
                        {},
                        {}}))
            qWarning("create failed");
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TENANCY_BACKUP_DIR", m_backups.path().toUtf8());
        m_server = std::make_unique<LoopbackOrchestrator>();
        QVERIFY(m_server->url().isValid());
    }

    void init() { m_server->setBehaviour({}); }

    // The protocol: PUT the request, poll until ready, read the status, DELETE and poll until
    // gone (404).
    void createsPollsAndDestroys()
    {
        LoopbackOrchestrator::Behaviour b;
        b.readyAfterPolls = 3;
        b.goneAfterPolls = 2;
        m_server->setBehaviour(b);
        ClusterOrchestrator client(fast());
        auto ready = client.create(u"c1"_s, {{u"tenant"_s, u"c1"_s}});
        QVERIFY2(ready, qPrintable(ready ? QString() : ready.error().message));
        QCOMPARE(ready->status, u"ready"_s);
        QCOMPARE(ready->healthUrl.path(), u"/health/c1"_s);
        QCOMPARE(m_server->cluster(u"c1"_s)["request"_L1].toObject()["tenant"_L1].toString(),
                 u"c1"_s);
        const QStringList asked = m_server->requests().filter(u"/clusters/c1"_s);
        QCOMPARE(asked.first(), u"PUT /clusters/c1"_s);
        QCOMPARE(asked.count(u"GET /clusters/c1"_s), 4); // creating x3, then ready

        auto status = client.status(u"c1"_s);
        QVERIFY(status && *status);
        QCOMPARE((*status)->status, u"ready"_s);
        QVERIFY(client.destroy(u"c1"_s));
        QVERIFY(!m_server->hasCluster(u"c1"_s));
        auto none = client.status(u"c1"_s);
        QVERIFY(none && !*none);
        QVERIFY(client.destroy(u"c1"_s)); // gone already: fine
    }

    // A server slower than the request timeout: each request is given up and tried again with
    // growing waits until the operation's time is up; the error says no answer came.
    void slowServerTimesOut()
    {
        LoopbackOrchestrator::Behaviour b;
        b.delayMs = 1500;
        m_server->setBehaviour(b);
        OrchestratorOptions o = fast();
        o.operationTimeoutMs = 2500;
        ClusterOrchestrator client(o);
        QElapsedTimer timer;
        timer.start();
        auto r = client.create(u"slow"_s, {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unavailable);
        QVERIFY2(r.error().message.contains(u"did not answer"_s)
                     && r.error().message.contains(u"no answer within"_s),
                 qPrintable(r.error().message));
        QVERIFY2(timer.elapsed() >= 2000 && timer.elapsed() < 6000,
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY(m_server->requests().count(u"PUT /clusters/slow"_s) >= 2);
    }

    // Slow to become ready (many polls) but within the time: fine, and the waits between polls
    // grow (exponential backoff, capped).
    void slowClusterIsWaitedFor()
    {
        LoopbackOrchestrator::Behaviour b;
        b.readyAfterPolls = 6;
        m_server->setBehaviour(b);
        OrchestratorOptions o = fast();
        o.initialBackoffMs = 20;
        o.maxBackoffMs = 160;
        ClusterOrchestrator client(o);
        QElapsedTimer timer;
        timer.start();
        auto r = client.create(u"patient"_s, {});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        // Waits of 20, 40, 80, 160, 160, 160 ms: at least 620 ms, well under the timeout.
        QVERIFY2(timer.elapsed() >= 600, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(timer.elapsed() < 4000);
    }

    // Refusals end at once and carry the orchestrator's words; a cluster that fails says why;
    // a server that keeps failing (503) is retried until the time is up.
    void failingServerIsReported()
    {
        LoopbackOrchestrator::Behaviour b;
        b.createStatus = 422;
        b.createError = u"region eu-west-9 has no capacity"_s;
        m_server->setBehaviour(b);
        ClusterOrchestrator client(fast());
        auto refused = client.create(u"nope"_s, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
        QVERIFY2(refused.error().message.contains(u"HTTP 422"_s)
                     && refused.error().message.contains(u"region eu-west-9 has no capacity"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(m_server->requests().count(u"PUT /clusters/nope"_s), 1); // not retried

        b = {};
        b.clusterFails = true;
        b.failMessage = u"disk quota exceeded on node 3"_s;
        m_server->setBehaviour(b);
        auto failed = client.create(u"broken"_s, {});
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(u"failed: disk quota exceeded on node 3"_s),
                 qPrintable(failed.error().message));

        b = {};
        b.failFirst = 1000;
        m_server->setBehaviour(b);
        OrchestratorOptions o = fast();
        o.operationTimeoutMs = 600;
        ClusterOrchestrator impatient(o);
        auto down = impatient.create(u"down"_s, {});
        QVERIFY(!down);
        QCOMPARE(down.error().code, ErrorCode::Unavailable);
        QVERIFY2(down.error().message.contains(u"HTTP 503"_s)
                     && down.error().message.contains(u"warming up"_s),
                 qPrintable(down.error().message));
        QVERIFY(m_server->requests().count(u"PUT /clusters/down"_s) >= 3);
    }

    // A server that fails every other request: the client rides through it.
    void flappingServerIsRiddenThrough()
    {
        LoopbackOrchestrator::Behaviour b;
        b.failEvery = 2;
        b.readyAfterPolls = 3;
        m_server->setBehaviour(b);
        ClusterOrchestrator client(fast());
        auto r = client.create(u"flap"_s, {});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QVERIFY(client.put(u"flap"_s, u"settings"_s, {{u"a"_s, 1}}));
        QVERIFY(client.destroy(u"flap"_s));
        QVERIFY(!m_server->hasCluster(u"flap"_s));
    }

    // Cancel stops a long wait within a fraction of a second.
    void cancelStopsTheWait()
    {
        LoopbackOrchestrator::Behaviour b;
        b.readyAfterPolls = 100000;
        m_server->setBehaviour(b);
        QElapsedTimer timer;
        timer.start();
        ClusterOrchestrator client(fast(), [&] { return timer.elapsed() > 300; });
        auto r = client.create(u"stop"_s, {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    }

    // Provisioning at cluster isolation: the orchestrator gets the request, the settings and
    // the integrations; verification reads the cluster and GETs its health URL.
    void provisionsACluster()
    {
        auto m = withClusterTenant();
        QVERIFY(m);
        auto job = m->provision(u"big"_s, Isolation::Cluster);
        QVERIFY2(job, qPrintable(job ? QString() : job.error().message));
        QVERIFY2(job->state == JobState::Completed, qPrintable(job->error));
        const QJsonObject cluster = m_server->cluster(u"big"_s);
        QCOMPARE(cluster["status"_L1].toString(), u"ready"_s);
        QCOMPARE(cluster["request"_L1].toObject()["tier"_L1].toString(), u"custom"_s);
        QCOMPARE(cluster["request"_L1].toObject()["request_id"_L1].toString(),
                 u"job-%1"_s.arg(job->id));
        QCOMPARE(cluster["settings"_L1].toObject()["settings"_L1].toObject().size(), 9);
        QVERIFY(cluster["settings"_L1]
                    .toObject()["settings"_L1]
                    .toObject()["security.password_policy"_L1]
                    .toObject()
                    .contains(u"min_length"_s));
        QVERIFY(cluster["integrations"_L1].toObject()["integrations"_L1].toArray().size() >= 3);
        QVERIFY(m_server->requests().contains(u"GET /health/big"_s));
        auto tenant = m->show(u"big"_s);
        QCOMPARE(tenant->status, TenantStatus::Active);
        QCOMPARE(tenant->isolation, u"cluster"_s);
        bool sawOrchestrator = false;
        for (const auto &line : *m->provisioningLog(u"big"_s))
            sawOrchestrator |= line.message.contains(m_server->url().toString());
        QVERIFY(sawOrchestrator);
    }

    // A failing health check fails verification with the status and what the endpoint said;
    // once healthy, retry completes. A roll back removes the cluster.
    void healthCheckFailsVerificationThenRetry()
    {
        auto m = withClusterTenant();
        QVERIFY(m);
        LoopbackOrchestrator::Behaviour b;
        b.healthStatus = 500;
        m_server->setBehaviour(b);
        auto job = m->provision(u"big"_s, Isolation::Cluster);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Failed);
        QCOMPARE(job->steps[4].status, StepStatus::Failed);
        QVERIFY2(job->steps[4].error.contains(u"HTTP 500"_s)
                     && job->steps[4].error.contains(u"database unreachable"_s),
                 qPrintable(job->steps[4].error));
        m_server->setBehaviour({});
        auto retried = m->retryProvisioning(u"big"_s, std::nullopt);
        QVERIFY(retried);
        QCOMPARE(retried->state, JobState::Completed);
        QCOMPARE(retried->steps[4].attempts, 2);
        QCOMPARE(retried->steps[1].attempts, 1); // the cluster was not asked for twice
    }

    void rollbackRemovesTheCluster()
    {
        auto m = withClusterTenant();
        QVERIFY(m);
        LoopbackOrchestrator::Behaviour b;
        b.healthStatus = 500;
        m_server->setBehaviour(b);
        QCOMPARE(m->provision(u"big"_s, Isolation::Cluster)->state, JobState::Failed);
        QVERIFY(m_server->hasCluster(u"big"_s));
        auto rolled = m->rollbackProvisioning(u"big"_s);
        QVERIFY(rolled);
        QCOMPARE(rolled->state, JobState::RolledBack);
        QVERIFY(!m_server->hasCluster(u"big"_s));
        QCOMPARE(m->show(u"big"_s)->status, TenantStatus::Pending);
    }

    // The orchestrator's refusal is the step's reason, word for word.
    void orchestratorRefusalIsTheReason()
    {
        auto m = withClusterTenant();
        QVERIFY(m);
        LoopbackOrchestrator::Behaviour b;
        b.createStatus = 409;
        b.createError = u"tenant big already has a cluster in another project"_s;
        m_server->setBehaviour(b);
        auto job = m->provision(u"big"_s, Isolation::Cluster);
        QCOMPARE(job->state, JobState::Failed);
        QCOMPARE(job->steps[1].status, StepStatus::Failed);
        QVERIFY2(job->error.contains(u"tenant big already has a cluster in another project"_s),
                 qPrintable(job->error));
    }

    // Purging a cluster tenant removes its cluster, and the certificate says so.
    void purgeRemovesTheCluster()
    {
        auto m = withClusterTenant();
        QVERIFY(m);
        QCOMPARE(m->provision(u"big"_s, Isolation::Cluster)->state, JobState::Completed);
        QVERIFY(m->deprovision(u"big"_s, u"contract ended"_s));
        auto purged = m->purge(u"big"_s, u"customer asked for erasure"_s);
        QVERIFY2(purged, qPrintable(purged ? QString() : purged.error().message));
        QVERIFY(!m_server->hasCluster(u"big"_s));
        bool listed = false;
        for (const QJsonValue &d : purged->certificate["destroyed"_L1].toArray())
            listed |= d["kind"_L1].toString() == u"cluster"_s;
        QVERIFY(listed);
    }

    // Without an orchestrator, cluster isolation fails validation and says how to set one.
    void noOrchestratorSaysHow()
    {
        m_files.emplace_back();
        auto m = openManager(m_files.back().url(), u"alice"_s, m_clock);
        QVERIFY(m);
        QVERIFY(m->create(
            {u"big"_s, u"Big"_s, u"custom"_s, u"b@big.example"_s, u"eu-west-1"_s, {}, {}}));
        auto job = m->provision(u"big"_s, Isolation::Cluster);
        QCOMPARE(job->state, JobState::Failed);
        QCOMPARE(job->steps[0].status, StepStatus::Failed);
        QVERIFY2(job->error.contains(u"settings set orchestrator.url"_s), qPrintable(job->error));
    }

    // Shared settings: known keys only, checked values, admin only, audited.
    void settingsAreChecked_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // in the error; empty: accepted
        QTest::newRow("url") << u"orchestrator.url"_s << u"https://orch.example:8443/api"_s
                             << QString();
        QTest::newRow("ftp") << u"orchestrator.url"_s << u"ftp://orch.example"_s
                             << u"http:// or https://"_s;
        QTest::newRow("no host") << u"orchestrator.url"_s << u"http://"_s << u"with a host"_s;
        QTest::newRow("password") << u"orchestrator.url"_s << u"https://u:secret@orch.example"_s
                                  << u"keychain"_s;
        QTest::newRow("health") << u"provisioning.health_url"_s
                                << u"https://{tenant}.app.example/healthz"_s << QString();
        QTest::newRow("timeout range")
            << u"orchestrator.timeout_seconds"_s << u"1"_s << u"from 10 to 86400"_s;
        QTest::newRow("not a number")
            << u"orchestrator.request_timeout_seconds"_s << u"ten"_s << u"whole number"_s;
        QTest::newRow("unknown") << u"orchestrator.token"_s << u"x"_s << u"not a setting"_s;
    }
    void settingsAreChecked()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        m_files.emplace_back();
        auto m = openManager(m_files.back().url(), u"alice"_s, m_clock);
        QVERIFY(m);
        auto r = m->setSharedSetting(key, value, u"tests"_s);
        if (expected.isEmpty()) {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(m->sharedSettings()->value(key), value);
            QCOMPARE(AuditLog(m->database()).recent(1)->first().action, u"settings.set"_s);
            QVERIFY(m->setSharedSetting(key, std::nullopt, u"tests"_s));
            QVERIFY(!m->sharedSettings()->contains(key));
            return;
        }
        QVERIFY(!r);
        QCOMPARE(r.error().field, key);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QVERIFY(!m->sharedSettings()->contains(key));
    }

    void onlyAdminsChangeSettings()
    {
        m_files.emplace_back();
        auto admin = openManager(m_files.back().url(), u"alice"_s, m_clock);
        QVERIFY(admin);
        QVERIFY(admin->addOperator(u"sam"_s, OperatorRole::Support));
        auto support = openManager(m_files.back().url(), u"sam"_s, m_clock);
        QVERIFY(support);
        auto r = support->setSharedSetting(u"orchestrator.url"_s, u"http://x.example"_s, u"t"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
        QVERIFY(support->sharedSettings());
    }
};

QTEST_GUILESS_MAIN(tst_Cluster)
#include "tst_cluster.moc"
