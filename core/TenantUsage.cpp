// TenantManager: usage samples, limits, charts and the upgrade preview (DOMAIN.md "Usage and
// billing").

#include "ImportProblems.h"
#include "TenantManager.h"
#include "model/Format.h"
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
// How far back an over-the-limit run is traced (beyond it the grace period is long over).
constexpr qint64 kOverLookBackMs = 40 * kDayMs;
// A range with more samples than this is charted from the hourly roll-ups.
constexpr qint64 kRawSamplesForChart = 20'000;

QStringList featuresOf(const QJsonObject &document)
{
    QStringList out;
    const QJsonArray enabled = document.value(u"configuration"_s)
                                   .toObject()
                                   .value(u"features"_s)
                                   .toObject()
                                   .value(u"enabled"_s)
                                   .toArray();
    for (const QJsonValue &v : enabled)
        out << v.toString();
    return out;
}

// A pointer under the configuration's security or compliance settings.
bool isPolicyPointer(const QString &pointer)
{
    return pointer.startsWith(u"/configuration/security/"_s) || pointer.startsWith(u"/security/"_s)
        || pointer.startsWith(u"/compliance"_s)
        || pointer.startsWith(u"/configuration/compliance"_s)
        || pointer.startsWith(u"/data_governance"_s);
}

} // namespace

QJsonObject UsageImport::toJson() const
{
    QJsonArray skippedArray;
    for (const Error &e : skipped)
        skippedArray.append(
            QJsonObject {{u"line"_s, e.line}, {u"field"_s, e.field}, {u"message"_s, e.message}});
    return QJsonObject {{u"file"_s, file},
                        {u"rows"_s, rows},
                        {u"stored"_s, stored},
                        {u"unchanged"_s, unchanged},
                        {u"tenants"_s, QJsonArray::fromStringList(tenants)},
                        {u"skipped"_s, skippedArray}};
}

QJsonObject UsageStatus::toJson() const
{
    QJsonArray limitArray;
    for (const LimitStatus &l : limits)
        limitArray.append(l.toJson());
    return QJsonObject {
        {u"tenant"_s, tenantId},
        {u"tier"_s, tier},
        {u"at"_s, usageTimeText(at)},
        {u"worst"_s, limitLevelId(worst)},
        {u"suggested_tier"_s, suggestedTier.isEmpty() ? QJsonValue() : QJsonValue(suggestedTier)},
        {u"limits"_s, limitArray}};
}

QJsonObject UpgradePreview::toJson() const
{
    QJsonArray limitArray;
    for (const LimitChange &l : limits)
        limitArray.append(QJsonObject {
            {u"name"_s, l.name},
            {u"from"_s, l.from.toJson()},
            {u"to"_s, l.to.toJson()},
            {u"current_usage"_s, l.currentUsage ? QJsonValue(*l.currentUsage) : QJsonValue()},
            {u"over_after"_s, l.overAfter}});
    QJsonArray policyArray, diffArray, prorationArray;
    for (const ConfigChange &c : policyChanges)
        policyArray.append(c.toJson());
    for (const ConfigChange &c : configDiff)
        diffArray.append(c.toJson());
    for (const ProrationLine &line : proration.lines)
        prorationArray.append(line.toJson());
    const auto minor = [](const std::optional<qint64> &v) {
        return v ? QJsonValue(*v) : QJsonValue();
    };
    return QJsonObject {
        {u"tenant"_s, tenantId},
        {u"from"_s, fromTier},
        {u"to"_s, toTier},
        {u"direction"_s, direction},
        {u"direction_rule"_s, directionRule},
        {u"policy"_s, changePolicyId(policy)},
        {u"effective_at"_s, usageTimeText(effectiveAt)},
        {u"generated_at"_s, usageTimeText(generatedAt)},
        {u"limits"_s, limitArray},
        {u"features_gained"_s, QJsonArray::fromStringList(featuresGained)},
        {u"features_lost"_s, QJsonArray::fromStringList(featuresLost)},
        {u"isolation"_s,
         QJsonObject {{u"from"_s, isolationId(fromIsolation)},
                      {u"to"_s, isolationId(toIsolation)},
                      {u"migration"_s, migration}}},
        {u"policy_changes"_s, policyArray},
        {u"config_diff"_s, diffArray},
        {u"price"_s,
         QJsonObject {{u"currency"_s, fromTerms.currency},
                      {u"from_monthly_minor"_s, minor(fromTerms.monthlyMinor)},
                      {u"to_monthly_minor"_s, minor(toTerms.monthlyMinor)},
                      {u"from_period"_s, billingPeriodId(fromTerms.period)},
                      {u"to_period"_s, billingPeriodId(toTerms.period)},
                      {u"current_period_start"_s, usageTimeText(proration.current.start)},
                      {u"current_period_end"_s, usageTimeText(proration.current.end)},
                      {u"proration"_s, prorationArray},
                      {u"rounding"_s, proration.rule},
                      {u"due_now_minor"_s, minor(proration.dueNowMinor)},
                      {u"next_invoice_minor"_s, minor(proration.nextInvoiceMinor)},
                      {u"credit_carried_minor"_s, proration.creditCarriedMinor},
                      {u"next_invoice_at"_s, usageTimeText(proration.nextInvoiceAt)}}},
        {u"notes"_s, QJsonArray::fromStringList(notes)},
    };
}

Result<UsageImport> TenantManager::importUsage(const QByteArray &data, const QString &name,
                                               bool skipBad)
{
    if (auto error = denied(Permission::ImportUsage))
        return *error;
    UsageFile::Parsed parsed = UsageFile::parse(data, name);
    if (parsed.fatal)
        return parsed.problems.first();
    UsageRepository repository(*m_db);
    auto known = TenantRepository(*m_db).existing(
        QSet<QString>(parsed.tenants.cbegin(), parsed.tenants.cend()));
    if (!known)
        return known.error();
    // Rows of tenants this database does not know are bad rows too.
    QList<bool> tenantKnown(parsed.tenants.size());
    for (qsizetype i = 0; i < parsed.tenants.size(); ++i)
        tenantKnown[i] = known->contains(parsed.tenants.at(i));
    if (known->size() < parsed.tenants.size()) {
        for (const UsageFile::Row &row : std::as_const(parsed.rows)) {
            if (!tenantKnown.at(row.tenant))
                parsed.problems.append(
                    Error::at(u"tenant_id"_s,
                              tr("%1:%2: tenant_id: no tenant \"%3\" in this database")
                                  .arg(name)
                                  .arg(row.line)
                                  .arg(parsed.tenants.at(row.tenant)),
                              row.line, 1));
        }
        std::stable_sort(parsed.problems.begin(), parsed.problems.end(),
                         [](const Error &a, const Error &b) { return a.line < b.line; });
    }
    if (!parsed.problems.isEmpty() && !skipBad)
        return badRowsError(name, parsed.problems);
    // Each series' samples in time order; of two at the same time in the file, the later line.
    QHash<qint64, QList<SeriesPoint>> bySeries;
    const qint64 metricCount = parsed.metrics.size();
    for (const UsageFile::Row &row : std::as_const(parsed.rows)) {
        if (tenantKnown.at(row.tenant))
            bySeries[row.tenant * metricCount + row.metric].append(SeriesPoint {row.at, row.value});
    }
    qint64 distinct = 0;
    for (auto it = bySeries.begin(); it != bySeries.end(); ++it) {
        QList<SeriesPoint> &points = it.value();
        std::stable_sort(points.begin(), points.end(),
                         [](const SeriesPoint &a, const SeriesPoint &b) { return a.at < b.at; });
        qsizetype kept = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (kept > 0 && points.at(kept - 1).at == points.at(i).at)
                points[kept - 1] = points.at(i);
            else
                points[kept++] = points.at(i);
        }
        points.resize(kept);
        distinct += kept;
    }
    UsageImport result;
    result.file = name;
    result.rows = parsed.dataRows;
    result.skipped = parsed.problems;
    QList<qint64> keys = bySeries.keys();
    std::sort(keys.begin(), keys.end());
    QSet<QString> tenants;
    auto written = m_db->write([&]() -> Result<void> {
        for (qint64 key : std::as_const(keys)) {
            const QString &tenantId = parsed.tenants.at(key / metricCount);
            tenants.insert(tenantId);
            auto series = repository.series(tenantId, parsed.metrics.at(key % metricCount), true);
            if (!series)
                return series.error();
            auto stored = repository.store(**series, bySeries.value(key));
            if (!stored)
                return stored.error();
            result.stored += *stored;
        }
        result.unchanged = distinct - result.stored;
        AuditEntry entry = auditEntry(u"usage.import"_s, {}, {});
        entry.after = QJsonObject {{u"file"_s, name},
                                   {u"rows"_s, result.rows},
                                   {u"stored"_s, result.stored},
                                   {u"unchanged"_s, result.unchanged},
                                   {u"tenants"_s, qint64(tenants.size())},
                                   {u"skipped"_s, qint64(result.skipped.size())}};
        return AuditLog(*m_db).append(entry);
    });
    if (!written)
        return written.error();
    result.tenants = QStringList(tenants.cbegin(), tenants.cend());
    result.tenants.sort();
    return result;
}

Result<QStringList> TenantManager::usageMetrics(const QString &tenantId)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    auto tenant = findTenant(tenantId);
    if (!tenant)
        return tenant.error();
    auto metrics = UsageRepository(*m_db).metrics(tenantId);
    if (!metrics)
        return metrics.error();
    QStringList out;
    for (const QString &m : UsageMetric::builtin()) {
        if (metrics->contains(m))
            out << m;
    }
    for (const QString &m : *metrics) {
        if (!out.contains(m))
            out << m;
    }
    return out;
}

Result<QList<UsageBucket>> TenantManager::usageBuckets(const QString &tenantId,
                                                       const QString &metric, qint64 from,
                                                       qint64 to, UsageBucketSize size)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    if (auto bad = UsageMetric::checkName(metric))
        return Error::invalid(u"metric"_s, *bad);
    if (to <= from)
        return Error::invalid(u"to"_s,
                              tr("the end of the range (%1) must be after its start (%2)")
                                  .arg(usageTimeText(to), usageTimeText(from)));
    auto tenant = findTenant(tenantId);
    if (!tenant)
        return tenant.error();
    UsageRepository repository(*m_db);
    auto series = repository.series(tenantId, metric, false);
    if (!series)
        return series.error();
    if (!*series)
        return QList<UsageBucket>();
    const qint64 start = bucketStart(from, size);
    auto hours = repository.hours(**series, start, to);
    if (!hours)
        return hours.error();
    if (size == UsageBucketSize::Hour)
        return *hours;
    QList<UsageBucket> out;
    for (const UsageBucket &hour : std::as_const(*hours)) {
        const qint64 bucket = bucketStart(hour.start, size);
        if (out.isEmpty() || out.last().start != bucket) {
            UsageBucket b;
            b.start = bucket;
            out.append(b);
        }
        out.last().add(hour);
    }
    return out;
}

Result<TenantManager::MeasuredUsage> TenantManager::measureUsage(const QString &tenantId,
                                                                 const LimitMetric &metric,
                                                                 const Limit &limit, qint64 now)
{
    MeasuredUsage out;
    UsageRepository repository(*m_db);
    auto series = repository.series(tenantId, metric.metric, false);
    if (!series)
        return series.error();
    if (!*series)
        return out;
    const qint64 id = **series;
    // A counter's window with nothing in it is a usage of 0; a gauge needs a reading.
    out.hasSamples = metric.window != LimitMetric::Window::Now;
    const double cap = limit.isUnlimited() ? 0 : double(limit.value());
    const qint64 hourNow = now - now % kHourMs;
    switch (metric.window) {
    case LimitMetric::Window::Now: {
        auto latest = repository.latestAtOrBefore(id, now);
        if (!latest)
            return latest.error();
        if (!*latest)
            return out;
        out.hasSamples = true;
        out.usage = (*latest)->value;
        if (limit.isUnlimited() || !(out.usage > cap))
            return out;
        // The hours' latest readings find the hour the run started in; its samples, the
        // reading that began it.
        auto hours = repository.hours(id, hourNow - kOverLookBackMs, hourNow);
        if (!hours)
            return hours.error();
        auto recent = repository.samples(id, hourNow, now + 1);
        if (!recent)
            return recent.error();
        QList<SeriesPoint> timeline;
        for (const UsageBucket &h : std::as_const(*hours))
            timeline.append(SeriesPoint {h.start, h.latest});
        // The run began in the first hour of the trailing run of hours ending over (the hour
        // before it ended under), or in this hour.
        const auto hourOver = LimitStatus::trailingOverSince(timeline, cap);
        const qint64 from = hourOver.value_or(hourNow);
        auto samples = from == hourNow ? recent : repository.samples(id, from, now + 1);
        if (!samples)
            return samples.error();
        out.overSince = LimitStatus::trailingOverSince(*samples, cap);
        return out;
    }
    case LimitMetric::Window::CalendarMonth: {
        const qint64 month = bucketStart(now, UsageBucketSize::Month);
        auto hours = repository.hours(id, month, hourNow);
        if (!hours)
            return hours.error();
        auto recent = repository.samples(id, hourNow, now + 1);
        if (!recent)
            return recent.error();
        // The month's total now; and the hour whose sum took it over the limit.
        double total = 0;
        double beforeCrossing = 0;
        std::optional<qint64> crossedHour;
        for (const UsageBucket &h : std::as_const(*hours)) {
            if (!crossedHour && !limit.isUnlimited() && total + h.sum > cap) {
                crossedHour = h.start;
                beforeCrossing = total;
            }
            total += h.sum;
        }
        const double hoursTotal = total;
        for (const SeriesPoint &p : std::as_const(*recent))
            total += p.value;
        out.usage = total;
        if (limit.isUnlimited() || !(out.usage > cap))
            return out;
        // The sample that crossed: in that hour, or in this one.
        QList<SeriesPoint> samples = *recent;
        double running = hoursTotal;
        if (crossedHour) {
            auto inHour = repository.samples(id, *crossedHour, *crossedHour + kHourMs);
            if (!inHour)
                return inHour.error();
            samples = *inHour;
            running = beforeCrossing;
        }
        for (const SeriesPoint &p : std::as_const(samples)) {
            running += p.value;
            if (running > cap) {
                out.overSince = p.at;
                break;
            }
        }
        return out;
    }
    case LimitMetric::Window::LastHour: {
        auto window = repository.samples(id, now - kHourMs + 1, now + 1);
        if (!window)
            return window.error();
        for (const SeriesPoint &p : std::as_const(*window))
            out.usage += p.value;
        if (limit.isUnlimited() || !(out.usage > cap))
            return out;
        // Whole hours before, each over the limit, extend the run back.
        auto hours = repository.hours(id, hourNow - kOverLookBackMs, now - kHourMs + 1);
        if (!hours)
            return hours.error();
        QList<SeriesPoint> timeline;
        for (const UsageBucket &h : std::as_const(*hours))
            timeline.append(SeriesPoint {h.start, h.sum});
        timeline.append(SeriesPoint {now - kHourMs + 1, out.usage});
        out.overSince = LimitStatus::trailingOverSince(timeline, cap);
        return out;
    }
    }
    return out;
}

Result<UsageStatus> TenantManager::usageStatus(const QString &tenantId)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    auto state = configuration(tenantId);
    if (!state)
        return state.error();
    UsageStatus status;
    status.tenantId = tenantId;
    status.tier = state->tenant.tier;
    status.at = m_clock.now().toMSecsSinceEpoch();
    const QJsonObject limits = configuredLimits(state->document);
    int fitIndex = -1;
    for (const LimitMetric &metric : LimitMetric::all()) {
        const Limit limit = configuredLimit(limits, metric.limit);
        auto measured = measureUsage(tenantId, metric, limit, status.at);
        if (!measured)
            return measured.error();
        LimitStatus s
            = LimitStatus::evaluate(metric, limit, measured->usage, measured->overSince, status.at);
        if (!measured->hasSamples)
            s.message = tr("no samples yet");
        if (s.level >= LimitLevel::Alert100) {
            s.suggestedTier = LimitStatus::tierThatFits(*m_catalog, metric, s.usage);
            const QStringList names = m_catalog->tierNames();
            fitIndex = std::max(fitIndex, int(names.indexOf(s.suggestedTier)));
        }
        status.worst = std::max(status.worst, s.level);
        status.limits.append(s);
    }
    const QStringList names = m_catalog->tierNames();
    if (fitIndex > names.indexOf(status.tier))
        status.suggestedTier = names.at(fitIndex);
    return status;
}

Result<UsageChart> TenantManager::usageChart(const QString &tenantId, qint64 from, qint64 to,
                                             int points)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    if (to <= from)
        return Error::invalid(u"to"_s,
                              tr("the end of the range (%1) must be after its start (%2)")
                                  .arg(usageTimeText(to), usageTimeText(from)));
    auto state = configuration(tenantId);
    if (!state)
        return state.error();
    auto metrics = usageMetrics(tenantId);
    if (!metrics)
        return metrics.error();
    const QJsonObject limits = configuredLimits(state->document);
    UsageRepository repository(*m_db);
    UsageChart chart;
    chart.tenantId = tenantId;
    chart.from = from;
    chart.to = to;
    for (const QString &metric : std::as_const(*metrics)) {
        UsageSeries s;
        s.metric = metric;
        s.kind = UsageMetric::kindOf(metric);
        for (const LimitMetric &l : LimitMetric::all()) {
            if (l.metric == metric) {
                s.limit = configuredLimit(limits, l.limit);
                s.limitWindow = limitWindowId(l.window);
            }
        }
        auto series = repository.series(tenantId, metric, false);
        if (!series)
            return series.error();
        auto count = repository.sampleCount(**series, from, to);
        if (!count)
            return count.error();
        s.samplesInRange = *count;
        QList<SeriesPoint> all;
        if (*count <= kRawSamplesForChart) {
            s.resolution = u"sample"_s;
            auto samples = repository.samples(**series, from, to);
            if (!samples)
                return samples.error();
            all = std::move(*samples);
        } else {
            // An hour's value: a counter's sum; for a gauge its peak, so a spike still shows.
            s.resolution = u"hour"_s;
            auto hours = repository.hours(**series, from - from % kHourMs, to);
            if (!hours)
                return hours.error();
            all.reserve(hours->size());
            for (const UsageBucket &h : std::as_const(*hours))
                all.append(SeriesPoint {h.start, s.kind == MetricKind::Counter ? h.sum : h.max});
        }
        s.points = largestTriangleThreeBuckets(all, points);
        chart.series.append(s);
    }
    return chart;
}

Result<ScalingSimulation> TenantManager::simulateScaling(const QString &tenantId, int days,
                                                         const QString &metric,
                                                         std::optional<double> perUnit,
                                                         const std::optional<QJsonObject> &trial)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    if (days < 1 || days > 3660)
        return Error::invalid(u"days"_s, tr("days: %1 is not from 1 to 3660").arg(days));
    if (auto bad = UsageMetric::checkName(metric))
        return Error::invalid(u"metric"_s, *bad);
    if (perUnit && !(*perUnit > 0))
        return Error::invalid(u"per_unit"_s,
                              tr("per_unit: the load one unit serves must be above 0"));
    auto state = scaling(tenantId);
    if (!state)
        return state.error();
    auto configured = configuration(tenantId);
    if (!configured)
        return configured.error();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 to = now - now % kHourMs;
    const qint64 from = to - qint64(days) * kDayMs;
    UsageRepository repository(*m_db);
    auto series = repository.series(tenantId, metric, false);
    if (!series)
        return series.error();
    if (!*series)
        return Error::make(ErrorCode::NotFound,
                           tr("tenant \"%1\" has no %2 samples to replay (usage import adds them)")
                               .arg(tenantId, metric));
    auto hours = repository.hours(**series, from, to);
    if (!hours)
        return hours.error();
    // Every hour of the range: a counter's total (0 when none), a gauge's peak (the last
    // reading carried on).
    const MetricKind kind = UsageMetric::kindOf(metric);
    QList<SeriesPoint> loads;
    loads.reserve(days * 24);
    qsizetype next = 0;
    double carried = 0;
    double peak = 0;
    for (qint64 hour = from; hour < to; hour += kHourMs) {
        double load = kind == MetricKind::Counter ? 0 : carried;
        if (next < hours->size() && hours->at(next).start == hour) {
            const UsageBucket &b = hours->at(next++);
            load = kind == MetricKind::Counter ? b.sum : b.max;
            carried = b.latest;
        }
        peak = std::max(peak, load);
        loads.append(SeriesPoint {hour, load});
    }
    ScalingPolicy policy = state->policy;
    if (trial) {
        // The trial policy over the saved one, checked as saving it would check it (the
        // schema's ranges and the rules between fields), nothing written.
        const QStringList known = ScalingPolicy::fieldNames();
        QJsonObject document = configured->document;
        QJsonObject infrastructure = document.value(u"infrastructure"_s).toObject();
        QJsonObject autoScaling = infrastructure.value(u"auto_scaling"_s).toObject();
        for (auto it = trial->begin(); it != trial->end(); ++it) {
            if (!known.contains(it.key()))
                return Error::invalid(u"auto_scaling."_s + it.key(),
                                      tr("\"%1\" is not a field of a scaling policy; its fields "
                                         "are %2")
                                          .arg(it.key(), known.join(u", "_s)));
            autoScaling.insert(it.key(), it.value());
        }
        infrastructure.insert(u"auto_scaling"_s, autoScaling);
        document.insert(u"infrastructure"_s, infrastructure);
        QList<Error> problems;
        for (const Error &e : m_engine->check(document, tenantId, configured->tenant.tier, {})) {
            if (e.field.startsWith(ScalingPolicy::pointer))
                problems << e;
        }
        if (!problems.isEmpty())
            return combinedError(tr("The scaling policy"), problems);
        policy = ScalingPolicy::fromJson(autoScaling);
    }
    const int maxCapacity = std::max(1, policy.maxCapacity);
    double unit = 0;
    if (perUnit) {
        unit = *perUnit;
    } else {
        // Sized so that max_capacity serves the reference load at the target utilisation.
        const Limit hourly
            = configuredLimit(configuredLimits(configured->document), u"api_requests_per_hour"_s);
        const double reference
            = metric == u"api_calls"_s && !hourly.isUnlimited() && hourly.value() > 0
            ? double(hourly.value())
            : peak;
        const double target = std::clamp(policy.targetUtilizationPercent / 100.0, 0.01, 1.0);
        unit = reference > 0 ? reference / (maxCapacity * target) : 1;
    }
    ScalingSimulation simulation
        = ScalingSimulation::run(policy, loads, unit, policy.minCapacity, kHourMs);
    simulation.metric = metric;
    return simulation;
}

QJsonObject TierRecommendation::toJson() const
{
    return QJsonObject {{u"tenant"_s, tenantId},
                        {u"tier"_s, tier},
                        {u"recommended_tier"_s, recommendedTier},
                        {u"kind"_s, kind},
                        {u"evidence"_s, QJsonArray::fromStringList(evidence)},
                        {u"window_start"_s, usageTimeText(windowStart)},
                        {u"window_end"_s, usageTimeText(windowEnd)},
                        {u"days_with_samples"_s, daysWithSamples}};
}

Result<QList<TierRecommendation>> TenantManager::recommendTiers(const QString &tenantId)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    UsageRepository repository(*m_db);
    QStringList ids;
    if (!tenantId.isEmpty()) {
        ids << tenantId;
    } else {
        auto all = repository.tenantsWithUsage();
        if (!all)
            return all.error();
        ids = *all;
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 end = now - now % kHourMs + kHourMs;
    const qint64 start = end - qint64(recommendationDays) * kDayMs;
    const QStringList order = m_catalog->tierNames();
    QList<TierRecommendation> out;
    for (const QString &id : std::as_const(ids)) {
        auto state = configuration(id);
        if (!state)
            return state.error();
        if (state->tenant.status != TenantStatus::Active
            && state->tenant.status != TenantStatus::Suspended)
            continue;
        const QJsonObject limits = configuredLimits(state->document);
        struct Measured
        {
            const LimitMetric *metric = nullptr;
            Limit limit = Limit::unlimited();
            double peak = 0;
            int daysAtLimit = 0;
            int days = 0;
        };
        QList<Measured> measured;
        QSet<qint64> daysSeen;
        for (const LimitMetric &metric : LimitMetric::all()) {
            auto series = repository.series(id, metric.metric, false);
            if (!series)
                return series.error();
            if (!*series)
                continue;
            auto hours = repository.hours(**series, start, end);
            if (!hours)
                return hours.error();
            if (hours->isEmpty())
                continue;
            Measured m;
            m.metric = &metric;
            m.limit = configuredLimit(limits, metric.limit);
            // Each day's usage as its limit counts it: a gauge's peak, the busiest hour of API
            // calls, the month's running total of AI sessions at the day's end.
            QMap<qint64, double> byDay;
            double monthTotal = 0;
            qint64 month = -1;
            for (const UsageBucket &h : std::as_const(*hours)) {
                const qint64 dayStart = bucketStart(h.start, UsageBucketSize::Day);
                daysSeen.insert(dayStart);
                double &value = byDay[dayStart];
                switch (metric.window) {
                case LimitMetric::Window::Now:
                    value = std::max(value, h.max);
                    break;
                case LimitMetric::Window::LastHour:
                    value = std::max(value, h.sum);
                    break;
                case LimitMetric::Window::CalendarMonth:
                    if (bucketStart(h.start, UsageBucketSize::Month) != month) {
                        month = bucketStart(h.start, UsageBucketSize::Month);
                        monthTotal = 0;
                    }
                    monthTotal += h.sum;
                    value = monthTotal;
                    break;
                }
            }
            for (double v : std::as_const(byDay)) {
                m.peak = std::max(m.peak, v);
                if (!m.limit.isUnlimited() && v >= double(m.limit.value()))
                    ++m.daysAtLimit;
            }
            m.days = int(byDay.size());
            measured.append(m);
        }
        TierRecommendation r;
        r.tenantId = id;
        r.tier = state->tenant.tier;
        r.windowStart = start;
        r.windowEnd = end;
        r.daysWithSamples = int(daysSeen.size());
        if (measured.isEmpty() || r.daysWithSamples < 14)
            continue;
        const auto amount = [](const Measured &m, double v) {
            return UsageMetric::isBytes(m.metric->metric)
                ? Format::bytes(qint64(std::llround(v)))
                : Format::count(Limit::of(qint64(std::llround(v))));
        };
        const auto limitText = [&](const Measured &m, const Limit &l) {
            return UsageMetric::isBytes(m.metric->metric) ? Format::storage(l) : Format::count(l);
        };
        // The first tier (cheapest first) that holds every peak times headroom.
        const auto firstFitting = [&](double headroom, int below) -> QString {
            for (int i = 0; i < below && i < order.size(); ++i) {
                const Tier *tier = m_catalog->tier(order.at(i));
                bool fits = true;
                for (const Measured &m : std::as_const(measured))
                    fits = fits
                        && (tier->limits.*(m.metric->tierLimit))
                               .allows(qint64(std::ceil(m.peak * headroom)));
                if (fits)
                    return tier->name;
            }
            return {};
        };
        const int current = int(order.indexOf(r.tier));
        bool crowded = false;
        for (const Measured &m : std::as_const(measured)) {
            if (m.daysAtLimit > 0 && m.daysAtLimit * 3 >= r.daysWithSamples) {
                crowded = true;
                r.evidence << tr("%1: at or over its limit of %2 on %3 of %4 days; peak %5")
                                  .arg(m.metric->limit, limitText(m, m.limit))
                                  .arg(m.daysAtLimit)
                                  .arg(r.daysWithSamples)
                                  .arg(amount(m, m.peak));
            }
        }
        if (crowded) {
            const QString target = firstFitting(1.0, int(order.size()));
            if (target.isEmpty() || int(order.indexOf(target)) <= current)
                continue;
            r.recommendedTier = target;
            r.kind = u"upgrade"_s;
            r.evidence << tr("the %1 tier holds every peak of the last %2 days")
                              .arg(target)
                              .arg(recommendationDays);
            out.append(r);
            continue;
        }
        if (r.tier == u"custom"_s)
            continue; // a negotiated contract: not second-guessed
        bool idle = true;
        for (const Measured &m : std::as_const(measured)) {
            if (!m.limit.isUnlimited() && m.peak >= 0.1 * double(m.limit.value()))
                idle = false;
        }
        if (!idle)
            continue;
        const QString target = firstFitting(1.25, current);
        if (target.isEmpty())
            continue;
        r.recommendedTier = target;
        r.kind = u"downgrade"_s;
        for (const Measured &m : std::as_const(measured)) {
            const Tier *to = m_catalog->tier(target);
            const Limit lower = to->limits.*(m.metric->tierLimit);
            r.evidence
                << (m.limit.isUnlimited()
                        ? tr("%1: peak %2 (unlimited now; %3 on %4)")
                              .arg(m.metric->limit, amount(m, m.peak), limitText(m, lower), target)
                        : tr("%1: peak %2 of %3 (%4%); %5 on %6")
                              .arg(m.metric->limit, amount(m, m.peak), limitText(m, m.limit))
                              .arg(QString::number(m.peak / double(m.limit.value()) * 100, 'f', 1))
                              .arg(limitText(m, lower), target));
        }
        out.append(r);
    }
    return out;
}

Result<UpgradePreview> TenantManager::previewUpgrade(const UpgradePreviewRequest &request)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    if (request.quotedMonthlyMinor && *request.quotedMonthlyMinor < 0)
        return Error::invalid(u"price"_s,
                              tr("price: a quote is a non-negative amount in minor "
                                 "units (cents)"));
    auto plan = planUpgrade(request.tenantId, request.toTier, true);
    if (!plan)
        return plan.error();
    const Tenant &tenant = plan->tenant;
    const Tier *fromTier = m_catalog->tier(tenant.tier);
    const Tier *toTier = m_catalog->tier(request.toTier);
    UpgradePreview p;
    p.tenantId = tenant.id;
    p.tenantName = tenant.name;
    p.fromTier = tenant.tier;
    p.toTier = request.toTier;
    p.fromTierName = fromTier ? fromTier->displayName : tenant.tier;
    p.toTierName = toTier ? toTier->displayName : request.toTier;
    p.generatedAt = m_clock.now().toMSecsSinceEpoch();
    const qint64 at = request.effectiveAt.value_or(p.generatedAt);

    // Prices: what the tenant pays now (its configuration), and the target's list price (or the
    // quote given for it).
    auto fromTerms = BillingTerms::fromDocument(plan->before, tenant.createdAt.toMSecsSinceEpoch());
    if (!fromTerms)
        return fromTerms.error();
    auto toTerms = BillingTerms::fromDocument(plan->after, fromTerms->anchor);
    if (!toTerms)
        return toTerms.error();
    if (request.quotedMonthlyMinor)
        toTerms->monthlyMinor = request.quotedMonthlyMinor;
    else if (toTier && toTier->monthlyPrice)
        toTerms->monthlyMinor = toTier->monthlyPrice->minor;
    p.fromTerms = *fromTerms;
    p.toTerms = *toTerms;
    if (!p.toTerms.monthlyMinor)
        p.notes << tr("The %1 tier is priced by quote: give the agreed monthly price (--price) "
                      "for the amounts.")
                       .arg(p.toTierName);

    // Which way it goes: by monthly price (a quote not given yet counts as above every list
    // price); equal prices by the tiers' order in the catalog.
    const QStringList order = m_catalog->tierNames();
    const bool up = p.toTerms.monthlyMinor && p.fromTerms.monthlyMinor
        ? (*p.toTerms.monthlyMinor != *p.fromTerms.monthlyMinor
               ? *p.toTerms.monthlyMinor > *p.fromTerms.monthlyMinor
               : order.indexOf(p.toTier) > order.indexOf(p.fromTier))
        : (!p.toTerms.monthlyMinor ? true : order.indexOf(p.toTier) > order.indexOf(p.fromTier));
    p.direction = up ? u"upgrade"_s : u"downgrade"_s;
    p.directionRule = tr("A change to a higher monthly price is an upgrade, to a lower one a "
                         "downgrade (annual periods compared by their monthly price; equal prices "
                         "by the tiers' order). Upgrades take effect immediately and downgrades at "
                         "the end of the term unless a policy is given.");
    p.policy = request.policy.value_or(up ? ChangePolicy::Immediate : ChangePolicy::EndOfTerm);
    auto proration
        = Proration::compute(p.fromTerms, p.toTerms, p.fromTierName, p.toTierName, at, p.policy);
    if (!proration)
        return proration.error();
    p.proration = *proration;
    p.effectiveAt = p.proration.effectiveAt;

    // Limits, and the usage now against the new ones.
    const QJsonObject before = configuredLimits(plan->before),
                      after = configuredLimits(plan->after);
    const qint64 now = p.generatedAt;
    for (const QString &key : {u"max_users"_s, u"max_storage_bytes"_s, u"ai_sessions_per_month"_s,
                               u"api_requests_per_hour"_s, u"custom_integrations"_s}) {
        UpgradePreview::LimitChange change;
        change.name = key;
        change.from = configuredLimit(before, key);
        change.to = configuredLimit(after, key);
        for (const LimitMetric &metric : LimitMetric::all()) {
            if (metric.limit != key)
                continue;
            change.metric = metric.metric;
            auto measured = measureUsage(tenant.id, metric, Limit::unlimited(), now);
            if (!measured)
                return measured.error();
            if (measured->hasSamples) {
                change.currentUsage = measured->usage;
                change.overAfter = !change.to.allows(qint64(std::ceil(measured->usage)));
            }
        }
        p.limits.append(change);
    }
    const QStringList featuresBefore = featuresOf(plan->before),
                      featuresAfter = featuresOf(plan->after);
    for (const QString &f : featuresAfter) {
        if (!featuresBefore.contains(f))
            p.featuresGained << f;
    }
    for (const QString &f : featuresBefore) {
        if (!featuresAfter.contains(f))
            p.featuresLost << f;
    }
    p.fromIsolation = plan->fromIsolation;
    p.toIsolation = plan->toIsolation;
    p.migration = tenant.isolation.isEmpty()
        ? tr("none: it has not been provisioned, so it has no data to move yet")
        : plan->movesData
        ? tr("its data moves from %1 (%2) to %3 (%4): backed up first, copied, verified, then "
             "switched; the old storage is removed after")
              .arg(plan->fromStorage, isolationId(plan->fromIsolation), plan->toStorage,
                   isolationId(plan->toIsolation))
        : tr("none: its data stays in %1 (%2)")
              .arg(plan->fromStorage, isolationId(plan->fromIsolation));
    p.configDiff = plan->changes;
    for (const ConfigChange &c : plan->changes) {
        if (isPolicyPointer(c.pointer))
            p.policyChanges.append(c);
    }
    return p;
}

} // namespace Tenancy
