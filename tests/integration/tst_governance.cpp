// Data governance on a real database (SQLite, and PostgreSQL for tst_governance_postgres):
// maintenance enforcing each tenant's retention on usage samples, security events and backups
// (never under a legal hold), each removal audited; and a tenant's data archive (GDPR art. 20)
// holding all that the product keeps about it.
#include "TenantManager.h"
#include "TestSupport.h"
#include "provisioning/TenantBackup.h"
#include "usage/Usage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_Governance : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 9, 1), QTime(12, 0), Qt::UTC)};
#ifdef TENANCY_TEST_POSTGRES
    TestDatabases m_databases {true};
#else
    TestDatabases m_databases {false};
#endif

    static constexpr qint64 kDayMs = 86'400'000;

    // A sample every `days` list entry (days ago) for users, and a login failure at each.
    bool addData(TenantManager &m, const QString &id, const QList<int> &daysAgo)
    {
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        QByteArray csv = "tenant_id,metric,timestamp,value\n";
        for (int d : daysAgo)
            csv += id.toUtf8() + ",users," + usageTimeText(now - d * kDayMs).toUtf8() + ",7\n";
        auto imported = m.importUsage(csv, id + u".csv"_s, false);
        if (!imported) {
            qWarning() << imported.error().message;
            return false;
        }
        for (int d : daysAgo) {
            auto q = m.database().exec(
                u"INSERT INTO security_events (event_key, tenant_id, at, user_name, kind, "
                "source_ip, imported_at, imported_by) VALUES (?, ?, ?, 'bob', 'login_failed', "
                "'10.0.0.1', ?, 'alice')"_s,
                {QString(id + u'-' + QString::number(d)), id,
                 toIsoUtc(m_clock.now().addMSecs(-d * kDayMs)), toIsoUtc(m_clock.now())});
            if (!q) {
                qWarning() << q.error().message;
                return false;
            }
        }
        return true;
    }

    static qint64 count(TenantManager &m, const QString &sql, const QString &id)
    {
        auto row = m.database().readRow(sql, {id});
        return row && !row->isEmpty() ? row->at(0).toLongLong() : -1;
    }
    static qint64 samples(TenantManager &m, const QString &id)
    {
        return count(m,
                     u"SELECT count(*) FROM usage_samples u JOIN usage_series s ON "
                     "s.id = u.series_id WHERE s.tenant_id = ?"_s,
                     id);
    }
    static qint64 events(TenantManager &m, const QString &id)
    {
        return count(m, u"SELECT count(*) FROM security_events WHERE tenant_id = ?"_s, id);
    }

    // Short retention for tenant: user data 60 days, logs 30, backups 100.
    static bool shorten(TenantManager &m, const QString &id)
    {
        ConfigChangeRequest change;
        change.tenantId = id;
        const QString base = u"configuration.compliance.data_governance.retention_days."_s;
        change.set
            = {{base + u"user_data"_s, 60}, {base + u"logs"_s, 30}, {base + u"backups"_s, 100}};
        change.reason = u"retention per contract"_s;
        auto applied = m.applyConfiguration(change);
        if (!applied)
            qWarning() << applied.error().message;
        return bool(applied);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_databases.postgres())
            TENANCY_REQUIRE_SERVICE(m_databases.start(), "PostgreSQL");
    }
    void cleanup()
    {
        m_databases.clear();
    }

    void retentionFollowsEachTenantsPolicy()
    {
        auto m = m_databases.open(m_databases.fresh(), m_clock);
        QVERIFY(m);
        QString error;
        for (const QString &id : {u"acme"_s, u"globex"_s, u"held"_s})
            QVERIFY2(createActive(*m, id, u"professional"_s, &error), qPrintable(error));
        QVERIFY(shorten(*m, u"acme"_s));
        QVERIFY(shorten(*m, u"held"_s));
        VERIFY_OK(m->setLegalHold(u"held"_s, true, u"litigation 2026-44"_s));
        for (const QString &id : {u"acme"_s, u"globex"_s, u"held"_s})
            QVERIFY(addData(*m, id, {120, 45, 10, 1}));
        // Backups: one of acme's 120 days old, one 50 days old (its retention: 100 days).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files;
        for (int age : {120, 50}) {
            const QString path = dir.filePath(u"acme-%1.json.gz"_s.arg(age));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("backup") == 6);
            f.close();
            files << path;
            auto q = m->database().exec(
                u"INSERT INTO tenant_backups (tenant_id, kind, path, sha256, bytes, created_at, "
                "created_by, retain_until) VALUES ('acme', 'upgrade', ?, '', 6, ?, 'alice', ?)"_s,
                {path, toIsoUtc(m_clock.now().addDays(-age)),
                 toIsoUtc(m_clock.now().addDays(365))});
            VERIFY_OK(q);
        }

        auto report = m->runMaintenance();
        VERIFY_OK(report);
        // acme: usage older than 60 days (120), events older than 30 (120, 45), the old backup.
        QCOMPARE(samples(*m, u"acme"_s), 3);
        QCOMPARE(events(*m, u"acme"_s), 2);
        QVERIFY(!QFile::exists(files.at(0)));
        QVERIFY(QFile::exists(files.at(1)));
        QCOMPARE(report->backupsRemoved, QStringList {files.at(0)});
        // globex keeps the defaults (user data 2555 days, logs 90): only the 120-day event.
        QCOMPARE(samples(*m, u"globex"_s), 4);
        QCOMPARE(events(*m, u"globex"_s), 3);
        // A legal hold keeps everything.
        QCOMPARE(samples(*m, u"held"_s), 4);
        QCOMPARE(events(*m, u"held"_s), 4);
        QCOMPARE(report->retentionHeld, QStringList {u"held"_s});

        QMap<QString, qint64> removed;
        for (const RetentionRemoval &r : report->retention)
            removed.insert(r.tenantId + u'/' + r.kind, r.removed);
        QCOMPARE(removed.value(u"acme/usage_samples"_s), 1);
        QCOMPARE(removed.value(u"acme/security_events"_s), 2);
        QCOMPARE(removed.value(u"acme/backups"_s), 1);
        QCOMPARE(removed.value(u"globex/security_events"_s), 1);
        QVERIFY(!removed.contains(u"globex/usage_samples"_s));
        // Without the audit key the audit log is left alone, and the report says so.
        QVERIFY(report->auditNote.contains(u"no audit key"_s));

        // Each removal is in the audit log, with what and how much.
        AuditFilter f;
        f.action = u"retention."_s;
        auto logged = m->auditEntries(f);
        VERIFY_OK(logged);
        QStringList seen;
        for (const AuditEntry &e : *logged) {
            seen << e.tenantId + u'/' + e.action;
            QVERIFY(e.after && e.after->value(u"removed"_s).toInteger() > 0);
            QVERIFY(e.reason.contains(u"retention"_s));
        }
        seen.sort();
        QCOMPARE(
            seen,
            (QStringList {u"acme/retention.security_events"_s, u"acme/retention.usage_samples"_s,
                          u"globex/retention.security_events"_s}));
        f.action = u"backup.remove"_s;
        QCOMPARE(m->auditEntries(f)->size(), 1);

        // Run again: nothing more is due.
        report = m->runMaintenance();
        VERIFY_OK(report);
        QVERIFY(report->retention.isEmpty());
        QCOMPARE(samples(*m, u"acme"_s), 3);
    }

    void exportDataHoldsEverything()
    {
        auto m = m_databases.open(m_databases.fresh(), m_clock);
        QVERIFY(m);
        QString error;
        QVERIFY2(createActive(*m, u"acme"_s, u"professional"_s, &error), qPrintable(error));
        QVERIFY2(createActive(*m, u"globex"_s, u"free"_s, &error), qPrintable(error));
        QVERIFY(shorten(*m, u"acme"_s));
        QVERIFY(addData(*m, u"acme"_s, {3, 2, 1}));
        QVERIFY(addData(*m, u"globex"_s, {1}));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"acme-data.json.gz"_s);

        auto exported = m->exportTenantData(u"acme"_s, path);
        VERIFY_OK(exported);
        QCOMPARE(exported->path, QFileInfo(path).absoluteFilePath());
        QCOMPARE(exported->usageSamples, 3);
        QCOMPARE(exported->securityEvents, 3);
        QCOMPARE(exported->revisions, 2); // created, then the retention change
        QVERIFY(exported->auditEntries >= 4); // created, provisioned, active, configured
        QCOMPARE(*TenantBackup::sha256Of(path), exported->sha256);

        auto archive = TenantBackup::read(path);
        VERIFY_OK(archive);
        const QJsonObject a = *archive;
        QCOMPARE(a.value(u"format"_s).toString(), u"tenancy-export"_s);
        QCOMPARE(a.value(u"tenant"_s).toObject().value(u"id"_s).toString(), u"acme"_s);
        QCOMPARE(a.value(u"usage"_s).toObject().value(u"users"_s).toArray().size(), 3);
        QCOMPARE(a.value(u"security_events"_s).toArray().size(), 3);
        QCOMPARE(a.value(u"revisions"_s).toArray().size(), 2);
        QCOMPARE(a.value(u"revisions"_s).toArray().last().toObject().value(u"reason"_s).toString(),
                 u"retention per contract"_s);
        QCOMPARE(a.value(u"data_governance"_s)
                     .toObject()
                     .value(u"retention_days"_s)
                     .toObject()
                     .value(u"logs"_s)
                     .toInt(),
                 30);
        const QJsonArray entries = a.value(u"audit_entries"_s).toArray();
        QCOMPARE(entries.size(), exported->auditEntries);
        QCOMPARE(entries.first().toObject().value(u"action"_s).toString(), u"tenant.create"_s);
        for (const QJsonValue &e : entries)
            QCOMPARE(e.toObject().value(u"tenant_id"_s).toString(), u"acme"_s); // none of globex's
        QVERIFY(a.value(u"tables"_s).isObject()); // its storage's rows
        QVERIFY(a.value(u"configuration"_s).toObject().contains(u"configuration"_s));

        // The export is in the audit log.
        AuditFilter f;
        f.action = u"tenant.export_data"_s;
        auto logged = m->auditEntries(f);
        VERIFY_OK(logged);
        QCOMPARE(logged->size(), 1);
        QCOMPARE(logged->first().after->value(u"sha256"_s).toString(), exported->sha256);

        // Bad input: named, and nothing written.
        auto missing = m->exportTenantData(u"nosuch"_s, dir.filePath(u"x.json.gz"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        auto noFolder = m->exportTenantData(u"acme"_s, dir.filePath(u"no/such/x.json.gz"_s));
        QVERIFY(!noFolder);
        QCOMPARE(noFolder.error().field, u"out"_s);
        auto folder = m->exportTenantData(u"acme"_s, dir.path());
        QVERIFY(!folder);
        QCOMPARE(folder.error().field, u"out"_s);
        QVERIFY(!QFile::exists(dir.filePath(u"x.json.gz"_s)));

#ifndef TENANCY_TEST_POSTGRES
        // Sales may not take a tenant's data away.
        VERIFY_OK(m->addOperator(u"sam"_s, OperatorRole::Sales));
        auto sam = m_databases.open(m->database().url(), m_clock, u"sam"_s);
        QVERIFY(sam);
        auto refused = sam->exportTenantData(u"acme"_s, dir.filePath(u"sam.json.gz"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(dir.filePath(u"sam.json.gz"_s)));
#endif
    }
};

QTEST_GUILESS_MAIN(tst_Governance)
#include "tst_governance.moc"
