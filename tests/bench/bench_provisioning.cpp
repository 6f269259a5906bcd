// Provisioning end to end (create, then the six journaled steps, one tenant after another, as
// `tenancyctl tenant create` + `provision --wait` would but in one process):
//   shared isolation on SQLite      target: at least 200 tenants per second
//   schema isolation on PostgreSQL  target: within 1.5x of a psql script running the same DDL
//                                   (CREATE SCHEMA and the tables of resources/sql/tenant.sql)
//                                   for the same number of tenants; the two take turns, a
//                                   quarter of the tenants at a time.
// PostgreSQL is the throwaway cluster of scripts/test ($TENANCY_TEST_PG_HOST, _PORT,
// _SUPERUSER); without it only the SQLite figure is printed.
//
//   bench_provisioning [--tenants N] [--only sqlite|postgresql]
#include "TenantManager.h"
#include "store/Migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &what)
{
    QTextStream(stderr) << "bench_provisioning: " << what << '\n';
    std::exit(1);
}

// Creates and provisions tenants bench-<from> … bench-<to - 1>, as one operator would one after
// another, on one open manager.
class Provisioning
{
public:
    Provisioning(const DatabaseUrl &url, std::shared_ptr<const Catalog> catalog,
                 Isolation isolation, QString tier)
        : m_isolation(isolation)
        , m_tier(std::move(tier))
    {
        auto db = Database::open(url);
        if (!db)
            fail(db.error().message);
        // On PostgreSQL the operator is the login.
        auto manager = TenantManager::open(
            std::move(db).value(), std::move(catalog),
            url.backend() == Backend::Sqlite ? u"bench"_s : QString(), m_clock);
        if (!manager)
            fail(manager.error().message);
        m_manager = std::move(manager).value();
    }

    // Returns seconds; adds the part spent creating them to *creating.
    double run(int from, int to, double *creating = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        qint64 createNs = 0;
        for (int i = from; i < to; ++i) {
            const QString id = u"bench-%1"_s.arg(i);
            const qint64 before = timer.nsecsElapsed();
            auto created = m_manager->create({id,
                                              u"Bench %1"_s.arg(i),
                                              m_tier,
                                              id + u"@bench.example"_s,
                                              u"eu-west-1"_s,
                                              {},
                                              {}});
            if (!created)
                fail(created.error().message);
            createNs += timer.nsecsElapsed() - before;
            auto job = m_manager->provision(id, m_isolation);
            if (!job || job->state != JobState::Completed)
                fail(job ? job->error : job.error().message);
        }
        if (creating)
            *creating += createNs / 1e9;
        return timer.nsecsElapsed() / 1e9;
    }

private:
    SystemClock m_clock;
    std::unique_ptr<TenantManager> m_manager;
    Isolation m_isolation;
    QString m_tier;
};

int psql(const QString &host, const QString &port, const QString &user, const QString &database,
         const QStringList &extra)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(u"psql"_s,
            QStringList {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, host, u"-p"_s,
                         port, u"-U"_s, user, u"-d"_s, database}
                + extra);
    p.waitForFinished(-1);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"tenants"_s, u"tenants to provision (default 1000)"_s, u"N"_s, u"1000"_s});
    parser.addOption({u"only"_s, u"measure one backend: sqlite or postgresql"_s, u"BACKEND"_s});
    parser.process(app);
    const QString only = parser.value(u"only"_s);
    if (!only.isEmpty() && only != u"sqlite"_s && only != u"postgresql"_s)
        fail(u"--only takes sqlite or postgresql, not \"%1\""_s.arg(only));
    const int count = std::max(1, parser.value(u"tenants"_s).toInt());
    auto loaded = Catalog::load();
    if (!loaded)
        fail(loaded.error().message);
    const auto catalog = std::make_shared<const Catalog>(std::move(loaded).value());

    // SQLite, shared isolation.
    if (only != u"postgresql"_s) {
        QTemporaryDir dir;
        auto url = DatabaseUrl::parse(u"sqlite://"_s + dir.filePath(u"bench.sqlite"_s));
        double creating = 0;
        Provisioning shared(*url, catalog, Isolation::Shared, u"free"_s);
        const double seconds = shared.run(0, count, &creating);
        out() << u"SQLite, shared isolation: %1 tenants created and provisioned in %2 s: %3 "
                 "tenants/s (target: at least 200/s); creating them took %4 s, provisioning %5 s "
                 "(%6/s)\n"_s.arg(count)
                     .arg(seconds, 0, 'f', 2)
                     .arg(count / seconds, 0, 'f', 0)
                     .arg(creating, 0, 'f', 2)
                     .arg(seconds - creating, 0, 'f', 2)
                     .arg(count / (seconds - creating), 0, 'f', 0);
        out().flush();
    }

    if (only == u"sqlite"_s)
        return 0;
    const QString host = qEnvironmentVariable("TENANCY_TEST_PG_HOST");
    const QString port = qEnvironmentVariable("TENANCY_TEST_PG_PORT");
    const QString superuser = qEnvironmentVariable("TENANCY_TEST_PG_SUPERUSER", u"postgres"_s);
    if (host.isEmpty() || port.isEmpty()) {
        out() << "PostgreSQL: not measured (no TENANCY_TEST_PG_HOST; run through scripts/test)\n";
        return 0;
    }
    const QString ours = u"bench_prov_%1"_s.arg(QCoreApplication::applicationPid());
    const QString baseline = ours + u"_psql"_s;
    for (const QString &name : {ours, baseline}) {
        if (psql(host, port, superuser, u"postgres"_s,
                 {u"-c"_s, u"DROP DATABASE IF EXISTS "_s + name + u"; "_s})
                != 0
            || psql(host, port, superuser, u"postgres"_s, {u"-c"_s, u"CREATE DATABASE "_s + name})
                != 0)
            fail(u"cannot create the database "_s + name);
    }
    // The baseline: the same DDL for the same number of schemas, from a psql session. This
    // machine's speed drifts (a virtual machine on a shared host: the same script takes 7 s or
    // 12 s from one minute to the next), so the two take turns, a quarter of the tenants at a
    // time, and each total is the sum of its four parts.
    auto url = DatabaseUrl::parse(
        u"postgresql://%1@localhost:%2/%3?host=%4"_s.arg(superuser, port, ours, host));
    if (!url)
        fail(url.error().message);
    Provisioning schemas(*url, catalog, Isolation::Schema, u"professional"_s);
    double psqlSeconds = 0;
    double seconds = 0;
    constexpr int rounds = 4;
    for (int round = 0; round < rounds; ++round) {
        const int from = count * round / rounds;
        const int to = count * (round + 1) / rounds;
        if (from == to)
            continue;
        QTemporaryFile script;
        if (!script.open())
            fail(u"cannot write the psql script"_s);
        {
            QTextStream sql(&script);
            for (int i = from; i < to; ++i) {
                const QString schema = u"\"t_bench_%1\""_s.arg(i);
                sql << "CREATE SCHEMA " << schema << ";\n";
                for (const QString &statement : *tenantDdl(schema + u'.'))
                    sql << statement << ";\n";
            }
        }
        script.close();
        QElapsedTimer timer;
        timer.start();
        if (psql(host, port, superuser, baseline, {u"-f"_s, script.fileName()}) != 0)
            fail(u"the psql script failed"_s);
        psqlSeconds += timer.nsecsElapsed() / 1e9;
        seconds += schemas.run(from, to);
    }
    out() << u"PostgreSQL, schema isolation: %1 tenants created and provisioned in %2 s (%3/s); "
             "psql running the same DDL: %4 s (%5/s); ratio %6x (target: within 1.5x)\n"_s
                 .arg(count)
                 .arg(seconds, 0, 'f', 2)
                 .arg(count / seconds, 0, 'f', 0)
                 .arg(psqlSeconds, 0, 'f', 2)
                 .arg(count / psqlSeconds, 0, 'f', 0)
                 .arg(seconds / psqlSeconds, 0, 'f', 2);
    for (const QString &name : {ours, baseline})
        psql(host, port, superuser, u"postgres"_s,
             {u"-c"_s, u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s});
    return 0;
}
