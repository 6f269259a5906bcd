#include "DatabaseRoles.h"

#include "Logging.h"

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

const QString kTables = u"tenants, configuration_documents, operators, audit_entries, settings, "
                        "schema_version, configuration_revisions, templates, security_events, "
                        "provisioning_jobs, provisioning_steps, provisioning_log, tenant_info, "
                        "tenant_accounts, tenant_settings, tenant_integrations, "
                        "tenant_documents, tenant_backups, deletion_certificates, tenant_capacity, "
                        "usage_series, usage_samples, usage_hourly, audit_seals"_s;
// Read by every role.
const QString kReadable
    = u"tenants, configuration_documents, operators, settings, "
      "schema_version, configuration_revisions, templates, "
      "provisioning_jobs, provisioning_steps, provisioning_log, tenant_backups, "
      "deletion_certificates, tenant_capacity, usage_series, usage_samples, usage_hourly"_s;
// Usage: imported (and generated with a sample fleet) by support and admin.
const QString kUsageTables = u"usage_series, usage_samples, usage_hourly"_s;
// The shared tenant tables: written by provisioning (support and admin).
const QString kTenantTables = u"tenant_info, tenant_accounts, tenant_settings, "
                              "tenant_integrations, tenant_documents"_s;

// What each role's group may do with each table, beyond reading tenants, their configuration
// documents, operators, settings and the schema version (which every role may).
QStringList grantsFor(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Support:
        return {u"INSERT, UPDATE ON tenants"_s,
                u"INSERT ON configuration_documents"_s,
                u"SELECT, INSERT ON audit_entries, audit_seals"_s,
                u"INSERT ON configuration_revisions"_s,
                u"INSERT ON templates"_s,
                u"SELECT, INSERT ON security_events"_s,
                u"INSERT, UPDATE ON provisioning_jobs, provisioning_steps"_s,
                u"INSERT ON provisioning_log"_s,
                u"INSERT ON tenant_backups"_s, // the backup an upgrade takes
                u"INSERT, UPDATE ON tenant_capacity"_s,
                u"INSERT, UPDATE ON "_s + kUsageTables,
                u"SELECT, INSERT, UPDATE, DELETE ON "_s + kTenantTables};
    case OperatorRole::Compliance:
        return {u"SELECT, INSERT ON audit_entries, audit_seals"_s, u"SELECT ON security_events"_s};
    case OperatorRole::Sales:
        return {};
    case OperatorRole::Auditor:
        return {u"SELECT ON audit_entries, audit_seals"_s, u"SELECT ON security_events"_s};
    case OperatorRole::Admin:
        return {u"INSERT, UPDATE, DELETE ON tenants"_s,
                u"INSERT ON configuration_documents"_s,
                u"INSERT, UPDATE, DELETE ON operators"_s,
                u"INSERT, UPDATE, DELETE ON settings"_s,
                u"SELECT, INSERT ON audit_entries, audit_seals"_s,
                u"INSERT ON configuration_revisions"_s,
                u"INSERT ON templates"_s,
                u"SELECT, INSERT, DELETE ON security_events"_s,
                u"INSERT, UPDATE ON tenant_backups"_s,
                u"INSERT ON deletion_certificates"_s,
                u"INSERT, UPDATE ON provisioning_jobs, provisioning_steps"_s,
                u"INSERT ON provisioning_log"_s,
                u"INSERT, UPDATE ON tenant_capacity"_s,
                u"INSERT, UPDATE, DELETE ON "_s + kUsageTables,
                u"SELECT, INSERT, UPDATE, DELETE ON "_s + kTenantTables};
    }
    return {};
}

Error postgresOnly()
{
    return Error::make(ErrorCode::NotAllowed,
                       DatabaseRoles::tr("database roles exist only on PostgreSQL; on SQLite the "
                                         "operator roles are enforced by Tenancy Console alone"));
}

Result<bool> roleExists(Database &db, const QString &name)
{
    auto q = db.exec(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s, {name});
    if (!q)
        return q.error();
    return q->next();
}

Result<void> runAll(Database &db, const QStringList &statements, const QString &needs)
{
    for (const QString &statement : statements) {
        auto q = db.exec(statement);
        if (!q) {
            Error e = q.error();
            if (e.code == ErrorCode::PermissionDenied)
                e.message = needs + u": "_s + e.message;
            return e;
        }
    }
    return {};
}

} // namespace

QString DatabaseRoles::groupRole(const Database &db, OperatorRole role)
{
    return u"tenancy_"_s + db.url().databaseName() + u'_' + roleId(role);
}

QStringList DatabaseRoles::groupRoles(const Database &db)
{
    QStringList groups;
    for (OperatorRole role : allRoles())
        groups << groupRole(db, role);
    return groups;
}

QString DatabaseRoles::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

Result<bool> DatabaseRoles::initialised(Database &db)
{
    if (db.backend() != Backend::Postgres)
        return false;
    const QStringList groups = groupRoles(db);
    auto q = db.exec(u"SELECT count(*) FROM pg_roles WHERE rolname IN (?, ?, ?, ?, ?)"_s,
                     {groups[0], groups[1], groups[2], groups[3], groups[4]});
    if (!q)
        return q.error();
    q->next();
    if (q->value(0).toInt() != groups.size())
        return false;
    auto granted = db.exec(u"SELECT has_table_privilege(?, 'audit_entries', 'SELECT')"_s,
                           {groupRole(db, OperatorRole::Auditor)});
    if (!granted)
        return granted.error();
    return granted->next() && granted->value(0).toBool();
}

Result<void> DatabaseRoles::initialise(Database &db)
{
    if (db.backend() != Backend::Postgres)
        return postgresOnly();
    for (const QString &group : groupRoles(db)) {
        if (group.toUtf8().size() > 63) {
            return Error::make(ErrorCode::NotAllowed,
                               tr("the database name is too long for its role names (\"%1\" "
                                  "exceeds PostgreSQL's 63 bytes)")
                                   .arg(group));
        }
    }
    return db.write([&]() -> Result<void> {
        if (auto r = db.serialiseSchemaChanges(); !r)
            return r;
        QStringList sql {u"REVOKE ALL ON "_s + kTables + u" FROM PUBLIC"_s};
        for (OperatorRole role : allRoles()) {
            const QString group = quoteIdentifier(groupRole(db, role));
            auto exists = roleExists(db, groupRole(db, role));
            if (!exists)
                return exists.error();
            if (!*exists)
                sql << u"CREATE ROLE "_s + group + u" NOLOGIN"_s;
            sql << u"REVOKE ALL ON "_s + kTables + u" FROM "_s + group
                << u"GRANT USAGE ON SCHEMA public TO "_s + group
                << u"GRANT SELECT ON "_s + kReadable + u" TO "_s + group;
            for (const QString &grant : grantsFor(role))
                sql << u"GRANT "_s + grant + u" TO "_s + group;
        }
        // Admins may move logins between the other groups, not into the admin group.
        const QString admin = quoteIdentifier(groupRole(db, OperatorRole::Admin));
        for (OperatorRole role : allRoles()) {
            if (role != OperatorRole::Admin)
                sql << u"GRANT "_s + quoteIdentifier(groupRole(db, role)) + u" TO "_s + admin
                        + u" WITH ADMIN OPTION"_s;
        }
        if (auto r = runAll(db, sql,
                            tr("creating database roles needs the database owner with the "
                               "CREATEROLE privilege"));
            !r) {
            return r;
        }
        qCInfo(lcStore) << "database roles initialised";
        return {};
    });
}

Result<void> DatabaseRoles::assign(Database &db, const QString &login, OperatorRole role)
{
    if (db.backend() != Backend::Postgres)
        return postgresOnly();
    return db.write([&]() -> Result<void> {
        if (auto r = db.serialiseSchemaChanges(); !r)
            return r;
        QStringList sql;
        auto exists = roleExists(db, login);
        if (!exists)
            return exists.error();
        if (!*exists) {
            auto mayCreate = db.exec(u"SELECT rolsuper OR rolcreaterole FROM pg_roles "
                                     "WHERE rolname = current_user"_s);
            if (!mayCreate)
                return mayCreate.error();
            if (!mayCreate->next() || !mayCreate->value(0).toBool()) {
                return Error::make(ErrorCode::NotAllowed,
                                   tr("there is no login \"%1\" on the server; the database owner "
                                      "or a DBA creates it (CREATE ROLE \"%1\" LOGIN PASSWORD "
                                      "'…'), then add the operator again")
                                       .arg(login));
            }
            sql << u"CREATE ROLE "_s + quoteIdentifier(login) + u" LOGIN"_s;
        }
        // Leave this database's other groups (only those it is in: REVOKE of a membership that
        // does not exist makes the server warn).
        auto memberOf = db.exec(u"SELECT g.rolname FROM pg_auth_members m "
                                "JOIN pg_roles g ON g.oid = m.roleid "
                                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?"_s,
                                {login});
        if (!memberOf)
            return memberOf.error();
        const QString wanted = groupRole(db, role);
        const QStringList ours = groupRoles(db);
        while (memberOf->next()) {
            const QString group = memberOf->value(0).toString();
            if (group != wanted && ours.contains(group))
                sql << u"REVOKE "_s + quoteIdentifier(group) + u" FROM "_s + quoteIdentifier(login);
        }
        sql << u"GRANT "_s + quoteIdentifier(wanted) + u" TO "_s + quoteIdentifier(login);
        return runAll(db, sql,
                      role == OperatorRole::Admin
                          ? tr("making \"%1\" an admin needs the database owner").arg(login)
                          : tr("giving \"%1\" a database role needs an admin or the database "
                               "owner")
                                .arg(login));
    });
}

} // namespace Tenancy
