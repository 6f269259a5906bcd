#include "Billing.h"

#include "Usage.h"
#include "model/Tenant.h"

#include <QDateTime>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

// 128-bit products: a price in minor units times a period's seconds can pass 2^63.
__extension__ typedef __int128 Wide;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

int monthsPerPeriod(BillingPeriod period)
{
    return period == BillingPeriod::Annual ? 12 : 1;
}

QString periodName(BillingPeriod period)
{
    return period == BillingPeriod::Annual ? Proration::tr("annual") : Proration::tr("monthly");
}

} // namespace

QString billingPeriodId(BillingPeriod period)
{
    return period == BillingPeriod::Annual ? u"annual"_s : u"monthly"_s;
}

std::optional<BillingPeriod> billingPeriodFromId(const QString &id)
{
    if (id == u"monthly"_s)
        return BillingPeriod::Monthly;
    if (id == u"annual"_s)
        return BillingPeriod::Annual;
    return std::nullopt;
}

QString changePolicyId(ChangePolicy policy)
{
    return policy == ChangePolicy::EndOfTerm ? u"end_of_term"_s : u"immediate"_s;
}

std::optional<ChangePolicy> changePolicyFromId(const QString &id)
{
    if (id == u"immediate"_s)
        return ChangePolicy::Immediate;
    if (id == u"end_of_term"_s)
        return ChangePolicy::EndOfTerm;
    return std::nullopt;
}

Result<BillingTerms> BillingTerms::fromDocument(const QJsonObject &document, qint64 fallbackAnchor)
{
    const QJsonObject billing = document.value(u"billing"_s).toObject();
    BillingTerms terms;
    terms.currency = billing.value(u"currency"_s).toString(u"USD"_s);
    const QJsonValue price = billing.value(u"monthly_price_minor"_s);
    if (price.isDouble()) {
        const double minor = price.toDouble();
        if (minor < 0 || minor != double(qint64(minor)))
            return Error::invalid(u"billing.monthly_price_minor"_s,
                                  tr("billing.monthly_price_minor: %1 is not a whole, non-negative "
                                     "number of minor units")
                                      .arg(minor));
        terms.monthlyMinor = qint64(minor);
    } else if (!price.isNull() && !price.isUndefined()) {
        return Error::invalid(u"billing.monthly_price_minor"_s,
                              tr("billing.monthly_price_minor: must be a number or null"));
    }
    const QString period = billing.value(u"billing_period"_s).toString(u"monthly"_s);
    const auto parsed = billingPeriodFromId(period);
    if (!parsed)
        return Error::invalid(
            u"billing.billing_period"_s,
            tr("billing.billing_period: \"%1\" is not monthly or annual").arg(period));
    terms.period = *parsed;
    terms.anchor = fallbackAnchor;
    const QString started = billing.value(u"subscription_started_at"_s).toString();
    if (!started.isEmpty()) {
        const QDateTime t = fromIsoUtc(started);
        if (!t.isValid())
            return Error::invalid(
                u"billing.subscription_started_at"_s,
                tr("billing.subscription_started_at: \"%1\" is not a time").arg(started));
        terms.anchor = t.toMSecsSinceEpoch();
    }
    return terms;
}

std::optional<qint64> BillingTerms::periodMinor() const
{
    if (!monthlyMinor)
        return std::nullopt;
    return *monthlyMinor * monthsPerPeriod(period);
}

PeriodSpan periodAt(qint64 anchor, BillingPeriod period, qint64 at)
{
    const QDateTime start = utc(anchor);
    const QDateTime when = utc(at);
    const int step = monthsPerPeriod(period);
    // Each boundary from the anchor itself (not from the previous boundary), so a day the
    // month lacks does not stick: 31 Jan, 28 Feb, 31 Mar.
    const auto boundary = [&](qint64 k) {
        return start.addMonths(int(k * step)).toMSecsSinceEpoch();
    };
    const qint64 months = qint64(when.date().year() - start.date().year()) * 12
        + (when.date().month() - start.date().month());
    qint64 k = months >= 0 ? months / step : -((-months + step - 1) / step);
    while (boundary(k) > at)
        --k;
    while (boundary(k + 1) <= at)
        ++k;
    return {boundary(k), boundary(k + 1)};
}

QJsonObject ProrationLine::toJson() const
{
    return QJsonObject {{u"description"_s, description},
                        {u"amount_minor"_s, amountMinor},
                        {u"period_start"_s, usageTimeText(periodStart)},
                        {u"period_end"_s, usageTimeText(periodEnd)}};
}

qint64 Proration::prorate(qint64 priceMinor, qint64 seconds, qint64 periodSeconds)
{
    if (periodSeconds <= 0)
        return 0;
    const Wide numerator = Wide(priceMinor) * seconds;
    Wide quotient = numerator / periodSeconds;
    const Wide remainder = numerator % periodSeconds;
    const Wide twice = remainder < 0 ? -2 * remainder : 2 * remainder;
    if (twice >= periodSeconds)
        quotient += numerator < 0 ? -1 : 1;
    return qint64(quotient);
}

Result<Proration> Proration::compute(const BillingTerms &from, const BillingTerms &to,
                                     const QString &fromName, const QString &toName, qint64 at,
                                     ChangePolicy policy)
{
    if (at < from.anchor)
        return Error::invalid(u"effective_at"_s,
                              tr("effective time %1 is before the subscription started (%2)")
                                  .arg(usageTimeText(at), usageTimeText(from.anchor)));
    if (from.currency != to.currency)
        return Error::invalid(u"billing.currency"_s,
                              tr("the prices are in %1 and %2; a change of currency is not "
                                 "prorated")
                                  .arg(from.currency, to.currency));
    Proration p;
    p.policy = policy;
    p.rule = tr("Prorated by the second: a line is its period's price x the seconds it covers / "
                "the seconds in the period, in whole minor units, rounded to the nearest (a half "
                "rounded away from zero); each line is rounded on its own. A net credit is "
                "carried to the next invoice.");
    // Whole seconds: the change happens at the second it is made in.
    at -= at % 1000;
    p.current = periodAt(from.anchor, from.period, at);
    const std::optional<qint64> newPeriodPrice = to.periodMinor();
    if (policy == ChangePolicy::EndOfTerm) {
        p.effectiveAt = p.current.end;
        p.dueNowMinor = 0;
        p.nextInvoiceMinor = newPeriodPrice;
        p.nextInvoiceAt = p.current.end;
        return p;
    }
    p.effectiveAt = at;
    const qint64 periodSeconds = (p.current.end - p.current.start) / 1000;
    const qint64 remaining = (p.current.end - at) / 1000;
    const qint64 oldPeriodPrice = from.periodMinor().value_or(0);
    p.nextInvoiceAt = p.current.end;
    ProrationLine credit;
    credit.description = tr("Unused time on %1 (%2)").arg(fromName, periodName(from.period));
    credit.amountMinor = -prorate(oldPeriodPrice, remaining, periodSeconds);
    credit.periodStart = at;
    credit.periodEnd = p.current.end;
    p.lines.append(credit);
    if (!newPeriodPrice)
        return p; // a quote is needed for the rest
    ProrationLine charge;
    if (to.period == from.period) {
        charge.description = tr("Remaining time on %1 (%2)").arg(toName, periodName(to.period));
        charge.amountMinor = prorate(*newPeriodPrice, remaining, periodSeconds);
        charge.periodStart = at;
        charge.periodEnd = p.current.end;
    } else {
        // A new period of the new length starts at the change, paid in full now.
        charge.description
            = tr("%1, a new %2 period from the change").arg(toName, periodName(to.period));
        charge.amountMinor = *newPeriodPrice;
        charge.periodStart = at;
        charge.periodEnd = utc(at).addMonths(monthsPerPeriod(to.period)).toMSecsSinceEpoch();
        p.nextInvoiceAt = charge.periodEnd;
    }
    p.lines.append(charge);
    const qint64 net = credit.amountMinor + charge.amountMinor;
    p.dueNowMinor = std::max<qint64>(0, net);
    p.creditCarriedMinor = std::max<qint64>(0, -net);
    p.nextInvoiceMinor = std::max<qint64>(0, *newPeriodPrice - p.creditCarriedMinor);
    return p;
}

} // namespace Tenancy
