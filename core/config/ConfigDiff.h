#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Tenancy {

// One leaf that differs between two configuration documents. Objects are walked member by
// member; arrays and scalars are leaves (a list of features that changed is one change, shown
// whole before and after).
struct ConfigChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString pointer; // JSON Pointer (RFC 6901) of the leaf, e.g. /configuration/limits/max_users
    QJsonValue before; // undefined when added
    QJsonValue after; // undefined when removed

    QJsonObject toJson() const;
    friend bool operator==(const ConfigChange &, const ConfigChange &) = default;
};

QString changeKindId(ConfigChange::Kind kind); // "added", "removed", "changed"

// Every leaf that differs, in document order of `after` (then what was removed), each once.
QList<ConfigChange> diffJson(const QJsonValue &before, const QJsonValue &after);

// The changed leaves as {"dotted.path": value}, before or after (null when absent): what an
// audit entry records.
QJsonObject changedValues(const QList<ConfigChange> &changes, bool after);

// JSON Pointer helpers.
QString pointerAppend(const QString &pointer, const QString &key); // escapes ~ and /
QStringList pointerSegments(const QString &pointer); // unescaped; "" gives {}
// The pointer as people write it: configuration.limits.max_users
QString pointerToDotted(const QString &pointer);
// The value at pointer, undefined when absent.
QJsonValue valueAt(const QJsonValue &root, const QString &pointer);
// A short rendering of a value for one line of a diff: strings quoted, arrays and objects
// compact.
QString compactJson(const QJsonValue &value);

} // namespace Tenancy
