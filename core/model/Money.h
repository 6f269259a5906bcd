#pragma once

#include <QString>

namespace Tenancy {

// An amount of money in integer minor units (cents) of one currency. Never a float.
struct Money
{
    qint64 minor = 0;
    QString currency; // ISO 4217 code, e.g. "USD"

    bool operator==(const Money &) const = default;

    // "299.00 USD" style text with exactly two decimals (all shipped currencies have two).
    QString toDisplayString() const;
};

} // namespace Tenancy
