#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tenancy {

// A declarative check over a JSON document, as data files write it:
//   {"path": "security.session.idle_timeout_minutes", "op": "<=", "value": 15}
//   {"all": [ ... ]}, {"any": [ ... ]}, {"not": { ... }}
// Paths are dotted, relative to the object the condition is evaluated on. Operators: ==, !=,
// >=, <=, >, < (numbers), between ([low, high], inclusive), in (one of an array), includes /
// excludes (an array holds / lacks the value), exists. A missing value satisfies only !=,
// excludes and a negated exists.
class JsonCondition
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::JsonCondition)

public:
    // where names the condition in errors ("rules[3].check").
    static Result<JsonCondition> parse(const QJsonValue &json, const QString &where);

    struct Outcome
    {
        bool holds = false;
        // "security.password_policy.min_length = 10", one per value looked at, in order.
        QStringList evidence;
    };
    Outcome evaluate(const QJsonObject &root) const;

    // The condition in words: "security.password_policy.min_length >= 12".
    QString describe() const;
    // Every dotted path it reads.
    QStringList paths() const;

private:
    enum class Kind { Leaf, All, Any, Not };
    enum class Op { Eq, Ne, Ge, Le, Gt, Lt, Between, In, Includes, Excludes, Exists };
    bool holds(const QJsonObject &root, QStringList &evidence) const;

    Kind m_kind = Kind::Leaf;
    QString m_path; // dotted
    QString m_pointer;
    Op m_op = Op::Eq;
    QJsonValue m_value;
    QList<JsonCondition> m_children;
};

} // namespace Tenancy
