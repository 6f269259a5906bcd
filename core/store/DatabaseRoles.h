#pragma once

#include "Database.h"
#include "model/Operator.h"
#include "model/Result.h"

#include <QCoreApplication>

namespace Tenancy {

// PostgreSQL roles that mirror the operator roles, so someone with a raw SQL client has the
// same limits as in the console: one NOLOGIN group per operator role and per database
// (tenancy_<database>_<role>: PostgreSQL roles belong to the whole server, so a login can be
// admin in one database and sales in another), GRANTs per table, and each operator's login a
// member of exactly one of this database's groups.
//
// Logins are created only by someone who may (the database owner or a DBA with CREATEROLE);
// operators never get CREATEROLE, which on PostgreSQL 15 would let them grant themselves
// almost anything. The admin group holds the other groups WITH ADMIN OPTION, so an admin login
// can move existing logins between support, compliance, sales and auditor; making someone admin
// takes the owner.
class DatabaseRoles
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::DatabaseRoles)

public:
    static QString groupRole(const Database &db, OperatorRole role);
    static QStringList groupRoles(const Database &db);

    // Creates the groups if missing and (re)applies every GRANT. Idempotent. Needs the owner.
    static Result<void> initialise(Database &db);
    // Whether initialise() has run for this database.
    static Result<bool> initialised(Database &db);
    // Makes login a member of role's group and of no other group of this database. The login
    // is created (LOGIN, no password) only when the caller may create roles.
    static Result<void> assign(Database &db, const QString &login, OperatorRole role);

    static QString quoteIdentifier(const QString &name);
};

} // namespace Tenancy
