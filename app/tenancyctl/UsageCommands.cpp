// tenancyctl usage … and upgrade preview: usage samples, limits, and what a tier change costs.
#include "Cli.h"
#include "model/Format.h"
#include "usage/QuoteDocument.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy::Ctl {

namespace {

constexpr qint64 kDayMs = 86'400'000;
// A quote above a trillion (in minor units) a month is a typing error.
constexpr qint64 kMaxPriceMinor = 1'000'000'000'000;

// --NAME as a time: ISO 8601 with Z or an offset, or a date (midnight UTC).
std::optional<qint64> timeOption(Context &c, const QString &command, const QString &name,
                                 int *status)
{
    const QString text = c.args.value(name);
    if (auto at = UsageFile::parseTimestamp(text.toUtf8()))
        return at;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    *status = c.cli.usageError(Cli::tr("%1: --%2 \"%3\" is not a time (such as "
                                       "2026-01-31T12:00:00Z) or a date (2026-01-31)")
                                   .arg(command, name, text));
    return std::nullopt;
}

QString usageText(const QString &metric, double value)
{
    if (UsageMetric::isBytes(metric))
        return Format::bytes(qint64(std::llround(value)));
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return Format::count(Limit::of(qint64(value)));
    return QString::number(value, 'g', 6);
}

QString minorText(const std::optional<qint64> &minor, const QString &currency)
{
    if (!minor)
        return Cli::tr("quote");
    return Money {*minor, currency}.toDisplayString();
}

int runImport(Context &c)
{
    const QString path = c.positional.at(0);
    const auto data = readInputFile(path);
    if (!data)
        return c.cli.fail(data.error());
    auto result
        = c.manager->importUsage(*data, QFileInfo(path).fileName(), c.args.isSet(u"skip-bad"_s));
    if (!result)
        return c.cli.fail(result.error());
    if (c.cli.json()) {
        c.cli.printJson(result->toJson());
        return Ok;
    }
    QTextStream &out = c.cli.out();
    for (const Error &e : result->skipped)
        out << Cli::tr("skipped %1").arg(e.message) << '\n';
    out << Cli::tr("%1: %2 rows, %3 samples stored, %4 unchanged, %5 skipped; %n tenant(s)",
                   nullptr, int(result->tenants.size()))
               .arg(result->file)
               .arg(result->rows)
               .arg(result->stored)
               .arg(result->unchanged)
               .arg(result->skipped.size())
        << '\n';
    return Ok;
}

int runShow(Context &c)
{
    const QString command = u"usage show"_s;
    if (!c.args.isSet(u"metric"_s))
        return c.cli.usageError(Cli::tr("usage show: --metric M is required (%1, or a custom "
                                        "counter)")
                                    .arg(UsageMetric::builtin().join(u", "_s)));
    int status = Ok;
    qint64 to = QDateTime::currentMSecsSinceEpoch();
    if (c.args.isSet(u"to"_s)) {
        const auto t = timeOption(c, command, u"to"_s, &status);
        if (!t)
            return status;
        to = *t;
    }
    qint64 from = to - 30 * kDayMs;
    if (c.args.isSet(u"from"_s)) {
        const auto f = timeOption(c, command, u"from"_s, &status);
        if (!f)
            return status;
        from = *f;
    }
    const QString bucketText = c.args.isSet(u"bucket"_s) ? c.args.value(u"bucket"_s) : u"day"_s;
    const auto bucket = bucketSizeFromId(bucketText);
    if (!bucket)
        return c.cli.usageError(
            Cli::tr("usage show: --bucket must be hour, day or month (found \"%1\")")
                .arg(bucketText));
    const QString metric = c.args.value(u"metric"_s);
    auto buckets = c.manager->usageBuckets(c.positional.at(0), metric, from, to, *bucket);
    if (!buckets)
        return c.cli.fail(buckets.error());
    const MetricKind kind = UsageMetric::kindOf(metric);
    if (c.cli.json()) {
        QJsonArray array;
        for (const UsageBucket &b : *buckets)
            array.append(b.toJson(kind, *bucket));
        c.cli.printJson(
            QJsonObject {{u"tenant"_s, c.positional.at(0)},
                         {u"metric"_s, metric},
                         {u"kind"_s, kind == MetricKind::Gauge ? u"gauge"_s : u"counter"_s},
                         {u"bucket"_s, bucketText},
                         {u"from"_s, usageTimeText(from)},
                         {u"to"_s, usageTimeText(to)},
                         {u"buckets"_s, array}});
        return Ok;
    }
    if (buckets->isEmpty()) {
        c.cli.out() << Cli::tr("%1 has no %2 samples from %3 to %4")
                           .arg(c.positional.at(0), metric, usageTimeText(from), usageTimeText(to))
                    << '\n';
        return Ok;
    }
    const QString format = *bucket == UsageBucketSize::Month ? u"yyyy-MM"_s
        : *bucket == UsageBucketSize::Day                    ? u"yyyy-MM-dd"_s
                                                             : u"yyyy-MM-dd HH:00"_s;
    QList<QStringList> rows;
    for (const UsageBucket &b : *buckets) {
        const QString start = QDateTime::fromMSecsSinceEpoch(b.start, Qt::UTC).toString(format);
        if (kind == MetricKind::Counter)
            rows << QStringList {start, usageText(metric, b.sum), QString::number(b.samples)};
        else
            rows << QStringList {start, usageText(metric, b.latest), usageText(metric, b.max),
                                 QString::number(b.samples)};
    }
    const QString when = bucketText.toUpper() + Cli::tr(" (UTC)");
    if (kind == MetricKind::Counter)
        c.cli.printTable({when, Cli::tr("TOTAL"), Cli::tr("SAMPLES")}, rows);
    else
        c.cli.printTable({when, Cli::tr("LATEST"), Cli::tr("PEAK"), Cli::tr("SAMPLES")}, rows);
    return Ok;
}

int runStatus(Context &c)
{
    auto status = c.manager->usageStatus(c.positional.at(0));
    if (!status)
        return c.cli.fail(status.error());
    if (c.cli.json()) {
        c.cli.printJson(status->toJson());
        return Ok;
    }
    QList<QStringList> rows;
    for (const LimitStatus &l : status->limits)
        rows << QStringList {l.limitName, limitLevelId(l.level), l.message};
    c.cli.out()
        << Cli::tr("%1 (%2) at %3").arg(status->tenantId, status->tier, usageTimeText(status->at))
        << '\n';
    c.cli.printTable({Cli::tr("LIMIT"), Cli::tr("STATE"), Cli::tr("USAGE")}, rows);
    if (!status->suggestedTier.isEmpty())
        c.cli.out() << Cli::tr("Upgrade suggested: the %1 tier fits this usage "
                               "(tenancyctl upgrade preview %2 --to %1)")
                           .arg(status->suggestedTier, status->tenantId)
                    << '\n';
    return Ok;
}

void printPreview(Cli &cli, const UpgradePreview &p)
{
    QTextStream &out = cli.out();
    const QString currency = p.fromTerms.currency;
    out << Cli::tr("%1 (%2): %3 -> %4, %5, %6 from %7")
               .arg(p.tenantId, p.tenantName, p.fromTierName, p.toTierName, p.direction,
                    changePolicyId(p.policy), usageTimeText(p.effectiveAt))
        << "\n\n";
    QList<QStringList> rows;
    for (const UpgradePreview::LimitChange &l : p.limits) {
        const bool bytes = l.name == u"max_storage_bytes"_s;
        const auto text = [&](const Limit &limit) {
            return bytes ? Format::storage(limit) : Format::count(limit);
        };
        rows << QStringList {l.name, text(l.from), text(l.to),
                             l.currentUsage ? usageText(l.metric, *l.currentUsage) : u"-"_s,
                             l.overAfter ? Cli::tr("OVER") : QString()};
    }
    cli.printTable(
        {Cli::tr("LIMIT"), Cli::tr("NOW"), Cli::tr("AFTER"), Cli::tr("USAGE"), QString()}, rows);
    if (!p.featuresGained.isEmpty())
        out << Cli::tr("Features gained: %1").arg(p.featuresGained.join(u", "_s)) << '\n';
    if (!p.featuresLost.isEmpty())
        out << Cli::tr("Features lost: %1").arg(p.featuresLost.join(u", "_s)) << '\n';
    out << Cli::tr("Isolation: %1 -> %2; migration: %3")
               .arg(isolationId(p.fromIsolation), isolationId(p.toIsolation), p.migration)
        << '\n';
    if (!p.policyChanges.isEmpty()) {
        out << Cli::tr("Security and compliance changes:") << '\n';
        for (const ConfigChange &change : p.policyChanges)
            out << "  " << pointerToDotted(change.pointer) << ": "
                << (change.before.isUndefined() ? u"-"_s : compactJson(change.before)) << " -> "
                << (change.after.isUndefined() ? u"-"_s : compactJson(change.after)) << '\n';
    }
    out << Cli::tr("Configuration changes: %n", nullptr, int(p.configDiff.size())) << "\n\n";
    const auto monthly = [&](const std::optional<qint64> &minor) {
        return minor ? Cli::tr("%1 a month").arg(minorText(minor, currency)) : Cli::tr("by quote");
    };
    out << Cli::tr("Price: %1 -> %2")
               .arg(monthly(p.fromTerms.monthlyMinor), monthly(p.toTerms.monthlyMinor))
        << '\n';
    out << Cli::tr("Current period: %1 to %2 (%3)")
               .arg(usageTimeText(p.proration.current.start),
                    usageTimeText(p.proration.current.end), billingPeriodId(p.fromTerms.period))
        << '\n';
    QList<QStringList> lines;
    for (const ProrationLine &line : p.proration.lines)
        lines << QStringList {line.description, usageTimeText(line.periodStart),
                              usageTimeText(line.periodEnd), minorText(line.amountMinor, currency)};
    if (!lines.isEmpty())
        cli.printTable({Cli::tr("LINE"), Cli::tr("FROM"), Cli::tr("TO"), Cli::tr("AMOUNT")}, lines);
    out << Cli::tr("Due now: %1").arg(minorText(p.proration.dueNowMinor, currency)) << '\n';
    out << Cli::tr("Next invoice: %1 on %2")
               .arg(minorText(p.proration.nextInvoiceMinor, currency),
                    usageTimeText(p.proration.nextInvoiceAt))
        << '\n';
    if (p.proration.creditCarriedMinor > 0)
        out << Cli::tr("Credit carried forward: %1")
                   .arg(minorText(p.proration.creditCarriedMinor, currency))
            << '\n';
    out << p.proration.rule << '\n';
    for (const QString &note : p.notes)
        out << note << '\n';
}

// The preview's request from ID, --to, --at, --policy and --price.
std::optional<UpgradePreviewRequest> previewRequest(Context &c, const QString &command, int *status)
{
    if (!c.args.isSet(u"to"_s)) {
        *status = c.cli.usageError(Cli::tr("%1: --to TIER is required").arg(command));
        return std::nullopt;
    }
    UpgradePreviewRequest request;
    request.tenantId = c.positional.at(0);
    request.toTier = c.args.value(u"to"_s);
    if (c.args.isSet(u"at"_s)) {
        const auto at = timeOption(c, command, u"at"_s, status);
        if (!at)
            return std::nullopt;
        request.effectiveAt = *at;
    }
    if (c.args.isSet(u"policy"_s)) {
        const auto policy = changePolicyFromId(c.args.value(u"policy"_s));
        if (!policy) {
            *status = c.cli.usageError(
                Cli::tr("%1: --policy must be immediate or end_of_term (found \"%2\")")
                    .arg(command, c.args.value(u"policy"_s)));
            return std::nullopt;
        }
        request.policy = *policy;
    }
    if (c.args.isSet(u"price"_s)) {
        bool ok = false;
        const qint64 price = c.args.value(u"price"_s).toLongLong(&ok);
        if (!ok || price < 0 || price > kMaxPriceMinor) {
            *status = c.cli.usageError(Cli::tr("%1: --price is the agreed monthly price in minor "
                                               "units (cents), such as 500000 (found \"%2\")")
                                           .arg(command, c.args.value(u"price"_s)));
            return std::nullopt;
        }
        request.quotedMonthlyMinor = price;
    }
    return request;
}

int runPreview(Context &c)
{
    int status = Ok;
    const auto request = previewRequest(c, u"upgrade preview"_s, &status);
    if (!request)
        return status;
    auto preview = c.manager->previewUpgrade(*request);
    if (!preview)
        return c.cli.fail(preview.error());
    if (c.cli.json())
        c.cli.printJson(preview->toJson());
    else
        printPreview(c.cli, *preview);
    return Ok;
}

int runQuote(Context &c)
{
    int status = Ok;
    const auto request = previewRequest(c, u"quote"_s, &status);
    if (!request)
        return status;
    if (!c.args.isSet(u"out"_s))
        return c.cli.usageError(Cli::tr("quote: --out FILE.pdf is required"));
    auto preview = c.manager->previewUpgrade(*request);
    if (!preview)
        return c.cli.fail(preview.error());
    const QString path = c.args.value(u"out"_s);
    if (auto written = QuoteDocument::writePdf(*preview, c.manager->currentOperator().name, path);
        !written)
        return c.cli.fail(written.error());
    if (c.cli.json()) {
        c.cli.printJson(QJsonObject {{u"file"_s, path},
                                     {u"reference"_s, QuoteDocument::reference(*preview)},
                                     {u"preview"_s, preview->toJson()}});
        return Ok;
    }
    c.cli.out() << Cli::tr("wrote quote %1 to %2 (valid %3 days): due now %4")
                       .arg(QuoteDocument::reference(*preview), path)
                       .arg(QuoteDocument::validDays)
                       .arg(minorText(preview->proration.dueNowMinor, preview->fromTerms.currency))
                << '\n';
    return Ok;
}

int runSimulate(Context &c)
{
    int days = 30;
    if (c.args.isSet(u"days"_s)) {
        const auto d = parseCount(c.args.value(u"days"_s), 1, 3660);
        if (!d)
            return c.cli.usageError(Cli::tr("scaling simulate: --days is a number of days from 1 "
                                            "to 3660 (found \"%1\")")
                                        .arg(c.args.value(u"days"_s)));
        days = *d;
    }
    std::optional<double> perUnit;
    if (c.args.isSet(u"per-unit"_s)) {
        bool ok = false;
        perUnit = c.args.value(u"per-unit"_s).toDouble(&ok);
        if (!ok || !(*perUnit > 0))
            return c.cli.usageError(Cli::tr("scaling simulate: --per-unit is the load one unit "
                                            "of capacity serves in an hour, above 0 (found \"%1\")")
                                        .arg(c.args.value(u"per-unit"_s)));
    }
    const QString metric = c.args.isSet(u"metric"_s) ? c.args.value(u"metric"_s) : u"api_calls"_s;
    auto s = c.manager->simulateScaling(c.positional.at(0), days, metric, perUnit);
    if (!s)
        return c.cli.fail(s.error());
    if (c.cli.json()) {
        c.cli.printJson(s->toJson(c.args.isSet(u"timeline"_s)));
        return Ok;
    }
    QTextStream &out = c.cli.out();
    out << Cli::tr("%1: %2 over the last %n day(s), hour by hour; a unit serves %3 an hour",
                   nullptr, days)
               .arg(c.positional.at(0), metric, QString::number(s->perUnit, 'g', 6))
        << '\n';
    out << Cli::tr("policy: capacity %1 to %2, target %3%, up above %4%, down below %5%, "
                   "cooldowns %6 s up and %7 s down, factor %8")
               .arg(s->policy.minCapacity)
               .arg(s->policy.maxCapacity)
               .arg(s->policy.targetUtilizationPercent)
               .arg(s->policy.scaleUpThreshold * 100)
               .arg(s->policy.scaleDownThreshold * 100)
               .arg(s->policy.scaleUpCooldownSeconds)
               .arg(s->policy.scaleDownCooldownSeconds)
               .arg(s->policy.maxScaleFactor)
        << '\n';
    out << Cli::tr("scale events: %1 (%2 up, %3 down); peak capacity %4, mean %5")
               .arg(s->events.size())
               .arg(s->scaleUps)
               .arg(s->scaleDowns)
               .arg(s->peakCapacity)
               .arg(QString::number(s->meanCapacity, 'f', 1))
        << '\n';
    out << Cli::tr("hours above the target utilisation: %1; overloaded (above 100%): %2")
               .arg(QString::number(double(s->aboveTargetMs) / 3'600'000.0, 'f', 0),
                    QString::number(double(s->overloadedMs) / 3'600'000.0, 'f', 0))
        << '\n';
    QList<QStringList> rows;
    for (const ScalingSimulation::Event &e : s->events.mid(0, 20))
        rows << QStringList {usageTimeText(e.at), QString::number(e.from), QString::number(e.to),
                             QString::number(e.utilisation * 100, 'f', 0) + u'%'};
    if (!rows.isEmpty()) {
        out << '\n';
        c.cli.printTable({Cli::tr("AT"), Cli::tr("FROM"), Cli::tr("TO"), Cli::tr("UTILISATION")},
                         rows);
        if (s->events.size() > rows.size())
            out << Cli::tr("… and %n more (--json --timeline has them all)", nullptr,
                           int(s->events.size() - rows.size()))
                << '\n';
    }
    return Ok;
}

int runRecommend(Context &c)
{
    auto list = c.manager->recommendTiers(c.positional.value(0));
    if (!list)
        return c.cli.fail(list.error());
    if (c.cli.json()) {
        QJsonArray array;
        for (const TierRecommendation &r : *list)
            array.append(r.toJson());
        c.cli.printJson(array);
        return Ok;
    }
    QTextStream &out = c.cli.out();
    if (list->isEmpty()) {
        out << Cli::tr("No tier changes to recommend from the last %1 days of usage.")
                   .arg(TenantManager::recommendationDays)
            << '\n';
        return Ok;
    }
    for (const TierRecommendation &r : *list) {
        out << Cli::tr("%1: %2 from %3 to %4 (%5 days with samples)")
                   .arg(r.tenantId, r.kind, r.tier, r.recommendedTier)
                   .arg(r.daysWithSamples)
            << '\n';
        for (const QString &line : r.evidence)
            out << "  - " << line << '\n';
        out << "  "
            << Cli::tr("preview: tenancyctl upgrade preview %1 --to %2")
                   .arg(r.tenantId, r.recommendedTier)
            << '\n';
    }
    return Ok;
}

int runCost(Context &c)
{
    std::optional<qint64> at;
    if (c.args.isSet(u"at"_s)) {
        int status = Ok;
        at = timeOption(c, u"cost"_s, u"at"_s, &status);
        if (!at)
            return status;
    }
    auto r = c.manager->costReport(c.positional.at(0), at);
    if (!r)
        return c.cli.fail(r.error());
    if (c.cli.json()) {
        c.cli.printJson(r->toJson());
        return Ok;
    }
    QTextStream &out = c.cli.out();
    out << Cli::tr("%1 (%2), %3 period %4 to %5, at %6")
               .arg(r->tenantId, r->tier, billingPeriodId(r->billingPeriod),
                    usageTimeText(r->period.start), usageTimeText(r->period.end),
                    usageTimeText(r->at))
        << '\n';
    QList<QStringList> rows;
    rows << QStringList {Cli::tr("subscription"),
                         QString(),
                         QString(),
                         QString(),
                         minorText(r->subscriptionMinor, r->currency),
                         minorText(r->subscriptionMinor, r->currency)};
    for (const MetricCost &m : r->metrics) {
        const QString price = !m.price ? Cli::tr("none")
            : m.price->per == 1
            ? Cli::tr("%1 each").arg(minorText(m.price->priceMinor, r->currency))
            : Cli::tr("%1 per %2")
                  .arg(minorText(m.price->priceMinor, r->currency),
                       usageText(m.metric, double(m.price->per)));
        rows << QStringList {m.metric,
                             usageText(m.metric, m.usage),
                             m.limitName.isEmpty() || m.limit.isUnlimited()
                                 ? Cli::tr("-")
                                 : usageText(m.metric, double(m.limit.value())),
                             m.limitName.isEmpty() ? Cli::tr("-") : price,
                             minorText(m.costMinor, r->currency),
                             minorText(m.projectedMinor, r->currency)};
    }
    rows << QStringList {Cli::tr("total"),
                         QString(),
                         QString(),
                         QString(),
                         minorText(r->totalMinor, r->currency),
                         minorText(r->projectedMinor, r->currency)};
    c.cli.printTable({Cli::tr("ITEM"), Cli::tr("USAGE"), Cli::tr("LIMIT"), Cli::tr("OVERAGE PRICE"),
                      Cli::tr("SO FAR"), Cli::tr("PROJECTED")},
                     rows);
    if (r->budgetMinor)
        out << Cli::tr("budget: %1 a period (%2% used, %3)")
                   .arg(minorText(r->budgetMinor, r->currency))
                   .arg(r->budgetPercent, 0, 'f', 0)
                   .arg(budgetLevelId(r->budgetLevel))
            << '\n';
    else
        out << Cli::tr("budget: none (tenancyctl budget set %1 MINOR --reason TEXT)")
                   .arg(r->tenantId)
            << '\n';
    for (const QString &alert : r->alerts)
        out << Cli::tr("alert: %1").arg(alert) << '\n';
    out << r->rule << '\n';
    return Ok;
}

int printBudgetChange(Context &c, const Result<ConfigChangeResult> &changed)
{
    if (!changed)
        return c.cli.fail(changed.error());
    auto r = c.manager->costReport(c.positional.at(0));
    if (!r)
        return c.cli.fail(r.error());
    if (c.cli.json()) {
        c.cli.printJson(r->toJson());
        return Ok;
    }
    c.cli.out() << (r->budgetMinor ? Cli::tr("%1: budget %2 a period, %3% used")
                                         .arg(r->tenantId, minorText(r->budgetMinor, r->currency))
                                         .arg(r->budgetPercent, 0, 'f', 0)
                                   : Cli::tr("%1: no budget").arg(r->tenantId))
                << '\n';
    for (const QString &alert : r->alerts)
        c.cli.out() << Cli::tr("alert: %1").arg(alert) << '\n';
    return Ok;
}

int runBudgetSet(Context &c)
{
    bool ok = false;
    const qint64 minor = c.positional.at(1).toLongLong(&ok);
    if (!ok || minor < 0 || minor > kMaxPriceMinor)
        return c.cli.usageError(Cli::tr("budget set: the budget is a whole amount in minor units "
                                        "(cents) from 0, such as 50000 (found \"%1\")")
                                    .arg(c.positional.at(1)));
    if (!c.args.isSet(u"reason"_s))
        return c.cli.usageError(Cli::tr("budget set: --reason is required"));
    return printBudgetChange(
        c, c.manager->setBudget(c.positional.at(0), minor, c.args.value(u"reason"_s)));
}

int runBudgetClear(Context &c)
{
    if (!c.args.isSet(u"reason"_s))
        return c.cli.usageError(Cli::tr("budget clear: --reason is required"));
    return printBudgetChange(
        c, c.manager->setBudget(c.positional.at(0), std::nullopt, c.args.value(u"reason"_s)));
}

int runFleet(Context &c)
{
    auto f = c.manager->fleetUsage();
    if (!f)
        return c.cli.fail(f.error());
    if (c.cli.json()) {
        c.cli.printJson(f->toJson());
        return Ok;
    }
    QTextStream &out = c.cli.out();
    out << Cli::tr("%n tenant(s), %1 with usage, at %2", nullptr, int(f->tenants))
               .arg(f->tenantsWithUsage)
               .arg(usageTimeText(f->at))
        << "\n\n";
    QList<QStringList> rows;
    for (const FleetUsage::TierCount &t : f->tiers) {
        QStringList row {t.tier};
        for (const QString &status : f->statuses)
            row << QString::number(t.byStatus.value(status));
        row << QString::number(t.total);
        rows << row;
    }
    c.cli.printTable(QStringList {Cli::tr("TIER")} + f->statuses + QStringList {Cli::tr("TOTAL")},
                     rows);
    rows.clear();
    for (const FleetUsage::TenantUse &u : f->top)
        rows << QStringList {u.tenantId, u.tier, u.limitName,
                             QString::number(u.percent, 'f', 0) + u'%', limitLevelId(u.level)};
    out << '\n' << Cli::tr("Top tenants by limit use") << '\n';
    c.cli.printTable(
        {Cli::tr("TENANT"), Cli::tr("TIER"), Cli::tr("LIMIT"), Cli::tr("USE"), Cli::tr("STATE")},
        rows);
    out << '\n' << Cli::tr("Alerts: %1").arg(f->alerts.size()) << '\n';
    for (const FleetUsage::Alert &a : f->alerts)
        out << Cli::tr("%1 %2 %3: %4").arg(a.tenantId, a.subject, a.level, a.message) << '\n';
    return Ok;
}

Command make(const QStringList &path, const QString &arguments, const QString &summary,
             const QList<QCommandLineOption> &options, int (*run)(Context &))
{
    Command c;
    c.path = path;
    c.arguments = arguments;
    c.positionalCount = 1;
    c.summary = summary;
    c.options = options;
    c.run = run;
    return c;
}

} // namespace

QList<Command> usageCommands()
{
    return {
        make({u"usage"_s, u"import"_s}, u"FILE"_s,
             Cli::tr("Import usage samples: CSV (tenant_id,metric,timestamp,value) or JSON Lines. "
                     "A file with a bad row imports nothing unless --skip-bad; importing it again "
                     "changes nothing."),
             {option(u"skip-bad"_s, Cli::tr("import the good rows and report the bad ones"))},
             runImport),
        make({u"usage"_s, u"show"_s}, u"ID"_s,
             Cli::tr("A metric's usage by hour, day or month (UTC): counters summed, gauges' "
                     "latest and peak."),
             {option(u"metric"_s,
                     Cli::tr("users, storage_bytes, ai_sessions, api_calls, "
                             "bandwidth_bytes or a custom counter (required)"),
                     u"M"_s),
              option(u"from"_s, Cli::tr("start (ISO 8601 or a date; default 30 days before --to)"),
                     u"T"_s),
              option(u"to"_s, Cli::tr("end (default now)"), u"T"_s),
              option(u"bucket"_s, Cli::tr("hour, day (default) or month"), u"B"_s)},
             runShow),
        make({u"usage"_s, u"status"_s}, u"ID"_s,
             Cli::tr("Usage against the tenant's limits: alerts at 80% and 100%, the 24-hour grace "
                     "period, the hard limit."),
             {}, runStatus),
        make({u"upgrade"_s, u"preview"_s}, u"ID"_s,
             Cli::tr("What a tier change means before it is made: limits, features, usage against "
                     "the new limits, isolation, policies, configuration, price and proration. "
                     "Changes nothing."),
             {option(u"to"_s, Cli::tr("the target tier (required)"), u"TIER"_s),
              option(u"at"_s, Cli::tr("when it takes effect (default now)"), u"TIME"_s),
              option(u"policy"_s,
                     Cli::tr("immediate or end_of_term (default: immediate for an upgrade, "
                             "end_of_term for a downgrade)"),
                     u"P"_s),
              option(u"price"_s,
                     Cli::tr("the agreed monthly price in minor units, for the custom tier"),
                     u"MINOR"_s)},
             runPreview),
        make({u"quote"_s}, u"ID"_s,
             Cli::tr("Write the upgrade preview as a PDF quote a customer can read (company-"
                     "neutral, valid 30 days). Changes nothing."),
             {option(u"to"_s, Cli::tr("the target tier (required)"), u"TIER"_s),
              option(u"out"_s, Cli::tr("the PDF to write (required)"), u"FILE.pdf"_s),
              option(u"at"_s, Cli::tr("when it takes effect (default now)"), u"TIME"_s),
              option(u"policy"_s, Cli::tr("immediate or end_of_term"), u"P"_s),
              option(u"price"_s, Cli::tr("the agreed monthly price in minor units, for custom"),
                     u"MINOR"_s)},
             runQuote),
        make({u"scaling"_s, u"simulate"_s}, u"ID"_s,
             Cli::tr("Replay the tenant's usage through its auto-scaling policy: capacity over "
                     "time, scale events, time above the target utilisation."),
             {option(u"days"_s, Cli::tr("how far back (default 30)"), u"D"_s),
              option(u"metric"_s, Cli::tr("the load (default api_calls)"), u"M"_s),
              option(u"per-unit"_s,
                     Cli::tr("the load one unit of capacity serves in an hour (default: "
                             "max_capacity serves the hourly API limit, or the peak hour, at the "
                             "target utilisation)"),
                     u"N"_s),
              option(u"timeline"_s, Cli::tr("with --json: every hour's load and capacity"))},
             runSimulate),
        make({u"cost"_s}, u"ID"_s,
             Cli::tr("The current billing period's cost so far and projected: the subscription "
                     "and each metric's overage, against the tenant's budget."),
             {option(u"at"_s, Cli::tr("as at this time (default now)"), u"TIME"_s)}, runCost),
        [] {
            Command c
                = make({u"budget"_s, u"set"_s}, u"ID MINOR"_s,
                       Cli::tr("Set the tenant's budget per billing period in minor units "
                               "(billing.budget_minor): alerts at 80% and 100% and when the "
                               "projection goes over. A configuration change, audited."),
                       {option(u"reason"_s, Cli::tr("why (required)"), u"TEXT"_s)}, runBudgetSet);
            c.positionalCount = 2;
            return c;
        }(),
        make({u"budget"_s, u"clear"_s}, u"ID"_s, Cli::tr("Remove the tenant's budget."),
             {option(u"reason"_s, Cli::tr("why (required)"), u"TEXT"_s)}, runBudgetClear),
        [] {
            Command c = make({u"usage"_s, u"fleet"_s}, QString(),
                             Cli::tr("The fleet at a glance: tenants by tier and status, the top "
                                     "tenants by limit use, every limit and budget alert."),
                             {}, runFleet);
            c.positionalCount = 0;
            return c;
        }(),
        [] {
            Command c = make({u"recommend"_s}, u"[ID]"_s,
                             Cli::tr("Tier fit from the last 90 days of usage (one tenant, or "
                                     "all): upgrades for tenants at their limits, downgrades for "
                                     "those using a small part, each with its evidence."),
                             {}, runRecommend);
            c.positionalCount = 0;
            c.optionalPositionalCount = 1;
            return c;
        }(),
    };
}

} // namespace Tenancy::Ctl
