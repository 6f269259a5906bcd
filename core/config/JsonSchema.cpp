// JsonSchema: the compiled node type, the compiler (keyword table, $ref resolution, loop
// check), the validator with its messages, and the format checks. Over 600 lines on purpose:
// all of it shares the private node type, and splitting it would only move that type into a
// header of its own.
#include "JsonSchema.h"

#include "JsonLocator.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

// One bit per JSON type; numbers split into integral and fractional ones so that "integer"
// and "number" are masks over the same bits.
enum TypeBit : quint8 {
    NullBit = 1,
    BooleanBit = 2,
    ObjectBit = 4,
    ArrayBit = 8,
    StringBit = 16,
    FractionBit = 32,
    IntegerBit = 64,
    NumberBits = FractionBit | IntegerBit,
    AllBits = 127,
};

enum class Format { None, DateTime, Email, Uri, Hostname, Ipv4 };

bool isIntegral(double d)
{
    return std::isfinite(d) && std::trunc(d) == d;
}

quint8 typeBit(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return NullBit;
    case QJsonValue::Bool:
        return BooleanBit;
    case QJsonValue::Double:
        return isIntegral(v.toDouble()) ? IntegerBit : FractionBit;
    case QJsonValue::String:
        return StringBit;
    case QJsonValue::Array:
        return ArrayBit;
    case QJsonValue::Object:
        return ObjectBit;
    case QJsonValue::Undefined:
        break;
    }
    return 0;
}

qsizetype codePoints(const QString &s)
{
    qsizetype count = s.size();
    for (qsizetype k = 1; k < s.size(); ++k) {
        if (s.at(k).isLowSurrogate() && s.at(k - 1).isHighSurrogate())
            --count;
    }
    return count;
}

// Equality in the JSON data model: 1 and 1.0 are equal, objects ignore member order.
bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Double:
        return a.toDouble() == b.toDouble();
    case QJsonValue::String:
        return a.toString() == b.toString();
    case QJsonValue::Bool:
        return a.toBool() == b.toBool();
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!jsonEqual(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.size() != y.size())
            return false;
        for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
            const auto other = y.constFind(it.key());
            if (other == y.constEnd() || !jsonEqual(it.value(), other.value()))
                return false;
        }
        return true;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    }
    return false;
}

QString formatNumber(double d)
{
    if (isIntegral(d) && std::fabs(d) < 1e17)
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// At most 60 characters of text, with "…" where it was cut.
QString shortened(const QString &text)
{
    constexpr qsizetype kMax = 60;
    if (codePoints(text) <= kMax)
        return text;
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), kMax - 1) + u'…';
}

QString quoted(const QString &s)
{
    QString text = shortened(s);
    text.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return u'"' + text + u'"';
}

QString display(const QJsonValue &v); // below, with the other message helpers

// The ways a schema location is written in messages: "#" and "#/properties/limits".
QString schemaLocation(const QString &pointer)
{
    return u'#' + pointer;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The candidate a person most likely meant by name (a typo, another case), or empty.
QString closest(const QString &name, const QStringList &candidates)
{
    const QString lower = name.toLower();
    const int allowed = std::clamp(int(name.size()) / 3, 1, 3);
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(lower, candidate.toLower());
        if (distance < bestDistance && distance < name.size()) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// ECMA-262 regular expressions (what JSON Schema patterns are written in) as PCRE2 reads them:
// "$" is the end of the text (PCRE also matches before a final newline), "\uXXXX" becomes
// "\x{XXXX}", "\s" includes the Unicode spaces, and "[]" / "[^]" keep their ECMA meaning.
QString ecmaToPcre(const QString &p)
{
    static const QString spaces = u"\\s\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}"
                                  u"\\x{202f}\\x{205f}\\x{3000}\\x{feff}"_s;
    QString out;
    out.reserve(p.size() + 8);
    bool inClass = false;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == u'\\' && i + 1 < p.size()) {
            const QChar next = p.at(i + 1);
            if (next == u'u' && i + 5 < p.size() && isHex(p.at(i + 2)) && isHex(p.at(i + 3))
                && isHex(p.at(i + 4)) && isHex(p.at(i + 5))) {
                out += u"\\x{" + p.mid(i + 2, 4) + u'}';
                i += 5;
            } else if (next == u's') {
                out += inClass ? spaces : u'[' + spaces + u']';
                ++i;
            } else if (next == u'S' && !inClass) {
                out += u"[^" + spaces + u']';
                ++i;
            } else {
                out += c;
                out += next;
                ++i;
            }
            continue;
        }
        if (inClass) {
            if (c == u']')
                inClass = false;
            out += c;
            continue;
        }
        if (c == u'[') {
            if (p.mid(i, 2) == u"[]") {
                out += u"(?!)";
                ++i;
            } else if (p.mid(i, 3) == u"[^]") {
                out += u"[\\s\\S]";
                i += 2;
            } else {
                inClass = true;
                out += c;
                if (i + 1 < p.size() && p.at(i + 1) == u'^')
                    out += p.at(++i);
            }
            continue;
        }
        if (c == u'$')
            out += u"\\z";
        else
            out += c;
    }
    return out;
}

// --- formats -------------------------------------------------------------------------------

bool isIpv4(QStringView s)
{
    const auto parts = s.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return false;
        int value = 0;
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c.unicode() - u'0');
        }
        if (value > 255)
            return false;
    }
    return true;
}

bool isHostname(QStringView s)
{
    if (s.isEmpty() || s.size() > 253)
        return false;
    for (const QStringView label : s.split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
            return false;
        for (const QChar c : label) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                || (c >= u'0' && c <= u'9') || c == u'-';
            if (!ok)
                return false;
        }
    }
    return true;
}

bool isDateTime(const QString &s)
{
    static const QRegularExpression re(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?"
        u"(?:[Zz]|([+-])(\\d{2}):(\\d{2}))\\z"_s);
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return false;
    const auto number = [&m](int group) {
        return m.capturedView(group).toInt();
    };
    const int year = number(1);
    const int month = number(2);
    const int day = number(3);
    const int hour = number(4);
    const int minute = number(5);
    const int second = number(6);
    static constexpr int daysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1)
        return false;
    const bool leapYear = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > (month == 2 && leapYear ? 29 : daysIn[month - 1]))
        return false;
    if (hour > 23 || minute > 59 || second > 60)
        return false;
    int offset = 0;
    if (m.capturedStart(7) >= 0) {
        const int offsetHours = number(8);
        const int offsetMinutes = number(9);
        if (offsetHours > 23 || offsetMinutes > 59)
            return false;
        offset = (offsetHours * 60 + offsetMinutes) * (m.capturedView(7) == u"-" ? -1 : 1);
    }
    if (second == 60) // a leap second is only ever 23:59:60 UTC
        return ((hour * 60 + minute - offset) % 1440 + 1440) % 1440 == 23 * 60 + 59;
    return true;
}

bool isEmail(const QString &s)
{
    const qsizetype at = s.lastIndexOf(u'@');
    if (at <= 0 || at == s.size() - 1)
        return false;
    const QString local = s.left(at);
    const QString domain = s.mid(at + 1);
    static const QRegularExpression dotAtom(
        u"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\\z"_s);
    static const QRegularExpression quotedLocal(u"^\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"\\z"_s);
    if (!dotAtom.match(local).hasMatch() && !quotedLocal.match(local).hasMatch())
        return false;
    if (domain.startsWith(u'[') && domain.endsWith(u']')) {
        const QStringView literal = QStringView(domain).mid(1, domain.size() - 2);
        if (literal.startsWith(u"IPv6:")) {
            static const QRegularExpression ipv6(u"^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\\z"_s);
            return ipv6.match(literal.mid(5)).hasMatch();
        }
        return isIpv4(literal);
    }
    return isHostname(domain);
}

bool isUri(const QString &s)
{
    // RFC 3986 absolute URI: scheme ":" hier-part ["?" query] ["#" fragment]; every "%" must
    // start an escape.
    static const QRegularExpression re(
        uR"(^[A-Za-z][A-Za-z0-9+.\-]*:)"
        uR"((?://(?:[A-Za-z0-9\-._~!$&'()*+,;=:%]*@)?)"
        uR"((?:\[[0-9A-Fa-f:.vV]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]*)(?::[0-9]*)?)"
        uR"((?:/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)?)"
        uR"(|(?!//)[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*))"
        uR"((?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?)"
        uR"((?:#[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?\z)"_s);
    if (!re.match(s).hasMatch())
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'%' && (i + 2 >= s.size() || !isHex(s.at(i + 1)) || !isHex(s.at(i + 2))))
            return false;
    }
    return true;
}

bool matchesFormat(Format format, const QString &s)
{
    switch (format) {
    case Format::None:
        return true;
    case Format::DateTime:
        return isDateTime(s);
    case Format::Email:
        return isEmail(s);
    case Format::Uri:
        return isUri(s);
    case Format::Hostname:
        return isHostname(s);
    case Format::Ipv4:
        return isIpv4(s);
    }
    return true;
}

} // namespace

// --- the compiled schema ------------------------------------------------------------------

struct JsonSchemaNode
{
    QString location; // JSON Pointer into the schema document
    QJsonValue source;
    int boolean = -1; // 0: the schema false, 1: true, -1: an object schema
    quint8 types = AllBits;
    bool hasTypes = false;
    mutable quint8 accepted = AllBits; // the types this schema can accept (for messages)

    std::optional<QJsonValue> constValue;
    std::optional<QJsonArray> enumValues;

    QHash<QString, const JsonSchemaNode *> properties;
    QStringList propertyOrder;
    QStringList required;
    const JsonSchemaNode *additionalProperties = nullptr;
    QList<std::pair<QRegularExpression, const JsonSchemaNode *>> patternProperties;
    const JsonSchemaNode *propertyNames = nullptr;
    qint64 minProperties = -1;
    qint64 maxProperties = -1;
    QList<std::pair<QString, QStringList>> dependentRequired;
    QList<std::pair<QString, const JsonSchemaNode *>> dependentSchemas;

    QList<const JsonSchemaNode *> prefixItems;
    const JsonSchemaNode *items = nullptr;
    qint64 minItems = -1;
    qint64 maxItems = -1;
    bool uniqueItems = false;
    const JsonSchemaNode *contains = nullptr;
    qint64 minContains = -1;
    qint64 maxContains = -1;

    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<double> exclusiveMinimum;
    std::optional<double> exclusiveMaximum;
    std::optional<double> multipleOf;

    qint64 minLength = -1;
    qint64 maxLength = -1;
    std::optional<QRegularExpression> pattern;
    QString patternText;
    Format format = Format::None;

    QList<const JsonSchemaNode *> allOf;
    QList<const JsonSchemaNode *> anyOf;
    QList<const JsonSchemaNode *> oneOf;
    const JsonSchemaNode *notSchema = nullptr;
    const JsonSchemaNode *ifSchema = nullptr;
    const JsonSchemaNode *thenSchema = nullptr;
    const JsonSchemaNode *elseSchema = nullptr;
    QString ref;
    const JsonSchemaNode *refTarget = nullptr;

    // The schemas that apply to the same instance (for loop checks and type inference).
    QList<const JsonSchemaNode *> inPlace() const
    {
        QList<const JsonSchemaNode *> out;
        if (refTarget)
            out << refTarget;
        out << allOf << anyOf << oneOf;
        for (const JsonSchemaNode *n : {notSchema, ifSchema, thenSchema, elseSchema}) {
            if (n)
                out << n;
        }
        for (const auto &entry : dependentSchemas)
            out << entry.second;
        return out;
    }
};

struct JsonSchemaData
{
    QJsonValue source;
    QString id;
    std::vector<std::unique_ptr<JsonSchemaNode>> nodes;
    QHash<QString, JsonSchemaNode *> byLocation;
    const JsonSchemaNode *root = nullptr;
};

namespace {

using Node = JsonSchemaNode;

const QStringList &supportedKeywords()
{
    static const QStringList keywords {u"$schema"_s,
                                       u"$id"_s,
                                       u"$defs"_s,
                                       u"$ref"_s,
                                       u"$comment"_s,
                                       u"title"_s,
                                       u"description"_s,
                                       u"default"_s,
                                       u"examples"_s,
                                       u"deprecated"_s,
                                       u"readOnly"_s,
                                       u"writeOnly"_s,
                                       u"type"_s,
                                       u"enum"_s,
                                       u"const"_s,
                                       u"properties"_s,
                                       u"required"_s,
                                       u"additionalProperties"_s,
                                       u"patternProperties"_s,
                                       u"propertyNames"_s,
                                       u"items"_s,
                                       u"prefixItems"_s,
                                       u"minItems"_s,
                                       u"maxItems"_s,
                                       u"uniqueItems"_s,
                                       u"contains"_s,
                                       u"minContains"_s,
                                       u"maxContains"_s,
                                       u"minimum"_s,
                                       u"maximum"_s,
                                       u"exclusiveMinimum"_s,
                                       u"exclusiveMaximum"_s,
                                       u"multipleOf"_s,
                                       u"minLength"_s,
                                       u"maxLength"_s,
                                       u"pattern"_s,
                                       u"format"_s,
                                       u"allOf"_s,
                                       u"anyOf"_s,
                                       u"oneOf"_s,
                                       u"not"_s,
                                       u"if"_s,
                                       u"then"_s,
                                       u"else"_s,
                                       u"dependentRequired"_s,
                                       u"dependentSchemas"_s,
                                       u"minProperties"_s,
                                       u"maxProperties"_s};
    return keywords;
}

class SchemaCompiler
{
public:
    explicit SchemaCompiler(JsonSchemaData &data)
        : d(data)
    { }

    std::optional<Error> error;

    Node *compile(const QJsonValue &schema, const QString &location)
    {
        auto owned = std::make_unique<Node>();
        Node *node = owned.get();
        node->location = location;
        node->source = schema;
        d.nodes.push_back(std::move(owned));
        d.byLocation.insert(location, node);
        if (schema.isBool()) {
            node->boolean = schema.toBool() ? 1 : 0;
            return node;
        }
        if (!schema.isObject()) {
            fail(location,
                 JsonSchema::tr("the schema at %1 must be an object or a boolean")
                     .arg(schemaLocation(location)));
            return nullptr;
        }
        const QJsonObject object = schema.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!keyword(*node, it.key(), it.value(), JsonPointer::append(location, it.key())))
                return nullptr;
        }
        return node;
    }

    bool resolveReferences()
    {
        for (const auto &owned : d.nodes) {
            Node &node = *owned;
            if (node.ref.isNull())
                continue;
            const QString at = JsonPointer::append(node.location, u"$ref");
            QString ref = node.ref;
            if (!d.id.isEmpty() && ref.startsWith(d.id))
                ref = ref.mid(d.id.size());
            if (ref.isEmpty())
                ref = u"#"_s;
            if (!ref.startsWith(u'#'))
                return fail(at,
                            JsonSchema::tr("$ref \"%1\" at %2 points outside this schema; only "
                                           "local references such as \"#/$defs/name\" are "
                                           "supported")
                                .arg(node.ref, schemaLocation(node.location)));
            const QString fragment = QUrl::fromPercentEncoding(ref.mid(1).toUtf8());
            const auto tokens = JsonPointer::split(fragment);
            if (!tokens)
                return fail(at,
                            JsonSchema::tr("$ref \"%1\" at %2 names an anchor; anchors are not "
                                           "supported, use a JSON Pointer such as "
                                           "\"#/$defs/name\"")
                                .arg(node.ref, schemaLocation(node.location)));
            QString target;
            for (const QString &token : *tokens)
                target = JsonPointer::append(target, token);
            node.refTarget = d.byLocation.value(target);
            if (!node.refTarget)
                return fail(at,
                            JsonSchema::tr("$ref \"%1\" at %2 does not point to a schema in this "
                                           "document")
                                .arg(node.ref, schemaLocation(node.location)));
        }
        return true;
    }

    // A schema that applies itself to the same value again ({"$ref": "#"} at the root, two
    // $defs referring to each other) would never finish: refused at load.
    bool checkLoops()
    {
        QHash<const Node *, int> state; // 1: on the current path, 2: done
        std::function<bool(const Node *)> visit = [&](const Node *node) {
            const int s = state.value(node);
            if (s == 2)
                return true;
            if (s == 1)
                return fail(node->location,
                            JsonSchema::tr("the schema at %1 applies itself to the same value "
                                           "again ($ref loop)")
                                .arg(schemaLocation(node->location)));
            state.insert(node, 1);
            for (const Node *next : node->inPlace()) {
                if (!visit(next))
                    return false;
            }
            state.insert(node, 2);
            return true;
        };
        for (const auto &owned : d.nodes) {
            if (!visit(owned.get()))
                return false;
        }
        return true;
    }

    void inferTypes()
    {
        QSet<const Node *> done;
        std::function<quint8(const Node *)> accepted = [&](const Node *node) -> quint8 {
            if (done.contains(node))
                return node->accepted;
            quint8 mask = AllBits;
            if (node->boolean >= 0) {
                mask = node->boolean ? AllBits : 0;
            } else {
                if (node->hasTypes)
                    mask &= node->types;
                if (node->constValue)
                    mask &= typeBit(*node->constValue);
                if (node->enumValues) {
                    quint8 values = 0;
                    for (const QJsonValue &v : *node->enumValues)
                        values |= typeBit(v);
                    mask &= values;
                }
                if (node->refTarget)
                    mask &= accepted(node->refTarget);
                for (const Node *n : std::as_const(node->allOf))
                    mask &= accepted(n);
                for (const auto *alternatives : {&node->anyOf, &node->oneOf}) {
                    if (alternatives->isEmpty())
                        continue;
                    quint8 any = 0;
                    for (const Node *n : *alternatives)
                        any |= accepted(n);
                    mask &= any;
                }
            }
            node->accepted = mask;
            done.insert(node);
            return mask;
        };
        for (const auto &owned : d.nodes)
            accepted(owned.get());
    }

private:
    bool fail(const QString &location, const QString &message)
    {
        if (!error)
            error = Error {ErrorCode::Catalog, message, location};
        return false;
    }

    bool wrongShape(const QString &at, const QString &keyword, const QString &expected)
    {
        return fail(at,
                    JsonSchema::tr("\"%1\" at %2 must be %3")
                        .arg(keyword, schemaLocation(JsonPointer::parent(at)), expected));
    }

    std::optional<qint64> count(const QString &at, const QString &keyword, const QJsonValue &v)
    {
        if (v.isDouble() && isIntegral(v.toDouble()) && v.toDouble() >= 0)
            return qint64(v.toDouble());
        wrongShape(at, keyword, JsonSchema::tr("a non-negative integer"));
        return std::nullopt;
    }

    const Node *subschema(const QString &at, const QJsonValue &v) { return compile(v, at); }

    bool schemaList(const QString &at, const QString &keyword, const QJsonValue &v,
                    QList<const Node *> &out)
    {
        if (!v.isArray() || v.toArray().isEmpty())
            return wrongShape(at, keyword, JsonSchema::tr("a non-empty array of schemas"));
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const Node *n = compile(array.at(i), JsonPointer::append(at, i));
            if (!n)
                return false;
            out << n;
        }
        return true;
    }

    std::optional<QStringList> uniqueStrings(const QString &at, const QString &keyword,
                                             const QJsonValue &v)
    {
        QStringList out;
        const auto bad = [&] {
            wrongShape(at, keyword, JsonSchema::tr("an array of different strings"));
            return std::nullopt;
        };
        if (!v.isArray())
            return bad();
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || out.contains(item.toString()))
                return bad();
            out << item.toString();
        }
        return out;
    }

    std::optional<QRegularExpression> regex(const QString &at, const QString &text)
    {
        QRegularExpression re(ecmaToPcre(text));
        if (!re.isValid()) {
            fail(at,
                 JsonSchema::tr("the pattern \"%1\" at %2 is not a valid regular expression: %3")
                     .arg(text, schemaLocation(JsonPointer::parent(at)), re.errorString()));
            return std::nullopt;
        }
        re.optimize();
        return re;
    }

    bool keyword(Node &node, const QString &key, const QJsonValue &v, const QString &at)
    {
        const auto number = [&](std::optional<double> &out) {
            if (!v.isDouble())
                return wrongShape(at, key, JsonSchema::tr("a number"));
            out = v.toDouble();
            return true;
        };
        const auto counted = [&](qint64 &out) {
            const auto n = count(at, key, v);
            if (n)
                out = *n;
            return n.has_value();
        };
        const auto single = [&](const Node *&out) {
            out = subschema(at, v);
            return out != nullptr;
        };
        const auto string = [&] {
            return v.isString() || wrongShape(at, key, JsonSchema::tr("a string"));
        };
        const auto boolean = [&] {
            return v.isBool() || wrongShape(at, key, JsonSchema::tr("true or false"));
        };

        // Annotations and identifiers.
        if (key == u"$schema") {
            static const QStringList dialects {u"https://json-schema.org/draft/2020-12/schema"_s,
                                               u"https://json-schema.org/draft/2020-12/schema#"_s};
            if (!string())
                return false;
            if (!dialects.contains(v.toString()))
                return fail(
                    at,
                    JsonSchema::tr("only JSON Schema draft 2020-12 is supported (\"$schema\" "
                                   "at %1 is \"%2\")")
                        .arg(schemaLocation(node.location), v.toString()));
            return true;
        }
        if (key == u"$id") {
            if (!string())
                return false;
            if (!node.location.isEmpty())
                return fail(at,
                            JsonSchema::tr("\"$id\" at %1 is not supported: only the root schema "
                                           "may have an \"$id\"")
                                .arg(schemaLocation(node.location)));
            return true;
        }
        if (key == u"$comment" || key == u"title" || key == u"description")
            return string();
        if (key == u"default" || key == u"const") {
            if (key == u"const")
                node.constValue = v;
            return true;
        }
        if (key == u"examples")
            return v.isArray() || wrongShape(at, key, JsonSchema::tr("an array"));
        if (key == u"deprecated" || key == u"readOnly" || key == u"writeOnly")
            return boolean();
        if (key == u"$defs") {
            if (!v.isObject())
                return wrongShape(at, key, JsonSchema::tr("an object of schemas"));
            const QJsonObject defs = v.toObject();
            for (auto it = defs.constBegin(); it != defs.constEnd(); ++it) {
                if (!compile(it.value(), JsonPointer::append(at, it.key())))
                    return false;
            }
            return true;
        }
        if (key == u"$ref") {
            if (!string())
                return false;
            node.ref = v.toString();
            return true;
        }

        // Any type.
        if (key == u"type") {
            static const QHash<QString, quint8> names {
                {u"null"_s, NullBit},      {u"boolean"_s, BooleanBit}, {u"object"_s, ObjectBit},
                {u"array"_s, ArrayBit},    {u"string"_s, StringBit},   {u"number"_s, NumberBits},
                {u"integer"_s, IntegerBit}};
            QJsonArray list;
            if (v.isString())
                list.append(v);
            else if (v.isArray() && !v.toArray().isEmpty())
                list = v.toArray();
            else
                return wrongShape(at, key, JsonSchema::tr("a type name or an array of them"));
            node.types = 0;
            node.hasTypes = true;
            for (const QJsonValue &name : std::as_const(list)) {
                const auto it = names.constFind(name.toString());
                if (!name.isString() || it == names.cend()) {
                    const QString shown = name.isString() ? quoted(name.toString()) : display(name);
                    const QString suggestion = closest(name.toString(), names.keys());
                    if (name.isString() && !suggestion.isEmpty())
                        return fail(at,
                                    JsonSchema::tr("unknown type %1 at %2 (did you mean \"%3\"?)")
                                        .arg(shown, schemaLocation(node.location), suggestion));
                    return fail(at,
                                JsonSchema::tr("unknown type %1 at %2 (known: %3)")
                                    .arg(shown, schemaLocation(node.location),
                                         u"null, boolean, object, array, string, number, "
                                         u"integer"_s));
                }
                node.types |= *it;
            }
            return true;
        }
        if (key == u"enum") {
            if (!v.isArray())
                return wrongShape(at, key, JsonSchema::tr("an array"));
            node.enumValues = v.toArray();
            return true;
        }

        // Objects.
        if (key == u"properties" || key == u"patternProperties" || key == u"dependentSchemas") {
            if (!v.isObject())
                return wrongShape(at, key, JsonSchema::tr("an object of schemas"));
            const QJsonObject members = v.toObject();
            for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
                const QString memberAt = JsonPointer::append(at, it.key());
                const Node *child = compile(it.value(), memberAt);
                if (!child)
                    return false;
                if (key == u"properties") {
                    node.properties.insert(it.key(), child);
                    node.propertyOrder << it.key();
                } else if (key == u"dependentSchemas") {
                    node.dependentSchemas.append({it.key(), child});
                } else {
                    auto re = regex(memberAt, it.key());
                    if (!re)
                        return false;
                    node.patternProperties.append({std::move(*re), child});
                }
            }
            return true;
        }
        if (key == u"required") {
            const auto names = uniqueStrings(at, key, v);
            if (names)
                node.required = *names;
            return names.has_value();
        }
        if (key == u"dependentRequired") {
            if (!v.isObject())
                return wrongShape(at, key, JsonSchema::tr("an object of string arrays"));
            const QJsonObject members = v.toObject();
            for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
                const auto names
                    = uniqueStrings(JsonPointer::append(at, it.key()), key, it.value());
                if (!names)
                    return false;
                node.dependentRequired.append({it.key(), *names});
            }
            return true;
        }
        if (key == u"additionalProperties")
            return single(node.additionalProperties);
        if (key == u"propertyNames")
            return single(node.propertyNames);
        if (key == u"minProperties")
            return counted(node.minProperties);
        if (key == u"maxProperties")
            return counted(node.maxProperties);

        // Arrays.
        if (key == u"items") {
            if (v.isArray())
                return fail(at,
                            JsonSchema::tr("\"items\" at %1 is an array: in draft 2020-12 that is "
                                           "\"prefixItems\"")
                                .arg(schemaLocation(node.location)));
            return single(node.items);
        }
        if (key == u"prefixItems")
            return schemaList(at, key, v, node.prefixItems);
        if (key == u"minItems")
            return counted(node.minItems);
        if (key == u"maxItems")
            return counted(node.maxItems);
        if (key == u"uniqueItems") {
            node.uniqueItems = v.toBool();
            return boolean();
        }
        if (key == u"contains")
            return single(node.contains);
        if (key == u"minContains")
            return counted(node.minContains);
        if (key == u"maxContains")
            return counted(node.maxContains);

        // Numbers.
        if (key == u"minimum")
            return number(node.minimum);
        if (key == u"maximum")
            return number(node.maximum);
        if (key == u"exclusiveMinimum")
            return number(node.exclusiveMinimum);
        if (key == u"exclusiveMaximum")
            return number(node.exclusiveMaximum);
        if (key == u"multipleOf") {
            if (!v.isDouble() || !(v.toDouble() > 0))
                return wrongShape(at, key, JsonSchema::tr("a number greater than 0"));
            node.multipleOf = v.toDouble();
            return true;
        }

        // Strings.
        if (key == u"minLength")
            return counted(node.minLength);
        if (key == u"maxLength")
            return counted(node.maxLength);
        if (key == u"pattern") {
            if (!string())
                return false;
            node.pattern = regex(at, v.toString());
            node.patternText = v.toString();
            return node.pattern.has_value();
        }
        if (key == u"format") {
            static const QHash<QString, Format> formats {{u"date-time"_s, Format::DateTime},
                                                         {u"email"_s, Format::Email},
                                                         {u"uri"_s, Format::Uri},
                                                         {u"hostname"_s, Format::Hostname},
                                                         {u"ipv4"_s, Format::Ipv4}};
            if (!string())
                return false;
            node.format = formats.value(v.toString(), Format::None); // others: annotations
            return true;
        }

        // Applicators.
        if (key == u"allOf")
            return schemaList(at, key, v, node.allOf);
        if (key == u"anyOf")
            return schemaList(at, key, v, node.anyOf);
        if (key == u"oneOf")
            return schemaList(at, key, v, node.oneOf);
        if (key == u"not")
            return single(node.notSchema);
        if (key == u"if")
            return single(node.ifSchema);
        if (key == u"then")
            return single(node.thenSchema);
        if (key == u"else")
            return single(node.elseSchema);

        return unknownKeyword(node, key, at);
    }

    bool unknownKeyword(const Node &node, const QString &key, const QString &at)
    {
        static const QHash<QString, QString> replacements {
            {u"definitions"_s, u"$defs"_s},
            {u"dependencies"_s, u"dependentRequired or dependentSchemas"_s},
            {u"additionalItems"_s, u"items (with prefixItems)"_s},
            {u"id"_s, u"$id"_s},
        };
        static const QStringList unsupported {
            u"$anchor"_s,          u"$dynamicRef"_s,           u"$dynamicAnchor"_s,
            u"$vocabulary"_s,      u"$recursiveRef"_s,         u"$recursiveAnchor"_s,
            u"unevaluatedItems"_s, u"unevaluatedProperties"_s, u"contentEncoding"_s,
            u"contentMediaType"_s, u"contentSchema"_s};
        const QString where = schemaLocation(node.location);
        if (const auto it = replacements.constFind(key); it != replacements.cend())
            return fail(at,
                        JsonSchema::tr("\"%1\" at %2 is from an older draft; draft 2020-12 uses %3")
                            .arg(key, where, *it));
        if (unsupported.contains(key))
            return fail(
                at,
                JsonSchema::tr("\"%1\" at %2 is not supported by this validator").arg(key, where));
        const QString suggestion = closest(key, supportedKeywords());
        if (!suggestion.isEmpty())
            return fail(at,
                        JsonSchema::tr("unknown keyword \"%1\" at %2 (did you mean \"%3\"?)")
                            .arg(key, where, suggestion));
        return fail(at, JsonSchema::tr("unknown keyword \"%1\" at %2").arg(key, where));
    }

    JsonSchemaData &d;
};

// --- validation ---------------------------------------------------------------------------

QString typeNames(quint8 mask)
{
    QStringList names;
    if (mask & ObjectBit)
        names << JsonSchema::tr("an object");
    if (mask & ArrayBit)
        names << JsonSchema::tr("an array");
    if (mask & StringBit)
        names << JsonSchema::tr("a string");
    if ((mask & NumberBits) == NumberBits)
        names << JsonSchema::tr("a number");
    else if (mask & IntegerBit)
        names << JsonSchema::tr("an integer");
    else if (mask & FractionBit)
        names << JsonSchema::tr("a number with a fraction");
    if (mask & BooleanBit)
        names << JsonSchema::tr("a boolean");
    if (mask & NullBit)
        names << JsonSchema::tr("null");
    if (names.isEmpty())
        return JsonSchema::tr("nothing");
    if (names.size() == 1)
        return names.constFirst();
    const QString last = names.takeLast();
    return JsonSchema::tr("%1 or %2").arg(names.join(u", "_s), last);
}

// A value as a message shows it: strings quoted (and shortened), numbers and literals as they
// are, objects and arrays by their kind.
QString display(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return formatNumber(v.toDouble());
    case QJsonValue::String:
        return quoted(v.toString());
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QJsonDocument document
            = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
        return shortened(QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
    }
    case QJsonValue::Undefined:
        break;
    }
    return JsonSchema::tr("nothing");
}

QString displayList(const QJsonArray &values)
{
    QStringList shown;
    for (const QJsonValue &v : values)
        shown << display(v);
    return shown.join(u", "_s);
}

QString typeMessage(quint8 expected, const QJsonValue &v)
{
    const quint8 found = typeBit(v);
    QString what;
    if (found == FractionBit && (expected & IntegerBit))
        what = display(v); // "must be an integer (found 1.5)" says more than "a number"
    else if (found & NumberBits)
        what = JsonSchema::tr("a number");
    else
        what = typeNames(found);
    return JsonSchema::tr("must be %1 (found %2)").arg(typeNames(expected), what);
}

QString enumMessage(const QJsonArray &values, const QJsonValue &v)
{
    if (values.isEmpty())
        return JsonSchema::tr("no value is allowed here");
    if (values.size() == 1)
        return JsonSchema::tr("must be %1 (found %2)").arg(display(values.at(0)), display(v));
    if (v.isString()) {
        QStringList candidates;
        for (const QJsonValue &value : values) {
            if (value.isString())
                candidates << value.toString();
        }
        const QString suggestion = closest(v.toString(), candidates);
        if (!suggestion.isEmpty())
            return JsonSchema::tr("must be one of %1 (found %2; did you mean %3?)")
                .arg(displayList(values), display(v), quoted(suggestion));
    }
    return JsonSchema::tr("must be one of %1 (found %2)").arg(displayList(values), display(v));
}

QString unknownPropertyMessage(const QString &name, const QStringList &declared)
{
    const QString suggestion = closest(name, declared);
    if (!suggestion.isEmpty())
        return JsonSchema::tr("unknown property \"%1\" (did you mean \"%2\"?)")
            .arg(name, suggestion);
    if (!declared.isEmpty() && declared.size() <= 8)
        return JsonSchema::tr("unknown property \"%1\" (known: %2)")
            .arg(name, declared.join(u", "_s));
    return JsonSchema::tr("unknown property \"%1\"").arg(name);
}

QString formatMessage(Format format, const QJsonValue &v)
{
    switch (format) {
    case Format::DateTime:
        return JsonSchema::tr("must be a date and time such as 2024-05-01T12:00:00Z (RFC 3339) "
                              "(found %1)")
            .arg(display(v));
    case Format::Email:
        return JsonSchema::tr("must be an e-mail address such as name@example.com (found %1)")
            .arg(display(v));
    case Format::Uri:
        return JsonSchema::tr("must be an absolute URI such as https://example.com/path "
                              "(found %1)")
            .arg(display(v));
    case Format::Hostname:
        return JsonSchema::tr("must be a host name such as api.example.com (found %1)")
            .arg(display(v));
    case Format::Ipv4:
        return JsonSchema::tr("must be an IPv4 address such as 192.0.2.10 (found %1)")
            .arg(display(v));
    case Format::None:
        break;
    }
    return {};
}

QString notMessage(const Node *n)
{
    if (n->constValue)
        return JsonSchema::tr("must not be %1").arg(display(*n->constValue));
    if (n->enumValues)
        return JsonSchema::tr("must not be one of %1").arg(displayList(*n->enumValues));
    if (n->required.size() == 1)
        return JsonSchema::tr("must not have the property \"%1\"").arg(n->required.constFirst());
    if (n->hasTypes)
        return JsonSchema::tr("must not be %1").arg(typeNames(n->types));
    return JsonSchema::tr("must not match the schema at %1").arg(schemaLocation(n->location));
}

QString atMostProperties(qint64 most, qsizetype found)
{
    if (most == 0)
        return JsonSchema::tr("must be empty (found %1 properties)").arg(found);
    if (most == 1)
        return JsonSchema::tr("must have at most one property (found %1)").arg(found);
    return JsonSchema::tr("must have at most %1 properties (found %2)").arg(most).arg(found);
}

QString atMostItems(qint64 most, qsizetype found)
{
    if (most == 0)
        return JsonSchema::tr("must be empty (found %1 items)").arg(found);
    if (most == 1)
        return JsonSchema::tr("must have at most one item (found %1)").arg(found);
    return JsonSchema::tr("must have at most %1 items (found %2)").arg(most).arg(found);
}

// What a "contains" schema asks for, in words where that is short.
QString describeItem(const Node *n)
{
    const qsizetype keywords = n->source.toObject().size();
    if (n->constValue && keywords == 1)
        return display(*n->constValue);
    if (n->enumValues && keywords == 1)
        return JsonSchema::tr("one of %1").arg(displayList(*n->enumValues));
    if (n->hasTypes && keywords == 1)
        return typeNames(n->types);
    return JsonSchema::tr("an item matching %1").arg(schemaLocation(n->location));
}

bool isMultipleOf(double value, double divisor)
{
    const double quotient = value / divisor;
    if (!std::isfinite(quotient))
        return false;
    if (std::fabs(quotient) >= 9007199254740992.0) // 2^53: no fraction left to judge
        return std::fmod(value, divisor) == 0;
    return std::fabs(quotient - std::round(quotient)) <= 1e-9 * std::max(1.0, std::fabs(quotient));
}

struct Finding
{
    QString pointer;
    QString message;
    int depth = 0;
    bool atKey = false;
    bool mismatch = false; // a const/enum failed (a discriminator, when on a member)
};

// Walks an instance along the compiled schema. With findings == nullptr it only answers
// valid or not and stops at the first violation; otherwise it records every violation.
class SchemaValidator
{
public:
    SchemaValidator(QList<Finding> *findings, QString base)
        : m_out(findings)
        , m_base(std::move(base))
    { }

    bool check(const Node *n, const QJsonValue &v)
    {
        if (n->boolean == 1)
            return true;
        if (n->boolean == 0) {
            report(JsonSchema::tr("no value is allowed here"));
            return false;
        }
        const quint8 bit = typeBit(v);
        if (n->hasTypes && !(n->types & bit)) {
            report(typeMessage(n->types, v));
            return false;
        }
        bool ok = true;
        // Records a violation; false means "stop here" (only answering valid or not).
        const auto violated
            = [&](const QString &message, bool atKey = false, bool mismatch = false) {
                  ok = false;
                  report(message, atKey, mismatch);
                  return m_out != nullptr;
              };
        // A subschema failed (and reported itself).
        const auto failed = [&] {
            ok = false;
            return m_out != nullptr;
        };

        if (n->constValue && !jsonEqual(*n->constValue, v)
            && !violated(
                JsonSchema::tr("must be %1 (found %2)").arg(display(*n->constValue), display(v)),
                false, true))
            return false;
        if (n->enumValues) {
            const bool found = std::any_of(n->enumValues->begin(), n->enumValues->end(),
                                           [&v](const QJsonValue &e) { return jsonEqual(e, v); });
            if (!found && !violated(enumMessage(*n->enumValues, v), false, true))
                return false;
        }

        if (bit == ObjectBit && !checkObject(n, v.toObject(), violated, failed))
            return false;
        if (bit == ArrayBit && !checkArray(n, v.toArray(), violated, failed))
            return false;
        if (bit & NumberBits) {
            const double x = v.toDouble();
            const QString found = formatNumber(x);
            if (n->minimum && x < *n->minimum
                && !violated(JsonSchema::tr("must be at least %1 (found %2)")
                                 .arg(formatNumber(*n->minimum), found)))
                return false;
            if (n->maximum && x > *n->maximum
                && !violated(JsonSchema::tr("must be at most %1 (found %2)")
                                 .arg(formatNumber(*n->maximum), found)))
                return false;
            if (n->exclusiveMinimum && x <= *n->exclusiveMinimum
                && !violated(JsonSchema::tr("must be greater than %1 (found %2)")
                                 .arg(formatNumber(*n->exclusiveMinimum), found)))
                return false;
            if (n->exclusiveMaximum && x >= *n->exclusiveMaximum
                && !violated(JsonSchema::tr("must be less than %1 (found %2)")
                                 .arg(formatNumber(*n->exclusiveMaximum), found)))
                return false;
            if (n->multipleOf && !isMultipleOf(x, *n->multipleOf)
                && !violated(JsonSchema::tr("must be a multiple of %1 (found %2)")
                                 .arg(formatNumber(*n->multipleOf), found)))
                return false;
        }
        if (bit == StringBit) {
            const QString s = v.toString();
            if (n->minLength >= 0 || n->maxLength >= 0) {
                const qsizetype length = codePoints(s);
                if (length < n->minLength
                    && !violated(n->minLength == 1
                                     ? JsonSchema::tr("must not be empty")
                                     : JsonSchema::tr("must be at least %1 characters long "
                                                      "(found %2)")
                                           .arg(n->minLength)
                                           .arg(length)))
                    return false;
                if (n->maxLength >= 0 && length > n->maxLength
                    && !violated(
                        n->maxLength == 1
                            ? JsonSchema::tr("must be at most one character long (found %1)")
                                  .arg(length)
                            : JsonSchema::tr("must be at most %1 characters long (found %2)")
                                  .arg(n->maxLength)
                                  .arg(length)))
                    return false;
            }
            if (n->pattern && !n->pattern->match(s).hasMatch()
                && !violated(JsonSchema::tr("must match the pattern %1 (found %2)")
                                 .arg(n->patternText, display(v))))
                return false;
            if (n->format != Format::None && !matchesFormat(n->format, s)
                && !violated(formatMessage(n->format, v)))
                return false;
        }

        // Applicators on the same value.
        if (n->refTarget && !check(n->refTarget, v) && !failed())
            return false;
        for (const Node *sub : n->allOf) {
            if (!check(sub, v) && !failed())
                return false;
        }
        if (!n->anyOf.isEmpty()) {
            const bool any = std::any_of(n->anyOf.cbegin(), n->anyOf.cend(),
                                         [&](const Node *sub) { return probe(sub, v); });
            if (!any) {
                if (!failed())
                    return false;
                explain(n->anyOf, v);
            }
        }
        if (!n->oneOf.isEmpty()) {
            qsizetype matching = 0;
            for (const Node *sub : n->oneOf)
                matching += probe(sub, v) ? 1 : 0;
            if (matching == 0) {
                if (!failed())
                    return false;
                explain(n->oneOf, v);
            } else if (matching > 1
                       && !violated(
                           JsonSchema::tr("must match exactly one of the alternatives at "
                                          "%1, but matches %2 of them")
                               .arg(schemaLocation(JsonPointer::append(n->location, u"oneOf")))
                               .arg(matching))) {
                return false;
            }
        }
        if (n->notSchema && probe(n->notSchema, v) && !violated(notMessage(n->notSchema)))
            return false;
        if (n->ifSchema) {
            const Node *branch = probe(n->ifSchema, v) ? n->thenSchema : n->elseSchema;
            if (branch && !check(branch, v) && !failed())
                return false;
        }
        return ok;
    }

private:
    // One step down into the instance, undone when it goes out of scope.
    struct Step
    {
        Step(SchemaValidator &validator, const QString &key)
            : v(validator)
        {
            v.m_path.append({key, -1});
        }
        Step(SchemaValidator &validator, qsizetype index)
            : v(validator)
        {
            v.m_path.append({QString(), index});
        }
        ~Step() { v.m_path.removeLast(); }
        Q_DISABLE_COPY_MOVE(Step)
        SchemaValidator &v;
    };
    struct Segment
    {
        QString key;
        qsizetype index = -1;
    };

    QString pointer() const
    {
        QString p = m_base;
        for (const Segment &s : m_path) {
            p = s.index >= 0 ? JsonPointer::append(p, s.index) : JsonPointer::append(p, s.key);
        }
        return p;
    }

    void report(const QString &message, bool atKey = false, bool mismatch = false)
    {
        if (m_out)
            m_out->append({pointer(), message, int(m_path.size()), atKey, mismatch});
    }

    // Valid or not, without recording anything.
    bool probe(const Node *n, const QJsonValue &v)
    {
        QList<Finding> *saved = std::exchange(m_out, nullptr);
        const bool ok = check(n, v);
        m_out = saved;
        return ok;
    }

    QList<Finding> collect(const Node *n, const QJsonValue &v)
    {
        QList<Finding> findings;
        QList<Finding> *saved = std::exchange(m_out, &findings);
        check(n, v);
        m_out = saved;
        return findings;
    }

    template<typename Violated, typename Failed>
    bool checkObject(const Node *n, const QJsonObject &object, const Violated &violated,
                     const Failed &failed)
    {
        for (const QString &name : n->required) {
            if (!object.contains(name)
                && !violated(JsonSchema::tr("missing required property \"%1\"").arg(name), true))
                return false;
        }
        const qsizetype size = object.size();
        if (n->minProperties >= 0 && size < n->minProperties
            && !violated(n->minProperties == 1
                             ? JsonSchema::tr("must have at least one property")
                             : JsonSchema::tr("must have at least %1 properties (found %2)")
                                   .arg(n->minProperties)
                                   .arg(size),
                         true))
            return false;
        if (n->maxProperties >= 0 && size > n->maxProperties
            && !violated(atMostProperties(n->maxProperties, size), true))
            return false;
        for (const auto &[trigger, names] : n->dependentRequired) {
            if (!object.contains(trigger))
                continue;
            for (const QString &name : names) {
                if (!object.contains(name)
                    && !violated(JsonSchema::tr("missing property \"%1\", required when \"%2\" is "
                                                "present")
                                     .arg(name, trigger),
                                 true))
                    return false;
            }
        }

        const bool members = !n->properties.isEmpty() || !n->patternProperties.isEmpty()
            || n->additionalProperties || n->propertyNames;
        for (auto it = object.constBegin(); members && it != object.constEnd(); ++it) {
            const QString key = it.key();
            const Step step(*this, key);
            bool matched = false;
            const auto member = [&](const Node *sub) {
                matched = true;
                if (sub->boolean == 0)
                    return violated(JsonSchema::tr("the property \"%1\" is not allowed").arg(key),
                                    true);
                return check(sub, it.value()) || failed();
            };
            if (const auto p = n->properties.constFind(key); p != n->properties.cend()) {
                if (!member(*p))
                    return false;
            }
            for (const auto &[re, sub] : n->patternProperties) {
                if (re.match(key).hasMatch() && !member(sub))
                    return false;
            }
            if (!matched && n->additionalProperties) {
                if (n->additionalProperties->boolean == 0) {
                    if (!violated(unknownPropertyMessage(key, n->propertyOrder), true))
                        return false;
                } else if (!check(n->additionalProperties, it.value()) && !failed()) {
                    return false;
                }
            }
            if (n->propertyNames) {
                if (n->propertyNames->boolean == 0) {
                    if (!violated(JsonSchema::tr("the property \"%1\" is not allowed").arg(key),
                                  true))
                        return false;
                } else if (!m_out) {
                    if (!check(n->propertyNames, QJsonValue(key)))
                        return false;
                } else {
                    for (const Finding &f : collect(n->propertyNames, QJsonValue(key)))
                        violated(
                            JsonSchema::tr("the property name %1 %2").arg(quoted(key), f.message),
                            true);
                }
            }
        }
        for (const auto &[trigger, sub] : n->dependentSchemas) {
            if (object.contains(trigger) && !check(sub, object) && !failed())
                return false;
        }
        return true;
    }

    template<typename Violated, typename Failed>
    bool checkArray(const Node *n, const QJsonArray &array, const Violated &violated,
                    const Failed &failed)
    {
        const qsizetype size = array.size();
        if (n->minItems >= 0 && size < n->minItems
            && !violated(n->minItems == 1 ? JsonSchema::tr("must not be empty")
                                          : JsonSchema::tr("must have at least %1 items (found %2)")
                                                .arg(n->minItems)
                                                .arg(size)))
            return false;
        if (n->maxItems >= 0 && size > n->maxItems && !violated(atMostItems(n->maxItems, size)))
            return false;
        const qsizetype prefix = std::min(size, n->prefixItems.size());
        for (qsizetype i = 0; i < prefix; ++i) {
            const Step step(*this, i);
            if (!check(n->prefixItems.at(i), array.at(i)) && !failed())
                return false;
        }
        if (n->items && size > n->prefixItems.size()) {
            if (n->items->boolean == 0) {
                if (!violated(atMostItems(n->prefixItems.size(), size)))
                    return false;
            } else if (n->items->boolean != 1) {
                for (qsizetype i = n->prefixItems.size(); i < size; ++i) {
                    const Step step(*this, i);
                    if (!check(n->items, array.at(i)) && !failed())
                        return false;
                }
            }
        }
        if (n->uniqueItems) {
            for (qsizetype i = 0; i < size; ++i) {
                for (qsizetype j = i + 1; j < size; ++j) {
                    if (jsonEqual(array.at(i), array.at(j))) {
                        if (!violated(JsonSchema::tr("must not contain duplicates (items %1 and %2 "
                                                     "are equal)")
                                          .arg(i)
                                          .arg(j)))
                            return false;
                        i = j = size; // one finding is enough
                    }
                }
            }
        }
        if (n->contains) {
            qsizetype matching = 0;
            for (qsizetype i = 0; i < size; ++i)
                matching += probe(n->contains, array.at(i)) ? 1 : 0;
            const qint64 least = n->minContains >= 0 ? n->minContains : 1;
            const QString where = schemaLocation(n->contains->location);
            if (matching < least
                && !violated(least == 1
                                 ? JsonSchema::tr("must contain %1").arg(describeItem(n->contains))
                                 : JsonSchema::tr("at least %1 of the items must match %2 "
                                                  "(found %3)")
                                       .arg(least)
                                       .arg(where)
                                       .arg(matching)))
                return false;
            if (n->maxContains >= 0 && matching > n->maxContains
                && !violated(JsonSchema::tr("at most %1 of the items may match %2 (found %3)")
                                 .arg(n->maxContains)
                                 .arg(where)
                                 .arg(matching)))
                return false;
        }
        return true;
    }

    // None of the alternatives (anyOf/oneOf) matched: report what is most likely meant
    // instead of every branch's complaints.
    void explain(const QList<const Node *> &alternatives, const QJsonValue &v)
    {
        // All alternatives are fixed values: one "must be one of" message.
        QJsonArray values;
        bool literal = true;
        for (const Node *alt : alternatives) {
            const Node *n
                = alt->refTarget && alt->source.toObject().size() == 1 ? alt->refTarget : alt;
            if (n->constValue)
                values.append(*n->constValue);
            else if (n->enumValues)
                for (const QJsonValue &e : *n->enumValues)
                    values.append(e);
            else
                literal = false;
        }
        if (literal) {
            report(enumMessage(values, v), false, true);
            return;
        }
        // The alternatives that accept this type of value; none: a type error.
        const quint8 bit = typeBit(v);
        quint8 accepted = 0;
        QList<const Node *> candidates;
        for (const Node *alt : alternatives) {
            accepted |= alt->accepted;
            if (alt->accepted & bit)
                candidates << alt;
        }
        if (candidates.isEmpty()) {
            report(accepted ? typeMessage(accepted, v)
                            : JsonSchema::tr("no value is allowed here"));
            return;
        }
        // Only fixed values take this type, and other alternatives take other types (a count
        // or "unlimited"): name both, rather than only the fixed values.
        QJsonArray fixed;
        quint8 otherTypes = 0;
        for (const Node *alt : alternatives) {
            const Node *n
                = alt->refTarget && alt->source.toObject().size() == 1 ? alt->refTarget : alt;
            if (n->constValue)
                fixed.append(*n->constValue);
            else if (n->enumValues)
                for (const QJsonValue &e : *n->enumValues)
                    fixed.append(e);
            else if (!(alt->accepted & bit))
                otherTypes |= alt->accepted;
            else
                otherTypes = 0xff; // a general alternative takes this type: explain it below
        }
        if (otherTypes && otherTypes != 0xff && !fixed.isEmpty()) {
            QStringList words;
            for (const QJsonValue &value : std::as_const(fixed)) {
                if (value.isString())
                    words << value.toString();
            }
            const QString suggestion = v.isString() ? closest(v.toString(), words) : QString();
            const QString expected
                = JsonSchema::tr("%1 or %2")
                      .arg(typeNames(otherTypes),
                           fixed.size() == 1 ? display(fixed.at(0))
                                             : JsonSchema::tr("one of %1").arg(displayList(fixed)));
            // A fixed value of this type was missed: a mismatch, as for an enum.
            report(suggestion.isEmpty()
                       ? JsonSchema::tr("must be %1 (found %2)").arg(expected, display(v))
                       : JsonSchema::tr("must be %1 (found %2; did you mean %3?)")
                             .arg(expected, display(v), quoted(suggestion)),
                   false, true);
            return;
        }
        // Of those, the one that got furthest: no discriminator (a member's const/enum)
        // failed, then the fewest findings.
        QList<Finding> best;
        int bestScore = std::numeric_limits<int>::max();
        const int depth = int(m_path.size());
        for (const Node *alt : std::as_const(candidates)) {
            QList<Finding> findings = collect(alt, v);
            const bool discriminator
                = std::any_of(findings.cbegin(), findings.cend(), [depth](const Finding &f) {
                      return f.mismatch && f.depth <= depth + 1;
                  });
            const int score = (discriminator ? 1'000'000 : 0) + int(findings.size());
            if (score < bestScore && !findings.isEmpty()) {
                best = std::move(findings);
                bestScore = score;
            }
        }
        if (best.isEmpty()) {
            report(JsonSchema::tr("does not match any of the alternatives"));
            return;
        }
        if (m_out)
            m_out->append(best);
    }

    QList<Finding> *m_out;
    QString m_base;
    QVarLengthArray<Segment, 16> m_path;
};

QList<Error> toErrors(const QList<Finding> &findings)
{
    QList<Error> errors;
    errors.reserve(findings.size());
    for (const Finding &f : findings)
        errors << Error::invalid(f.pointer, f.message);
    return errors;
}

// The schemas that apply to the same value as the ones in nodes: $ref and allOf, followed.
// `true` schemas are dropped (they constrain nothing); a `false` one stays.
QList<const Node *> expandInPlace(const QList<const Node *> &nodes)
{
    QList<const Node *> out;
    QList<const Node *> pending = nodes;
    while (!pending.isEmpty()) {
        const Node *n = pending.takeFirst();
        if (n->boolean == 1 || out.contains(n))
            continue;
        out << n;
        if (n->refTarget)
            pending << n->refTarget;
        pending << n->allOf;
    }
    return out;
}

void collectPaths(const Node *n, const QString &prefix, QSet<QString> &out,
                  QList<const Node *> &stack)
{
    if (!n || n->boolean >= 0 || stack.contains(n))
        return;
    stack << n;
    for (const QString &name : n->propertyOrder) {
        const QString path = prefix.isEmpty() ? name : prefix + u'.' + name;
        out.insert(path);
        collectPaths(n->properties.value(name), path, out, stack);
    }
    for (const Node *sub : n->inPlace()) {
        if (sub != n->notSchema)
            collectPaths(sub, prefix, out, stack);
    }
    stack.removeLast();
}

bool isArrayIndex(const QString &token)
{
    if (token.isEmpty() || token.size() > 9 || (token.size() > 1 && token.front() == u'0'))
        return false;
    return std::all_of(token.cbegin(), token.cend(),
                       [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

// --- JsonSchema ---------------------------------------------------------------------------

JsonSchema::JsonSchema() = default;

Result<JsonSchema> JsonSchema::load(const QJsonValue &schema)
{
    auto data = std::make_shared<JsonSchemaData>();
    data->source = schema;
    if (schema.isObject()) {
        data->id = schema.toObject().value(u"$id").toString();
        if (data->id.endsWith(u'#'))
            data->id.chop(1);
    }
    SchemaCompiler compiler(*data);
    data->root = compiler.compile(schema, QString());
    if (!data->root || !compiler.resolveReferences() || !compiler.checkLoops())
        return *compiler.error;
    compiler.inferTypes();
    JsonSchema loaded;
    loaded.d = std::move(data);
    return loaded;
}

Result<JsonSchema> JsonSchema::loadText(const QString &text)
{
    JsonLocator locator;
    const auto document = JsonLocator::parse(text, &locator);
    if (!document) {
        Error e = document.error();
        e.code = ErrorCode::Catalog;
        return e;
    }
    if (!document->isObject())
        return Error::make(ErrorCode::Catalog, tr("a schema must be a JSON object"));
    auto schema = load(document->object());
    if (!schema)
        return locator.place(schema.error(), JsonLocator::Anchor::Key);
    return schema;
}

Result<JsonSchema> JsonSchema::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Catalog,
                           tr("%1: cannot be read: %2").arg(path, file.errorString()));
    auto schema = loadText(QString::fromUtf8(file.readAll()));
    if (!schema) {
        Error e = schema.error();
        e.message = tr("%1: %2").arg(path, e.message);
        return e;
    }
    return schema;
}

QJsonValue JsonSchema::source() const
{
    return d ? d->source : QJsonValue(true);
}

QList<Error> JsonSchema::validate(const QJsonValue &instance) const
{
    if (!d)
        return {};
    QList<Finding> findings;
    SchemaValidator(&findings, QString()).check(d->root, instance);
    return toErrors(findings);
}

QList<Error> JsonSchema::validate(const QJsonValue &instance, const JsonLocator &locator) const
{
    if (!d)
        return {};
    QList<Finding> findings;
    SchemaValidator(&findings, QString()).check(d->root, instance);
    QList<Error> errors;
    errors.reserve(findings.size());
    for (const Finding &f : std::as_const(findings)) {
        errors << locator.place(Error::invalid(f.pointer, f.message),
                                f.atKey ? JsonLocator::Anchor::Key : JsonLocator::Anchor::Value);
    }
    std::stable_sort(errors.begin(), errors.end(), [](const Error &a, const Error &b) {
        const auto key = [](const Error &e) {
            return e.offset < 0 ? std::numeric_limits<qsizetype>::max() : e.offset;
        };
        return key(a) < key(b);
    });
    return errors;
}

bool JsonSchema::isValid(const QJsonValue &instance) const
{
    return !d || SchemaValidator(nullptr, QString()).check(d->root, instance);
}

Result<JsonSchema::Subschema> JsonSchema::subschemaAt(QStringView instancePointer) const
{
    const auto tokens = JsonPointer::split(instancePointer);
    if (!tokens)
        return Error::invalid(instancePointer.toString(),
                              tr("\"%1\" is not a JSON Pointer (such as /configuration/limits)")
                                  .arg(instancePointer));
    Subschema result;
    result.d = d;
    if (!d)
        return result;
    QList<const Node *> entry {d->root}; // validated
    QList<const Node *> nodes = expandInPlace(entry); // looked into
    QString at;
    for (const QString &token : *tokens) {
        const QString child = JsonPointer::append(at, token);
        const bool index = isArrayIndex(token);
        QList<const Node *> next;
        QStringList declaredNames;
        bool declared = false;
        bool unknown = false; // an "additionalProperties": false applies
        // Alternatives (anyOf, oneOf) that take a container and name this member: the value at
        // the path is theirs (a boolean-or-object setting's members are the object's).
        QList<const Node *> looked = nodes;
        for (const Node *n : std::as_const(nodes)) {
            for (const auto *alternatives : {&n->anyOf, &n->oneOf}) {
                for (const Node *alt : expandInPlace(*alternatives)) {
                    const bool names = index ? (alt->items || !alt->prefixItems.isEmpty())
                                             : alt->properties.contains(token);
                    if (names && alt->boolean != 0 && !looked.contains(alt))
                        looked << alt;
                }
            }
        }
        for (const Node *n : std::as_const(looked)) {
            if (n->boolean == 0)
                return Error::invalid(at, tr("no value is allowed here"));
            if (!(n->accepted & ObjectBit) && !(index && (n->accepted & ArrayBit)))
                return Error::invalid(child,
                                      tr("%1 must be %2, so it has no member \"%3\"")
                                          .arg(at.isEmpty() ? tr("the document") : at,
                                               typeNames(n->accepted), token));
            const bool object = n->accepted & ObjectBit;
            const bool array = index && (n->accepted & ArrayBit);
            if (object) {
                bool matched = false;
                if (const auto p = n->properties.constFind(token); p != n->properties.cend()) {
                    next << *p;
                    matched = declared = true;
                }
                for (const auto &[re, sub] : n->patternProperties) {
                    if (re.match(token).hasMatch()) {
                        next << sub;
                        matched = true;
                    }
                }
                if (!matched && n->additionalProperties) {
                    next << n->additionalProperties;
                    if (n->additionalProperties->boolean == 0) {
                        unknown = true;
                        declaredNames << n->propertyOrder;
                    }
                }
            }
            if (array) {
                const qsizetype i = token.toLongLong();
                if (i < n->prefixItems.size()) {
                    next << n->prefixItems.at(i);
                    declared = true;
                } else if (n->items) {
                    next << n->items;
                    declared = true;
                }
            }
        }
        entry = next;
        nodes = expandInPlace(next);
        const bool forbidden = std::any_of(nodes.cbegin(), nodes.cend(),
                                           [](const Node *n) { return n->boolean == 0; });
        if (forbidden)
            return Error::invalid(child,
                                  unknown ? unknownPropertyMessage(token, declaredNames)
                                          : tr("no value is allowed here"));
        result.m_declared = result.m_declared && declared;
        at = child;
    }
    result.m_nodes = nodes;
    for (const Node *n : std::as_const(entry)) {
        if (n->boolean != 1)
            result.m_entry << n;
    }
    result.m_pointer = at;
    return result;
}

QStringList JsonSchema::knownPaths() const
{
    if (!d)
        return {};
    QSet<QString> paths;
    QList<const Node *> stack;
    collectPaths(d->root, QString(), paths, stack);
    QStringList out(paths.cbegin(), paths.cend());
    out.sort();
    return out;
}

// --- JsonSchema::Subschema ----------------------------------------------------------------

QStringList JsonSchema::Subschema::schemaLocations() const
{
    QStringList out;
    for (const Node *n : m_nodes)
        out << schemaLocation(n->location);
    return out;
}

QJsonObject JsonSchema::Subschema::schema() const
{
    return m_nodes.isEmpty() ? QJsonObject() : m_nodes.constFirst()->source.toObject();
}

QJsonValue JsonSchema::Subschema::annotation(QStringView keyword) const
{
    for (const Node *n : m_nodes) {
        const QJsonObject object = n->source.toObject();
        const auto it = object.constFind(keyword);
        if (it != object.constEnd())
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QList<Error> JsonSchema::Subschema::validate(const QJsonValue &value) const
{
    QList<Finding> findings;
    SchemaValidator validator(&findings, m_pointer);
    for (const Node *n : m_entry)
        validator.check(n, value);
    return toErrors(findings);
}

bool JsonSchema::Subschema::isValid(const QJsonValue &value) const
{
    SchemaValidator validator(nullptr, m_pointer);
    return std::all_of(m_entry.cbegin(), m_entry.cend(),
                       [&](const Node *n) { return validator.check(n, value); });
}

} // namespace Tenancy
