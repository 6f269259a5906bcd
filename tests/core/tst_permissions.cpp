// Operator roles and what each may do (DOMAIN.md "Who uses the console").
#include "model/Operator.h"
#include "security/Permissions.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Tenancy::OperatorRole;
using Tenancy::Permission;

Q_DECLARE_METATYPE(Tenancy::OperatorRole)
Q_DECLARE_METATYPE(Tenancy::Permission)

namespace {

const QList<std::pair<OperatorRole, QString>> &roles()
{
    static const QList<std::pair<OperatorRole, QString>> list {
        {OperatorRole::Support, u"support"_s}, {OperatorRole::Compliance, u"compliance"_s},
        {OperatorRole::Sales, u"sales"_s},     {OperatorRole::Auditor, u"auditor"_s},
        {OperatorRole::Admin, u"admin"_s},
    };
    return list;
}

const QList<std::pair<Permission, const char *>> &permissions()
{
    static const QList<std::pair<Permission, const char *>> list {
        {Permission::ReadTenants, "read tenants"},
        {Permission::CreateTenants, "create tenants"},
        {Permission::ChangeTenantStatus, "change tenant status"},
        {Permission::GenerateSampleFleet, "generate sample fleet"},
        {Permission::ReadOperators, "read operators"},
        {Permission::ManageOperators, "manage operators"},
        {Permission::ReadAuditLog, "read audit log"},
        {Permission::MigrateDatabase, "migrate database"},
        {Permission::EditConfiguration, "edit configuration"},
        {Permission::ManageTemplates, "manage templates"},
        {Permission::ReadSecurityEvents, "read security events"},
        {Permission::ImportSecurityEvents, "import security events"},
        {Permission::Provision, "provision"},
        {Permission::ForceProvision, "force provision"},
        {Permission::PurgeTenants, "purge tenants"},
        {Permission::ManageLegalHold, "manage legal hold"},
        {Permission::RunMaintenance, "run maintenance"},
        {Permission::ChangeTier, "change tier"},
        {Permission::ScaleTenants, "scale tenants"},
        {Permission::ImportUsage, "import usage"},
        {Permission::ExportAuditReports, "export audit reports"},
        {Permission::ExportTenantData, "export tenant data"},
        {Permission::ManageSettings, "manage settings"},
    };
    return list;
}

} // namespace

class tst_Permissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleAllows_data()
    {
        QTest::addColumn<OperatorRole>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");

        using P = Permission;
        // What each role may do; everything not listed is refused.
        const QList<std::pair<OperatorRole, QList<Permission>>> grants {
            // support: finds, creates, provisions, suspends and reactivates tenants and reads
            // their history (provisioning logs); never manages operators or migrates.
            {OperatorRole::Support,
             {P::ReadTenants, P::CreateTenants, P::ChangeTenantStatus, P::GenerateSampleFleet,
              P::ReadOperators, P::ReadAuditLog, P::EditConfiguration, P::ManageTemplates,
              P::ReadSecurityEvents, P::ImportSecurityEvents, P::Provision, P::ChangeTier,
              P::ScaleTenants, P::ImportUsage, P::ExportTenantData}},
            // compliance: reads everything, including the audit log; sets legal holds; exports
            // audit reports and a tenant's data (GDPR portability).
            {OperatorRole::Compliance,
             {P::ReadTenants, P::ReadOperators, P::ReadAuditLog, P::ReadSecurityEvents,
              P::ManageLegalHold, P::ExportAuditReports, P::ExportTenantData}},
            // sales: reads tenants to compare tiers and quote; applies nothing, no audit log.
            {OperatorRole::Sales, {P::ReadTenants, P::ReadOperators}},
            // auditor: read-only, including the audit log.
            {OperatorRole::Auditor,
             {P::ReadTenants, P::ReadOperators, P::ReadAuditLog, P::ReadSecurityEvents}},
            // admin: everything.
            {OperatorRole::Admin,
             {P::ReadTenants,         P::CreateTenants,      P::ChangeTenantStatus,
              P::GenerateSampleFleet, P::ReadOperators,      P::ManageOperators,
              P::ReadAuditLog,        P::MigrateDatabase,    P::EditConfiguration,
              P::ManageTemplates,     P::ReadSecurityEvents, P::ImportSecurityEvents,
              P::Provision,           P::ForceProvision,     P::PurgeTenants,
              P::ManageLegalHold,     P::RunMaintenance,     P::ChangeTier,
              P::ScaleTenants,        P::ImportUsage,        P::ExportAuditReports,
              P::ExportTenantData,    P::ManageSettings}},
        };
        QCOMPARE(grants.size(), roles().size());
        for (const auto &[role, roleName] : roles()) {
            const auto grant = std::find_if(grants.begin(), grants.end(),
                                            [&](const auto &g) { return g.first == role; });
            QVERIFY(grant != grants.end());
            for (const auto &[permission, what] : permissions()) {
                const bool allowed = grant->second.contains(permission);
                QTest::addRow("%s may %s%s", qPrintable(roleName), allowed ? "" : "not ", what)
                    << role << permission << allowed;
            }
        }
    }
    void roleAllows()
    {
        QFETCH(OperatorRole, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(Tenancy::roleAllows(role, permission), allowed);
    }

    // The tables here list every role and every permission (5 x 23 rows above).
    void tablesAreComplete()
    {
        QCOMPARE(Tenancy::allRoles().size(), roles().size());
        for (const auto &[role, id] : roles())
            QVERIFY2(Tenancy::allRoles().contains(role), qPrintable(id));
        // Permission has no meta-object; its last enumerator bounds the list.
        QCOMPARE(permissions().size(), int(Permission::ManageSettings) + 1);
        QSet<int> seen;
        for (const auto &[permission, tag] : permissions())
            seen.insert(int(permission));
        QCOMPARE(seen.size(), permissions().size());
    }

    void permissionDescription_data()
    {
        QTest::addColumn<Permission>("permission");
        for (const auto &[permission, tag] : permissions())
            QTest::newRow(tag) << permission;
    }
    void permissionDescription()
    {
        QFETCH(Permission, permission);
        const QString text = Tenancy::permissionDescription(permission);
        QVERIFY(!text.trimmed().isEmpty());
        // Descriptions are distinct, so a refusal names the right thing.
        QSet<QString> all;
        for (const auto &[p, tag] : permissions())
            all.insert(Tenancy::permissionDescription(p));
        QCOMPARE(all.size(), permissions().size());
    }

    void permissionDescriptionText()
    {
        // Used in messages such as "sales may not create tenants".
        QCOMPARE(Tenancy::permissionDescription(Permission::CreateTenants), u"create tenants"_s);
        QCOMPARE(Tenancy::permissionDescription(Permission::ReadAuditLog), u"read the audit log"_s);
    }

    void roleIdRoundTrip_data()
    {
        QTest::addColumn<OperatorRole>("role");
        QTest::addColumn<QString>("id");
        for (const auto &[role, id] : roles())
            QTest::newRow(qPrintable(id)) << role << id;
    }
    void roleIdRoundTrip()
    {
        QFETCH(OperatorRole, role);
        QFETCH(QString, id);
        QCOMPARE(Tenancy::roleId(role), id);
        const auto parsed = Tenancy::roleFromId(id);
        QVERIFY(parsed);
        QCOMPARE(*parsed, role);
    }

    void roleFromUnknownId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << u"Admin"_s;
        QTest::newRow("uppercase") << u"ADMIN"_s;
        QTest::newRow("padded") << u" admin "_s;
        QTest::newRow("unknown") << u"root"_s;
        QTest::newRow("superuser") << u"superuser"_s;
        QTest::newRow("database group name") << u"tenancy_admin"_s;
    }
    void roleFromUnknownId()
    {
        QFETCH(QString, id);
        QVERIFY(!Tenancy::roleFromId(id).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_Permissions)
#include "tst_permissions.moc"
