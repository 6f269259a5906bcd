#pragma once

#include "ConfigRevision.h"
#include "ConfigTemplate.h"
#include "JsonSchema.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <functional>
#include <memory>
#include <optional>

namespace Tenancy {

class Catalog;
class JsonLocator;
struct Tenant;

// Several problems as one error: the first one's field, every message (prefixed by its path)
// under what, one per line.
Error combinedError(const QString &what, const QList<Error> &problems);

// A template in the library: shipped with the application (resources/templates), or saved by
// an operator (numbered versions in the database).
struct TemplateInfo
{
    QString name; // "professional_init", or an operator's name
    QString version; // shipped: its _metadata.template_version; saved: "1", "2", ...
    bool shipped = false;
    QString text;
    QString sha256;
    QString note;
    QDateTime savedAt; // saved templates
    QString savedBy;
    QJsonObject toJson(bool withText) const;
};

// The configuration rules without storage: the schema, the shipped templates, how a revision
// becomes a document, and what makes a document acceptable. Immutable once loaded (the parsed
// template cache is guarded), shared by every TenantManager of a process.
class ConfigEngine
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::ConfigEngine)

public:
    // Loads the schema and the shipped templates from directory (default: the resources
    // built into the application); every shipped template must check clean.
    // Rules beyond the schema that other parts of the core contribute (the security
    // policies' cross-field checks; the reason a value is refused): config/ does not depend
    // on them, the façade wires them in.
    struct Extension
    {
        // Problems of a whole document (fields: JSON Pointers).
        std::function<QList<Error>(const QJsonObject &document)> check;
        // Why the value at pointer is refused, said in place of the schema's own message.
        std::function<std::optional<QString>(const QString &pointer, const QJsonValue &value)>
            refusal;
    };
    static Result<std::shared_ptr<const ConfigEngine>>
    load(std::shared_ptr<const Catalog> catalog, const QString &directory = builtinDirectory(),
         const Extension &extension = {});
    static QString builtinDirectory();

    const Catalog &catalog() const { return *m_catalog; }
    const JsonSchema &schema() const { return m_schema; }
    const QList<TemplateInfo> &shippedTemplates() const { return m_shipped; }
    const TemplateInfo *shippedTemplate(const QString &name) const;
    static QString tierTemplateName(const QString &tier) { return tier + u"_init"; }

    // The values a tenant's first configuration is rendered with: its id, name and region,
    // and the functions' results at `at` (its creation): current_timestamp(),
    // trial_expiry_date() (the tier's trial days later) and subscription_end_date() (its
    // term later).
    QJsonObject variablesFor(const QString &id, const QString &name, const QString &region,
                             const QString &tier, const QDateTime &at) const;
    static TemplateValues templateValues(const QJsonObject &variables);

    // The document of a revision: its template rendered with its variables (a schema v2
    // configuration: the tier's shipped template with it over /configuration), then its
    // overrides. Errors name the template's line and column when the template is at fault.
    Result<QJsonObject> render(const ConfigRevision &revision, const QString &tier) const;
    // Only the template layer (no overrides).
    Result<QJsonObject> renderTemplate(const ConfigRevision &revision, const QString &tier) const;

    // Problems with a document for a tenant of tier: schema violations (field: JSON Pointer),
    // limits above the tier's (overrides), a tier or tenant id that does not match.
    QList<Error> check(const QJsonObject &document, const QString &tenantId, const QString &tier,
                       const QList<ConfigOverride> &overrides) const;

    // A template text as an editor or `template validate` sees it: syntax issues, then the
    // schema's verdict on it rendered with sample values, each at its line and column.
    QList<Error> checkTemplateText(const QString &text) const;
    // Sample values for previews and checks: tenant "acme", "Acme Corporation", eu-west-1.
    QJsonObject sampleVariables(const QString &tier = QString()) const; // default: professional

    // A tenant's first configuration (revision 0): text (its template, or for legacy, its
    // schema v2 configuration) rendered with the tenant's id, name, region and the functions
    // at its creation; the compliance frameworks it was created with are an override.
    ConfigRevision initialRevision(const Tenant &tenant, const QString &text, bool legacy) const;

    // The configuration a new tenant starts with: tmpl rendered for it and, when overrides
    // are given, revision 1 with them above (created by tenant.updatedBy). The document is
    // checked: problems name their JSON Pointer (or "template" for the template's own).
    struct FirstConfiguration
    {
        ConfigRevision revision;
        QJsonObject document;
    };
    Result<FirstConfiguration>
    firstConfiguration(const Tenant &tenant, const TemplateInfo &tmpl,
                       const QList<std::pair<QString, QJsonValue>> &overrides) const;

    // `--set PATH=VALUE` assignments as overrides of layer: each path resolved and its value
    // checked against the schema; every problem is reported (combinedError).
    Result<QList<ConfigOverride>> resolveOverrides(const QList<std::pair<QString, QJsonValue>> &set,
                                                   ConfigLayer layer) const;

    // An override's dotted path as a JSON Pointer: under configuration first, then from the
    // root; unknown paths suggest the nearest valid one.
    Result<QString> resolvePath(const QString &dotted) const;
    // Checks one override's value against the schema at its path.
    QList<Error> checkOverride(const ConfigOverride &override) const;

private:
    ConfigEngine() = default;
    Result<ConfigTemplate> parsed(const QString &text) const;
    // The schema's verdict and the extension's on a document; locator, when given, places
    // each problem in the template text.
    QList<Error> documentProblems(const QJsonObject &document,
                                  const JsonLocator *locator = nullptr) const;
    QList<Error> checkDocument(const QJsonObject &document, const JsonLocator *locator) const;
    void explain(QList<Error> &errors, const QJsonValue &root, const QString &rootPointer) const;

    std::shared_ptr<const Catalog> m_catalog;
    JsonSchema m_schema;
    QList<TemplateInfo> m_shipped;
    QStringList m_knownPaths; // short forms for suggestions
    Extension m_extension;
    mutable QMutex m_cacheLock;
    mutable QHash<QString, ConfigTemplate> m_cache; // by text
    // The last documents checked without a locator and their problems, newest last:
    // provisioning checks the same document when its job starts, at validation and at
    // verification (the engine is shared by the threads that provision at once).
    mutable QList<std::pair<QJsonObject, QList<Error>>> m_lastChecked;
};

} // namespace Tenancy
