#include "QuoteDocument.h"

#include "model/Format.h"
#include "model/Money.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd"_s);
}

QString minute(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString money(const std::optional<qint64> &minor, const QString &currency)
{
    return minor ? Money {*minor, currency}.toDisplayString() : QuoteDocument::tr("by quote");
}

} // namespace

QString QuoteDocument::limitLabel(const QString &name)
{
    if (name == u"max_users"_s)
        return tr("Users");
    if (name == u"max_storage_bytes"_s)
        return tr("Storage");
    if (name == u"ai_sessions_per_month"_s)
        return tr("AI sessions a month");
    if (name == u"api_requests_per_hour"_s)
        return tr("API requests an hour");
    if (name == u"custom_integrations"_s)
        return tr("Custom integrations");
    return name;
}

QString QuoteDocument::limitText(const QString &name, const Limit &limit)
{
    return name == u"max_storage_bytes"_s ? Format::storage(limit) : Format::count(limit);
}

QString QuoteDocument::usageText(const QString &name, double value)
{
    return name == u"max_storage_bytes"_s ? Format::bytes(qint64(value))
                                          : Format::count(Limit::of(qint64(std::ceil(value))));
}

QString QuoteDocument::reference(const UpgradePreview &preview)
{
    return u"Q-%1-%2"_s.arg(
        preview.tenantId,
        QDateTime::fromMSecsSinceEpoch(preview.generatedAt, Qt::UTC).toString(u"yyyyMMdd-HHmm"_s));
}

QString QuoteDocument::html(const UpgradePreview &p, const QString &preparedBy)
{
    const QString currency = p.fromTerms.currency;
    const qint64 validUntil = p.generatedAt + qint64(validDays) * 86'400'000;
    QString h;
    h += u"<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 10pt;\">"_s;
    h += u"<h1 style=\"font-size: 18pt;\">%1</h1>"_s.arg(
        esc(tr("Quote: %1 to %2").arg(p.fromTierName, p.toTierName)));
    h += u"<table cellpadding=\"2\">"_s;
    const auto row = [&](const QString &label, const QString &value) {
        h += u"<tr><td style=\"color: #555;\">%1</td><td><b>%2</b></td></tr>"_s.arg(esc(label),
                                                                                    esc(value));
    };
    row(tr("Reference"), reference(p));
    row(tr("Customer"), u"%1 (%2)"_s.arg(p.tenantName, p.tenantId));
    row(tr("Issued"), minute(p.generatedAt));
    row(tr("Valid until"), day(validUntil));
    row(tr("Change"),
        tr("%1, %2").arg(p.direction,
                         p.policy == ChangePolicy::Immediate
                             ? tr("effective immediately")
                             : tr("at the end of the current term")));
    row(tr("Effective"), minute(p.effectiveAt));
    if (!preparedBy.isEmpty())
        row(tr("Prepared by"), preparedBy);
    h += u"</table>"_s;

    h += u"<h2 style=\"font-size: 13pt;\">%1</h2>"_s.arg(esc(tr("Price")));
    h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"_s;
    h += u"<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"right\">%3</th>"
         "</tr>"_s.arg(esc(tr("Item")), esc(tr("Period")), esc(tr("Amount")));
    const auto priceRow
        = [&](const QString &item, const QString &period, const QString &amount, bool bold) {
              const QString b = bold ? u"<b>"_s : QString(), e = bold ? u"</b>"_s : QString();
              h += u"<tr><td>%1%2%3</td><td>%4</td><td align=\"right\">%1%5%3</td></tr>"_s.arg(
                  b, esc(item), e, esc(period), esc(amount));
          };
    priceRow(tr("%1, list price a month (now)").arg(p.fromTierName), QString(),
             money(p.fromTerms.monthlyMinor, currency), false);
    priceRow(tr("%1, list price a month (%2 billing)")
                 .arg(p.toTierName, billingPeriodId(p.toTerms.period)),
             QString(), money(p.toTerms.monthlyMinor, currency), false);
    for (const ProrationLine &line : p.proration.lines)
        priceRow(line.description, tr("%1 to %2").arg(day(line.periodStart), day(line.periodEnd)),
                 money(line.amountMinor, currency), false);
    priceRow(tr("Due now"), QString(), money(p.proration.dueNowMinor, currency), true);
    priceRow(tr("Next invoice"), day(p.proration.nextInvoiceAt),
             money(p.proration.nextInvoiceMinor, currency), true);
    if (p.proration.creditCarriedMinor > 0)
        priceRow(tr("Credit carried forward"), QString(),
                 money(p.proration.creditCarriedMinor, currency), false);
    h += u"</table>"_s;
    h += u"<p style=\"color: #555; font-size: 8pt;\">%1</p>"_s.arg(esc(p.proration.rule));
    for (const QString &note : p.notes)
        h += u"<p><b>%1</b></p>"_s.arg(esc(note));

    h += u"<h2 style=\"font-size: 13pt;\">%1</h2>"_s.arg(esc(tr("What changes")));
    h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"_s;
    h += u"<tr><th align=\"left\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th>"
         "<th align=\"right\">%4</th></tr>"_s.arg(esc(tr("Limit")), esc(p.fromTierName),
                                                  esc(p.toTierName), esc(tr("Your usage now")));
    for (const UpgradePreview::LimitChange &l : p.limits) {
        QString usage = l.currentUsage ? usageText(l.name, *l.currentUsage) : u"–"_s;
        if (l.overAfter)
            usage += tr(" (over the new limit)");
        h += u"<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
             "<td align=\"right\">%4</td></tr>"_s.arg(esc(limitLabel(l.name)),
                                                      esc(limitText(l.name, l.from)),
                                                      esc(limitText(l.name, l.to)), esc(usage));
    }
    h += u"</table>"_s;
    if (!p.featuresGained.isEmpty())
        h += u"<p>%1</p>"_s.arg(esc(tr("Features added: %1").arg(p.featuresGained.join(u", "_s))));
    if (!p.featuresLost.isEmpty())
        h += u"<p>%1</p>"_s.arg(esc(tr("Features removed: %1").arg(p.featuresLost.join(u", "_s))));
    if (!p.policyChanges.isEmpty()) {
        h += u"<p>%1</p><ul>"_s.arg(esc(tr("Security and compliance settings that change:")));
        for (const ConfigChange &c : p.policyChanges)
            h += u"<li>%1: %2 → %3</li>"_s.arg(
                esc(pointerToDotted(c.pointer)),
                esc(c.before.isUndefined() ? u"–"_s : compactJson(c.before)),
                esc(c.after.isUndefined() ? u"–"_s : compactJson(c.after)));
        h += u"</ul>"_s;
    }
    h += u"<p style=\"color: #555; font-size: 8pt;\">%1</p>"_s.arg(
        esc(tr("This quote is valid until %1. Amounts are in %2, computed by the second over "
               "the billing period; taxes are not included.")
                .arg(day(validUntil), currency)));
    h += u"</body></html>"_s;
    return h;
}

Result<void> QuoteDocument::writePdf(const UpgradePreview &preview, const QString &preparedBy,
                                     const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::make(ErrorCode::Unavailable,
                           tr("writing a PDF needs a QGuiApplication (the offscreen platform "
                              "will do)"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalid(path, tr("%1: cannot be written: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Quote %1").arg(reference(preview)));
        writer.setCreator(u"Tenancy Console"_s);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument document;
        document.setHtml(html(preview, preparedBy));
        document.print(&writer);
    }
    if (!file.commit())
        return Error::invalid(path, tr("%1: cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace Tenancy
