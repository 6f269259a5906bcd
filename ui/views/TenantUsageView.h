#pragma once

#include "TenantService.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace Tenancy::Ui {

class MessageLabel;
class TimeSeriesChart;

// A tenant's Usage tab: its usage against its limits now (alerts, the grace period, the hard
// limit, an upgrade suggested), and a chart per metric over a range (7, 30 or 90 days, a
// year, or custom dates) with the limit line where the limit counts the same thing, about one
// point per pixel (downsampled on the worker, peaks kept). Loads when first shown.
class TenantUsageView : public QWidget
{
    Q_OBJECT

public:
    TenantUsageView(TenantService &service, const QString &tenantId, QWidget *parent = nullptr);
    ~TenantUsageView() override;

    // Loads the chosen range again.
    void refresh();

    QComboBox *range() const { return m_range; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *status() const { return m_status; }
    // The billing period's cost: the period, a row for the subscription, one per metric and
    // the total; the budget and its alerts.
    QLabel *costPeriod() const { return m_cost; }
    QTableWidget *costTable() const { return m_costTable; }
    QLabel *budgetLine() const { return m_budgetLine; }
    QPushButton *budgetButton() const { return m_budget; }
    // Sets (or, empty, removes) the budget, as Set Budget… does after asking.
    void setBudget(std::optional<qint64> budgetMinor, const QString &reason);
    const QList<TimeSeriesChart *> &charts() const { return m_charts; }
    // The range last asked for, ms since the epoch (0, 0 before any).
    std::pair<qint64, qint64> requestedRange() const { return {m_requestedFrom, m_requestedTo}; }
    // Points per series last asked for: about one per pixel of a chart's width.
    int requestedPoints() const { return m_requestedPoints; }
    bool isLoading() const { return m_request != 0; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded(quint64 request, const TenantService::UsageView &view);
    void onFailed(quint64 request, const Error &error);
    void rangeChosen();
    void showCost(const CostReport &cost);
    void askBudget();
    void onConfigurationChanged(quint64 request, const ConfigChangeResult &result);

    TenantService &m_service;
    QString m_id;
    QComboBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_status = nullptr;
    MessageLabel *m_message = nullptr;
    QLabel *m_cost = nullptr;
    QTableWidget *m_costTable = nullptr;
    QLabel *m_budgetLine = nullptr;
    QPushButton *m_budget = nullptr;
    MessageLabel *m_budgetMessage = nullptr;
    CostReport m_lastCost;
    bool m_costShown = false;
    quint64 m_budgetRequest = 0;
    QScrollArea *m_area = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QLabel *m_empty = nullptr;
    QList<TimeSeriesChart *> m_charts;
    quint64 m_request = 0;
    qint64 m_requestedFrom = 0;
    qint64 m_requestedTo = 0;
    int m_requestedPoints = 0;
    bool m_loadedOnce = false;
};

} // namespace Tenancy::Ui
