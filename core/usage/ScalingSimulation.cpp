#include "ScalingSimulation.h"

#include "Usage.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy {

ScalingSimulation ScalingSimulation::run(const ScalingPolicy &policy,
                                         const QList<SeriesPoint> &loads, double perUnit,
                                         int startCapacity, qint64 stepMs)
{
    ScalingSimulation s;
    s.policy = policy;
    s.perUnit = perUnit > 0 ? perUnit : 1;
    s.stepMs = stepMs;
    const int minCapacity = std::max(1, policy.minCapacity);
    const int maxCapacity = std::max(minCapacity, policy.maxCapacity);
    int capacity = std::clamp(startCapacity, minCapacity, maxCapacity);
    const double target = std::clamp(policy.targetUtilizationPercent / 100.0, 0.01, 1.0);
    const double factor = std::max(1.0, policy.maxScaleFactor);
    qint64 lastChange = std::numeric_limits<qint64>::min() / 2;
    double capacitySum = 0;
    s.steps.reserve(loads.size());
    for (const SeriesPoint &point : loads) {
        const double utilisation = point.value / (capacity * s.perUnit);
        // The capacity that would bring utilisation to the target.
        const int wanted = int(std::ceil(point.value / (s.perUnit * target)));
        if (policy.enabled && utilisation > policy.scaleUpThreshold && capacity < maxCapacity
            && point.at - lastChange >= qint64(policy.scaleUpCooldownSeconds) * 1000) {
            const int ceiling = std::min(maxCapacity, int(std::floor(capacity * factor)));
            const int next = std::clamp(wanted, capacity + 1, std::max(capacity + 1, ceiling));
            s.events.append({point.at, capacity, std::min(next, maxCapacity), utilisation});
            capacity = std::min(next, maxCapacity);
            lastChange = point.at;
            ++s.scaleUps;
        } else if (policy.enabled && utilisation < policy.scaleDownThreshold
                   && capacity > minCapacity
                   && point.at - lastChange >= qint64(policy.scaleDownCooldownSeconds) * 1000) {
            const int floor = std::max(minCapacity, int(std::ceil(capacity / factor)));
            const int next = std::clamp(wanted, std::min(floor, capacity - 1), capacity - 1);
            s.events.append({point.at, capacity, std::max(next, minCapacity), utilisation});
            capacity = std::max(next, minCapacity);
            lastChange = point.at;
            ++s.scaleDowns;
        }
        Step step {point.at, point.value, capacity, point.value / (capacity * s.perUnit)};
        if (step.utilisation > target)
            s.aboveTargetMs += stepMs;
        if (step.utilisation > 1.0)
            s.overloadedMs += stepMs;
        s.peakCapacity = std::max(s.peakCapacity, capacity);
        capacitySum += capacity;
        s.steps.append(step);
    }
    s.meanCapacity = s.steps.isEmpty() ? 0 : capacitySum / double(s.steps.size());
    return s;
}

QJsonObject ScalingSimulation::toJson(bool withSteps) const
{
    QJsonArray eventArray;
    for (const Event &e : events)
        eventArray.append(QJsonObject {{u"at"_s, usageTimeText(e.at)},
                                       {u"from"_s, e.from},
                                       {u"to"_s, e.to},
                                       {u"utilisation"_s, e.utilisation}});
    QJsonObject o {{u"metric"_s, metric},
                   {u"per_unit"_s, perUnit},
                   {u"step_seconds"_s, stepMs / 1000},
                   {u"policy"_s, policy.toJson()},
                   {u"steps"_s, qint64(steps.size())},
                   {u"scale_ups"_s, scaleUps},
                   {u"scale_downs"_s, scaleDowns},
                   {u"scale_events"_s, qint64(events.size())},
                   {u"hours_above_target"_s, double(aboveTargetMs) / 3'600'000.0},
                   {u"hours_overloaded"_s, double(overloadedMs) / 3'600'000.0},
                   {u"peak_capacity"_s, peakCapacity},
                   {u"mean_capacity"_s, meanCapacity},
                   {u"events"_s, eventArray}};
    if (withSteps) {
        QJsonArray stepArray;
        for (const Step &step : steps)
            stepArray.append(QJsonObject {{u"at"_s, usageTimeText(step.at)},
                                          {u"load"_s, step.load},
                                          {u"capacity"_s, step.capacity},
                                          {u"utilisation"_s, step.utilisation}});
        o.insert(u"timeline"_s, stepArray);
    }
    return o;
}

} // namespace Tenancy
