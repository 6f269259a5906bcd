// Provisioning end to end (create, then the six journaled steps, as `tenancyctl tenant create`
// + `provision --wait` would but in one process):
//   shared isolation on SQLite      target: at least 200 tenants per second
//   schema isolation on PostgreSQL  target: within 1.5x of a psql script running the same DDL
//                                   (CREATE SCHEMA and the tables of resources/sql/tenant.sql)
//                                   for the same number of tenants; the two take turns, an
//                                   eighth of the tenants at a time.
// PostgreSQL is measured twice, each time in fresh databases: one tenant after another, then
// --workers tenants at once (default 2, this machine's cores), each worker on a connection of
// its own as the console's provisioning pool runs jobs. The psql script is one session both
// times. Beside the wall clock, each line says where the CPU went, per tenant: in the server
// processes (each session reads its own /proc/self/stat) and in the client (this process, or
// psql); on this virtual machine CPU seconds drift less than wall seconds. A last line gives
// each round's ratio and server CPU, and the median round: the first round of each side runs
// just after its database was made, which can slow either side by half.
// PostgreSQL is the throwaway cluster of scripts/test ($TENANCY_TEST_PG_HOST, _PORT,
// _SUPERUSER); without it only the SQLite figure is printed.
//
//   bench_provisioning [--tenants N] [--workers N] [--only sqlite|postgresql]
#include "TenantManager.h"
#include "store/Migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>
#include <barrier>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <vector>

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

// Where the time goes, beside the wall clock (this machine's speed drifts; CPU seconds drift
// less): the server process behind a session reads its own /proc/self/stat (the cluster of
// scripts/test runs here, and the bench connects as its superuser), user + system seconds.
const QString serverCpuQuery = u"SELECT pg_read_file('/proc/self/stat')"_s;

double cpuSecondsFromStat(const QString &stat)
{
    // Fields after the command's closing parenthesis: state is the 3rd field, utime the 14th.
    const QStringList fields = stat.mid(stat.lastIndexOf(u')') + 1).split(u' ', Qt::SkipEmptyParts);
    if (fields.size() < 13)
        fail(u"cannot read a server process's CPU time from \"%1\""_s.arg(stat.left(80)));
    return (fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double serverCpuSeconds(Database &db)
{
    auto row = db.readRow(serverCpuQuery);
    if (!row || row->isEmpty())
        fail(u"cannot read the server's CPU time: "_s + (row ? u"no row"_s : row.error().message));
    return cpuSecondsFromStat(row->first().toString());
}

// User + system seconds of this process (who) or of its waited-for children (psql).
double ownCpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    auto seconds = [](const timeval &t) {
        return t.tv_sec + t.tv_usec / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
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
    double run(int from, int to, double *creating = nullptr, int step = 1)
    {
        QElapsedTimer timer;
        timer.start();
        qint64 createNs = 0;
        for (int i = from; i < to; i += step) {
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

    double serverCpu() { return serverCpuSeconds(m_manager->database()); }

private:
    SystemClock m_clock;
    std::unique_ptr<TenantManager> m_manager;
    Isolation m_isolation;
    QString m_tier;
};

int psql(const QString &host, const QString &port, const QString &user, const QString &database,
         const QStringList &extra, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(u"psql"_s,
            QStringList {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s,
                         host, u"-p"_s, port, u"-U"_s, user, u"-d"_s, database}
                + extra);
    p.waitForFinished(-1);
    if (output)
        *output = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

struct PostgresServer
{
    QString host;
    QString port;
    QString superuser;
};

// What one side spent: wall seconds, and the CPU seconds of its server processes and of its
// client (this process, or psql).
struct Spent
{
    double seconds = 0;
    double serverCpu = 0;
    double clientCpu = 0;
    QList<double> roundSeconds; // each round's part of seconds
    QList<double> roundServerCpu; // and of serverCpu
};

// What we and psql spent (the same DDL for the same number of schemas, from a psql session),
// each in a fresh database of its own.
std::pair<Spent, Spent> measurePostgres(const PostgresServer &server,
                                        const std::shared_ptr<const Catalog> &catalog, int count,
                                        int workers)
{
    const auto &[host, port, superuser] = server;
    const QString ours = u"bench_prov_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(workers);
    const QString baseline = ours + u"_psql"_s;
    for (const QString &name : {ours, baseline}) {
        if (psql(host, port, superuser, u"postgres"_s,
                 {u"-c"_s, u"DROP DATABASE IF EXISTS "_s + name + u"; "_s})
                != 0
            || psql(host, port, superuser, u"postgres"_s, {u"-c"_s, u"CREATE DATABASE "_s + name})
                != 0)
            fail(u"cannot create the database "_s + name);
    }
    // This machine's speed drifts (a virtual machine on a shared host: the same script takes 7 s
    // or 12 s from one minute to the next), so the two take turns, an eighth of the tenants at a
    // time, and each total is the sum of its eight parts (each round's ratio is printed too).
    auto url = DatabaseUrl::parse(
        u"postgresql://%1@localhost:%2/%3?host=%4"_s.arg(superuser, port, ours, host));
    if (!url)
        fail(url.error().message);
    // Each worker has its own connection and manager, made on its own thread, and provisions
    // every workers-th tenant of a round.
    std::barrier ready(workers + 1);
    std::barrier go(workers + 1);
    std::barrier done(workers + 1);
    constexpr int rounds = 8;
    auto roundFrom = [count](int round) {
        return count * round / rounds;
    };
    std::vector<std::thread> threads;
    std::vector<std::vector<double>> workerServerCpu(workers, std::vector<double>(rounds));
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            Provisioning schemas(*url, catalog, Isolation::Schema, u"professional"_s);
            ready.arrive_and_wait();
            for (int round = 0; round < rounds; ++round) {
                go.arrive_and_wait();
                const double cpuBefore = schemas.serverCpu();
                schemas.run(roundFrom(round) + w, roundFrom(round + 1), nullptr, workers);
                workerServerCpu[w][round] = schemas.serverCpu() - cpuBefore;
                done.arrive_and_wait();
            }
        });
    }
    ready.arrive_and_wait();
    Spent ourSide;
    Spent psqlSide;
    for (int round = 0; round < rounds; ++round) {
        const int from = roundFrom(round);
        const int to = roundFrom(round + 1);
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
            sql << serverCpuQuery << ";\n";
        }
        script.close();
        QElapsedTimer timer;
        timer.start();
        double cpuBefore = ownCpuSeconds(RUSAGE_CHILDREN);
        QByteArray output;
        if (psql(host, port, superuser, baseline, {u"-f"_s, script.fileName()}, &output) != 0)
            fail(u"the psql script failed"_s);
        psqlSide.roundSeconds.append(timer.nsecsElapsed() / 1e9);
        psqlSide.seconds += psqlSide.roundSeconds.last();
        psqlSide.clientCpu += ownCpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
        psqlSide.roundServerCpu.append(cpuSecondsFromStat(QString::fromUtf8(output).trimmed()));
        psqlSide.serverCpu += psqlSide.roundServerCpu.last();
        timer.restart();
        cpuBefore = ownCpuSeconds(RUSAGE_SELF);
        go.arrive_and_wait();
        done.arrive_and_wait();
        ourSide.roundSeconds.append(timer.nsecsElapsed() / 1e9);
        ourSide.seconds += ourSide.roundSeconds.last();
        ourSide.clientCpu += ownCpuSeconds(RUSAGE_SELF) - cpuBefore;
    }
    for (auto &thread : threads)
        thread.join();
    for (int round = 0; round < rounds; ++round) {
        double cpu = 0;
        for (const auto &worker : workerServerCpu)
            cpu += worker[round];
        ourSide.roundServerCpu.append(cpu);
        ourSide.serverCpu += cpu;
    }
    return {ourSide, psqlSide};
}

// Drops what measurePostgres() made. At the very end: a file system without a journal (this
// machine's) makes creating files slow for minutes after many were deleted, which would slow
// the measurement after it.
void dropDatabases(const PostgresServer &server, int workers)
{
    const QString ours = u"bench_prov_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(workers);
    for (const QString &name : QStringList {ours, ours + u"_psql"_s})
        psql(server.host, server.port, server.superuser, u"postgres"_s,
             {u"-c"_s, u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"tenants"_s, u"tenants to provision (default 1000)"_s, u"N"_s, u"1000"_s});
    parser.addOption({u"workers"_s,
                      u"PostgreSQL: also measure N tenants provisioned at once (default 2)"_s,
                      u"N"_s, u"2"_s});
    parser.addOption({u"only"_s, u"measure one backend: sqlite or postgresql"_s, u"BACKEND"_s});
    parser.process(app);
    const QString only = parser.value(u"only"_s);
    if (!only.isEmpty() && only != u"sqlite"_s && only != u"postgresql"_s)
        fail(u"--only takes sqlite or postgresql, not \"%1\""_s.arg(only));
    const int count = std::max(1, parser.value(u"tenants"_s).toInt());
    const int workers = std::max(1, parser.value(u"workers"_s).toInt());
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
    const PostgresServer server {host, port, superuser};
    // One at a time (as `tenancyctl provision --wait` in a loop), then as the console's job pool
    // runs them: several at once, each on its own connection.
    const QList<int> measured = workers > 1 ? QList<int> {1, workers} : QList<int> {1};
    for (const int atOnce : measured) {
        const auto [ours, baseline] = measurePostgres(server, catalog, count, atOnce);
        auto perTenant = [count](double seconds) {
            return QString::number(seconds * 1000 / count, 'f', 1);
        };
        out() << u"PostgreSQL, schema isolation, %1: %2 tenants created and provisioned in %3 s "
                 "(%4/s); psql running the same DDL: %5 s (%6/s); ratio %7x%8\n"_s
                     .arg(atOnce == 1 ? u"one at a time"_s : u"%1 at once"_s.arg(atOnce))
                     .arg(count)
                     .arg(ours.seconds, 0, 'f', 2)
                     .arg(count / ours.seconds, 0, 'f', 0)
                     .arg(baseline.seconds, 0, 'f', 2)
                     .arg(count / baseline.seconds, 0, 'f', 0)
                     .arg(ours.seconds / baseline.seconds, 0, 'f', 2)
                     .arg(atOnce == workers ? u" (target: within 1.5x)"_s : QString())
              << u"  CPU per tenant: ours %1 ms in the server + %2 ms here; psql's %3 ms in the "
                 "server + %4 ms in psql; server ratio %5x\n"_s
                     .arg(perTenant(ours.serverCpu), perTenant(ours.clientCpu),
                          perTenant(baseline.serverCpu), perTenant(baseline.clientCpu))
                     .arg(ours.serverCpu / baseline.serverCpu, 0, 'f', 2);
        // Per round, in turn: the ratio, and the server CPU per tenant of each side.
        const double perRound = double(count) / ours.roundSeconds.size();
        QStringList rounds;
        QList<double> ratios;
        for (qsizetype r = 0; r < ours.roundSeconds.size(); ++r) {
            ratios.append(ours.roundSeconds.at(r) / baseline.roundSeconds.at(r));
            rounds.append(u"%1 (%2/%3)"_s
                              .arg(ours.roundSeconds.at(r) / baseline.roundSeconds.at(r), 0, 'f', 2)
                              .arg(ours.roundServerCpu.at(r) * 1000 / perRound, 0, 'f', 1)
                              .arg(baseline.roundServerCpu.at(r) * 1000 / perRound, 0, 'f', 1));
        }
        // The median round: the first round of each side runs just after its database was made
        // (and the last run's dropped), which can slow either by half.
        std::sort(ratios.begin(), ratios.end());
        const qsizetype middle = ratios.size() / 2;
        const double median = ratios.size() % 2 ? ratios.at(middle)
                                                : (ratios.at(middle - 1) + ratios.at(middle)) / 2;
        out() << u"  per round, in turn: ratio (server CPU per tenant, ms: ours/psql's): %1; "
                 "median round %2x\n"_s.arg(rounds.join(u", "_s))
                     .arg(median, 0, 'f', 2);
        out().flush();
    }
    for (const int atOnce : measured)
        dropDatabases(server, atOnce);
    return 0;
}
