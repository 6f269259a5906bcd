#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace Tenancy {

class JsonLocator;
struct JsonSchemaData;
struct JsonSchemaNode;

// A JSON Schema (draft 2020-12) validator, compiled once into a tree of nodes (regular
// expressions compiled at load) and then used for any number of documents.
//
// Supported keywords: $schema, $id (root only), $defs, $ref (local: "#", "#/$defs/name", any
// "#/json/pointer"), $comment, title, description, default, examples, deprecated, readOnly,
// writeOnly (annotations); type, enum, const; properties, required, additionalProperties,
// patternProperties, propertyNames, minProperties, maxProperties, dependentRequired,
// dependentSchemas; prefixItems, items, minItems, maxItems, uniqueItems, contains,
// minContains, maxContains; minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf;
// minLength, maxLength (in code points), pattern (ECMA-262 syntax as far as PCRE shares it;
// "$" means the end of the text, "\uXXXX" and Unicode "\s" are translated), format
// ("date-time", "email", "uri", "hostname" and "ipv4" are checked, other formats are
// annotations); allOf, anyOf, oneOf, not, if/then/else.
//
// Anything else in a schema (an unknown keyword, $anchor, $dynamicRef, unevaluated*, a
// remote $ref) is a load error: a constraint is never ignored silently.
class JsonSchema
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::JsonSchema)

public:
    class Subschema;

    // The schema `true`: every instance is valid.
    JsonSchema();

    // Compiles schema (an object, or a boolean schema). A load error has code Catalog (the
    // schema is shipped data), its field is the JSON Pointer of the offending keyword in the
    // schema, and the message names it as a "#/..." location.
    static Result<JsonSchema> load(const QJsonValue &schema);
    static Result<JsonSchema> load(const QJsonObject &schema) { return load(QJsonValue(schema)); }
    // Parses and compiles schema text; errors carry the line and column of the keyword.
    static Result<JsonSchema> loadText(const QString &text);
    // Reads a schema file (or a resource such as ":/tenancy/..."); errors name the file.
    static Result<JsonSchema> loadFile(const QString &path);

    QJsonValue source() const;

    // Every violation, each an Invalid error whose field is the JSON Pointer of the instance
    // location ("" for the root) and whose message says what was expected and what was found.
    // Errors are in the order the validator met them (object members in key order).
    QList<Error> validate(const QJsonValue &instance) const;
    // The same, with line, column and offset from the text the instance was parsed from, in
    // text order. Errors about a member as a whole (unknown, missing required properties) point
    // at its key, others at the value.
    QList<Error> validate(const QJsonValue &instance, const JsonLocator &locator) const;
    // Faster than validate(...).isEmpty(): stops at the first violation.
    bool isValid(const QJsonValue &instance) const;

    // What applies at an instance location, to check one value (an override) without the rest
    // of the document. Follows properties, patternProperties, additionalProperties,
    // prefixItems, items, $ref and allOf (not anyOf/oneOf/if: which branch applies depends on
    // the rest of the document). An error (Invalid, field = the location) when pointer is not
    // a JSON Pointer or the schema allows no value there: an unknown property under
    // "additionalProperties": false (with a "did you mean" when a declared name is close), a
    // member below a value that must be a string, ...
    Result<Subschema> subschemaAt(QStringView instancePointer) const;

    // Every property path the schema declares (through properties, also inside $ref, allOf,
    // anyOf, oneOf, if/then/else and dependentSchemas), dotted ("configuration.limits"), sorted.
    // Array items are not descended into.
    QStringList knownPaths() const;

private:
    std::shared_ptr<const JsonSchemaData> d;
};

// The schemas that apply at one instance location (see JsonSchema::subschemaAt). Keeps the
// compiled schema alive.
class JsonSchema::Subschema
{
public:
    // The instance location this is for.
    QString pointer() const { return m_pointer; }
    // True when a schema names this location (properties, prefixItems or items all the way
    // down), false when only patternProperties, additionalProperties or nothing describes it.
    bool isDeclared() const { return m_declared; }
    // True when no schema constrains the value here.
    bool acceptsAnything() const { return m_nodes.isEmpty(); }
    // Where the applying schemas are in the schema document ("#/properties/limits", ...).
    QStringList schemaLocations() const;
    // The first applying schema object (after following $ref), empty when none applies.
    QJsonObject schema() const;
    // The value of an annotation keyword ("default", "description", "title", ...) from the
    // first applying schema that has it; undefined when none has.
    QJsonValue annotation(QStringView keyword) const;

    // Violations of value placed at pointer(); fields are full instance pointers.
    QList<Error> validate(const QJsonValue &value) const;
    bool isValid(const QJsonValue &value) const;

private:
    friend class JsonSchema;
    std::shared_ptr<const JsonSchemaData> d;
    QList<const JsonSchemaNode *> m_entry; // what to validate a value with
    QList<const JsonSchemaNode *> m_nodes; // those and what they apply through $ref and allOf
    QString m_pointer;
    bool m_declared = true;
};

} // namespace Tenancy
