// Benchmark: `tenant list --search` over a fleet of 100,000 tenants, inside the process
// (TenantManager::list and ::count on SQLite). Prints figures; it is not a pass/fail timer.
//
//   bench_search [--tenants N] [--runs R] [--db FILE]
//
// Without --db, a fresh SQLite file in a temporary directory gets a sample fleet of N tenants
// (default 100000, seed 1) first.
#include "TenantManager.h"
#include "model/Clock.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures summarise(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Figures f;
    f.median = ms.at(ms.size() / 2);
    f.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    f.max = ms.last();
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addOption({u"tenants"_s, u"fleet size"_s, u"N"_s, u"100000"_s});
    parser.addOption({u"runs"_s, u"timed runs per query"_s, u"R"_s, u"30"_s});
    parser.addOption({u"db"_s, u"an existing SQLite file with a fleet"_s, u"FILE"_s});
    parser.process(app);
    const int tenants = parser.value(u"tenants"_s).toInt();
    const int runs = std::max(3, parser.value(u"runs"_s).toInt());

    auto catalog = Catalog::load();
    if (!catalog) {
        out << catalog.error().message << '\n';
        return 1;
    }
    QTemporaryDir dir;
    const QString path
        = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : dir.filePath(u"bench.sqlite"_s);
    auto url = DatabaseUrl::parse(u"sqlite://"_s + QFileInfo(path).absoluteFilePath());
    auto db = Database::open(*url);
    if (!db) {
        out << db.error().message << '\n';
        return 1;
    }
    SystemClock clock;
    auto manager = TenantManager::open(
        std::move(db).value(), std::make_shared<const Catalog>(*catalog), u"bench"_s, clock);
    if (!manager) {
        out << manager.error().message << '\n';
        return 1;
    }
    TenantManager &m = **manager;
    if (!parser.isSet(u"db"_s)) {
        QElapsedTimer fill;
        fill.start();
        auto fleet = m.generateSampleFleet(tenants, 1);
        if (!fleet) {
            out << fleet.error().message << '\n';
            return 1;
        }
        out << "fleet: " << fleet->inserted << " tenants generated in " << fill.elapsed()
            << " ms\n";
    }
    out << "tenants in the database: " << *m.count({}) << "\n\n";

    // Searches a support person types: a company (common), a rare word, an owner's e-mail
    // fragment, a single letter, and something that matches nothing (the worst case: every
    // row is looked at).
    const QStringList terms {u"acme"_s, u"lighthouse"_s, u"priya.garcia"_s, u"a"_s,
                             u"zzqx-no-match"_s};
    out << "query                              median ms    p95 ms    max ms   rows   total\n";
    for (const QString &term : terms) {
        for (const bool withCount : {false, true}) {
            TenantQuery query;
            query.filter.search = term;
            query.limit = 50;
            QList<double> times;
            qsizetype rows = 0;
            qint64 total = -1;
            for (int i = 0; i < runs + 1; ++i) {
                QElapsedTimer timer;
                timer.start();
                auto page = m.list(query);
                if (withCount)
                    total = *m.count(query.filter);
                const double ms = timer.nsecsElapsed() / 1e6;
                rows = page->size();
                if (i > 0) // the first run warms the page cache
                    times << ms;
            }
            const Figures f = summarise(times);
            const QString label
                = u"list --search %1%2"_s.arg(term, withCount ? u" +count"_s : QString());
            out << label.leftJustified(34) << QString::number(f.median, 'f', 2).rightJustified(10)
                << QString::number(f.p95, 'f', 2).rightJustified(10)
                << QString::number(f.max, 'f', 2).rightJustified(10)
                << QString::number(rows).rightJustified(7)
                << (withCount ? QString::number(total) : u"-"_s).rightJustified(8) << '\n';
        }
    }
    return 0;
}
