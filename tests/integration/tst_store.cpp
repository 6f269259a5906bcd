// The repository suite: TenantManager over a real database. Built twice, as tst_store_sqlite
// (a real SQLite file) and tst_store_postgres (the PostgreSQL cluster scripts/test starts);
// both run exactly the same tests.
#include "TenantManager.h"
#include "TestSupport.h"
#include "store/Migrations.h"
#include "store/TenantRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <list>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_Store : public QObject
{
    Q_OBJECT

public:
    tst_Store()
        : m_clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC))
    { }

private:
    bool postgres() const { return m_databases.postgres(); }
    // A new, empty database for one test.
    DatabaseUrl freshDatabase() { return m_databases.fresh(); }

    // The operator the database knows us as when we do not say (PostgreSQL: the login).
    QString owner() const { return postgres() ? m_databases.server()->superuser : u"alice"_s; }

    std::unique_ptr<TenantManager> open(const DatabaseUrl &url, const QString &op = {})
    {
        return m_databases.open(url, m_clock, op);
    }

    NewTenant sample(const QString &id, const QString &tier = u"professional"_s)
    {
        NewTenant t;
        t.id = id;
        t.name = u"Tenant "_s + id;
        t.tier = tier;
        t.ownerEmail = u"owner@"_s + id + u".example"_s;
        t.region = u"us-east-1"_s;
        t.industry = u"technology"_s;
        t.compliance = {u"soc 2"_s, u"GDPR"_s};
        return t;
    }

    qint64 auditCount(TenantManager &m)
    {
        auto q = m.database().exec(u"SELECT count(*) FROM audit_entries"_s);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    FixedClock m_clock;
#ifdef TENANCY_TEST_POSTGRES
    TestDatabases m_databases {true};
#else
    TestDatabases m_databases {false};
#endif

private Q_SLOTS:
    void initTestCase()
    {
        if (postgres())
            TENANCY_REQUIRE_SERVICE(m_databases.start(), "PostgreSQL");
    }

    void cleanup()
    {
        m_databases.clear();
    }

    void twoOpeningANewDatabaseAtOnceBothGetIn()
    {
        // Two consoles (or two provisioning workers) open a new database at the same moment as
        // the same login: one migrates and registers it as the first admin, and the other
        // finds it registered, whichever looked first.
        for (int round = 0; round < 4; ++round) {
            const DatabaseUrl url = freshDatabase();
            QString errors[2];
            std::atomic_int waiting {2};
            // Qt threads rather than std::thread: each opens (and closes) its own connection,
            // and a thread Qt started is also wound down by Qt, where a std::thread that touched
            // Qt objects is "adopted" and cleaned up at its exit behind Qt's back.
            std::unique_ptr<QThread> workers[2];
            for (int w = 0; w < 2; ++w) {
                workers[w].reset(QThread::create([&, w] {
                    waiting.fetch_sub(1);
                    while (waiting.load() > 0)
                        QThread::yieldCurrentThread();
                    QString error;
                    auto m = openManager(url, m_databases.defaultOperator(), m_clock, &error);
                    errors[w] = m ? QString() : (error.isEmpty() ? u"failed"_s : error);
                }));
                workers[w]->start();
            }
            for (auto &worker : workers)
                QVERIFY(worker->wait(QDeadlineTimer(60'000)));
            QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
            QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
            auto m = open(url);
            QVERIFY(m);
            auto q = m->database().exec(
                u"SELECT count(*) FROM audit_entries WHERE action = 'operator.bootstrap'"_s);
            QVERIFY(q && q->next());
            QCOMPARE(q->value(0).toInt(), 1);
        }
    }

    void migratesAnEmptyDatabase()
    {
        const DatabaseUrl url = freshDatabase();
        auto m = open(url);
        QVERIFY(m);
        auto info = m->info();
        QVERIFY(info);
        QCOMPARE(info->schemaVersion, Migrator::latestVersion());
        QCOMPARE(info->appliedOnOpen.size(), Migrator::builtin().size());
        QCOMPARE(info->tenants, 0);
        // The first operator of a new database is its admin, and that was audited.
        QCOMPARE(m->currentOperator().name, owner());
        QCOMPARE(m->currentOperator().role, OperatorRole::Admin);
        auto q = m->database().exec(u"SELECT action, operator FROM audit_entries"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), u"operator.bootstrap"_s);
        QCOMPARE(q->value(1).toString(), owner());

        // Opening again applies nothing.
        m.reset();
        auto again = open(url);
        QVERIFY(again);
        QVERIFY(again->info()->appliedOnOpen.isEmpty());
    }

    void migratesAnOlderDatabase()
    {
        const DatabaseUrl url = freshDatabase();
        {
            auto db = Database::open(url);
            QVERIFY(db);
            auto applied = Migrator::migrate(**db, u"old-version"_s, Migrator::builtin(), 1);
            QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
            QCOMPARE(*applied, QList<int> {1});
            // A tenant written by the version that knew schema 1 only.
            for (const QString &sql : QStringList {
                     u"INSERT INTO configuration_documents VALUES ('abc', "
                     "'{\"limits\":{\"max_users\":3}}')"_s,
                     u"INSERT INTO operators VALUES ('"_s + owner()
                         + u"', 'admin', '2025-01-01T00:00:00.000Z', 'x')"_s,
                     u"INSERT INTO tenants (id, name, tier, status, owner_email, region, industry, "
                     "compliance, configuration_sha256, version, created_at, updated_at, "
                     "updated_by) "
                     "VALUES ('old-corp', 'Ünïcode Old Corp', 'free', 'active', "
                     "'Boss@Old.example', "
                     "'eu-west-1', '', 'GDPR', 'abc', 3, '2025-01-01T00:00:00.000Z', "
                     "'2025-02-01T00:00:00.000Z', 'x')"_s,
                     u"INSERT INTO audit_entries (at, operator, role, action, tenant_id, reason) "
                     "VALUES ('2025-01-01T00:00:00.000Z', 'founder', 'admin', 'tenant.create', "
                     "'old-corp', '')"_s}) {
                auto q = (*db)->exec(sql);
                QVERIFY2(q, qPrintable(q ? QString() : q.error().message));
            }
            QCOMPARE(*Migrator::currentVersion(**db), 1);
            if (!postgres()) {
                QVERIFY((*db)->exec(u"INSERT INTO operators VALUES ('sue', 'support', "
                                    "'2025-01-01T00:00:00.000Z', 'x')"_s));
            }
        }
        if (!postgres()) {
            // Only an admin upgrades an existing database; anyone else is told so, and the
            // database stays at version 1. (On PostgreSQL the server itself insists on the
            // owner for the DDL.)
            QString error;
            QVERIFY(!openManager(url, u"sue"_s, m_clock, &error));
            QVERIFY2(error.contains(u"only an admin"_s), qPrintable(error));
            auto db = Database::open(url);
            QCOMPARE(*Migrator::currentVersion(**db), 1);
        }
        auto m = open(url);
        QVERIFY(m);
        QCOMPARE(m->info()->schemaVersion, Migrator::latestVersion());
        QCOMPARE(m->info()->appliedOnOpen, (QList<int> {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
        // Migration 2 backfilled the search and sort keys of the old row.
        TenantQuery query;
        query.filter.search = u"ÜNÏCODE"_s;
        auto found = m->list(query);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, u"old-corp"_s);
        query.filter.search = u"boss@old"_s;
        QCOMPARE(m->list(query)->size(), 1);
        auto shown = m->show(u"old-corp"_s);
        QVERIFY(shown);
        QCOMPARE(shown->version, 3);
        // Migration 4 found who created it in the audit log (the row names a later editor). On
        // PostgreSQL the log records the session's login whatever the row says.
        const QString founder = postgres() ? owner() : u"founder"_s;
        QCOMPARE(shown->createdBy, founder);
        QCOMPARE(shown->updatedBy, u"x"_s);
        QCOMPARE(m->configurationHistory(u"old-corp"_s)->first().createdBy, founder);
        // Its stored configuration (schema 2 kept only the configuration part) stands over its
        // tier's template, and is revision 0.
        QCOMPARE(shown->configurationRevision, 0);
        QCOMPARE(shown->configuration.value(u"tenant_id"_s).toString(), u"old-corp"_s);
        const QJsonObject limits = shown->configuration.value(u"configuration"_s)
                                       .toObject()
                                       .value(u"limits"_s)
                                       .toObject();
        QCOMPARE(limits.value(u"max_users"_s).toInt(), 3);
        QCOMPARE(limits.value(u"api_requests_per_hour"_s).toInt(), 100); // the free template's
    }

    void refusesANewerDatabaseUntouched()
    {
        const DatabaseUrl url = freshDatabase();
        {
            auto m = open(url);
            QVERIFY(m);
            auto q = m->database().exec(u"INSERT INTO schema_version VALUES (99, 'from the "
                                        "future', '2030-01-01T00:00:00.000Z', 'future')"_s);
            QVERIFY(q);
            // A file in rollback-journal mode must not even be switched to WAL.
            if (!postgres())
                QVERIFY(m->database().exec(u"PRAGMA journal_mode=DELETE"_s));
        }
        QByteArray fileBefore;
        auto fileBytes = [&] {
            QFile f(url.sqlitePath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        if (!postgres())
            fileBefore = fileBytes();
        auto snapshot = [&] {
            auto db = Database::open(url);
            QStringList state = (*db)->connection().tables();
            state.sort();
            auto q = (*db)->exec(u"SELECT count(*) FROM audit_entries"_s);
            q->next();
            state << q->value(0).toString();
            return state;
        };
        const QStringList before = snapshot();
        auto db = Database::open(url);
        QVERIFY(db);
        auto m = TenantManager::open(std::move(db).value(), catalog(), owner(), m_clock);
        QVERIFY(!m);
        QCOMPARE(m.error().code, ErrorCode::Storage);
        QVERIFY2(m.error().message.contains(u"newer"_s), qPrintable(m.error().message));
        QVERIFY(m.error().message.contains(u"99"_s));
        if (!postgres()) {
            QVERIFY(!fileBefore.isEmpty());
            QCOMPARE(fileBytes(), fileBefore); // byte for byte
            QVERIFY(!QFile::exists(url.sqlitePath() + u"-wal"_s));
        }
        QCOMPARE(snapshot(), before);
    }

    // Values reach the database as given, whatever they hold (on PostgreSQL they are quoted
    // by the driver into the statement: one round trip instead of three).
    void bindsAwkwardValues()
    {
        auto m = open(freshDatabase());
        QVERIFY(m);
        Database &db = m->database();
        QVERIFY(db.exec(u"CREATE TABLE awkward (n INTEGER, t TEXT, q TEXT)"_s));
        const QStringList texts {u"it's"_s,
                                 u"'; DROP TABLE awkward; --"_s,
                                 u"a ? b ?? c"_s,
                                 u"back\\slash \\' and \"double\""_s,
                                 u"Société ✓ 🚀 日本"_s,
                                 u"$1 $$ $tag$"_s,
                                 u"  spaces and a newline around \n"_s,
                                 u"tab\t"_s,
                                 u"a backslash \\ and a space "_s,
                                 QString()};
        int n = 0;
        for (const QString &text : texts)
            QVERIFY(db.exec(
                u"INSERT INTO awkward (n, t, q) VALUES (?, ?, '?')"_s,
                {++n, text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text)}));
        auto q = db.exec(u"SELECT n, t, q FROM awkward WHERE n > ? ORDER BY n"_s, {0});
        QVERIFY(q);
        n = 0;
        while (q->next()) {
            QCOMPARE(q->value(0).toInt(), n + 1);
            QCOMPARE(q->value(1).isNull(), texts[n].isNull());
            QCOMPARE(q->value(1).toString(), texts[n]);
            QCOMPARE(q->value(2).toString(), u"?"_s);
            ++n;
        }
        QCOMPARE(n, texts.size());
        QCOMPARE(db.exec(u"SELECT count(*) FROM awkward WHERE t = ? OR t = ?"_s,
                         {u"it's"_s, u"a ? b ?? c"_s})
                     ->next(),
                 true);
        QVERIFY(!db.exec(u"SELECT ? , ?"_s, {1}));
    }

    // Database::queue: statements nobody reads back go to PostgreSQL together (one message)
    // at the next statement that must answer or at the commit; in order, all or nothing.
    void queuedWritesCommitTogetherOrNotAtAll()
    {
        auto m = open(freshDatabase());
        QVERIFY(m);
        Database &db = m->database();
        QVERIFY(db.exec(u"CREATE TABLE queued (n INTEGER PRIMARY KEY, t TEXT)"_s));
        const QStringList texts {u"it's"_s, u"$tenancy$ ; DO $$ x $$"_s, u"back\\slash; --"_s,
                                 u"Société ✓ 🚀"_s};
        // Queued, then read back inside the same transaction (the read sends them first), then
        // more after the read; the read at the end sees all of them.
        auto row = db.writeThenRead(
            [&]() -> Result<void> {
                for (int n = 0; n < 2; ++n) {
                    if (auto r
                        = db.queue(u"INSERT INTO queued (n, t) VALUES (?, ?)"_s, {n, texts[n]});
                        !r)
                        return r;
                }
                auto seen = db.exec(u"SELECT count(*) FROM queued"_s);
                if (!seen || !seen->next() || seen->value(0).toInt() != 2)
                    return Error::make(ErrorCode::Storage, u"queued rows not visible"_s);
                for (int n = 2; n < texts.size(); ++n) {
                    if (auto r
                        = db.queue(u"INSERT INTO queued (n, t) VALUES (?, ?)"_s, {n, texts[n]});
                        !r)
                        return r;
                }
                return db.queue(u"UPDATE queued SET t = t || '!' WHERE n = ?"_s, {0});
            },
            u"SELECT count(*), max(n) FROM queued WHERE t <> ?"_s, {u"nothing"_s});
        QVERIFY2(row, row ? "" : qPrintable(row.error().message));
        QCOMPARE(row->size(), 2);
        QCOMPARE(row->at(0).toInt(), texts.size());
        QCOMPARE(row->at(1).toInt(), texts.size() - 1);
        auto q = db.exec(u"SELECT t FROM queued ORDER BY n"_s);
        QVERIFY(q);
        for (int n = 0; n < texts.size(); ++n) {
            QVERIFY(q->next());
            QCOMPARE(q->value(0).toString(), n == 0 ? texts[n] + u'!' : texts[n]);
        }

        // Only queued (nothing sent before the commit), the last one failing: nothing of it is
        // written, and the error says what failed.
        auto failed = db.write([&]() -> Result<void> {
            if (auto r = db.queue(u"INSERT INTO queued (n, t) VALUES (?, ?)"_s, {10, u"new"_s}); !r)
                return r;
            if (auto r = db.queue(u"UPDATE queued SET t = 'changed'"_s); !r)
                return r;
            return db.queue(u"INSERT INTO queued (n, t) VALUES (?, ?)"_s, {1, u"taken"_s});
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::AlreadyExists);
        // A body that fails after queuing sends nothing at all.
        auto refused = db.write([&]() -> Result<void> {
            if (auto r = db.queue(u"DELETE FROM queued"_s); !r)
                return r;
            return Error::make(ErrorCode::NotAllowed, u"changed my mind"_s);
        });
        QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
        auto after = db.exec(u"SELECT count(*), sum(CASE WHEN t = 'changed' THEN 1 ELSE 0 END) "
                             "FROM queued"_s);
        QVERIFY(after && after->next());
        QCOMPARE(after->value(0).toInt(), texts.size());
        QCOMPARE(after->value(1).toInt(), 0);
        // The connection is usable afterwards (no transaction left open or aborted).
        QVERIFY(db.exec(u"INSERT INTO queued (n, t) VALUES (?, ?)"_s, {20, u"after"_s}));
    }

    void rowReadsGoWithQueuedWrites()
    {
        auto m = open(freshDatabase());
        QVERIFY(m);
        Database &db = m->database();
        QVERIFY(db.exec(u"CREATE TABLE queued (n INTEGER PRIMARY KEY, t TEXT)"_s));
        const auto count = [&](const QString &where) {
            auto q = db.exec(u"SELECT count(*) FROM queued WHERE "_s + where);
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        // A row read (and a write with RETURNING) sees what was queued before it; no row reads
        // as empty; all of it commits.
        auto written = db.write([&]() -> Result<void> {
            if (auto r = db.queue(u"INSERT INTO queued (n, t) VALUES (?, ?)"_s, {30, u"thirty"_s});
                !r)
                return r;
            auto row = db.readRow(u"SELECT t, n FROM queued WHERE n = ?"_s, {30});
            if (!row)
                return row.error();
            if (row->size() != 2 || row->at(0).toString() != u"thirty"_s
                || row->at(1).toInt() != 30)
                return Error::make(ErrorCode::Storage, u"read %1 values"_s.arg(row->size()));
            auto none = db.readRow(u"SELECT t FROM queued WHERE n = ?"_s, {31});
            if (!none || !none->isEmpty())
                return Error::make(ErrorCode::Storage, u"a row where there is none"_s);
            auto returned = db.readRow(u"INSERT INTO queued (n, t) VALUES (?, ?) RETURNING n"_s,
                                       {32, u"thirty-two"_s});
            if (!returned || returned->value(0).toInt() != 32)
                return Error::make(ErrorCode::Storage, u"RETURNING did not answer"_s);
            return db.queue(u"UPDATE queued SET t = t || '!' WHERE n = ?"_s, {30});
        });
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(count(u"n IN (30, 32)"_s), 2);
        QCOMPARE(count(u"t = 'thirty!'"_s), 1);

        // The transaction already begun (a statement answered), the last queued write and the
        // read at the end go with the commit: the read sees the write, and both hold after.
        auto read = db.writeThenRead(
            [&]() -> Result<void> {
                if (auto q = db.exec(u"SELECT count(*) FROM queued"_s); !q)
                    return q.error();
                return db.queue(u"INSERT INTO queued (n, t) VALUES (?, ?)"_s, {40, u"forty"_s});
            },
            u"SELECT count(*) FROM queued WHERE n >= ?"_s, {40});
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(read->value(0).toInt(), 1);
        QCOMPARE(count(u"n = 40"_s), 1);

        // There, a failing write before the read: nothing of the transaction is written, the
        // error names the cause, and the connection is usable after (rolled back, not left
        // aborted).
        auto failed = db.writeThenRead(
            [&]() -> Result<void> {
                if (auto q = db.exec(u"SELECT count(*) FROM queued"_s); !q)
                    return q.error();
                if (auto r
                    = db.queue(u"INSERT INTO queued (n, t) VALUES (?, ?)"_s, {50, u"fifty"_s});
                    !r)
                    return r;
                return db.queue(u"INSERT INTO queued (n, t) VALUES (?, ?)"_s, {30, u"taken"_s});
            },
            u"SELECT count(*) FROM queued"_s);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(count(u"n = 50"_s), 0);
        // And a failing queued write surfaces at the read that carries it, rolling back all.
        auto refused = db.write([&]() -> Result<void> {
            if (auto r = db.queue(u"INSERT INTO queued (n, t) VALUES (?, ?)"_s, {60, u"sixty"_s});
                !r)
                return r;
            if (auto r = db.queue(u"INSERT INTO queued (n, t) VALUES (?, ?)"_s, {32, u"taken"_s});
                !r)
                return r;
            auto row = db.readRow(u"SELECT count(*) FROM queued"_s);
            return row ? Result<void>() : Result<void>(row.error());
        });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(count(u"n = 60"_s), 0);
        auto after = db.write([&]() -> Result<void> {
            return db.queue(u"INSERT INTO queued (n, t) VALUES (?, ?)"_s, {70, u"seventy"_s});
        });
        QVERIFY2(after, after ? "" : qPrintable(after.error().message));
        QCOMPARE(count(u"n = 70"_s), 1);
    }

    void createsAndShowsATenant()
    {
        auto m = open(freshDatabase());
        QVERIFY(m);
        const qint64 auditBefore = auditCount(*m);
        auto created = m->create(sample(u"acme-corp"_s));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->status, TenantStatus::Pending); // until provisioned
        QCOMPARE(created->version, 1);
        QCOMPARE(created->compliance, (QStringList {u"GDPR"_s, u"SOC2"_s}));
        QCOMPARE(created->createdAt, m_clock.now());

        auto shown = m->show(u"acme-corp"_s);
        QVERIFY(shown);
        QCOMPARE(shown->name, u"Tenant acme-corp"_s);
        QCOMPARE(shown->tier, u"professional"_s);
        QCOMPARE(shown->ownerEmail, u"owner@acme-corp.example"_s);
        QCOMPARE(shown->compliance, (QStringList {u"GDPR"_s, u"SOC2"_s}));
        // Its configuration: the professional template rendered for it, the frameworks chosen.
        const QJsonObject document = shown->configuration;
        QCOMPARE(document.value(u"tenant_id"_s).toString(), u"acme-corp"_s);
        QCOMPARE(document.value(u"tenant_name"_s).toString(), u"Tenant acme-corp"_s);
        QCOMPARE(document.value(u"tier"_s).toString(), u"professional"_s);
        const QJsonObject configuration = document.value(u"configuration"_s).toObject();
        const QJsonObject defaults = catalog()->defaultConfiguration(u"professional"_s);
        QCOMPARE(configuration.value(u"limits"_s), defaults.value(u"limits"_s));
        QCOMPARE(configuration.value(u"security"_s), defaults.value(u"security"_s));
        QCOMPARE(configuration.value(u"compliance"_s).toObject().value(u"frameworks"_s),
                 QJsonValue(QJsonArray {u"GDPR"_s, u"SOC2"_s}));
        QCOMPARE(document.value(u"billing"_s).toObject().value(u"subscription_started_at"_s),
                 QJsonValue(toIsoUtc(m_clock.now())));
        QCOMPARE(shown->configurationRevision, 0);
        QCOMPARE(shown->updatedBy, owner());
        QCOMPARE(shown->createdAt, m_clock.now());

        QCOMPARE(auditCount(*m), auditBefore + 1);
        auto history = m->history(u"acme-corp"_s);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().action, u"tenant.create"_s);
        QCOMPARE(history->first().role, u"admin"_s);
        QVERIFY(!history->first().before);
        QCOMPARE(history->first().after->value(u"id"_s).toString(), u"acme-corp"_s);

        auto missing = m->show(u"nobody"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void refusesBadInputAndWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("uppercase id") << u"id"_s << u"Acme"_s;
        QTest::newRow("sql in id") << u"id"_s << u"x'; DROP TABLE tenants;--"_s;
        QTest::newRow("64-char id") << u"id"_s << QString(64, u'a');
        QTest::newRow("empty name") << u"name"_s << u"   "_s;
        QTest::newRow("control in name") << u"name"_s << u"Evil\u0007Corp"_s;
        QTest::newRow("bad owner") << u"owner_email"_s << u"not-an-email"_s;
        QTest::newRow("unknown tier") << u"tier"_s << u"platinum"_s;
        QTest::newRow("unknown region") << u"region"_s << u"mars-north-1"_s;
        QTest::newRow("unknown framework") << u"compliance"_s << u"SOC3"_s;
    }
    void refusesBadInputAndWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        auto m = open(freshDatabase());
        QVERIFY(m);
        NewTenant t = sample(u"good-id"_s);
        if (field == u"id"_s)
            t.id = value;
        else if (field == u"name"_s)
            t.name = value;
        else if (field == u"owner_email"_s)
            t.ownerEmail = value;
        else if (field == u"tier"_s)
            t.tier = value;
        else if (field == u"region"_s)
            t.region = value;
        else if (field == u"compliance"_s)
            t.compliance = {value};
        const qint64 auditBefore = auditCount(*m);
        auto created = m->create(t);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::Invalid);
        QCOMPARE(created.error().field, field);
        QVERIFY(!created.error().message.isEmpty());
        QCOMPARE(*m->count({}), 0);
        QCOMPARE(auditCount(*m), auditBefore);
    }

    void refusesADuplicateId()
    {
        auto m = open(freshDatabase());
        QVERIFY(m);
        QVERIFY(m->create(sample(u"acme"_s)));
        const qint64 auditBefore = auditCount(*m);
        NewTenant again = sample(u"acme"_s);
        again.name = u"Another ACME"_s;
        auto duplicate = m->create(again);
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(duplicate.error().field, u"id"_s);
        QVERIFY(duplicate.error().message.contains(u"acme"_s));
        QCOMPARE(m->show(u"acme"_s)->name, u"Tenant acme"_s);
        QCOMPARE(auditCount(*m), auditBefore); // the failed create left no audit entry
    }

    void listsWithFiltersSortingAndPages()
    {
        auto m = open(freshDatabase());
        QVERIFY(m);
        const QStringList tiers {u"free"_s, u"professional"_s, u"enterprise"_s, u"custom"_s};
        const QStringList regions {u"us-east-1"_s, u"eu-west-1"_s, u"ap-south-1"_s};
        for (int i = 0; i < 30; ++i) {
            NewTenant t = sample(u"tenant-%1"_s.arg(i, 2, 10, QChar(u'0')), tiers[i % 4]);
            t.name = (i % 2 ? u"beta "_s : u"Alpha "_s) + QString::number(100 - i);
            t.region = regions[i % 3];
            if (i == 7)
                t.name = u"Literal 100% _under_ O'Brien"_s;
            QVERIFY(i == 3 ? createActive(*m, t) : m->create(t).ok());
        }
        QVERIFY(m->suspend(u"tenant-03"_s, activeVersion, u"test"_s));

        TenantQuery q;
        q.limit = 100;
        QCOMPARE(m->list(q)->size(), 30);
        q.filter.tier = u"enterprise"_s;
        QCOMPARE(m->list(q)->size(), 7);
        QCOMPARE(*m->count(q.filter), 7);
        q.filter = {};
        q.filter.region = u"eu-west-1"_s;
        QCOMPARE(m->list(q)->size(), 10);
        q.filter = {};
        q.filter.status = TenantStatus::Suspended;
        QCOMPARE(m->list(q)->size(), 1);
        QCOMPARE(m->list(q)->first().id, u"tenant-03"_s);

        // Search: any case, over id, name and owner; metacharacters are literal.
        q.filter = {};
        q.filter.search = u"ALPHA 9"_s;
        QCOMPARE(m->list(q)->size(), 5); // Alpha 98, 96, 94, 92, 90
        q.filter.search = u"tenant-1"_s;
        QCOMPARE(m->list(q)->size(), 10);
        q.filter.search = u"@tenant-22."_s;
        QCOMPARE(m->list(q)->size(), 1);
        q.filter.search = u"100%"_s;
        QCOMPARE(m->list(q)->size(), 1);
        q.filter.search = u"%"_s;
        QCOMPARE(m->list(q)->size(), 1);
        q.filter.search = u"_under_"_s;
        QCOMPARE(m->list(q)->size(), 1);
        q.filter.search = u"o'brien"_s;
        QCOMPARE(m->list(q)->size(), 1);
        q.filter.search = u"nothing like this"_s;
        QCOMPARE(m->list(q)->size(), 0);

        // Sorting by name ignores case; ties break by id; descending reverses.
        q.filter = {};
        q.sort = TenantSortKey::Name;
        auto byName = m->list(q);
        QVERIFY(byName);
        for (qsizetype i = 1; i < byName->size(); ++i)
            QVERIFY(byName->at(i - 1).name.toLower() <= byName->at(i).name.toLower());
        q.order = Qt::DescendingOrder;
        auto reversed = m->list(q);
        QCOMPARE(reversed->first().id, byName->last().id);
        QCOMPARE(reversed->last().id, byName->first().id);

        // Tier order follows the catalog, not the alphabet.
        q.order = Qt::AscendingOrder;
        q.sort = TenantSortKey::Tier;
        auto byTier = m->list(q);
        QCOMPARE(byTier->first().tier, u"free"_s);
        QCOMPARE(byTier->last().tier, u"custom"_s);

        // Pages are disjoint and cover everything once.
        q.sort = TenantSortKey::Id;
        q.limit = 7;
        QStringList seen;
        for (q.offset = 0; q.offset < 35; q.offset += 7) {
            for (const Tenant &t : *m->list(q))
                seen << t.id;
        }
        QCOMPARE(seen.size(), 30);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 30);
        QCOMPARE(seen.first(), u"tenant-00"_s);
        QCOMPARE(seen.last(), u"tenant-29"_s);

        q.filter.tier = u"platinum"_s;
        auto bad = m->list(q);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, u"tier"_s);
    }

    void suspendsAndReactivates()
    {
        auto m = open(freshDatabase());
        QVERIFY(m);
        QVERIFY(createActive(*m, sample(u"acme"_s)));
        m_clock.advance(60);
        auto suspended = m->suspend(u"acme"_s, 3, u"  invoice unpaid  "_s);
        QVERIFY2(suspended, qPrintable(suspended ? QString() : suspended.error().message));
        QCOMPARE(suspended->status, TenantStatus::Suspended);
        QCOMPARE(suspended->version, 4);
        QCOMPARE(m->show(u"acme"_s)->version, 4);
        QCOMPARE(m->show(u"acme"_s)->updatedAt, m_clock.now());

        auto again = m->suspend(u"acme"_s, 4, u"twice"_s);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotAllowed);
        QVERIFY2(again.error().message.contains(u"suspended"_s), qPrintable(again.error().message));

        auto noReason = m->reactivate(u"acme"_s, 4, u"   "_s);
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().field, u"reason"_s);

        auto active = m->reactivate(u"acme"_s, 4, u"paid"_s);
        QVERIFY(active);
        QCOMPARE(active->version, 5);

        auto history = m->history(u"acme"_s);
        QCOMPARE(history->size(), 5); // create, provisioning, activation, suspend, reactivate
        QCOMPARE(history->at(0).action, u"tenant.reactivate"_s);
        QCOMPARE(history->at(1).action, u"tenant.suspend"_s);
        QCOMPARE(history->at(1).reason, u"invoice unpaid"_s);
        QCOMPARE(history->at(1).before->value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(history->at(1).after->value(u"status"_s).toString(), u"suspended"_s);

        auto missing = m->suspend(u"ghost"_s, 1, u"x"_s);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void refusesAStaleWriteNamingWhoChangedIt()
    {
        const DatabaseUrl url = freshDatabase();
        auto first = open(url);
        QVERIFY(first);
        QVERIFY(createActive(*first, sample(u"acme"_s)));
        QString second = owner();
        if (!postgres()) {
            QVERIFY(first->addOperator(u"bob"_s, OperatorRole::Support));
            second = u"bob"_s;
        }
        auto other = open(url, postgres() ? QString() : second); // another console
        QVERIFY(other);
        const int read = first->show(u"acme"_s)->version; // we read version 3 ...
        m_clock.advance(300);
        QVERIFY(other->suspend(u"acme"_s, read, u"security incident"_s)); // ... they write 4
        const qint64 auditBefore = auditCount(*first);

        auto stale = first->suspend(u"acme"_s, read, u"mine"_s);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QVERIFY2(stale.error().message.contains(second), qPrintable(stale.error().message));
        QVERIFY(stale.error().message.contains(toIsoUtc(m_clock.now())));
        QCOMPARE(auditCount(*first), auditBefore);
        QCOMPARE(first->show(u"acme"_s)->version, 4);
        // Reloading and reapplying works.
        QVERIFY(first->reactivate(u"acme"_s, 4, u"reapplied"_s));
    }

    void enforcesRolesInCore_data()
    {
        QTest::addColumn<OperatorRole>("role");
        QTest::addColumn<bool>("mayCreate");
        QTest::addColumn<bool>("maySuspend");
        QTest::addColumn<bool>("mayManageOperators");
        QTest::addColumn<bool>("mayReadAudit");
        QTest::newRow("support") << OperatorRole::Support << true << true << false << true;
        QTest::newRow("compliance") << OperatorRole::Compliance << false << false << false << true;
        QTest::newRow("sales") << OperatorRole::Sales << false << false << false << false;
        QTest::newRow("auditor") << OperatorRole::Auditor << false << false << false << true;
        QTest::newRow("admin") << OperatorRole::Admin << true << true << true << true;
    }
    void enforcesRolesInCore()
    {
        QFETCH(OperatorRole, role);
        QFETCH(bool, mayCreate);
        QFETCH(bool, maySuspend);
        QFETCH(bool, mayManageOperators);
        QFETCH(bool, mayReadAudit);
        const DatabaseUrl url = freshDatabase();
        auto admin = open(url);
        QVERIFY(createActive(*admin, sample(u"existing"_s)));
        // On PostgreSQL the operator is the login: give it one (roles are per cluster, so the
        // name is unique to this run), and connect as it.
        const QString someone = postgres()
            ? u"someone_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(roleId(role))
            : u"someone"_s;
        if (postgres())
            QVERIFY(admin->initDatabaseRoles());
        auto added = admin->addOperator(someone, role);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QString error;
        auto m = postgres()
            ? openManager(m_databases.lastPostgres().url(someone), {}, m_clock, &error)
            : openManager(url, someone, m_clock, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->currentOperator().role, role);

        auto check = [&](const auto &result, bool allowed) {
            if (allowed)
                return result.ok();
            return !result.ok() && result.error().code == ErrorCode::PermissionDenied
                && result.error().message.contains(someone);
        };
        QVERIFY(m->list({}).ok()); // every role reads
        QVERIFY(m->show(u"existing"_s).ok());
        QVERIFY(check(m->create(sample(u"new-one"_s)), mayCreate));
        QVERIFY(check(m->suspend(u"existing"_s, activeVersion, u"x"_s), maySuspend));
        // On PostgreSQL an admin assigns roles to logins that exist (creating logins is the
        // owner's or a DBA's job), so carol's login is made first.
        const QString carol = postgres()
            ? u"carol_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(roleId(role))
            : u"carol"_s;
        if (postgres())
            QVERIFY(m_databases.lastPostgres().execAsSuperuser(u"CREATE ROLE "_s + carol
                                                               + u" LOGIN"_s));
        QVERIFY(check(m->addOperator(carol, OperatorRole::Sales), mayManageOperators));
        QVERIFY(check(m->history(u"existing"_s), mayReadAudit));
        QVERIFY(check(m->generateSampleFleet(5, 1), mayCreate));
        if (!mayCreate)
            QCOMPARE(*admin->count({}), 1); // nothing slipped through
    }

    void identifiesOperators()
    {
        const DatabaseUrl url = freshDatabase();
        auto admin = open(url);
        QVERIFY(admin);
        if (postgres()) {
            // On PostgreSQL you are your login; pretending to be someone else is refused.
            QString error;
            auto other = openManager(url, u"mallory"_s, m_clock, &error);
            QVERIFY(!other);
            QVERIFY2(error.contains(u"login"_s), qPrintable(error));
            return;
        }
        QString error;
        auto stranger = openManager(url, u"mallory"_s, m_clock, &error);
        QVERIFY(!stranger);
        QVERIFY2(error.contains(u"not registered"_s), qPrintable(error));
        auto badName = openManager(url, u"Robert'); DROP TABLE operators;--"_s, m_clock, &error);
        QVERIFY(!badName);
    }

    void managesOperators()
    {
        auto m = open(freshDatabase());
        QVERIFY(m);
        QVERIFY(m->addOperator(u"sue"_s, OperatorRole::Support));
        auto duplicate = m->addOperator(u"sue"_s, OperatorRole::Sales);
        QCOMPARE(duplicate.error().code, ErrorCode::AlreadyExists);
        auto badRole = m->addOperator(u"Bad Name"_s, OperatorRole::Sales);
        QCOMPARE(badRole.error().field, u"operator"_s);
        auto changed = m->setOperatorRole(u"sue"_s, OperatorRole::Compliance);
        QVERIFY(changed);
        QCOMPARE(changed->role, OperatorRole::Compliance);
        auto missing = m->setOperatorRole(u"nobody"_s, OperatorRole::Sales);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        auto lastAdmin = m->setOperatorRole(owner(), OperatorRole::Sales);
        QVERIFY(!lastAdmin);
        QCOMPARE(lastAdmin.error().code, ErrorCode::NotAllowed);
        auto list = m->operators();
        QCOMPARE(list->size(), 2);
        auto q = m->database().exec(
            u"SELECT count(*) FROM audit_entries WHERE action LIKE 'operator.%'"_s);
        q->next();
        QCOMPARE(q->value(0).toInt(), 3); // bootstrap, add, set-role
    }

    void generatesASampleFleet()
    {
        auto m = open(freshDatabase());
        QVERIFY(m);
        qint64 lastDone = 0;
        auto result = m->generateSampleFleet(1500, 7, [&](qint64 done, qint64 total) {
            lastDone = done;
            return total == 1500;
        });
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->inserted, 1500);
        QCOMPARE(lastDone, 1500);
        QCOMPARE(*m->count({}), 1500);
        // Every generated tenant reads back cleanly with its configuration.
        TenantQuery q;
        q.limit = 3;
        for (const Tenant &t : *m->list(q)) {
            auto shown = m->show(t.id);
            QVERIFY(shown);
            const QJsonObject configuration
                = shown->configuration.value(u"configuration"_s).toObject();
            const QJsonObject defaults = catalog()->defaultConfiguration(shown->tier);
            QCOMPARE(shown->configuration.value(u"tenant_id"_s).toString(), t.id);
            QCOMPARE(configuration.value(u"limits"_s), defaults.value(u"limits"_s));
            QCOMPARE(configuration.value(u"ai_configuration"_s),
                     defaults.value(u"ai_configuration"_s));
        }
        // The same seed again: the same ids, all skipped.
        auto again = m->generateSampleFleet(1500, 7);
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->skipped, 1500);
        // Cancelled half-way: nothing is kept.
        const qint64 auditBefore = auditCount(*m);
        auto cancelled
            = m->generateSampleFleet(2000, 8, [](qint64 done, qint64) { return done < 1000; });
        QVERIFY(!cancelled);
        QCOMPARE(*m->count({}), 1500);
        QCOMPARE(auditCount(*m), auditBefore);
        QCOMPARE(m->generateSampleFleet(0, 1).error().field, u"tenants"_s);
    }

    void keepsTheAuditLogAppendOnly()
    {
        auto m = open(freshDatabase());
        QVERIFY(m);
        QVERIFY(m->create(sample(u"acme"_s)));
        const qint64 before = auditCount(*m);
        QVERIFY(!m->database().exec(u"UPDATE audit_entries SET reason = 'rewritten'"_s));
        QVERIFY(!m->database().exec(u"DELETE FROM audit_entries"_s));
        QCOMPARE(auditCount(*m), before);
    }

    void reportsRowsItCannotRead()
    {
        auto m = open(freshDatabase());
        QVERIFY(m);
        QVERIFY(m->create(sample(u"acme"_s)));
        // As another (future or broken) version might leave them.
        QVERIFY(m->database().exec(u"INSERT INTO configuration_documents (sha256, document) "
                                   "VALUES ('broken', '{not json')"_s));
        QVERIFY(m->database().exec(
            u"UPDATE tenants SET configuration_sha256 = 'broken' WHERE id = 'acme'"_s));
        auto shown = m->show(u"acme"_s);
        QVERIFY(!shown);
        QCOMPARE(shown.error().code, ErrorCode::Storage);
        QVERIFY2(shown.error().message.contains(u"acme"_s), qPrintable(shown.error().message));
        QVERIFY(m->database().exec(
            u"UPDATE tenants SET created_at = 'yesterday-ish' WHERE id = 'acme'"_s));
        auto listed = m->list({});
        QVERIFY(!listed);
        QVERIFY2(listed.error().message.contains(u"created_at"_s),
                 qPrintable(listed.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
