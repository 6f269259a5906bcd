#pragma once

#include "Database.h"
#include "model/Result.h"
#include "usage/Downsample.h"
#include "usage/Usage.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace Tenancy {

// SQL for usage samples (schema v10): a series per tenant and metric, its samples, and the
// hourly roll-ups every store() keeps in step with them.
class UsageRepository
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::UsageRepository)

public:
    explicit UsageRepository(Database &db)
        : m_db(db)
    { }

    // The series of a tenant's metric; create makes it when there is none (inside write()).
    Result<std::optional<qint64>> series(const QString &tenantId, const QString &metric,
                                         bool create);
    // The metrics a tenant has samples of, sorted.
    Result<QStringList> metrics(const QString &tenantId);
    // The tenants that have usage series, sorted.
    Result<QStringList> tenantsWithUsage();

    // Stores samples of one series (time, value), a new value replacing the stored one at the
    // same time, then recomputes the hours they fall in. Returns how many samples were new or
    // changed (the same value again counts 0). Inside write().
    Result<qint64> store(qint64 seriesId, const QList<SeriesPoint> &samples);

    // The series' hourly roll-ups with an hour in [from, to), ascending.
    Result<QList<UsageBucket>> hours(qint64 seriesId, qint64 from, qint64 to);
    // Its samples with a time in [from, to), ascending.
    Result<QList<SeriesPoint>> samples(qint64 seriesId, qint64 from, qint64 to);
    // How many samples it has in [from, to) (from the roll-ups: fast).
    Result<qint64> sampleCount(qint64 seriesId, qint64 from, qint64 to);
    // Its latest sample at or before `at`.
    Result<std::optional<SeriesPoint>> latestAtOrBefore(qint64 seriesId, qint64 at);

private:
    Database &m_db;
};

} // namespace Tenancy
