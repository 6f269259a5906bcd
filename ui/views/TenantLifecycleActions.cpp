#include "TenantLifecycleActions.h"

#include "TenantService.h"
#include "dialogs/ReasonDialog.h"
#include "dialogs/TypeToConfirmDialog.h"
#include "dialogs/UpgradeDialog.h"
#include "dialogs/UpgradePreviewDialog.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QProgressDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

TenantLifecycleActions::TenantLifecycleActions(TenantService &service, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_service(service)
    , m_parent(dialogParent)
{
    m_preview = new QAction(tr("Pre&view Tier Change…"), this);
    m_preview->setObjectName(u"previewTierAction"_s);
    m_upgrade = new QAction(tr("Change &Tier…"), this);
    m_upgrade->setObjectName(u"upgradeAction"_s);
    m_upgrade->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_deprovision = new QAction(tr("&Deprovision…"), this);
    m_deprovision->setObjectName(u"deprovisionAction"_s);
    m_cancelDeprovision = new QAction(tr("Cancel Deprovisioning…"), this);
    m_cancelDeprovision->setObjectName(u"cancelDeprovisionAction"_s);
    m_purge = new QAction(tr("P&urge…"), this);
    m_purge->setObjectName(u"purgeAction"_s);
    m_legalHold = new QAction(tr("&Legal Hold…"), this);
    m_legalHold->setObjectName(u"legalHoldAction"_s);
    m_exportData = new QAction(tr("E&xport Data…"), this);
    m_exportData->setObjectName(u"exportDataAction"_s);

    connect(m_preview, &QAction::triggered, this, &TenantLifecycleActions::preview);
    connect(m_upgrade, &QAction::triggered, this, [this] { upgrade(); });
    connect(m_deprovision, &QAction::triggered, this, &TenantLifecycleActions::deprovision);
    connect(m_cancelDeprovision, &QAction::triggered, this,
            &TenantLifecycleActions::cancelDeprovisioning);
    connect(m_purge, &QAction::triggered, this, &TenantLifecycleActions::purge);
    connect(m_legalHold, &QAction::triggered, this, &TenantLifecycleActions::legalHold);
    connect(m_exportData, &QAction::triggered, this, &TenantLifecycleActions::exportData);
    connect(&m_service, &TenantService::tenantDataExported, this,
            &TenantLifecycleActions::onDataExported);
    connect(&m_service, &TenantService::tenantChanged, this,
            &TenantLifecycleActions::onTenantChanged);
    connect(&m_service, &TenantService::tenantLoaded, this,
            &TenantLifecycleActions::onTenantLoaded);
    connect(&m_service, &TenantService::upgraded, this, &TenantLifecycleActions::onUpgraded);
    connect(&m_service, &TenantService::purged, this, &TenantLifecycleActions::onPurged);
    connect(&m_service, &TenantService::failed, this, &TenantLifecycleActions::onFailed);
    connect(&m_service, &TenantService::upgradeProgress, this,
            [this](quint64 request, double fraction, const QString &message) {
                if (request != m_upgradeRequest || !m_progress)
                    return;
                m_progress->setValue(int(fraction * 100));
                m_progress->setLabelText(message);
            });
    connect(&m_service, &TenantService::opened, this, &TenantLifecycleActions::update);
    update();
}

TenantLifecycleActions::~TenantLifecycleActions() = default;

QList<QAction *> TenantLifecycleActions::actions() const
{
    return {m_preview, m_upgrade,   m_deprovision, m_cancelDeprovision,
            m_purge,   m_legalHold, m_exportData};
}

void TenantLifecycleActions::setTenant(const QString &id, TenantStatus status, int version,
                                       const QString &tier)
{
    m_id = id;
    m_tier = tier;
    m_status = status;
    m_version = version;
    update();
}

bool TenantLifecycleActions::isBusy(const QString &id) const
{
    for (const Pending &p : m_requests) {
        if (p.id == id)
            return true;
    }
    return false;
}

void TenantLifecycleActions::update()
{
    const bool selected = !m_id.isEmpty() && !isBusy(m_id);
    const auto set = [&](QAction *action, Permission permission, bool applies,
                         const QString &doesNotApply, const QString &what) {
        const bool may = m_service.can(permission);
        action->setEnabled(selected && may && applies);
        action->setToolTip(!may ? tr("Needs %1.").arg(TenantService::rolesAllowed(permission))
                               : !m_id.isEmpty() && !applies ? doesNotApply
                                                             : what);
    };
    const bool live = m_status == TenantStatus::Active || m_status == TenantStatus::Suspended;
    set(m_preview, Permission::ReadTenants, live,
        tr("Only active or suspended tenants change tier."),
        tr("See what another tier would mean for the selected tenant: limits, usage, price, "
           "proration; export a quote"));
    set(m_upgrade, Permission::ChangeTier, live,
        tr("Only active or suspended tenants change tier."),
        tr("Upgrade or downgrade the selected tenant, after seeing what would change"));
    set(m_deprovision, Permission::ChangeTenantStatus, live,
        tr("Only active or suspended tenants are deprovisioned."),
        tr("Suspend access and start the %1-day grace period before the data is purged")
            .arg(TenantManager::gracePeriodDays));
    const bool leaving = m_status == TenantStatus::Deprovisioning;
    set(m_cancelDeprovision, Permission::ChangeTenantStatus, leaving,
        tr("Only a tenant being deprovisioned can be kept."),
        tr("Keep the tenant: it goes back to how it was"));
    set(m_purge, Permission::PurgeTenants, leaving,
        tr("Only a tenant being deprovisioned can be purged."),
        tr("Back up, destroy and certify the tenant's data now"));
    set(m_legalHold, Permission::ManageLegalHold, m_status != TenantStatus::Deleted,
        tr("A purged tenant has no data to hold."),
        tr("Place or lift a legal hold (a held tenant cannot be purged)"));
    set(m_exportData, Permission::ExportTenantData, m_status != TenantStatus::Deleted,
        tr("A purged tenant's data is gone (its final backup is kept)."),
        tr("Write everything held about the tenant as one archive (GDPR portability)"));
}

void TenantLifecycleActions::preview()
{
    if (m_id.isEmpty())
        return;
    UpgradePreviewDialog dialog(m_service, m_id, m_tier, {}, m_parent);
    if (dialog.exec() == UpgradePreviewDialog::ApplyRequested)
        upgrade(dialog.tier());
}

bool TenantLifecycleActions::changeTier(const QString &tier)
{
    if (!m_upgrade->isEnabled())
        return false;
    upgrade(tier);
    return true;
}

void TenantLifecycleActions::upgrade(const QString &tier)
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    UpgradeDialog dialog(m_service, id, m_tier, m_parent);
    if (!tier.isEmpty())
        dialog.selectTier(tier);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_upgradeRequest = m_service.upgrade(id, dialog.tier(), dialog.reason());
    m_requests.insert(m_upgradeRequest, {id, u"upgrade"_s});
    m_progress = new QProgressDialog(tr("Changing the tier of %1…").arg(id), tr("Cancel"), 0, 100,
                                     m_parent);
    m_progress->setObjectName(u"upgradeProgress"_s);
    m_progress->setWindowTitle(tr("Change tier"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, &m_service, &TenantService::cancelUpgrade);
    update();
}

void TenantLifecycleActions::deprovision()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime purgeFrom = now.addDays(TenantManager::gracePeriodDays);
    const QString explanation = u"<p>"_s
        + tr("Access to <b>%1</b> is suspended at once. Until <b>%2</b> (the grace period of %3 "
             "days) the deprovisioning can be cancelled and the tenant is as it was.")
              .arg(id.toHtmlEscaped(), dateText(purgeFrom))
              .arg(TenantManager::gracePeriodDays)
        + u"</p><p>"_s
        + tr("After that its data may be purged: backed up, destroyed and certified. The final "
             "backup is kept %1 days after the purge (from %2 at the earliest, until %3).")
              .arg(TenantManager::backupRetentionDays)
              .arg(dateText(purgeFrom),
                   dateText(purgeFrom.addDays(TenantManager::backupRetentionDays)))
        + u"</p>"_s;
    TypeToConfirmDialog dialog(tr("Deprovision %1").arg(id), explanation, id, tr("&Deprovision"),
                               m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_requests.insert(m_service.deprovision(id, dialog.reason(), m_version),
                      {id, u"deprovision"_s});
    update();
}

void TenantLifecycleActions::cancelDeprovisioning()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    ReasonDialog dialog(tr("Cancel deprovisioning of %1").arg(id),
                        tr("Why is %1 being kept? It goes back to how it was before "
                           "deprovisioning.")
                            .arg(id),
                        tr("Keep %1").arg(id), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_requests.insert(m_service.cancelDeprovisioning(id, dialog.reason()), {id, u"cancel"_s});
    update();
}

void TenantLifecycleActions::purge()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    const QString explanation = u"<p>"_s
        + tr("<b>%1</b> is backed up (its data and configuration, compressed, with a SHA-256), "
             "then its storage is destroyed: dropped, or overwritten and deleted. A deletion "
             "certificate records what was destroyed, when and by whom.")
              .arg(id.toHtmlEscaped())
        + u"</p><p>"_s
        + tr("This cannot be undone. The backup is kept %1 days.")
              .arg(TenantManager::backupRetentionDays)
        + u"</p>"_s;
    TypeToConfirmDialog dialog(tr("Purge %1").arg(id), explanation, id, tr("&Purge"), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_requests.insert(m_service.purge(id, dialog.reason()), {id, u"purge"_s});
    update();
}

void TenantLifecycleActions::exportData()
{
    if (m_id.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Export %1's Data").arg(m_id),
        QDir(folder).filePath(m_id + u"-data.json.gz"_s), tr("Data archive (*.json.gz)"));
    if (!path.isEmpty())
        exportDataTo(path);
}

void TenantLifecycleActions::exportDataTo(const QString &path)
{
    if (m_id.isEmpty() || isBusy(m_id))
        return;
    m_requests.insert(m_service.exportTenantData(m_id, path), {m_id, u"export"_s});
    Q_EMIT notice(tr("Exporting %1's data…").arg(m_id));
    update();
}

void TenantLifecycleActions::onDataExported(quint64 request, const TenantDataExport &exported)
{
    const auto pending = m_requests.constFind(request);
    if (pending == m_requests.cend())
        return;
    const QString id = pending->id;
    m_requests.remove(request);
    Q_EMIT notice(tr("%1's data: %2 (%3; %4 revisions, %5 usage samples, %6 security events, "
                     "%7 audit entries)")
                      .arg(id, QDir::toNativeSeparators(exported.path),
                           QLocale().formattedDataSize(exported.bytes))
                      .arg(exported.revisions)
                      .arg(exported.usageSamples)
                      .arg(exported.securityEvents)
                      .arg(exported.auditEntries));
    update();
}

void TenantLifecycleActions::legalHold()
{
    if (m_id.isEmpty())
        return;
    // Whether it is held now is the tenant's, not the directory's: read it first.
    m_holdLookup = m_service.show(m_id);
}

void TenantLifecycleActions::askLegalHold(const Tenant &tenant)
{
    const bool place = !tenant.legalHold;
    ReasonDialog dialog(place ? tr("Place a legal hold on %1").arg(tenant.id)
                              : tr("Lift the legal hold on %1").arg(tenant.id),
                        place ? tr("Why is %1 held? While held, it cannot be purged, not even "
                                   "after its grace period.")
                                    .arg(tenant.id)
                              : tr("%1 is held: \"%2\". Why is the hold lifted?")
                                    .arg(tenant.id, tenant.legalHoldReason),
                        place ? tr("Place Hold") : tr("Lift Hold"), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_requests.insert(m_service.setLegalHold(tenant.id, place, dialog.reason()),
                      {tenant.id, place ? u"hold"_s : u"release"_s});
    update();
}

void TenantLifecycleActions::onTenantLoaded(quint64 request, const Tenant &tenant)
{
    if (request != m_holdLookup)
        return;
    m_holdLookup = 0;
    askLegalHold(tenant);
}

void TenantLifecycleActions::onTenantChanged(quint64 request, const Tenant &tenant)
{
    if (!m_requests.contains(request))
        return;
    const Pending done = m_requests.take(request);
    if (done.what == u"deprovision"_s)
        Q_EMIT notice(tr("%1 is being deprovisioned; it can be purged from %2.")
                          .arg(tenant.id, dateText(tenant.purgeAfter)));
    else if (done.what == u"cancel"_s)
        Q_EMIT notice(tr("Deprovisioning of %1 cancelled.").arg(tenant.id));
    else if (done.what == u"hold"_s)
        Q_EMIT notice(tr("%1 is under a legal hold.").arg(tenant.id));
    else
        Q_EMIT notice(tr("The legal hold on %1 is lifted.").arg(tenant.id));
    Q_EMIT tenantChanged(tenant);
    update();
}

void TenantLifecycleActions::onUpgraded(quint64 request, const UpgradeResult &result)
{
    if (!m_requests.remove(request))
        return;
    if (m_progress)
        m_progress->deleteLater();
    Q_EMIT notice(tr("%1 is on the %2 tier.").arg(result.tenant.id, result.tenant.tier));
    for (const QString &warning : result.warnings)
        Q_EMIT notice(warning);
    Q_EMIT tenantChanged(result.tenant);
    update();
}

void TenantLifecycleActions::onPurged(quint64 request, const PurgeResult &result)
{
    if (!m_requests.remove(request))
        return;
    Q_EMIT notice(
        result.certificatePath.isEmpty()
            ? tr("%1 is purged; its deletion certificate is in the database.").arg(result.tenant.id)
            : tr("%1 is purged; deletion certificate: %2")
                  .arg(result.tenant.id, result.certificatePath));
    Q_EMIT tenantChanged(result.tenant);
    update();
}

void TenantLifecycleActions::onFailed(quint64 request, const Error &error)
{
    if (request == m_holdLookup) {
        m_holdLookup = 0;
        Prompts::warning(m_parent, tr("Legal hold"), error.message);
        return;
    }
    if (!m_requests.contains(request))
        return;
    const Pending done = m_requests.take(request);
    if (request == m_upgradeRequest && m_progress)
        m_progress->deleteLater();
    const QString title = done.what == u"upgrade"_s ? tr("The tier was not changed")
        : done.what == u"purge"_s                   ? tr("The tenant was not purged")
        : done.what == u"export"_s                  ? tr("The data was not exported")
                                                    : tr("Nothing was changed");
    Prompts::warning(m_parent, title, error.message);
    update();
}

} // namespace Tenancy::Ui
