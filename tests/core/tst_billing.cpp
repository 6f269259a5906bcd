// Billing periods and proration, against amounts worked out by hand: a mid-period upgrade, a
// downgrade at the end of the term, a leap day, period boundaries, zero-price tiers, a custom
// quote, and a change between monthly and annual periods. Every amount is in integer minor
// units (cents); the comments show the arithmetic.
#include "usage/Billing.h"

#include <QDateTime>
#include <QTest>

using namespace Tenancy;
using namespace Qt::StringLiterals;

namespace {

qint64 at(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

BillingTerms terms(std::optional<qint64> monthly, BillingPeriod period, qint64 anchor = 0)
{
    BillingTerms t;
    t.currency = u"USD"_s;
    t.monthlyMinor = monthly;
    t.period = period;
    t.anchor = anchor;
    return t;
}

Proration compute(const BillingTerms &from, const BillingTerms &to, qint64 when,
                  ChangePolicy policy = ChangePolicy::Immediate)
{
    auto p = Proration::compute(from, to, u"Old"_s, u"New"_s, when, policy);
    if (!p)
        qFatal("%s", qPrintable(p.error().message));
    return *p;
}

} // namespace

class tst_Billing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundsHalfAwayFromZero()
    {
        QCOMPARE(Proration::prorate(1, 1, 2), 1); // 0.5 -> 1
        QCOMPARE(Proration::prorate(3, 1, 2), 2); // 1.5 -> 2
        QCOMPARE(Proration::prorate(-1, 1, 2), -1); // -0.5 -> -1
        QCOMPARE(Proration::prorate(10, 1, 3), 3); // 3.33 -> 3
        QCOMPARE(Proration::prorate(20, 1, 3), 7); // 6.67 -> 7
        QCOMPARE(Proration::prorate(0, 100, 200), 0);
        // A product past 2^63 (10^18 x 3.15 x 10^7): all but one second of a year.
        const qint64 year = 365LL * 86'400;
        // 10^18 x 31,535,999 / 31,536,000 = 999,999,968,290,208,016 and 7,424,000/31,536,000.
        QCOMPARE(Proration::prorate(1'000'000'000'000'000'000LL, year - 1, year),
                 999'999'968'290'208'016LL);
    }

    void monthlyPeriodsKeepTheAnchorsDay()
    {
        const qint64 anchor = at("2028-01-31T00:00:00Z");
        // January 31 -> February 29 (2028 is a leap year: the 31st becomes the last day) ->
        // March 31: each boundary from the anchor, so the 29th does not stick.
        QCOMPARE(periodAt(anchor, BillingPeriod::Monthly, at("2028-02-15T00:00:00Z")),
                 (PeriodSpan {anchor, at("2028-02-29T00:00:00Z")}));
        QCOMPARE(periodAt(anchor, BillingPeriod::Monthly, at("2028-02-29T12:00:00Z")),
                 (PeriodSpan {at("2028-02-29T00:00:00Z"), at("2028-03-31T00:00:00Z")}));
        // The boundary itself starts the next period.
        QCOMPARE(periodAt(anchor, BillingPeriod::Monthly, at("2028-03-31T00:00:00Z")),
                 (PeriodSpan {at("2028-03-31T00:00:00Z"), at("2028-04-30T00:00:00Z")}));
        // One millisecond before it is still the period before.
        QCOMPARE(periodAt(anchor, BillingPeriod::Monthly, at("2028-03-31T00:00:00Z") - 1),
                 (PeriodSpan {at("2028-02-29T00:00:00Z"), at("2028-03-31T00:00:00Z")}));
        // Years on.
        QCOMPARE(periodAt(anchor, BillingPeriod::Monthly, at("2031-06-30T23:59:59Z")),
                 (PeriodSpan {at("2031-06-30T00:00:00Z"), at("2031-07-31T00:00:00Z")}));
    }

    void annualPeriodsFromALeapDay()
    {
        const qint64 anchor = at("2028-02-29T09:30:00Z");
        QCOMPARE(periodAt(anchor, BillingPeriod::Annual, at("2028-12-01T00:00:00Z")),
                 (PeriodSpan {anchor, at("2029-02-28T09:30:00Z")}));
        QCOMPARE(periodAt(anchor, BillingPeriod::Annual, at("2031-03-01T00:00:00Z")),
                 (PeriodSpan {at("2031-02-28T09:30:00Z"), at("2032-02-29T09:30:00Z")}));
    }

    void midPeriodUpgrade()
    {
        // 299.00 -> 2,499.00 a month on 16 January; the period is January (31 days), 16 days of
        // it left: credit 29,900 x 16/31 = 15,432.26 -> 15,432; charge 249,900 x 16/31 =
        // 128,980.65 -> 128,981; net 113,549 due now.
        const auto p = compute(terms(29900, BillingPeriod::Monthly, at("2026-01-01T00:00:00Z")),
                               terms(249900, BillingPeriod::Monthly), at("2026-01-16T00:00:00Z"));
        QCOMPARE(p.current, (PeriodSpan {at("2026-01-01T00:00:00Z"), at("2026-02-01T00:00:00Z")}));
        QCOMPARE(p.effectiveAt, at("2026-01-16T00:00:00Z"));
        QCOMPARE(p.lines.size(), 2);
        QCOMPARE(p.lines.at(0).amountMinor, -15432);
        QCOMPARE(p.lines.at(0).periodStart, at("2026-01-16T00:00:00Z"));
        QCOMPARE(p.lines.at(0).periodEnd, at("2026-02-01T00:00:00Z"));
        QCOMPARE(p.lines.at(1).amountMinor, 128981);
        QCOMPARE(p.dueNowMinor, 113549);
        QCOMPARE(p.nextInvoiceMinor, 249900);
        QCOMPARE(p.nextInvoiceAt, at("2026-02-01T00:00:00Z"));
        QCOMPARE(p.creditCarriedMinor, 0);
        QVERIFY(p.rule.contains(u"by the second"_s));
        QVERIFY(p.rule.contains(u"away from zero"_s));
    }

    void byTheSecondNotTheDay()
    {
        // Milliseconds are dropped (the change happens at its second): 10:00:00.999 leaves
        // 1,346,400 of January's 2,678,400 seconds. 29,900 x 1,346,400 / 2,678,400 =
        // 15,030.24 -> 15,030; 249,900 x ... = 125,621.77 -> 125,622.
        const auto p
            = compute(terms(29900, BillingPeriod::Monthly, at("2026-01-01T00:00:00Z")),
                      terms(249900, BillingPeriod::Monthly), at("2026-01-16T10:00:00Z") + 999);
        QCOMPARE(p.effectiveAt, at("2026-01-16T10:00:00Z"));
        QCOMPARE(p.lines.at(0).amountMinor, -15030);
        QCOMPARE(p.lines.at(1).amountMinor, 125622);
        QCOMPARE(p.dueNowMinor, 110592);
    }

    void leapFebruary()
    {
        // February 2028 has 29 days; one day left: 29,900 / 29 = 1,031.03 -> 1,031 credit;
        // 249,900 / 29 = 8,617.24 -> 8,617.
        const auto p = compute(terms(29900, BillingPeriod::Monthly, at("2028-02-01T00:00:00Z")),
                               terms(249900, BillingPeriod::Monthly), at("2028-02-29T00:00:00Z"));
        QCOMPARE(p.current.end, at("2028-03-01T00:00:00Z"));
        QCOMPARE(p.lines.at(0).amountMinor, -1031);
        QCOMPARE(p.lines.at(1).amountMinor, 8617);
        QCOMPARE(p.dueNowMinor, 7586);
    }

    void periodBoundaries()
    {
        const BillingTerms from = terms(29900, BillingPeriod::Monthly, at("2026-01-01T00:00:00Z"));
        const BillingTerms to = terms(249900, BillingPeriod::Monthly);
        // At the start of a period: all of it is left, both prices whole.
        auto p = compute(from, to, at("2026-02-01T00:00:00Z"));
        QCOMPARE(p.current, (PeriodSpan {at("2026-02-01T00:00:00Z"), at("2026-03-01T00:00:00Z")}));
        QCOMPARE(p.lines.at(0).amountMinor, -29900);
        QCOMPARE(p.lines.at(1).amountMinor, 249900);
        QCOMPARE(p.dueNowMinor, 220000);
        // One second before its end: 29,900 / 2,419,200 and 249,900 / 2,419,200 round to 0.
        p = compute(from, to, at("2026-03-01T00:00:00Z") - 1000);
        QCOMPARE(p.lines.at(0).amountMinor, 0);
        QCOMPARE(p.lines.at(1).amountMinor, 0);
        QCOMPARE(p.dueNowMinor, 0);
        QCOMPARE(p.nextInvoiceAt, at("2026-03-01T00:00:00Z"));
        // At the subscription's very start.
        p = compute(from, to, at("2026-01-01T00:00:00Z"));
        QCOMPARE(p.dueNowMinor, 220000);
        // Before it: refused, naming the field.
        auto refused = Proration::compute(from, to, u"Old"_s, u"New"_s, at("2025-12-31T23:59:59Z"),
                                          ChangePolicy::Immediate);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"effective_at"_s);
    }

    void downgradeAtTheEndOfTheTerm()
    {
        // Annual Enterprise from 15 March 2026 12:00 to Professional: nothing now; from the
        // end of the term (15 March 2027 12:00) the monthly 299.00.
        const auto p = compute(terms(249900, BillingPeriod::Annual, at("2026-03-15T12:00:00Z")),
                               terms(29900, BillingPeriod::Monthly), at("2026-07-01T00:00:00Z"),
                               ChangePolicy::EndOfTerm);
        QCOMPARE(p.current, (PeriodSpan {at("2026-03-15T12:00:00Z"), at("2027-03-15T12:00:00Z")}));
        QCOMPARE(p.effectiveAt, at("2027-03-15T12:00:00Z"));
        QVERIFY(p.lines.isEmpty());
        QCOMPARE(p.dueNowMinor, 0);
        QCOMPARE(p.nextInvoiceMinor, 29900);
        QCOMPARE(p.nextInvoiceAt, at("2027-03-15T12:00:00Z"));
    }

    void immediateDowngradeCarriesTheCredit()
    {
        // Professional -> Free on 16 January: credit 15,432 (as above), charge 0; nothing due,
        // the credit carried; the next invoice (Free: 0) stays 0.
        const auto p = compute(terms(29900, BillingPeriod::Monthly, at("2026-01-01T00:00:00Z")),
                               terms(0, BillingPeriod::Monthly), at("2026-01-16T00:00:00Z"));
        QCOMPARE(p.lines.at(0).amountMinor, -15432);
        QCOMPARE(p.lines.at(1).amountMinor, 0);
        QCOMPARE(p.dueNowMinor, 0);
        QCOMPARE(p.creditCarriedMinor, 15432);
        QCOMPARE(p.nextInvoiceMinor, 0);
    }

    void zeroPriceUpgrade()
    {
        // Free -> Professional with 10 of 30 days left (April): credit 0, charge 29,900 / 3 =
        // 9,966.67 -> 9,967.
        const auto p = compute(terms(0, BillingPeriod::Monthly, at("2026-01-01T00:00:00Z")),
                               terms(29900, BillingPeriod::Monthly), at("2026-04-21T00:00:00Z"));
        QCOMPARE(p.lines.at(0).amountMinor, 0);
        QCOMPARE(p.lines.at(1).amountMinor, 9967);
        QCOMPARE(p.dueNowMinor, 9967);
        QCOMPARE(p.nextInvoiceMinor, 29900);
    }

    void monthlyToAnnual()
    {
        // Professional monthly -> Enterprise annual on 16 January: credit 15,432; a year of
        // Enterprise (12 x 249,900 = 2,998,800) from the change, due now: 2,983,368; the next
        // invoice a year later.
        const auto p = compute(terms(29900, BillingPeriod::Monthly, at("2026-01-01T00:00:00Z")),
                               terms(249900, BillingPeriod::Annual), at("2026-01-16T00:00:00Z"));
        QCOMPARE(p.lines.at(0).amountMinor, -15432);
        QCOMPARE(p.lines.at(1).amountMinor, 2998800);
        QCOMPARE(p.lines.at(1).periodEnd, at("2027-01-16T00:00:00Z"));
        QCOMPARE(p.dueNowMinor, 2983368);
        QCOMPARE(p.nextInvoiceMinor, 2998800);
        QCOMPARE(p.nextInvoiceAt, at("2027-01-16T00:00:00Z"));
    }

    void customQuote()
    {
        const BillingTerms from = terms(249900, BillingPeriod::Annual, at("2026-01-01T00:00:00Z"));
        // No quote yet: the credit is known, what is due is not.
        auto p
            = compute(from, terms(std::nullopt, BillingPeriod::Annual), at("2026-07-02T12:00:00Z"));
        QCOMPARE(p.lines.size(), 1);
        QVERIFY(!p.dueNowMinor);
        QVERIFY(!p.nextInvoiceMinor);
        // 2,998,800 x (182.5 of 365 days) = 1,499,400 exactly.
        QCOMPARE(p.lines.at(0).amountMinor, -1499400);
        // Quoted at 10,000.00 a month: 12,000,000 x 182.5/365 = 6,000,000; net 4,500,600.
        p = compute(from, terms(1'000'000, BillingPeriod::Annual), at("2026-07-02T12:00:00Z"));
        QCOMPARE(p.lines.at(1).amountMinor, 6000000);
        QCOMPARE(p.dueNowMinor, 4500600);
        QCOMPARE(p.nextInvoiceMinor, 12000000);
    }

    void termsFromAConfiguration()
    {
        const QJsonObject document {
            {u"billing"_s,
             QJsonObject {{u"currency"_s, u"USD"_s},
                          {u"monthly_price_minor"_s, 29900},
                          {u"billing_period"_s, u"monthly"_s},
                          {u"subscription_started_at"_s, u"2026-01-01T00:00:00.000Z"_s}}}};
        auto t = BillingTerms::fromDocument(document, 0);
        QVERIFY(t);
        QCOMPARE(t->monthlyMinor, 29900);
        QCOMPARE(t->anchor, at("2026-01-01T00:00:00Z"));
        QCOMPARE(t->periodMinor(), 29900);
        QJsonObject bad = document;
        QJsonObject billing = bad.value(u"billing"_s).toObject();
        billing.insert(u"billing_period"_s, u"weekly"_s);
        bad.insert(u"billing"_s, billing);
        auto refused = BillingTerms::fromDocument(bad, 0);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"billing.billing_period"_s);
        billing.insert(u"billing_period"_s, u"annual"_s);
        billing.insert(u"monthly_price_minor"_s, 12.5);
        bad.insert(u"billing"_s, billing);
        refused = BillingTerms::fromDocument(bad, 0);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"billing.monthly_price_minor"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Billing)
#include "tst_billing.moc"
