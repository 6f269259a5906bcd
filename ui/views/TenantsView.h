#pragma once

#include "model/Result.h"
#include "model/Tenant.h"

#include <QHash>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Tenancy {
class Settings;
class TenantService;
} // namespace Tenancy

namespace Tenancy::Ui {

class TenantLifecycleActions;

class TenantDetailView;
class TenantDirectoryModel;

// The tenant directory: search as you type, filters for tier, status and region, the count of
// matches, a sortable table over TenantDirectoryModel, actions on the selection (open,
// suspend, reactivate — each permission-aware) and the opened tenants in tabs beside it. An
// empty database offers a sample fleet.
class TenantsView : public QWidget
{
    Q_OBJECT

public:
    TenantsView(TenantService &service, QWidget *parent = nullptr);
    ~TenantsView() override;

    TenantDirectoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *openAction() const { return m_openAction; }
    QAction *suspendAction() const { return m_suspendAction; }
    QAction *reactivateAction() const { return m_reactivateAction; }
    QAction *provisionAction() const { return m_provisionAction; }
    QAction *sampleFleetAction() const { return m_sampleFleetAction; }
    // Change tier, deprovision, cancel deprovisioning, purge, legal hold.
    QList<QAction *> lifecycleActions() const;

    // sameDatabase: F5, a new tenant, a reconnect (the rows stay until the new load is in);
    // otherwise another database was opened (everything starts over).
    void reload(bool sameDatabase = false);
    void focusSearch();
    void openTenant(const QString &id);
    void selectTenant(const QString &id);
    TenantDetailView *detailOf(const QString &id) const;
    // The selected tenant's id (empty: none), and a tenant's tier as the directory has it
    // (empty: not in the directory).
    QString selectedTenantId() const;
    QString tierOf(const QString &id) const;
    // Selects id and starts the upgrade flow with tier chosen; false (nothing started) when
    // the directory does not show id or the flow may not run for it (its tooltip says why).
    bool changeTier(const QString &id, const QString &tier);

    void saveState(Settings &settings) const;
    void restoreState(const Settings &settings);

    static constexpr int kSampleFleetSize = 5000;

Q_SIGNALS:
    void countsChanged(qint64 matches, qint64 total);
    void notice(const QString &message); // for the status bar: worth saying, not worth a dialog
    void provisionRequested(const QString &tenantId); // the Provision action, for a pending tenant

private:
    void applyFilter();
    void updateActions();
    void updateCount();
    void openSelected();
    void changeSelectedStatus(bool suspend);
    void changeStatus(const QString &id, int version, bool suspend, const QString &reason);
    bool isPending(const QString &id) const;
    void onTenantChanged(quint64 request, const Tenancy::Tenant &tenant);
    void onTenantLoaded(quint64 request, const Tenancy::Tenant &tenant);
    void onFailed(quint64 request, const Tenancy::Error &error);
    void generateSampleFleet();
    int currentRow() const;

    TenantService &m_service;
    TenantDirectoryModel *m_model = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_details = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_suspendAction = nullptr;
    QAction *m_reactivateAction = nullptr;
    QAction *m_provisionAction = nullptr;
    QAction *m_sampleFleetAction = nullptr;
    TenantLifecycleActions *m_lifecycle = nullptr;
    QProgressDialog *m_progress = nullptr;
    quint64 m_fleetRequest = 0;
    struct StatusChange
    {
        QString id;
        bool suspend = true;
        QString reason; // kept: whatever the operator typed is never lost
    };
    QHash<quint64, StatusChange> m_statusRequests;
    QHash<quint64, StatusChange> m_reloadRequests; // reloading after a conflict, to try again
    // A reason that did not go through, by tenant id and direction (true: suspend).
    QHash<std::pair<QString, bool>, QString> m_unsentReasons;
};

} // namespace Tenancy::Ui
