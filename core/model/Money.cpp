#include "Money.h"

using namespace Qt::StringLiterals;

namespace Tenancy {

QString Money::toDisplayString() const
{
    const qint64 whole = minor / 100;
    const qint64 cents = (minor < 0 ? -minor : minor) % 100;
    const QString sign = (minor < 0 && whole == 0) ? u"-"_s : QString();
    return sign + QString::number(whole) + u'.' + u"%1"_s.arg(cents, 2, 10, QChar(u'0')) + u' '
        + currency;
}

} // namespace Tenancy
