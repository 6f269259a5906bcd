// `db init-roles` on a real PostgreSQL server, checked the way a person with psql would meet it:
// a sales login cannot change tenants even in raw SQL, a support login can, and nobody can
// rewrite the audit log.
#include "TenantManager.h"
#include "TestSupport.h"
#include "store/DatabaseRoles.h"
#include "store/TenantRepository.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_DatabaseRoles : public QObject
{
    Q_OBJECT

    std::optional<PostgresServer> m_server;
    std::unique_ptr<PostgresDatabase> m_db;
    FixedClock m_clock {QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC)};
    QString m_sales;
    QString m_support;
    QString m_auditor;

    int psqlAs(const QString &user, const QString &sql, QString *err = nullptr)
    {
        QString out;
        return psql(*m_server, m_db->name(), user, sql, &out, err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = postgresServer();
        TENANCY_REQUIRE_SERVICE(m_server.has_value(), "PostgreSQL");
        m_db = std::make_unique<PostgresDatabase>(*m_server);
        QVERIFY(m_db->ok());
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        m_sales = u"sales_bob_"_s + suffix;
        m_support = u"support_sue_"_s + suffix;
        m_auditor = u"auditor_ann_"_s + suffix;

        QString error;
        auto owner = openManager(m_db->url(), {}, m_clock, &error);
        QVERIFY2(owner, qPrintable(error));
        QVERIFY(owner->create({u"acme"_s,
                               u"ACME"_s,
                               u"professional"_s,
                               u"it@acme.example"_s,
                               u"us-east-1"_s,
                               {},
                               {}}));
        // Operators added before the roles exist join their groups when init-roles runs ...
        QVERIFY(owner->addOperator(m_sales, OperatorRole::Sales));
        auto init = owner->initDatabaseRoles();
        QVERIFY2(init, qPrintable(init ? QString() : init.error().message));
        // ... and those added after join at once.
        QVERIFY(owner->addOperator(m_support, OperatorRole::Support));
        QVERIFY(owner->addOperator(m_auditor, OperatorRole::Auditor));
        QVERIFY(*DatabaseRoles::initialised(owner->database()));
        // Idempotent.
        QVERIFY(owner->initDatabaseRoles());
    }

    void salesCannotChangeTenantsInRawSql()
    {
        QString err;
        QCOMPARE(psqlAs(m_sales, u"SELECT count(*) FROM tenants"_s, &err), 0);
        QVERIFY(psqlAs(m_sales, u"UPDATE tenants SET name = 'pwned'"_s, &err) != 0);
        QVERIFY2(err.contains(u"permission denied"_s), qPrintable(err));
        QVERIFY(psqlAs(m_sales, u"INSERT INTO tenants (id) VALUES ('x')"_s, &err) != 0);
        QVERIFY(err.contains(u"permission denied"_s));
        QVERIFY(psqlAs(m_sales, u"DELETE FROM tenants"_s, &err) != 0);
        QVERIFY(psqlAs(m_sales, u"SELECT count(*) FROM audit_entries"_s, &err) != 0);
        QVERIFY(psqlAs(m_sales, u"UPDATE operators SET role = 'admin'"_s, &err) != 0);
        QVERIFY(err.contains(u"permission denied"_s));
    }

    void supportCanChangeTenantsButNotOperators()
    {
        QString err;
        QCOMPARE(
            psqlAs(m_support, u"UPDATE tenants SET name = 'ACME Inc' WHERE id = 'acme'"_s, &err),
            0);
        QVERIFY(psqlAs(m_support, u"UPDATE operators SET role = 'admin'"_s, &err) != 0);
        QVERIFY(err.contains(u"permission denied"_s));
        QVERIFY(psqlAs(m_support, u"DELETE FROM tenants"_s, &err) != 0);
    }

    void auditorOnlyReads()
    {
        QString err;
        QCOMPARE(psqlAs(m_auditor, u"SELECT count(*) FROM audit_entries"_s, &err), 0);
        QVERIFY(psqlAs(m_auditor, u"UPDATE tenants SET name = 'x'"_s, &err) != 0);
        QVERIFY(psqlAs(m_auditor,
                       u"INSERT INTO audit_entries (at, operator, role, action) "
                       "VALUES ('now', 'me', 'auditor', 'forged')"_s,
                       &err)
                != 0);
    }

    void nobodyRewritesTheAuditLog()
    {
        QString err;
        for (const QString &who : {m_support, m_server->superuser}) {
            QVERIFY(psqlAs(who, u"UPDATE audit_entries SET reason = 'rewritten'"_s, &err) != 0);
            QVERIFY(psqlAs(who, u"DELETE FROM audit_entries"_s, &err) != 0);
        }
        QVERIFY2(err.contains(u"append-only"_s), qPrintable(err));
    }

    void theDatabaseRefusesEvenWhenCoreIsBypassed()
    {
        // Core refuses sales first ...
        QString error;
        auto sales = openManager(m_db->url(m_sales), {}, m_clock, &error);
        QVERIFY2(sales, qPrintable(error));
        QCOMPARE(sales->currentOperator().role, OperatorRole::Sales);
        auto created = sales->create(
            {u"sneaky"_s, u"Sneaky"_s, u"free"_s, u"a@b.example"_s, u"us-east-1"_s, {}, {}});
        QCOMPARE(created.error().code, ErrorCode::PermissionDenied);
        // ... and below core, the database refuses the same write.
        Tenant t = *sales->show(u"acme"_s);
        t.name = u"Changed behind core's back"_s;
        auto written = TenantRepository(sales->database()).update(t, t.version);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::PermissionDenied);
    }

    void changingARoleMovesTheLogin()
    {
        QString error;
        auto owner = openManager(m_db->url(), {}, m_clock, &error);
        QVERIFY(owner);
        QVERIFY(owner->setOperatorRole(m_sales, OperatorRole::Support));
        QString err;
        QCOMPARE(psqlAs(m_sales, u"UPDATE tenants SET name = 'ACME' WHERE id = 'acme'"_s, &err), 0);
        QVERIFY(owner->setOperatorRole(m_sales, OperatorRole::Sales));
        QVERIFY(psqlAs(m_sales, u"UPDATE tenants SET name = 'x'"_s, &err) != 0);
    }

    void adminsCannotEscalateOrRewriteTheLog()
    {
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString adam = u"admin_adam_"_s + pid;
        const QString existing = u"existing_eve_"_s + pid;
        QString error;
        auto owner = openManager(m_db->url(), {}, m_clock, &error);
        QVERIFY(owner);
        QVERIFY(owner->addOperator(adam, OperatorRole::Admin));
        QVERIFY(m_db->execAsSuperuser(u"CREATE ROLE "_s + existing + u" LOGIN"_s));

        QString err;
        // Not the owner: the append-only guard stays on, and no roles can be made.
        QVERIFY(psqlAs(adam, u"ALTER TABLE audit_entries DISABLE TRIGGER USER"_s, &err) != 0);
        QVERIFY2(err.contains(u"owner"_s), qPrintable(err));
        QVERIFY(psqlAs(adam, u"CREATE ROLE mallory LOGIN"_s, &err) != 0);
        QVERIFY(psqlAs(adam, u"GRANT pg_execute_server_program TO "_s + adam, &err) != 0);

        auto admin = openManager(m_db->url(adam), {}, m_clock, &error);
        QVERIFY2(admin, qPrintable(error));
        // An admin moves existing logins between the non-admin groups ...
        auto added = admin->addOperator(existing, OperatorRole::Auditor);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QVERIFY(admin->setOperatorRole(existing, OperatorRole::Support));
        QCOMPARE(psqlAs(existing, u"UPDATE tenants SET name = 'ACME' WHERE id = 'acme'"_s, &err),
                 0);
        // ... but creates no logins and makes nobody admin.
        auto ghost = admin->addOperator(u"ghost_"_s + pid, OperatorRole::Sales);
        QVERIFY(!ghost);
        QCOMPARE(ghost.error().code, ErrorCode::NotAllowed);
        QVERIFY2(ghost.error().message.contains(u"no login"_s), qPrintable(ghost.error().message));
        auto promoted = admin->setOperatorRole(existing, OperatorRole::Admin);
        QVERIFY(!promoted);
        QCOMPARE(promoted.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(promoted.error().message.contains(u"owner"_s),
                 qPrintable(promoted.error().message));
        QCOMPARE(admin->show(u"acme"_s)->name, u"ACME"_s);
        QCOMPARE(owner->operators()->size(), 6); // 4 + adam + eve: the refusals left nothing
    }

    void auditEntriesCarryTheRealLogin()
    {
        QString err;
        // An entry without its place in the hash chain is refused outright ...
        QVERIFY(psqlAs(m_support,
                       u"INSERT INTO audit_entries (at, operator, role, action, reason) VALUES "
                       "('2026-01-01T00:00:00.000Z', 'alice', 'admin', 'unchained', 'psql')"_s,
                       &err)
                != 0);
        QVERIFY2(err.contains(u"seq"_s), qPrintable(err));
        // ... and one that claims a place is written as the real login, and verify names it.
        QCOMPARE(psqlAs(m_support,
                        u"INSERT INTO audit_entries (at, operator, role, action, reason, seq, "
                        "prev_hash, hash) SELECT '2026-01-01T00:00:00.000Z', 'alice', 'admin', "
                        "'forged', 'psql', seq + 1, hash, repeat('0', 64) FROM audit_entries "
                        "ORDER BY seq DESC LIMIT 1"_s,
                        &err),
                 0);
        QString out;
        QCOMPARE(psql(*m_server, m_db->name(), m_server->superuser,
                      u"SELECT operator, seq FROM audit_entries WHERE action = 'forged'"_s, &out,
                      &err),
                 0);
        QVERIFY2(out.contains(m_support) && !out.contains(u"alice"_s), qPrintable(out));
        const auto seqCell = QRegularExpression(u"\\|\\s*(\\d+)"_s).match(out);
        const qint64 forgedSeq = seqCell.hasMatch() ? seqCell.captured(1).toLongLong() : 0;
        QVERIFY2(forgedSeq > 0, qPrintable(out));
        QString error;
        auto owner = openManager(m_db->url(), {}, m_clock, &error);
        QVERIFY2(owner, qPrintable(error));
        auto verified = owner->verifyAuditLog(QByteArray(32, 'k'));
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        QVERIFY(!verified->verdict.intact());
        QCOMPARE(verified->verdict.firstBadSeq, forgedSeq);
    }

    void groupsArePerDatabase()
    {
        // The same login is sales here and admin in another database of the same server.
        PostgresDatabase other(*m_server);
        QVERIFY(other.ok());
        QString error;
        auto otherOwner = openManager(other.url(), {}, m_clock, &error);
        QVERIFY2(otherOwner, qPrintable(error));
        QVERIFY(otherOwner->initDatabaseRoles());
        QVERIFY(otherOwner->addOperator(m_sales, OperatorRole::Admin));
        QVERIFY(otherOwner->create(
            {u"beta"_s, u"Beta"_s, u"free"_s, u"it@beta.example"_s, u"us-east-1"_s, {}, {}}));
        QString err, out;
        QCOMPARE(
            psql(*m_server, other.name(), m_sales, u"UPDATE tenants SET name = 'B'"_s, &out, &err),
            0);
        QVERIFY(psqlAs(m_sales, u"UPDATE tenants SET name = 'x'"_s, &err) != 0);
        QVERIFY(err.contains(u"permission denied"_s));
        otherOwner.reset();
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(tst_DatabaseRoles)
#include "tst_databaseroles.moc"
