#pragma once

#include <QList>
#include <QtGlobal>

namespace Tenancy {

// One sample of a series: when (milliseconds since the epoch, exact) and the value.
struct SeriesPoint
{
    qint64 at = 0;
    double value = 0;

    friend bool operator==(const SeriesPoint &, const SeriesPoint &) = default;
};

// Largest-Triangle-Three-Buckets (Steinarsson, "Downsampling Time Series for Visual
// Representation", 2013): at most `target` of the points, chosen so the line drawn through them
// looks like the line through all of them, peaks and troughs kept. The first and the last point
// always stay; each of the target - 2 buckets between them gives the point that makes the
// largest triangle with the point chosen before it and the average of the next bucket.
// points must be in time order; they are returned as they are when there are no more than
// target of them, or target < 3 (which has no buckets to choose from). O(points).
QList<SeriesPoint> largestTriangleThreeBuckets(const QList<SeriesPoint> &points, qsizetype target);

} // namespace Tenancy
