#pragma once

#include "TenantManager.h"
#include "TenantService.h"
#include "model/Catalog.h"
#include "model/Clock.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QString>
#include <QTemporaryDir>

#include <list>
#include <memory>
#include <optional>

// Fails the test with the error's message when result (a Result) holds an error.
#define VERIFY_OK(result)                                                                          \
    do {                                                                                           \
        const auto &r_ = (result);                                                                 \
        if (!r_)                                                                                   \
            QFAIL(qPrintable(r_.error().message));                                                 \
    } while (false)

namespace Tenancy::Test {

// The shipped catalog, loaded once.
std::shared_ptr<const Catalog> catalog();

// Services the integration tests need (PostgreSQL, the secret service) are started by
// scripts/test. Without them a test skips, except in CI (CI=true) and under scripts/test
// (TENANCY_REQUIRE_SERVICES=1), where it fails: there these tests must run.
bool requireService(bool available, const char *what);
#define TENANCY_REQUIRE_SERVICE(available, what)                                                   \
    do {                                                                                           \
        if (!::Tenancy::Test::requireService((available), (what))) {                               \
            if (::Tenancy::Test::inCi())                                                           \
                QFAIL(qPrintable(QStringLiteral("%1 is required in CI but not available")          \
                                     .arg(QLatin1String(what))));                                  \
            QSKIP(qPrintable(                                                                      \
                QStringLiteral("%1 not available (run scripts/test)").arg(QLatin1String(what))));  \
        }                                                                                          \
    } while (false)
bool inCi();

// The throwaway PostgreSQL cluster of scripts/test, if there is one.
struct PostgresServer
{
    QString socketDir; // host for local (trust) connections
    int port = 0; // also listens on 127.0.0.1:port (scram-sha-256)
    QString superuser;
};
std::optional<PostgresServer> postgresServer();

// A fresh database on that server, dropped when this goes away.
class PostgresDatabase
{
public:
    explicit PostgresDatabase(const PostgresServer &server);
    ~PostgresDatabase();
    bool ok() const { return m_ok; }
    QString name() const { return m_name; }
    // postgresql://<user>@<socket dir>/<db> (local socket, trust).
    DatabaseUrl url(const QString &user = {}) const;
    // Runs SQL as the superuser on this database (for setting up scenarios).
    bool execAsSuperuser(const QString &sql, QString *error = nullptr) const;

private:
    PostgresServer m_server;
    QString m_name;
    bool m_ok = false;
};

// Runs psql against db as user; returns the exit code, with stdout and stderr.
int psql(const PostgresServer &server, const QString &database, const QString &user,
         const QString &sql, QString *out = nullptr, QString *err = nullptr);

// A new SQLite file under a temporary directory.
class SqliteFile
{
public:
    SqliteFile();
    DatabaseUrl url() const;
    QString path() const;

private:
    QTemporaryDir m_dir;
};

// Fresh databases for a suite built once per backend: on PostgreSQL (the suite's target defines
// TENANCY_TEST_POSTGRES, which it passes here) a new database on the scripts/test server each
// time, on SQLite a new file; all dropped or deleted when this goes away. start() finds the
// server (call it from initTestCase, under TENANCY_REQUIRE_SERVICE).
class TestDatabases
{
public:
    explicit TestDatabases(bool postgres)
        : m_postgres(postgres)
    { }
    bool postgres() const { return m_postgres; }
    // False when PostgreSQL is wanted and no server runs.
    bool start();
    const std::optional<PostgresServer> &server() const { return m_server; }
    DatabaseUrl fresh();
    // The PostgreSQL database fresh() made last (for superuser set-ups).
    PostgresDatabase &lastPostgres() { return m_pgDatabases.back(); }
    // Drops and deletes them all now.
    void clear()
    {
        m_pgDatabases.clear();
        m_sqliteFiles.clear();
    }
    // The operator tests act as: on SQLite "alice" (the first, so the admin); on PostgreSQL
    // the login.
    QString defaultOperator() const { return m_postgres ? QString() : QStringLiteral("alice"); }
    // openManager as op (empty: defaultOperator()), saying why on a failure.
    std::unique_ptr<TenantManager> open(const DatabaseUrl &url, const Clock &clock,
                                        const QString &op = {}) const;

private:
    bool m_postgres = false;
    std::optional<PostgresServer> m_server;
    std::list<PostgresDatabase> m_pgDatabases;
    std::list<SqliteFile> m_sqliteFiles;
};

// Opens db at url and a TenantManager as operatorName (empty: the default), failing the test
// on error through the returned nullptr.
std::unique_ptr<TenantManager> openManager(const DatabaseUrl &url, const QString &operatorName,
                                           const Clock &clock, QString *error = nullptr);

// Creates a tenant and provisions it (the lightest isolation its tier offers), so that it is
// active, at version 3 (created, provisioning, active).
bool createActive(TenantManager &manager, const NewTenant &input, QString *error = nullptr);
constexpr int activeVersion = 3;
// createActive for a tenant id of tier: named after it ("Globex"), owned by it@<id>.example,
// in eu-west-1.
bool createActive(TenantManager &manager, const QString &id, const QString &tier,
                  QString *error = nullptr);

// Opens service on url as operatorName and waits (up to 10 s) until it is open.
bool openService(TenantService &service, const DatabaseUrl &url, const QString &operatorName);

} // namespace Tenancy::Test
