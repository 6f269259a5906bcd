#include "TenantDirectoryModel.h"

#include "TenantService.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

TenantSortKey keyForColumn(int column)
{
    switch (column) {
    case TenantDirectoryModel::Id:
        return TenantSortKey::Id;
    case TenantDirectoryModel::Tier:
        return TenantSortKey::Tier;
    case TenantDirectoryModel::Status:
        return TenantSortKey::Status;
    case TenantDirectoryModel::Region:
        return TenantSortKey::Region;
    case TenantDirectoryModel::Owner:
        return TenantSortKey::Owner;
    case TenantDirectoryModel::Updated:
        return TenantSortKey::Updated;
    default:
        return TenantSortKey::Name;
    }
}

QString formatTime(const QString &iso)
{
    const QDateTime time = fromIsoUtc(iso);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

TenantDirectoryModel::TenantDirectoryModel(TenantService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_filterCancel(std::make_shared<std::atomic_bool>(false))
    , m_sortCancel(std::make_shared<std::atomic_bool>(false))
{
    m_pendingTimer = new QTimer(this);
    m_pendingTimer->setInterval(50);
    connect(m_pendingTimer, &QTimer::timeout, this, &TenantDirectoryModel::applyPendingChanges);
    connect(&m_service, &TenantService::fetched, this, &TenantDirectoryModel::onFetched);
    connect(&m_service, &TenantService::directoryLoaded, this,
            &TenantDirectoryModel::onDirectoryLoaded);
    connect(&m_service, &TenantService::failed, this, &TenantDirectoryModel::onFailed);
}

TenantDirectoryModel::~TenantDirectoryModel()
{
    m_filterCancel->store(true);
    m_sortCancel->store(true);
}

QString TenantDirectoryModel::statusLabel(TenantStatus status)
{
    switch (status) {
    case TenantStatus::Pending:
        return tr("Pending");
    case TenantStatus::Provisioning:
        return tr("Provisioning");
    case TenantStatus::Active:
        return tr("Active");
    case TenantStatus::Failed:
        return tr("Failed");
    case TenantStatus::Suspended:
        return tr("Suspended");
    case TenantStatus::Deprovisioning:
        return tr("Deprovisioning");
    case TenantStatus::Deleted:
        return tr("Deleted");
    }
    return {};
}

TenantSortKey TenantDirectoryModel::sortKey() const
{
    return keyForColumn(m_sortColumn);
}

void TenantDirectoryModel::reload(Reload how)
{
    if (how == Reload::Fresh || !m_index) {
        ++m_generation; // no answer to an earlier filter run lands any more
        m_filterCancel->store(true);
        m_filterCancel = std::make_shared<std::atomic_bool>(false);
        m_sortCancel->store(true);
        m_sortCancel = std::make_shared<std::atomic_bool>(false);
        beginResetModel();
        m_page.clear();
        m_index.reset();
        m_rows.clear();
        m_orders.clear();
        m_pendingChanges.clear();
        endResetModel();
        m_total = 0;
        m_recentChanges.clear();
        m_matches = 0;
        fetchFirstPage();
    }
    // Phase 2: the whole fleet into memory, on the service's loader. Until it arrives, a
    // KeepShowing reload goes on showing (and filtering) the index it has. Changes made from
    // now on may be missing from what it loads: they are kept to apply to it.
    m_recentChanges.clear();
    m_indexRequest = m_service.loadDirectory();
}

void TenantDirectoryModel::fetchFirstPage()
{
    // Phase 1: the first page of the current filter and order, straight from the database.
    TenantQuery query;
    query.limit = kFirstPage;
    query.sort = sortKey();
    query.order = m_sortOrder;
    query.filter.search = m_filter.search;
    const Catalog &catalog = m_service.catalog();
    if (m_filter.tier >= 0 && m_filter.tier < catalog.tiers().size())
        query.filter.tier = catalog.tiers().at(m_filter.tier).name;
    if (m_filter.status >= 0)
        query.filter.status = TenantStatus(m_filter.status);
    if (m_filter.region >= 0 && m_filter.region < catalog.regions().size())
        query.filter.region = catalog.regions().at(m_filter.region).id;
    m_pageRequest = m_service.fetch(query);
}

void TenantDirectoryModel::onFetched(quint64 request, const QList<Tenant> &tenants, qint64 total)
{
    if (request != m_pageRequest)
        return;
    m_pageRequest = 0;
    if (m_index)
        return; // the index came first
    beginResetModel();
    m_page = tenants;
    endResetModel();
    m_matches = total;
    const bool unfiltered = m_filter == TenantIndex::Filter {};
    if (unfiltered)
        m_total = total;
    Q_EMIT countsChanged(m_matches, m_total);
}

void TenantDirectoryModel::onDirectoryLoaded(quint64 request,
                                             const std::shared_ptr<TenantIndex> &index)
{
    if (request != m_indexRequest)
        return;
    m_indexRequest = 0;
    m_pageRequest = 0; // a late first page is no longer wanted
    // Changes made while it loaded (on another connection) may be older in it than here.
    for (const Tenant &t : std::as_const(m_recentChanges))
        index->applyChange(t.id, statusId(t.status), t.version, toIsoUtc(t.updatedAt), t.tier);
    m_recentChanges.clear();
    m_pendingChanges.clear();
    m_filterCancel->store(true);
    m_filterCancel = std::make_shared<std::atomic_bool>(false);
    m_sortCancel->store(true);
    m_sortCancel = std::make_shared<std::atomic_bool>(false);
    ++m_generation;
    m_total = index->size();
    std::vector<int> identity(size_t(index->size()));
    for (size_t i = 0; i < identity.size(); ++i)
        identity[i] = int(i);
    auto nameOrder = std::make_shared<const std::vector<int>>(std::move(identity));

    const bool sameStart = !m_index && sortKey() == TenantSortKey::Name
        && m_filter == TenantIndex::Filter {} && m_sortOrder == Qt::AscendingOrder;
    if (sameStart && !m_page.isEmpty() && index->size() >= m_page.size()) {
        // The first page is exactly the index's first rows: add the rest below it, so the
        // view keeps its scroll position and selection.
        bool same = true;
        for (qsizetype i = 0; i < m_page.size() && same; ++i)
            same = index->row(int(i)).id == m_page.at(i).id;
        if (same) {
            std::vector<int> rows = *nameOrder;
            const int first = int(m_page.size());
            const bool more = qsizetype(rows.size()) > first;
            if (more)
                beginInsertRows({}, first, int(rows.size()) - 1);
            m_index = index;
            m_orders.clear();
            m_orders.insert(int(TenantSortKey::Name), nameOrder);
            m_rows = std::move(rows);
            m_page.clear();
            if (more)
                endInsertRows();
            Q_EMIT dataChanged(this->index(0, 0), this->index(first - 1, ColumnCount - 1));
            m_shownGeneration = m_generation;
            m_matches = qint64(m_rows.size());
            Q_EMIT countsChanged(m_matches, m_total);
            Q_EMIT loaded();
            computeSortOrders({TenantSortKey::Updated, TenantSortKey::Tier, TenantSortKey::Status,
                               TenantSortKey::Region, TenantSortKey::Id, TenantSortKey::Owner});
            return;
        }
    }
    // Another filter or order, or a reload: the new index replaces what is shown.
    beginResetModel();
    m_index = index;
    m_orders.clear();
    m_orders.insert(int(TenantSortKey::Name), nameOrder);
    m_page.clear();
    m_rows.clear();
    endResetModel();
    refilter();
    Q_EMIT loaded();
    computeSortOrders({TenantSortKey::Updated, TenantSortKey::Tier, TenantSortKey::Status,
                       TenantSortKey::Region, TenantSortKey::Id, TenantSortKey::Owner});
}

void TenantDirectoryModel::onFailed(quint64 request, const Error &error)
{
    if (request != m_pageRequest && request != m_indexRequest)
        return;
    if (request == m_pageRequest)
        m_pageRequest = 0;
    else
        m_indexRequest = 0;
    if (error.code == ErrorCode::Cancelled)
        return; // superseded (another database was opened): its own load follows
    Q_EMIT loadFailed(error.message);
}

void TenantDirectoryModel::computeSortOrders(QList<TenantSortKey> keys)
{
    // The sort orders, one after the other on a worker, so a click on a header later is
    // instant. The index is read under its lock; answers go through qApp (which outlives the
    // model) and land only if the model and its index are still the same.
    auto index = m_index;
    auto cancel = m_sortCancel;
    QPointer<TenantDirectoryModel> self(this);
    QThreadPool::globalInstance()->start([index, cancel, self, keys] {
        for (TenantSortKey key : keys) {
            if (cancel->load())
                return;
            std::vector<int> order;
            {
                QReadLocker locker(&index->lock());
                order = index->sortOrder(key);
            }
            auto shared = std::make_shared<const std::vector<int>>(std::move(order));
            QMetaObject::invokeMethod(qApp, [self, index, key, shared, cancel] {
                if (!self || self->m_index != index || cancel->load())
                    return;
                const bool wanted = !self->m_orders.contains(int(key)) && self->sortKey() == key;
                self->m_orders.insert(int(key), shared);
                if (wanted)
                    self->refilter(); // the header was clicked while this was computed
            });
        }
    });
}

void TenantDirectoryModel::setFilter(const TenantIndex::Filter &filter)
{
    if (filter == m_filter)
        return;
    const TenantIndex::Filter previous = m_filter;
    m_filter = filter;
    if (m_index && m_generation == m_shownGeneration && qsizetype(m_rows.size()) <= kNarrowLimit
        && TenantIndex::narrows(previous, filter)) {
        // One more letter typed (or a filter added): only the rows shown can still match, and
        // there are few enough to look at here.
        showRows(m_index->narrow(filter, m_rows));
        return;
    }
    if (m_index)
        refilter();
    else if (m_indexRequest)
        fetchFirstPage(); // the fleet is still loading: ask the database meanwhile
    else
        reload();
}

void TenantDirectoryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_index) {
        if (m_indexRequest)
            fetchFirstPage();
        else if (m_service.isOpen())
            reload();
        // else: kept for when a database is open (a restored header state, say)
        return;
    }
    refilter(); // or, if this key's order is still being computed, when it arrives
}

void TenantDirectoryModel::refilter()
{
    m_filterCancel->store(true);
    m_filterCancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation; // what is shown no longer answers the filter
    const auto order = m_orders.value(int(sortKey()));
    if (!order)
        return; // being computed: computeSortOrders() refilters when it arrives
    if (m_index->size() <= m_syncLimit) {
        m_shownGeneration = generation;
        showRows(m_index->filter(m_filter, *order, m_sortOrder));
        return;
    }
    // A large fleet: filter on a worker; only the newest keystroke's answer is shown.
    auto index = m_index;
    auto cancel = m_filterCancel;
    const TenantIndex::Filter filter = m_filter;
    const Qt::SortOrder direction = m_sortOrder;
    QPointer<TenantDirectoryModel> self(this);
    QThreadPool::globalInstance()->start([=] {
        std::vector<int> rows;
        {
            QReadLocker locker(&index->lock());
            rows = index->filter(filter, *order, direction, cancel.get());
        }
        if (cancel->load())
            return;
        auto shared = std::make_shared<std::vector<int>>(std::move(rows));
        QMetaObject::invokeMethod(qApp, [self, index, generation, shared] {
            if (self && self->m_index == index && generation == self->m_generation) {
                self->m_shownGeneration = generation;
                self->showRows(std::move(*shared));
            }
        });
    });
}

void TenantDirectoryModel::showRows(std::vector<int> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    m_matches = qint64(m_rows.size());
    Q_EMIT countsChanged(m_matches, m_total);
}

const TenantSummary *TenantDirectoryModel::summary(int row) const
{
    if (!m_index || row < 0 || size_t(row) >= m_rows.size())
        return nullptr;
    return &m_index->row(m_rows[size_t(row)]);
}

int TenantDirectoryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_index ? int(m_rows.size()) : int(m_page.size());
}

int TenantDirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TenantDirectoryModel::tenantId(int row) const
{
    if (const TenantSummary *s = summary(row))
        return s->id;
    return (!m_index && row >= 0 && row < m_page.size()) ? m_page.at(row).id : QString();
}

const Tenant *TenantDirectoryModel::pendingChange(const QString &id) const
{
    for (const Tenant &t : m_pendingChanges) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

int TenantDirectoryModel::version(int row) const
{
    if (const TenantSummary *s = summary(row)) {
        if (const Tenant *t = m_pendingChanges.isEmpty() ? nullptr : pendingChange(s->id))
            return t->version;
        return s->version;
    }
    return (!m_index && row >= 0 && row < m_page.size()) ? m_page.at(row).version : 0;
}

QString TenantDirectoryModel::tier(int row) const
{
    if (const TenantSummary *s = summary(row)) {
        if (const Tenant *t = m_pendingChanges.isEmpty() ? nullptr : pendingChange(s->id))
            return t->tier;
        return m_index->tiers().value(s->tier);
    }
    return (!m_index && row >= 0 && row < m_page.size()) ? m_page.at(row).tier : QString();
}

TenantStatus TenantDirectoryModel::status(int row) const
{
    if (const TenantSummary *s = summary(row)) {
        if (const Tenant *t = m_pendingChanges.isEmpty() ? nullptr : pendingChange(s->id))
            return t->status;
        return TenantStatus(s->status);
    }
    return (!m_index && row >= 0 && row < m_page.size()) ? m_page.at(row).status
                                                         : TenantStatus::Pending;
}

int TenantDirectoryModel::rowOfTenant(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (tenantId(row) == id)
            return row;
    }
    return -1;
}

void TenantDirectoryModel::applyChange(const Tenant &tenant)
{
    if (m_indexRequest)
        m_recentChanges.insert(tenant.id, tenant);
    if (m_index) {
        const int indexRow
            = m_index->applyChange(tenant.id, statusId(tenant.status), tenant.version,
                                   toIsoUtc(tenant.updatedAt), tenant.tier);
        if (indexRow == -2) {
            // A worker is reading the index (a sort order, a large search): never wait for it
            // here; try again in a moment.
            m_pendingChanges.append(tenant);
            m_pendingTimer->start();
            // Shown (status(), version(), the row) from the pending change meanwhile.
            if (const int row = rowOfTenant(tenant.id); row >= 0)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
        if (indexRow < 0) {
            reload(Reload::KeepShowing); // a tenant the index does not know yet
            return;
        }
        // The orders by status and time moved: computed again in the background (rows do not
        // jump under the operator's eyes meanwhile).
        // Orders still being computed from before the change are dropped and computed again.
        m_sortCancel->store(true);
        m_sortCancel = std::make_shared<std::atomic_bool>(false);
        m_orders.remove(int(TenantSortKey::Status));
        m_orders.remove(int(TenantSortKey::Updated));
        m_orders.remove(int(TenantSortKey::Tier));
        QList<TenantSortKey> missing;
        for (TenantSortKey key :
             {TenantSortKey::Status, TenantSortKey::Updated, TenantSortKey::Tier,
              TenantSortKey::Region, TenantSortKey::Id, TenantSortKey::Owner}) {
            if (!m_orders.contains(int(key)))
                missing << key;
        }
        computeSortOrders(missing);
    } else {
        for (Tenant &t : m_page) {
            if (t.id == tenant.id)
                t = tenant;
        }
    }
    const int row = rowOfTenant(tenant.id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TenantDirectoryModel::applyPendingChanges()
{
    const QList<Tenant> changes = std::exchange(m_pendingChanges, {});
    m_pendingTimer->stop();
    for (const Tenant &t : changes)
        applyChange(t); // re-queues itself if the index is still busy
}

QVariant TenantDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    QString id, name, owner, updated, tier, region;
    TenantStatus status = TenantStatus::Pending;
    int version = 0;
    if (const TenantSummary *s = summary(row)) {
        id = s->id;
        name = s->name;
        owner = s->ownerEmail;
        updated = s->updatedAt;
        tier = s->tier < m_index->tiers().size() ? m_index->tiers().at(s->tier) : QString();
        region
            = s->region < m_index->regions().size() ? m_index->regions().at(s->region) : QString();
        status = TenantStatus(s->status);
        version = s->version;
        if (const Tenant *t = m_pendingChanges.isEmpty() ? nullptr : pendingChange(s->id)) {
            status = t->status;
            version = t->version;
            updated = toIsoUtc(t->updatedAt);
        }
    } else if (!m_index && row < m_page.size()) {
        const Tenant &t = m_page.at(row);
        id = t.id;
        name = t.name;
        owner = t.ownerEmail;
        updated = toIsoUtc(t.updatedAt);
        tier = t.tier;
        region = t.region;
        status = t.status;
        version = t.version;
    } else {
        return {};
    }

    switch (role) {
    case TenantIdRole:
        return id;
    case VersionRole:
        return version;
    case StatusRole:
        return int(status);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Id:
            return id;
        case Name:
            return name;
        case Tier:
            if (const Tenancy::Tier *t = m_service.catalog().tier(tier))
                return t->displayName;
            return tier;
        case Status:
            return statusLabel(status);
        case Region:
            return region;
        case Owner:
            return owner;
        case Updated:
            return formatTime(updated);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Region:
            if (const Tenancy::Region *r = m_service.catalog().region(region))
                return tr("%1 (%2, jurisdiction %3)").arg(r->displayName, r->id, r->jurisdiction);
            return region;
        case Updated:
            return updated;
        case Name:
        case Owner:
        case Id:
            return index.data(Qt::DisplayRole);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status
            && (status == TenantStatus::Failed || status == TenantStatus::Suspended
                || status == TenantStatus::Deleted)) {
            // Red or amber that reads on a light and on a dark base.
            const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
            const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
            const QColor amber = dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x9a, 0x5b, 0x00);
            return status == TenantStatus::Suspended ? amber : red;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TenantDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Tier:
        return tr("Tier");
    case Status:
        return tr("Status");
    case Region:
        return tr("Region");
    case Owner:
        return tr("Owner");
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace Tenancy::Ui
