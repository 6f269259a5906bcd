#pragma once

#include "model/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tenancy {

// What a usage metric measures, which decides how its samples add up over a bucket of time.
// A gauge is a level read at a moment (users, stored bytes): a bucket's value is its latest
// reading, and its peak is the largest. A counter counts what happened since the previous
// sample (sessions, calls, bytes sent): a bucket's value is the sum.
enum class MetricKind { Gauge, Counter };

struct UsageMetric
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::UsageMetric)

public:
    // The built-in metrics: users, storage_bytes (gauges); ai_sessions, api_calls,
    // bandwidth_bytes (counters). Any other valid name is a custom counter.
    static QStringList builtin();
    static MetricKind kindOf(const QString &metric);
    // A metric name: 1 to 64 of a-z, 0-9 and _, starting with a letter. nullopt when fine.
    static std::optional<QString> checkName(const QString &metric);
    // Its unit for display: "bytes" for *_bytes, otherwise a count.
    static bool isBytes(const QString &metric);
};

// One reading of one metric of one tenant.
struct UsageSample
{
    QString tenantId;
    QString metric;
    qint64 at = 0; // milliseconds since the epoch, UTC
    double value = 0;
};

enum class UsageBucketSize { Hour, Day, Month };
QString bucketSizeId(UsageBucketSize size); // "hour", "day", "month"
std::optional<UsageBucketSize> bucketSizeFromId(const QString &id);
// The start of the bucket that holds at (UTC; months are calendar months).
qint64 bucketStart(qint64 at, UsageBucketSize size);
// The start of the bucket after the one starting at start.
qint64 nextBucketStart(qint64 start, UsageBucketSize size);

// A bucket of one metric's samples (an hour, a day or a month). value() is what the metric's
// kind calls its value there: the sum for a counter, the latest reading for a gauge.
struct UsageBucket
{
    qint64 start = 0; // ms since the epoch, UTC
    qint64 samples = 0;
    double sum = 0;
    double max = 0;
    qint64 latestAt = 0;
    double latest = 0;

    double value(MetricKind kind) const { return kind == MetricKind::Counter ? sum : latest; }
    // Folds a later bucket (or hour) into this one.
    void add(const UsageBucket &later);
    QJsonObject toJson(MetricKind kind, UsageBucketSize size) const;
};

// A usage export read whole: CSV with the header tenant_id,metric,timestamp,value (any column
// order; RFC 4180 quoting) or JSON Lines with the same keys. Timestamps are ISO 8601 with Z or
// an offset (converted to UTC); values are finite and not negative. Made for speed (a million
// lines in well under a second): samples refer to their tenant and metric by index.
class UsageFile
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::UsageFile)

public:
    struct Row
    {
        int tenant = 0; // index into tenants
        int metric = 0; // index into metrics
        int line = 0;
        qint64 at = 0; // ms since the epoch, UTC
        double value = 0;
    };
    struct Parsed
    {
        QStringList tenants;
        QStringList metrics;
        QList<Row> rows; // the good rows, in file order
        QList<Error> problems; // each with its line (Error::line), in line order
        qint64 dataRows = 0; // data rows read, good or bad
        bool fatal = false; // the file as a whole is unreadable (nothing to skip to)
    };
    // name is for messages ("usage.csv"); the format comes from the content.
    static Parsed parse(QByteArrayView data, const QString &name);

    // "2026-01-31T12:00:00Z", "...:00.250Z", "...+02:00": ms since the epoch, UTC.
    static std::optional<qint64> parseTimestamp(QByteArrayView text);
};

// ms since the epoch as the one text form (ISO 8601 UTC with milliseconds).
QString usageTimeText(qint64 at);

} // namespace Tenancy
