#include "ConfigDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

void walk(const QJsonValue &before, const QJsonValue &after, const QString &pointer,
          QList<ConfigChange> &out)
{
    if (before.isObject() && after.isObject()) {
        const QJsonObject b = before.toObject();
        const QJsonObject a = after.toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            const QString child = pointerAppend(pointer, it.key());
            const auto old = b.constFind(it.key());
            if (old == b.constEnd())
                walk(QJsonValue::Undefined, it.value(), child, out);
            else
                walk(old.value(), it.value(), child, out);
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!a.contains(it.key()))
                walk(it.value(), QJsonValue::Undefined, pointerAppend(pointer, it.key()), out);
        }
        return;
    }
    // Whole objects that appear or go: every leaf under them, so a diff lists leaves only.
    if (before.isUndefined() && after.isObject()) {
        const QJsonObject a = after.toObject();
        if (a.isEmpty()) {
            out.append({ConfigChange::Kind::Added, pointer, before, after});
            return;
        }
        for (auto it = a.begin(); it != a.end(); ++it)
            walk(QJsonValue::Undefined, it.value(), pointerAppend(pointer, it.key()), out);
        return;
    }
    if (after.isUndefined() && before.isObject()) {
        const QJsonObject b = before.toObject();
        if (b.isEmpty()) {
            out.append({ConfigChange::Kind::Removed, pointer, before, after});
            return;
        }
        for (auto it = b.begin(); it != b.end(); ++it)
            walk(it.value(), QJsonValue::Undefined, pointerAppend(pointer, it.key()), out);
        return;
    }
    if (before == after)
        return;
    const ConfigChange::Kind kind = before.isUndefined() ? ConfigChange::Kind::Added
        : after.isUndefined()                            ? ConfigChange::Kind::Removed
                                                         : ConfigChange::Kind::Changed;
    out.append({kind, pointer, before, after});
}

} // namespace

QString changeKindId(ConfigChange::Kind kind)
{
    switch (kind) {
    case ConfigChange::Kind::Added:
        return u"added"_s;
    case ConfigChange::Kind::Removed:
        return u"removed"_s;
    case ConfigChange::Kind::Changed:
        return u"changed"_s;
    }
    return {};
}

QJsonObject ConfigChange::toJson() const
{
    QJsonObject o {{u"kind"_s, changeKindId(kind)},
                   {u"pointer"_s, pointer},
                   {u"path"_s, pointerToDotted(pointer)}};
    if (!before.isUndefined())
        o.insert(u"before"_s, before);
    if (!after.isUndefined())
        o.insert(u"after"_s, after);
    return o;
}

QList<ConfigChange> diffJson(const QJsonValue &before, const QJsonValue &after)
{
    QList<ConfigChange> out;
    walk(before, after, QString(), out);
    return out;
}

QString pointerAppend(const QString &pointer, const QString &key)
{
    QString escaped = key;
    escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return pointer + u'/' + escaped;
}

QStringList pointerSegments(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    QStringList parts = pointer.mid(1).split(u'/');
    for (QString &p : parts)
        p.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
    return parts;
}

QString pointerToDotted(const QString &pointer)
{
    return pointerSegments(pointer).join(u'.');
}

QJsonValue valueAt(const QJsonValue &root, const QString &pointer)
{
    QJsonValue v = root;
    for (const QString &segment : pointerSegments(pointer)) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            const auto it = o.constFind(segment);
            if (it == o.constEnd())
                return QJsonValue::Undefined;
            v = it.value();
        } else if (v.isArray()) {
            bool ok = false;
            const int i = segment.toInt(&ok);
            const QJsonArray a = v.toArray();
            if (!ok || i < 0 || i >= a.size() || segment != QString::number(i))
                return QJsonValue::Undefined;
            v = a.at(i);
        } else {
            return QJsonValue::Undefined;
        }
    }
    return v;
}

QString compactJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        return {};
    default: {
        // A scalar: wrapped in an array to serialize it, then unwrapped.
        const QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }
    }
}

QJsonObject changedValues(const QList<ConfigChange> &changes, bool after)
{
    QJsonObject values;
    for (const ConfigChange &c : changes) {
        const QJsonValue v = after ? c.after : c.before;
        values.insert(pointerToDotted(c.pointer), v.isUndefined() ? QJsonValue() : v);
    }
    return values;
}

} // namespace Tenancy
