// Benchmark: usage (issue targets in parentheses). Prints figures; not a pass/fail timer.
//
//   1. Import of a CSV of --lines samples on SQLite, file read included (at least 200,000
//      samples per second), against `sqlite3 FILE ".import --csv"` of the same file into a
//      plain table as the baseline, as a ratio.
//   2. A year of per-minute samples for one tenant, five metrics (525,600 each): the Usage
//      tab's data, every series read and downsampled for a chart (the drawing itself is the
//      console's benchmark), and LTTB alone per series.
//   3. The upgrade preview (under 20 ms).
//   4. Buckets of a year by day and by month.
//
//   bench_usage [--lines N] [--days D] [--runs R]
#include "TenantManager.h"
#include "store/Database.h"
#include "usage/Downsample.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 day = 1440 * minute;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1) + u" ms"_s;
}

// One tenant's metrics, a sample a minute from start: lines of CSV.
QByteArray csv(const QString &tenant, qint64 start, qint64 samplesPerMetric, int metrics)
{
    static const char *names[]
        = {"users", "storage_bytes", "ai_sessions", "api_calls", "bandwidth_bytes"};
    QByteArray out = "tenant_id,metric,timestamp,value\n";
    out.reserve(samplesPerMetric * metrics * 56);
    const QByteArray id = tenant.toUtf8();
    for (qint64 i = 0; i < samplesPerMetric; ++i) {
        const QByteArray when = usageTimeText(start + i * minute).toUtf8();
        for (int m = 0; m < metrics; ++m) {
            // Growth, a daily wave, a spike now and then.
            const qint64 base = (m + 1) * 100 + i / 1000 + (i % 1440) / 60;
            const qint64 value = i % 9973 == 0 ? base * 4 : base;
            out += id + ',' + names[m] + ',' + when + ',' + QByteArray::number(value) + '\n';
        }
    }
    return out;
}

std::unique_ptr<TenantManager> openManager(const QString &path, const Clock &clock,
                                           QTextStream &out)
{
    auto catalog = Catalog::load();
    auto db = Database::open(*DatabaseUrl::parse(u"sqlite://"_s + path));
    if (!db) {
        out << db.error().message << '\n';
        return {};
    }
    auto manager = TenantManager::open(
        std::move(db).value(), std::make_shared<const Catalog>(*catalog), u"bench"_s, clock);
    if (!manager) {
        out << manager.error().message << '\n';
        return {};
    }
    return std::move(manager).value();
}

bool createTenant(TenantManager &m, const QString &id, const QString &tier, QTextStream &out)
{
    auto created = m.create({id, id, tier, u"ops@example.com"_s, u"eu-west-1"_s, {}, {}});
    if (!created) {
        out << created.error().message << '\n';
        return false;
    }
    auto job = m.provision(id);
    if (!job || job->state != JobState::Completed) {
        out << "could not provision " << id << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addOption({u"lines"_s, u"samples in the import file"_s, u"N"_s, u"1000000"_s});
    parser.addOption(
        {u"days"_s, u"days of per-minute samples for the chart data"_s, u"D"_s, u"365"_s});
    parser.addOption({u"runs"_s, u"runs of each timing"_s, u"R"_s, u"5"_s});
    parser.process(app);
    const qint64 lines = parser.value(u"lines"_s).toLongLong();
    const qint64 days = parser.value(u"days"_s).toLongLong();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    QTemporaryDir dir;
    const qint64 start = QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    FixedClock clock(QDateTime::fromMSecsSinceEpoch(start + days * day, Qt::UTC));

    // 1. Import rate against sqlite3 .import.
    {
        const QString file = dir.filePath(u"usage.csv"_s);
        {
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly))
                return 1;
            f.write(csv(u"acme"_s, start, (lines + 4) / 5, 5));
        }
        std::vector<double> ours, baseline;
        for (int run = 0; run < runs; ++run) {
            const QString path = dir.filePath(u"import-%1.sqlite"_s.arg(run));
            auto m = openManager(path, clock, out);
            if (!m || !createTenant(*m, u"acme"_s, u"enterprise"_s, out))
                return 1;
            QElapsedTimer timer;
            timer.start();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return 1;
            auto imported = m->importUsage(f.readAll(), u"usage.csv"_s, false);
            ours.push_back(timer.nsecsElapsed() / 1e6);
            if (!imported) {
                out << imported.error().message << '\n';
                return 1;
            }
            if (run == 0)
                out << "imported " << imported->stored << " samples (" << imported->rows
                    << " rows)\n";
            // The baseline: the sqlite3 shell reading the same file into a table.
            const QString plain = dir.filePath(u"plain-%1.sqlite"_s.arg(run));
            QProcess sqlite;
            timer.restart();
            sqlite.start(u"sqlite3"_s,
                         {plain,
                          u"CREATE TABLE usage (tenant_id TEXT, metric TEXT, timestamp "
                          "TEXT, value REAL);"_s,
                          u".import --csv --skip 1 "_s + file + u" usage"_s});
            if (!sqlite.waitForFinished(600'000) || sqlite.exitCode() != 0) {
                out << "sqlite3 failed: " << sqlite.readAllStandardError() << '\n';
                return 1;
            }
            baseline.push_back(timer.nsecsElapsed() / 1e6);
        }
        const double rate = double(lines) / (median(ours) / 1000);
        out << "import " << lines << " lines (SQLite, median of " << runs
            << "): " << ms(median(ours)) << ", " << qint64(rate)
            << " samples/s (target >= 200,000)\n"
            << "sqlite3 .import of the same file: " << ms(median(baseline)) << "; ratio "
            << QString::number(median(ours) / median(baseline), 'f', 2) << "x\n\n";
    }

    // 2. A year of per-minute samples, five metrics.
    const QString path = dir.filePath(u"year.sqlite"_s);
    auto m = openManager(path, clock, out);
    if (!m || !createTenant(*m, u"globex"_s, u"professional"_s, out)
        || !createTenant(*m, u"initech"_s, u"enterprise"_s, out))
        return 1;
    {
        const qint64 perMetric = days * 1440;
        const QByteArray data = csv(u"globex"_s, start, perMetric, 5);
        QElapsedTimer timer;
        timer.start();
        auto imported = m->importUsage(data, u"year.csv"_s, false);
        if (!imported) {
            out << imported.error().message << '\n';
            return 1;
        }
        const double t = timer.nsecsElapsed() / 1e6;
        out << "a year for one tenant: " << imported->stored << " samples imported in " << ms(t)
            << " (" << qint64(double(imported->stored) / (t / 1000)) << " samples/s)\n";
    }
    std::vector<double> chart, lttb;
    qsizetype points = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto c = m->usageChart(u"globex"_s, start, start + days * day, 1200);
        chart.push_back(timer.nsecsElapsed() / 1e6);
        if (!c) {
            out << c.error().message << '\n';
            return 1;
        }
        points = 0;
        for (const UsageSeries &s : c->series)
            points += s.points.size();
    }
    out << "Usage tab data, 5 series over " << days << " days (read + downsample to 1,200 points "
        << "each): median " << ms(median(chart)) << " (" << points << " points)\n";
    {
        // LTTB alone on one metric's raw year.
        QList<SeriesPoint> raw;
        raw.reserve(days * 1440);
        for (qint64 i = 0; i < days * 1440; ++i)
            raw.append({start + i * minute, double(i % 1440) + (i % 9973 == 0 ? 5000 : 0)});
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto reduced = largestTriangleThreeBuckets(raw, 1200);
            lttb.push_back(timer.nsecsElapsed() / 1e6);
            if (reduced.size() != 1200)
                return 1;
        }
        out << "LTTB alone, " << raw.size() << " -> 1,200 points: median " << ms(median(lttb))
            << " per series\n";
    }
    for (UsageBucketSize size : {UsageBucketSize::Day, UsageBucketSize::Month}) {
        std::vector<double> t;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto b = m->usageBuckets(u"globex"_s, u"api_calls"_s, start, start + days * day, size);
            t.push_back(timer.nsecsElapsed() / 1e6);
            if (!b)
                return 1;
        }
        out << "a year by " << bucketSizeId(size) << ": median " << ms(median(t)) << '\n';
    }
    {
        std::vector<double> t;
        for (int run = 0; run < std::max(runs, 20); ++run) {
            UpgradePreviewRequest request;
            request.tenantId = u"globex"_s;
            request.toTier = run % 2 ? u"enterprise"_s : u"free"_s;
            QElapsedTimer timer;
            timer.start();
            auto p = m->previewUpgrade(request);
            t.push_back(timer.nsecsElapsed() / 1e6);
            if (!p) {
                out << p.error().message << '\n';
                return 1;
            }
        }
        out << "upgrade preview (a year of usage behind it): median " << ms(median(t)) << ", max "
            << ms(*std::max_element(t.begin(), t.end())) << " (target < 20 ms)\n";
    }
    {
        // The billing period's cost (overage by metric from the hourly roll-ups).
        std::vector<double> t;
        for (int run = 0; run < std::max(runs, 20); ++run) {
            QElapsedTimer timer;
            timer.start();
            auto c = m->costReport(u"globex"_s);
            t.push_back(timer.nsecsElapsed() / 1e6);
            if (!c) {
                out << c.error().message << '\n';
                return 1;
            }
        }
        out << "cost report (a year of usage behind it): median " << ms(median(t)) << '\n';
    }
    {
        // The fleet overview over a sample fleet: its first 40 active tenants have 90 days of
        // hourly usage of five metrics.
        auto fleet = openManager(dir.filePath(u"fleet.sqlite"_s), clock, out);
        if (!fleet)
            return 1;
        if (auto generated = fleet->generateSampleFleet(2000, 7); !generated) {
            out << generated.error().message << '\n';
            return 1;
        }
        std::vector<double> t;
        qsizetype alerts = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto f = fleet->fleetUsage();
            t.push_back(timer.nsecsElapsed() / 1e6);
            if (!f) {
                out << f.error().message << '\n';
                return 1;
            }
            alerts = f->alerts.size();
        }
        out << "fleet overview, 2,000 tenants, 40 with 90 days of hourly usage (" << alerts
            << " alerts): median " << ms(median(t)) << '\n';
    }
    return 0;
}
