// JsonSchema: every supported keyword passing and failing with the message a person reads,
// $ref resolution, load errors for what the validator does not support, knownPaths, the
// subschema lookup for overrides, positions from a JsonLocator, and the official
// JSON-Schema-Test-Suite cases (tests/data/json-schema-suite). Over 600 lines on purpose: it
// is one unit, and most of it is the tables of cases.
#include "config/JsonLocator.h"
#include "config/JsonSchema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Declared before the tables of cases: moc does not understand raw string literals.
class tst_JsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keywords_data();
    void keywords();
    void refs_data();
    void refs();
    void loadErrors_data();
    void loadErrors();
    void loadErrorPatterns();
    void loadTextPositions();
    void loadFile();
    void defaultAcceptsEverything();
    void knownPaths();
    void subschemaAt_data();
    void subschemaAt();
    void subschemaAnnotations();
    void positionsFromLocator();
    void officialSuite_data();
    void officialSuite();
};

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace {

// Any JSON value from text (QJsonDocument only takes objects and arrays at the top).
QJsonValue json(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson((u'[' + text + u']').toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        qFatal("bad JSON in the test table: %s", qPrintable(text));
    return document.array().at(0);
}

JsonSchema schemaOf(const QString &text)
{
    auto schema = JsonSchema::load(json(text));
    if (!schema)
        qFatal("schema does not load: %s", qPrintable(schema.error().message));
    return *schema;
}

// "@/pointer message", one per error: what the tables below compare.
QStringList describe(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out << u'@' + e.field + u' ' + e.message;
    return out;
}

// A tenant configuration schema, smaller than the shipped one but of the same shape.
const QString kConfigSchema = uR"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://tenancyconsole.org/schema/test-config.json",
  "title": "test configuration",
  "type": "object",
  "required": ["tier", "configuration"],
  "additionalProperties": false,
  "properties": {
    "tier": {"enum": ["free", "professional", "enterprise", "custom"]},
    "tenant_id": {"type": "string", "pattern": "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},
    "metadata": {"type": "object"},
    "configuration": {
      "type": "object",
      "properties": {
        "limits": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "max_users": {"$ref": "#/$defs/limit", "description": "users", "default": 100},
            "storage_bytes": {"$ref": "#/$defs/limit"}
          }
        },
        "features": {
          "type": "object",
          "properties": {
            "enabled": {"type": "array", "uniqueItems": true,
                        "items": {"enum": ["advanced_ai", "custom_integrations", "sso"]}}
          }
        },
        "security": {"$ref": "#/$defs/security"},
        "custom": {"type": "object", "patternProperties": {"^x-": {"type": "string"}}}
      },
      "allOf": [{"properties": {"integrations": {"type": "object",
                                                 "properties": {"webhooks": {"type": "array"}}}}}]
    }
  },
  "if": {"properties": {"tier": {"const": "free"}}},
  "then": {"properties": {"billing": {"properties": {"plan": {"const": "free"}}}}},
  "$defs": {
    "limit": {"anyOf": [{"type": "integer", "minimum": 0, "maximum": 10000},
                        {"const": "unlimited"}]},
    "security": {
      "type": "object",
      "properties": {
        "mfa_config": {"type": "object", "properties": {"required": {"type": "boolean"}}}
      }
    }
  }
})"_s;

// A draft 4 schema as draft 2020-12 says the same, the way json-schema-migrate rewrites it.
QJsonValue fromDraft4(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(fromDraft4(item));
        return out;
    }
    if (!value.isObject())
        return value;
    const QJsonObject in = value.toObject();
    QJsonObject out;
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == u"properties" || key == u"patternProperties" || key == u"definitions") {
            QJsonObject members;
            const QJsonObject source = v.toObject();
            for (auto m = source.constBegin(); m != source.constEnd(); ++m)
                members.insert(m.key(), fromDraft4(m.value()));
            out.insert(key == u"definitions" ? u"$defs"_s : key, members);
        } else if (key == u"dependencies") {
            QJsonObject required;
            QJsonObject schemas;
            const QJsonObject source = v.toObject();
            for (auto m = source.constBegin(); m != source.constEnd(); ++m) {
                if (m.value().isArray())
                    required.insert(m.key(), m.value());
                else
                    schemas.insert(m.key(), fromDraft4(m.value()));
            }
            if (!required.isEmpty())
                out.insert(u"dependentRequired"_s, required);
            if (!schemas.isEmpty())
                out.insert(u"dependentSchemas"_s, schemas);
        } else if (key == u"items" && v.isArray()) {
            out.insert(u"prefixItems"_s, fromDraft4(v));
            if (in.contains(u"additionalItems"))
                out.insert(u"items"_s, fromDraft4(in.value(u"additionalItems")));
        } else if (key == u"additionalItems") {
            // Only meaningful next to an array "items" (handled there); ignored otherwise.
        } else if (key == u"exclusiveMaximum" || key == u"exclusiveMinimum") {
            const QString bound = key == u"exclusiveMaximum" ? u"maximum"_s : u"minimum"_s;
            if (v.toBool() && in.contains(bound))
                out.insert(key, in.value(bound));
        } else if ((key == u"maximum" || key == u"minimum")
                   && in.value(key == u"maximum" ? u"exclusiveMaximum" : u"exclusiveMinimum")
                          .toBool()) {
            // Replaced by the exclusive bound.
        } else if (key == u"$ref") {
            out.insert(key, v.toString().replace(u"#/definitions/"_s, u"#/$defs/"_s));
        } else if (key == u"additionalProperties" || key == u"not" || key == u"allOf"
                   || key == u"anyOf" || key == u"oneOf" || key == u"items") {
            out.insert(key, fromDraft4(v));
        } else {
            out.insert(key, v);
        }
    }
    return out;
}
} // namespace

void tst_JsonSchema::keywords_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QStringList>("errors");
    const auto row = [](const char *name, const QString &schema, const QString &instance,
                        const QStringList &errors = {}) {
        QTest::newRow(name) << schema << instance << errors;
    };

    // type
    row("type string", uR"({"type": "string"})"_s, uR"("a")"_s);
    row("type string, found number", uR"({"type": "string"})"_s, u"5"_s,
        {u"@ must be a string (found a number)"_s});
    row("type boolean, found string", uR"({"type": "boolean"})"_s, uR"("yes")"_s,
        {u"@ must be a boolean (found a string)"_s});
    row("type integer 1.0", uR"({"type": "integer"})"_s, u"1.0"_s);
    row("type integer 1.5", uR"({"type": "integer"})"_s, u"1.5"_s,
        {u"@ must be an integer (found 1.5)"_s});
    row("type number takes integers", uR"({"type": "number"})"_s, u"3"_s);
    row("type string or null", uR"({"type": ["string", "null"]})"_s, u"null"_s);
    row("type string or null, found number", uR"({"type": ["string", "null"]})"_s, u"3"_s,
        {u"@ must be a string or null (found a number)"_s});
    row("type of three", uR"({"type": ["object", "array", "boolean"]})"_s, uR"("x")"_s,
        {u"@ must be an object, an array or a boolean (found a string)"_s});
    row("type object, found array", uR"({"type": "object"})"_s, u"[]"_s,
        {u"@ must be an object (found an array)"_s});
    row("type string, found null", uR"({"type": "string"})"_s, u"null"_s,
        {u"@ must be a string (found null)"_s});

    // enum and const
    row("enum", uR"({"enum": ["hsm", "kms", "software"]})"_s, uR"("kms")"_s);
    row("enum, other value", uR"({"enum": ["hsm", "kms", "software"]})"_s, uR"("cloud")"_s,
        {uR"(@ must be one of "hsm", "kms", "software" (found "cloud"))"_s});
    row("enum, other case", uR"({"enum": ["hsm", "kms", "software"]})"_s, uR"("HSM")"_s,
        {uR"(@ must be one of "hsm", "kms", "software" (found "HSM"; did you mean "hsm"?))"_s});
    row("enum, 1.0 equals 1", uR"({"enum": [1, 2.5, null]})"_s, u"1.0"_s);
    row("enum, number", uR"({"enum": [1, 2]})"_s, u"3"_s, {u"@ must be one of 1, 2 (found 3)"_s});
    row("enum, objects by value", uR"({"enum": [{"a": 1, "b": [true]}]})"_s,
        uR"({"b": [true], "a": 1.0})"_s);
    row("enum, object differs", uR"({"enum": [{"a": 1}]})"_s, uR"({"a": 2})"_s,
        {uR"(@ must be {"a":1} (found {"a":2}))"_s});
    row("const", uR"({"const": "x"})"_s, uR"("x")"_s);
    row("const, other", uR"({"const": "x"})"_s, uR"("y")"_s, {uR"(@ must be "x" (found "y"))"_s});
    row("const 0 is not false", uR"({"const": 0})"_s, u"false"_s, {u"@ must be 0 (found false)"_s});

    // objects
    const QString limits = uR"({"type": "object", "additionalProperties": false,
        "properties": {"max_users": {"type": "integer", "maximum": 10000}}})"_s;
    row("properties", limits, uR"({"max_users": 5})"_s);
    row("properties, too large", limits, uR"({"max_users": 20000})"_s,
        {u"@/max_users must be at most 10000 (found 20000)"_s});
    row("additionalProperties false, typo", limits, uR"({"max_user": 5})"_s,
        {uR"(@/max_user unknown property "max_user" (did you mean "max_users"?))"_s});
    row("additionalProperties false, unknown", limits, uR"({"colour": 5})"_s,
        {uR"(@/colour unknown property "colour" (known: max_users))"_s});
    row("additionalProperties schema",
        uR"({"properties": {"a": {}}, "additionalProperties": {"type": "boolean"}})"_s,
        uR"({"a": 1, "b": "x", "c": true})"_s, {u"@/b must be a boolean (found a string)"_s});
    row("patternProperties",
        uR"({"patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": false})"_s,
        uR"({"x-a": "s", "x-b": 1, "y": 2})"_s,
        {u"@/x-b must be a string (found a number)"_s, uR"(@/y unknown property "y")"_s});
    row("property false", uR"({"properties": {"legacy": false}})"_s, uR"({"legacy": 1})"_s,
        {uR"(@/legacy the property "legacy" is not allowed)"_s});
    row("required", uR"({"required": ["tier", "id"]})"_s, uR"({"tier": "x", "id": 1})"_s);
    row("required, missing", uR"({"required": ["tier", "id"]})"_s, uR"({"tier": "x"})"_s,
        {uR"(@ missing required property "id")"_s});
    row("required, nested", uR"({"properties": {"a": {"required": ["b"]}}})"_s, uR"({"a": {}})"_s,
        {uR"(@/a missing required property "b")"_s});
    row("required ignores non-objects", uR"({"required": ["a"]})"_s, uR"("text")"_s);
    row("propertyNames pattern", uR"({"propertyNames": {"pattern": "^[a-z_]+$"}})"_s,
        uR"({"ok_name": 1, "Bad": 2})"_s,
        {uR"(@/Bad the property name "Bad" must match the pattern ^[a-z_]+$ (found "Bad"))"_s});
    row("propertyNames maxLength", uR"({"propertyNames": {"maxLength": 3}})"_s,
        uR"({"abcd": 1, "abc": 2})"_s,
        {uR"(@/abcd the property name "abcd" must be at most 3 characters long (found 4))"_s});
    row("minProperties", uR"({"minProperties": 2})"_s, uR"({"a": 1})"_s,
        {u"@ must have at least 2 properties (found 1)"_s});
    row("minProperties 1", uR"({"minProperties": 1})"_s, u"{}"_s,
        {u"@ must have at least one property"_s});
    row("maxProperties", uR"({"maxProperties": 2})"_s, uR"({"a": 1, "b": 2, "c": 3})"_s,
        {u"@ must have at most 2 properties (found 3)"_s});
    row("maxProperties 1", uR"({"maxProperties": 1})"_s, uR"({"a": 1, "b": 2})"_s,
        {u"@ must have at most one property (found 2)"_s});
    row("maxProperties 0", uR"({"maxProperties": 0})"_s, uR"({"a": 1})"_s,
        {u"@ must be empty (found 1 properties)"_s});
    row("dependentRequired", uR"({"dependentRequired": {"card": ["cvv"]}})"_s,
        uR"({"card": 1, "cvv": 2})"_s);
    row("dependentRequired, missing", uR"({"dependentRequired": {"card": ["cvv"]}})"_s,
        uR"({"card": 1})"_s, {uR"(@ missing property "cvv", required when "card" is present)"_s});
    row("dependentRequired, trigger absent", uR"({"dependentRequired": {"card": ["cvv"]}})"_s,
        uR"({"cash": 1})"_s);
    row("dependentSchemas", uR"({"dependentSchemas": {"card": {"required": ["cvv"]}}})"_s,
        uR"({"card": 1})"_s, {uR"(@ missing required property "cvv")"_s});

    // arrays
    row("items", uR"({"items": {"type": "string"}})"_s, uR"(["a", "b"])"_s);
    row("items, wrong item", uR"({"items": {"type": "string"}})"_s, uR"(["a", 1])"_s,
        {u"@/1 must be a string (found a number)"_s});
    const QString tuple
        = uR"({"prefixItems": [{"type": "string"}, {"type": "integer"}], "items": false})"_s;
    row("prefixItems", tuple, uR"(["a", 1])"_s);
    row("prefixItems, short array", tuple, uR"(["a"])"_s);
    row("prefixItems, wrong item", tuple, uR"(["a", "b"])"_s,
        {u"@/1 must be an integer (found a string)"_s});
    row("items false after prefixItems", tuple, uR"(["a", 1, true])"_s,
        {u"@ must have at most 2 items (found 3)"_s});
    row("prefixItems then items",
        uR"({"prefixItems": [{"type": "string"}], "items": {"type": "integer"}})"_s,
        uR"(["a", 1, "b"])"_s, {u"@/2 must be an integer (found a string)"_s});
    row("minItems", uR"({"minItems": 2})"_s, u"[1]"_s,
        {u"@ must have at least 2 items (found 1)"_s});
    row("minItems 1", uR"({"minItems": 1})"_s, u"[]"_s, {u"@ must not be empty"_s});
    row("maxItems", uR"({"maxItems": 2})"_s, u"[1, 2, 3]"_s,
        {u"@ must have at most 2 items (found 3)"_s});
    row("maxItems ignores strings", uR"({"maxItems": 2})"_s, uR"("abc")"_s);
    row("uniqueItems", uR"({"uniqueItems": true})"_s, uR"([1, "1", [1], {"a": 1}])"_s);
    row("uniqueItems, 1 and 1.0", uR"({"uniqueItems": true})"_s, uR"([1, "a", 1.0])"_s,
        {u"@ must not contain duplicates (items 0 and 2 are equal)"_s});
    row("uniqueItems, arrays", uR"({"uniqueItems": true})"_s, uR"([[1, 2], [1, 2]])"_s,
        {u"@ must not contain duplicates (items 0 and 1 are equal)"_s});
    row("uniqueItems false", uR"({"uniqueItems": false})"_s, uR"([1, 1])"_s);
    row("contains", uR"({"contains": {"const": "admin"}})"_s, uR"(["user", "admin"])"_s);
    row("contains, const missing", uR"({"contains": {"const": "admin"}})"_s, uR"(["user"])"_s,
        {uR"(@ must contain "admin")"_s});
    row("contains, type missing", uR"({"contains": {"type": "integer"}})"_s, uR"(["a"])"_s,
        {u"@ must contain an integer"_s});
    row("contains, schema missing", uR"({"contains": {"type": "integer", "minimum": 5}})"_s,
        u"[1]"_s, {u"@ must contain an item matching #/contains"_s});
    row("minContains", uR"({"contains": {"type": "integer"}, "minContains": 2})"_s,
        uR"([1, "a"])"_s, {u"@ at least 2 of the items must match #/contains (found 1)"_s});
    row("maxContains", uR"({"contains": {"type": "integer"}, "maxContains": 1})"_s,
        uR"([1, 2, "a"])"_s, {u"@ at most 1 of the items may match #/contains (found 2)"_s});
    row("minContains 0", uR"({"contains": {"type": "integer"}, "minContains": 0})"_s, u"[]"_s);

    // numbers
    row("minimum", uR"({"minimum": 1})"_s, u"1"_s);
    row("minimum, below", uR"({"minimum": 1})"_s, u"0"_s, {u"@ must be at least 1 (found 0)"_s});
    row("maximum, above", uR"({"maximum": 10000})"_s, u"20000"_s,
        {u"@ must be at most 10000 (found 20000)"_s});
    row("maximum, large", uR"({"maximum": 10000000000000})"_s, u"20000000000000"_s,
        {u"@ must be at most 10000000000000 (found 20000000000000)"_s});
    row("exclusiveMinimum", uR"({"exclusiveMinimum": 0})"_s, u"0"_s,
        {u"@ must be greater than 0 (found 0)"_s});
    row("exclusiveMaximum", uR"({"exclusiveMaximum": 1})"_s, u"0.8"_s);
    row("exclusiveMaximum, equal", uR"({"exclusiveMaximum": 1})"_s, u"1"_s,
        {u"@ must be less than 1 (found 1)"_s});
    row("multipleOf", uR"({"multipleOf": 0.01})"_s, u"19.99"_s);
    row("multipleOf, small", uR"({"multipleOf": 0.0001})"_s, u"0.0075"_s);
    row("multipleOf, not", uR"({"multipleOf": 0.5})"_s, u"0.3"_s,
        {u"@ must be a multiple of 0.5 (found 0.3)"_s});
    row("multipleOf, overflow", uR"({"multipleOf": 0.123456789})"_s, u"1e308"_s,
        {u"@ must be a multiple of 0.123456789 (found 1e+308)"_s});
    row("number keywords ignore strings", uR"({"minimum": 5, "multipleOf": 2})"_s, uR"("x")"_s);

    // strings
    row("minLength", uR"({"minLength": 3})"_s, uR"("ab")"_s,
        {u"@ must be at least 3 characters long (found 2)"_s});
    row("minLength 1", uR"({"minLength": 1})"_s, uR"("")"_s, {u"@ must not be empty"_s});
    row("maxLength counts code points", uR"({"maxLength": 2})"_s, u"\"😀😀\""_s);
    row("maxLength", uR"({"maxLength": 2})"_s, u"\"日本語\""_s,
        {u"@ must be at most 2 characters long (found 3)"_s});
    row("maxLength 1", uR"({"maxLength": 1})"_s, u"\"ab\""_s,
        {u"@ must be at most one character long (found 2)"_s});
    row("pattern", uR"({"pattern": "^[a-z]+$"})"_s, uR"("abc")"_s);
    row("pattern, $ is the end", uR"({"pattern": "^[a-z]+$"})"_s, uR"("abc\n")"_s,
        {uR"(@ must match the pattern ^[a-z]+$ (found "abc\n"))"_s});
    row("pattern is not anchored", uR"({"pattern": "b"})"_s, uR"("abc")"_s);
    row("pattern \\u escape", uR"({"pattern": "^\\u00e9$"})"_s, u"\"é\""_s);
    row("pattern \\d is ASCII", uR"({"pattern": "^\\d+$"})"_s, u"\"١٢\""_s,
        {u"@ must match the pattern ^\\d+$ (found \"١٢\")"_s});
    row("pattern \\s is Unicode", uR"({"pattern": "^\\s$"})"_s, uR"("\u00a0")"_s);
    row("pattern [^] is any character", uR"({"pattern": "^a[^]b$"})"_s, uR"("a\nb")"_s);
    row("pattern [] matches nothing", uR"({"pattern": "a[]"})"_s, uR"("a")"_s,
        {uR"(@ must match the pattern a[] (found "a"))"_s});
    row("pattern \\S is not a Unicode space", uR"({"pattern": "^\\S$"})"_s, uR"("\u2028")"_s,
        {u"@ must match the pattern ^\\S$ (found \"\u2028\")"_s});
    row("pattern $ inside a class", uR"({"pattern": "^[$]$"})"_s, uR"("$")"_s);
    row("pattern, long value shortened", uR"({"pattern": "^a+$"})"_s,
        u'"' + QString(70, u'b') + u'"',
        {u"@ must match the pattern ^a+$ (found \""_s + QString(59, u'b') + u"…\")"_s});

    // formats
    const QString dateTime = uR"({"format": "date-time"})"_s;
    row("date-time", dateTime, uR"("2024-05-01T12:00:00Z")"_s);
    row("date-time with offset", dateTime, uR"("2024-05-01t12:00:00.5+02:00")"_s);
    row("date-time leap second", dateTime, uR"("1998-12-31T23:59:60Z")"_s);
    row("date-time leap second with offset", dateTime, uR"("1998-12-31T15:59:60-08:00")"_s);
    const QStringList badDateTime {
        u"@ must be a date and time such as 2024-05-01T12:00:00Z (RFC 3339) (found "_s};
    row("date-time, 30 February", dateTime, uR"("2024-02-30T00:00:00Z")"_s,
        {badDateTime.constFirst() + uR"("2024-02-30T00:00:00Z"))"_s});
    row("date-time, no T", dateTime, uR"("2024-05-01 12:00:00Z")"_s,
        {badDateTime.constFirst() + uR"("2024-05-01 12:00:00Z"))"_s});
    row("date-time, no offset", dateTime, uR"("2024-05-01T12:00:00")"_s,
        {badDateTime.constFirst() + uR"("2024-05-01T12:00:00"))"_s});
    row("date-time, wrong leap second", dateTime, uR"("1998-12-31T23:58:60Z")"_s,
        {badDateTime.constFirst() + uR"("1998-12-31T23:58:60Z"))"_s});
    row("date-time, 29 February 2023", dateTime, uR"("2023-02-29T00:00:00Z")"_s,
        {badDateTime.constFirst() + uR"("2023-02-29T00:00:00Z"))"_s});
    row("date-time, 29 February 2024", dateTime, uR"("2024-02-29T00:00:00Z")"_s);
    row("format ignores non-strings", dateTime, u"5"_s);
    const QString email = uR"({"format": "email"})"_s;
    const QString badEmail = u"@ must be an e-mail address such as name@example.com (found "_s;
    row("email", email, uR"("ops@example.com")"_s);
    row("email, quoted local part", email, u"\"\\\"j d\\\"@example.com\""_s);
    row("email, IPv4 literal", email, uR"("ops@[192.0.2.1]")"_s);
    row("email, no domain", email, uR"("ops@")"_s, {badEmail + uR"("ops@"))"_s});
    row("email, two dots", email, uR"("a..b@example.com")"_s,
        {badEmail + uR"("a..b@example.com"))"_s});
    row("email, bad domain", email, uR"("ops@exa_mple.com")"_s,
        {badEmail + uR"("ops@exa_mple.com"))"_s});
    const QString uri = uR"({"format": "uri"})"_s;
    const QString badUri = u"@ must be an absolute URI such as https://example.com/path (found "_s;
    row("uri", uri, uR"("https://example.com:8443/a?b=c#d")"_s);
    row("uri, urn", uri, uR"("urn:isbn:0451450523")"_s);
    row("uri, IPv6 host", uri, uR"("http://[2001:db8::1]/")"_s);
    row("uri, relative", uri, uR"("example.com/path")"_s, {badUri + uR"("example.com/path"))"_s});
    row("uri, space", uri, uR"("https://exa mple.com")"_s,
        {badUri + uR"("https://exa mple.com"))"_s});
    row("uri, bad escape", uri, uR"("http://x/%zz")"_s, {badUri + uR"("http://x/%zz"))"_s});
    row("uri, bad port", uri, uR"("http://x:8a/")"_s, {badUri + uR"("http://x:8a/"))"_s});
    const QString hostname = uR"({"format": "hostname"})"_s;
    const QString badHost = u"@ must be a host name such as api.example.com (found "_s;
    row("hostname", hostname, uR"("api.example.com")"_s);
    row("hostname, leading dash", hostname, uR"("-api.example.com")"_s,
        {badHost + uR"("-api.example.com"))"_s});
    row("hostname, underscore", hostname, uR"("a_b.com")"_s, {badHost + uR"("a_b.com"))"_s});
    row("hostname, long label", hostname, u'"' + QString(64, u'a') + u".com\"",
        {badHost + u'"' + QString(59, u'a') + u"…\")"});
    const QString ipv4 = uR"({"format": "ipv4"})"_s;
    const QString badIp = u"@ must be an IPv4 address such as 192.0.2.10 (found "_s;
    row("ipv4", ipv4, uR"("192.0.2.10")"_s);
    row("ipv4, out of range", ipv4, uR"("256.1.1.1")"_s, {badIp + uR"("256.1.1.1"))"_s});
    row("ipv4, leading zero", ipv4, uR"("01.2.3.4")"_s, {badIp + uR"("01.2.3.4"))"_s});
    row("ipv4, three parts", ipv4, uR"("1.2.3")"_s, {badIp + uR"("1.2.3"))"_s});
    row("unknown format is an annotation", uR"({"format": "uuid"})"_s, uR"("not-a-uuid")"_s);

    // applicators
    row("allOf", uR"({"allOf": [{"minimum": 1}, {"maximum": 5}]})"_s, u"7"_s,
        {u"@ must be at most 5 (found 7)"_s});
    const QString either
        = uR"({"anyOf": [{"type": "string", "minLength": 3}, {"type": "integer", "minimum": 5}]})"_s;
    row("anyOf", either, uR"("abc")"_s);
    row("anyOf, no type matches", either, u"true"_s,
        {u"@ must be a string or an integer (found a boolean)"_s});
    row("anyOf, the string branch", either, uR"("ab")"_s,
        {u"@ must be at least 3 characters long (found 2)"_s});
    row("anyOf, the integer branch", either, u"3"_s, {u"@ must be at least 5 (found 3)"_s});
    const QString limit
        = uR"({"anyOf": [{"type": "integer", "minimum": 0}, {"const": "unlimited"}]})"_s;
    // A count or a word: both are named, not only the word.
    row("anyOf limit, other string", limit, uR"("lots")"_s,
        {uR"(@ must be an integer or "unlimited" (found "lots"))"_s});
    row("anyOf limit, misspelt", limit, uR"("unlimted")"_s,
        {uR"(@ must be an integer or "unlimited" (found "unlimted"; did you mean "unlimited"?))"_s});
    row("anyOf limit, negative", limit, u"-1"_s, {u"@ must be at least 0 (found -1)"_s});
    row("anyOf of constants", uR"({"anyOf": [{"const": "a"}, {"const": "b"}]})"_s, uR"("c")"_s,
        {uR"(@ must be one of "a", "b" (found "c"))"_s});
    const QString channel = uR"({"oneOf": [
        {"type": "object", "required": ["kind", "url"],
         "properties": {"kind": {"const": "webhook"}, "url": {"format": "uri"}}},
        {"type": "object", "required": ["kind", "address"],
         "properties": {"kind": {"const": "email"}, "address": {"format": "email"}}}]})"_s;
    row("oneOf", channel, uR"({"kind": "email", "address": "ops@example.com"})"_s);
    row("oneOf, the branch of the discriminator", channel,
        uR"({"kind": "email", "address": "nope"})"_s,
        {uR"(@/address must be an e-mail address such as name@example.com (found "nope"))"_s});
    row("oneOf, two match", uR"({"oneOf": [{"type": "integer"}, {"minimum": 0}]})"_s, u"5"_s,
        {u"@ must match exactly one of the alternatives at #/oneOf, but matches 2 of them"_s});
    row("not const", uR"({"not": {"const": "root"}})"_s, uR"("root")"_s,
        {uR"(@ must not be "root")"_s});
    row("not type", uR"({"not": {"type": "null"}})"_s, u"null"_s, {u"@ must not be null"_s});
    row("not required", uR"({"not": {"required": ["password"]}})"_s, uR"({"password": "x"})"_s,
        {uR"(@ must not have the property "password")"_s});
    row("not other", uR"({"not": {"minimum": 5}})"_s, u"6"_s,
        {u"@ must not match the schema at #/not"_s});
    row("not, passes", uR"({"not": {"minimum": 5}})"_s, u"4"_s);
    const QString conditional = uR"({"if": {"properties": {"tier": {"const": "free"}}},
        "then": {"properties": {"max_users": {"maximum": 5}}},
        "else": {"properties": {"max_users": {"maximum": 10000}}}})"_s;
    row("if/then", conditional, uR"({"tier": "free", "max_users": 6})"_s,
        {u"@/max_users must be at most 5 (found 6)"_s});
    row("if/else", conditional, uR"({"tier": "enterprise", "max_users": 6})"_s);
    row("if/else, too many", conditional, uR"({"tier": "enterprise", "max_users": 10001})"_s,
        {u"@/max_users must be at most 10000 (found 10001)"_s});
    row("schema false", u"false"_s, u"1"_s, {u"@ no value is allowed here"_s});
    row("schema true", u"true"_s, uR"({"anything": [1]})"_s);
    row("empty schema", u"{}"_s, u"null"_s);
    row("annotations only", uR"({"title": "t", "description": "d", "$comment": "c", "default": 1,
             "examples": [1], "deprecated": true, "readOnly": false, "writeOnly": false})"_s,
        u"2"_s);

    // pointers
    row("pointer escaping",
        uR"({"properties": {"a/b": {"type": "string"}, "c~d": {"type": "string"}}})"_s,
        uR"({"a/b": 1, "c~d": 2})"_s,
        {u"@/a~1b must be a string (found a number)"_s,
         u"@/c~0d must be a string (found a number)"_s});
    row("pointer into arrays",
        uR"({"properties": {"webhooks": {"items": {"properties": {"url": {"format": "uri"}}}}}})"_s,
        uR"({"webhooks": [{"url": "https://x.example"}, {"url": "nope"}]})"_s,
        {uR"(@/webhooks/1/url must be an absolute URI such as https://example.com/path (found "nope"))"_s});
    row("every violation", limits, uR"({"max_users": "many", "extra": 1, "other": 2})"_s,
        {uR"(@/extra unknown property "extra" (known: max_users))"_s,
         u"@/max_users must be an integer (found a string)"_s,
         uR"(@/other unknown property "other" (known: max_users))"_s});
}

void tst_JsonSchema::keywords()
{
    QFETCH(QString, schema);
    QFETCH(QString, instance);
    QFETCH(QStringList, errors);
    const JsonSchema compiled = schemaOf(schema);
    const QJsonValue value = json(instance);
    QCOMPARE(describe(compiled.validate(value)), errors);
    QCOMPARE(compiled.isValid(value), errors.isEmpty());
    for (const Error &e : compiled.validate(value))
        QCOMPARE(e.code, ErrorCode::Invalid);
}

void tst_JsonSchema::refs_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("$defs") << uR"({"$defs": {"limit": {"type": "integer", "minimum": 0}},
                                   "properties": {"max_users": {"$ref": "#/$defs/limit"}}})"_s
                           << uR"({"max_users": -1})"_s
                           << QStringList {u"@/max_users must be at least 0 (found -1)"_s};
    QTest::newRow("root recursion")
        << uR"({"properties": {"name": {"type": "string"},
                               "children": {"type": "array", "items": {"$ref": "#"}}},
                "additionalProperties": false})"_s
        << uR"({"name": "a", "children": [{"name": "b", "children": [{"nam": "c"}]}]})"_s
        << QStringList {
               uR"(@/children/0/children/0/nam unknown property "nam" (did you mean "name"?))"_s};
    QTest::newRow("escaped and percent-encoded pointers")
        << uR"({"$defs": {"a/b": {"type": "integer"}, "c~d": {"type": "string"},
                          "e f": {"type": "null"}, "g%h": {"type": "boolean"}},
                "properties": {"x": {"$ref": "#/$defs/a~1b"}, "y": {"$ref": "#/$defs/c~0d"},
                               "z": {"$ref": "#/$defs/e%20f"},
                               "w": {"$ref": "#/$defs/g%25h"}}})"_s
        << uR"({"x": "s", "y": 1, "z": 0, "w": 1})"_s
        << QStringList {u"@/w must be a boolean (found a number)"_s,
                        u"@/x must be an integer (found a string)"_s,
                        u"@/y must be a string (found a number)"_s,
                        u"@/z must be null (found a number)"_s};
    QTest::newRow("into properties")
        << uR"({"properties": {"a": {"type": "integer"}, "b": {"$ref": "#/properties/a"}}})"_s
        << uR"({"b": "x"})"_s << QStringList {u"@/b must be an integer (found a string)"_s};
    QTest::newRow("a chain") << uR"({"$defs": {"a": {"type": "integer"}, "b": {"$ref": "#/$defs/a"},
                          "c": {"$ref": "#/$defs/b"}}, "$ref": "#/$defs/c"})"_s
                             << uR"("a")"_s
                             << QStringList {u"@ must be an integer (found a string)"_s};
    QTest::newRow("siblings of $ref apply too")
        << uR"({"$defs": {"s": {"type": "string"}},
                "properties": {"id": {"$ref": "#/$defs/s", "maxLength": 3}}})"_s
        << uR"({"id": "abcd"})"_s
        << QStringList {u"@/id must be at most 3 characters long (found 4)"_s};
    QTest::newRow("with the root $id") << uR"({"$id": "https://tenancyconsole.org/schema/c.json",
                "$defs": {"n": {"type": "integer"}},
                "properties": {"a": {"$ref": "https://tenancyconsole.org/schema/c.json#/$defs/n"},
                               "b": {"$ref": "https://tenancyconsole.org/schema/c.json"}}})"_s
                                       << uR"({"a": "x", "b": {"a": 1.5}})"_s
                                       << QStringList {u"@/a must be an integer (found a string)"_s,
                                                       u"@/b/a must be an integer (found 1.5)"_s};
    QTest::newRow("to a boolean schema")
        << uR"({"$defs": {"never": false}, "properties": {"a": {"$ref": "#/$defs/never"}}})"_s
        << uR"({"a": 1})"_s << QStringList {u"@/a no value is allowed here"_s};
}

void tst_JsonSchema::refs()
{
    QFETCH(QString, schema);
    QFETCH(QString, instance);
    QFETCH(QStringList, errors);
    QCOMPARE(describe(schemaOf(schema).validate(json(instance))), errors);
}

void tst_JsonSchema::loadErrors_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QString &schema, const QString &field,
                        const QString &message) {
        QTest::newRow(name) << schema << field << message;
    };
    row("unknown keyword", uR"({"maxxItems": 3})"_s, u"/maxxItems"_s,
        uR"(unknown keyword "maxxItems" at # (did you mean "maxItems"?))"_s);
    row("unknown keyword, nested",
        uR"({"properties": {"limits": {"properties": {"max_users": {"maximun": 5}}}}})"_s,
        u"/properties/limits/properties/max_users/maximun"_s,
        uR"(unknown keyword "maximun" at #/properties/limits/properties/max_users (did you mean "maximum"?))"_s);
    row("unknown keyword in $defs", uR"({"$defs": {"x": {"frobnicate": true}}})"_s,
        u"/$defs/x/frobnicate"_s, uR"(unknown keyword "frobnicate" at #/$defs/x)"_s);
    row("unknown keyword in allOf", uR"({"allOf": [{}, {"foo": 1}]})"_s, u"/allOf/1/foo"_s,
        uR"(unknown keyword "foo" at #/allOf/1)"_s);
    row("unknown keyword, escaped", uR"({"properties": {"a/b": {"x~y": 1}}})"_s,
        u"/properties/a~1b/x~0y"_s, uR"(unknown keyword "x~y" at #/properties/a~1b)"_s);
    row("draft 4 definitions", uR"({"definitions": {}})"_s, u"/definitions"_s,
        uR"("definitions" at # is from an older draft; draft 2020-12 uses $defs)"_s);
    row("draft 7 dependencies", uR"({"dependencies": {}})"_s, u"/dependencies"_s,
        uR"("dependencies" at # is from an older draft; draft 2020-12 uses dependentRequired or dependentSchemas)"_s);
    row("unevaluatedProperties", uR"({"unevaluatedProperties": false})"_s,
        u"/unevaluatedProperties"_s,
        uR"("unevaluatedProperties" at # is not supported by this validator)"_s);
    row("$anchor", uR"({"$defs": {"a": {"$anchor": "a"}}})"_s, u"/$defs/a/$anchor"_s,
        uR"("$anchor" at #/$defs/a is not supported by this validator)"_s);
    row("$ref nowhere", uR"({"$ref": "#/$defs/missing"})"_s, u"/$ref"_s,
        uR"($ref "#/$defs/missing" at # does not point to a schema in this document)"_s);
    row("$ref to a value that is not a schema",
        uR"({"$defs": {"a": {"enum": [1]}}, "properties": {"b": {"$ref": "#/$defs/a/enum/0"}}})"_s,
        u"/properties/b/$ref"_s,
        uR"($ref "#/$defs/a/enum/0" at #/properties/b does not point to a schema in this document)"_s);
    row("$ref remote", uR"({"$ref": "https://example.com/other.json"})"_s, u"/$ref"_s,
        uR"($ref "https://example.com/other.json" at # points outside this schema; only local references such as "#/$defs/name" are supported)"_s);
    row("$ref anchor", uR"({"$ref": "#limit"})"_s, u"/$ref"_s,
        uR"($ref "#limit" at # names an anchor; anchors are not supported, use a JSON Pointer such as "#/$defs/name")"_s);
    row("$ref loop", uR"({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}})"_s,
        u"/$defs/a"_s,
        uR"(the schema at #/$defs/a applies itself to the same value again ($ref loop))"_s);
    row("$ref to itself", uR"({"allOf": [{"$ref": "#"}]})"_s, QString(),
        uR"(the schema at # applies itself to the same value again ($ref loop))"_s);
    row("embedded $id", uR"({"properties": {"a": {"$id": "x"}}})"_s, u"/properties/a/$id"_s,
        uR"("$id" at #/properties/a is not supported: only the root schema may have an "$id")"_s);
    row("other dialect", uR"({"$schema": "http://json-schema.org/draft-07/schema#"})"_s,
        u"/$schema"_s,
        uR"(only JSON Schema draft 2020-12 is supported ("$schema" at # is "http://json-schema.org/draft-07/schema#"))"_s);
    row("type typo", uR"({"type": "strin"})"_s, u"/type"_s,
        uR"(unknown type "strin" at # (did you mean "string"?))"_s);
    row("type unknown", uR"({"type": ["string", "date"]})"_s, u"/type"_s,
        uR"(unknown type "date" at # (known: null, boolean, object, array, string, number, integer))"_s);
    row("minLength negative", uR"({"minLength": -1})"_s, u"/minLength"_s,
        uR"("minLength" at # must be a non-negative integer)"_s);
    row("maxItems fraction", uR"({"maxItems": 1.5})"_s, u"/maxItems"_s,
        uR"("maxItems" at # must be a non-negative integer)"_s);
    row("minimum string", uR"({"minimum": "5"})"_s, u"/minimum"_s,
        uR"("minimum" at # must be a number)"_s);
    row("exclusiveMaximum boolean", uR"({"maximum": 5, "exclusiveMaximum": true})"_s,
        u"/exclusiveMaximum"_s, uR"("exclusiveMaximum" at # must be a number)"_s);
    row("multipleOf zero", uR"({"multipleOf": 0})"_s, u"/multipleOf"_s,
        uR"("multipleOf" at # must be a number greater than 0)"_s);
    row("required not an array", uR"({"required": "a"})"_s, u"/required"_s,
        uR"("required" at # must be an array of different strings)"_s);
    row("required twice", uR"({"required": ["a", "a"]})"_s, u"/required"_s,
        uR"("required" at # must be an array of different strings)"_s);
    row("enum not an array", uR"({"enum": 3})"_s, u"/enum"_s, uR"("enum" at # must be an array)"_s);
    row("allOf empty", uR"({"allOf": []})"_s, u"/allOf"_s,
        uR"("allOf" at # must be a non-empty array of schemas)"_s);
    row("items array", uR"({"items": [{}]})"_s, u"/items"_s,
        uR"("items" at # is an array: in draft 2020-12 that is "prefixItems")"_s);
    row("schema a number", uR"({"properties": {"a": 5}})"_s, u"/properties/a"_s,
        uR"(the schema at #/properties/a must be an object or a boolean)"_s);
    row("uniqueItems not boolean", uR"({"uniqueItems": 1})"_s, u"/uniqueItems"_s,
        uR"("uniqueItems" at # must be true or false)"_s);
    row("title not a string", uR"({"title": 1})"_s, u"/title"_s,
        uR"("title" at # must be a string)"_s);
}

void tst_JsonSchema::loadErrors()
{
    QFETCH(QString, schema);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto loaded = JsonSchema::load(json(schema));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::Catalog);
    QCOMPARE(loaded.error().field, field);
    QCOMPARE(loaded.error().message, message);
}

void tst_JsonSchema::loadErrorPatterns()
{
    const auto loaded = JsonSchema::load(json(uR"({"properties": {"a": {"pattern": "("}}})"_s));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().field, u"/properties/a/pattern"_s);
    QVERIFY2(loaded.error().message.startsWith(
                 uR"(the pattern "(" at #/properties/a is not a valid regular expression: )"_s),
             qPrintable(loaded.error().message));
    const auto key = JsonSchema::load(json(uR"({"patternProperties": {"[a-": {}}})"_s));
    QVERIFY(!key);
    QCOMPARE(key.error().field, u"/patternProperties/[a-"_s);
}

void tst_JsonSchema::loadTextPositions()
{
    const QString text = u"{\n  \"properties\": {\n    \"naïve\": {\n      \"minLenght\": 3\n"
                         u"    }\n  }\n}\n"_s;
    const auto loaded = JsonSchema::loadText(text);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().field, u"/properties/naïve/minLenght"_s);
    QCOMPARE(loaded.error().line, 4);
    QCOMPARE(loaded.error().column, 7);
    QCOMPARE(loaded.error().offset, text.indexOf(u"\"minLenght\""));

    const auto broken = JsonSchema::loadText(u"{\n  \"type\": \"string\",,\n}"_s);
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, ErrorCode::Catalog);
    QCOMPARE(broken.error().line, 2);

    const auto notObject = JsonSchema::loadText(u"[1]"_s);
    QVERIFY(!notObject);
    QCOMPARE(notObject.error().message, u"a schema must be a JSON object"_s);
}

void tst_JsonSchema::loadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"schema.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"type\": \"object\",\n  \"requird\": []\n}\n");
    file.close();
    const auto loaded = JsonSchema::loadFile(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().message,
             path + uR"(: unknown keyword "requird" at # (did you mean "required"?))"_s);
    QCOMPARE(loaded.error().line, 3);
    QCOMPARE(loaded.error().column, 3);

    const auto missing = JsonSchema::loadFile(dir.filePath(u"none.json"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Catalog);
    QVERIFY(missing.error().message.startsWith(dir.filePath(u"none.json"_s)));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(kConfigSchema.toUtf8());
    file.close();
    QVERIFY(JsonSchema::loadFile(path));
}

void tst_JsonSchema::defaultAcceptsEverything()
{
    const JsonSchema schema;
    QVERIFY(schema.isValid(json(u"[1, {}]"_s)));
    QVERIFY(schema.validate(QJsonValue()).isEmpty());
    QVERIFY(schema.knownPaths().isEmpty());
    QVERIFY(schema.subschemaAt(u"/a/b")->acceptsAnything());
    QCOMPARE(schema.source(), QJsonValue(true));
}

void tst_JsonSchema::knownPaths()
{
    const JsonSchema schema = schemaOf(kConfigSchema);
    const QStringList expected {
        u"billing"_s,
        u"billing.plan"_s,
        u"configuration"_s,
        u"configuration.custom"_s,
        u"configuration.features"_s,
        u"configuration.features.enabled"_s,
        u"configuration.integrations"_s,
        u"configuration.integrations.webhooks"_s,
        u"configuration.limits"_s,
        u"configuration.limits.max_users"_s,
        u"configuration.limits.storage_bytes"_s,
        u"configuration.security"_s,
        u"configuration.security.mfa_config"_s,
        u"configuration.security.mfa_config.required"_s,
        u"metadata"_s,
        u"tenant_id"_s,
        u"tier"_s,
    };
    QCOMPARE(schema.knownPaths(), expected);

    // A recursive schema ends where it would repeat itself.
    const JsonSchema tree = schemaOf(uR"({"properties": {"name": {}, "child": {"$ref": "#"}}})"_s);
    QCOMPARE(tree.knownPaths(), (QStringList {u"child"_s, u"name"_s}));
}

void tst_JsonSchema::subschemaAt_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("error"); // "@field message" when the lookup fails
    QTest::addColumn<bool>("declared");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("limit, too large")
        << u"/configuration/limits/max_users"_s << QString() << true << u"20000"_s
        << QStringList {u"@/configuration/limits/max_users must be at most 10000 (found 20000)"_s};
    QTest::newRow("limit, unlimited") << u"/configuration/limits/max_users"_s << QString() << true
                                      << uR"("unlimited")"_s << QStringList();
    QTest::newRow("limit, typo")
        << u"/configuration/limits/max_user"_s
        << uR"(@/configuration/limits/max_user unknown property "max_user" (did you mean "max_users"?))"_s
        << false << QString() << QStringList();
    QTest::newRow("unknown at the root")
        << u"/colour"_s
        << uR"(@/colour unknown property "colour" (known: configuration, metadata, tenant_id, tier))"_s
        << false << QString() << QStringList();
    QTest::newRow("below a string")
        << u"/tier/x"_s << uR"(@/tier/x /tier must be a string, so it has no member "x")"_s << false
        << QString() << QStringList();
    QTest::newRow("array item")
        << u"/configuration/features/enabled/1"_s << QString() << true << uR"("ai")"_s
        << QStringList {
               uR"(@/configuration/features/enabled/1 must be one of "advanced_ai", "custom_integrations", "sso" (found "ai"))"_s};
    QTest::newRow("whole array")
        << u"/configuration/features/enabled"_s << QString() << true << uR"(["sso", "sso"])"_s
        << QStringList {
               u"@/configuration/features/enabled must not contain duplicates (items 0 and 1 are equal)"_s};
    QTest::newRow("through $ref")
        << u"/configuration/security/mfa_config/required"_s << QString() << true << uR"("yes")"_s
        << QStringList {
               u"@/configuration/security/mfa_config/required must be a boolean (found a string)"_s};
    QTest::newRow("through allOf")
        << u"/configuration/integrations/webhooks"_s << QString() << true << u"{}"_s
        << QStringList {
               u"@/configuration/integrations/webhooks must be an array (found an object)"_s};
    QTest::newRow("patternProperties")
        << u"/configuration/custom/x-team"_s << QString() << false << u"5"_s
        << QStringList {u"@/configuration/custom/x-team must be a string (found a number)"_s};
    QTest::newRow("free-form object")
        << u"/metadata/anything/deep"_s << QString() << false << u"[1]"_s << QStringList();
    QTest::newRow("the root") << QString() << QString() << true << uR"({"tier": "free"})"_s
                              << QStringList {uR"(@ missing required property "configuration")"_s};
    QTest::newRow("not a pointer")
        << u"configuration.limits"_s
        << uR"(@configuration.limits "configuration.limits" is not a JSON Pointer (such as /configuration/limits))"_s
        << false << QString() << QStringList();
}

void tst_JsonSchema::subschemaAt()
{
    QFETCH(QString, pointer);
    QFETCH(QString, error);
    QFETCH(bool, declared);
    QFETCH(QString, value);
    QFETCH(QStringList, errors);
    const JsonSchema schema = schemaOf(kConfigSchema);
    const auto sub = schema.subschemaAt(pointer);
    if (!error.isEmpty()) {
        QVERIFY(!sub);
        QCOMPARE(describe({sub.error()}).constFirst(), error);
        return;
    }
    if (!sub)
        QFAIL(qPrintable(sub.error().message));
    QCOMPARE(sub->pointer(), pointer);
    QCOMPARE(sub->isDeclared(), declared);
    QCOMPARE(describe(sub->validate(json(value))), errors);
    QCOMPARE(sub->isValid(json(value)), errors.isEmpty());
}

void tst_JsonSchema::subschemaAnnotations()
{
    const JsonSchema schema = schemaOf(kConfigSchema);
    const auto sub = schema.subschemaAt(u"/configuration/limits/max_users");
    QVERIFY(sub);
    QCOMPARE(sub->annotation(u"default"), QJsonValue(100));
    QCOMPARE(sub->annotation(u"description"), QJsonValue(u"users"_s));
    QVERIFY(sub->annotation(u"title").isUndefined());
    QCOMPARE(sub->schemaLocations(),
             (QStringList {u"#/properties/configuration/properties/limits/properties/max_users"_s,
                           u"#/$defs/limit"_s}));
    QCOMPARE(sub->schema().value(u"default"), QJsonValue(100));
    QVERIFY(!sub->acceptsAnything());

    const auto free = schema.subschemaAt(u"/metadata/x");
    QVERIFY(free);
    QVERIFY(free->acceptsAnything());
    QVERIFY(free->schema().isEmpty());
}

void tst_JsonSchema::positionsFromLocator()
{
    const JsonSchema schema = schemaOf(kConfigSchema);
    const QString text = uR"({
  "tier": "pro",
  "configuration": {
    "limits": {"max_users": 20000, "max_user": 1},
    "security": {"mfa_config": {"required": "yes"}}
  },
  "naïve": true
})"_s;
    JsonLocator locator;
    const auto document = JsonLocator::parse(text, &locator);
    QVERIFY(document);
    const QList<Error> errors = schema.validate(document->object(), locator);
    QStringList shown;
    for (const Error &e : errors)
        shown << u"%1:%2 %3"_s.arg(e.line).arg(e.column).arg(e.field);
    QCOMPARE(
        shown,
        (QStringList {u"2:11 /tier"_s,
                      u"4:29 /configuration/limits/max_users"_s, // the value
                      u"4:36 /configuration/limits/max_user"_s, // the key
                      u"5:45 /configuration/security/mfa_config/required"_s, u"7:3 /naïve"_s}));
    QCOMPARE(errors.at(1).offset, locator.valuePosition(errors.at(1).field).offset);
    QCOMPARE(errors.at(2).offset, locator.keyPosition(errors.at(2).field).offset);

    // A missing member: at its object's key.
    const QString partial = u"{\n  \"tier\": \"free\"\n}"_s;
    JsonLocator partialLocator(partial);
    const QList<Error> missing = schema.validate(json(partial), partialLocator);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.constFirst().field, QString());
    QCOMPARE(missing.constFirst().line, 1);
    QCOMPARE(missing.constFirst().column, 1);
}

void tst_JsonSchema::officialSuite_data()
{
    QTest::addColumn<QJsonValue>("schema");
    QTest::addColumn<QJsonValue>("data");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("skip");

    // Cases left out on purpose, by "file / group[ / test]", with the reason.
    const QHash<QString, QString> skipped {
        {u"ref.json / escaped pointer ref"_s,
         u"its $refs point at non-keyword members of a schema; unknown keywords are load "
         u"errors here"_s},
        {u"ref.json / relative pointer ref to array"_s,
         u"points into a draft 4 items array (prefixItems in 2020-12)"_s},
        {u"ref.json / remote ref, containing refs itself"_s,
         u"remote $ref (the draft 4 meta-schema); only local references are supported"_s},
        {u"optional/format.json / validation of IPv6 addresses"_s,
         u"\"ipv6\" is an annotation here (not asserted)"_s},
        {u"optional/format.json / validation of URIs / a valid protocol-relative URI"_s,
         u"draft 4 accepted a URI without a scheme; draft 2020-12 (RFC 3986 absolute URI) "
         u"does not"_s},
    };
    const QString root = QStringLiteral(TENANCY_SOURCE_DIR "/tests/data/json-schema-suite/draft4");
    QDirIterator files(root, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (files.hasNext())
        paths << files.next();
    paths.sort();
    QVERIFY2(paths.size() >= 25, qPrintable(root));
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString name = QDir(root).relativeFilePath(path);
        const QJsonArray groups = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY2(!groups.isEmpty(), qPrintable(path));
        for (const QJsonValue &groupValue : groups) {
            const QJsonObject group = groupValue.toObject();
            const QString groupName = name + u" / " + group.value(u"description").toString();
            const QJsonValue schema = fromDraft4(group.value(u"schema"));
            for (const QJsonValue &testValue : group.value(u"tests").toArray()) {
                const QJsonObject test = testValue.toObject();
                const QString testName = groupName + u" / " + test.value(u"description").toString();
                const QString skip = skipped.value(testName, skipped.value(groupName));
                QTest::newRow(qPrintable(testName))
                    << schema << test.value(u"data") << test.value(u"valid").toBool() << skip;
            }
        }
    }
}

void tst_JsonSchema::officialSuite()
{
    QFETCH(QJsonValue, schema);
    QFETCH(QJsonValue, data);
    QFETCH(bool, valid);
    QFETCH(QString, skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    const auto compiled = JsonSchema::load(schema);
    if (!compiled)
        QFAIL(qPrintable(compiled.error().message));
    const QList<Error> errors = compiled->validate(data);
    QVERIFY2(errors.isEmpty() == valid,
             qPrintable(valid ? describe(errors).join(u"; ") : u"no error reported"_s));
    QCOMPARE(compiled->isValid(data), valid);
    for (const Error &e : errors)
        QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
}

QTEST_GUILESS_MAIN(tst_JsonSchema)
#include "tst_jsonschema.moc"
