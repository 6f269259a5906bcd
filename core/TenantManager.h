#pragma once

#include "directory/TenantIndex.h"
#include "model/Catalog.h"
#include "model/Clock.h"
#include "model/Operator.h"
#include "model/Result.h"
#include "model/Tenant.h"
#include "security/Permissions.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/TenantRepository.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

namespace Tenancy {

struct SampleFleetResult
{
    qint64 requested = 0;
    qint64 inserted = 0;
    qint64 skipped = 0; // ids that already existed
};

struct DatabaseInfo
{
    QString url;
    Backend backend = Backend::Sqlite;
    QString serverVersion;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QList<int> appliedOnOpen; // migrations this connection applied
    qint64 tenants = 0;
    qint64 operators = 0;
    qint64 auditEntries = 0;
    QString operatorName;
    OperatorRole role = OperatorRole::Auditor;
    bool databaseRoles = false; // PostgreSQL: init-roles has run
    qint64 fileSizeBytes = -1; // SQLite: the file's size
};

// The one façade the console and tenancyctl call. Every operation checks the operator's
// permission, validates its input, writes in one transaction with an optimistic version check
// and appends the audit entry in that same transaction.
class TenantManager
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::TenantManager)

public:
    // The operator name used when none is given: $TENANCY_OPERATOR, else the OS user.
    static QString defaultOperatorName();
    static std::optional<Error> checkOperatorName(const QString &name);

    // Applies pending migrations (refusing a newer schema untouched), then identifies the
    // operator: on SQLite `requestedOperator` (or defaultOperatorName()), on PostgreSQL the
    // database login. The first operator of a new database becomes admin.
    static Result<std::unique_ptr<TenantManager>> open(std::unique_ptr<Database> db,
                                                       std::shared_ptr<const Catalog> catalog,
                                                       const QString &requestedOperator,
                                                       const Clock &clock);
    ~TenantManager();

    const Catalog &catalog() const { return *m_catalog; }
    const Operator &currentOperator() const { return m_operator; }
    bool can(Permission permission) const { return roleAllows(m_operator.role, permission); }
    Database &database() { return *m_db; }

    // Tenants
    Result<Tenant> create(const NewTenant &input);
    Result<QList<Tenant>> list(const TenantQuery &query);
    Result<qint64> count(const TenantFilter &filter);
    Result<Tenant> show(const QString &id);
    Result<Tenant> suspend(const QString &id, int expectedVersion, const QString &reason);
    Result<Tenant> reactivate(const QString &id, int expectedVersion, const QString &reason);
    Result<QList<AuditEntry>> history(const QString &tenantId, int limit = 50);
    // The whole fleet as the directory needs it (see TenantIndex). cancel, when set, stops a
    // long load (a switch of connection, the console closing).
    Result<std::shared_ptr<TenantIndex>> directory(const std::atomic_bool *cancel = nullptr);

    // Operators
    Result<QList<Operator>> operators();
    Result<Operator> addOperator(const QString &name, OperatorRole role);
    Result<Operator> setOperatorRole(const QString &name, OperatorRole role);

    // Database
    Result<DatabaseInfo> info();
    Result<void> initDatabaseRoles();

    // Sample data. progress(done, total) may return false to cancel: nothing is kept then.
    static constexpr int maxSampleFleet = 1'000'000;
    Result<SampleFleetResult>
    generateSampleFleet(int count, quint64 seed,
                        const std::function<bool(qint64, qint64)> &progress = {});

private:
    TenantManager(std::unique_ptr<Database> db, std::shared_ptr<const Catalog> catalog,
                  const Clock &clock);
    Result<void> identify(const QString &requestedOperator);
    std::optional<Error> denied(Permission permission) const;
    Result<Tenant> changeStatus(const QString &id, int expectedVersion, const QString &reason,
                                TenantStatus from, TenantStatus to, const QString &action,
                                const QString &verb);
    Error staleError(const QString &id, int expectedVersion);
    Result<void> syncDatabaseRole(const QString &login, OperatorRole role);
    AuditEntry auditEntry(const QString &action, const QString &tenantId,
                          const QString &reason) const;

    std::unique_ptr<Database> m_db;
    std::shared_ptr<const Catalog> m_catalog;
    const Clock &m_clock;
    Operator m_operator;
    QList<int> m_appliedOnOpen;
};

} // namespace Tenancy
