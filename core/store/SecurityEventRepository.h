#pragma once

#include "Database.h"
#include "model/Result.h"
#include "model/SecurityEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace Tenancy {

// SQL for imported security events.
class SecurityEventRepository
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::SecurityEventRepository)

public:
    explicit SecurityEventRepository(Database &db)
        : m_db(db)
    { }

    // Inserts the events not already stored (by key); returns how many were new.
    Result<int> insert(const QList<SecurityEvent> &events, const QDateTime &importedAt,
                       const QString &importedBy);
    // A tenant's events at or after since, newest first.
    Result<QList<SecurityEvent>> list(const QString &tenantId, const QDateTime &since, int limit);
    // A tenant's hours from `from` (inclusive) to `to` (exclusive) that have events, ascending.
    Result<QList<HourlyCount>> hourly(const QString &tenantId, const QDateTime &from,
                                      const QDateTime &to);
    // Tenants with failed sign-ins since, for a fleet-wide look.
    Result<QStringList> tenantsWithFailures(const QDateTime &since);

private:
    Database &m_db;
};

} // namespace Tenancy
