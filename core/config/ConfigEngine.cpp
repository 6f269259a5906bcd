#include "ConfigEngine.h"

#include "ConfigDiff.h"
#include "JsonLocator.h"
#include "model/Catalog.h"
#include "model/Tenant.h"
#include "store/ConfigurationRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

const QString kSchemaFile = u"schema/tenant-configuration.schema.json"_s;

QString readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

Error combinedError(const QString &what, const QList<Error> &problems)
{
    if (problems.size() == 1) {
        Error e = problems.first();
        if (!e.field.isEmpty() && e.field.startsWith(u'/') && !e.message.contains(u": "_s))
            e.message = pointerToDotted(e.field) + u": "_s + e.message;
        return e;
    }
    QStringList lines;
    for (const Error &p : problems) {
        const QString where = p.field.startsWith(u'/') ? pointerToDotted(p.field) : p.field;
        lines << (where.isEmpty() || p.message.startsWith(where) ? p.message
                                                                 : where + u": "_s + p.message);
    }
    Error e = problems.first();
    e.message = what + u":\n  "_s + lines.join(u"\n  "_s);
    return e;
}

QJsonObject TemplateInfo::toJson(bool withText) const
{
    QJsonObject o {{u"name"_s, name},
                   {u"version"_s, version},
                   {u"source"_s, shipped ? u"shipped"_s : u"saved"_s},
                   {u"sha256"_s, sha256}};
    if (!shipped) {
        o.insert(u"note"_s, note);
        o.insert(u"saved_at"_s, toIsoUtc(savedAt));
        o.insert(u"saved_by"_s, savedBy);
    }
    if (withText)
        o.insert(u"text"_s, text);
    return o;
}

QString ConfigEngine::builtinDirectory()
{
    return u":/tenancy"_s;
}

Result<std::shared_ptr<const ConfigEngine>>
ConfigEngine::load(std::shared_ptr<const Catalog> catalog, const QString &directory,
                   const Extension &extension)
{
    std::shared_ptr<ConfigEngine> engine(new ConfigEngine);
    engine->m_extension = extension;
    engine->m_catalog = std::move(catalog);
    const QString schemaPath = QDir(directory).filePath(kSchemaFile);
    auto schema = JsonSchema::loadFile(schemaPath);
    if (!schema)
        return schema.error();
    engine->m_schema = *schema;
    for (const QString &path : engine->m_schema.knownPaths())
        engine->m_knownPaths << (path.startsWith(u"configuration."_s) ? path.mid(14) : path);

    // A template for every tier (and any other shipped one), each checked as an editor would.
    const QDir templates(QDir(directory).filePath(u"templates"_s));
    QStringList files = templates.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const Tier &tier : engine->m_catalog->tiers()) {
        if (!files.contains(tierTemplateName(tier.name) + u".json"_s)) {
            return Error::make(ErrorCode::Catalog,
                               tr("%1: no template for the %2 tier (%3.json)")
                                   .arg(templates.path(), tier.name, tierTemplateName(tier.name)));
        }
    }
    for (const QString &file : files) {
        QString error;
        const QString path = templates.filePath(file);
        const QString text = readFile(path, &error);
        if (!error.isEmpty())
            return Error::make(ErrorCode::Catalog, tr("%1: %2").arg(path, error));
        const QList<Error> issues = engine->checkTemplateText(text);
        if (!issues.isEmpty()) {
            const Error &first = issues.first();
            return Error::make(
                ErrorCode::Catalog,
                tr("%1:%2:%3: %4").arg(path).arg(first.line).arg(first.column).arg(first.message));
        }
        TemplateInfo info;
        info.name = file.chopped(5);
        info.shipped = true;
        info.text = text;
        info.sha256 = ConfigurationRepository::sha256Of(text);
        const QJsonObject metadata
            = QJsonDocument::fromJson(text.toUtf8()).object().value(u"_metadata"_s).toObject();
        info.version = metadata.value(u"template_version"_s).toString();
        engine->m_shipped.append(info);
    }
    return std::shared_ptr<const ConfigEngine>(engine);
}

const TemplateInfo *ConfigEngine::shippedTemplate(const QString &name) const
{
    for (const TemplateInfo &t : m_shipped) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QJsonObject ConfigEngine::variablesFor(const QString &id, const QString &name,
                                       const QString &region, const QString &tier,
                                       const QDateTime &at) const
{
    const Tier *t = m_catalog->tier(tier);
    const QDateTime now = at.toUTC();
    return {
        {u"tenant_id"_s, id},
        {u"tenant_name"_s, name},
        {u"data_residency_region"_s, region},
        {u"current_timestamp"_s, toIsoUtc(now)},
        {u"trial_expiry_date"_s, toIsoUtc(now.addDays(t ? t->trialDays : 0))},
        {u"subscription_end_date"_s, toIsoUtc(now.addMonths(t ? t->subscriptionTermMonths : 1))}};
}

TemplateValues ConfigEngine::templateValues(const QJsonObject &variables)
{
    TemplateValues values;
    const QStringList &functions = ConfigTemplate::functionNames();
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        if (functions.contains(it.key()))
            values.functions.insert(it.key(), it.value().toString());
        else
            values.variables.insert(it.key(), it.value().toString());
    }
    return values;
}

QJsonObject ConfigEngine::sampleVariables(const QString &tier) const
{
    return variablesFor(u"acme"_s, u"Acme Corporation"_s, u"eu-west-1"_s,
                        tier.isEmpty() ? u"professional"_s : tier,
                        QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
}

Result<ConfigTemplate> ConfigEngine::parsed(const QString &text) const
{
    QMutexLocker locker(&m_cacheLock);
    auto it = m_cache.constFind(text);
    if (it == m_cache.constEnd()) {
        if (m_cache.size() > 64)
            m_cache.clear();
        it = m_cache.insert(text, ConfigTemplate::parse(text));
    }
    if (!it->isValid())
        return it->issues().first();
    return *it;
}

Result<QJsonObject> ConfigEngine::renderTemplate(const ConfigRevision &revision,
                                                 const QString &tier) const
{
    QString text = revision.templateText;
    QJsonObject stored;
    if (revision.legacy) {
        // A configuration stored by schema v2: the tier's template around it.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            return Error::make(
                ErrorCode::Storage,
                tr("the stored configuration is not a JSON object (%1)").arg(error.errorString()));
        }
        stored = doc.object();
        const TemplateInfo *shipped = shippedTemplate(tierTemplateName(tier));
        if (!shipped)
            return Error::make(ErrorCode::Catalog, tr("no template for the %1 tier").arg(tier));
        text = shipped->text;
    }
    auto tmpl = parsed(text);
    if (!tmpl)
        return tmpl.error();
    const TemplateValues values = templateValues(revision.variables);
    auto rendered = tmpl->renderDocument(values);
    if (!rendered && rendered.error().line > 0)
        return rendered.error(); // an undefined variable or function, at its placeholder
    if (!rendered) {
        // Not a JSON object once rendered (a template without a skeleton): say where in the
        // output.
        const QByteArray output = *tmpl->render(values);
        QJsonParseError error;
        QJsonDocument::fromJson(output, &error);
        const JsonPosition at = JsonLocator::positionOfUtf8Offset(output, error.offset);
        return Error::at(QString(),
                         tr("the rendered template is not a JSON object: %1 (line %2, column %3 "
                            "of the output)")
                             .arg(error.errorString())
                             .arg(at.line)
                             .arg(at.column),
                         0, 0);
    }
    QJsonObject document = std::move(rendered).value();
    if (revision.legacy) {
        document.insert(u"configuration"_s,
                        mergeJson(document.value(u"configuration"_s).toObject(), stored));
    }
    return document;
}

Result<QJsonObject> ConfigEngine::render(const ConfigRevision &revision, const QString &tier) const
{
    auto document = renderTemplate(revision, tier);
    if (!document)
        return document;
    return Overrides::apply(std::move(document).value(), revision.overrides);
}

QList<Error> ConfigEngine::check(const QJsonObject &document, const QString &tenantId,
                                 const QString &tier, const QList<ConfigOverride> &overrides) const
{
    QList<Error> errors = documentProblems(document);
    if (document.value(u"tier"_s).toString() != tier) {
        errors.append(
            Error::invalid(u"/tier"_s,
                           tr("the document is for the %1 tier; the tenant is on the %2 tier")
                               .arg(document.value(u"tier"_s).toString(), tier)));
    }
    if (!tenantId.isEmpty() && document.value(u"tenant_id"_s).toString() != tenantId) {
        errors.append(
            Error::invalid(u"/tenant_id"_s,
                           tr("the document is for tenant \"%1\", not \"%2\"")
                               .arg(document.value(u"tenant_id"_s).toString(), tenantId)));
    }
    if (auto r = Overrides::checkTierLimits(*m_catalog, tier, overrides); !r)
        errors.append(r.error());
    return errors;
}

QList<Error> ConfigEngine::checkTemplateText(const QString &text) const
{
    const ConfigTemplate tmpl = ConfigTemplate::parse(text);
    if (!tmpl.isValid())
        return tmpl.issues();
    // Where each value stands in the template text (placeholders sit inside strings, so the
    // text is lexically JSON), to put the rendered document's problems on its lines.
    const JsonLocator locator(text);
    QList<Error> errors = locator.duplicateKeys();
    const QString tier = [&] {
        const QJsonObject doc = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString t = doc.value(u"tier"_s).toString();
        return m_catalog->tier(t) ? t : QString();
    }();
    // Each unknown variable is reported once, then stood in for by a sample value so the
    // rest of the template is still checked.
    TemplateValues values = templateValues(sampleVariables(tier));
    auto rendered = tmpl.render(values);
    for (int unknown = 0; !rendered && unknown < 100; ++unknown) {
        const Error e = rendered.error();
        errors.append(e);
        if (e.field.isEmpty() || values.variables.contains(e.field)
            || ConfigTemplate::functionNames().contains(e.field)) {
            return errors;
        }
        values.variables.insert(e.field, u"sample"_s);
        rendered = tmpl.render(values);
    }
    if (!rendered)
        return errors;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*rendered, &error);
    if (error.error != QJsonParseError::NoError) {
        // The template's own syntax: find it in the text itself.
        auto parsedText = JsonLocator::parse(text);
        if (!parsedText) {
            errors.append(parsedText.error());
        } else {
            errors.append(Error::at(
                QString(), tr("not JSON once rendered: %1").arg(error.errorString()), 1, 1, 0));
        }
        return errors;
    }
    if (!doc.isObject()) {
        errors.append(Error::at(QString(), tr("a template must be a JSON object"), 1, 1, 0));
        return errors;
    }
    errors.append(documentProblems(doc.object(), &locator));
    std::stable_sort(errors.begin(), errors.end(), [](const Error &a, const Error &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return errors;
}

Result<QString> ConfigEngine::resolvePath(const QString &dotted) const
{
    const QStringList segments = dotted.split(u'.');
    if (dotted.trimmed().isEmpty() || segments.contains(QString())) {
        return Error::invalid(dotted,
                              tr("\"%1\" is not a path (names separated by dots, such as "
                                 "limits.max_users)")
                                  .arg(dotted));
    }
    for (const QStringList &candidate : {QStringList {u"configuration"_s} + segments, segments}) {
        QString pointer;
        for (const QString &s : candidate)
            pointer = pointerAppend(pointer, s);
        auto sub = m_schema.subschemaAt(pointer);
        if (sub && sub->isDeclared())
            return pointer;
    }
    const QString near = Overrides::nearest(dotted, m_knownPaths);
    return Error::invalid(dotted,
                          near.isEmpty()
                              ? tr("unknown path \"%1\"").arg(dotted)
                              : tr("unknown path \"%1\"; did you mean \"%2\"?").arg(dotted, near));
}

QList<Error> ConfigEngine::checkOverride(const ConfigOverride &override) const
{
    auto sub = m_schema.subschemaAt(override.pointer);
    if (!sub)
        return {sub.error()};
    QList<Error> errors = sub->validate(override.value);
    explain(errors, override.value, override.pointer);
    for (Error &e : errors)
        e.message = pointerToDotted(e.field) + u": "_s + e.message;
    return errors;
}

QList<Error> ConfigEngine::documentProblems(const QJsonObject &document,
                                            const JsonLocator *locator) const
{
    if (!locator) {
        constexpr qsizetype kept = 8;
        {
            // The same document again costs a comparison (none when it is the same object;
            // another document differs within its first keys).
            QMutexLocker lock(&m_cacheLock);
            for (const auto &[checked, problems] : std::as_const(m_lastChecked)) {
                if (checked == document)
                    return problems;
            }
        }
        QList<Error> errors = checkDocument(document, nullptr);
        QMutexLocker lock(&m_cacheLock);
        if (m_lastChecked.size() >= kept)
            m_lastChecked.removeFirst();
        m_lastChecked.append({document, errors});
        return errors;
    }
    return checkDocument(document, locator);
}

QList<Error> ConfigEngine::checkDocument(const QJsonObject &document,
                                         const JsonLocator *locator) const
{
    QList<Error> errors
        = locator ? m_schema.validate(document, *locator) : m_schema.validate(document);
    explain(errors, document, QString());
    if (m_extension.check) {
        for (Error e : m_extension.check(document)) {
            const bool known = std::any_of(errors.cbegin(), errors.cend(), [&](const Error &o) {
                return o.field == e.field && o.message == e.message;
            });
            if (known)
                continue;
            if (locator) {
                const JsonPosition at = locator->valuePosition(e.field);
                if (at.isValid())
                    e = Error::at(e.field, e.message, at.line, at.column, at.offset);
            }
            errors.append(e);
        }
    }
    return errors;
}

void ConfigEngine::explain(QList<Error> &errors, const QJsonValue &root,
                           const QString &rootPointer) const
{
    if (!m_extension.refusal)
        return;
    for (Error &e : errors) {
        if (!e.field.startsWith(rootPointer))
            continue;
        const QJsonValue value = valueAt(root, e.field.mid(rootPointer.size()));
        if (auto reason = m_extension.refusal(e.field, value))
            e.message = *reason;
    }
}

ConfigRevision ConfigEngine::initialRevision(const Tenant &tenant, const QString &text,
                                             bool legacy) const
{
    ConfigRevision r;
    r.revision = 0;
    r.templateSha256 = tenant.configurationSha256;
    r.templateText = text;
    r.legacy = legacy;
    if (legacy) {
        r.templateName = u"stored"_s;
        r.templateVersion = u"schema 2"_s;
    } else {
        // The name and version the template gives itself.
        const QJsonObject metadata
            = QJsonDocument::fromJson(text.toUtf8()).object().value(u"_metadata"_s).toObject();
        const QString type = metadata.value(u"template_type"_s).toString();
        r.templateName = type.startsWith(u"tenant_init_"_s)
            ? tierTemplateName(type.mid(12))
            : (type.isEmpty() ? tierTemplateName(tenant.tier) : type);
        r.templateVersion = metadata.value(u"template_version"_s).toString();
    }
    r.variables
        = variablesFor(tenant.id, tenant.name, tenant.region, tenant.tier, tenant.createdAt);
    if (!tenant.compliance.isEmpty()) {
        r.overrides.append({u"/configuration/compliance/frameworks"_s,
                            QJsonArray::fromStringList(tenant.compliance),
                            ConfigLayer::TenantOverride});
    }
    r.action = u"create"_s;
    r.createdAt = tenant.createdAt;
    r.createdBy = tenant.createdBy;
    return r;
}

Result<ConfigEngine::FirstConfiguration>
ConfigEngine::firstConfiguration(const Tenant &tenant, const TemplateInfo &tmpl,
                                 const QList<std::pair<QString, QJsonValue>> &overrides) const
{
    Tenant row = tenant;
    row.configurationSha256 = tmpl.sha256;
    row.configurationRevision = 0;
    FirstConfiguration first;
    first.revision = initialRevision(row, tmpl.text, false);
    if (!overrides.isEmpty()) {
        auto resolved = resolveOverrides(overrides, ConfigLayer::TenantOverride);
        if (!resolved)
            return resolved.error();
        for (const ConfigOverride &o : *resolved)
            Overrides::upsert(first.revision.overrides, o);
        first.revision.revision = 1;
        first.revision.templateName = tmpl.name;
        first.revision.templateVersion = tmpl.version;
        first.revision.reason = tr("overrides chosen at creation");
        first.revision.createdBy = tenant.updatedBy;
    }
    auto document = render(first.revision, tenant.tier);
    if (!document) {
        Error e = document.error();
        if (!renderTemplate(first.revision, tenant.tier)) {
            // The template's own fault, not an override's.
            e.field = u"template"_s;
            e.message = tr("template %1: %2").arg(tmpl.name, e.message);
        }
        return e;
    }
    const QList<Error> problems
        = check(*document, tenant.id, tenant.tier, first.revision.overrides);
    if (!problems.isEmpty())
        return combinedError(tr("the configuration would not be valid"), problems);
    first.document = *document;
    return first;
}

Result<QList<ConfigOverride>>
ConfigEngine::resolveOverrides(const QList<std::pair<QString, QJsonValue>> &set,
                               ConfigLayer layer) const
{
    QList<ConfigOverride> out;
    QList<Error> problems;
    for (const auto &[path, value] : set) {
        auto pointer = resolvePath(path);
        if (!pointer) {
            Error e = pointer.error();
            e.field = u"overrides"_s; // the path as typed names no field of the document
            problems.append(e);
            continue;
        }
        const ConfigOverride o {*pointer, value, layer};
        const QList<Error> bad = checkOverride(o);
        if (!bad.isEmpty()) {
            problems.append(bad);
            continue;
        }
        Overrides::upsert(out, o);
    }
    if (!problems.isEmpty())
        return combinedError(tr("the overrides are not valid"), problems);
    return out;
}

} // namespace Tenancy
