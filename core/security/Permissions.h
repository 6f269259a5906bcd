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
    ForceProvision, // provision skipping validation, with a reason
    PurgeTenants, // destroy a deprovisioned tenant's data before its grace period ends
    ManageLegalHold, // set or lift a legal hold (blocks purging)
    RunMaintenance, // retention: purge after the grace period, remove old backups
    ChangeTier, // upgrade or downgrade a tenant (the upgrade flow)
    ScaleTenants, // scale a tenant's resources within its auto-scaling policy
    ImportUsage, // import usage samples
    ExportAuditReports, // audit reports and signed bundles (compliance, admin)
    ExportTenantData, // a tenant's data archive, GDPR portability (support, compliance, admin)
    ManageSettings, // the shared settings (the orchestrator's endpoint ...) (the last)
};

bool roleAllows(OperatorRole role, Permission permission);

// "create tenants", for messages such as "sales may not create tenants".
QString permissionDescription(Permission permission);

} // namespace Tenancy
