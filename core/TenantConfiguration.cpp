// TenantManager: tenants' configurations (templates, overrides, revisions, the library).
#include "Logging.h"
#include "TenantManager.h"
#include "model/TenantValidation.h"
#include "store/ConfigurationRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tenancy {

Result<Tenant> TenantManager::findTenant(const QString &id)
{
    if (auto e = TenantValidation::checkId(id))
        return Error::make(ErrorCode::NotFound,
                           tr("no tenant with id \"%1\" (%2)").arg(id, e->message));
    auto found = TenantRepository(*m_db).find(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(ErrorCode::NotFound, tr("no tenant with id \"%1\"").arg(id));
    return **found;
}

Result<ConfigRevision> TenantManager::revisionZero(const Tenant &tenant)
{
    auto text = ConfigurationRepository(*m_db).text(tenant.configurationSha256);
    if (!text)
        return text.error();
    if (!*text) {
        return Error::make(ErrorCode::Storage,
                           tr("tenant \"%1\": its first configuration (%2) is missing from the "
                              "database")
                               .arg(tenant.id, tenant.configurationSha256));
    }
    return m_engine->initialRevision(tenant, (*text)->text, (*text)->kind != u"template"_s);
}

Result<ConfigRevision> TenantManager::currentRevision(const Tenant &tenant)
{
    if (tenant.configurationRevision == 0)
        return revisionZero(tenant);
    auto r = ConfigurationRepository(*m_db).revision(tenant.id, tenant.configurationRevision);
    if (!r)
        return r.error();
    if (!*r) {
        return Error::make(ErrorCode::Storage,
                           tr("tenant \"%1\": configuration revision %2 is missing")
                               .arg(tenant.id)
                               .arg(tenant.configurationRevision));
    }
    return **r;
}

Result<ConfigurationState> TenantManager::configuration(const QString &id)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    auto tenant = findTenant(id);
    if (!tenant)
        return tenant.error();
    auto revision = currentRevision(*tenant);
    if (!revision)
        return revision.error();
    auto document = m_engine->render(*revision, tenant->tier);
    if (!document) {
        Error e = document.error();
        e.message = tr("tenant \"%1\": configuration revision %2 cannot be rendered: %3")
                        .arg(id)
                        .arg(revision->revision)
                        .arg(e.message);
        return e;
    }
    ConfigurationState state {*tenant, *revision, *document};
    state.tenant.configuration = state.document;
    return state;
}

QList<ProvenanceEntry> TenantManager::provenanceOf(const ConfigurationState &state) const
{
    return provenance(state.document, tierDefaultsDocument(*m_catalog, state.tenant.tier),
                      state.revision.overrides);
}

Result<QList<ConfigRevision>> TenantManager::configurationHistory(const QString &id)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    auto tenant = findTenant(id);
    if (!tenant)
        return tenant.error();
    auto zero = revisionZero(*tenant);
    if (!zero)
        return zero.error();
    auto later = ConfigurationRepository(*m_db).revisions(id);
    if (!later)
        return later.error();
    QList<ConfigRevision> all {*zero};
    all.append(*later);
    return all;
}

Result<TemplateInfo> TenantManager::findTemplate(const QString &name)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    const qsizetype at = name.lastIndexOf(u'@');
    const QString base = at > 0 ? name.left(at) : name;
    const QString version = at > 0 ? name.mid(at + 1) : QString();
    auto saved = ConfigurationRepository(*m_db).savedTemplates();
    if (!saved)
        return saved.error();
    std::optional<TemplateInfo> found;
    for (const auto &s : *saved) {
        if (s.name != base || (!version.isEmpty() && QString::number(s.version) != version))
            continue;
        found = TemplateInfo {
            s.name,   QString::number(s.version), false, s.text, s.sha256, s.note, s.savedAt,
            s.savedBy};
    }
    if (found)
        return *found;
    if (const TemplateInfo *shipped = m_engine->shippedTemplate(base);
        shipped && (version.isEmpty() || version == shipped->version)) {
        return *shipped;
    }
    QStringList names;
    for (const TemplateInfo &t : m_engine->shippedTemplates())
        names << t.name;
    for (const auto &s : *saved) {
        if (!names.contains(s.name))
            names << s.name;
    }
    const QString near = Overrides::nearest(base, names);
    Error e = Error::make(
        ErrorCode::NotFound,
        near.isEmpty() ? tr("no template \"%1\" (templates: %2)").arg(name, names.join(u", "_s))
                       : tr("no template \"%1\"; did you mean \"%2\"?").arg(name, near));
    e.field = u"template"_s;
    return e;
}

Result<QList<TemplateInfo>> TenantManager::templates()
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    auto saved = ConfigurationRepository(*m_db).savedTemplates();
    if (!saved)
        return saved.error();
    QList<TemplateInfo> all = m_engine->shippedTemplates();
    for (const auto &s : *saved) {
        all.append({s.name, QString::number(s.version), false, s.text, s.sha256, s.note, s.savedAt,
                    s.savedBy});
    }
    return all;
}

Result<TemplateInfo> TenantManager::saveTemplate(const QString &name, const QString &text,
                                                 const QString &note)
{
    if (auto error = denied(Permission::ManageTemplates))
        return *error;
    static const QRegularExpression valid(u"^[a-z][a-z0-9_]{0,62}$"_s);
    if (!valid.match(name).hasMatch()) {
        return Error::invalid(u"name"_s,
                              tr("a template name is 1-63 lowercase letters, digits "
                                 "and underscores, starting with a letter"));
    }
    if (m_engine->shippedTemplate(name)) {
        return Error::invalid(u"name"_s,
                              tr("\"%1\" is a shipped template; save your version "
                                 "under another name")
                                  .arg(name));
    }
    if (const QList<Error> problems = m_engine->checkTemplateText(text); !problems.isEmpty())
        return combinedError(tr("the template is not valid"), problems);
    Result<int> version = 0;
    auto written = m_db->write([&]() -> Result<void> {
        version = ConfigurationRepository(*m_db).saveTemplate(name, text, note, m_clock.now(),
                                                              m_operator.name);
        if (!version)
            return version.error();
        AuditEntry entry = auditEntry(u"template.save"_s, {}, note);
        entry.after = QJsonObject {{u"template"_s, name},
                                   {u"version"_s, *version},
                                   {u"sha256"_s, ConfigurationRepository::sha256Of(text)}};
        return AuditLog(*m_db).append(entry);
    });
    if (!written)
        return written.error();
    return findTemplate(name + u'@' + QString::number(*version));
}

Result<QJsonObject> TenantManager::renderTemplate(const QString &text, const QString &tenantId,
                                                  const QJsonObject &variables,
                                                  const QList<std::pair<QString, QJsonValue>> &set)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    ConfigRevision r;
    r.templateText = text;
    QString tier;
    if (tenantId.isEmpty()) {
        tier = QJsonDocument::fromJson(text.toUtf8()).object().value(u"tier"_s).toString();
        r.variables = m_engine->sampleVariables(m_catalog->tier(tier) ? tier : QString());
    } else {
        auto state = configuration(tenantId);
        if (!state)
            return state.error();
        tier = state->tenant.tier;
        r.variables = state->revision.variables;
    }
    for (auto it = variables.begin(); it != variables.end(); ++it)
        r.variables.insert(it.key(), it.value());
    auto overrides = m_engine->resolveOverrides(set, ConfigLayer::TenantOverride);
    if (!overrides)
        return overrides.error();
    r.overrides = *overrides;
    return m_engine->render(r, tier);
}

Result<ConfigChangeResult> TenantManager::applyConfiguration(const ConfigChangeRequest &request)
{
    if (auto error
        = denied(request.dryRun ? Permission::ReadTenants : Permission::EditConfiguration)) {
        return *error;
    }
    if (!request.dryRun && request.reason.trimmed().isEmpty())
        return Error::invalid(u"reason"_s, tr("a reason is required (it goes into the audit log)"));
    auto state = configuration(request.tenantId);
    if (!state)
        return state.error();
    if (request.expectedVersion && *request.expectedVersion != state->tenant.version)
        return staleError(request.tenantId, *request.expectedVersion);

    ConfigRevision next = state->revision;
    next.action = u"apply"_s;
    next.basedOn = -1;
    if (!request.templateName.isEmpty() || !request.templateText.isNull()) {
        TemplateInfo tmpl;
        if (!request.templateName.isEmpty()) {
            auto found = findTemplate(request.templateName);
            if (!found)
                return found.error();
            tmpl = *found;
        } else {
            if (const QList<Error> problems = m_engine->checkTemplateText(request.templateText);
                !problems.isEmpty()) {
                // FILE:LINE:COL: message, as `template validate` prints them.
                const QString source = request.templateSource.isEmpty() ? tr("the template")
                                                                        : request.templateSource;
                QStringList lines;
                for (const Error &p : problems) {
                    const QString where
                        = p.field.startsWith(u'/') ? pointerToDotted(p.field) : QString();
                    lines << tr("%1:%2:%3: %4")
                                 .arg(source)
                                 .arg(p.line)
                                 .arg(p.column)
                                 .arg(where.isEmpty() || p.message.startsWith(where)
                                          ? p.message
                                          : where + u": "_s + p.message);
                }
                Error e = problems.first();
                e.message = lines.join(u'\n');
                return e;
            }
            tmpl.text = request.templateText;
            tmpl.sha256 = ConfigurationRepository::sha256Of(tmpl.text);
            const QJsonObject metadata = QJsonDocument::fromJson(tmpl.text.toUtf8())
                                             .object()
                                             .value(u"_metadata"_s)
                                             .toObject();
            tmpl.name = request.templateSource.isEmpty() ? u"file"_s : request.templateSource;
            tmpl.version = metadata.value(u"template_version"_s).toString();
        }
        next.legacy = false;
        next.templateName = tmpl.name;
        next.templateVersion = tmpl.version;
        next.templateText = tmpl.text;
        next.templateSha256 = tmpl.sha256;
    }
    for (const QString &path : request.unset) {
        auto pointer = m_engine->resolvePath(path);
        if (!pointer)
            return pointer.error();
        const auto before = next.overrides.size();
        next.overrides.removeIf([&](const ConfigOverride &o) { return o.pointer == *pointer; });
        if (next.overrides.size() == before) {
            return Error::invalid(path,
                                  tr("%1 has no override to remove (it comes from the "
                                     "template or the tier)")
                                      .arg(pointerToDotted(*pointer)));
        }
    }
    auto sets = m_engine->resolveOverrides(request.set, request.layer);
    if (!sets)
        return sets.error();
    for (const ConfigOverride &o : *sets)
        Overrides::upsert(next.overrides, o);
    next.reason = request.reason;
    return writeRevision(state->tenant, state->revision, next, request.expectedVersion,
                         request.dryRun);
}

Result<ConfigChangeResult> TenantManager::rollbackConfiguration(const QString &id, int toRevision,
                                                                const QString &reason,
                                                                std::optional<int> expectedVersion,
                                                                bool dryRun)
{
    if (auto error = denied(dryRun ? Permission::ReadTenants : Permission::EditConfiguration))
        return *error;
    if (!dryRun && reason.trimmed().isEmpty())
        return Error::invalid(u"reason"_s, tr("a reason is required (it goes into the audit log)"));
    auto state = configuration(id);
    if (!state)
        return state.error();
    if (expectedVersion && *expectedVersion != state->tenant.version)
        return staleError(id, *expectedVersion);
    if (toRevision < 0 || toRevision > state->tenant.configurationRevision) {
        return Error::invalid(u"revision"_s,
                              tr("tenant \"%1\" has revisions 0 to %2; there is no revision %3")
                                  .arg(id)
                                  .arg(state->tenant.configurationRevision)
                                  .arg(toRevision));
    }
    if (toRevision == state->tenant.configurationRevision) {
        Error e
            = Error::invalid(u"revision"_s, tr("revision %1 is the current one").arg(toRevision));
        e.code = ErrorCode::NotAllowed;
        return e;
    }
    Result<ConfigRevision> target
        = toRevision == 0 ? revisionZero(state->tenant) : [&]() -> Result<ConfigRevision> {
        auto r = ConfigurationRepository(*m_db).revision(id, toRevision);
        if (!r)
            return r.error();
        if (!*r)
            return Error::make(ErrorCode::NotFound, tr("no revision %1").arg(toRevision));
        return **r;
    }();
    if (!target)
        return target.error();
    // (A schema v2 configuration stays what it is: the revision points at the same stored
    // document.)
    ConfigRevision next = *target;
    next.action = u"rollback"_s;
    next.basedOn = toRevision;
    next.reason = reason;
    return writeRevision(state->tenant, state->revision, next, expectedVersion, dryRun);
}

Result<ConfigChangeResult>
TenantManager::writeRevision(const Tenant &tenant, const ConfigRevision &from, ConfigRevision to,
                             std::optional<int> expectedVersion, bool dryRun)
{
    auto before = m_engine->render(from, tenant.tier);
    if (!before)
        return before.error();
    auto after = m_engine->render(to, tenant.tier);
    if (!after)
        return after.error();
    if (const QList<Error> problems = m_engine->check(*after, tenant.id, tenant.tier, to.overrides);
        !problems.isEmpty()) {
        return combinedError(tr("the configuration would not be valid"), problems);
    }
    ConfigChangeResult result;
    result.before = *before;
    result.document = *after;
    result.changes = diffJson(*before, *after);
    result.tenant = tenant;
    to.revision = tenant.configurationRevision + 1;
    to.createdAt = m_clock.now();
    to.createdBy = m_operator.name;
    result.revision = to;
    if (dryRun)
        return result;

    const int expected = expectedVersion.value_or(tenant.version);
    Tenant updated = tenant;
    updated.configurationRevision = to.revision;
    updated.updatedAt = to.createdAt;
    updated.updatedBy = m_operator.name;
    auto written = m_db->write([&]() -> Result<void> {
        ConfigurationRepository configurations(*m_db);
        if (!to.legacy) {
            if (auto sha256 = configurations.storeTemplateText(to.templateText); !sha256)
                return sha256.error();
        }
        auto stored = TenantRepository(*m_db).update(updated, expected);
        if (!stored)
            return stored.error();
        if (!*stored)
            return staleError(tenant.id, expected);
        if (auto r = configurations.insertRevision(tenant.id, to); !r)
            return r;
        AuditEntry entry = auditEntry(u"configuration."_s + to.action, tenant.id, to.reason);
        // What it is about, when it is one value (the audit view filters and shows it).
        if (result.changes.size() == 1)
            entry.target = pointerToDotted(result.changes.first().pointer);
        entry.before = QJsonObject {{u"revision"_s, from.revision},
                                    {u"values"_s, changedValues(result.changes, false)}};
        QJsonObject afterJson {{u"revision"_s, to.revision},
                               {u"template"_s, to.templateName},
                               {u"template_version"_s, to.templateVersion},
                               {u"values"_s, changedValues(result.changes, true)}};
        if (to.basedOn >= 0)
            afterJson.insert(u"based_on"_s, to.basedOn);
        entry.after = afterJson;
        return AuditLog(*m_db).append(entry);
    });
    if (!written)
        return written.error();
    updated.version = expected + 1;
    updated.configuration = *after;
    result.tenant = updated;
    result.written = true;
    qCInfo(lcTenants) << "configuration of" << tenant.id << "now at revision" << to.revision;
    return result;
}

} // namespace Tenancy
