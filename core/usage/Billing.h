#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tenancy {

enum class BillingPeriod { Monthly, Annual };
QString billingPeriodId(BillingPeriod period); // "monthly", "annual"
std::optional<BillingPeriod> billingPeriodFromId(const QString &id);

// When a tier change takes effect: now (prorated), or at the end of the current period.
enum class ChangePolicy { Immediate, EndOfTerm };
QString changePolicyId(ChangePolicy policy); // "immediate", "end_of_term"
std::optional<ChangePolicy> changePolicyFromId(const QString &id);

// What a tenant pays and how often: its configuration's billing section.
struct BillingTerms
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::BillingTerms)

public:
    QString currency = QStringLiteral("USD");
    std::optional<qint64> monthlyMinor; // empty: a quote (custom) not given yet
    BillingPeriod period = BillingPeriod::Monthly;
    qint64 anchor = 0; // ms since the epoch: the subscription's start, which periods count from

    // From a configuration document's "billing" (currency, monthly_price_minor,
    // billing_period, subscription_started_at); fallbackAnchor when it has no start.
    static Result<BillingTerms> fromDocument(const QJsonObject &document, qint64 fallbackAnchor);

    // What one period costs: the monthly price, or 12 times it for an annual period.
    std::optional<qint64> periodMinor() const;
};

// A billing period: [start, end), ms since the epoch.
struct PeriodSpan
{
    qint64 start = 0;
    qint64 end = 0;
    bool operator==(const PeriodSpan &) const = default;
};

// Periods count from the anchor: monthly ones start on the anchor's day of the month at its
// time of day (a day the month does not have becomes its last day: an anchor on the 31st gives
// 28 or 29 February, then 31 March); annual ones on its anniversary (29 February becomes 28
// February in other years).
PeriodSpan periodAt(qint64 anchor, BillingPeriod period, qint64 at);

struct ProrationLine
{
    QString description;
    qint64 amountMinor = 0; // negative: a credit
    qint64 periodStart = 0;
    qint64 periodEnd = 0;
    QJsonObject toJson() const;
};

// The money side of a tier change, worked out by the second in integer minor units.
struct Proration
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::Proration)

public:
    ChangePolicy policy = ChangePolicy::Immediate;
    qint64 effectiveAt = 0;
    PeriodSpan current; // the period the change is made in
    QList<ProrationLine> lines;
    std::optional<qint64> dueNowMinor; // empty: the target's price is a quote not given yet
    std::optional<qint64> nextInvoiceMinor;
    qint64 creditCarriedMinor = 0; // a net credit, taken off the next invoice (and later ones)
    qint64 nextInvoiceAt = 0;
    QString rule; // the rounding rule, for people

    // The rounding rule: price x seconds / period seconds, to the nearest minor unit, a half
    // rounded away from zero. Exact (128-bit arithmetic).
    static qint64 prorate(qint64 priceMinor, qint64 seconds, qint64 periodSeconds);

    // Immediate: credit for the unused rest of the current period at the old price, and the
    // new price for that rest; when the period's length changes (monthly <-> annual) the
    // current period closes at the change and a new one of the new length starts then, paid
    // in full now. A net credit is carried to the next invoice. End of term: nothing now; the
    // next invoice, at the current period's end, is the new period's price.
    // fromName and toName are for the lines' descriptions ("Professional").
    static Result<Proration> compute(const BillingTerms &from, const BillingTerms &to,
                                     const QString &fromName, const QString &toName, qint64 at,
                                     ChangePolicy policy);
};

} // namespace Tenancy
