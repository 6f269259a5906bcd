#include "TenantManager.h"

#include "Logging.h"
#include "ai/AiConfiguration.h"
#include "audit/AuditAnchor.h"
#include "fleet/SampleFleet.h"
#include "fleet/SampleUsage.h"
#include "model/TenantValidation.h"
#include "provisioning/ScalingPolicy.h"
#include "security/SecurityPolicy.h"
#include "settings/SharedSettings.h"
#include "store/ConfigurationRepository.h"
#include "store/DatabaseRoles.h"
#include "store/Migrations.h"
#include "store/OperatorRepository.h"
#include "store/UsageRepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

// A sample fleet's usage histories: this many active tenants, hourly over this many days.
constexpr int kSampleUsageTenants = 40;
constexpr int kSampleUsageDays = 90;

// The security policies' rules: loaded once for the whole process.
Result<std::shared_ptr<const SecurityPolicyEngine>> sharedSecurity()
{
    static QMutex lock;
    static std::shared_ptr<const SecurityPolicyEngine> engine;
    QMutexLocker locker(&lock);
    if (engine)
        return engine;
    auto loaded = SecurityPolicyEngine::load();
    if (!loaded)
        return loaded.error();
    engine = *loaded;
    return engine;
}

// One ConfigEngine per catalog for the whole process (the console opens two managers, tests
// many): the schema and templates are parsed and checked once.
Result<std::shared_ptr<const ConfigEngine>>
sharedEngine(const std::shared_ptr<const Catalog> &catalog)
{
    static QMutex lock;
    static std::weak_ptr<const Catalog> forCatalog;
    static std::shared_ptr<const ConfigEngine> engine;
    QMutexLocker locker(&lock);
    if (engine && forCatalog.lock() == catalog)
        return engine;
    auto security = sharedSecurity();
    if (!security)
        return security.error();
    const std::shared_ptr<const SecurityPolicyEngine> policies = *security;
    ConfigEngine::Extension extension;
    const auto ai = std::make_shared<const AiConfigurationManager>(catalog);
    extension.check = [policies, ai](const QJsonObject &document) {
        return policies->check(document) + ai->check(document)
            + ScalingPolicy::checkDocument(document);
    };
    extension.refusal = [policies](const QString &pointer, const QJsonValue &value) {
        return policies->refusal(pointer, value);
    };
    auto loaded = ConfigEngine::load(catalog, ConfigEngine::builtinDirectory(), extension);
    if (!loaded)
        return loaded.error();
    engine = *loaded;
    forCatalog = catalog;
    return engine;
}

} // namespace

TenantManager::TenantManager(std::unique_ptr<Database> db, std::shared_ptr<const Catalog> catalog,
                             const Clock &clock)
    : m_db(std::move(db))
    , m_catalog(std::move(catalog))
    , m_clock(clock)
{ }

TenantManager::~TenantManager() = default;

QString TenantManager::defaultOperatorName()
{
    const QString fromEnv = qEnvironmentVariable("TENANCY_OPERATOR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? u"operator"_s : user;
}

std::optional<Error> TenantManager::checkOperatorName(const QString &name)
{
    static const QRegularExpression re(u"^[a-z_][a-z0-9_.-]{0,62}\\z"_s);
    if (name.isEmpty())
        return Error::invalid(u"operator"_s, tr("the operator name is required"));
    if (!re.match(name).hasMatch()) {
        return Error::invalid(u"operator"_s,
                              tr("operator name \"%1\" must be 1–63 characters of lowercase "
                                 "letters, digits, '_', '.' or '-', starting with a letter or '_'")
                                  .arg(name));
    }
    return std::nullopt;
}

Result<std::unique_ptr<TenantManager>> TenantManager::open(std::unique_ptr<Database> db,
                                                           std::shared_ptr<const Catalog> catalog,
                                                           const QString &requestedOperator,
                                                           const Clock &clock)
{
    // A database from a newer version is refused before anything touches it.
    if (auto r = Migrator::checkNotNewer(*db); !r)
        return r.error();
    db->enableWriteAheadLog();
    auto current = Migrator::currentVersion(*db);
    if (!current)
        return current.error();

    auto engine = sharedEngine(catalog);
    if (!engine)
        return engine.error();
    std::unique_ptr<TenantManager> manager(
        new TenantManager(std::move(db), std::move(catalog), clock));
    manager->m_engine = std::move(engine).value();
    manager->m_security = sharedSecurity().value(); // loaded with the engine
    Database &database = *manager->m_db;
    const int latest = Migrator::latestVersion();
    bool identified = false;
    bool hasOperators = false;
    if (*current > 0 && *current < latest) {
        // Identifying the first operator writes to the audit log, whose shape may be what this
        // migration changes: a database without operators yet is treated as new.
        auto operators = OperatorRepository(database).count();
        if (!operators)
            return operators.error();
        hasOperators = *operators > 0;
    }
    if (hasOperators) {
        // An existing database that needs migrating: only an admin may do that (a new one is
        // created by whoever opens it first, who becomes its admin).
        if (auto r = manager->identify(requestedOperator); !r)
            return r.error();
        identified = true;
        if (!manager->can(Permission::MigrateDatabase)) {
            return Error::make(ErrorCode::PermissionDenied,
                               tr("%1 has schema version %2 and needs migrating to version %3, "
                                  "which only an admin may do (tenancyctl db migrate)")
                                   .arg(database.url().toString())
                                   .arg(*current)
                                   .arg(latest));
        }
    }
    const QString applier = identified ? manager->m_operator.name
        : database.backend() == Backend::Postgres
        ? database.login()
        : (requestedOperator.isEmpty() ? defaultOperatorName() : requestedOperator);
    auto applied = Migrator::migrate(database, applier);
    if (!applied)
        return applied.error();
    manager->m_appliedOnOpen = *applied;
    if (!applied->isEmpty() && database.backend() == Backend::Postgres) {
        // New tables need their GRANTs too.
        auto hasRoles = DatabaseRoles::initialised(database);
        if (hasRoles && *hasRoles) {
            if (auto r = DatabaseRoles::initialise(database); !r)
                qCWarning(lcStore) << "re-applying database grants failed:" << r.error().message;
        }
    }
    if (!identified) {
        if (auto r = manager->identify(requestedOperator); !r)
            return r.error();
    }
    // A provisioning job left running by a process that was killed is interrupted: say so, so
    // that it can be resumed or rolled back. Best effort: a read-only login cannot write it.
    if (auto r = manager->recoverInterruptedJobs(); !r)
        qCWarning(lcTenants) << "cannot mark interrupted provisioning jobs:" << r.error().message;
    return manager;
}

Result<void> TenantManager::identify(const QString &requestedOperator)
{
    QString name;
    if (m_db->backend() == Backend::Postgres) {
        name = m_db->login();
        if (!requestedOperator.isEmpty() && requestedOperator != name) {
            return Error::make(ErrorCode::PermissionDenied,
                               tr("on PostgreSQL you act as your database login \"%1\"; acting "
                                  "as \"%2\" is not possible")
                                   .arg(name, requestedOperator));
        }
    } else {
        name = requestedOperator.isEmpty() ? defaultOperatorName() : requestedOperator;
    }
    if (auto error = checkOperatorName(name))
        return *error;

    OperatorRepository operators(*m_db);
    auto found = operators.find(name);
    if (!found)
        return found.error();
    if (*found) {
        m_operator = **found;
        return {};
    }

    // The first operator of a new database becomes its admin.
    auto existing = operators.count();
    if (!existing)
        return existing.error();
    if (*existing == 0) {
        Operator admin {name, OperatorRole::Admin, m_clock.now(), name};
        auto written = m_db->write([&]() -> Result<void> {
            if (auto r = m_db->lockTable(u"operators"_s); !r)
                return r;
            auto again = operators.count(); // under the lock
            if (!again)
                return again.error();
            if (*again != 0)
                return Error::make(ErrorCode::Conflict,
                                   tr("another operator was registered first"));
            if (auto r = operators.insert(admin); !r)
                return r;
            AuditEntry entry;
            entry.at = admin.createdAt;
            entry.operatorName = name;
            entry.role = roleId(OperatorRole::Admin);
            entry.action = u"operator.bootstrap"_s;
            entry.after = QJsonObject {{u"name"_s, name}, {u"role"_s, u"admin"_s}};
            entry.reason = u"first operator of a new database"_s;
            return AuditLog(*m_db).append(entry);
        });
        if (written) {
            qCInfo(lcTenants) << "bootstrapped admin operator" << name;
            m_operator = admin;
            return {};
        }
        if (written.error().code != ErrorCode::Conflict)
            return written.error();
    }
    // Another process (two consoles opening a new database at once, with the same login) may
    // have registered this very operator since the first look.
    found = operators.find(name);
    if (!found)
        return found.error();
    if (*found) {
        m_operator = **found;
        return {};
    }
    return Error::make(ErrorCode::PermissionDenied,
                       tr("operator \"%1\" is not registered in this database; an admin can add "
                          "it with: tenancyctl operator add %1 --role ROLE")
                           .arg(name));
}

std::optional<Error> TenantManager::denied(Permission permission) const
{
    if (roleAllows(m_operator.role, permission))
        return std::nullopt;
    return Error::make(
        ErrorCode::PermissionDenied,
        tr("operator \"%1\" (%2) may not %3")
            .arg(m_operator.name, roleId(m_operator.role), permissionDescription(permission)));
}

AuditEntry TenantManager::auditEntry(const QString &action, const QString &tenantId,
                                     const QString &reason) const
{
    AuditEntry entry;
    entry.at = m_clock.now();
    entry.operatorName = m_operator.name;
    entry.role = roleId(m_operator.role);
    entry.action = action;
    entry.tenantId = tenantId;
    entry.reason = reason;
    return entry;
}

Result<Tenant> TenantManager::create(const NewTenant &input)
{
    if (auto error = denied(Permission::CreateTenants))
        return *error;
    const QList<Error> errors = TenantValidation::check(input, *m_catalog);
    if (!errors.isEmpty())
        return errors.first();
    const NewTenant clean = TenantValidation::normalised(input, *m_catalog);

    Tenant tenant;
    tenant.id = clean.id;
    tenant.name = clean.name;
    tenant.tier = clean.tier;
    // Pending until provisioned (TenantManager::provision).
    tenant.status = TenantStatus::Pending;
    tenant.ownerEmail = clean.ownerEmail;
    tenant.region = clean.region;
    tenant.industry = clean.industry;
    tenant.compliance = clean.compliance;
    tenant.version = 1;
    tenant.createdAt = m_clock.now();
    tenant.updatedAt = tenant.createdAt;
    tenant.updatedBy = m_operator.name;
    tenant.createdBy = m_operator.name;

    // Its first configuration: the tier's template for it (revision 0, implied by the row), or
    // another library template; overrides given at creation make revision 1 at once.
    TemplateInfo tmpl;
    if (!input.templateName.isEmpty()) {
        auto found = findTemplate(input.templateName);
        if (!found)
            return found.error();
        tmpl = *found;
    } else if (const TemplateInfo *shipped
               = m_engine->shippedTemplate(ConfigEngine::tierTemplateName(clean.tier))) {
        tmpl = *shipped;
    } else {
        return Error::make(ErrorCode::Catalog, tr("no template for the %1 tier").arg(clean.tier));
    }
    auto first = m_engine->firstConfiguration(tenant, tmpl, input.overrides);
    if (!first)
        return first.error();
    const ConfigRevision &created = first->revision;
    tenant.configurationSha256 = tmpl.sha256;
    tenant.configurationRevision = created.revision;
    tenant.configuration = first->document;

    // A tenant with this id already there fails the insert (its primary key) and rolls all of
    // this back; the answer says so plainly.
    const Error taken {ErrorCode::AlreadyExists,
                       tr("a tenant with id \"%1\" already exists").arg(tenant.id), u"id"_s};
    auto written = m_db->write([&]() -> Result<void> {
        ConfigurationRepository configurations(*m_db);
        auto sha256 = configurations.storeTemplateText(tmpl.text);
        if (!sha256)
            return sha256.error();
        if (auto r = TenantRepository(*m_db).insert(tenant); !r)
            return r;
        if (created.revision == 1) {
            if (auto r = configurations.insertRevision(tenant.id, created); !r)
                return r;
        }
        AuditEntry entry = auditEntry(u"tenant.create"_s, tenant.id, {});
        entry.after = tenant.toJson(true);
        return AuditLog(*m_db).append(entry);
    });
    if (!written)
        return written.error().code == ErrorCode::AlreadyExists ? taken : written.error();
    qCInfo(lcTenants) << "created tenant" << tenant.id;
    return tenant;
}

Result<QList<Tenant>> TenantManager::list(const TenantQuery &query)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    if (query.limit < 0 || query.offset < 0)
        return Error::invalid(u"limit"_s, tr("limit and offset must not be negative"));
    if (!query.filter.tier.isEmpty() && !m_catalog->tier(query.filter.tier)) {
        if (auto e = TenantValidation::checkTier(query.filter.tier, *m_catalog))
            return *e;
    }
    if (!query.filter.region.isEmpty()) {
        if (auto e = TenantValidation::checkRegion(query.filter.region, *m_catalog))
            return *e;
    }
    TenantQuery q = query;
    q.tierOrder = m_catalog->tierNames();
    return TenantRepository(*m_db).list(q);
}

Result<qint64> TenantManager::count(const TenantFilter &filter)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    return TenantRepository(*m_db).count(filter);
}

Result<Tenant> TenantManager::show(const QString &id)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    if (auto e = TenantValidation::checkId(id))
        return Error::make(ErrorCode::NotFound,
                           tr("no tenant with id \"%1\" (%2)").arg(id, e->message));
    auto state = configuration(id);
    if (!state)
        return state.error();
    return state->tenant;
}

Error TenantManager::staleError(const QString &id, int expectedVersion)
{
    auto current = TenantRepository(*m_db).find(id);
    if (!current || !*current)
        return Error::make(ErrorCode::NotFound, tr("no tenant with id \"%1\"").arg(id));
    const Tenant &t = **current;
    return Error::make(ErrorCode::Conflict,
                       tr("tenant \"%1\" was changed by %2 at %3 (it is at version %4, you read "
                          "version %5); reload it and apply your change again")
                           .arg(id, t.updatedBy, toIsoUtc(t.updatedAt))
                           .arg(t.version)
                           .arg(expectedVersion));
}

Result<Tenant> TenantManager::changeStatus(const QString &id, int expectedVersion,
                                           const QString &reason, TenantStatus from,
                                           TenantStatus to, const QString &action,
                                           const QString &verb)
{
    if (auto error = denied(Permission::ChangeTenantStatus))
        return *error;
    if (auto error = TenantValidation::checkReason(reason))
        return *error;
    if (expectedVersion < 1)
        return Error::invalid(u"version"_s, tr("the version read must be 1 or more"));

    Tenant updated;
    auto written = m_db->write([&]() -> Result<void> {
        TenantRepository tenants(*m_db);
        auto found = tenants.find(id);
        if (!found)
            return found.error();
        if (!*found)
            return Error::make(ErrorCode::NotFound, tr("no tenant with id \"%1\"").arg(id));
        const Tenant before = **found;
        if (before.version != expectedVersion)
            return staleError(id, expectedVersion);
        if (before.status != from || !canMove(from, to)) {
            return Error::make(
                ErrorCode::NotAllowed,
                tr("cannot %1 tenant \"%2\": its status is %3, and only %4 "
                   "tenants can be %5")
                    .arg(verb, id, statusId(before.status), statusId(from), statusId(to)));
        }
        updated = before;
        updated.status = to;
        updated.updatedAt = m_clock.now();
        updated.updatedBy = m_operator.name;
        auto ok = tenants.update(updated, expectedVersion);
        if (!ok)
            return ok.error();
        if (!*ok)
            return staleError(id, expectedVersion);
        updated.version = expectedVersion + 1;
        AuditEntry entry = auditEntry(action, id, reason.trimmed());
        entry.before = before.toJson(false);
        entry.after = updated.toJson(false);
        return AuditLog(*m_db).append(entry);
    });
    if (!written)
        return written.error();
    // Answered like `show`, configuration included (the status does not change it).
    if (auto revision = currentRevision(updated)) {
        if (auto document = m_engine->render(*revision, updated.tier))
            updated.configuration = *document;
    }
    return updated;
}

Result<Tenant> TenantManager::suspend(const QString &id, int expectedVersion, const QString &reason)
{
    return changeStatus(id, expectedVersion, reason, TenantStatus::Active, TenantStatus::Suspended,
                        u"tenant.suspend"_s, tr("suspend"));
}

Result<Tenant> TenantManager::reactivate(const QString &id, int expectedVersion,
                                         const QString &reason)
{
    return changeStatus(id, expectedVersion, reason, TenantStatus::Suspended, TenantStatus::Active,
                        u"tenant.reactivate"_s, tr("reactivate"));
}

Result<QList<AuditEntry>> TenantManager::history(const QString &tenantId, int limit)
{
    if (auto error = denied(Permission::ReadAuditLog))
        return *error;
    return AuditLog(*m_db).forTenant(tenantId, limit);
}

Result<QList<AuditEntry>> TenantManager::auditEntries(const AuditFilter &filter)
{
    if (auto error = denied(Permission::ReadAuditLog))
        return *error;
    return AuditLog(*m_db).find(filter);
}

Result<AuditVerification>
TenantManager::verifyAuditLog(const QByteArray &key, const QList<AuditSeal> &outside,
                              const std::function<bool(qint64, qint64)> &progress)
{
    if (auto error = denied(Permission::ReadAuditLog))
        return *error;
    // This machine's record of its last seal, kept outside the database.
    QList<AuditSeal> heads = outside;
    if (auto id = databaseId()) {
        auto anchor = AuditAnchor::read(*id);
        if (!anchor)
            return anchor.error();
        if (*anchor)
            heads.append(**anchor);
    }
    return AuditLog(*m_db).verify(key, heads, progress);
}

Result<AuditSeal> TenantManager::sealAuditLog(const QByteArray &key, const QString &kind)
{
    if (!roleAllows(m_operator.role, Permission::ReadAuditLog)
        || m_operator.role == OperatorRole::Auditor)
        return Error::make(ErrorCode::PermissionDenied,
                           tr("%1 may not seal the audit log").arg(roleId(m_operator.role)));
    auto seal = AuditLog(*m_db).seal(key, kind, m_clock.now(), m_operator.name);
    if (!seal)
        return seal;
    // Anchored outside the database too: a log rewritten wholesale, seals and all, no longer
    // reaches it. The seal stands if this fails; the next one tries again.
    auto id = databaseId();
    if (auto r = id ? AuditAnchor::record(*id, *seal) : Result<void>(id.error()); !r)
        qCWarning(lcTenants) << "the audit seal was not anchored outside the database:"
                             << r.error().message;
    return seal;
}

Result<QStringList> TenantManager::liveTenantIds()
{
    QStringList ids;
    auto scanned = TenantRepository(*m_db).forEachSummary([&](const auto &row) {
        if (row.status != statusId(TenantStatus::Deleted))
            ids.append(row.id);
        return true;
    });
    if (!scanned)
        return scanned.error();
    ids.sort();
    return ids;
}

Result<QJsonArray> TenantManager::securityEventsJson(const QString &id)
{
    auto events = m_db->exec(u"SELECT at, user_name, kind, source_ip, imported_at, imported_by "
                             "FROM security_events WHERE tenant_id = ? ORDER BY at"_s,
                             {id});
    if (!events)
        return events.error();
    QJsonArray array;
    while (events->next())
        array.append(QJsonObject {{u"at"_s, events->value(0).toString()},
                                  {u"user"_s, events->value(1).toString()},
                                  {u"kind"_s, events->value(2).toString()},
                                  {u"source_ip"_s, events->value(3).toString()},
                                  {u"imported_at"_s, events->value(4).toString()},
                                  {u"imported_by"_s, events->value(5).toString()}});
    events->finish();
    return array;
}

Result<QList<AuditSeal>> TenantManager::auditSeals()
{
    if (auto error = denied(Permission::ReadAuditLog))
        return *error;
    return AuditLog(*m_db).seals();
}

Result<std::shared_ptr<TenantIndex>> TenantManager::directory(const std::atomic_bool *cancel)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    QElapsedTimer timer;
    timer.start();
    TenantIndex::Builder builder(*m_catalog);
    auto total = TenantRepository(*m_db).count({});
    if (total)
        builder.reserve(*total);
    auto read = TenantRepository(*m_db).forEachSummary([&](const TenantRepository::SummaryRow &r) {
        builder.add(r.id, r.name, r.sortName, r.searchText, r.tier, r.status, r.region,
                    r.ownerEmail, r.updatedAt, r.version);
        return !cancel || !cancel->load(std::memory_order_relaxed);
    });
    if (!read)
        return read.error();
    const qint64 readMs = timer.restart();
    auto index = builder.finish();
    qCDebug(lcTenants) << "directory of" << index->size() << "tenants: read in" << readMs
                       << "ms, indexed in" << timer.elapsed() << "ms";
    return index;
}

Result<QList<Operator>> TenantManager::operators()
{
    if (auto error = denied(Permission::ReadOperators))
        return *error;
    return OperatorRepository(*m_db).list();
}

Result<void> TenantManager::syncDatabaseRole(const QString &login, OperatorRole role)
{
    // On PostgreSQL with database roles in place, the login follows the operator's role.
    if (m_db->backend() != Backend::Postgres)
        return {};
    auto hasRoles = DatabaseRoles::initialised(*m_db);
    if (!hasRoles)
        return hasRoles.error();
    if (!*hasRoles)
        return {};
    return DatabaseRoles::assign(*m_db, login, role);
}

Result<Operator> TenantManager::addOperator(const QString &name, OperatorRole role)
{
    if (auto error = denied(Permission::ManageOperators))
        return *error;
    if (auto error = checkOperatorName(name))
        return *error;
    Operator op {name, role, m_clock.now(), m_operator.name};
    auto written = m_db->write([&]() -> Result<void> {
        if (auto r = OperatorRepository(*m_db).insert(op); !r)
            return r;
        if (auto r = syncDatabaseRole(name, role); !r)
            return r;
        AuditEntry entry = auditEntry(u"operator.add"_s, {}, {});
        entry.after = QJsonObject {{u"name"_s, name}, {u"role"_s, roleId(role)}};
        return AuditLog(*m_db).append(entry);
    });
    if (!written)
        return written.error();
    return op;
}

Result<Operator> TenantManager::setOperatorRole(const QString &name, OperatorRole role)
{
    if (auto error = denied(Permission::ManageOperators))
        return *error;
    if (auto error = checkOperatorName(name))
        return *error;
    Operator result;
    auto written = m_db->write([&]() -> Result<void> {
        // Held to the end, so two admins demoting each other cannot leave none.
        if (auto r = m_db->lockTable(u"operators"_s); !r)
            return r;
        OperatorRepository operators(*m_db);
        auto found = operators.find(name);
        if (!found)
            return found.error();
        if (!*found)
            return Error::make(ErrorCode::NotFound, tr("no operator named \"%1\"").arg(name));
        const Operator before = **found;
        if (before.role == OperatorRole::Admin && role != OperatorRole::Admin) {
            qint64 admins = 0;
            auto all = operators.list();
            if (!all)
                return all.error();
            for (const Operator &o : *all)
                admins += o.role == OperatorRole::Admin ? 1 : 0;
            if (admins <= 1)
                return Error::make(
                    ErrorCode::NotAllowed,
                    tr("\"%1\" is the last admin; make someone else admin first").arg(name));
        }
        if (auto r = operators.setRole(name, role); !r)
            return r;
        if (auto r = syncDatabaseRole(name, role); !r)
            return r;
        result = before;
        result.role = role;
        AuditEntry entry = auditEntry(u"operator.set-role"_s, {}, {});
        entry.before = QJsonObject {{u"name"_s, name}, {u"role"_s, roleId(before.role)}};
        entry.after = QJsonObject {{u"name"_s, name}, {u"role"_s, roleId(role)}};
        return AuditLog(*m_db).append(entry);
    });
    if (!written)
        return written.error();
    if (name == m_operator.name)
        m_operator.role = role;
    return result;
}

Result<DatabaseInfo> TenantManager::info()
{
    DatabaseInfo info;
    info.url = m_db->url().toString();
    info.backend = m_db->backend();
    info.serverVersion = m_db->serverVersion();
    auto version = Migrator::currentVersion(*m_db);
    if (!version)
        return version.error();
    info.schemaVersion = *version;
    info.latestSchemaVersion = Migrator::latestVersion();
    info.appliedOnOpen = m_appliedOnOpen;
    auto tenants = TenantRepository(*m_db).count({});
    if (!tenants)
        return tenants.error();
    info.tenants = *tenants;
    auto operators = OperatorRepository(*m_db).count();
    if (!operators)
        return operators.error();
    info.operators = *operators;
    if (can(Permission::ReadAuditLog)) {
        auto entries = AuditLog(*m_db).count();
        if (!entries)
            return entries.error();
        info.auditEntries = *entries;
    } else {
        info.auditEntries = -1;
    }
    info.operatorName = m_operator.name;
    info.role = m_operator.role;
    auto roles = DatabaseRoles::initialised(*m_db);
    info.databaseRoles = roles && *roles;
    if (m_db->backend() == Backend::Sqlite)
        info.fileSizeBytes = QFileInfo(m_db->url().sqlitePath()).size();
    return info;
}

Result<QMap<QString, QString>> TenantManager::sharedSettings()
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    return SharedSettings::load(*m_db);
}

Result<void> TenantManager::setSharedSetting(const QString &key,
                                             const std::optional<QString> &value,
                                             const QString &reason)
{
    if (auto error = denied(Permission::ManageSettings))
        return *error;
    std::optional<QString> checked;
    if (value) {
        auto ok = SharedSettings::check(key, *value);
        if (!ok)
            return ok.error();
        checked = *ok;
    } else if (!SharedSettings::find(key)) {
        return SharedSettings::check(key, {}).error();
    }
    return m_db->write([&]() -> Result<void> {
        auto before = SharedSettings::load(*m_db);
        if (!before)
            return before.error();
        if (auto r = SharedSettings::store(*m_db, key, checked); !r)
            return r;
        AuditEntry entry = auditEntry(u"settings.set"_s, {}, reason);
        if (before->contains(key))
            entry.before = QJsonObject {{key, before->value(key)}};
        if (checked)
            entry.after = QJsonObject {{key, *checked}};
        return AuditLog(*m_db).append(entry);
    });
}

Result<void> TenantManager::initDatabaseRoles()
{
    if (auto error = denied(Permission::ManageOperators))
        return *error;
    if (m_db->backend() != Backend::Postgres)
        return DatabaseRoles::initialise(*m_db); // explains why not
    auto operators = OperatorRepository(*m_db).list();
    if (!operators)
        return operators.error();
    return m_db->write([&]() -> Result<void> {
        if (auto r = DatabaseRoles::initialise(*m_db); !r)
            return r;
        // Every registered operator's login joins its role's group.
        for (const Operator &op : *operators) {
            if (op.name == m_db->login())
                continue; // the owner keeps owning
            if (auto r = DatabaseRoles::assign(*m_db, op.name, op.role); !r)
                return r;
        }
        AuditEntry entry = auditEntry(u"database.init-roles"_s, {}, {});
        QJsonObject groups;
        for (OperatorRole role : allRoles())
            groups.insert(roleId(role), DatabaseRoles::groupRole(*m_db, role));
        entry.after = QJsonObject {{u"groups"_s, groups}};
        return AuditLog(*m_db).append(entry);
    });
}

Result<SampleFleetResult>
TenantManager::generateSampleFleet(int count, quint64 seed,
                                   const std::function<bool(qint64, qint64)> &progress)
{
    if (auto error = denied(Permission::GenerateSampleFleet))
        return *error;
    if (count < 1 || count > maxSampleFleet)
        return Error::invalid(
            u"tenants"_s,
            tr("the number of tenants must be between 1 and %L1").arg(maxSampleFleet));
    QElapsedTimer timer;
    timer.start();
    QList<Tenant> fleet
        = SampleFleet::generate(*m_catalog, count, seed, m_clock.now(), m_operator.name);
    // Each starts from its tier's template (stored once per tier below).
    QHash<QString, QString> templateSha256;
    for (const Tier &tier : m_catalog->tiers()) {
        if (const TemplateInfo *t
            = m_engine->shippedTemplate(ConfigEngine::tierTemplateName(tier.name)))
            templateSha256.insert(tier.name, t->sha256);
    }
    for (Tenant &t : fleet)
        t.configurationSha256 = templateSha256.value(t.tier);
    qCDebug(lcFleet) << "generated" << count << "tenants in" << timer.restart() << "ms";
    SampleFleetResult result;
    result.requested = count;
    auto written = m_db->write([&]() -> Result<void> {
        for (const Tier &tier : m_catalog->tiers()) {
            const TemplateInfo *t
                = m_engine->shippedTemplate(ConfigEngine::tierTemplateName(tier.name));
            if (auto r = ConfigurationRepository(*m_db).storeTemplateText(t->text); !r)
                return r.error();
        }
        auto inserted = TenantRepository(*m_db).insertMany(
            fleet, [&](qint64 done) { return !progress || progress(done, count); });
        if (!inserted)
            return inserted.error();
        result.inserted = *inserted;
        result.skipped = count - *inserted;
        // Usage histories for the first active tenants (a few near or over a limit).
        const QList<int> withUsage = SampleUsage::chosen(fleet, kSampleUsageTenants);
        UsageRepository usage(*m_db);
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        for (qsizetype n = 0; n < withUsage.size(); ++n) {
            const Tenant &tenant = fleet.at(withUsage.at(n));
            const int pressure = n % 8 == 0 ? 2 : n % 8 == 1 ? 1 : 0;
            const auto histories
                = SampleUsage::generate(*m_catalog, tenant, pressure, seed, now, kSampleUsageDays);
            for (const QString &metric : UsageMetric::builtin()) {
                auto series = usage.series(tenant.id, metric, true);
                if (!series)
                    return series.error();
                if (auto stored = usage.store(**series, histories.value(metric)); !stored)
                    return stored.error();
            }
        }
        qCDebug(lcFleet) << "usage histories for" << withUsage.size() << "tenants in"
                         << timer.restart() << "ms";
        // One audit entry for the whole operation: what was generated, with which seed.
        AuditEntry entry = auditEntry(u"fleet.generate"_s, {}, u"sample fleet"_s);
        entry.after = QJsonObject {{u"requested"_s, count},
                                   {u"inserted"_s, result.inserted},
                                   {u"skipped_existing"_s, result.skipped},
                                   {u"seed"_s, QString::number(seed)}};
        return AuditLog(*m_db).append(entry);
    });
    qCDebug(lcFleet) << "stored them in" << timer.elapsed() << "ms";
    if (!written)
        return written.error();
    return result;
}

} // namespace Tenancy
