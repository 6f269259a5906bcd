#pragma once

#include "model/Catalog.h"
#include "model/Tenant.h"
#include "usage/Downsample.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Tenancy {

// Usage histories for sample tenants: an hourly reading of every built-in metric over the
// last `days`, with growth, a working-day rhythm (busy weekdays and office hours, quiet
// weekends and nights), now and then a spike, and a few tenants near (85%) or over (about 105%
// for the last days) their user limit. Deterministic: the same seed, tenant and now give the
// same samples.
class SampleUsage
{
public:
    // Which of them (in order) get a history: those that are active or suspended, at most max.
    static QList<int> chosen(const QList<Tenant> &tenants, int max);
    // Metric -> hourly points, ascending; `pressure` 0 is ordinary use, 1 near the user limit,
    // 2 over it.
    static QHash<QString, QList<SeriesPoint>> generate(const Catalog &catalog, const Tenant &tenant,
                                                       int pressure, quint64 seed, qint64 now,
                                                       int days);
};

} // namespace Tenancy
