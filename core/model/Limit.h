#pragma once

#include <QJsonValue>
#include <QString>

#include <compare>
#include <optional>

namespace Tenancy {

// A tier limit: a non-negative count, or Unlimited as a distinct value (never -1 and never a
// huge number pretending to be one).
class Limit
{
public:
    static Limit unlimited() { return Limit(); }
    static Limit of(qint64 value) { return Limit(value); }

    bool isUnlimited() const { return !m_value.has_value(); }
    // Only meaningful when !isUnlimited().
    qint64 value() const { return m_value.value_or(0); }

    // True when amount fits under this limit (always, when unlimited).
    bool allows(qint64 amount) const { return isUnlimited() || amount <= *m_value; }

    // JSON form: a number, or the string "unlimited".
    QJsonValue toJson() const;
    // Parses the JSON form; returns std::nullopt for anything else (negative, fractional,
    // other strings, null).
    static std::optional<Limit> fromJson(const QJsonValue &value);

    // "unlimited" or the plain number (no grouping); for machine-readable text.
    QString toString() const;

    // Unlimited compares greater than every number.
    std::strong_ordering operator<=>(const Limit &other) const;
    bool operator==(const Limit &other) const = default;

private:
    Limit() = default;
    explicit Limit(qint64 value)
        : m_value(value)
    { }
    std::optional<qint64> m_value;
};

} // namespace Tenancy
