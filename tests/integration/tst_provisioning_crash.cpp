// kill -9 of a real `tenancyctl provision` at every step boundary and inside steps, at each
// isolation level, then `provision rollback` or `provision resume` (each in a new process):
// afterwards no orphaned schema, database, file or shared row, and no half-activated tenant.
// The process is stopped at named failpoints ($TENANCY_FAILPOINTS=NAME=pause: it prints
// "failpoint NAME reached" and waits), then killed with SIGKILL, so what it journaled is all
// the next process has. Built twice, as tst_provisioning_crash_sqlite and _postgres; cluster
// isolation (its storage is the orchestrator's, LoopbackOrchestrator here, whatever the
// database) runs in the SQLite build only.
#include "LoopbackOrchestrator.h"
#include "TenantManager.h"
#include "TestSupport.h"
#include "provisioning/TenantStorage.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <list>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_ProvisioningCrash : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    std::unique_ptr<LoopbackOrchestrator> m_orchestrator;
    TestDatabases m_databases {postgres()};

    static bool postgres()
    {
#ifdef TENANCY_TEST_POSTGRES
        return true;
#else
        return false;
#endif
    }

    // One database for the whole run (creating one costs PostgreSQL a checkpoint); each row
    // has a tenant of its own.
    DatabaseUrl database()
    {
        if (!m_url) {
            m_url = m_databases.fresh();
            if (m_orchestrator) {
                auto m = open(*m_url);
                for (const auto &[key, value] :
                     {std::pair {u"orchestrator.url"_s, m_orchestrator->url().toString()},
                      std::pair {u"orchestrator.backoff_initial_ms"_s, u"20"_s},
                      std::pair {u"orchestrator.backoff_max_seconds"_s, u"1"_s}}) {
                    if (!m || !m->setSharedSetting(key, value, u"tests"_s))
                        qFatal("cannot point the database at the loopback orchestrator");
                }
            }
        }
        return *m_url;
    }
    QString nextTenant()
    {
        return u"crash-%1"_s.arg(++m_rows);
    }
    std::optional<DatabaseUrl> m_url;
    int m_rows = 0;

    QProcessEnvironment environment(const DatabaseUrl &url, const QString &failpoints = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"TENANCY_FAILPOINTS"_s, u"QT_LOGGING_RULES"_s, u"PGPASSWORD"_s,
                                    u"PGHOST"_s, u"PGUSER"_s})
            env.remove(name);
        env.insert(u"TENANCY_DB"_s, url.toString());
        if (!postgres())
            env.insert(u"TENANCY_OPERATOR"_s, u"alice"_s);
        if (!failpoints.isEmpty())
            env.insert(u"TENANCY_FAILPOINTS"_s, failpoints);
        return env;
    }

    // Runs tenancyctl to its end; true when it exited 0.
    bool ctl(const DatabaseUrl &url, const QStringList &args, QString *output = nullptr) const
    {
        QProcess p;
        p.setProcessEnvironment(environment(url));
        p.start(QStringLiteral(TENANCYCTL_PATH), args);
        const bool finished = p.waitForFinished(60000);
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        if (output)
            *output = out;
        if (!finished || p.exitCode() != 0)
            qWarning("tenancyctl %s: exit %d\n%s", qPrintable(args.join(u' ')), p.exitCode(),
                     qPrintable(out));
        return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // Runs tenancyctl until it reaches failpoint, then kills it with SIGKILL. True when it
    // reached the point (and is dead now).
    bool killAt(const DatabaseUrl &url, const QStringList &args, const QString &failpoint) const
    {
        QProcess p;
        p.setProcessEnvironment(environment(url, failpoint + u"=pause"_s));
        p.start(QStringLiteral(TENANCYCTL_PATH), args);
        QByteArray err;
        QElapsedTimer timer;
        timer.start();
        const QByteArray marker = "failpoint " + failpoint.toUtf8() + " reached";
        while (!err.contains(marker) && timer.elapsed() < 60000) {
            if (p.state() == QProcess::NotRunning)
                break;
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        const bool reached = err.contains(marker);
        p.kill(); // SIGKILL
        p.waitForFinished(10000);
        if (!reached)
            qWarning("tenancyctl %s never reached %s:\n%s%s", qPrintable(args.join(u' ')),
                     qPrintable(failpoint), err.constData(), p.readAllStandardOutput().constData());
        return reached;
    }

    std::unique_ptr<TenantManager> open(const DatabaseUrl &url)
    {
        return m_databases.open(url, m_clock);
    }

    static bool storageExists(TenantManager &m, const QString &id, Isolation isolation)
    {
        auto storage = TenantStorage::open(m.database(), id, isolation);
        return storage && (*storage)->exists().value();
    }

    // Every trace of the tenant's storage: the storage itself, its shared rows, the SQLite
    // folder's files, PostgreSQL schemas and databases named after it.
    QStringList traces(TenantManager &m, const QString &id) const
    {
        QStringList found;
        if (m_orchestrator && m_orchestrator->hasCluster(id))
            found.append(u"cluster"_s);
        for (Isolation i : {Isolation::Shared, Isolation::Schema, Isolation::Database}) {
            if (storageExists(m, id, i))
                found.append(isolationId(i));
        }
        Database &db = m.database();
        if (db.backend() == Backend::Postgres) {
            const QString like = u"%"_s + QString(id).replace(u'-', u'_');
            // (crash-1 must not match crash-11: the names end with the id.)
            auto schemas
                = db.exec(u"SELECT nspname FROM pg_namespace WHERE nspname LIKE ?"_s, {like});
            while (schemas && schemas->next())
                found.append(u"schema "_s + schemas->value(0).toString());
            // Databases are the server's: only those named after this test's database.
            auto databases = db.exec(u"SELECT datname FROM pg_database WHERE datname LIKE ?"_s,
                                     {QVariant(db.url().databaseName() + u"\\_"_s + like)});
            while (databases && databases->next())
                found.append(u"database "_s + databases->value(0).toString());
        } else {
            const QDir folder(TenantStorage::sqliteFolder(db));
            for (const QString &file : folder.entryList({id + u".sqlite*"_s}, QDir::Files))
                found.append(u"file "_s + file);
        }
        return found;
    }

    static QString tierFor(Isolation isolation)
    {
        if (isolation == Isolation::Cluster)
            return u"custom"_s;
        return isolation == Isolation::Database ? u"enterprise"_s : u"professional"_s;
    }

    static QList<Isolation> isolations()
    {
        if (postgres())
            return {Isolation::Shared, Isolation::Schema, Isolation::Database};
        return {Isolation::Shared, Isolation::Schema, Isolation::Database, Isolation::Cluster};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (postgres()) {
            TENANCY_REQUIRE_SERVICE(m_databases.start(), "PostgreSQL");
        } else {
            m_orchestrator = std::make_unique<LoopbackOrchestrator>();
        }
    }

    void killedWhileProvisioning_data()
    {
        QTest::addColumn<Isolation>("isolation");
        QTest::addColumn<QString>("failpoint");
        const QStringList steps {u"validation"_s,  u"resource_allocation"_s, u"configuration"_s,
                                 u"integration"_s, u"verification"_s,        u"activation"_s};
        for (Isolation i : isolations()) {
            for (const QString &step : steps) {
                QStringList points {u"before"_s};
                if (step != steps.first())
                    points.append(u"inside"_s); // after its work, before its end is journaled
                if (step != steps.last())
                    points.append(u"after"_s); // its end journaled (with the next one's start)
                for (const QString &where : points) {
                    const QString point = u"provision.%1.%2"_s.arg(step, where);
                    QTest::addRow("%s, %s", qPrintable(isolationId(i)), qPrintable(point))
                        << i << point;
                }
            }
            // PostgreSQL without other failpoints: allocation, configuration and integration in
            // one journal entry, validation's end with it; killed while it is being written.
            if (postgres() && (i == Isolation::Shared || i == Isolation::Schema)) {
                QTest::addRow("%s, provision.batch.inside", qPrintable(isolationId(i)))
                    << i << u"provision.batch.inside"_s;
            }
        }
    }
    // Killed at the point, then rolled back: nothing left, pending. Killed there again, then
    // resumed: active, its storage complete and verified.
    void killedWhileProvisioning()
    {
        QFETCH(Isolation, isolation);
        QFETCH(QString, failpoint);
        const DatabaseUrl url = database();
        const QString id = nextTenant();
        {
            auto m = open(url);
            QVERIFY(m);
            QVERIFY(m->create({id,
                               u"Crash Co"_s,
                               tierFor(isolation),
                               u"it@crash.example"_s,
                               u"eu-west-1"_s,
                               {},
                               {}}));
        }
        const QStringList provision {u"provision"_s, id, u"--isolation"_s, isolationId(isolation),
                                     u"--wait"_s};

        QVERIFY(killAt(url, provision, failpoint));
        {
            auto m = open(url); // finds the job interrupted
            QVERIFY(m);
            auto job = m->provisioningJob(id);
            QCOMPARE(job->state, JobState::Interrupted);
            QCOMPARE(m->show(id)->status, TenantStatus::Failed);
        }
        QVERIFY(ctl(url, {u"provision"_s, u"rollback"_s, id}));
        {
            auto m = open(url);
            QCOMPARE(m->provisioningJob(id)->state, JobState::RolledBack);
            auto tenant = m->show(id);
            QCOMPARE(tenant->status, TenantStatus::Pending);
            QVERIFY(tenant->isolation.isEmpty());
            QCOMPARE(traces(*m, id).join(u", "_s), QString());
        }

        QVERIFY(killAt(url, provision, failpoint));
        QVERIFY(ctl(url, {u"provision"_s, u"resume"_s, id}));
        {
            auto m = open(url);
            auto job = m->provisioningJob(id);
            QCOMPARE(job->state, JobState::Completed);
            auto tenant = m->show(id);
            QCOMPARE(tenant->status, TenantStatus::Active);
            QCOMPARE(tenant->isolation, isolationId(isolation));
            QStringList expected {isolationId(isolation)};
            if (postgres() && isolation == Isolation::Schema)
                expected << u"schema t_"_s + QString(id).replace(u'-', u'_');
            if (postgres() && isolation == Isolation::Database)
                expected << u"database "_s + job->storage;
            if (isolation == Isolation::Cluster)
                expected = QStringList {u"cluster"_s};
            else if (!postgres() && isolation != Isolation::Shared) // one file, either way
                expected = QStringList {u"schema"_s, u"database"_s, u"file "_s + id + u".sqlite"_s};
            QCOMPARE(traces(*m, id), expected);
        }
    }

    // Killed while rolling back (after undoing some steps): the next roll-back finishes it.
    void killedWhileRollingBack_data()
    {
        QTest::addColumn<Isolation>("isolation");
        QTest::addColumn<QString>("failpoint");
        for (Isolation i : isolations()) {
            for (const QString &point :
                 {u"rollback.integration.inside"_s, u"rollback.resource_allocation.inside"_s})
                QTest::addRow("%s, %s", qPrintable(isolationId(i)), qPrintable(point))
                    << i << point;
        }
    }
    void killedWhileRollingBack()
    {
        QFETCH(Isolation, isolation);
        QFETCH(QString, failpoint);
        const DatabaseUrl url = database();
        const QString id = nextTenant();
        {
            auto m = open(url);
            QVERIFY(m->create({id,
                               u"Crash Co"_s,
                               tierFor(isolation),
                               u"it@crash.example"_s,
                               u"eu-west-1"_s,
                               {},
                               {}}));
        }
        QVERIFY(killAt(url,
                       {u"provision"_s, id, u"--isolation"_s, isolationId(isolation), u"--wait"_s},
                       u"provision.activation.before"_s));
        QVERIFY(killAt(url, {u"provision"_s, u"rollback"_s, id}, failpoint));
        {
            auto m = open(url);
            auto job = m->provisioningJob(id);
            QCOMPARE(job->state, JobState::Interrupted);
            QCOMPARE(job->phase, u"rollback"_s);
        }
        QVERIFY(ctl(url, {u"provision"_s, u"rollback"_s, id}));
        auto m = open(url);
        QCOMPARE(m->provisioningJob(id)->state, JobState::RolledBack);
        QCOMPARE(m->show(id)->status, TenantStatus::Pending);
        QCOMPARE(traces(*m, id).join(u", "_s), QString());
    }
};

QTEST_GUILESS_MAIN(tst_ProvisioningCrash)
#include "tst_provisioning_crash.moc"
