// Benchmark: a tenant's Usage tab with a year of per-minute samples of five metrics (525,600
// each, 2,628,000 in all), from showing the tab to its charts drawn (target under 150 ms): the
// worker reads the hourly roll-ups and downsamples, the GUI thread hands each series over with
// replace() and paints. Offscreen platform; figures printed, not a pass/fail timer.
//
//   bench_usage_tab [--days D] [--runs R]
#include "TenantService.h"
#include "charts/TimeSeriesChart.h"
#include "store/Database.h"
#include "views/TenantUsageView.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Tenancy;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addOption({u"days"_s, u"days of per-minute samples"_s, u"D"_s, u"365"_s});
    parser.addOption({u"runs"_s, u"times the tab is opened"_s, u"R"_s, u"5"_s});
    parser.process(app);
    const qint64 days = parser.value(u"days"_s).toLongLong();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir dir;
    const auto url = *DatabaseUrl::parse(u"sqlite://"_s + dir.filePath(u"usage.sqlite"_s));
    auto catalog = std::make_shared<const Catalog>(*Catalog::load());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = now - now % 60'000 - days * 86'400'000;
    {
        SystemClock clock;
        auto m = TenantManager::open(*Database::open(url), catalog, u"bench"_s, clock);
        if (!m
            || !(*m)->create({u"globex"_s,
                              u"Globex"_s,
                              u"professional"_s,
                              u"ops@globex.example"_s,
                              u"eu-west-1"_s,
                              {},
                              {}})
            || (*m)->provision(u"globex"_s)->state != JobState::Completed) {
            out << "could not set up the tenant\n";
            return 1;
        }
        static const char *names[]
            = {"users", "storage_bytes", "ai_sessions", "api_calls", "bandwidth_bytes"};
        // A day at a time, so the file in memory stays small.
        qint64 stored = 0;
        QElapsedTimer timer;
        timer.start();
        for (qint64 d = 0; d < days; ++d) {
            QByteArray csv = "tenant_id,metric,timestamp,value\n";
            for (qint64 i = d * 1440; i < (d + 1) * 1440; ++i) {
                const QByteArray when = usageTimeText(start + i * 60'000).toUtf8();
                for (int n = 0; n < 5; ++n) {
                    const qint64 v
                        = (n + 1) * 40 + i / 5000 + (i % 1440) / 60 + (i % 9973 == 0 ? 200 : 0);
                    csv += "globex," + QByteArray(names[n]) + ',' + when + ','
                        + QByteArray::number(v) + '\n';
                }
            }
            auto imported = (*m)->importUsage(csv, u"day.csv"_s, false);
            if (!imported) {
                out << imported.error().message << '\n';
                return 1;
            }
            stored += imported->stored;
        }
        out << "set-up: " << stored << " samples imported in " << timer.elapsed() << " ms\n";
    }

    TenantService service(catalog);
    QSignalSpy opened(&service, &TenantService::opened);
    service.open(url, {}, u"bench"_s);
    if (!opened.wait(30000))
        return 1;
    std::vector<double> opening, year;
    qsizetype points = 0;
    const auto settle = [](Ui::TenantUsageView *view) {
        while (view->requestedRange().first == 0 || view->isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        (void)view->grab(); // paints every chart
    };
    for (int run = 0; run < runs; ++run) {
        auto *view = new Ui::TenantUsageView(service, u"globex"_s);
        view->resize(1280, 900);
        // Opening the tab: the last 30 days (43,200 samples a metric, from the roll-ups).
        QElapsedTimer timer;
        timer.start();
        view->show();
        settle(view);
        opening.push_back(timer.nsecsElapsed() / 1e6);
        // Choosing "Last year" on it.
        timer.restart();
        view->range()->setCurrentIndex(3);
        settle(view);
        year.push_back(timer.nsecsElapsed() / 1e6);
        points = 0;
        for (const Ui::TimeSeriesChart *chart : view->charts())
            points += chart->pointCount();
        delete view;
    }
    const auto line = [&](const char *what, std::vector<double> t) {
        std::sort(t.begin(), t.end());
        out << what << ": median " << QString::number(t[t.size() / 2], 'f', 1) << " ms (min "
            << QString::number(t.front(), 'f', 1) << ", max " << QString::number(t.back(), 'f', 1)
            << ")\n";
    };
    out << "Usage tab, " << days << " days of per-minute samples, 5 metrics (target < 150 ms):\n";
    line("  opening the tab (last 30 days) to charts drawn", opening);
    line("  choosing the last year to charts drawn", year);
    out << "  points drawn for the year: " << points << '\n';
    return 0;
}
