#pragma once

#include "Database.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Tenancy {

struct Migration
{
    int version = 0;
    QString description;
    // Runs inside the migration's transaction; dialect differences are its business.
    std::function<Result<void>(Database &)> apply;
};

// Versioned schema migrations, recorded in schema_version. Applied on open, each in one
// transaction with its version row. A database from a newer version is refused untouched.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::Migrator)

public:
    static const QList<Migration> &builtin();
    static int latestVersion(const QList<Migration> &migrations = builtin());

    // 0 for a database without schema_version (new or empty).
    static Result<int> currentVersion(Database &db);

    // Brings db to target (default: the latest of migrations). applier names who ran it.
    // Returns the versions applied (empty when the schema was current).
    static Result<QList<int>> migrate(Database &db, const QString &applier,
                                      const QList<Migration> &migrations = builtin(),
                                      int target = -1);

    // Refuses a database whose schema is newer than migrations know; changes nothing.
    static Result<void> checkNotNewer(Database &db, const QList<Migration> &migrations = builtin());
};

// The statements of resources/sql/tenant.sql with %PREFIX% replaced: a tenant's tables (see
// the file for the prefixes of each isolation level).
Result<QStringList> tenantDdl(const QString &prefix);
// Their names, without prefix.
QStringList tenantTables();

} // namespace Tenancy
