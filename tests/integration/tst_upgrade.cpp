// Upgrades (tier changes) through TenantManager over a real database: the data moves between
// isolation levels for real (a PostgreSQL schema to a database of its own, shared rows to a
// schema, and back on a downgrade), the configuration follows the new tier, and a failure at
// any stage (migrate, verify, switch) rolls back to exactly the tenant as it was. Built twice,
// as tst_upgrade_sqlite and tst_upgrade_postgres.
#include "TenantManager.h"
#include "TestSupport.h"
#include "provisioning/Failpoints.h"
#include "provisioning/TenantBackup.h"
#include "provisioning/TenantStorage.h"
#include "store/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <list>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_Upgrade : public QObject
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

    // A fresh database with an active tenant "acme" on tier, provisioned at its tier's
    // isolation, with one document of its own in its storage.
    std::unique_ptr<TenantManager> withActiveTenant(const QString &tier)
    {
        auto m = m_databases.open(m_databases.fresh(), m_clock);
        if (!m)
            return m;
        if (!m->create({u"acme"_s, u"Acme"_s, tier, u"it@acme.example"_s, u"eu-west-1"_s, {}, {}})
            || m->provision(u"acme"_s)->state != JobState::Completed) {
            qWarning("could not provision acme");
            return {};
        }
        auto isolation = isolationFromId(m->show(u"acme"_s)->isolation);
        auto storage = TenantStorage::open(m->database(), u"acme"_s, *isolation);
        auto r = (*storage)->transaction([](Database &db, const QString &prefix) -> Result<void> {
            auto q = db.exec(
                u"INSERT INTO %1documents (tenant_id, id, title, body, created_at) "
                "VALUES ('acme', 'd1', 'Contract', 'The body', '2026-05-01')"_s.arg(prefix));
            if (!q)
                return q.error();
            return {};
        });
        if (!r)
            qWarning("document: %s", qPrintable(r.error().message));
        return m;
    }

    // The tenant's storage at isolation: does it exist, and its rows as "table: values" lines.
    static QStringList contents(TenantManager &m, Isolation isolation)
    {
        auto storage = TenantStorage::open(m.database(), u"acme"_s, isolation);
        if (!storage || !(*storage)->exists().value())
            return {u"(none)"_s};
        QStringList lines;
        auto r = (*storage)->transaction([&](Database &db, const QString &prefix) -> Result<void> {
            for (const QString &table :
                 {u"info"_s, u"accounts"_s, u"settings"_s, u"integrations"_s, u"documents"_s}) {
                auto q = db.exec(u"SELECT * FROM "_s + prefix + table
                                 + u" WHERE tenant_id = 'acme' ORDER BY 2, 3"_s);
                if (!q)
                    return q.error();
                while (q->next()) {
                    QStringList values;
                    for (int i = 0; i < q->record().count(); ++i)
                        values.append(q->value(i).toString());
                    lines.append(table + u": "_s + values.join(u" | "_s));
                }
            }
            return {};
        });
        if (!r)
            return {r.error().message};
        return lines;
    }

    static QString setting(TenantManager &m, Isolation isolation, const QString &key)
    {
        for (const QString &line : contents(m, isolation)) {
            if (line.startsWith(u"settings: acme | "_s + key + u" | "_s))
                return line.section(u" | "_s, 2);
        }
        return {};
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

    // professional (schema) -> enterprise (database): the data moves, the old storage goes,
    // the settings carry the enterprise limits, a backup was taken first.
    void upgradeMovesTheData_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<Isolation>("fromIsolation");
        QTest::addColumn<Isolation>("toIsolation");
        QTest::newRow("professional to enterprise")
            << u"professional"_s << u"enterprise"_s << Isolation::Schema << Isolation::Database;
        QTest::newRow("free to professional")
            << u"free"_s << u"professional"_s << Isolation::Shared << Isolation::Schema;
        QTest::newRow("enterprise down to professional")
            << u"enterprise"_s << u"professional"_s << Isolation::Database << Isolation::Schema;
    }
    void upgradeMovesTheData()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(Isolation, fromIsolation);
        QFETCH(Isolation, toIsolation);
        auto m = withActiveTenant(from);
        QVERIFY(m);
        const Tenant before = *m->show(u"acme"_s);
        QCOMPARE(before.isolation, isolationId(fromIsolation));
        const QStringList rowsBefore = contents(*m, fromIsolation);
        QVERIFY(rowsBefore.contains(u"documents: acme | d1 | Contract | The body | 2026-05-01"_s));

        auto plan = m->planUpgrade(u"acme"_s, to);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->toIsolation, toIsolation);
        QVERIFY(!plan->changes.isEmpty());
        QVERIFY(plan->steps.size() >= 5);
        QCOMPARE(m->show(u"acme"_s)->version, before.version); // a plan changes nothing

        QList<double> fractions;
        auto done = m->upgrade(
            u"acme"_s, to, u"customer signed the order"_s,
            [&](TenantManager::UpgradeStage, double f, const QString &) { fractions.append(f); });
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QVERIFY(done->warnings.isEmpty());
        QCOMPARE(fractions.last(), 1.0);
        auto after = m->show(u"acme"_s);
        QCOMPARE(after->tier, to);
        QCOMPARE(after->isolation, isolationId(toIsolation));
        QCOMPARE(after->version, before.version + 1);
        QCOMPARE(after->configurationRevision, before.configurationRevision + 1);
        QCOMPARE(m->configuration(u"acme"_s)->revision.templateName, to + u"_init"_s);

        // The rows are all there, info says the new isolation, the settings the new limits.
        QStringList expected = rowsBefore;
        QStringList got = contents(*m, toIsolation);
        const auto withoutSettings = [](QStringList lines) {
            lines.removeIf([](const QString &l) {
                return l.startsWith(u"settings:"_s) || l.startsWith(u"integrations:"_s)
                    || l.startsWith(u"info:"_s);
            });
            return lines;
        };
        QCOMPARE(withoutSettings(got), withoutSettings(expected));
        QVERIFY(got.filter(u"info: acme | 1 | "_s + isolationId(toIsolation)).size() == 1);
        const QJsonObject limits
            = QJsonDocument::fromJson(setting(*m, toIsolation, u"limits"_s).toUtf8()).object();
        QCOMPARE(limits.value(u"max_users"_s).toInteger(), to == u"enterprise"_s ? 10000 : 100);
        if (done->plan.movesData)
            QCOMPARE(contents(*m, fromIsolation), QStringList {u"(none)"_s});
        // On SQLite, schema and database isolation share the tenant's file: nothing moves.
        QCOMPARE(done->plan.movesData,
                 postgres() || fromIsolation == Isolation::Shared
                     || toIsolation == Isolation::Shared);

        // The backup of the data before the move, its checksum right.
        QVERIFY(QFileInfo::exists(done->backupPath));
        QCOMPARE(*TenantBackup::sha256Of(done->backupPath), done->backupSha256);
        auto backup = TenantBackup::read(done->backupPath);
        QVERIFY(backup);
        QCOMPARE(backup->value(u"tables"_s)[u"documents"_s].toArray().size(), 1);

        auto history = m->history(u"acme"_s, 1);
        QCOMPARE(history->first().action, u"tenant.upgrade"_s);
        QCOMPARE(history->first().after->value(u"tier"_s).toString(), to);
        QCOMPARE(history->first().reason, u"customer signed the order"_s);
    }

    // A failure at any stage after the snapshot: rolled back, the tenant exactly as before
    // (row, revision, storage, settings), no new storage left behind.
    void aFailureRollsBack_data()
    {
        QTest::addColumn<QString>("failpoint");
        QTest::addColumn<QString>("stage");
        QTest::newRow("migrate") << u"upgrade.migrate.inside"_s << u"migrate"_s;
        QTest::newRow("verify") << u"upgrade.verify.inside"_s << u"verify"_s;
        QTest::newRow("switch") << u"upgrade.switch.inside"_s << u"switch"_s;
    }
    void aFailureRollsBack()
    {
        QFETCH(QString, failpoint);
        QFETCH(QString, stage);
        auto m = withActiveTenant(u"professional"_s);
        QVERIFY(m);
        const Tenant before = *m->show(u"acme"_s);
        const QStringList rowsBefore = contents(*m, Isolation::Schema);
        Failpoints::set(failpoint, u"fail"_s);
        auto done = m->upgrade(u"acme"_s, u"enterprise"_s, u"trying"_s);
        QVERIFY(!done);
        QVERIFY2(done.error().message.contains(u"failed at "_s + stage)
                     && done.error().message.contains(u"rolled back"_s),
                 qPrintable(done.error().message));
        const Tenant after = *m->show(u"acme"_s);
        QCOMPARE(after.tier, before.tier);
        QCOMPARE(after.isolation, before.isolation);
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.configurationRevision, before.configurationRevision);
        QCOMPARE(contents(*m, Isolation::Schema), rowsBefore);
        if (postgres())
            QCOMPARE(contents(*m, Isolation::Database), QStringList {u"(none)"_s});
        QCOMPARE(m->history(u"acme"_s, 1)->first().action, u"tenant.upgrade.rollback"_s);

        // And then it works.
        Failpoints::clear();
        QVERIFY(m->upgrade(u"acme"_s, u"enterprise"_s, u"again"_s));
        QCOMPARE(m->show(u"acme"_s)->tier, u"enterprise"_s);
    }

    // What cannot be upgraded is refused, naming why, and changes nothing.
    void refusals()
    {
        auto m = withActiveTenant(u"enterprise"_s);
        QVERIFY(m);
        ConfigChangeRequest change;
        change.tenantId = u"acme"_s;
        change.set = {{u"configuration.limits.max_users"_s, 5000}};
        change.reason = u"big customer"_s;
        QVERIFY(m->applyConfiguration(change));
        const Tenant before = *m->show(u"acme"_s);

        auto incompatible = m->upgrade(u"acme"_s, u"professional"_s, u"cheaper"_s);
        QVERIFY(!incompatible);
        QVERIFY2(incompatible.error().message.contains(u"not compatible"_s)
                     && incompatible.error().message.contains(u"max_users"_s),
                 qPrintable(incompatible.error().message));

        auto same = m->upgrade(u"acme"_s, u"enterprise"_s, u"x"_s);
        QVERIFY(!same);
        QVERIFY(same.error().message.contains(u"already"_s));
        auto unknown = m->upgrade(u"acme"_s, u"platinum"_s, u"x"_s);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().field, u"tier"_s);
        auto noReason = m->upgrade(u"acme"_s, u"custom"_s, u" "_s);
        QVERIFY(!noReason);
        QCOMPARE(m->show(u"acme"_s)->version, before.version);

        QVERIFY(
            m->create({u"new"_s, u"New"_s, u"free"_s, u"n@new.example"_s, u"eu-west-1"_s, {}, {}}));
        auto pending = m->upgrade(u"new"_s, u"professional"_s, u"x"_s);
        QVERIFY(!pending);
        QVERIFY(pending.error().message.contains(u"pending"_s));
    }

    // enterprise -> custom: custom's configuration names a cluster, but moving data into one
    // is the orchestrator's; the tenant keeps database isolation, which custom offers.
    void upgradeToCustomKeepsTheDatabase()
    {
        auto m = withActiveTenant(u"enterprise"_s);
        QVERIFY(m);
        auto plan = m->planUpgrade(u"acme"_s, u"custom"_s);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->toIsolation, Isolation::Database);
        QVERIFY(!plan->movesData);
        auto done = m->upgrade(u"acme"_s, u"custom"_s, u"bespoke contract"_s);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(m->show(u"acme"_s)->tier, u"custom"_s);
        QVERIFY(done->backupPath.isEmpty()); // the data did not move
    }

    // Before a full backup: pg_dump's locks against the lock table. The arithmetic, then the
    // real server: schema tenants add their 5 tables each.
    void backupEnvelope()
    {
        const BackupEnvelope fits = BackupEnvelope::evaluate(5000, 64, 100, 0, 5);
        QVERIFY(fits.fits);
        QCOMPARE(fits.lockSlots, 6400);
        QCOMPARE(fits.moreSchemaTenants, (5760 - 5000) / 5);
        const BackupEnvelope tooMany = BackupEnvelope::evaluate(12800, 64, 100, 0, 5);
        QVERIFY(!tooMany.fits);
        QCOMPARE(tooMany.neededMaxLocks, 143); // 12,800 x 10/9 / 100, rounded up
        QVERIFY2(tooMany.advice.contains(u"max_locks_per_transaction = 143"_s),
                 qPrintable(tooMany.advice));
        QVERIFY(BackupEnvelope::evaluate(12800, 143, 100, 0, 5).fits);

        auto m = withActiveTenant(u"professional"_s);
        QVERIFY(m);
        auto envelope = m->backupEnvelope();
        QVERIFY2(envelope, qPrintable(envelope ? QString() : envelope.error().message));
        QVERIFY(envelope->fits);
        if (!postgres()) {
            QVERIFY(envelope->advice.contains(u"SQLite"_s));
            return;
        }
        QCOMPARE(envelope->schemaTenants, 1);
        QVERIFY(envelope->maxLocksPerTransaction > 0 && envelope->maxConnections > 0);
        QVERIFY(m->create({u"beta"_s,
                           u"Beta"_s,
                           u"professional"_s,
                           u"b@beta.example"_s,
                           u"eu-west-1"_s,
                           {},
                           {}}));
        QCOMPARE(m->provision(u"beta"_s, Isolation::Schema)->state, JobState::Completed);
        auto after = m->backupEnvelope();
        QCOMPARE(after->tables, envelope->tables + 5);
        QCOMPARE(after->schemaTenants, 2);
    }

    // Sales preview, support applies: roles are enforced here, not only in the console.
    void rolesAreEnforced()
    {
        auto m = withActiveTenant(u"professional"_s);
        QVERIFY(m);
        QVERIFY(m->addOperator(u"sam"_s, OperatorRole::Sales));
        const DatabaseUrl url = m->database().url();
        m.reset();
        if (postgres())
            QSKIP("operators on PostgreSQL are logins (tst_databaseroles covers them)");
        QString error;
        auto sales = openManager(url, u"sam"_s, m_clock, &error);
        QVERIFY2(sales, qPrintable(error));
        QVERIFY(sales->planUpgrade(u"acme"_s, u"enterprise"_s));
        auto refused = sales->upgrade(u"acme"_s, u"enterprise"_s, u"x"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(tst_Upgrade)
#include "tst_upgrade.moc"
