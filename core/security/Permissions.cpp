#include "Permissions.h"

#include <QCoreApplication>

namespace Tenancy {

bool roleAllows(OperatorRole role, Permission permission)
{
    using P = Permission;
    using R = OperatorRole;
    switch (permission) {
    case P::ReadTenants:
    case P::ReadOperators:
        return true; // every role reads
    case P::ReadAuditLog:
    case P::ReadSecurityEvents: // user names and failures: not for sales
        return role != R::Sales;
    case P::CreateTenants:
    case P::ChangeTenantStatus:
    case P::GenerateSampleFleet:
    case P::EditConfiguration:
    case P::ManageTemplates:
    case P::ImportSecurityEvents:
    case P::Provision:
    case P::ChangeTier:
    case P::ScaleTenants:
    case P::ImportUsage:
        return role == R::Support || role == R::Admin;
    case P::ExportTenantData:
        return role == R::Support || role == R::Compliance || role == R::Admin;
    case P::ManageLegalHold:
    case P::ExportAuditReports:
        return role == R::Compliance || role == R::Admin;
    case P::ManageOperators:
    case P::ForceProvision:
    case P::PurgeTenants:
    case P::RunMaintenance:
    case P::ManageSettings:
    case P::MigrateDatabase:
        return role == R::Admin;
    }
    return false;
}

QString permissionDescription(Permission permission)
{
    const char *text = "";
    switch (permission) {
    case Permission::ReadTenants:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "read tenants");
        break;
    case Permission::CreateTenants:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "create tenants");
        break;
    case Permission::ChangeTenantStatus:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "suspend or reactivate tenants");
        break;
    case Permission::GenerateSampleFleet:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "generate a sample fleet");
        break;
    case Permission::ReadOperators:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "list operators");
        break;
    case Permission::ManageOperators:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "manage operators and their roles");
        break;
    case Permission::ReadAuditLog:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "read the audit log");
        break;
    case Permission::MigrateDatabase:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "migrate the database");
        break;
    case Permission::EditConfiguration:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "change tenant configurations");
        break;
    case Permission::ManageTemplates:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "save configuration templates");
        break;
    case Permission::ReadSecurityEvents:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "read security events");
        break;
    case Permission::ImportSecurityEvents:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "import security events");
        break;
    case Permission::Provision:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "provision tenants");
        break;
    case Permission::ForceProvision:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "force provisioning past validation");
        break;
    case Permission::PurgeTenants:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "purge tenants");
        break;
    case Permission::ManageLegalHold:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "set or lift legal holds");
        break;
    case Permission::RunMaintenance:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "run maintenance");
        break;
    case Permission::ChangeTier:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "upgrade or downgrade tenants");
        break;
    case Permission::ScaleTenants:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "scale tenants");
        break;
    case Permission::ImportUsage:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "import usage");
        break;
    case Permission::ExportAuditReports:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "export audit reports");
        break;
    case Permission::ExportTenantData:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "export a tenant's data");
        break;
    case Permission::ManageSettings:
        text = QT_TRANSLATE_NOOP("Tenancy::Permissions", "change shared settings");
        break;
    }
    return QCoreApplication::translate("Tenancy::Permissions", text);
}

} // namespace Tenancy
