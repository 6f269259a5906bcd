#include "Limit.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {
constexpr auto kUnlimited = "unlimited"_L1;
// Largest integer a JSON double carries exactly.
constexpr double kMaxExact = 9007199254740992.0;
} // namespace

QJsonValue Limit::toJson() const
{
    if (isUnlimited())
        return QJsonValue(QString(kUnlimited));
    return QJsonValue(*m_value);
}

std::optional<Limit> Limit::fromJson(const QJsonValue &value)
{
    if (value.isString()) {
        if (value.toString() == kUnlimited)
            return Limit::unlimited();
        return std::nullopt;
    }
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > kMaxExact || std::floor(d) != d)
        return std::nullopt;
    return Limit::of(static_cast<qint64>(d));
}

QString Limit::toString() const
{
    return isUnlimited() ? QString(kUnlimited) : QString::number(*m_value);
}

std::strong_ordering Limit::operator<=>(const Limit &other) const
{
    if (isUnlimited() || other.isUnlimited())
        return isUnlimited() <=> other.isUnlimited();
    return *m_value <=> *other.m_value;
}

} // namespace Tenancy
