#include "DatabaseRoles.h"

#include "Logging.h"

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

const QString kTables = u"tenants, configuration_documents, operators, audit_entries, settings, "
                        "schema_version"_s;

// What each role's group may do with each table, beyond reading tenants, their configuration
// documents, operators, settings and the schema version (which every role may).
QStringList grantsFor(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Support:
        return {u"INSERT, UPDATE ON tenants"_s, u"INSERT ON configuration_documents"_s,
                u"SELECT, INSERT ON audit_entries"_s};
    case OperatorRole::Compliance:
        return {u"SELECT, INSERT ON audit_entries"_s};
    case OperatorRole::Sales:
        return {};
    case OperatorRole::Auditor:
        return {u"SELECT ON audit_entries"_s};
    case OperatorRole::Admin:
        return {u"INSERT, UPDATE, DELETE ON tenants"_s, u"INSERT ON configuration_documents"_s,
                u"INSERT, UPDATE, DELETE ON operators"_s, u"INSERT, UPDATE, DELETE ON settings"_s,
                u"SELECT, INSERT ON audit_entries"_s};
    }
    return {};
}

Error postgresOnly()
{
    return Error::make(ErrorCode::NotAllowed,
                       DatabaseRoles::tr("database roles exist only on PostgreSQL; on SQLite the "
                                         "operator roles are enforced by Tenancy Console alone"));
}

} // namespace

QString DatabaseRoles::groupRole(OperatorRole role)
{
    return u"tenancy_"_s + roleId(role);
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
    // The groups are cluster-wide, the GRANTs are per database: both must be there.
    auto q = db.exec(u"SELECT count(*) FROM pg_roles WHERE rolname IN ('tenancy_support',"
                     "'tenancy_compliance','tenancy_sales','tenancy_auditor','tenancy_admin')"_s);
    if (!q)
        return q.error();
    q->next();
    if (q->value(0).toInt() != allRoles().size())
        return false;
    auto granted = db.exec(u"SELECT has_table_privilege('tenancy_auditor', 'audit_entries', "
                           "'SELECT')"_s);
    if (!granted)
        return granted.error();
    return granted->next() && granted->value(0).toBool();
}

Result<void> DatabaseRoles::initialise(Database &db)
{
    if (db.backend() != Backend::Postgres)
        return postgresOnly();
    return db.write([&]() -> Result<void> {
        QStringList sql {u"REVOKE ALL ON "_s + kTables + u" FROM PUBLIC"_s};
        for (OperatorRole role : allRoles()) {
            const QString group = groupRole(role);
            auto exists = db.exec(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s, {group});
            if (!exists)
                return exists.error();
            if (!exists->next())
                sql << u"CREATE ROLE "_s + quoteIdentifier(group) + u" NOLOGIN"_s;
            sql << u"REVOKE ALL ON "_s + kTables + u" FROM "_s + quoteIdentifier(group);
            sql << u"GRANT USAGE ON SCHEMA public TO "_s + quoteIdentifier(group);
            sql << u"GRANT SELECT ON tenants, configuration_documents, operators, settings, "
                   "schema_version TO "_s
                    + quoteIdentifier(group);
            for (const QString &grant : grantsFor(role))
                sql << u"GRANT "_s + grant + u" TO "_s + quoteIdentifier(group);
        }
        for (const QString &statement : sql) {
            auto q = db.exec(statement);
            if (!q) {
                Error e = q.error();
                if (e.code == ErrorCode::PermissionDenied)
                    e.message = tr("creating database roles needs the database owner with the "
                                   "CREATEROLE privilege: %1")
                                    .arg(e.message);
                return e;
            }
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
        auto exists = db.exec(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s, {login});
        if (!exists)
            return exists.error();
        QStringList sql;
        if (!exists->next())
            sql << u"CREATE ROLE "_s + quoteIdentifier(login) + u" LOGIN"_s;
        // Leave the groups of other roles (only those it is in: REVOKE of a membership that
        // does not exist makes the server warn).
        auto memberOf = db.exec(u"SELECT g.rolname FROM pg_auth_members m "
                                "JOIN pg_roles g ON g.oid = m.roleid "
                                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?"_s,
                                {login});
        if (!memberOf)
            return memberOf.error();
        while (memberOf->next()) {
            const QString group = memberOf->value(0).toString();
            for (OperatorRole other : allRoles()) {
                if (other != role && group == groupRole(other))
                    sql << u"REVOKE "_s + quoteIdentifier(group) + u" FROM "_s
                            + quoteIdentifier(login);
            }
        }
        sql << u"GRANT "_s + quoteIdentifier(groupRole(role)) + u" TO "_s + quoteIdentifier(login);
        // Managing operators on PostgreSQL means managing logins: admins get CREATEROLE (an
        // attribute, which group membership cannot pass on); everyone else does not.
        auto superuser = db.exec(u"SELECT rolsuper FROM pg_roles WHERE rolname = ?"_s, {login});
        if (!superuser)
            return superuser.error();
        if (!superuser->next() || !superuser->value(0).toBool()) {
            sql << u"ALTER ROLE "_s + quoteIdentifier(login)
                    + (role == OperatorRole::Admin ? u" CREATEROLE"_s : u" NOCREATEROLE"_s);
        }
        for (const QString &statement : sql) {
            auto q = db.exec(statement);
            if (!q) {
                Error e = q.error();
                if (e.code == ErrorCode::PermissionDenied)
                    e.message = tr("giving \"%1\" a database role needs CREATEROLE or the "
                                   "roles' admin option: %2")
                                    .arg(login, e.message);
                return e;
            }
        }
        return {};
    });
}

} // namespace Tenancy
