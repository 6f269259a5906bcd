#pragma once

#include "model/Result.h"
#include "model/Tenant.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTreeView;
class QTreeWidget;

namespace Tenancy {
class TenantService;
struct AuditEntry;
} // namespace Tenancy

namespace Tenancy::Ui {

class TenantConfigurationView;

// One tenant: overview (identity, tier and its limits, status, region, owner, compliance,
// times), the configuration as a read-only JSON tree, and its recent audit entries. Loaded
// through TenantService, never on the GUI thread.
class TenantDetailView : public QWidget
{
    Q_OBJECT

public:
    TenantDetailView(TenantService &service, const QString &tenantId, QWidget *parent = nullptr);
    ~TenantDetailView() override;

    QString tenantId() const { return m_id; }
    const Tenant &tenant() const { return m_tenant; }
    bool isLoaded() const { return m_loaded; }
    TenantConfigurationView *configurationView() const { return m_configuration; }
    enum class Refresh {
        KeepShowing, // the same database: what is shown stays until the answer
        Fresh, // another database: cleared at once
    };
    void refresh(Refresh how = Refresh::KeepShowing);

Q_SIGNALS:
    void loaded(const Tenancy::Tenant &tenant);
    void titleChanged(const QString &title); // the tenant's name, or its id when not found
    void tenantChanged(const Tenancy::Tenant &tenant); // changed here (its configuration)

private:
    void onTenantLoaded(quint64 request, const Tenancy::Tenant &tenant);
    void onHistoryLoaded(quint64 request, const QList<Tenancy::AuditEntry> &entries);
    void onFailed(quint64 request, const Tenancy::Error &error);
    void fill();
    void clear(const QString &subtitle);

    TenantService &m_service;
    QString m_id;
    Tenant m_tenant;
    bool m_loaded = false;
    bool m_notFound = false;
    quint64 m_tenantRequest = 0;
    quint64 m_historyRequest = 0;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_error = nullptr;
    QFormLayout *m_form = nullptr;
    TenantConfigurationView *m_configuration = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace Tenancy::Ui
