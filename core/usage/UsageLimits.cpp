#include "UsageLimits.h"

#include "Usage.h"
#include "model/Format.h"

#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy {

QJsonObject configuredLimits(const QJsonObject &document)
{
    return document.value(u"configuration"_s).toObject().value(u"limits"_s).toObject();
}

Limit configuredLimit(const QJsonObject &limits, const QString &key)
{
    return Limit::fromJson(limits.value(key)).value_or(Limit::unlimited());
}

QString limitWindowId(LimitMetric::Window window)
{
    switch (window) {
    case LimitMetric::Window::Now:
        return u"now"_s;
    case LimitMetric::Window::CalendarMonth:
        return u"month"_s;
    case LimitMetric::Window::LastHour:
        return u"hour"_s;
    }
    return {};
}

QString limitLevelId(LimitLevel level)
{
    switch (level) {
    case LimitLevel::Ok:
        return u"ok"_s;
    case LimitLevel::Alert80:
        return u"alert_80"_s;
    case LimitLevel::Alert100:
        return u"alert_100"_s;
    case LimitLevel::OverGrace:
        return u"over_grace"_s;
    case LimitLevel::HardLimit:
        return u"hard_limit"_s;
    }
    return {};
}

const QList<LimitMetric> &LimitMetric::all()
{
    static const QList<LimitMetric> metrics {
        {u"max_users"_s, u"users"_s, Window::Now, &TierLimits::users},
        {u"max_storage_bytes"_s, u"storage_bytes"_s, Window::Now, &TierLimits::storageBytes},
        {u"ai_sessions_per_month"_s, u"ai_sessions"_s, Window::CalendarMonth,
         &TierLimits::aiSessionsPerMonth},
        {u"api_requests_per_hour"_s, u"api_calls"_s, Window::LastHour,
         &TierLimits::apiRequestsPerHour},
    };
    return metrics;
}

namespace {

QString amount(const QString &metric, double value)
{
    if (UsageMetric::isBytes(metric))
        return Format::bytes(qint64(std::llround(value)));
    return Format::count(Limit::of(qint64(std::llround(value))));
}

} // namespace

LimitStatus LimitStatus::evaluate(const LimitMetric &metric, const Limit &limit, double usage,
                                  std::optional<qint64> overSince, qint64 now)
{
    LimitStatus s;
    s.limitName = metric.limit;
    s.metric = metric.metric;
    s.limit = limit;
    s.usage = usage;
    const QString used = amount(metric.metric, usage);
    if (limit.isUnlimited()) {
        s.message = tr("%1 of unlimited").arg(used);
        return s;
    }
    const double cap = double(limit.value());
    s.percent = cap > 0 ? usage / cap * 100.0 : (usage > 0 ? 100.0 : 0.0);
    const QString of = tr("%1 of %2 (%3%)")
                           .arg(used, amount(metric.metric, cap))
                           .arg(QString::number(s.percent, 'f', s.percent < 10 ? 1 : 0));
    if (usage > cap) {
        s.overSince = overSince.value_or(now);
        s.graceEndsAt = *s.overSince + gracePeriodMs;
        s.level = now >= *s.graceEndsAt ? LimitLevel::HardLimit : LimitLevel::OverGrace;
        s.message = s.level == LimitLevel::HardLimit
            ? tr("%1: over the limit since %2; the 24-hour grace period ended %3, the hard "
                 "limit holds")
                  .arg(of, usageTimeText(*s.overSince), usageTimeText(*s.graceEndsAt))
            : tr("%1: over the limit since %2; grace period until %3")
                  .arg(of, usageTimeText(*s.overSince), usageTimeText(*s.graceEndsAt));
    } else if (cap > 0 && usage >= cap) {
        s.level = LimitLevel::Alert100;
        s.message = tr("%1: at the limit").arg(of);
    } else if (cap > 0 && usage >= 0.8 * cap) {
        s.level = LimitLevel::Alert80;
        s.message = tr("%1: above 80% of the limit").arg(of);
    } else {
        s.message = of;
    }
    return s;
}

std::optional<qint64> LimitStatus::trailingOverSince(const QList<SeriesPoint> &timeline,
                                                     double limit)
{
    if (timeline.isEmpty() || !(timeline.last().value > limit))
        return std::nullopt;
    qsizetype i = timeline.size() - 1;
    while (i > 0 && timeline.at(i - 1).value > limit)
        --i;
    return timeline.at(i).at;
}

QString LimitStatus::tierThatFits(const Catalog &catalog, const LimitMetric &metric, double usage)
{
    const qint64 needed = qint64(std::ceil(usage));
    for (const Tier &tier : catalog.tiers()) {
        if ((tier.limits.*(metric.tierLimit)).allows(needed))
            return tier.name;
    }
    return {};
}

QJsonObject LimitStatus::toJson() const
{
    QJsonObject o {
        {u"limit"_s, limitName},
        {u"metric"_s, metric},
        {u"max"_s, limit.toJson()},
        {u"usage"_s, usage},
        {u"percent"_s, limit.isUnlimited() ? QJsonValue() : QJsonValue(percent)},
        {u"level"_s, limitLevelId(level)},
        {u"over_since"_s, overSince ? QJsonValue(usageTimeText(*overSince)) : QJsonValue()},
        {u"grace_ends_at"_s, graceEndsAt ? QJsonValue(usageTimeText(*graceEndsAt)) : QJsonValue()},
        {u"message"_s, message}};
    o.insert(u"suggested_tier"_s,
             suggestedTier.isEmpty() ? QJsonValue() : QJsonValue(suggestedTier));
    return o;
}

} // namespace Tenancy
