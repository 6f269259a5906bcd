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
    QAction *sampleFleetAction() const { return m_sampleFleetAction; }

    void reload();
    void focusSearch();
    void openTenant(const QString &id);
    void selectTenant(const QString &id);
    TenantDetailView *detailOf(const QString &id) const;

    void saveState(Settings &settings) const;
    void restoreState(const Settings &settings);

    static constexpr int kSampleFleetSize = 5000;

Q_SIGNALS:
    void countsChanged(qint64 matches, qint64 total);

private:
    void applyFilter();
    void updateActions();
    void updateCount();
    void openSelected();
    void changeSelectedStatus(bool suspend);
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
    QAction *m_sampleFleetAction = nullptr;
    QProgressDialog *m_progress = nullptr;
    quint64 m_fleetRequest = 0;
    QHash<quint64, QString> m_statusRequests; // request → tenant id
    QHash<quint64, QString> m_reloadRequests; // request → tenant id
};

} // namespace Tenancy::Ui
