#include "TestSupport.h"

#include "provisioning/Provisioner.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tenancy::Test {

std::shared_ptr<const Catalog> catalog()
{
    static const std::shared_ptr<const Catalog> shipped = [] {
        auto loaded = Catalog::load();
        if (!loaded)
            qFatal("the shipped catalog does not load: %s", qPrintable(loaded.error().message));
        return std::make_shared<const Catalog>(std::move(loaded).value());
    }();
    return shipped;
}

bool inCi()
{
    // CI, and scripts/test (which starts the services itself): a missing service is a failure.
    if (qEnvironmentVariable("TENANCY_REQUIRE_SERVICES") == u"1"_s)
        return true;
    const QString ci = qEnvironmentVariable("CI").toLower();
    return ci == u"true"_s || ci == u"1"_s;
}

bool requireService(bool available, const char *)
{
    return available;
}

std::optional<PostgresServer> postgresServer()
{
    const QString host = qEnvironmentVariable("TENANCY_TEST_PG_HOST");
    const int port = qEnvironmentVariableIntValue("TENANCY_TEST_PG_PORT");
    if (host.isEmpty() || port <= 0)
        return std::nullopt;
    PostgresServer server;
    server.socketDir = host;
    server.port = port;
    server.superuser = qEnvironmentVariable("TENANCY_TEST_PG_SUPERUSER", u"postgres"_s);
    return server;
}

namespace {

QString superuserConnection(const PostgresServer &server, const QString &database)
{
    static QAtomicInt counter;
    const QString name = u"test-superuser-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(server.socketDir);
    db.setPort(server.port);
    db.setUserName(server.superuser);
    db.setDatabaseName(database);
    return name;
}

bool runAsSuperuser(const PostgresServer &server, const QString &database, const QString &sql,
                    QString *error)
{
    const QString name = superuserConnection(server, database);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

PostgresDatabase::PostgresDatabase(const PostgresServer &server)
    : m_server(server)
{
    static QAtomicInt counter;
    m_name = u"tenancy_test_%1_%2"_s.arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1));
    QString error;
    m_ok = runAsSuperuser(m_server, u"postgres"_s, u"CREATE DATABASE "_s + m_name, &error);
    if (!m_ok)
        qWarning("cannot create test database %s: %s", qPrintable(m_name), qPrintable(error));
}

PostgresDatabase::~PostgresDatabase()
{
    if (!m_ok)
        return;
    // Databases of tenants provisioned at database isolation are named after this one.
    QProcess list;
    list.start(u"psql"_s,
               {u"-X"_s, u"-A"_s, u"-t"_s, u"-h"_s, m_server.socketDir, u"-p"_s,
                QString::number(m_server.port), u"-U"_s, m_server.superuser, u"-d"_s, u"postgres"_s,
                u"-c"_s,
                u"SELECT datname FROM pg_database WHERE datname LIKE '"_s + m_name + u"\\_%'"_s});
    if (list.waitForFinished(30000) && list.exitCode() == 0) {
        const QString names = QString::fromUtf8(list.readAllStandardOutput());
        for (const QString &name : names.split(u'\n', Qt::SkipEmptyParts))
            runAsSuperuser(m_server, u"postgres"_s,
                           u"DROP DATABASE IF EXISTS \""_s + name.trimmed() + u"\" WITH (FORCE)"_s,
                           nullptr);
    }
    runAsSuperuser(m_server, u"postgres"_s,
                   u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s, nullptr);
}

DatabaseUrl PostgresDatabase::url(const QString &user) const
{
    const QString text = u"postgresql://"_s + (user.isEmpty() ? m_server.superuser : user)
        + u"@localhost:"_s + QString::number(m_server.port) + u'/' + m_name + u"?host="_s
        + m_server.socketDir;
    auto url = DatabaseUrl::parse(text);
    if (!url)
        qFatal("bad test URL: %s", qPrintable(url.error().message));
    return *url;
}

bool PostgresDatabase::execAsSuperuser(const QString &sql, QString *error) const
{
    return runAsSuperuser(m_server, m_name, sql, error);
}

int psql(const PostgresServer &server, const QString &database, const QString &user,
         const QString &sql, QString *out, QString *err)
{
    QProcess process;
    process.start(u"psql"_s,
                  {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, server.socketDir,
                   u"-p"_s, QString::number(server.port), u"-U"_s, user, u"-d"_s, database, u"-c"_s,
                   sql});
    if (!process.waitForFinished(30000)) {
        process.kill();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

SqliteFile::SqliteFile() = default;

QString SqliteFile::path() const
{
    return m_dir.filePath(u"tenancy.sqlite"_s);
}

DatabaseUrl SqliteFile::url() const
{
    auto url = DatabaseUrl::parse(u"sqlite://"_s + path());
    if (!url)
        qFatal("bad test URL: %s", qPrintable(url.error().message));
    return *url;
}

std::unique_ptr<TenantManager> openManager(const DatabaseUrl &url, const QString &operatorName,
                                           const Clock &clock, QString *error)
{
    auto db = Database::open(url);
    if (!db) {
        if (error)
            *error = db.error().message;
        return nullptr;
    }
    auto manager = TenantManager::open(std::move(db).value(), catalog(), operatorName, clock);
    if (!manager) {
        if (error)
            *error = manager.error().message;
        return nullptr;
    }
    return std::move(manager).value();
}

} // namespace Tenancy::Test

namespace Tenancy::Test {

bool createActive(TenantManager &manager, const QString &id, const QString &tier, QString *error)
{
    QString name = id;
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return createActive(
        manager, {id, name, tier, u"it@"_s + id + u".example"_s, u"eu-west-1"_s, {}, {}}, error);
}

bool openService(TenantService &service, const DatabaseUrl &url, const QString &operatorName)
{
    QSignalSpy opened(&service, &TenantService::opened);
    service.open(url, {}, operatorName);
    return opened.wait(10000);
}

bool createActive(TenantManager &manager, const NewTenant &input, QString *error)
{
    auto created = manager.create(input);
    if (!created) {
        if (error)
            *error = created.error().message;
        return false;
    }
    // The lightest isolation its tier offers.
    const Tier *tier = manager.catalog().tier(created->tier);
    const Isolation isolation
        = tier ? Provisioner::offeredIsolation(*tier).first() : Isolation::Shared;
    auto job = manager.provision(input.id, isolation);
    if (!job || job->state != JobState::Completed) {
        if (error)
            *error = job ? job->error : job.error().message;
        return false;
    }
    return true;
}

bool TestDatabases::start()
{
    if (!m_postgres)
        return true;
    m_server = postgresServer();
    return m_server.has_value();
}

std::unique_ptr<TenantManager> TestDatabases::open(const DatabaseUrl &url, const Clock &clock,
                                                   const QString &op) const
{
    QString error;
    auto m = openManager(url, op.isEmpty() ? defaultOperator() : op, clock, &error);
    if (!m)
        qWarning("open failed: %s", qPrintable(error));
    return m;
}

DatabaseUrl TestDatabases::fresh()
{
    if (m_postgres) {
        if (!m_server)
            qFatal("TestDatabases::fresh: no PostgreSQL server (start() first)");
        m_pgDatabases.emplace_back(*m_server);
        if (!m_pgDatabases.back().ok())
            qFatal("cannot create a PostgreSQL test database");
        return m_pgDatabases.back().url();
    }
    m_sqliteFiles.emplace_back();
    return m_sqliteFiles.back().url();
}

} // namespace Tenancy::Test
