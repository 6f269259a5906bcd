#include "TenantDetailView.h"

#include "TenantService.h"
#include "model/Format.h"
#include "models/TenantDirectoryModel.h"
#include "views/TenantAiView.h"
#include "views/TenantConfigurationView.h"
#include "views/TenantEventsView.h"
#include "views/TenantScalingView.h"
#include "views/TenantSecurityView.h"
#include "views/TenantUsageView.h"
#include "widgets/Labels.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QLabel *valueLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

TenantDetailView::TenantDetailView(TenantService &service, const QString &tenantId, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_id(tenantId)
{
    setObjectName(u"tenantDetail"_s);
    m_title = new QLabel(tenantId);
    m_title->setObjectName(u"detailTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(tr("Loading…"));
    m_subtitle->setObjectName(u"detailSubtitle"_s);
    m_error = new QLabel;
    m_error->setObjectName(u"detailError"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *overview = new QWidget;
    m_form = new QFormLayout(overview);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a scroll area: wrapped values get the height they need (tab pages do not pass
    // height-for-width on), and a narrow panel scrolls instead of cutting text off.
    auto *overviewScroll = new QScrollArea;
    overviewScroll->setObjectName(u"overview"_s);
    overviewScroll->setWidgetResizable(true);
    overviewScroll->setFrameShape(QFrame::NoFrame);
    overviewScroll->setWidget(overview);

    m_configuration = new TenantConfigurationView(m_service, tenantId);
    connect(m_configuration, &TenantConfigurationView::changed, this, [this](const Tenant &tenant) {
        refresh(); // the overview and recent changes too
        Q_EMIT tenantChanged(tenant);
    });

    m_history = new QTreeWidget;
    m_history->setObjectName(u"historyList"_s);
    m_history->setAccessibleName(tr("Recent changes"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Reason")});

    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"detailTabs"_s);
    tabs->addTab(overviewScroll, tr("Overview"));
    tabs->addTab(m_configuration, tr("Configuration"));
    tabs->addTab(new TenantSecurityView(m_service, *m_configuration), tr("Security"));
    tabs->addTab(new TenantAiView(m_service, *m_configuration), tr("AI"));
    tabs->addTab(new TenantEventsView(m_service, tenantId), tr("Security events"));
    tabs->addTab(new TenantUsageView(m_service, tenantId), tr("Usage"));
    tabs->addTab(new TenantScalingView(m_service, tenantId), tr("Scaling"));
    tabs->addTab(m_history, tr("Recent changes"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_error);
    layout->addWidget(tabs, 1);

    connect(&m_service, &TenantService::tenantLoaded, this, &TenantDetailView::onTenantLoaded);
    connect(&m_service, &TenantService::historyLoaded, this, &TenantDetailView::onHistoryLoaded);
    connect(&m_service, &TenantService::failed, this, &TenantDetailView::onFailed);
    refresh();
}

TenantDetailView::~TenantDetailView() = default;

void TenantDetailView::refresh(Refresh how)
{
    if (how == Refresh::Fresh) {
        clear(tr("Loading…")); // another database: nothing from the old one stays on show
        m_error->hide();
    }
    m_notFound = false;
    m_tenantRequest = m_service.show(m_id);
    m_configuration->refresh();
    // The operator (and so the permission) may have changed with the connection.
    const bool mayRead = m_service.can(Permission::ReadAuditLog);
    m_history->setEnabled(mayRead);
    if (mayRead) {
        m_history->setToolTip({});
        m_historyRequest = m_service.history(m_id, 50);
    } else {
        m_history->clear();
        m_history->setToolTip(tr("Reading the audit log needs %1.")
                                  .arg(TenantService::rolesAllowed(Permission::ReadAuditLog)));
    }
}

void TenantDetailView::onTenantLoaded(quint64 request, const Tenant &tenant)
{
    if (request != m_tenantRequest)
        return;
    m_tenantRequest = 0;
    m_tenant = tenant;
    m_loaded = true;
    m_error->hide();
    fill();
    Q_EMIT titleChanged(tenant.name);
    Q_EMIT loaded(tenant);
}

void TenantDetailView::onHistoryLoaded(quint64 request, const QList<AuditEntry> &entries)
{
    if (request != m_historyRequest)
        return;
    m_historyRequest = 0;
    if (m_notFound)
        return; // not in this database: no history to show either
    m_history->clear();
    for (const AuditEntry &e : entries) {
        auto *item = new QTreeWidgetItem(
            {when(e.at), e.operatorName + u" ("_s + e.role + u')', e.action, e.reason});
        item->setToolTip(0, toIsoUtc(e.at));
        item->setToolTip(3, e.reason);
        m_history->addTopLevelItem(item);
    }
    if (entries.isEmpty()) {
        auto *item = new QTreeWidgetItem({tr("No recorded changes")});
        item->setFlags(Qt::NoItemFlags);
        m_history->addTopLevelItem(item);
    }
    for (int c = 0; c < 3; ++c)
        m_history->resizeColumnToContents(c);
}

void TenantDetailView::onFailed(quint64 request, const Error &error)
{
    if (request != m_tenantRequest && request != m_historyRequest)
        return;
    const bool history = request == m_historyRequest;
    if (history)
        m_historyRequest = 0;
    else
        m_tenantRequest = 0;
    m_error->setText(tr("Could not load: %1").arg(error.message));
    m_error->show();
    if (history || error.code != ErrorCode::NotFound) {
        if (!m_loaded)
            m_subtitle->setText(tr("Not loaded"));
        return;
    }
    // Not in this database (another connection, or deleted): show nothing stale.
    m_notFound = true;
    clear(tr("Not in this database"));
}

void TenantDetailView::clear(const QString &subtitle)
{
    m_loaded = false;
    m_tenant = {};
    m_title->setText(m_id);
    m_subtitle->setText(subtitle);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_configuration->clear();
    m_history->clear();
    Q_EMIT titleChanged(m_id);
}

void TenantDetailView::fill()
{
    const Tenant &t = m_tenant;
    const Catalog &catalog = m_service.catalog();
    m_title->setText(t.name);
    m_subtitle->setText(tr("%1 · %2 · version %3")
                            .arg(t.id, TenantDirectoryModel::statusLabel(t.status))
                            .arg(t.version));

    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const Tier *tier = catalog.tier(t.tier);
    QString tierText = tier ? tier->displayName : t.tier;
    if (tier && tier->monthlyPrice)
        tierText = tr("%1 — %2 per month").arg(tierText, Format::price(tier->monthlyPrice));
    else if (tier)
        tierText = tr("%1 — price by quote").arg(tierText);
    m_form->addRow(tr("Tier:"), valueLabel(tierText));
    if (tier) {
        const TierLimits &l = tier->limits;
        m_form->addRow(tr("Limits:"),
                       valueLabel(tr("%1 users · %2 storage · %3 AI sessions/month · %4 API "
                                     "requests/hour · %5 custom integrations")
                                      .arg(Format::count(l.users), Format::storage(l.storageBytes),
                                           Format::count(l.aiSessionsPerMonth),
                                           Format::count(l.apiRequestsPerHour),
                                           Format::count(l.customIntegrations))));
        m_form->addRow(tr("Service:"),
                       valueLabel(tr("%1 support · %2 SLA · %3")
                                      .arg(Labels::supportLevel(tier->supportLevel),
                                           Format::percent(tier->slaHundredths),
                                           Labels::isolation(tier->defaultIsolation))));
    }
    m_form->addRow(tr("Status:"), valueLabel(TenantDirectoryModel::statusLabel(t.status)));
    const Region *region = catalog.region(t.region);
    m_form->addRow(
        tr("Region:"),
        valueLabel(
            region ? tr("%1 — %2 (%3)").arg(region->id, region->displayName, region->jurisdiction)
                   : t.region));
    m_form->addRow(tr("Owner:"), valueLabel(t.ownerEmail));
    const Industry *industry = catalog.industry(t.industry);
    m_form->addRow(tr("Industry:"), valueLabel(industry ? industry->displayName : tr("—")));
    QStringList frameworks;
    for (const QString &id : t.compliance) {
        const Framework *f = catalog.framework(id);
        frameworks << (f ? f->displayName : id);
    }
    m_form->addRow(tr("Compliance:"),
                   valueLabel(frameworks.isEmpty() ? tr("—") : frameworks.join(u", "_s)));
    m_form->addRow(tr("Created:"), valueLabel(when(t.createdAt)));
    m_form->addRow(tr("Updated:"), valueLabel(tr("%1 by %2").arg(when(t.updatedAt), t.updatedBy)));
}

} // namespace Tenancy::Ui
