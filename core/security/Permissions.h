#pragma once

#include "model/Operator.h"

#include <QString>

namespace Tenancy {

// What an operator may do. Checked in core on every operation, whatever the front end.
enum class Permission {
    ReadTenants,
    CreateTenants,
    ChangeTenantStatus, // suspend / reactivate
    GenerateSampleFleet,
    ReadOperators,
    ManageOperators, // add operators, change roles, database roles
    ReadAuditLog,
    MigrateDatabase,
    EditConfiguration, // apply templates and overrides, roll back a configuration
    ManageTemplates, // save templates to the library
    ReadSecurityEvents, // authentication events and their anomalies
    ImportSecurityEvents,
    Provision, // provision, retry, resume, roll back, cancel
    ForceProvision, // provision skipping validation, with a reason (the last: tests count by it)
};

bool roleAllows(OperatorRole role, Permission permission);

// "create tenants", for messages such as "sales may not create tenants".
QString permissionDescription(Permission permission);

} // namespace Tenancy
