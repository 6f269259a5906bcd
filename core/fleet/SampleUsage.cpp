#include "SampleUsage.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

constexpr qint64 kHourMs = 3'600'000;

double limitOr(const Limit &limit, double unlimited)
{
    return limit.isUnlimited() ? unlimited : double(limit.value());
}

} // namespace

QList<int> SampleUsage::chosen(const QList<Tenant> &tenants, int max)
{
    QList<int> out;
    for (int i = 0; i < tenants.size() && out.size() < max; ++i) {
        const TenantStatus s = tenants.at(i).status;
        if (s == TenantStatus::Active || s == TenantStatus::Suspended)
            out.append(i);
    }
    return out;
}

QHash<QString, QList<SeriesPoint>> SampleUsage::generate(const Catalog &catalog,
                                                         const Tenant &tenant, int pressure,
                                                         quint64 seed, qint64 now, int days)
{
    QRandomGenerator random(quint32(seed ^ qHash(tenant.id, 0)));
    const auto uniform = [&](double from, double to) {
        return from + (to - from) * random.generateDouble();
    };
    const Tier *tier = catalog.tier(tenant.tier);
    const TierLimits limits = tier ? tier->limits : TierLimits {};
    const double userLimit = limitOr(limits.users, 20000);
    const double storageLimit = limitOr(limits.storageBytes, 5e13);
    const double aiLimit = limitOr(limits.aiSessionsPerMonth, 200000);
    const double apiLimit = limitOr(limits.apiRequestsPerHour, 2e6);

    const qint64 hours = qint64(days) * 24;
    const qint64 first = now - now % kHourMs - hours * kHourMs;
    // Users: from a start level to an end level, day by day.
    double usersStart = userLimit * uniform(0.15, 0.45);
    double usersEnd = usersStart * uniform(1.0, 1.4);
    if (pressure == 1) {
        usersEnd = userLimit * 0.85;
        usersStart = usersEnd * 0.8;
    } else if (pressure == 2) {
        usersEnd = userLimit + std::max(1.0, std::round(userLimit * 0.06));
        usersStart = userLimit * 0.75;
    }
    const double storageStart = storageLimit * uniform(0.05, 0.35);
    const double storageGrowthPerDay = uniform(0.0005, 0.004);
    const double apiMean = apiLimit * uniform(0.04, 0.25);
    const double aiMeanPerHour = aiLimit * uniform(0.1, 0.45) / (30 * 24);
    const double bytesPerCall = uniform(20'000, 80'000);

    QHash<QString, QList<SeriesPoint>> out;
    QList<SeriesPoint> &users = out[u"users"_s];
    QList<SeriesPoint> &storage = out[u"storage_bytes"_s];
    QList<SeriesPoint> &ai = out[u"ai_sessions"_s];
    QList<SeriesPoint> &api = out[u"api_calls"_s];
    QList<SeriesPoint> &bandwidth = out[u"bandwidth_bytes"_s];
    for (QList<SeriesPoint> *list : {&users, &storage, &ai, &api, &bandwidth})
        list->reserve(hours);
    double dayNoise = 1.0;
    for (qint64 k = 0; k < hours; ++k) {
        const qint64 at = first + k * kHourMs;
        const double progress = double(k) / double(std::max<qint64>(1, hours - 1));
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        const int hour = when.time().hour();
        if (hour == 0 || k == 0)
            dayNoise = uniform(0.97, 1.03);
        const bool weekend = when.date().dayOfWeek() >= 6;
        // The working-day rhythm: office hours busy, nights and weekends quiet.
        const double rhythm = (weekend ? 0.35 : 1.0) * (hour >= 8 && hour < 18 ? 1.6 : 0.45);
        const double spike = random.bounded(300) == 0 ? uniform(3, 5) : 1.0;

        const double level = usersStart + (usersEnd - usersStart) * progress;
        const double userCount = pressure == 0 ? std::round(level * dayNoise) : std::round(level);
        users.append({at, std::max(1.0, userCount)});
        storage.append(
            {at, std::round(storageStart * (1 + storageGrowthPerDay * double(k) / 24) * dayNoise)});
        const double calls
            = std::floor(apiMean * rhythm * uniform(0.8, 1.2) * spike + random.generateDouble());
        api.append({at, calls});
        // A fraction of a session an hour: rounded at random, so the month adds up.
        ai.append(
            {at, std::floor(aiMeanPerHour * rhythm * uniform(0.7, 1.3) + random.generateDouble())});
        bandwidth.append({at, std::round(calls * bytesPerCall)});
    }
    return out;
}

} // namespace Tenancy
