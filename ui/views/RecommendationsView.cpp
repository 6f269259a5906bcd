#include "RecommendationsView.h"

#include "dialogs/UpgradePreviewDialog.h"
#include "widgets/MessageLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

RecommendationsView::RecommendationsView(TenantService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"recommendationsView"_s);
    auto *title = new QLabel(tr("<b>Recommendations</b> — tier fit from the last %1 days of usage")
                                 .arg(TenantManager::recommendationDays));
    m_state = new QLabel;
    m_state->setObjectName(u"recommendationsState"_s);
    m_refresh = new QPushButton(tr("&Refresh"));
    m_refresh->setObjectName(u"refreshRecommendations"_s);
    m_preview = new QPushButton(tr("&Preview…"));
    m_preview->setObjectName(u"previewRecommendation"_s);
    m_preview->setEnabled(false);
    m_preview->setToolTip(tr("What the change would mean: limits, usage, price, a quote"));
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_state, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_preview);

    m_list = new QTreeWidget;
    m_list->setObjectName(u"recommendationList"_s);
    m_list->setAccessibleName(tr("Recommendations"));
    m_list->setHeaderLabels(
        {tr("Tenant"), tr("Now"), tr("Recommended"), tr("Change"), tr("Days with samples")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setWordWrap(true);
    m_message = new MessageLabel(u"recommendationsMessage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);

    connect(m_refresh, &QPushButton::clicked, this, &RecommendationsView::refresh);
    connect(m_preview, &QPushButton::clicked, this, &RecommendationsView::previewSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { previewSelected(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_preview->setEnabled(item != nullptr); });
    connect(&m_service, &TenantService::recommendationsLoaded, this,
            &RecommendationsView::onLoaded);
    connect(&m_service, &TenantService::failed, this, &RecommendationsView::onFailed);
    connect(&m_service, &TenantService::opened, this, [this] {
        if (m_loadedOnce)
            refresh();
    });
}

RecommendationsView::~RecommendationsView() = default;

void RecommendationsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && m_service.isOpen()) {
        m_loadedOnce = true;
        refresh();
    }
}

void RecommendationsView::refresh()
{
    m_state->setText(tr("Looking at the usage…"));
    m_refresh->setEnabled(false);
    m_request = m_service.recommendations();
}

void RecommendationsView::onLoaded(quint64 request, const QList<TierRecommendation> &list)
{
    if (request != m_request)
        return;
    m_request = 0;
    m_refresh->setEnabled(true);
    m_message->clearMessage();
    m_recommendations = list;
    m_list->clear();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const TierRecommendation &r = list.at(i);
        auto *item = new QTreeWidgetItem({r.tenantId, r.tier, r.recommendedTier,
                                          r.kind == u"upgrade"_s ? tr("Upgrade") : tr("Downgrade"),
                                          QString::number(r.daysWithSamples)});
        item->setData(0, Qt::UserRole, int(i));
        for (const QString &line : r.evidence) {
            auto *evidence = new QTreeWidgetItem(item, {line});
            evidence->setFirstColumnSpanned(true);
            evidence->setData(0, Qt::UserRole, int(i));
        }
        m_list->addTopLevelItem(item);
        item->setExpanded(true);
    }
    m_state->setText(list.isEmpty() ? tr("Every tenant with usage fits its tier.")
                                    : tr("%n recommendation(s)", nullptr, int(list.size())));
    m_preview->setEnabled(m_list->currentItem() != nullptr);
}

void RecommendationsView::onFailed(quint64 request, const Error &error)
{
    if (request != m_request)
        return;
    m_request = 0;
    m_refresh->setEnabled(true);
    m_state->clear();
    m_message->showMessage(error.message);
}

void RecommendationsView::previewSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index < 0 || index >= m_recommendations.size())
        return;
    const TierRecommendation &r = m_recommendations.at(index);
    auto *dialog = new UpgradePreviewDialog(m_service, r.tenantId, r.tier, r.recommendedTier, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApplyOffered(false); // the upgrade flow is the tenant's (Change Tier…)
    dialog->open();
}

} // namespace Tenancy::Ui
