#include "JsonCondition.h"

#include "ConfigDiff.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

bool isNumber(const QJsonValue &v)
{
    return v.isDouble();
}

} // namespace

Result<JsonCondition> JsonCondition::parse(const QJsonValue &json, const QString &where)
{
    if (!json.isObject())
        return Error::invalid(where, tr("%1: a condition must be an object").arg(where));
    const QJsonObject o = json.toObject();
    JsonCondition c;
    for (const auto &[key, kind] :
         {std::pair {u"all"_s, Kind::All}, std::pair {u"any"_s, Kind::Any}}) {
        if (!o.contains(key))
            continue;
        const QJsonArray items = o.value(key).toArray();
        if (!o.value(key).isArray() || items.isEmpty() || o.size() != 1)
            return Error::invalid(where,
                                  tr("%1: \"%2\" takes a non-empty array, alone").arg(where, key));
        c.m_kind = kind;
        for (qsizetype i = 0; i < items.size(); ++i) {
            auto child = parse(items.at(i), u"%1.%2[%3]"_s.arg(where, key).arg(i));
            if (!child)
                return child.error();
            c.m_children.append(*child);
        }
        return c;
    }
    if (o.contains(u"not"_s)) {
        if (o.size() != 1)
            return Error::invalid(where, tr("%1: \"not\" stands alone").arg(where));
        auto child = parse(o.value(u"not"_s), where + u".not"_s);
        if (!child)
            return child.error();
        c.m_kind = Kind::Not;
        c.m_children.append(*child);
        return c;
    }
    static const QList<std::pair<QString, Op>> ops {
        {u"=="_s, Op::Eq},
        {u"!="_s, Op::Ne},
        {u">="_s, Op::Ge},
        {u"<="_s, Op::Le},
        {u">"_s, Op::Gt},
        {u"<"_s, Op::Lt},
        {u"between"_s, Op::Between},
        {u"in"_s, Op::In},
        {u"includes"_s, Op::Includes},
        {u"excludes"_s, Op::Excludes},
        {u"exists"_s, Op::Exists},
    };
    c.m_path = o.value(u"path"_s).toString();
    if (c.m_path.isEmpty() || c.m_path.split(u'.').contains(QString()))
        return Error::invalid(where, tr("%1: \"path\" must be a dotted path").arg(where));
    for (const QString &segment : c.m_path.split(u'.'))
        c.m_pointer = pointerAppend(c.m_pointer, segment);
    const QString op = o.value(u"op"_s).toString();
    const auto found = std::find_if(ops.cbegin(), ops.cend(),
                                    [&](const auto &entry) { return entry.first == op; });
    if (found == ops.cend()) {
        QStringList names;
        for (const auto &entry : ops)
            names << entry.first;
        return Error::invalid(
            where,
            tr("%1: unknown operator \"%2\" (operators: %3)").arg(where, op, names.join(u' ')));
    }
    c.m_op = found->second;
    c.m_value = o.value(u"value"_s);
    const bool numeric
        = c.m_op == Op::Ge || c.m_op == Op::Le || c.m_op == Op::Gt || c.m_op == Op::Lt;
    if (numeric && !isNumber(c.m_value))
        return Error::invalid(where, tr("%1: \"%2\" compares with a number").arg(where, op));
    if (c.m_op == Op::Between) {
        const QJsonArray range = c.m_value.toArray();
        if (range.size() != 2 || !isNumber(range.at(0)) || !isNumber(range.at(1))
            || range.at(0).toDouble() > range.at(1).toDouble()) {
            return Error::invalid(where,
                                  tr("%1: \"between\" takes [low, high], numbers").arg(where));
        }
    }
    if (c.m_op == Op::In && !c.m_value.isArray())
        return Error::invalid(where, tr("%1: \"in\" takes an array of values").arg(where));
    if (c.m_op != Op::Exists && c.m_value.isUndefined())
        return Error::invalid(where, tr("%1: \"value\" is missing").arg(where));
    return c;
}

JsonCondition::Outcome JsonCondition::evaluate(const QJsonObject &root) const
{
    Outcome out;
    out.holds = holds(root, out.evidence);
    out.evidence.removeDuplicates();
    return out;
}

bool JsonCondition::holds(const QJsonObject &root, QStringList &evidence) const
{
    switch (m_kind) {
    case Kind::All: {
        bool all = true;
        for (const JsonCondition &c : m_children)
            all = c.holds(root, evidence) && all; // every one looked at, for the evidence
        return all;
    }
    case Kind::Any: {
        bool any = false;
        for (const JsonCondition &c : m_children)
            any = c.holds(root, evidence) || any;
        return any;
    }
    case Kind::Not:
        return !m_children.first().holds(root, evidence);
    case Kind::Leaf:
        break;
    }
    const QJsonValue actual = valueAt(root, m_pointer);
    evidence << m_path + u" = "_s + (actual.isUndefined() ? tr("(not set)") : compactJson(actual));
    if (actual.isUndefined())
        return m_op == Op::Ne || m_op == Op::Excludes;
    const double x = actual.toDouble();
    switch (m_op) {
    case Op::Eq:
        return actual == m_value;
    case Op::Ne:
        return actual != m_value;
    case Op::Ge:
        return isNumber(actual) && x >= m_value.toDouble();
    case Op::Le:
        return isNumber(actual) && x <= m_value.toDouble();
    case Op::Gt:
        return isNumber(actual) && x > m_value.toDouble();
    case Op::Lt:
        return isNumber(actual) && x < m_value.toDouble();
    case Op::Between: {
        const QJsonArray range = m_value.toArray();
        return isNumber(actual) && x >= range.at(0).toDouble() && x <= range.at(1).toDouble();
    }
    case Op::In:
        return m_value.toArray().contains(actual);
    case Op::Includes:
        return actual.toArray().contains(m_value);
    case Op::Excludes:
        return !actual.isArray() || !actual.toArray().contains(m_value);
    case Op::Exists:
        return true;
    }
    return false;
}

QString JsonCondition::describe() const
{
    switch (m_kind) {
    case Kind::All:
    case Kind::Any: {
        QStringList parts;
        for (const JsonCondition &c : m_children) {
            const QString d = c.describe();
            parts << (c.m_kind == Kind::Leaf || c.m_kind == Kind::Not ? d : u"("_s + d + u')');
        }
        return parts.join(m_kind == Kind::All ? tr(" and ") : tr(" or "));
    }
    case Kind::Not:
        return tr("not (%1)").arg(m_children.first().describe());
    case Kind::Leaf:
        break;
    }
    const QString value = compactJson(m_value);
    switch (m_op) {
    case Op::Eq:
        return u"%1 = %2"_s.arg(m_path, value);
    case Op::Ne:
        return u"%1 ≠ %2"_s.arg(m_path, value);
    case Op::Ge:
        return u"%1 ≥ %2"_s.arg(m_path, value);
    case Op::Le:
        return u"%1 ≤ %2"_s.arg(m_path, value);
    case Op::Gt:
        return u"%1 > %2"_s.arg(m_path, value);
    case Op::Lt:
        return u"%1 < %2"_s.arg(m_path, value);
    case Op::Between:
        return tr("%1 from %2 to %3")
            .arg(m_path, compactJson(m_value.toArray().at(0)),
                 compactJson(m_value.toArray().at(1)));
    case Op::In:
        return tr("%1 one of %2").arg(m_path, value);
    case Op::Includes:
        return tr("%1 includes %2").arg(m_path, value);
    case Op::Excludes:
        return tr("%1 excludes %2").arg(m_path, value);
    case Op::Exists:
        return tr("%1 is set").arg(m_path);
    }
    return m_path;
}

QStringList JsonCondition::paths() const
{
    if (m_kind == Kind::Leaf)
        return {m_path};
    QStringList out;
    for (const JsonCondition &c : m_children)
        out << c.paths();
    out.removeDuplicates();
    return out;
}

} // namespace Tenancy
