#pragma once

#include "Tenant.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Tenancy {

// What a list of tenants asks for: filters, sorting and one page.
struct TenantFilter
{
    QString tier; // empty: any
    std::optional<TenantStatus> status; // empty: any
    QString region; // empty: any
    QString search; // free text over id, name and owner e-mail
};

enum class TenantSortKey { Name, Id, Tier, Status, Region, Owner, Created, Updated };

struct TenantQuery
{
    TenantFilter filter;
    TenantSortKey sort = TenantSortKey::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    int limit = 100;
    qint64 offset = 0;
    QStringList tierOrder; // sorting by tier follows this order (the catalog's), else by name
};

} // namespace Tenancy
