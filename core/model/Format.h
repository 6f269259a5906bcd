#pragma once

#include "Limit.h"
#include "Money.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Tenancy {

// Human text for domain values, shared by the console and tenancyctl's table output.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::Format)

public:
    // "1 GB", "10 TB", "1.5 GB" (decimal units: 1 GB = 10^9 bytes) or "unlimited".
    static QString storage(const Limit &bytes);
    static QString bytes(qint64 bytes);
    // "10,000" (grouped for the locale) or "unlimited".
    static QString count(const Limit &count);
    // "299.00 USD" or "quote" when the price is agreed per customer.
    static QString price(const std::optional<Money> &price);
    // "99.99%"
    static QString percent(int hundredths);
};

} // namespace Tenancy
