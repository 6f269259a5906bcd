#pragma once

#include "TenantService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Tenancy::Ui {

class MessageLabel;

// The fleet's usage at a glance: tenants by tier and status, the tenants nearest or over
// their limits, and every limit and budget alert (worst first). Activating a tenant's row opens
// it (tenantActivated). Loads when first shown; Refresh loads again.
class FleetUsageView : public QWidget
{
    Q_OBJECT

public:
    explicit FleetUsageView(TenantService &service, QWidget *parent = nullptr);
    ~FleetUsageView() override;

    void refresh();

    QTableWidget *tiers() const { return m_tiers; }
    QTableWidget *top() const { return m_top; }
    QTableWidget *alerts() const { return m_alerts; }
    QLabel *summary() const { return m_summary; }
    bool isLoading() const { return m_request != 0; }

Q_SIGNALS:
    void tenantActivated(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded(quint64 request, const FleetUsage &fleet);
    void onFailed(quint64 request, const Error &error);
    QString tierName(const QString &tier) const; // "Professional"

    TenantService &m_service;
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
    MessageLabel *m_message = nullptr;
    QTableWidget *m_tiers = nullptr;
    QTableWidget *m_top = nullptr;
    QTableWidget *m_alerts = nullptr;
    quint64 m_request = 0;
    bool m_loadedOnce = false;
};

} // namespace Tenancy::Ui
