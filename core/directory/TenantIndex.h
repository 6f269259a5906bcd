#pragma once

#include "model/Catalog.h"
#include "model/TenantQuery.h"

#include <QReadWriteLock>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace Tenancy {

// One tenant as the directory shows it: what a row needs, nothing more.
struct TenantSummary
{
    QString id;
    QString name;
    QString ownerEmail;
    QString updatedAt; // ISO 8601 UTC text: sorts as time, formatted only when shown
    int version = 0;
    std::uint8_t tier = 0; // index into TenantIndex::tiers()
    std::uint8_t status = 0; // TenantStatus
    std::uint8_t region = 0; // index into TenantIndex::regions()
};

// The whole fleet in memory, compact, for a directory that filters and sorts 100,000 tenants
// within a frame and 1,000,000 within 50 ms (off the GUI thread): struct-of-values rows in name
// order, small codes for tier/status/region, and one lowercased UTF-8 buffer of every row's
// "id\nname\nowner" that a search scans in one pass.
//
// Thread use: built on a worker, then owned by the GUI thread. Readers on other threads (a
// filter run for a large fleet) hold lock() for reading; the GUI thread takes it for writing
// when it applies a change (applyChange) and needs no lock to read.
class TenantIndex
{
public:
    // Rows may come in any order (a plain table scan is several times faster than reading
    // through the sort index); finish() puts them in name order.
    class Builder
    {
    public:
        explicit Builder(const Catalog &catalog);
        void reserve(qsizetype rows);
        // sortName and searchText are the store's precomputed keys (TenantRepository::
        // sortName(), searchText()): the lowercase name, and "id\nname\nowner" lowercased.
        void add(const QString &id, const QString &name, const QString &sortName,
                 const QString &searchText, const QString &tier, const QString &status,
                 const QString &region, const QString &ownerEmail, const QString &updatedAt,
                 int version);
        std::shared_ptr<TenantIndex> finish();

    private:
        std::shared_ptr<TenantIndex> m_index;
        std::vector<QString> m_sortNames;
        std::vector<QString> m_searchTexts;
    };

    struct Filter
    {
        QString search;
        int tier = -1; // -1: any
        int status = -1; // -1: any
        int region = -1; // -1: any
        bool operator==(const Filter &) const = default;
    };

    qsizetype size() const { return qsizetype(m_rows.size()); }
    const TenantSummary &row(int i) const { return m_rows[size_t(i)]; }
    const QStringList &tiers() const { return m_tiers; } // codes → tier names
    const QStringList &regions() const { return m_regions; } // codes → region ids
    int tierCode(const QString &tier) const { return int(m_tiers.indexOf(tier)); }
    int regionCode(const QString &region) const { return int(m_regions.indexOf(region)); }
    int rowOf(const QString &id) const;

    // The rows (indexes into row()) in the order of key. Name order is the identity; the others
    // are computed (O(n log n): a worker's job for large fleets).
    std::vector<int> sortOrder(TenantSortKey key) const;

    // Rows matching filter, in the given order (ascending through `order`, or descending).
    // cancel lets a newer keystroke stop a run that no longer matters (result then empty).
    // Large fleets are searched on several threads at once.
    std::vector<int> filter(const Filter &filter, const std::vector<int> &order,
                            Qt::SortOrder direction,
                            const std::atomic_bool *cancel = nullptr) const;
    // The rows of `candidates` (kept in their order) that match filter: for a filter that
    // narrows the one candidates came from (one more letter typed), this looks only at them.
    std::vector<int> narrow(const Filter &filter, const std::vector<int> &candidates) const;
    // Whether every row matching `next` also matches `previous` (so narrow() may be used).
    static bool narrows(const Filter &previous, const Filter &next);
    // The first `limit` rows in name order matching filter, stopping as soon as there are
    // enough (the command palette's lookup).
    std::vector<int> firstMatches(const Filter &filter, int limit) const;

    // A tenant changed (status, version, time, and its tier when given): patched in place
    // unless the row already has this version or a later one. Returns its row, -1 when the
    // index does not hold it (a new tenant: reload the index), or -2 when a worker is reading
    // it right now (try again shortly: the GUI thread never waits for the lock). GUI thread
    // only.
    int applyChange(const QString &id, const QString &status, int version, const QString &updatedAt,
                    const QString &tier = {});

    QReadWriteLock &lock() const { return m_lock; }

private:
    TenantIndex() = default;
    bool rowMatches(int row, const QByteArray &needle, const Filter &filter) const;
    // Marks in hit[] the rows in [firstRow, endRow) whose text contains needle.
    void search(const QByteArray &needle, size_t firstRow, size_t endRow,
                std::vector<std::uint8_t> &hit, const std::atomic_bool *cancel) const;
    int code(QStringList &table, const QString &value);

    std::vector<TenantSummary> m_rows;
    QStringList m_tiers;
    QStringList m_regions;
    QByteArray m_text; // "row0\0row1\0…", lowercased UTF-8
    std::vector<std::uint32_t> m_starts; // m_starts[i]: where row i's text begins; one extra end
    mutable QReadWriteLock m_lock;
};

} // namespace Tenancy
