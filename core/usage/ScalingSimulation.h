#pragma once

#include "Downsample.h"
#include "provisioning/ScalingPolicy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tenancy {

// A tenant's usage history replayed through its auto-scaling policy, step by step (an hour a
// step: the load is the hour's total of the metric).
//
// A unit of capacity serves perUnit of load a step; utilisation is load / (capacity x perUnit).
// Above scale_up_threshold the capacity grows, below scale_down_threshold it shrinks, in both
// cases to the capacity that brings utilisation to the target (target_utilization_percent),
// by at least one unit and at most max_scale_factor times (or a max_scale_factor-th) of what it
// was, within min_capacity..max_capacity, and not within a cooldown (scale_up_cooldown_seconds
// or scale_down_cooldown_seconds) of the last change. A disabled policy never scales.
struct ScalingSimulation
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::ScalingSimulation)

public:
    struct Step
    {
        qint64 at = 0; // ms since the epoch: the step's start
        double load = 0;
        int capacity = 0; // during the step (after any change at its start)
        double utilisation = 0; // load / (capacity x perUnit)
    };
    struct Event
    {
        qint64 at = 0;
        int from = 0;
        int to = 0;
        double utilisation = 0; // what set it off
    };

    QString metric;
    double perUnit = 1;
    qint64 stepMs = 3'600'000;
    ScalingPolicy policy;
    QList<Step> steps;
    QList<Event> events;
    int scaleUps = 0;
    int scaleDowns = 0;
    qint64 aboveTargetMs = 0; // time with utilisation above the target
    qint64 overloadedMs = 0; // time above 100%
    int peakCapacity = 0;
    double meanCapacity = 0;

    // Replays loads (one per step, ascending, each stepMs long), starting at startCapacity
    // (clamped to the policy's range).
    static ScalingSimulation run(const ScalingPolicy &policy, const QList<SeriesPoint> &loads,
                                 double perUnit, int startCapacity, qint64 stepMs = 3'600'000);

    QJsonObject toJson(bool withSteps = true) const;
};

} // namespace Tenancy
