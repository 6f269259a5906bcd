#include "Downsample.h"

#include <algorithm>
#include <cmath>

namespace Tenancy {

QList<SeriesPoint> largestTriangleThreeBuckets(const QList<SeriesPoint> &points, qsizetype target)
{
    const qsizetype count = points.size();
    if (target < 3 || count <= target)
        return points;
    QList<SeriesPoint> out;
    out.reserve(target);
    out.append(points.first());
    // The points between the first and the last, cut into target - 2 buckets of equal width
    // (bucket b is [start(b), start(b + 1))).
    const double width = double(count - 2) / double(target - 2);
    const auto start = [&](qsizetype bucket) {
        return std::min(count - 1, qsizetype(std::floor(double(bucket) * width)) + 1);
    };
    // Times relative to the first point: a triangle's area from milliseconds since the epoch
    // (~1.7e12) would lose the difference between neighbours to rounding.
    const qint64 origin = points.first().at;
    const auto x = [&](qsizetype i) {
        return double(points.at(i).at - origin);
    };
    qsizetype chosen = 0;
    for (qsizetype bucket = 0; bucket < target - 2; ++bucket) {
        // The average of the next bucket (for the last bucket: the last point).
        const qsizetype nextFrom = start(bucket + 1);
        const qsizetype nextTo = start(bucket + 2);
        double averageX = 0;
        double averageY = 0;
        if (bucket + 1 < target - 2) {
            for (qsizetype i = nextFrom; i < nextTo; ++i) {
                averageX += x(i);
                averageY += points.at(i).value;
            }
            averageX /= double(nextTo - nextFrom);
            averageY /= double(nextTo - nextFrom);
        } else {
            averageX = x(count - 1);
            averageY = points.at(count - 1).value;
        }
        // The point of this bucket making the largest triangle with the one chosen before and
        // that average (twice its area; the first of equals wins).
        const double ax = x(chosen);
        const double ay = points.at(chosen).value;
        double largest = -1;
        qsizetype best = start(bucket);
        for (qsizetype i = start(bucket); i < start(bucket + 1); ++i) {
            const double area = std::abs((ax - averageX) * (points.at(i).value - ay)
                                         - (ax - x(i)) * (averageY - ay));
            if (area > largest) {
                largest = area;
                best = i;
            }
        }
        out.append(points.at(best));
        chosen = best;
    }
    out.append(points.last());
    return out;
}

} // namespace Tenancy
