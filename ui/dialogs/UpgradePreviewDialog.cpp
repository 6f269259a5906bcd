#include "UpgradePreviewDialog.h"

#include "TenantService.h"
#include "dialogs/UpgradeDialog.h"
#include "model/Format.h"
#include "usage/QuoteDocument.h"
#include "widgets/Labels.h"
#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString money(const std::optional<qint64> &minor, const QString &currency)
{
    return minor ? Money {*minor, currency}.toDisplayString()
                 : UpgradePreviewDialog::tr("by quote");
}

} // namespace

UpgradePreviewDialog::UpgradePreviewDialog(TenantService &service, const QString &id,
                                           const QString &currentTier, const QString &targetTier,
                                           QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_id(id)
{
    setWindowTitle(tr("Preview a tier change for %1").arg(id));
    setObjectName(u"upgradePreviewDialog"_s);
    m_tier = new QComboBox;
    m_tier->setObjectName(u"previewTier"_s);
    m_tier->setAccessibleName(tr("Target tier"));
    UpgradeDialog::addTiers(m_tier, service, currentTier);
    if (const int i = m_tier->findData(targetTier); i >= 0)
        m_tier->setCurrentIndex(i);
    m_effective = new QDateTimeEdit(QDateTime::currentDateTimeUtc());
    m_effective->setObjectName(u"previewEffective"_s);
    m_effective->setAccessibleName(tr("Effective (UTC)"));
    m_effective->setTimeSpec(Qt::UTC);
    m_effective->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_effective->setCalendarPopup(true);
    m_policy = new QComboBox;
    m_policy->setObjectName(u"previewPolicy"_s);
    m_policy->setAccessibleName(tr("Policy"));
    m_policy->addItem(tr("Default (upgrades at once, downgrades at the end of the term)"),
                      QString());
    m_policy->addItem(tr("Immediately, prorated"), u"immediate"_s);
    m_policy->addItem(tr("At the end of the current term"), u"end_of_term"_s);
    m_price = new QLineEdit;
    m_price->setObjectName(u"previewPrice"_s);
    m_price->setAccessibleName(tr("Agreed monthly price"));
    m_price->setPlaceholderText(tr("e.g. 5000.00, for the custom tier"));
    m_priceError = new MessageLabel(u"previewPriceError"_s, m_price);

    auto *form = new QFormLayout;
    form->addRow(tr("&Target tier:"), m_tier);
    form->addRow(tr("&Effective (UTC):"), m_effective);
    form->addRow(tr("&Policy:"), m_policy);
    form->addRow(tr("Agreed &monthly price:"), m_price);
    form->addRow(QString(), m_priceError);

    m_details = new QTextBrowser;
    m_details->setObjectName(u"previewDetails"_s);
    m_details->setAccessibleName(tr("What the change means"));
    m_details->setMinimumSize(760, 420);
    m_message = new MessageLabel(u"previewMessage"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export = buttons->addButton(tr("E&xport Quote…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"exportQuote"_s);
    m_export->setEnabled(false);
    m_apply = buttons->addButton(tr("&Apply…"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"applyUpgrade"_s);
    const bool mayApply = service.can(Permission::ChangeTier);
    m_apply->setEnabled(false);
    m_apply->setToolTip(mayApply ? tr("Go on to change the tier (with a reason)")
                                 : tr("Needs %1; this preview and its quote are for everyone.")
                                       .arg(TenantService::rolesAllowed(Permission::ChangeTier)));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] { done(ApplyRequested); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Quote"), QuoteDocument::reference(m_preview) + u".pdf"_s,
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportQuote(path);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);

    connect(m_tier, &QComboBox::currentIndexChanged, this, &UpgradePreviewDialog::requestPreview);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &UpgradePreviewDialog::requestPreview);
    connect(m_effective, &QDateTimeEdit::dateTimeChanged, this,
            &UpgradePreviewDialog::requestPreview);
    connect(m_price, &QLineEdit::textChanged, this, &UpgradePreviewDialog::requestPreview);
    connect(&m_service, &TenantService::upgradePreviewed, this, &UpgradePreviewDialog::onPreviewed);
    connect(&m_service, &TenantService::quoteWritten, this, &UpgradePreviewDialog::onQuoteWritten);
    connect(&m_service, &TenantService::failed, this, &UpgradePreviewDialog::onFailed);
    requestPreview();
}

UpgradePreviewDialog::~UpgradePreviewDialog() = default;

QString UpgradePreviewDialog::tier() const
{
    return m_tier->currentData().toString();
}

void UpgradePreviewDialog::requestPreview()
{
    UpgradePreviewRequest request;
    request.tenantId = m_id;
    request.toTier = tier();
    request.effectiveAt = m_effective->dateTime().toMSecsSinceEpoch();
    if (const auto policy = changePolicyFromId(m_policy->currentData().toString()))
        request.policy = *policy;
    const QString price = m_price->text().trimmed();
    m_price->setEnabled(request.toTier == u"custom"_s);
    if (request.toTier == u"custom"_s && !price.isEmpty()) {
        static const QRegularExpression amount(u"^\\d{1,10}(\\.\\d{1,2})?$"_s);
        if (!amount.match(price).hasMatch()) {
            m_priceError->showMessage(tr("The monthly price is an amount such as 5000 or 5000.50 "
                                         "(in %1).")
                                          .arg(m_preview.fromTerms.currency));
            return;
        }
        const QStringList parts = price.split(u'.');
        qint64 minor = parts.at(0).toLongLong() * 100;
        if (parts.size() == 2)
            minor += parts.at(1).leftJustified(2, u'0').toLongLong();
        request.quotedMonthlyMinor = minor;
    }
    m_priceError->clearMessage();
    if (request.toTier.isEmpty())
        return;
    m_export->setEnabled(false);
    m_apply->setEnabled(false);
    m_message->showMessage(tr("Working it out…"), MessageLabel::Tone::Info);
    m_request = m_service.previewUpgrade(request);
}

void UpgradePreviewDialog::onPreviewed(quint64 request, const UpgradePreview &preview)
{
    if (request != m_request)
        return;
    m_request = 0;
    m_preview = preview;
    m_message->clearMessage();
    m_details->setHtml(html(preview));
    m_export->setEnabled(true);
    m_apply->setEnabled(m_service.can(Permission::ChangeTier));
}

void UpgradePreviewDialog::setApplyOffered(bool offered)
{
    m_apply->setVisible(offered);
}

void UpgradePreviewDialog::exportQuote(const QString &path)
{
    if (m_preview.tenantId.isEmpty())
        return;
    m_message->showMessage(tr("Writing the quote…"), MessageLabel::Tone::Info);
    m_export->setEnabled(false);
    m_quoteRequest = m_service.writeQuote(m_preview, path);
}

void UpgradePreviewDialog::onQuoteWritten(quint64 request, const QString &path)
{
    if (request != m_quoteRequest)
        return;
    m_quoteRequest = 0;
    m_export->setEnabled(true);
    m_message->showMessage(tr("Quote %1 written to %2 (valid %3 days).")
                               .arg(QuoteDocument::reference(m_preview), path)
                               .arg(QuoteDocument::validDays),
                           MessageLabel::Tone::Success);
}

void UpgradePreviewDialog::onFailed(quint64 request, const Error &error)
{
    if (request == m_request) {
        m_request = 0;
        m_details->clear();
        m_preview = {};
        m_message->showMessage(error.message);
    } else if (request == m_quoteRequest) {
        m_quoteRequest = 0;
        m_export->setEnabled(true);
        m_message->showMessage(error.message);
    }
}

QString UpgradePreviewDialog::html(const UpgradePreview &p) const
{
    const QString currency = p.fromTerms.currency;
    QString h;
    h += u"<h3>%1</h3>"_s.arg(
        esc(tr("%1 → %2: %3, %4 from %5")
                .arg(p.fromTierName, p.toTierName, p.direction,
                     p.policy == ChangePolicy::Immediate ? tr("immediately")
                                                         : tr("at the end of the term"),
                     when(p.effectiveAt))));
    h += u"<table width=\"100%\" cellspacing=\"8\"><tr><td valign=\"top\" width=\"50%\">"_s;
    // Left: limits and features.
    h += u"<b>%1</b>"_s.arg(esc(tr("Limits")));
    h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th "
         "align=\"left\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th><th "
         "align=\"right\">%4</th></tr>"_s.arg(esc(tr("Limit")), esc(p.fromTierName),
                                              esc(p.toTierName), esc(tr("Usage now")));
    for (const UpgradePreview::LimitChange &l : p.limits) {
        QString usage = l.currentUsage ? QuoteDocument::usageText(l.name, *l.currentUsage) : u"–"_s;
        if (l.overAfter)
            usage = u"<span style=\"color:#c62828;\"><b>%1 %2</b></span>"_s.arg(esc(usage),
                                                                                esc(tr("(over)")));
        else
            usage = esc(usage);
        h += u"<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td "
             "align=\"right\">%4</td></tr>"_s.arg(esc(QuoteDocument::limitLabel(l.name)),
                                                  esc(QuoteDocument::limitText(l.name, l.from)),
                                                  esc(QuoteDocument::limitText(l.name, l.to)),
                                                  usage);
    }
    h += u"</table>"_s;
    const auto list = [&](const QString &title, const QStringList &items) {
        if (!items.isEmpty())
            h += u"<p><b>%1</b> %2</p>"_s.arg(esc(title), esc(items.join(u", "_s)));
    };
    list(tr("Features gained:"), p.featuresGained);
    list(tr("Features lost:"), p.featuresLost);
    h += u"<p><b>%1</b> %2 → %3<br>%4</p>"_s.arg(esc(tr("Isolation:")),
                                                 isolationId(p.fromIsolation),
                                                 isolationId(p.toIsolation), esc(p.migration));
    if (!p.policyChanges.isEmpty()) {
        h += u"<p><b>%1</b></p><ul>"_s.arg(esc(tr("Security and compliance changes:")));
        for (const ConfigChange &c : p.policyChanges)
            h += u"<li>%1: %2 → %3</li>"_s.arg(
                esc(pointerToDotted(c.pointer)),
                esc(c.before.isUndefined() ? u"–"_s : compactJson(c.before)),
                esc(c.after.isUndefined() ? u"–"_s : compactJson(c.after)));
        h += u"</ul>"_s;
    }
    h += u"<p><b>%1</b></p><ul>"_s.arg(
        esc(tr("Configuration changes (%n):", nullptr, int(p.configDiff.size()))));
    for (const ConfigChange &c : p.configDiff.mid(0, 40))
        h += u"<li><tt>%1</tt>: %2 → %3</li>"_s.arg(
            esc(pointerToDotted(c.pointer)),
            esc(c.before.isUndefined() ? u"–"_s : compactJson(c.before)),
            esc(c.after.isUndefined() ? u"–"_s : compactJson(c.after)));
    if (p.configDiff.size() > 40)
        h += u"<li>%1</li>"_s.arg(esc(tr("… and %n more", nullptr, int(p.configDiff.size() - 40))));
    h += u"</ul>"_s;
    // Right: the price.
    h += u"</td><td valign=\"top\" width=\"50%\">"_s;
    h += u"<b>%1</b>"_s.arg(esc(tr("Price")));
    h += u"<p>%1 → %2</p>"_s.arg(esc(tr("%1 a month (%2)")
                                         .arg(money(p.fromTerms.monthlyMinor, currency),
                                              billingPeriodId(p.fromTerms.period))),
                                 esc(p.toTerms.monthlyMinor
                                         ? tr("%1 a month (%2)")
                                               .arg(money(p.toTerms.monthlyMinor, currency),
                                                    billingPeriodId(p.toTerms.period))
                                         : tr("by quote")));
    h += u"<p>%1</p>"_s.arg(
        esc(tr("Current period: %1 to %2")
                .arg(when(p.proration.current.start), when(p.proration.current.end))));
    h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
    for (const ProrationLine &line : p.proration.lines)
        h += u"<tr><td>%1<br><small>%2 – %3</small></td><td align=\"right\">%4</td></tr>"_s.arg(
            esc(line.description), esc(when(line.periodStart)), esc(when(line.periodEnd)),
            esc(money(line.amountMinor, currency)));
    h += u"<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>"_s.arg(
        esc(tr("Due now")), esc(money(p.proration.dueNowMinor, currency)));
    h += u"<tr><td><b>%1</b><br><small>%2</small></td><td align=\"right\"><b>%3</b></td></tr>"_s
             .arg(esc(tr("Next invoice")), esc(when(p.proration.nextInvoiceAt)),
                  esc(money(p.proration.nextInvoiceMinor, currency)));
    if (p.proration.creditCarriedMinor > 0)
        h += u"<tr><td>%1</td><td align=\"right\">%2</td></tr>"_s.arg(
            esc(tr("Credit carried forward")),
            esc(money(p.proration.creditCarriedMinor, currency)));
    h += u"</table>"_s;
    h += u"<p><small>%1</small></p>"_s.arg(esc(p.proration.rule));
    h += u"<p><small>%1</small></p>"_s.arg(esc(p.directionRule));
    for (const QString &note : p.notes)
        h += u"<p><b>%1</b></p>"_s.arg(esc(note));
    h += u"</td></tr></table>"_s;
    return h;
}

} // namespace Tenancy::Ui
