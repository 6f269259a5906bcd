// Largest-Triangle-Three-Buckets downsampling for the usage charts: the ends and the count are
// kept, so are peaks and troughs, and a small series chooses exactly the points worked out by
// hand below.
#include "usage/Downsample.h"

#include <QTest>

#include <cmath>

using Tenancy::largestTriangleThreeBuckets;
using Tenancy::SeriesPoint;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 aDecember = 1'796'083'200'000; // 2026-12-01T00:00:00Z

QList<SeriesPoint> series(const QList<double> &values, qint64 step = minute)
{
    QList<SeriesPoint> points;
    for (qsizetype i = 0; i < values.size(); ++i)
        points.append({aDecember + i * step, values.at(i)});
    return points;
}

} // namespace

class tst_Downsample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fewPointsComeBackAsTheyAre()
    {
        const auto points = series({3, 1, 4, 1, 5});
        QCOMPARE(largestTriangleThreeBuckets(points, 5), points);
        QCOMPARE(largestTriangleThreeBuckets(points, 100), points);
        QCOMPARE(largestTriangleThreeBuckets(points, 2), points); // no bucket to choose from
        QCOMPARE(largestTriangleThreeBuckets({}, 10), QList<SeriesPoint> {});
    }

    // Ten points into four: buckets [1, 5) and [5, 9) between the ends. In the first, against
    // (0, 0) and the next bucket's average (6.5, -0.5), point 2 (value 5) makes the largest
    // triangle (twice its area 33.5; points 1, 3, 4: 7, 14.5, 2). In the second, against
    // point 2 and the last point (9, 0), point 6 (value -3): 36 (points 5, 7, 8: 20, 3, 5).
    void choosesThePointsWorkedOutByHand()
    {
        const auto points = series({0, 1, 5, 2, 0, 0, -3, 1, 0, 0});
        const QList<SeriesPoint> expected {points[0], points[2], points[6], points[9]};
        QCOMPARE(largestTriangleThreeBuckets(points, 4), expected);
    }

    // A year of per-minute samples (525,600) down to a chart's 2,000 points: the ends, the
    // count, time order, and only points of the series.
    void keepsTheEndsTheCountAndTheOrder()
    {
        QList<double> values;
        for (int i = 0; i < 525'600; ++i)
            values.append(50 + 40 * std::sin(i / 1440.0 * 2 * M_PI)
                          + double(qint64(i) * 7919 % 13));
        const auto points = series(values);
        const auto chosen = largestTriangleThreeBuckets(points, 2'000);
        QCOMPARE(chosen.size(), 2'000);
        QCOMPARE(chosen.first(), points.first());
        QCOMPARE(chosen.last(), points.last());
        for (qsizetype i = 1; i < chosen.size(); ++i) {
            QVERIFY(chosen[i - 1].at < chosen[i].at);
            const qsizetype index = (chosen[i].at - aDecember) / minute;
            QCOMPARE(chosen[i], points[index]);
        }
    }

    // A flat line with one spike and one dip keeps both, whatever the target.
    void keepsPeaksAndTroughs_data()
    {
        QTest::addColumn<int>("target");
        for (int target : {3, 10, 100, 1'000})
            QTest::addRow("%d points", target) << target;
    }
    void keepsPeaksAndTroughs()
    {
        QFETCH(int, target);
        QList<double> values(10'000, 10.0);
        values[3'333] = 1'000;
        values[7'777] = -500;
        const auto points = series(values);
        const auto chosen = largestTriangleThreeBuckets(points, target);
        QCOMPARE(chosen.size(), target);
        if (target > 3) // three points have room for one of them only
            QVERIFY(chosen.contains(points[7'777]));
        QVERIFY(chosen.contains(points[3'333]));
    }
};

QTEST_APPLESS_MAIN(tst_Downsample)
#include "tst_downsample.moc"
