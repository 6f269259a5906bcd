// Benchmark: the in-memory tenant directory (TenantIndex) — loading the fleet from SQLite and
// filtering it keystroke by keystroke, as a person types into the search box. Prints figures;
// not a pass/fail timer.
//
//   bench_directory [--tenants N] [--db FILE]
#include "TenantManager.h"
#include "directory/TenantIndex.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addOption({u"tenants"_s, u"fleet size"_s, u"N"_s, u"100000"_s});
    parser.addOption({u"db"_s, u"an existing SQLite file with a fleet"_s, u"FILE"_s});
    parser.process(app);
    const int tenants = parser.value(u"tenants"_s).toInt();

    auto catalog = Catalog::load();
    QTemporaryDir dir;
    const QString path
        = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : dir.filePath(u"bench.sqlite"_s);
    auto db = Database::open(*DatabaseUrl::parse(u"sqlite://"_s + path));
    SystemClock clock;
    auto manager = TenantManager::open(
        std::move(db).value(), std::make_shared<const Catalog>(*catalog), u"bench"_s, clock);
    if (!manager) {
        out << manager.error().message << '\n';
        return 1;
    }
    if (!parser.isSet(u"db"_s)) {
        auto fleet = (*manager)->generateSampleFleet(tenants, 1);
        if (!fleet) {
            out << fleet.error().message << '\n';
            return 1;
        }
    }
    const qint64 rssBefore = residentKiB();
    QElapsedTimer timer;
    timer.start();
    auto index = (*manager)->directory();
    const double loadMs = timer.nsecsElapsed() / 1e6;
    if (!index) {
        out << index.error().message << '\n';
        return 1;
    }
    const TenantIndex &x = **index;
    out << "tenants: " << x.size()
        << "\nload from SQLite into the index: " << QString::number(loadMs, 'f', 1)
        << " ms\nresident memory added by the index: " << (residentKiB() - rssBefore) / 1024
        << " MiB\n";

    timer.restart();
    const std::vector<int> byName = x.sortOrder(TenantSortKey::Name);
    const std::vector<int> byUpdated = x.sortOrder(TenantSortKey::Updated);
    out << "sort order by updated: " << QString::number(timer.nsecsElapsed() / 1e6, 'f', 1)
        << " ms\n\n";

    // What people type, one keystroke at a time (and deleting back), five times over.
    const QStringList words {u"acme harbor"_s, u"priya.gar"_s,      u"lighthouse"_s,
                             u"zzq"_s,         u"globex capital"_s, u"@acme-"_s};
    std::vector<double> times;
    std::vector<double> timesUpdated;
    std::vector<double> timesFiltered;
    for (int round = 0; round < 5; ++round) {
        for (const QString &word : words) {
            for (qsizetype n = 1; n <= word.size(); ++n) {
                TenantIndex::Filter f;
                f.search = word.left(n);
                timer.restart();
                auto rows = x.filter(f, byName, Qt::AscendingOrder);
                times.push_back(timer.nsecsElapsed() / 1e6);
                timer.restart();
                rows = x.filter(f, byUpdated, Qt::DescendingOrder);
                timesUpdated.push_back(timer.nsecsElapsed() / 1e6);
                f.tier = 1;
                f.status = int(TenantStatus::Active);
                timer.restart();
                rows = x.filter(f, byName, Qt::AscendingOrder);
                timesFiltered.push_back(timer.nsecsElapsed() / 1e6);
            }
        }
    }
    auto line = [&](const char *what, const std::vector<double> &t) {
        out << QString::fromLatin1(what).leftJustified(44) << "median "
            << QString::number(percentile(t, 0.5), 'f', 2) << " ms   p95 "
            << QString::number(percentile(t, 0.95), 'f', 2) << " ms   max "
            << QString::number(percentile(t, 1.0), 'f', 2) << " ms   (" << t.size()
            << " keystrokes)\n";
    };
    line("search, by name", times);
    line("search, by updated (descending)", timesUpdated);
    line("search + tier + status, by name", timesFiltered);
    return 0;
}
