#pragma once

#include "model/Result.h"
#include "store/DatabaseUrl.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Tenancy {
class SecretStore;
class Settings;
class TenantService;
struct Operator;
} // namespace Tenancy

namespace Tenancy::Ui {

class TenantsView;
class ProvisioningView;
class RecommendationsView;
class AuditView;
class ComplianceView;
class FleetUsageView;
class TemplatesView;
class TiersView;

// The console's main window: a navigation sidebar, the current view, menus and a toolbar with
// shortcuts, a command palette, and a status bar with the connection, the operator and the
// tenant count. It hosts views and dialogs; their logic lives in them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(TenantService &service, SecretStore &secrets, Settings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens url (reading a PostgreSQL password from the keychain first when none is given).
    void connectTo(const DatabaseUrl &url, const QString &password = {},
                   const QString &operatorName = {});

    TenantsView *tenantsView() const { return m_tenants; }
    TiersView *tiersView() const { return m_tiers; }
    TemplatesView *templatesView() const { return m_templates; }
    ProvisioningView *provisioningView() const { return m_provisioning; }
    RecommendationsView *recommendationsView() const { return m_recommendations; }
    FleetUsageView *fleetUsageView() const { return m_fleetUsage; }
    AuditView *auditView() const { return m_audit; }
    ComplianceView *complianceView() const { return m_compliance; }
    void showView(const QString &name); // "tenants", "tiers"
    QString currentView() const;

    QAction *newTenantAction() const { return m_newTenant; }
    QAction *refreshAction() const { return m_refresh; }

    void newTenant();
    void showConnectionDialog();
    void showCommandPalette();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showOpening(const DatabaseUrl &url);
    void openNow(const DatabaseUrl &url, const QString &password, const QString &keychainNote);
    void onOpened(const Tenancy::Operator &op, const QString &databaseText);
    void onOpenFailed(const QString &message);
    void onCountsChanged(qint64 matches, qint64 total);
    void updatePermissions();
    void showAbout();
    // From the tier comparison: which tenant to preview moving to tier (the selected one by
    // default), then the preview.
    void previewForTenant(const QString &tier);

    TenantService &m_service;
    SecretStore &m_secrets;
    Settings &m_settings;
    QString m_operatorName;
    quint64 m_attempt = 0; // the latest connection attempt
    QStackedWidget *m_outer = nullptr;
    QLabel *m_errorText = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_views = nullptr;
    TenantsView *m_tenants = nullptr;
    TiersView *m_tiers = nullptr;
    TemplatesView *m_templates = nullptr;
    ProvisioningView *m_provisioning = nullptr;
    RecommendationsView *m_recommendations = nullptr;
    AuditView *m_audit = nullptr;
    ComplianceView *m_compliance = nullptr;
    FleetUsageView *m_fleetUsage = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_newTenant = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_find = nullptr;
    QAction *m_palette = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_showTenants = nullptr;
    QAction *m_showTiers = nullptr;
    QAction *m_showTemplates = nullptr;
    QAction *m_showProvisioning = nullptr;
};

} // namespace Tenancy::Ui
