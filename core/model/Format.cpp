#include "Format.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tenancy {

QString Format::bytes(qint64 bytes)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1000.0 && unit < 6) {
        value /= 1000.0;
        ++unit;
    }
    const QLocale locale;
    const bool whole = value == double(qint64(value));
    return locale.toString(value, 'f', whole ? 0 : 1) + u' ' + QString::fromLatin1(units[unit]);
}

QString Format::storage(const Limit &bytesLimit)
{
    if (bytesLimit.isUnlimited())
        return tr("unlimited");
    return bytes(bytesLimit.value());
}

QString Format::count(const Limit &countLimit)
{
    if (countLimit.isUnlimited())
        return tr("unlimited");
    return QLocale().toString(countLimit.value());
}

QString Format::price(const std::optional<Money> &price)
{
    if (!price)
        return tr("quote");
    return price->toDisplayString();
}

QString Format::percent(int hundredths)
{
    const QLocale locale;
    const bool whole = hundredths % 100 == 0;
    const bool tenths = hundredths % 10 == 0;
    return locale.toString(hundredths / 100.0, 'f', whole ? 0 : (tenths ? 1 : 2)) + u'%';
}

} // namespace Tenancy
