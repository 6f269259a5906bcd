#include "TenantUsageView.h"

#include "charts/TimeSeriesChart.h"
#include "dialogs/BudgetDialog.h"
#include "widgets/Labels.h"
#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

constexpr qint64 kDayMs = 86'400'000;

QString levelColour(LimitLevel level)
{
    switch (level) {
    case LimitLevel::Ok:
        return u"#2e7d32"_s;
    case LimitLevel::Alert80:
        return u"#b26a00"_s;
    case LimitLevel::Alert100:
    case LimitLevel::OverGrace:
        return u"#c62828"_s;
    case LimitLevel::HardLimit:
        return u"#8e0000"_s;
    }
    return {};
}

QString levelText(LimitLevel level)
{
    switch (level) {
    case LimitLevel::Ok:
        return TenantUsageView::tr("OK");
    case LimitLevel::Alert80:
        return TenantUsageView::tr("Above 80%");
    case LimitLevel::Alert100:
        return TenantUsageView::tr("At the limit");
    case LimitLevel::OverGrace:
        return TenantUsageView::tr("Over: grace period");
    case LimitLevel::HardLimit:
        return TenantUsageView::tr("Over: hard limit");
    }
    return {};
}

QString money(qint64 minor, const QString &currency)
{
    return Money {minor, currency}.toDisplayString();
}

QString amountText(double value, const QString &metric)
{
    return TimeSeriesChart::human(value,
                                  UsageMetric::isBytes(metric) ? TimeSeriesChart::Unit::Bytes
                                                               : TimeSeriesChart::Unit::Count);
}

} // namespace

TenantUsageView::TenantUsageView(TenantService &service, const QString &tenantId, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_id(tenantId)
{
    setObjectName(u"usageView"_s);
    m_range = new QComboBox;
    m_range->setObjectName(u"usageRange"_s);
    m_range->setAccessibleName(tr("Range"));
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->addItem(tr("Last year"), 365);
    m_range->addItem(tr("Custom…"), 0);
    m_range->setCurrentIndex(1);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from = new QDateEdit(today.addDays(-30));
    m_from->setObjectName(u"usageFrom"_s);
    m_from->setAccessibleName(tr("From (UTC)"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_to = new QDateEdit(today);
    m_to->setObjectName(u"usageTo"_s);
    m_to->setAccessibleName(tr("To (UTC, inclusive)"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_state = new QLabel;
    m_state->setObjectName(u"usageState"_s);
    auto *rangeLabel = new QLabel(tr("&Range:"));
    rangeLabel->setBuddy(m_range);
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"));
    toLabel->setBuddy(m_to);
    auto *top = new QHBoxLayout;
    top->addWidget(rangeLabel);
    top->addWidget(m_range);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addWidget(m_state, 1);
    for (QWidget *w : std::initializer_list<QWidget *> {fromLabel, m_from, toLabel, m_to})
        w->setVisible(false);
    m_message = new MessageLabel(u"usageMessage"_s, m_from);

    m_status = new QLabel;
    m_status->setObjectName(u"usageStatus"_s);
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Usage against the limits"));

    m_cost = new QLabel;
    m_cost->setObjectName(u"usageCostPeriod"_s);
    m_cost->setTextFormat(Qt::PlainText);
    m_costTable = new QTableWidget(0, 7);
    m_costTable->setObjectName(u"usageCost"_s);
    m_costTable->setAccessibleName(tr("Cost this billing period"));
    m_costTable->setHorizontalHeaderLabels({tr("Item"), tr("Used"), tr("Included"), tr("Over"),
                                            tr("Overage price"), tr("So far"), tr("Projected")});
    m_costTable->verticalHeader()->hide();
    m_costTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_costTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_costTable->setFocusPolicy(Qt::NoFocus);
    m_costTable->setShowGrid(false);
    m_costTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_costTable->horizontalHeader()->setStretchLastSection(false);
    m_costTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_budgetLine = new QLabel;
    m_budgetLine->setObjectName(u"usageBudgetLine"_s);
    m_budgetLine->setTextFormat(Qt::PlainText);
    m_budgetLine->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_budget = new QPushButton(tr("Set &Budget…"));
    m_budget->setObjectName(u"usageBudget"_s);
    m_budget->setEnabled(false);
    m_budgetMessage = new MessageLabel(u"usageBudgetMessage"_s, m_budget);
    auto *costBox = new QGroupBox(tr("This billing period"));
    auto *costLayout = new QVBoxLayout(costBox);
    costLayout->addWidget(m_cost);
    costLayout->addWidget(m_costTable, 0, Qt::AlignLeft);
    costLayout->addWidget(m_budgetLine);
    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_budget);
    budgetRow->addWidget(m_budgetMessage, 1);
    budgetRow->addStretch(1);
    costLayout->addLayout(budgetRow);

    m_grid = new QWidget;
    m_gridLayout = new QGridLayout(m_grid);
    m_empty = new QLabel(tr("No usage yet. Import samples with tenancyctl usage import, or "
                            "generate a sample fleet."));
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_gridLayout->addWidget(m_empty, 0, 0, 1, 2);
    // The limits, the cost and the charts scroll together: a narrow tab scrolls rather than
    // widening the window.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_status);
    contentLayout->addWidget(costBox);
    contentLayout->addWidget(m_grid, 1);
    m_area = new QScrollArea;
    m_area->setWidgetResizable(true);
    m_area->setWidget(content);
    m_area->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_area, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &TenantUsageView::rangeChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &TenantUsageView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &TenantUsageView::refresh);
    connect(&m_service, &TenantService::usageLoaded, this, &TenantUsageView::onLoaded);
    connect(&m_service, &TenantService::configurationChanged, this,
            &TenantUsageView::onConfigurationChanged);
    connect(m_budget, &QPushButton::clicked, this, &TenantUsageView::askBudget);
    connect(&m_service, &TenantService::failed, this, &TenantUsageView::onFailed);
}

TenantUsageView::~TenantUsageView() = default;

void TenantUsageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
    }
}

void TenantUsageView::rangeChosen()
{
    const bool custom = m_range->currentData().toInt() == 0;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    const auto labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == m_from || label->buddy() == m_to)
            label->setVisible(custom);
    }
    refresh();
}

void TenantUsageView::refresh()
{
    const int days = m_range->currentData().toInt();
    qint64 from = 0, to = 0;
    if (days > 0) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        to = now - now % 60'000 + 60'000; // the minute after now
        from = to - qint64(days) * kDayMs;
    } else {
        if (m_from->date() > m_to->date()) {
            m_message->showMessage(
                tr("The start (%1) must not be after the end (%2).")
                    .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
            return;
        }
        from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    m_message->clearMessage();
    // About one point per pixel of a chart (two charts a row).
    const int points = std::clamp(m_area->viewport()->width() / 2, 200, 2000);
    m_requestedFrom = from;
    m_requestedTo = to;
    m_requestedPoints = points;
    m_state->setText(tr("Loading…"));
    m_request = m_service.usage(m_id, from, to, points);
}

void TenantUsageView::onLoaded(quint64 request, const TenantService::UsageView &view)
{
    if (request != m_request)
        return;
    m_request = 0;
    m_message->clearMessage();

    // Usage against the limits now.
    QString html;
    for (const LimitStatus &l : view.status.limits) {
        html += u"<div><b>%1</b>: <span style=\"color: %2;\">%3</span> — %4</div>"_s.arg(
            Labels::usageLimit(l.limitName).toHtmlEscaped(), levelColour(l.level),
            levelText(l.level).toHtmlEscaped(), l.message.toHtmlEscaped());
    }
    if (!view.status.suggestedTier.isEmpty()) {
        html += u"<div><b>%1</b></div>"_s.arg(
            tr("Upgrade suggested: the %1 tier fits this usage (Upgrade preview from the tier "
               "comparison, or tenancyctl upgrade preview %2 --to %1).")
                .arg(view.status.suggestedTier, m_id)
                .toHtmlEscaped());
    }
    m_status->setText(html);
    showCost(view.cost);

    // A chart per metric, reused across ranges.
    const QList<UsageSeries> &series = view.chart.series;
    while (m_charts.size() < series.size()) {
        auto *chart = new TimeSeriesChart;
        chart->setObjectName(u"usageChart"_s);
        const int i = int(m_charts.size());
        m_gridLayout->addWidget(chart, 1 + i / 2, i % 2);
        m_charts.append(chart);
    }
    qint64 samples = 0;
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        TimeSeriesChart *chart = m_charts.at(i);
        chart->setVisible(i < series.size());
        if (i >= series.size())
            continue;
        const UsageSeries &s = series.at(i);
        samples += s.samplesInRange;
        const bool bytes = UsageMetric::isBytes(s.metric);
        // The limit line where the limit counts what the chart shows.
        std::optional<double> limit;
        if (s.limit && !s.limit->isUnlimited()
            && (s.limitWindow == u"now"_s
                || (s.limitWindow == u"hour"_s && s.resolution == u"hour"_s)))
            limit = double(s.limit->value());
        QString what = Labels::usageMetric(s.metric).toLower();
        if (s.kind == MetricKind::Counter)
            what = s.resolution == u"hour"_s ? tr("%1 in the hour").arg(what)
                                             : tr("%1 in the sample").arg(what);
        else if (s.resolution == u"hour"_s)
            what = tr("%1 (the hour's peak)").arg(what);
        chart->setSeries(Labels::usageMetric(s.metric), what, s.points,
                         bytes ? TimeSeriesChart::Unit::Bytes : TimeSeriesChart::Unit::Count, limit,
                         view.chart.from, view.chart.to);
        chart->setToolTip(s.resolution == u"hour"_s
                              ? tr("%L1 samples in this range, drawn as %L2 points from the "
                                   "hourly roll-ups")
                                    .arg(s.samplesInRange)
                                    .arg(s.points.size())
                              : tr("%L1 samples, drawn as %L2 points")
                                    .arg(s.samplesInRange)
                                    .arg(s.points.size()));
    }
    m_empty->setVisible(series.isEmpty());
    m_state->setText(
        series.isEmpty()
            ? QString()
            : tr("%L1 samples of %n metric(s)", nullptr, int(series.size())).arg(samples));
}

void TenantUsageView::showCost(const CostReport &c)
{
    const bool may = m_service.can(Permission::EditConfiguration);
    m_budget->setEnabled(may && !m_budgetRequest);
    m_budget->setToolTip(
        may ? tr("Set or remove the budget per billing period (alerts at 80% and 100%)")
            : tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::EditConfiguration)));
    // Another range of the same period: the same figures, nothing to lay out again.
    CostReport same = c;
    same.at = m_lastCost.at;
    const bool unchanged = m_costShown && same.toJson() == m_lastCost.toJson();
    m_lastCost = c;
    m_costShown = true;
    if (unchanged)
        return;
    m_cost->setText(
        tr("%1 period from %2 to %3 (UTC)")
            .arg(c.billingPeriod == BillingPeriod::Annual ? tr("Annual") : tr("Monthly"),
                 QDateTime::fromMSecsSinceEpoch(c.period.start, Qt::UTC).toString(u"d MMM yyyy"_s),
                 QDateTime::fromMSecsSinceEpoch(c.period.end, Qt::UTC).toString(u"d MMM yyyy"_s)));
    // Plain cells (a rich-text table in a label costs ~50 ms of layout on every load).
    const int rows = int(c.metrics.size()) + 2;
    m_costTable->setRowCount(rows);
    const auto set
        = [this](int row, int column, const QString &text, bool right = false, bool bold = false) {
              QTableWidgetItem *item = m_costTable->item(row, column);
              if (!item) {
                  item = new QTableWidgetItem;
                  m_costTable->setItem(row, column, item);
              }
              item->setText(text);
              item->setTextAlignment(Qt::Alignment(right ? Qt::AlignRight : Qt::AlignLeft)
                                     | Qt::AlignVCenter);
              QFont font = item->font();
              font.setBold(bold);
              item->setFont(font);
          };
    const QString subscription
        = c.subscriptionMinor ? money(*c.subscriptionMinor, c.currency) : tr("quote");
    set(0, 0, tr("Subscription"));
    for (int column = 1; column < 5; ++column)
        set(0, column, {});
    set(0, 5, subscription, true);
    set(0, 6, subscription, true);
    for (int i = 0; i < c.metrics.size(); ++i) {
        const MetricCost &m = c.metrics.at(i);
        const bool limited = !m.limitName.isEmpty() && !m.limit.isUnlimited();
        const QString price = !m.price ? (limited ? tr("none: the limit holds") : QString())
            : m.price->per == 1        ? tr("%1 each").arg(money(m.price->priceMinor, c.currency))
                                       : tr("%1 per %2")
                                      .arg(money(m.price->priceMinor, c.currency),
                                           amountText(double(m.price->per), m.metric));
        set(i + 1, 0, Labels::usageMetric(m.metric));
        set(i + 1, 1,
            amountText(m.usage, m.metric)
                + (m.kind == MetricKind::Gauge ? tr(" (peak)") : QString()));
        set(i + 1, 2, limited ? amountText(double(m.limit.value()), m.metric) : tr("—"));
        set(i + 1, 3, m.over > 0 ? amountText(m.over, m.metric) : tr("—"));
        set(i + 1, 4, price);
        set(i + 1, 5, money(m.costMinor, c.currency), true);
        set(i + 1, 6, money(m.projectedMinor, c.currency), true);
    }
    set(rows - 1, 0, tr("Total"), false, true);
    for (int column = 1; column < 5; ++column)
        set(rows - 1, column, {});
    set(rows - 1, 5, c.totalMinor ? money(*c.totalMinor, c.currency) : tr("quote"), true, true);
    set(rows - 1, 6, c.projectedMinor ? money(*c.projectedMinor, c.currency) : tr("quote"), true,
        true);
    m_costTable->resizeColumnsToContents();
    m_costTable->setFixedHeight(m_costTable->horizontalHeader()->height()
                                + m_costTable->verticalHeader()->length()
                                + 2 * m_costTable->frameWidth());

    QStringList lines;
    if (c.budgetMinor)
        lines << tr("Budget: %1 a period, %2% used.")
                     .arg(money(*c.budgetMinor, c.currency))
                     .arg(c.budgetPercent, 0, 'f', 0);
    else
        lines << tr("No budget set.");
    lines << c.alerts;
    m_budgetLine->setText(lines.join(u'\n'));
    QPalette palette = m_budgetLine->palette();
    palette.setColor(QPalette::WindowText,
                     c.budgetLevel == BudgetLevel::Alert100 ? QColor(0xc6, 0x28, 0x28)
                         : c.budgetLevel == BudgetLevel::Alert80 || c.projectedOverBudget
                         ? QColor(0xb2, 0x6a, 0x00)
                         : this->palette().color(QPalette::WindowText));
    m_budgetLine->setPalette(palette);
    m_cost->setToolTip(c.rule);
}

void TenantUsageView::askBudget()
{
    BudgetDialog dialog(m_id, m_lastCost.currency.isEmpty() ? u"USD"_s : m_lastCost.currency,
                        m_lastCost.budgetMinor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setBudget(dialog.budgetMinor(), dialog.reason());
}

void TenantUsageView::setBudget(std::optional<qint64> budgetMinor, const QString &reason)
{
    m_budgetMessage->clearMessage();
    m_budget->setEnabled(false);
    m_budgetRequest = m_service.setBudget(m_id, budgetMinor, reason);
}

void TenantUsageView::onConfigurationChanged(quint64 request, const ConfigChangeResult &)
{
    if (request != m_budgetRequest)
        return;
    m_budgetRequest = 0;
    m_budgetMessage->showMessage(tr("Budget saved."), MessageLabel::Tone::Success);
    refresh();
}

void TenantUsageView::onFailed(quint64 request, const Error &error)
{
    if (request == m_budgetRequest) {
        m_budgetRequest = 0;
        m_budget->setEnabled(true);
        m_budgetMessage->showMessage(error.message);
        return;
    }
    if (request != m_request)
        return;
    m_request = 0;
    m_state->clear();
    m_message->showMessage(error.message);
}

} // namespace Tenancy::Ui
