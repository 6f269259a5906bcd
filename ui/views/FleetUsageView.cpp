#include "FleetUsageView.h"

#include "widgets/Labels.h"
#include "widgets/MessageLabel.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

QTableWidget *table(const QString &objectName, const QString &accessibleName)
{
    auto *t = new QTableWidget;
    t->setObjectName(objectName);
    t->setAccessibleName(accessibleName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *item(const QString &text, const QString &tenantId = {}, bool right = false)
{
    auto *i = new QTableWidgetItem(text);
    if (!tenantId.isEmpty())
        i->setData(Qt::UserRole, tenantId);
    if (right)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QColor severityColour(int severity)
{
    return severity >= 4 ? QColor(0x8e, 0x00, 0x00)
        : severity >= 3  ? QColor(0xc6, 0x28, 0x28)
                         : QColor(0xb2, 0x6a, 0x00);
}

QString levelText(const QString &level)
{
    if (level == u"alert_80"_s)
        return FleetUsageView::tr("above 80%");
    if (level == u"alert_100"_s)
        return FleetUsageView::tr("at 100%");
    if (level == u"over_grace"_s)
        return FleetUsageView::tr("over: grace period");
    if (level == u"hard_limit"_s)
        return FleetUsageView::tr("over: hard limit");
    if (level == u"projected_over"_s)
        return FleetUsageView::tr("projected over");
    if (level == u"ok"_s)
        return FleetUsageView::tr("OK");
    return level;
}

} // namespace

FleetUsageView::FleetUsageView(TenantService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"fleetUsageView"_s);
    auto *title = new QLabel(tr("<b>Fleet usage</b> — tenants by tier and status, limits and "
                                "budgets"));
    m_summary = new QLabel;
    m_summary->setObjectName(u"fleetSummary"_s);
    m_refresh = new QPushButton(tr("&Refresh"));
    m_refresh->setObjectName(u"refreshFleet"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh);
    m_message = new MessageLabel(u"fleetMessage"_s);

    m_tiers = table(u"fleetTiers"_s, tr("Tenants by tier and status"));
    m_top = table(u"fleetTop"_s, tr("Top tenants by limit use"));
    m_top->setColumnCount(5);
    m_top->setHorizontalHeaderLabels(
        {tr("Tenant"), tr("Tier"), tr("Limit used most"), tr("Use"), tr("State")});
    m_alerts = table(u"fleetAlerts"_s, tr("Alerts"));
    m_alerts->setColumnCount(6);
    m_alerts->setHorizontalHeaderLabels(
        {tr("Tenant"), tr("Tier"), tr("What"), tr("State"), tr("Since (UTC)"), tr("Detail")});
    m_alerts->setWordWrap(true);

    const auto box = [](const QString &name, QWidget *content) {
        auto *b = new QGroupBox(name);
        auto *l = new QVBoxLayout(b);
        l->setContentsMargins(4, 4, 4, 4);
        l->addWidget(content);
        return b;
    };
    // The matrix is wide and short: across the top; then the nearest to their limits and the
    // alerts, each as tall as the window allows.
    m_tiers->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_tiers->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tiers->horizontalHeader()->setStretchLastSection(false);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(box(tr("Nearest their limits"), m_top));
    split->addWidget(box(tr("Alerts (worst first)"), m_alerts));
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(box(tr("Tenants by tier and status"), m_tiers));
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, this, &FleetUsageView::refresh);
    for (QTableWidget *t : {m_top, m_alerts}) {
        connect(t, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *activated) {
            const QString id = activated->tableWidget()
                                   ->item(activated->row(), 0)
                                   ->data(Qt::UserRole)
                                   .toString();
            if (!id.isEmpty())
                Q_EMIT tenantActivated(id);
        });
    }
    connect(&m_service, &TenantService::fleetUsageLoaded, this, &FleetUsageView::onLoaded);
    connect(&m_service, &TenantService::failed, this, &FleetUsageView::onFailed);
    connect(&m_service, &TenantService::opened, this, [this] {
        if (m_loadedOnce)
            refresh();
    });
}

FleetUsageView::~FleetUsageView() = default;

void FleetUsageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && m_service.isOpen()) {
        m_loadedOnce = true;
        refresh();
    }
}

void FleetUsageView::refresh()
{
    m_summary->setText(tr("Loading…"));
    m_refresh->setEnabled(false);
    m_request = m_service.fleetUsage();
}

QString FleetUsageView::tierName(const QString &tier) const
{
    if (auto engine = m_service.configEngine()) {
        if (const Tier *t = engine->catalog().tier(tier))
            return Labels::tier(*t);
    }
    return Labels::humanize(tier);
}

void FleetUsageView::onLoaded(quint64 request, const FleetUsage &f)
{
    if (request != m_request)
        return;
    m_request = 0;
    m_refresh->setEnabled(true);
    m_message->clearMessage();
    m_summary->setText(tr("Tenants: %L1, with usage: %L2; alerts: %L3")
                           .arg(f.tenants)
                           .arg(f.tenantsWithUsage)
                           .arg(f.alerts.size()));

    m_tiers->clear();
    m_tiers->setColumnCount(int(f.statuses.size()) + 2);
    QStringList header {tr("Tier")};
    for (const QString &status : f.statuses)
        header << Labels::humanize(status);
    m_tiers->setHorizontalHeaderLabels(header << tr("Total"));
    m_tiers->setRowCount(int(f.tiers.size()));
    for (int r = 0; r < f.tiers.size(); ++r) {
        const FleetUsage::TierCount &t = f.tiers.at(r);
        m_tiers->setItem(r, 0, item(tierName(t.tier)));
        for (int c = 0; c < f.statuses.size(); ++c)
            m_tiers->setItem(
                r, c + 1, item(QLocale().toString(t.byStatus.value(f.statuses.at(c))), {}, true));
        m_tiers->setItem(r, int(f.statuses.size()) + 1,
                         item(QLocale().toString(t.total), {}, true));
    }
    m_tiers->resizeColumnsToContents();
    // As tall as its rows: no scrolling, no empty band.
    m_tiers->setFixedHeight(m_tiers->horizontalHeader()->height()
                            + m_tiers->verticalHeader()->length() + 2 * m_tiers->frameWidth()
                            + (m_tiers->horizontalScrollBar()->isVisible()
                                   ? m_tiers->horizontalScrollBar()->height()
                                   : 0));

    m_top->setRowCount(int(f.top.size()));
    for (int r = 0; r < f.top.size(); ++r) {
        const FleetUsage::TenantUse &u = f.top.at(r);
        m_top->setItem(
            r, 0,
            item(u.tenantName.isEmpty() ? u.tenantId : tr("%1 (%2)").arg(u.tenantName, u.tenantId),
                 u.tenantId));
        m_top->setItem(r, 1, item(tierName(u.tier)));
        m_top->setItem(r, 2, item(Labels::usageLimit(u.limitName)));
        m_top->setItem(r, 3, item(tr("%1%").arg(u.percent, 0, 'f', 0), {}, true));
        auto *state = item(levelText(limitLevelId(u.level)));
        if (u.level != LimitLevel::Ok)
            state->setForeground(severityColour(int(u.level) + 1));
        m_top->setItem(r, 4, state);
    }
    m_top->resizeColumnsToContents();

    m_alerts->setRowCount(int(f.alerts.size()));
    for (int r = 0; r < f.alerts.size(); ++r) {
        const FleetUsage::Alert &a = f.alerts.at(r);
        m_alerts->setItem(r, 0, item(a.tenantId, a.tenantId));
        m_alerts->setItem(r, 1, item(tierName(a.tier)));
        m_alerts->setItem(
            r, 2, item(a.subject == u"budget"_s ? tr("Budget") : Labels::usageLimit(a.subject)));
        auto *state = item(levelText(a.level));
        state->setForeground(severityColour(a.severity));
        m_alerts->setItem(r, 3, state);
        m_alerts->setItem(r, 4,
                          item(a.since ? QDateTime::fromMSecsSinceEpoch(*a.since, Qt::UTC)
                                             .toString(u"yyyy-MM-dd HH:mm"_s)
                                       : QString()));
        auto *detail = item(a.message);
        detail->setToolTip(a.message);
        m_alerts->setItem(r, 5, detail);
    }
    m_alerts->resizeColumnsToContents();
    m_alerts->horizontalHeader()->setStretchLastSection(true);
}

void FleetUsageView::onFailed(quint64 request, const Error &error)
{
    if (request != m_request)
        return;
    m_request = 0;
    m_refresh->setEnabled(true);
    m_summary->clear();
    m_message->showMessage(error.message);
}

} // namespace Tenancy::Ui
