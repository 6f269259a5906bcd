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
#include <QMap>
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

// What one metric costs in a billing period: its usage so far, what of it was over the limit,
// and the overage that charges (the tier's overage price; nothing without one).
struct MetricCost
{
    QString metric;
    MetricKind kind = MetricKind::Counter;
    QString limitName; // "max_users"; empty for a metric without a limit
    Limit limit = Limit::unlimited();
    QString limitWindow; // "now", "month", "hour"
    double usage = 0; // in the period so far: a counter's total, a gauge's peak
    double over = 0; // what the overage counts (see CostReport::rule)
    double projectedOver = 0; // at the period's end, at the pace so far
    std::optional<OveragePrice> price;
    qint64 costMinor = 0; // so far
    qint64 projectedMinor = 0;
    QJsonObject toJson() const;
};

enum class BudgetLevel { None, Ok, Alert80, Alert100 };
QString budgetLevelId(BudgetLevel level); // "none", "ok", "alert_80", "alert_100"

// A tenant's cost in its current billing period, attributed to the subscription and to each
// metric's overage, against its budget (billing.budget_minor).
struct CostReport
{
    QString tenantId;
    QString tier;
    QString currency;
    qint64 at = 0; // ms since the epoch
    BillingPeriod billingPeriod = BillingPeriod::Monthly;
    PeriodSpan period;
    std::optional<qint64> subscriptionMinor; // the period's price; empty: a quote not given
    QList<MetricCost> metrics;
    qint64 overageMinor = 0;
    qint64 projectedOverageMinor = 0;
    std::optional<qint64> totalMinor; // subscription + overage so far
    std::optional<qint64> projectedMinor; // at the period's end
    std::optional<qint64> budgetMinor;
    BudgetLevel budgetLevel = BudgetLevel::None;
    double budgetPercent = 0; // total so far / budget x 100
    bool projectedOverBudget = false;
    QString rule; // how overage is counted and rounded, for people
    QStringList alerts; // one line each: budget at 80% or 100%, projected over it
    QJsonObject toJson() const;
};

// The fleet's usage at a glance: tenants by tier and status, the tenants nearest or over their
// limits, and every limit and budget alert.
struct FleetUsage
{
    struct TierCount
    {
        QString tier;
        QMap<QString, qint64> byStatus; // "active" -> 12
        qint64 total = 0;
    };
    struct TenantUse
    {
        QString tenantId, tenantName, tier;
        QString limitName; // the limit used most
        double percent = 0;
        LimitLevel level = LimitLevel::Ok;
    };
    struct Alert
    {
        QString tenantId, tenantName, tier;
        QString subject; // "max_users", or "budget"
        QString level; // a LimitLevel id or a BudgetLevel id
        int severity = 0; // for ordering: hard_limit 5 ... alert_80 1
        double percent = 0;
        std::optional<qint64> since; // over since
        QString message;
    };
    qint64 at = 0;
    QList<TierCount> tiers; // the catalog's order
    QStringList statuses; // the statuses that occur, in lifecycle order
    qint64 tenants = 0;
    qint64 tenantsWithUsage = 0;
    QList<TenantUse> top; // by the highest limit use, highest first
    QList<Alert> alerts; // worst first
    QJsonObject toJson() const;
    static constexpr int topCount = 10;
};

} // namespace Tenancy
