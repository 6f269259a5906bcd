#pragma once

#include "model/Catalog.h"
#include "model/Tenant.h"

#include <QDateTime>
#include <QList>

namespace Tenancy {

// A deterministic, realistic sample fleet: mostly free tenants, fewer professional, few
// enterprise and custom; regions, industries and statuses in plausible proportions; owners;
// compliance sets that make sense for the industry and region. The same seed and count give
// the same tenants (times are relative to `now`).
class SampleFleet
{
public:
    static QList<Tenant> generate(const Catalog &catalog, int count, quint64 seed,
                                  const QDateTime &now, const QString &createdBy);
};

} // namespace Tenancy
