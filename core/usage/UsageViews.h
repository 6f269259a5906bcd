#pragma once

#include "Billing.h"
#include "Downsample.h"
#include "Usage.h"
#include "UsageLimits.h"
#include "config/ConfigDiff.h"
#include "model/Limit.h"
#include "model/Result.h"
#include "model/Tier.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tenancy {

// What an import of usage samples did.
struct UsageImport
{
    QString file;
    qint64 rows = 0; // data rows read, good or bad
    qint64 stored = 0; // samples new, or with a new value
    qint64 unchanged = 0; // already stored with the same value (an earlier import)
    QStringList tenants; // the tenants it had samples of, sorted
    QList<Error> skipped; // bad rows left out (only with skipBad)
    QJsonObject toJson() const;
};

// A tenant's usage against its effective limits (the configuration's, tier and overrides).
struct UsageStatus
{
    QString tenantId;
    QString tier;
    qint64 at = 0; // ms since the epoch: when it was worked out
    QList<LimitStatus> limits;
    LimitLevel worst = LimitLevel::Ok;
    QString suggestedTier; // an upgrade prompt: the first tier that fits every limit at 100%+
    QJsonObject toJson() const;
};

// One metric's series for a chart: downsampled, with its limit when it has one.
struct UsageSeries
{
    QString metric;
    MetricKind kind = MetricKind::Counter;
    // What a point is: a sample ("sample"), or an hour's value ("hour": a counter's sum, a
    // gauge's latest reading) when the range holds more samples than a chart can use.
    QString resolution;
    qint64 samplesInRange = 0;
    QList<SeriesPoint> points; // at most the asked-for count, peaks kept (LTTB)
    std::optional<Limit> limit; // for the metrics with a limit
    QString limitWindow; // "now", "month", "hour": what the limit counts
};

struct UsageChart
{
    QString tenantId;
    qint64 from = 0;
    qint64 to = 0;
    QList<UsageSeries> series; // the built-in metrics first, then custom ones
};

// A tier that fits a tenant's usage better, from the last 90 days (optimize configuration).
struct TierRecommendation
{
    QString tenantId;
    QString tier; // now
    QString recommendedTier;
    QString kind; // "upgrade" or "downgrade"
    QStringList evidence; // one line per fact it rests on
    qint64 windowStart = 0; // ms since the epoch
    qint64 windowEnd = 0;
    int daysWithSamples = 0;
    QJsonObject toJson() const;
};

// The request for an upgrade (or downgrade) preview.
struct UpgradePreviewRequest
{
    QString tenantId;
    QString toTier;
    std::optional<qint64> effectiveAt; // ms; default now
    std::optional<ChangePolicy> policy; // default: immediate up, end of term down
    std::optional<qint64> quotedMonthlyMinor; // a custom tier's agreed monthly price
};

// What a tier change would mean, worked out without writing anything.
struct UpgradePreview
{
    QString tenantId;
    QString tenantName;
    QString fromTier, toTier;
    QString fromTierName, toTierName; // display names
    QString direction; // "upgrade", "downgrade"
    QString directionRule;
    ChangePolicy policy = ChangePolicy::Immediate;
    qint64 effectiveAt = 0;
    qint64 generatedAt = 0;
    struct LimitChange
    {
        QString name; // "max_users"
        Limit from = Limit::unlimited();
        Limit to = Limit::unlimited();
        std::optional<double> currentUsage; // empty: no samples
        bool overAfter = false;
        QString metric;
    };
    QList<LimitChange> limits;
    QStringList featuresGained, featuresLost;
    Isolation fromIsolation = Isolation::Shared, toIsolation = Isolation::Shared;
    QString migration; // what moving between isolation levels implies, in plain words
    QList<ConfigChange> policyChanges; // security and compliance settings that change
    QList<ConfigChange> configDiff; // every change
    BillingTerms fromTerms, toTerms;
    Proration proration;
    QStringList notes; // e.g. "the custom tier is priced by quote: give --price"
    QJsonObject toJson() const;
};

} // namespace Tenancy
