#pragma once

#include "Database.h"
#include "model/Result.h"
#include "model/Tenant.h"
#include "model/TenantQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Tenancy {

// SQL for tenants. Knows nothing of permissions or validation: TenantManager does that.
class TenantRepository
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::TenantRepository)

public:
    explicit TenantRepository(Database &db)
        : m_db(db)
    { }

    Result<std::optional<Tenant>> find(const QString &id);
    // Rows without their configuration (TenantManager::show renders it).
    Result<QList<Tenant>> list(const TenantQuery &query);
    Result<qint64> count(const TenantFilter &filter);

    // Every tenant's directory columns, one row at a time in no particular order (a table
    // scan: no list in between, the directory of 100,000 tenants is built from the query).
    struct SummaryRow
    {
        QString id, name, sortName, searchText, tier, status, region, ownerEmail, updatedAt;
        int version = 0;
    };
    // visit returns false to stop (the result is then an error with ErrorCode::Cancelled).
    Result<void> forEachSummary(const std::function<bool(const SummaryRow &)> &visit);
    // How many tenants each (tier, status) has, by one GROUP BY.
    struct TierStatusCount
    {
        QString tier, status;
        qint64 count = 0;
    };
    Result<QList<TierStatusCount>> countByTierAndStatus();
    // Which of ids are tenants here (an import's rows are checked against them), 500 a query.
    Result<QSet<QString>> existing(const QSet<QString> &ids);

    // The tenant's configurationSha256 must name a stored text (ConfigurationRepository).
    // Queued (Database::queue): an id already there fails with ErrorCode::AlreadyExists, at
    // the commit on PostgreSQL.
    Result<void> insert(const Tenant &tenant);
    // Inserts in multi-row batches, skipping ids that already exist; returns how many were
    // inserted. progress(done) is called after each batch and may return false to stop.
    Result<qint64> insertMany(const QList<Tenant> &tenants,
                              const std::function<bool(qint64)> &progress = {});
    // Writes tenant if its stored version is still expectedVersion; the stored version becomes
    // expectedVersion + 1. Returns false (and writes nothing) when the version moved on.
    Result<bool> update(const Tenant &tenant, int expectedVersion);

    // The precomputed keys (see migration 2).
    static QString searchText(const QString &id, const QString &name, const QString &owner);
    static QString sortName(const QString &name);
    // Canonical text forms of the compliance column.
    static QString complianceColumn(const QStringList &frameworks);

private:
    Result<Tenant> fromRow(const QSqlQuery &row);
    // Row: a QSqlQuery on its row, or the values of Database::readRow().
    template<typename Row>
    static Result<Tenant> parseTenant(const Row &row);
    QString whereClause(const TenantFilter &filter, QVariantList &values) const;

    Database &m_db;
};

} // namespace Tenancy
