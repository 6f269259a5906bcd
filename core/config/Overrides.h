#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tenancy {

class Catalog;

// Which layer of a tenant's configuration set a value (its provenance), lowest first.
enum class ConfigLayer {
    TierDefault, // the catalog's value for the tenant's tier
    Template, // the template the configuration was rendered from
    TenantOverride, // `--set PATH=VALUE`, or chosen when the tenant was created
    OperatorEdit, // edited in the console's configuration tab
};
QString configLayerId(ConfigLayer layer); // "tier_default", "template", "override", "edit"
std::optional<ConfigLayer> configLayerFromId(const QString &id);

// One override: a value set at a path of the document, above the template.
struct ConfigOverride
{
    QString pointer; // resolved JSON Pointer, e.g. /configuration/limits/max_users
    QJsonValue value;
    ConfigLayer layer = ConfigLayer::TenantOverride;

    QString path() const; // dotted, as people write it: configuration.limits.max_users
    QJsonObject toJson() const;
    static Result<ConfigOverride> fromJson(const QJsonValue &json);
    friend bool operator==(const ConfigOverride &, const ConfigOverride &) = default;
};

// Parsing, resolving and applying overrides. The schema's known paths (dotted, with `*` for
// an array's items) say which paths exist; the catalog says how far a tier's limits go.
class Overrides
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::Overrides)

public:
    // "limits.max_users=500": the path and the value. The value is a JSON literal when it
    // parses as one (500, true, null, ["a"], {"k": 1}, "quoted"), else the text as a string.
    static Result<std::pair<QString, QJsonValue>> parseAssignment(const QString &text);
    static QJsonValue parseValue(const QString &text);

    // Resolves a dotted path: under `configuration` first, then from the document root. An
    // unknown path is an error that suggests the nearest valid one.
    static Result<QString> resolve(const QString &dotted, const QStringList &knownPaths);

    // Sets value at pointer in document, creating missing objects on the way; an array index
    // must exist (or be the array's size, to append).
    static Result<void> set(QJsonObject &document, const QString &pointer, const QJsonValue &value);
    // Removes the member at pointer; nothing when absent.
    static void remove(QJsonObject &document, const QString &pointer);

    // Applies overrides in order (a later one for the same path wins).
    static Result<QJsonObject> apply(QJsonObject document, const QList<ConfigOverride> &overrides);

    // Adds or replaces the override for its pointer (a value set again replaces the old one).
    static void upsert(QList<ConfigOverride> &overrides, const ConfigOverride &override);

    // A tier's limits can be lowered by an override, not raised, unless the tier is custom.
    static Result<void> checkTierLimits(const Catalog &catalog, const QString &tierName,
                                        const QList<ConfigOverride> &overrides);

    // The nearest of candidates to text (edit distance), or empty when none is close.
    static QString nearest(const QString &text, const QStringList &candidates);
};

} // namespace Tenancy
