#pragma once

#include "TenantService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Tenancy::Ui {

class MessageLabel;

// Recommendations (optimise configuration): tenants whose last 90 days of usage fit another
// tier better — at their limits most days (an upgrade) or using a sliver of them (a
// downgrade) — each with its evidence; "Preview…" opens the tier change's preview (limits,
// usage, price, a quote).
class RecommendationsView : public QWidget
{
    Q_OBJECT

public:
    explicit RecommendationsView(TenantService &service, QWidget *parent = nullptr);
    ~RecommendationsView() override;

    void refresh();
    // Opens the preview of the selected recommendation (what "Preview…" does).
    void previewSelected();

    QTreeWidget *list() const { return m_list; }
    QPushButton *previewButton() const { return m_preview; }
    bool isLoading() const { return m_request != 0; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded(quint64 request, const QList<TierRecommendation> &list);
    void onFailed(quint64 request, const Error &error);

    TenantService &m_service;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_preview = nullptr;
    QLabel *m_state = nullptr;
    MessageLabel *m_message = nullptr;
    QList<TierRecommendation> m_recommendations;
    quint64 m_request = 0;
    bool m_loadedOnce = false;
};

} // namespace Tenancy::Ui
