// Scaling policies and scaling: the rules between a policy's fields (checked with the rest of
// the configuration, each refusal naming its field), and a tenant's capacity multiplied by a
// factor within its policy (bounds, max_scale_factor, cooldowns), audited; a cluster tenant's
// orchestrator (LoopbackOrchestrator, a real HTTP server on loopback) is told first. On a real
// SQLite file.
#include "LoopbackOrchestrator.h"
#include "TenantManager.h"
#include "TestSupport.h"
#include "provisioning/ScalingPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_Scaling : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC)};
    std::list<SqliteFile> m_files;

    // An active enterprise tenant "acme" whose policy allows 4 to 40.
    std::unique_ptr<TenantManager> withTenant()
    {
        m_files.emplace_back();
        auto m = openManager(m_files.back().url(), u"alice"_s, m_clock);
        if (!m
            || !createActive(*m,
                             {u"acme"_s,
                              u"Acme"_s,
                              u"enterprise"_s,
                              u"it@acme.example"_s,
                              u"eu-west-1"_s,
                              {},
                              {}}))
            return {};
        if (!m->setScalingPolicy(u"acme"_s, {{u"min_capacity"_s, 4}, {u"max_capacity"_s, 40}},
                                 u"sizing"_s))
            return {};
        return m;
    }

private Q_SLOTS:
    // The rules between fields, on their own.
    void policyRules_data()
    {
        QTest::addColumn<QJsonObject>("policy");
        QTest::addColumn<QStringList>("fields"); // at fault, in order
        const QJsonObject good = ScalingPolicy().toJson();
        const auto with = [&](const QJsonObject &changes) {
            QJsonObject o = good;
            for (auto it = changes.begin(); it != changes.end(); ++it)
                o.insert(it.key(), *it);
            return o;
        };
        QTest::newRow("defaults") << good << QStringList {};
        QTest::newRow("min = max")
            << with({{u"min_capacity"_s, 5}, {u"max_capacity"_s, 5}}) << QStringList {};
        QTest::newRow("min > max") << with({{u"min_capacity"_s, 6}, {u"max_capacity"_s, 5}})
                                   << QStringList {u"min_capacity"_s};
        QTest::newRow("down = 0") << with({{u"scale_down_threshold"_s, 0}})
                                  << QStringList {u"scale_down_threshold"_s};
        QTest::newRow("down = up")
            << with({{u"scale_down_threshold"_s, 0.8}}) << QStringList {u"scale_down_threshold"_s};
        QTest::newRow("up = 1") << with({{u"scale_up_threshold"_s, 1.0}}) << QStringList {};
        QTest::newRow("up > 1") << with({{u"scale_up_threshold"_s, 1.5}})
                                << QStringList {u"scale_up_threshold"_s};
        QTest::newRow("cooldown 59") << with({{u"scale_up_cooldown_seconds"_s, 59}})
                                     << QStringList {u"scale_up_cooldown_seconds"_s};
        QTest::newRow("cooldown 60")
            << with({{u"scale_down_cooldown_seconds"_s, 60}}) << QStringList {};
        QTest::newRow("factor 0.9")
            << with({{u"max_scale_factor"_s, 0.9}}) << QStringList {u"max_scale_factor"_s};
        QTest::newRow("factor 1") << with({{u"max_scale_factor"_s, 1}}) << QStringList {};
    }
    void policyRules()
    {
        QFETCH(QJsonObject, policy);
        QFETCH(QStringList, fields);
        QStringList found;
        for (const Error &e : ScalingPolicy::check(policy)) {
            QVERIFY2(e.field.startsWith(u"/infrastructure/auto_scaling/"_s), qPrintable(e.field));
            found.append(e.field.section(u'/', -1));
        }
        QCOMPARE(found, fields);
    }

    // Through the configuration: a bad policy is refused whole, naming the field; a good one
    // becomes overrides, in the history; unknown fields are refused.
    void policyIsSetAndChecked()
    {
        auto m = withTenant();
        QVERIFY(m);
        const int revision = m->show(u"acme"_s)->configurationRevision;
        auto refused = m->setScalingPolicy(
            u"acme"_s, {{u"min_capacity"_s, 50}, {u"max_capacity"_s, 10}}, u"oops"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"min_capacity (50) must not be above "
                                                  "max_capacity (10)"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(m->show(u"acme"_s)->configurationRevision, revision);
        auto unknown = m->setScalingPolicy(u"acme"_s, {{u"colour"_s, 1}}, u"x"_s);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().field, u"auto_scaling.colour"_s);

        QVERIFY(
            m->setScalingPolicy(u"acme"_s, {{u"scale_up_cooldown_seconds"_s, 120}}, u"faster"_s));
        auto s = m->scaling(u"acme"_s);
        QCOMPARE(s->policy.scaleUpCooldownSeconds, 120);
        QCOMPARE(s->policy.minCapacity, 4); // the other fields stay
        QCOMPARE(s->capacity, 4); // min_capacity until first scaled
        QCOMPARE(m->show(u"acme"_s)->configurationRevision, revision + 1);
    }

    // Scaling within the policy: up, the cooldown, down, the bounds, the factor's limit.
    void scalesWithinThePolicy()
    {
        auto m = withTenant();
        QVERIFY(m);
        auto up = m->scale(u"acme"_s, 2.5, u"launch week"_s);
        QVERIFY2(up, qPrintable(up ? QString() : up.error().message));
        QCOMPARE(up->capacity, 10);
        QCOMPARE(up->direction, u"up"_s);
        QCOMPARE(m->scaling(u"acme"_s)->capacity, 10);
        QCOMPARE(m->history(u"acme"_s, 1)->first().action, u"tenant.scale"_s);

        auto again = m->scale(u"acme"_s, 2, u"more"_s);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(u"cooldown of 300 s ends at "
                                                "2026-06-01T09:05:00"_s),
                 qPrintable(again.error().message));
        // Down is another direction: its own cooldown, not running.
        auto down = m->scale(u"acme"_s, 0.5, u"quiet"_s);
        QVERIFY(down);
        QCOMPARE(down->capacity, 5);
        m_clock.advance(300);
        QCOMPARE(m->scale(u"acme"_s, 4, u"peak"_s)->capacity, 20);

        auto tooBig = m->scale(u"acme"_s, 3, u"x"_s); // 60 > 40
        QVERIFY(!tooBig);
        QCOMPARE(tooBig.error().field, u"factor"_s);
        QVERIFY(tooBig.error().message.contains(u"outside the policy's capacity of 4 to 40"_s));
        auto beyond = m->scale(u"acme"_s, 11, u"x"_s);
        QVERIFY(!beyond);
        QVERIFY(beyond.error().message.contains(u"max_scale_factor of 10"_s));
        for (double bad : {0.0, -2.0, qQNaN()}) {
            auto r = m->scale(u"acme"_s, bad, u"x"_s);
            QVERIFY(!r);
            QCOMPARE(r.error().field, u"factor"_s);
        }
        QCOMPARE(m->scaling(u"acme"_s)->capacity, 20);
    }

    // A cluster tenant: the orchestrator gets the new capacity first; if it refuses, nothing
    // changes.
    void clusterTenantsTellTheOrchestrator()
    {
        LoopbackOrchestrator orchestrator;
        m_files.emplace_back();
        auto m = openManager(m_files.back().url(), u"alice"_s, m_clock);
        QVERIFY(m);
        QVERIFY(m->setSharedSetting(u"orchestrator.url"_s, orchestrator.url().toString(), u"t"_s));
        QVERIFY(m->setSharedSetting(u"orchestrator.backoff_initial_ms"_s, u"20"_s, u"t"_s));
        QVERIFY(m->create(
            {u"big"_s, u"Big"_s, u"custom"_s, u"ops@big.example"_s, u"eu-west-1"_s, {}, {}}));
        QCOMPARE(m->provision(u"big"_s, Isolation::Cluster)->state, JobState::Completed);
        auto up = m->scale(u"big"_s, 2, u"growth"_s);
        QVERIFY2(up, qPrintable(up ? QString() : up.error().message));
        QCOMPARE(orchestrator.cluster(u"big"_s)[u"capacity"_s][u"capacity"_s].toInt(),
                 up->capacity);

        LoopbackOrchestrator::Behaviour b;
        b.failFirst = 1000;
        orchestrator.setBehaviour(b);
        // (a part is given 3 request timeouts: 3 s here)
        QVERIFY(m->setSharedSetting(u"orchestrator.request_timeout_seconds"_s, u"1"_s, u"t"_s));
        QVERIFY(m->setSharedSetting(u"orchestrator.backoff_max_seconds"_s, u"1"_s, u"t"_s));
        m_clock.advance(3600);
        const int before = m->scaling(u"big"_s)->capacity;
        auto refused = m->scale(u"big"_s, 2, u"more"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"warming up"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(m->scaling(u"big"_s)->capacity, before);
    }

    // Roles: sales and auditors do not scale.
    void rolesAreEnforced()
    {
        auto m = withTenant();
        QVERIFY(m);
        QVERIFY(m->addOperator(u"sam"_s, OperatorRole::Sales));
        auto sales = openManager(m_files.back().url(), u"sam"_s, m_clock);
        QVERIFY(sales);
        QVERIFY(sales->scaling(u"acme"_s));
        auto r = sales->scale(u"acme"_s, 2, u"x"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(tst_Scaling)
#include "tst_scaling.moc"
