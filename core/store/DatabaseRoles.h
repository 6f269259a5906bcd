#pragma once

#include "Database.h"
#include "model/Operator.h"
#include "model/Result.h"

#include <QCoreApplication>

namespace Tenancy {

// PostgreSQL roles that mirror the operator roles, so someone with a raw SQL client has the
// same limits as in the console: group roles tenancy_<role> (NOLOGIN) with GRANTs per table,
// and each operator's login a member of exactly one of them.
class DatabaseRoles
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::DatabaseRoles)

public:
    static QString groupRole(OperatorRole role); // "tenancy_sales"

    // Creates the group roles if missing and (re)applies every GRANT. Idempotent.
    static Result<void> initialise(Database &db);
    // Whether initialise() has run on this database's server.
    static Result<bool> initialised(Database &db);
    // Makes login (created with LOGIN if missing) a member of role's group and of no other.
    static Result<void> assign(Database &db, const QString &login, OperatorRole role);

    static QString quoteIdentifier(const QString &name);
};

} // namespace Tenancy
