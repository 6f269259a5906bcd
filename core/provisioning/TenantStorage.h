#pragma once

#include "model/Result.h"
#include "model/Tier.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace Tenancy {

// Where one tenant's data lives, for real, at its isolation level (DOMAIN.md
// "Infrastructure"), and the tables of resources/sql/tenant.sql in it:
//   shared    its rows in the shared tenant_* tables of the main database, keyed by tenant id
//             (on PostgreSQL behind row-level security: every access sets tenancy.tenant_id);
//   schema    PostgreSQL: a schema of its own ("t_" and the id); SQLite: a file of its own,
//             attached to the main connection under that name;
//   database  PostgreSQL: a database of its own (the main database's name, "_" and the id);
//             SQLite: a file of its own with its own connection.
// Names come only from the validated tenant id ([a-z0-9-], '-' becoming '_'), are always
// quoted, and are cut to PostgreSQL's 63 bytes with a hash when longer. Every operation is
// idempotent: an interrupted allocation or release simply runs again.
class TenantStorage
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::TenantStorage)

public:
    // Cluster isolation is the orchestrator's (see ClusterOrchestrator), not a TenantStorage.
    static Result<std::unique_ptr<TenantStorage>> open(Database &main, const QString &tenantId,
                                                       Isolation isolation);
    // The name the storage of tenantId gets at isolation next to main (a schema, a database,
    // a file path, or "tenant_*").
    static QString nameFor(const Database &main, const QString &tenantId, Isolation isolation);
    // SQLite: the folder beside the main file where tenants' own files live.
    static QString sqliteFolder(const Database &main);
    // Overwrites a file with zeros, flushes it to disk and deletes it (with SQLite's -wal,
    // -shm and -journal files). A missing file is fine.
    static Result<void> destroyFile(const QString &path);

    virtual ~TenantStorage();

    Isolation isolation() const { return m_isolation; }
    const QString &tenantId() const { return m_tenantId; }
    const QString &name() const { return m_name; }
    // "schema t_acme", "database tenancy_acme", "file /…/acme.sqlite", "shared tables".
    virtual QString describe() const = 0;

    // Creates the storage and the tenant's tables in it.
    virtual Result<void> allocate() = 0;
    // Removes all of it: the schema, database or file, or the tenant's shared rows.
    virtual Result<void> release() = 0;
    virtual Result<bool> exists() = 0;
    // Runs body in one transaction over the tenant's tables; prefix goes before each table
    // name of tenant.sql ("tenant_", "\"t_acme\".", "").
    using Body = std::function<Result<void>(Database &db, const QString &prefix)>;
    virtual Result<void> transaction(const Body &body) = 0;
    // Runs body, which only reads (one statement sees one snapshot), without a transaction
    // where none is needed.
    virtual Result<void> read(const Body &body) { return transaction(body); }
    // Whether transaction() runs on main's connection and joins a transaction already open
    // there (shared tables; a PostgreSQL schema), so that work here and the provisioning
    // journal can commit together.
    virtual bool joinsMain() const { return false; }

    // Copies every row of the tenant's tables here into target (replacing the tenant's rows
    // there; info's isolation becomes target's): moving a tenant between isolation levels.
    // Returns the rows copied.
    Result<qint64> copyTo(TenantStorage &target);
    // Whether other names the same place as this (on SQLite, schema and database isolation
    // share the tenant's one file).
    bool samePlaceAs(const TenantStorage &other) const { return m_name == other.m_name; }

protected:
    TenantStorage(Database &main, QString tenantId, Isolation isolation, QString name);

    Database &m_main;
    QString m_tenantId;
    Isolation m_isolation;
    QString m_name;
};

} // namespace Tenancy
