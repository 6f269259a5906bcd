// The scaling simulation against a replay worked out by hand: scale up to the target (at most
// max_scale_factor at a time), cooldowns, scale down with a floor, min and max capacity, a
// disabled policy, and the time above the target utilisation.
#include "usage/ScalingSimulation.h"

#include <QTest>

using namespace Tenancy;

namespace {

constexpr qint64 hour = 3'600'000;

QList<SeriesPoint> hourly(const QList<double> &loads)
{
    QList<SeriesPoint> out;
    for (qsizetype i = 0; i < loads.size(); ++i)
        out.append({i * hour, loads.at(i)});
    return out;
}

ScalingPolicy policy()
{
    ScalingPolicy p;
    p.minCapacity = 2;
    p.maxCapacity = 20;
    p.targetUtilizationPercent = 50;
    p.scaleUpThreshold = 0.8;
    p.scaleDownThreshold = 0.2;
    p.scaleUpCooldownSeconds = 3600;
    p.scaleDownCooldownSeconds = 7200;
    p.maxScaleFactor = 2;
    return p;
}

} // namespace

class tst_ScalingSimulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaysByHand()
    {
        // A unit serves 100 an hour; the target is 50%.
        // h2: 400 on 2 units is 200%: wanted 8, at most 2 x 2 = 4.
        // h3: 400 on 4 is 100%, an hour after the last change (the up cooldown): 8.
        // h5: 10 on 8 is 1.25%, two hours after (the down cooldown): wanted 1, at least 8 / 2.
        // h6: still low, but one hour since the change: no.  h7: 4 -> 2 (the minimum).
        const auto s = ScalingSimulation::run(
            policy(), hourly({100, 100, 400, 400, 400, 10, 10, 10}), 100, 2);
        QList<int> capacities;
        for (const auto &step : s.steps)
            capacities << step.capacity;
        QCOMPARE(capacities, (QList<int> {2, 2, 4, 8, 8, 4, 4, 2}));
        QCOMPARE(s.events.size(), 4);
        QCOMPARE(s.scaleUps, 2);
        QCOMPARE(s.scaleDowns, 2);
        QCOMPARE(s.events.at(0).at, 2 * hour);
        QCOMPARE(s.events.at(0).from, 2);
        QCOMPARE(s.events.at(0).to, 4);
        QCOMPARE(s.events.at(0).utilisation, 2.0);
        QCOMPARE(s.aboveTargetMs, 1 * hour); // h2 at 100% (h0, h1 at exactly 50% are not above)
        QCOMPARE(s.overloadedMs, 0); // 100% is full, not over
        QCOMPARE(s.peakCapacity, 8);
        QCOMPARE(s.meanCapacity, 34.0 / 8);
    }

    void staysWithinMinAndMax()
    {
        ScalingPolicy p = policy();
        p.maxScaleFactor = 10;
        const auto s
            = ScalingSimulation::run(p, hourly({100000, 100000, 100000, 0, 0, 0, 0}), 100, 1);
        QCOMPARE(s.steps.first().capacity, 20); // 1 is below the minimum: starts at 2, then 20
        QCOMPARE(s.peakCapacity, 20);
        QCOMPARE(s.steps.last().capacity, 2);
        QCOMPARE(s.overloadedMs, 3 * hour);
    }

    void disabledNeverScales()
    {
        ScalingPolicy p = policy();
        p.enabled = false;
        const auto s = ScalingSimulation::run(p, hourly({1000, 1000, 0}), 100, 5);
        QCOMPARE(s.events.size(), 0);
        QCOMPARE(s.peakCapacity, 5);
        QCOMPARE(s.aboveTargetMs, 2 * hour);
    }
};

QTEST_GUILESS_MAIN(tst_ScalingSimulation)
#include "tst_scalingsimulation.moc"
