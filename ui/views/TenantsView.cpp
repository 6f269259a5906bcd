#include "TenantsView.h"

#include "TenantLifecycleActions.h"
#include "TenantService.h"
#include "dialogs/ReasonDialog.h"
#include "models/TenantDirectoryModel.h"
#include "settings/Settings.h"
#include "views/TenantDetailView.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {
enum Page { TablePage, EmptyPage };
}

TenantsView::TenantsView(TenantService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"tenantsView"_s);
    m_model = new TenantDirectoryModel(m_service, this);

    // Filters
    m_search = new QLineEdit;
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search id, name or owner e-mail…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search tenants"));
    m_tier = new QComboBox;
    m_tier->setObjectName(u"tierFilter"_s);
    m_tier->setAccessibleName(tr("Tier filter"));
    m_tier->addItem(tr("All tiers"), -1);
    for (qsizetype i = 0; i < m_service.catalog().tiers().size(); ++i)
        m_tier->addItem(m_service.catalog().tiers().at(i).displayName, int(i));
    m_status = new QComboBox;
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), -1);
    for (TenantStatus s : allStatuses())
        m_status->addItem(TenantDirectoryModel::statusLabel(s), int(s));
    m_region = new QComboBox;
    m_region->setObjectName(u"regionFilter"_s);
    m_region->setAccessibleName(tr("Region filter"));
    m_region->addItem(tr("All regions"), -1);
    for (qsizetype i = 0; i < m_service.catalog().regions().size(); ++i) {
        const Region &r = m_service.catalog().regions().at(i);
        m_region->addItem(r.id, int(i));
        m_region->setItemData(m_region->count() - 1, r.displayName, Qt::ToolTipRole);
    }
    m_count = new QLabel(tr("Loading…"));
    m_count->setObjectName(u"matchCount"_s);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_tier);
    filters->addWidget(m_status);
    filters->addWidget(m_region);
    filters->addWidget(m_count);

    // Table
    m_table = new QTableView;
    m_table->setObjectName(u"tenantTable"_s);
    m_table->setAccessibleName(tr("Tenants"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights and no measuring of contents: 100,000 rows cost what one screen costs.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSortIndicator(TenantDirectoryModel::Name, Qt::AscendingOrder);
    const int em = m_table->fontMetrics().averageCharWidth();
    const int widths[] = {26, 30, 15, 14, 17, 36, 20};
    for (int c = 0; c < TenantDirectoryModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    m_table->setSortingEnabled(true);

    // Opened tenants
    m_details = new QTabWidget;
    m_details->setObjectName(u"tenantTabs"_s);
    m_details->setTabsClosable(true);
    m_details->setMovable(true);
    m_details->setDocumentMode(true);
    m_details->hide();
    connect(m_details, &QTabWidget::tabCloseRequested, this, [this](int i) {
        QWidget *page = m_details->widget(i);
        m_details->removeTab(i);
        page->deleteLater();
        m_details->setVisible(m_details->count() > 0);
    });

    auto *directory = new QWidget;
    auto *directoryLayout = new QVBoxLayout(directory);
    directoryLayout->setContentsMargins(0, 0, 0, 0);
    directoryLayout->addLayout(filters);
    directoryLayout->addWidget(m_table);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"directorySplitter"_s);
    m_splitter->addWidget(directory);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    // Empty database
    auto *empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyText = new QLabel(tr("<h2>No tenants yet</h2><p>Create the first one with "
                                    "<b>New tenant</b> (Ctrl+N), or explore the console with a "
                                    "realistic sample fleet.</p>"));
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    auto *sampleButton
        = new QPushButton(tr("Load a sample fleet of %L1 tenants…").arg(kSampleFleetSize));
    sampleButton->setObjectName(u"sampleFleetButton"_s);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(sampleButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch();

    m_pages = new QStackedWidget;
    m_pages->insertWidget(TablePage, m_splitter);
    m_pages->insertWidget(EmptyPage, empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // Actions
    m_openAction = new QAction(tr("&Open"), this);
    m_openAction->setObjectName(u"openTenantAction"_s);
    m_openAction->setShortcut(Qt::Key_Return);
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    m_suspendAction = new QAction(tr("&Suspend…"), this);
    m_suspendAction->setObjectName(u"suspendAction"_s);
    m_reactivateAction = new QAction(tr("&Reactivate…"), this);
    m_reactivateAction->setObjectName(u"reactivateAction"_s);
    m_sampleFleetAction
        = new QAction(tr("Load a &sample fleet of %L1 tenants…").arg(kSampleFleetSize), this);
    m_sampleFleetAction->setObjectName(u"sampleFleetAction"_s);
    m_provisionAction = new QAction(tr("&Provision"), this);
    m_provisionAction->setObjectName(u"provisionAction"_s);
    m_provisionAction->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_lifecycle = new TenantLifecycleActions(m_service, this);
    m_table->addActions({m_openAction, m_provisionAction, m_suspendAction, m_reactivateAction});
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addActions(m_lifecycle->actions());
    connect(m_lifecycle, &TenantLifecycleActions::notice, this, &TenantsView::notice);
    connect(m_lifecycle, &TenantLifecycleActions::tenantChanged, this, [this](const Tenant &t) {
        m_model->applyChange(t);
        if (TenantDetailView *detail = detailOf(t.id))
            detail->refresh();
        updateActions();
    });
    auto *closeTab = new QAction(tr("Close Tenant Tab"), this);
    closeTab->setShortcut(QKeySequence::Close);
    closeTab->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(closeTab);
    connect(closeTab, &QAction::triggered, this, [this] {
        if (m_details->count() > 0)
            Q_EMIT m_details->tabCloseRequested(m_details->currentIndex());
    });
    // Down from the search box goes to the results.
    auto *toResults = new QAction(this);
    toResults->setShortcut(Qt::Key_Down);
    toResults->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(toResults);
    connect(toResults, &QAction::triggered, this, [this] {
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
    });

    connect(m_openAction, &QAction::triggered, this, &TenantsView::openSelected);
    connect(m_table, &QTableView::activated, this, &TenantsView::openSelected);
    connect(m_suspendAction, &QAction::triggered, this, [this] { changeSelectedStatus(true); });
    connect(m_reactivateAction, &QAction::triggered, this, [this] { changeSelectedStatus(false); });
    connect(m_provisionAction, &QAction::triggered, this, [this] {
        const int row = currentRow();
        if (row >= 0 && m_model->status(row) == TenantStatus::Pending)
            Q_EMIT provisionRequested(m_model->tenantId(row));
    });
    connect(m_sampleFleetAction, &QAction::triggered, this, &TenantsView::generateSampleFleet);
    connect(sampleButton, &QPushButton::clicked, m_sampleFleetAction, &QAction::trigger);
    connect(m_sampleFleetAction, &QAction::changed, sampleButton, [this, sampleButton] {
        sampleButton->setEnabled(m_sampleFleetAction->isEnabled());
        sampleButton->setToolTip(m_sampleFleetAction->toolTip());
    });
    connect(&m_service, &TenantService::opened, this, &TenantsView::updateActions);
    connect(&m_service, &TenantService::openFailed, this, &TenantsView::updateActions);

    connect(m_search, &QLineEdit::textChanged, this, &TenantsView::applyFilter);
    for (QComboBox *combo : {m_tier, m_status, m_region})
        connect(combo, &QComboBox::currentIndexChanged, this, &TenantsView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TenantsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TenantsView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TenantsView::updateActions);
    connect(m_model, &TenantDirectoryModel::countsChanged, this, &TenantsView::updateCount);
    connect(m_model, &TenantDirectoryModel::loaded, this, &TenantsView::updateCount);
    connect(m_model, &TenantDirectoryModel::loadFailed, this, [this](const QString &message) {
        m_count->setText(tr("Could not load tenants"));
        m_count->setToolTip(message);
        Q_EMIT notice(tr("The tenants could not be loaded: %1").arg(message));
    });
    connect(&m_service, &TenantService::tenantChanged, this, &TenantsView::onTenantChanged);
    connect(&m_service, &TenantService::tenantLoaded, this, &TenantsView::onTenantLoaded);
    connect(&m_service, &TenantService::failed, this, &TenantsView::onFailed);
    connect(&m_service, &TenantService::progress, this,
            [this](quint64 request, qint64 done, qint64 total) {
                if (request != m_fleetRequest || !m_progress)
                    return;
                m_progress->setMaximum(int(total));
                m_progress->setValue(int(done));
            });
    connect(&m_service, &TenantService::fleetGenerated, this, [this](quint64 request, qint64) {
        if (request != m_fleetRequest)
            return;
        m_fleetRequest = 0;
        if (m_progress)
            m_progress->reset();
        reload(true);
    });
    updateActions();
}

TenantsView::~TenantsView() = default;

QList<QAction *> TenantsView::lifecycleActions() const
{
    return m_lifecycle->actions();
}

void TenantsView::reload(bool sameDatabase)
{
    m_model->reload(sameDatabase ? TenantDirectoryModel::Reload::KeepShowing
                                 : TenantDirectoryModel::Reload::Fresh);
    if (!sameDatabase) {
        m_count->setText(tr("Loading…"));
        m_unsentReasons.clear(); // they were about that database's tenants
    }
    m_count->setToolTip({});
    // Open tabs show the new connection's data (or say the tenant is not there).
    for (int i = 0; i < m_details->count(); ++i) {
        if (auto *detail = qobject_cast<TenantDetailView *>(m_details->widget(i)))
            detail->refresh(sameDatabase ? TenantDetailView::Refresh::KeepShowing
                                         : TenantDetailView::Refresh::Fresh);
    }
}

void TenantsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TenantsView::applyFilter()
{
    TenantIndex::Filter filter;
    filter.search = m_search->text();
    filter.tier = m_tier->currentData().toInt();
    filter.status = m_status->currentData().toInt();
    filter.region = m_region->currentData().toInt();
    m_model->setFilter(filter);
}

void TenantsView::updateCount()
{
    const qint64 matches = m_model->matchCount();
    const qint64 total = m_model->totalCount();
    const QLocale locale;
    const bool filtered = !(m_model->filter() == TenantIndex::Filter {});
    if (!filtered)
        m_count->setText(total == 1 ? tr("1 tenant")
                                    : tr("%1 tenants").arg(locale.toString(total)));
    else
        m_count->setText(
            tr("%1 of %2 tenants").arg(locale.toString(matches), locale.toString(total)));
    m_count->setToolTip({});
    // An empty database (not an empty search) offers a sample fleet.
    const bool empty = m_model->isLoaded() && total == 0;
    m_pages->setCurrentIndex(empty ? EmptyPage : TablePage);
    Q_EMIT countsChanged(matches, total);
}

QString TenantsView::selectedTenantId() const
{
    const int row = currentRow();
    return row < 0 ? QString() : m_model->tenantId(row);
}

bool TenantsView::changeTier(const QString &id, const QString &tier)
{
    selectTenant(id);
    if (selectedTenantId() != id)
        return false;
    return m_lifecycle->changeTier(tier);
}

QString TenantsView::tierOf(const QString &id) const
{
    if (const int row = m_model->rowOfTenant(id); row >= 0)
        return m_model->tier(row);
    const std::shared_ptr<const TenantIndex> index = m_model->directoryIndex();
    if (!index)
        return {};
    // The GUI thread never waits for a worker reading the index: then the tier is unknown.
    if (!index->lock().tryLockForRead())
        return {};
    const int row = index->rowOf(id);
    const QString tier = row < 0 ? QString() : index->tiers().value(index->row(row).tier);
    index->lock().unlock();
    return tier;
}

int TenantsView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TenantsView::updateActions()
{
    const int row = currentRow();
    const bool selected = row >= 0 && row < m_model->rowCount();
    m_openAction->setEnabled(selected);
    const TenantStatus status = selected ? m_model->status(row) : TenantStatus::Pending;
    const bool may = m_service.can(Permission::ChangeTenantStatus);
    const QString needs
        = tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::ChangeTenantStatus));
    const bool pending = selected && isPending(m_model->tenantId(row));
    m_suspendAction->setEnabled(selected && may && !pending && status == TenantStatus::Active);
    m_suspendAction->setToolTip(!may ? needs
                                    : selected && status != TenantStatus::Active
                                    ? tr("Only active tenants can be suspended.")
                                    : tr("Suspend the selected tenant"));
    m_reactivateAction->setEnabled(selected && may && !pending
                                   && status == TenantStatus::Suspended);
    m_reactivateAction->setToolTip(!may ? needs
                                       : selected && status != TenantStatus::Suspended
                                       ? tr("Only suspended tenants can be reactivated.")
                                       : tr("Reactivate the selected tenant"));
    const bool mayProvision = m_service.can(Permission::Provision);
    m_provisionAction->setEnabled(selected && mayProvision && status == TenantStatus::Pending);
    m_provisionAction->setToolTip(
        !mayProvision ? tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::Provision))
            : selected && status != TenantStatus::Pending
            ? tr("Only pending tenants can be provisioned; a failed job is retried or rolled "
                 "back in Provisioning.")
            : tr("Provision the selected tenant: six steps, shown in Provisioning"));
    if (selected)
        m_lifecycle->setTenant(m_model->tenantId(row), status, m_model->version(row),
                               m_model->tier(row));
    else
        m_lifecycle->setTenant({}, TenantStatus::Pending, 0, {});
    const bool mayCreate = m_service.can(Permission::GenerateSampleFleet);
    m_sampleFleetAction->setEnabled(mayCreate);
    m_sampleFleetAction->setToolTip(
        mayCreate
            ? QString()
            : tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::GenerateSampleFleet)));
}

void TenantsView::openSelected()
{
    const int row = currentRow();
    if (row >= 0)
        openTenant(m_model->tenantId(row));
}

TenantDetailView *TenantsView::detailOf(const QString &id) const
{
    for (int i = 0; i < m_details->count(); ++i) {
        auto *detail = qobject_cast<TenantDetailView *>(m_details->widget(i));
        if (detail && detail->tenantId() == id)
            return detail;
    }
    return nullptr;
}

void TenantsView::openTenant(const QString &id)
{
    if (id.isEmpty())
        return;
    TenantDetailView *detail = detailOf(id);
    if (!detail) {
        detail = new TenantDetailView(m_service, id);
        const int tab = m_details->addTab(detail, id);
        m_details->setTabToolTip(tab, id);
        connect(detail, &TenantDetailView::tenantChanged, this, [this](const Tenant &t) {
            m_model->applyChange(t);
            updateActions();
        });
        connect(detail, &TenantDetailView::titleChanged, this,
                [this, detail](const QString &title) {
                    const int i = m_details->indexOf(detail);
                    if (i >= 0)
                        m_details->setTabText(i, title);
                });
    }
    m_details->setCurrentWidget(detail);
    m_details->show();
    if (m_splitter->sizes().value(1) == 0)
        m_splitter->setSizes({3 * width() / 5, 2 * width() / 5});
}

void TenantsView::selectTenant(const QString &id)
{
    const int row = m_model->rowOfTenant(id);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

bool TenantsView::isPending(const QString &id) const
{
    for (const StatusChange &c : m_statusRequests) {
        if (c.id == id)
            return true;
    }
    for (const StatusChange &c : m_reloadRequests) {
        if (c.id == id)
            return true;
    }
    return false;
}

void TenantsView::changeSelectedStatus(bool suspend)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString id = m_model->tenantId(row);
    changeStatus(id, m_model->version(row), suspend, m_unsentReasons.value({id, suspend}));
}

void TenantsView::changeStatus(const QString &id, int version, bool suspend, const QString &reason)
{
    if (isPending(id))
        return; // one change at a time for a tenant
    ReasonDialog dialog(suspend ? tr("Suspend %1").arg(id) : tr("Reactivate %1").arg(id),
                        suspend ? tr("Why is %1 being suspended?").arg(id)
                                : tr("Why is %1 being reactivated?").arg(id),
                        suspend ? tr("Suspend") : tr("Reactivate"), this);
    dialog.setReason(reason);
    if (dialog.exec() != QDialog::Accepted) {
        if (!dialog.reason().isEmpty())
            m_unsentReasons.insert({id, suspend}, dialog.reason());
        return;
    }
    const quint64 request = suspend ? m_service.suspend(id, version, dialog.reason())
                                    : m_service.reactivate(id, version, dialog.reason());
    m_statusRequests.insert(request, {id, suspend, dialog.reason()});
    updateActions();
}

void TenantsView::onTenantChanged(quint64 request, const Tenant &tenant)
{
    if (!m_statusRequests.remove(request))
        return;
    m_unsentReasons.remove({tenant.id, true});
    m_unsentReasons.remove({tenant.id, false});
    m_model->applyChange(tenant);
    if (TenantDetailView *detail = detailOf(tenant.id))
        detail->refresh();
    updateActions();
}

void TenantsView::onTenantLoaded(quint64 request, const Tenant &tenant)
{
    if (!m_reloadRequests.contains(request))
        return;
    const StatusChange change = m_reloadRequests.take(request);
    m_model->applyChange(tenant);
    if (TenantDetailView *detail = detailOf(tenant.id))
        detail->refresh();
    updateActions();
    // Reloaded after a conflict: offer the same change again, reason filled in, if it still
    // applies to what the tenant is now.
    const TenantStatus from = change.suspend ? TenantStatus::Active : TenantStatus::Suspended;
    if (tenant.status == from) {
        changeStatus(tenant.id, tenant.version, change.suspend, change.reason);
        return;
    }
    // It no longer applies (someone else already did it, say): nothing is sent, and the
    // reason stays for a later try.
    m_unsentReasons.insert({tenant.id, change.suspend}, change.reason);
    Q_EMIT notice(tr("%1 is now %2: not changed again. Your reason is kept.")
                      .arg(tenant.id, TenantDirectoryModel::statusLabel(tenant.status)));
}

void TenantsView::onFailed(quint64 request, const Error &error)
{
    if (request == m_fleetRequest) {
        m_fleetRequest = 0;
        if (m_progress)
            m_progress->reset();
        if (error.code != ErrorCode::Cancelled)
            Prompts::warning(this, tr("Sample fleet"),
                             tr("The sample fleet was not loaded: %1").arg(error.message));
        return;
    }
    if (m_reloadRequests.contains(request)) {
        const StatusChange change = m_reloadRequests.take(request);
        m_unsentReasons.insert({change.id, change.suspend}, change.reason);
        updateActions();
        return;
    }
    if (!m_statusRequests.contains(request))
        return;
    const StatusChange change = m_statusRequests.take(request);
    updateActions();
    if (error.code == ErrorCode::Conflict) {
        // Someone else changed it: say who and when, and offer the fresh version.
        if (Prompts::question(this, tr("Changed by someone else"),
                              error.message + u"\n\n"_s
                                  + tr("Reload %1 and try again?").arg(change.id),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes) {
            m_reloadRequests.insert(m_service.show(change.id), change);
            updateActions();
        } else {
            m_unsentReasons.insert({change.id, change.suspend}, change.reason);
        }
        return;
    }
    // The reason typed is kept for the next try.
    m_unsentReasons.insert({change.id, change.suspend}, change.reason);
    Prompts::warning(this, tr("Not changed"), error.message);
}

void TenantsView::generateSampleFleet()
{
    if (m_fleetRequest || !m_service.can(Permission::GenerateSampleFleet))
        return;
    if (!m_progress) {
        m_progress = new QProgressDialog(tr("Loading a sample fleet…"), tr("Cancel"), 0,
                                         kSampleFleetSize, this);
        m_progress->setObjectName(u"sampleFleetProgress"_s);
        m_progress->setWindowTitle(tr("Sample fleet"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(0);
        m_progress->setAutoClose(true);
        m_progress->setAutoReset(true);
        connect(m_progress, &QProgressDialog::canceled, this, [this] { m_service.cancel(); });
    }
    m_progress->setValue(0);
    m_progress->show();
    m_fleetRequest = m_service.generateSampleFleet(kSampleFleetSize, 1);
}

void TenantsView::saveState(Settings &settings) const
{
    settings.setValue(SettingKeys::directoryHeader, m_table->horizontalHeader()->saveState());
    settings.setValue(SettingKeys::directorySplitter, m_splitter->saveState());
}

void TenantsView::restoreState(const Settings &settings)
{
    const QByteArray header = settings.value(SettingKeys::directoryHeader);
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    const QByteArray splitter = settings.value(SettingKeys::directorySplitter);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

} // namespace Tenancy::Ui
