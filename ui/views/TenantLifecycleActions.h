#pragma once

#include "model/Tenant.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QProgressDialog;
class QWidget;

namespace Tenancy {
class TenantService;
struct Error;
struct PurgeResult;
struct TenantDataExport;
struct UpgradeResult;
} // namespace Tenancy

namespace Tenancy::Ui {

// The tenant actions past provisioning, for the directory's selected tenant: Preview Tier
// Change… (limits, usage, price and proration, a PDF quote; any role), Upgrade… (the
// upgrade flow, after a confirmation showing what will happen), Deprovision… (type the id to
// confirm; the grace and retention dates shown), Cancel Deprovisioning…, Purge… (admin; type
// the id), Legal Hold… and Export Data… (the tenant's data archive, GDPR portability). Each
// asks first, runs in the service (never on the GUI thread),
// shows progress where the work is long, and reports the tenant as it became.
class TenantLifecycleActions : public QObject
{
    Q_OBJECT

public:
    TenantLifecycleActions(TenantService &service, QWidget *dialogParent);
    ~TenantLifecycleActions() override;

    QList<QAction *> actions() const;
    QAction *previewAction() const { return m_preview; }
    QAction *upgradeAction() const { return m_upgrade; }
    QAction *deprovisionAction() const { return m_deprovision; }
    QAction *cancelDeprovisionAction() const { return m_cancelDeprovision; }
    QAction *purgeAction() const { return m_purge; }
    QAction *legalHoldAction() const { return m_legalHold; }
    QAction *exportDataAction() const { return m_exportData; }
    // Writes the tenant's data archive to path (what Export Data… does after asking where).
    void exportDataTo(const QString &path);

    // The tenant the actions apply to (none: all disabled).
    void setTenant(const QString &id, TenantStatus status, int version, const QString &tier);
    bool isBusy(const QString &id) const;
    // The upgrade flow for the current tenant with tier chosen (what Apply… in a preview
    // does); false when it may not run (the role, the tenant's status, work in progress).
    bool changeTier(const QString &tier);

Q_SIGNALS:
    void tenantChanged(const Tenancy::Tenant &tenant);
    void notice(const QString &message);

private:
    void update();
    void preview();
    // The upgrade flow; tier, when given, chosen in it already.
    void upgrade(const QString &tier = {});
    void deprovision();
    void cancelDeprovisioning();
    void purge();
    void legalHold();
    void exportData();
    void askLegalHold(const Tenancy::Tenant &tenant);
    void onTenantChanged(quint64 request, const Tenancy::Tenant &tenant);
    void onTenantLoaded(quint64 request, const Tenancy::Tenant &tenant);
    void onUpgraded(quint64 request, const Tenancy::UpgradeResult &result);
    void onPurged(quint64 request, const Tenancy::PurgeResult &result);
    void onDataExported(quint64 request, const Tenancy::TenantDataExport &exported);
    void onFailed(quint64 request, const Tenancy::Error &error);

    TenantService &m_service;
    QWidget *m_parent = nullptr;
    QString m_id;
    TenantStatus m_status = TenantStatus::Pending;
    int m_version = 0;
    QString m_tier;
    QAction *m_preview = nullptr;
    QAction *m_upgrade = nullptr;
    QAction *m_deprovision = nullptr;
    QAction *m_exportData = nullptr;
    QAction *m_cancelDeprovision = nullptr;
    QAction *m_purge = nullptr;
    QAction *m_legalHold = nullptr;
    // Requests in flight: request -> tenant id and what it was.
    struct Pending
    {
        QString id;
        QString what;
    };
    QHash<quint64, Pending> m_requests;
    quint64 m_upgradeRequest = 0;
    quint64 m_holdLookup = 0;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Tenancy::Ui
