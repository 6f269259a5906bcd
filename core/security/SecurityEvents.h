#pragma once

#include "model/Result.h"
#include "model/SecurityEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tenancy {

// An export of events, read whole before anything is written. CSV with a header naming the
// columns time, tenant, user and kind (tenant_id and user_name are accepted too; source_ip is
// optional), or JSON: an array of objects, or JSON Lines (one object a line), with the same
// keys. Times are ISO 8601 with a zone (Z or an offset). Each problem names its line.
class SecurityEventFile
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::SecurityEventFile)

public:
    struct Parsed
    {
        QList<SecurityEvent> events;
        QList<int> lines; // of each event
        QList<Error> problems; // each with its line (Error::line), in line order
        int rows = 0; // data rows read, good or bad
    };
    // name is for messages ("events.csv"); the format comes from the content.
    static Parsed parse(const QByteArray &data, const QString &name);
};

// An hour whose failures stand out from the tenant's own recent past.
struct SecurityAnomaly
{
    QString tenantId;
    QDateTime hour;
    int failures = 0;
    double baselineMedian = 0;
    double baselineSpread = 0; // the scale the score divides by
    double score = 0;
    QString explanation;
    QJsonObject toJson() const;
};

// Bursts of failed sign-ins, by a robust z-score per tenant: for each hour, the median and the
// median absolute deviation (MAD) of the failures in the baseline hours before it (168: a week,
// empty hours counted as 0), and score = (failures - median) / max(1.4826 * MAD, sqrt(median), 1).
// 1.4826 * MAD estimates the standard deviation without being moved by earlier bursts; the
// square root of the median is a Poisson floor, so that a quiet tenant's ordinary variation is
// not a burst. An hour is flagged when its score reaches the threshold and it has at least
// minFailures failures.
class BurstDetector
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::BurstDetector)

public:
    int baselineHours = 168;
    int minBaselineHours = 24; // fewer hours of history: no verdict
    double threshold = 5.0;
    int minFailures = 10;

    // counts: one tenant's hours, ascending and contiguous (missing hours as zero counts).
    QList<SecurityAnomaly> detect(const QString &tenantId, const QList<HourlyCount> &counts) const;
    // counts filled to contiguous hours from `from` to `to` (both on the hour, inclusive).
    static QList<HourlyCount> contiguous(const QList<HourlyCount> &counts, const QDateTime &from,
                                         const QDateTime &to);
};

// "1h", "30m", "7d", "2w": a span back from now; error names the text.
Result<qint64> parseSinceSeconds(const QString &text);

} // namespace Tenancy
