#pragma once

#include "directory/TenantIndex.h"
#include "model/Result.h"
#include "model/Tenant.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <atomic>
#include <memory>
#include <vector>

class QTimer;

namespace Tenancy {
class TenantService;
}

namespace Tenancy::Ui {

// The tenant directory as a table. Two phases, so the first rows paint at once and 100,000
// tenants then filter within a frame:
//  1. while the fleet loads, the first page comes straight from the database (one query);
//  2. once TenantService delivers the TenantIndex, every row, filter and sort is served from
//     memory. Filtering runs on the GUI thread when it is cheap (up to kSyncLimit tenants) and
//     on a worker above that; sort orders are computed on a worker.
// The model never holds the fleet as items: rows are indexes into the TenantIndex.
class TenantDirectoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Tier, Status, Region, Owner, Updated, ColumnCount };
    enum Role { TenantIdRole = Qt::UserRole + 1, VersionRole, StatusRole };
    static constexpr qsizetype kSyncLimit = 300'000;
    static constexpr qsizetype kNarrowLimit = 100'000; // rows re-checked on the GUI thread
    static constexpr int kFirstPage = 200;

    explicit TenantDirectoryModel(TenantService &service, QObject *parent = nullptr);
    ~TenantDirectoryModel() override;

    enum class Reload {
        Fresh, // another database: forget what is shown
        KeepShowing, // the same database (F5, a new tenant): show the old rows until the new load
    };
    void reload(Reload how = Reload::Fresh);
    void setFilter(const TenantIndex::Filter &filter);
    const TenantIndex::Filter &filter() const { return m_filter; }

    qint64 totalCount() const { return m_total; } // the whole fleet
    qint64 matchCount() const { return m_matches; } // rows the filter matches
    bool isLoaded() const { return m_index != nullptr; } // phase 2
    bool isLoading() const { return m_indexRequest != 0; }
    // Every column's sort order is computed (in the background after loading).
    bool sortOrdersReady() const { return m_orders.size() >= 7; }
    std::shared_ptr<const TenantIndex> directoryIndex() const { return m_index; }
    // Tests: filter large fleets on a worker from this size on (default kSyncLimit).
    void setSyncLimit(qsizetype rows) { m_syncLimit = rows; }

    QString tenantId(int row) const;
    int version(int row) const;
    TenantStatus status(int row) const;
    QString tier(int row) const;
    int rowOfTenant(const QString &id) const;
    // A tenant changed (after suspend/reactivate): its row updates in place.
    void applyChange(const Tenant &tenant);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString statusLabel(TenantStatus status);

Q_SIGNALS:
    void countsChanged(qint64 matches, qint64 total);
    void loaded(); // phase 2 reached
    void loadFailed(const QString &message);

private:
    void onFetched(quint64 request, const QList<Tenancy::Tenant> &tenants, qint64 total);
    void onDirectoryLoaded(quint64 request, const std::shared_ptr<Tenancy::TenantIndex> &index);
    void onFailed(quint64 request, const Tenancy::Error &error);
    void fetchFirstPage();
    void refilter();
    void showRows(std::vector<int> rows);
    void computeSortOrders(QList<TenantSortKey> keys);
    void applyPendingChanges();
    TenantSortKey sortKey() const;
    const Tenant *pendingChange(const QString &id) const;
    const TenantSummary *summary(int row) const;

    TenantService &m_service;
    // Phase 1
    QList<Tenant> m_page;
    quint64 m_pageRequest = 0;
    // Phase 2
    std::shared_ptr<TenantIndex> m_index;
    quint64 m_indexRequest = 0;
    std::vector<int> m_rows; // what is shown: indexes into m_index
    QHash<int, std::shared_ptr<const std::vector<int>>> m_orders; // TenantSortKey → rows
    TenantIndex::Filter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_total = 0;
    qint64 m_matches = 0;
    qsizetype m_syncLimit = kSyncLimit;
    // Background filtering of a large fleet: only the newest run may land.
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0; // m_rows answer the filter of this generation
    std::shared_ptr<std::atomic_bool> m_filterCancel;
    std::shared_ptr<std::atomic_bool> m_sortCancel; // the sort orders' own: a keystroke
                                                    // must not cancel them
    // Changes that met a worker reading the index: applied when it is free.
    QList<Tenant> m_pendingChanges;
    QTimer *m_pendingTimer = nullptr;
    // Changes applied since the directory load in flight was asked for: that load (on its own
    // connection) may not have them, so they are applied to it when it lands.
    QHash<QString, Tenant> m_recentChanges;
};

} // namespace Tenancy::Ui
