// TenantManager: what a tenant's billing period costs (the subscription and each metric's
// overage) against its budget, and the fleet's usage at a glance (DOMAIN.md "Usage and
// billing": cost attribution and budget alerts per tenant).

#include "TenantManager.h"
#include "store/TenantRepository.h"
#include "store/UsageRepository.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

// price x units over / per, to the nearest minor unit, a half away from zero.
qint64 overageCost(double over, const OveragePrice &price)
{
    if (!(over > 0))
        return 0;
    return std::llround(over * double(price.priceMinor) / double(price.per));
}

QJsonValue optionalMinor(const std::optional<qint64> &minor)
{
    return minor ? QJsonValue(*minor) : QJsonValue();
}

QString moneyText(qint64 minor, const QString &currency)
{
    return Money {minor, currency}.toDisplayString();
}

const LimitMetric *limitMetricOf(const QString &metric)
{
    for (const LimitMetric &l : LimitMetric::all()) {
        if (l.metric == metric)
            return &l;
    }
    return nullptr;
}

} // namespace

QString budgetLevelId(BudgetLevel level)
{
    switch (level) {
    case BudgetLevel::None:
        return u"none"_s;
    case BudgetLevel::Ok:
        return u"ok"_s;
    case BudgetLevel::Alert80:
        return u"alert_80"_s;
    case BudgetLevel::Alert100:
        return u"alert_100"_s;
    }
    return {};
}

QJsonObject MetricCost::toJson() const
{
    QJsonObject o {{u"metric"_s, metric},
                   {u"kind"_s, kind == MetricKind::Counter ? u"counter"_s : u"gauge"_s},
                   {u"usage"_s, usage},
                   {u"over"_s, over},
                   {u"projected_over"_s, projectedOver},
                   {u"cost_minor"_s, costMinor},
                   {u"projected_minor"_s, projectedMinor}};
    o.insert(u"limit_name"_s, limitName.isEmpty() ? QJsonValue() : QJsonValue(limitName));
    o.insert(u"limit"_s, limitName.isEmpty() ? QJsonValue() : limit.toJson());
    o.insert(u"window"_s, limitWindow.isEmpty() ? QJsonValue() : QJsonValue(limitWindow));
    o.insert(u"overage_price"_s,
             price ? QJsonValue(
                 QJsonObject {{u"price_minor"_s, price->priceMinor}, {u"per"_s, price->per}})
                   : QJsonValue());
    return o;
}

QJsonObject CostReport::toJson() const
{
    QJsonArray list;
    for (const MetricCost &m : metrics)
        list.append(m.toJson());
    return QJsonObject {
        {u"tenant"_s, tenantId},
        {u"tier"_s, tier},
        {u"currency"_s, currency},
        {u"at"_s, usageTimeText(at)},
        {u"billing_period"_s, billingPeriodId(billingPeriod)},
        {u"period_start"_s, usageTimeText(period.start)},
        {u"period_end"_s, usageTimeText(period.end)},
        {u"subscription_minor"_s, optionalMinor(subscriptionMinor)},
        {u"metrics"_s, list},
        {u"overage_minor"_s, overageMinor},
        {u"projected_overage_minor"_s, projectedOverageMinor},
        {u"total_minor"_s, optionalMinor(totalMinor)},
        {u"projected_minor"_s, optionalMinor(projectedMinor)},
        {u"budget_minor"_s, optionalMinor(budgetMinor)},
        {u"budget_level"_s, budgetLevelId(budgetLevel)},
        {u"budget_percent"_s, budgetMinor ? QJsonValue(budgetPercent) : QJsonValue()},
        {u"projected_over_budget"_s, projectedOverBudget},
        {u"rule"_s, rule},
        {u"alerts"_s, QJsonArray::fromStringList(alerts)}};
}

QJsonObject FleetUsage::toJson() const
{
    QJsonArray byTier;
    for (const TierCount &t : tiers) {
        QJsonObject statusCounts;
        for (auto it = t.byStatus.begin(); it != t.byStatus.end(); ++it)
            statusCounts.insert(it.key(), it.value());
        byTier.append(QJsonObject {
            {u"tier"_s, t.tier}, {u"total"_s, t.total}, {u"by_status"_s, statusCounts}});
    }
    QJsonArray topList;
    for (const TenantUse &u : top) {
        topList.append(QJsonObject {{u"tenant"_s, u.tenantId},
                                    {u"name"_s, u.tenantName},
                                    {u"tier"_s, u.tier},
                                    {u"limit"_s, u.limitName},
                                    {u"percent"_s, u.percent},
                                    {u"level"_s, limitLevelId(u.level)}});
    }
    QJsonArray alertList;
    for (const Alert &a : alerts) {
        alertList.append(
            QJsonObject {{u"tenant"_s, a.tenantId},
                         {u"name"_s, a.tenantName},
                         {u"tier"_s, a.tier},
                         {u"subject"_s, a.subject},
                         {u"level"_s, a.level},
                         {u"percent"_s, a.percent},
                         {u"since"_s, a.since ? QJsonValue(usageTimeText(*a.since)) : QJsonValue()},
                         {u"message"_s, a.message}});
    }
    return QJsonObject {{u"at"_s, usageTimeText(at)},
                        {u"tenants"_s, tenants},
                        {u"tenants_with_usage"_s, tenantsWithUsage},
                        {u"statuses"_s, QJsonArray::fromStringList(statuses)},
                        {u"by_tier"_s, byTier},
                        {u"top"_s, topList},
                        {u"alerts"_s, alertList}};
}

Result<CostReport> TenantManager::costReport(const QString &tenantId, std::optional<qint64> at)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    auto state = configuration(tenantId);
    if (!state)
        return state.error();
    CostReport r;
    r.tenantId = tenantId;
    r.tier = state->tenant.tier;
    r.at = at.value_or(m_clock.now().toMSecsSinceEpoch());
    auto terms
        = BillingTerms::fromDocument(state->document, state->tenant.createdAt.toMSecsSinceEpoch());
    if (!terms)
        return terms.error();
    if (r.at < terms->anchor)
        return Error::invalid(u"at"_s,
                              tr("%1 is before the subscription started (%2)")
                                  .arg(usageTimeText(r.at), usageTimeText(terms->anchor)));
    r.currency = terms->currency;
    r.billingPeriod = terms->period;
    r.period = periodAt(terms->anchor, terms->period, r.at);
    r.subscriptionMinor = terms->periodMinor();
    r.rule = tr("Overage is counted from the hourly roll-ups of the period so far: users and "
                "storage by their peak above the limit; AI sessions above each calendar month's "
                "allowance; API calls above the hourly limit in each clock hour. A metric's "
                "overage is its price x the units over / the units the price is per, rounded to "
                "the nearest minor unit (a half away from zero). The projection carries counters "
                "on at the pace so far; gauges stay at their peak.");

    const Tier *tier = m_catalog->tier(r.tier);
    const QJsonObject limits = configuredLimits(state->document);
    const qint64 periodHour = r.period.start - r.period.start % kHourMs;
    const qint64 elapsed = std::max<qint64>(r.at - r.period.start, 0);
    const double pace = elapsed > 0 ? double(r.period.end - r.period.start) / double(elapsed) : 1.0;
    auto metrics = usageMetrics(tenantId);
    if (!metrics)
        return metrics.error();
    UsageRepository repository(*m_db);
    for (const QString &metric : std::as_const(*metrics)) {
        MetricCost m;
        m.metric = metric;
        m.kind = UsageMetric::kindOf(metric);
        const LimitMetric *limited = limitMetricOf(metric);
        if (limited) {
            m.limitName = limited->limit;
            m.limit = configuredLimit(limits, limited->limit);
            m.limitWindow = limitWindowId(limited->window);
            if (tier && tier->overage.contains(metric))
                m.price = tier->overage.value(metric);
        }
        auto series = repository.series(tenantId, metric, false);
        if (!series)
            return series.error();
        if (!*series)
            continue;
        // A month's allowance counts from the start of the month the period starts in.
        const bool monthly = limited && limited->window == LimitMetric::Window::CalendarMonth;
        const qint64 from
            = monthly ? bucketStart(r.period.start, UsageBucketSize::Month) : periodHour;
        auto hours = repository.hours(**series, from, std::min(r.at + 1, r.period.end));
        if (!hours)
            return hours.error();
        const bool capped = limited && !m.limit.isUnlimited();
        const double cap = capped ? double(m.limit.value()) : 0;
        double running = 0;
        qint64 month = -1;
        for (const UsageBucket &h : std::as_const(*hours)) {
            const bool inPeriod = h.start >= periodHour;
            if (inPeriod)
                m.usage
                    = m.kind == MetricKind::Counter ? m.usage + h.sum : std::max(m.usage, h.max);
            if (!capped)
                continue;
            switch (limited->window) {
            case LimitMetric::Window::Now:
                if (inPeriod)
                    m.over = std::max(m.over, h.max - cap);
                break;
            case LimitMetric::Window::CalendarMonth: {
                const qint64 start = bucketStart(h.start, UsageBucketSize::Month);
                if (start != month) {
                    month = start;
                    running = 0;
                }
                const double before = std::max(running - cap, 0.0);
                running += h.sum;
                if (inPeriod)
                    m.over += std::max(running - cap, 0.0) - before;
                break;
            }
            case LimitMetric::Window::LastHour:
                if (inPeriod)
                    m.over += std::max(h.sum - cap, 0.0);
                break;
            }
        }
        m.projectedOver = m.kind == MetricKind::Counter ? m.over * pace : m.over;
        if (m.price) {
            m.costMinor = overageCost(m.over, *m.price);
            m.projectedMinor = overageCost(m.projectedOver, *m.price);
        }
        r.overageMinor += m.costMinor;
        r.projectedOverageMinor += m.projectedMinor;
        r.metrics.append(m);
    }
    if (r.subscriptionMinor) {
        r.totalMinor = *r.subscriptionMinor + r.overageMinor;
        r.projectedMinor = *r.subscriptionMinor + r.projectedOverageMinor;
    }

    const QJsonValue budget
        = state->document.value(u"billing"_s).toObject().value(u"budget_minor"_s);
    if (budget.isDouble())
        r.budgetMinor = qint64(budget.toDouble());
    if (r.budgetMinor && !r.totalMinor) {
        r.alerts << tr("The subscription is priced by a quote not recorded "
                       "(billing.monthly_price_minor): the budget cannot be checked.");
    } else if (r.budgetMinor) {
        const qint64 budgetMinor = *r.budgetMinor;
        const qint64 total = *r.totalMinor;
        r.budgetPercent = budgetMinor > 0 ? double(total) * 100.0 / double(budgetMinor)
                                          : (total > 0 ? 100.0 : 0.0);
        r.budgetLevel = r.budgetPercent >= 100 ? BudgetLevel::Alert100
            : r.budgetPercent >= 80            ? BudgetLevel::Alert80
                                               : BudgetLevel::Ok;
        r.projectedOverBudget = *r.projectedMinor > budgetMinor;
        const qint64 daysLeft = std::max<qint64>((r.period.end - r.at + kDayMs - 1) / kDayMs, 0);
        const QString spent = moneyText(total, r.currency);
        const QString of = moneyText(budgetMinor, r.currency);
        if (r.budgetLevel == BudgetLevel::Alert100)
            r.alerts << tr("Over budget: %1 spent of %2 (%3%), %4 days before the period ends.")
                            .arg(spent, of)
                            .arg(r.budgetPercent, 0, 'f', 0)
                            .arg(daysLeft);
        else if (r.budgetLevel == BudgetLevel::Alert80)
            r.alerts << tr("At %3% of the budget: %1 spent of %2, %4 days before the period ends.")
                            .arg(spent, of)
                            .arg(r.budgetPercent, 0, 'f', 0)
                            .arg(daysLeft);
        if (r.projectedOverBudget && r.budgetLevel != BudgetLevel::Alert100)
            r.alerts << tr("At this pace the period ends at %1, over the %2 budget.")
                            .arg(moneyText(*r.projectedMinor, r.currency), of);
    }
    return r;
}

Result<ConfigChangeResult> TenantManager::setBudget(const QString &tenantId,
                                                    std::optional<qint64> budgetMinor,
                                                    const QString &reason)
{
    if (budgetMinor && *budgetMinor < 0)
        return Error::invalid(u"budget_minor"_s,
                              tr("budget: %1 is below 0; a budget is a whole, non-negative "
                                 "amount in minor units (cents)")
                                  .arg(*budgetMinor));
    ConfigChangeRequest request;
    request.tenantId = tenantId;
    request.reason = reason;
    if (budgetMinor)
        request.set.append({u"billing.budget_minor"_s, QJsonValue(*budgetMinor)});
    else
        request.unset << u"billing.budget_minor"_s;
    return applyConfiguration(request);
}

Result<FleetUsage> TenantManager::fleetUsage()
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    FleetUsage f;
    f.at = m_clock.now().toMSecsSinceEpoch();
    auto counts = TenantRepository(*m_db).countByTierAndStatus();
    if (!counts)
        return counts.error();
    QStringList tierOrder = m_catalog->tierNames();
    QSet<QString> present;
    for (const auto &c : std::as_const(*counts)) {
        if (!tierOrder.contains(c.tier))
            tierOrder << c.tier; // a tier a newer catalog dropped: still counted
        present.insert(c.status);
    }
    for (const QString &tierName : std::as_const(tierOrder)) {
        FleetUsage::TierCount t;
        t.tier = tierName;
        for (const auto &c : std::as_const(*counts)) {
            if (c.tier == tierName) {
                t.byStatus[c.status] += c.count;
                t.total += c.count;
            }
        }
        f.tenants += t.total;
        f.tiers.append(t);
    }
    for (TenantStatus s : allStatuses()) {
        if (present.contains(statusId(s)))
            f.statuses << statusId(s);
    }

    auto withUsage = UsageRepository(*m_db).tenantsWithUsage();
    if (!withUsage)
        return withUsage.error();
    for (const QString &id : std::as_const(*withUsage)) {
        auto tenant = findTenant(id);
        if (!tenant || tenant->status == TenantStatus::Deleted)
            continue;
        ++f.tenantsWithUsage;
        auto status = usageStatus(id);
        if (!status)
            return status.error();
        FleetUsage::TenantUse use {id, tenant->name, tenant->tier, {}, -1, LimitLevel::Ok};
        for (const LimitStatus &l : std::as_const(status->limits)) {
            if (l.limit.isUnlimited())
                continue;
            if (l.percent > use.percent) {
                use.limitName = l.limitName;
                use.percent = l.percent;
                use.level = l.level;
            }
            if (l.level >= LimitLevel::Alert80) {
                f.alerts.append({id, tenant->name, tenant->tier, l.limitName, limitLevelId(l.level),
                                 int(l.level) + 1, l.percent, l.overSince, l.message});
            }
        }
        if (use.percent >= 0)
            f.top.append(use);
        auto cost = costReport(id, f.at);
        if (!cost && cost.error().field == u"at"_s)
            continue; // its subscription starts later: no period, no budget to be over yet
        if (!cost)
            return cost.error();
        if (cost->budgetLevel >= BudgetLevel::Alert80 || cost->projectedOverBudget) {
            const QString level = cost->budgetLevel >= BudgetLevel::Alert80
                ? budgetLevelId(cost->budgetLevel)
                : u"projected_over"_s;
            const int severity = cost->budgetLevel == BudgetLevel::Alert100 ? 3
                : cost->budgetLevel == BudgetLevel::Alert80                 ? 2
                                                                            : 1;
            f.alerts.append({id, tenant->name, tenant->tier, u"budget"_s, level, severity,
                             cost->budgetPercent, std::nullopt, cost->alerts.join(u' ')});
        }
    }
    std::stable_sort(f.top.begin(), f.top.end(),
                     [](const auto &a, const auto &b) { return a.percent > b.percent; });
    if (f.top.size() > FleetUsage::topCount)
        f.top.resize(FleetUsage::topCount);
    std::stable_sort(f.alerts.begin(), f.alerts.end(), [](const auto &a, const auto &b) {
        return a.severity != b.severity ? a.severity > b.severity : a.percent > b.percent;
    });
    return f;
}

} // namespace Tenancy
