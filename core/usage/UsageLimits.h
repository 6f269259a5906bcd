#pragma once

#include "Downsample.h"
#include "model/Catalog.h"
#include "model/Limit.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tenancy {

// Where a tenant's usage stands against one limit (DOMAIN.md "Usage and billing"): alerts at
// 80% and 100%; once over, a grace period of 24 hours, then the hard limit holds (new use
// beyond it is refused by the tenant's services) until usage falls back or the limit rises.
enum class LimitLevel { Ok, Alert80, Alert100, OverGrace, HardLimit };
QString limitLevelId(LimitLevel level); // "ok", "alert_80", "alert_100", "over_grace", "hard_limit"

// The limits usage is measured against: the configuration's limit, the metric that counts it,
// and the window the metric is summed over (a counter) or read at (a gauge).
struct LimitMetric
{
    enum class Window { Now, CalendarMonth, LastHour };
    QString limit; // "max_users": the key under configuration.limits
    QString metric; // "users"
    Window window = Window::Now;
    Limit TierLimits::*tierLimit = nullptr;

    // users, storage, AI sessions per calendar month (UTC), API calls in the last hour.
    static const QList<LimitMetric> &all();
};

// A configuration document's effective limits (configuration.limits), one of them (unlimited
// when absent), and what a limit's window is called ("now", "month", "hour").
QJsonObject configuredLimits(const QJsonObject &document);
Limit configuredLimit(const QJsonObject &limits, const QString &key);
QString limitWindowId(LimitMetric::Window window);

struct LimitStatus
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::LimitStatus)

public:
    QString limitName; // "max_users"
    QString metric; // "users"
    Limit limit = Limit::unlimited();
    double usage = 0; // now, over the limit's window
    double percent = 0; // usage / limit x 100 (0 when unlimited)
    LimitLevel level = LimitLevel::Ok;
    std::optional<qint64> overSince; // ms since the epoch: when usage went over, this time
    std::optional<qint64> graceEndsAt; // overSince + 24 h
    QString suggestedTier; // at 100% or over: the first tier whose limit fits the usage
    QString message; // one line for a person

    static constexpr qint64 gracePeriodMs = 24LL * 3'600'000;

    // The level for usage against limit at now, given since when usage has been over it
    // (nullopt: it is not over, or it never was within the data).
    static LimitStatus evaluate(const LimitMetric &metric, const Limit &limit, double usage,
                                std::optional<qint64> overSince, qint64 now);
    // The start of the trailing run of points above limit in a timeline (ascending): when the
    // usage last went over and stayed over. nullopt when the last point is not over.
    static std::optional<qint64> trailingOverSince(const QList<SeriesPoint> &timeline,
                                                   double limit);
    // The first tier of the catalog (in its order, which is by price) whose limit allows
    // usage; empty when none does.
    static QString tierThatFits(const Catalog &catalog, const LimitMetric &metric, double usage);

    QJsonObject toJson() const;
};

} // namespace Tenancy
