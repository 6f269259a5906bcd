#include "TenantIndex.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <thread>

using namespace Qt::StringLiterals;

namespace Tenancy {

TenantIndex::Builder::Builder(const Catalog &catalog)
    : m_index(new TenantIndex)
{
    m_index->m_tiers = catalog.tierNames();
    for (const Region &r : catalog.regions())
        m_index->m_regions << r.id;
}

void TenantIndex::Builder::reserve(qsizetype rows)
{
    m_index->m_rows.reserve(size_t(rows));
    m_sortNames.reserve(size_t(rows));
    m_searchTexts.reserve(size_t(rows));
}

int TenantIndex::code(QStringList &table, const QString &value)
{
    qsizetype i = table.indexOf(value);
    if (i < 0) {
        if (table.size() >= 255)
            return 255; // more distinct values than a code holds: shown, not filterable
        table.append(value);
        i = table.size() - 1;
    }
    return int(i);
}

namespace {

std::uint8_t statusCode(const QString &status)
{
    static const QStringList ids = [] {
        QStringList list;
        for (TenantStatus s : allStatuses())
            list << statusId(s);
        return list;
    }();
    const qsizetype i = ids.indexOf(status);
    return std::uint8_t(i < 0 ? int(TenantStatus::Pending) : int(allStatuses().at(i)));
}

} // namespace

void TenantIndex::Builder::add(const QString &id, const QString &name, const QString &sortName,
                               const QString &searchText, const QString &tier,
                               const QString &status, const QString &region,
                               const QString &ownerEmail, const QString &updatedAt, int version)
{
    TenantIndex &x = *m_index;
    TenantSummary s;
    s.id = id;
    s.name = name;
    s.ownerEmail = ownerEmail;
    s.updatedAt = updatedAt;
    s.version = version;
    s.tier = std::uint8_t(x.code(x.m_tiers, tier));
    s.status = statusCode(status);
    s.region = std::uint8_t(x.code(x.m_regions, region));
    x.m_rows.push_back(std::move(s));
    m_sortNames.push_back(sortName);
    m_searchTexts.push_back(searchText);
}

std::shared_ptr<TenantIndex> TenantIndex::Builder::finish()
{
    TenantIndex &x = *m_index;
    const size_t n = x.m_rows.size();
    // Name order, as the store sorts: the lowercase name, then the id.
    std::vector<int> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = QString::compare(m_sortNames[size_t(a)], m_sortNames[size_t(b)]);
        return c != 0 ? c < 0 : x.m_rows[size_t(a)].id < x.m_rows[size_t(b)].id;
    });
    std::vector<TenantSummary> sorted;
    sorted.reserve(n);
    x.m_starts.reserve(n + 1);
    x.m_text.reserve(qsizetype(n) * 64);
    for (int i : order) {
        sorted.push_back(std::move(x.m_rows[size_t(i)]));
        x.m_starts.push_back(std::uint32_t(x.m_text.size()));
        x.m_text.append(m_searchTexts[size_t(i)].toUtf8());
        x.m_text.append('\0');
    }
    x.m_rows = std::move(sorted);
    m_sortNames.clear();
    m_searchTexts.clear();
    x.m_starts.push_back(std::uint32_t(x.m_text.size()));
    x.m_text.squeeze();
    return std::move(m_index);
}

int TenantIndex::rowOf(const QString &id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

std::vector<int> TenantIndex::sortOrder(TenantSortKey key) const
{
    std::vector<int> order(m_rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    if (key == TenantSortKey::Name)
        return order; // rows are in name order already
    auto by = [&](auto less) {
        // Stable: equal keys keep name order, which is the natural tie-break.
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return less(m_rows[size_t(a)], m_rows[size_t(b)]); });
    };
    switch (key) {
    case TenantSortKey::Name:
        break;
    case TenantSortKey::Id:
        by([](const TenantSummary &a, const TenantSummary &b) { return a.id < b.id; });
        break;
    case TenantSortKey::Tier:
        by([](const TenantSummary &a, const TenantSummary &b) { return a.tier < b.tier; });
        break;
    case TenantSortKey::Status:
        by([](const TenantSummary &a, const TenantSummary &b) {
            return statusId(TenantStatus(a.status)) < statusId(TenantStatus(b.status));
        });
        break;
    case TenantSortKey::Region: {
        // By region id, not by code (codes are in first-seen order).
        std::vector<int> rank(m_regions.size() + 1);
        QStringList sorted = m_regions;
        sorted.sort();
        for (qsizetype i = 0; i < m_regions.size(); ++i)
            rank[size_t(i)] = int(sorted.indexOf(m_regions[i]));
        rank.back() = int(rank.size());
        by([&](const TenantSummary &a, const TenantSummary &b) {
            return rank[std::min<size_t>(a.region, rank.size() - 1)]
                < rank[std::min<size_t>(b.region, rank.size() - 1)];
        });
        break;
    }
    case TenantSortKey::Owner:
        by([](const TenantSummary &a, const TenantSummary &b) {
            return a.ownerEmail < b.ownerEmail;
        });
        break;
    case TenantSortKey::Created: // not kept in the directory: name order
        break;
    case TenantSortKey::Updated:
        by([](const TenantSummary &a, const TenantSummary &b) {
            return a.updatedAt < b.updatedAt;
        });
        break;
    }
    return order;
}

void TenantIndex::search(const QByteArray &needle, size_t firstRow, size_t endRow,
                         std::vector<std::uint8_t> &hit, const std::atomic_bool *cancel) const
{
    // memmem over the rows' text in slices of about 1 MB (cut at row starts: a match never
    // spans rows, their texts are separated by '\0'), so a newer keystroke can stop a run
    // between slices. After a hit, on to the next row; the row of a hit is found by walking
    // forward from the last one (hits come in order), not by a search.
    constexpr std::uint32_t kSlice = 1u << 20;
    const char *base = m_text.constData();
    size_t row = firstRow;
    size_t sliceStart = firstRow;
    while (sliceStart < endRow) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return;
        size_t sliceEnd = sliceStart + 1;
        while (sliceEnd < endRow && m_starts[sliceEnd] - m_starts[sliceStart] < kSlice)
            ++sliceEnd;
        const char *p = base + m_starts[sliceStart];
        const char *end = base + m_starts[sliceEnd];
        row = sliceStart;
        while (p < end) {
            const void *found
                = memmem(p, size_t(end - p), needle.constData(), size_t(needle.size()));
            if (!found)
                break;
            const auto offset = std::uint32_t(static_cast<const char *>(found) - base);
            while (m_starts[row + 1] <= offset)
                ++row;
            hit[row] = 1;
            p = base + m_starts[row + 1];
        }
        sliceStart = sliceEnd;
    }
}

std::vector<int> TenantIndex::filter(const Filter &f, const std::vector<int> &order,
                                     Qt::SortOrder direction, const std::atomic_bool *cancel) const
{
    const size_t n = m_rows.size();
    // 1. The search marks the rows it hits; a large fleet is cut into slices searched at once.
    std::vector<std::uint8_t> hit;
    const QByteArray needle = f.search.trimmed().toLower().toUtf8().replace('\0', "");
    const bool searching = !needle.isEmpty();
    if (searching) {
        hit.assign(n, 0);
        const size_t threads
            = n < 200'000 ? 1 : std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
        std::vector<std::thread> helpers;
        for (size_t t = 1; t < threads; ++t) {
            const size_t first = n * t / threads;
            const size_t endRow = n * (t + 1) / threads;
            helpers.emplace_back(
                [&, first, endRow] { search(needle, first, endRow, hit, cancel); });
        }
        search(needle, 0, n / threads, hit, cancel);
        for (std::thread &helper : helpers)
            helper.join();
        if (cancel && cancel->load())
            return {};
    }
    // 2. Walk the requested order, keeping the rows that pass every filter.
    std::vector<int> result;
    result.reserve(searching ? 1024 : n);
    auto keep = [&](int i) {
        const TenantSummary &r = m_rows[size_t(i)];
        return (!searching || hit[size_t(i)]) && (f.tier < 0 || r.tier == f.tier)
            && (f.status < 0 || r.status == f.status) && (f.region < 0 || r.region == f.region);
    };
    if (direction == Qt::AscendingOrder) {
        for (int i : order) {
            if (keep(i))
                result.push_back(i);
        }
    } else {
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            if (keep(*it))
                result.push_back(*it);
        }
    }
    return result;
}

bool TenantIndex::rowMatches(int row, const QByteArray &needle, const Filter &f) const
{
    const TenantSummary &r = m_rows[size_t(row)];
    if ((f.tier >= 0 && r.tier != f.tier) || (f.status >= 0 && r.status != f.status)
        || (f.region >= 0 && r.region != f.region))
        return false;
    if (needle.isEmpty())
        return true;
    const char *begin = m_text.constData() + m_starts[size_t(row)];
    const size_t length = m_starts[size_t(row) + 1] - m_starts[size_t(row)];
    return memmem(begin, length, needle.constData(), size_t(needle.size())) != nullptr;
}

std::vector<int> TenantIndex::narrow(const Filter &f, const std::vector<int> &candidates) const
{
    const QByteArray needle = f.search.trimmed().toLower().toUtf8().replace('\0', "");
    std::vector<int> result;
    result.reserve(candidates.size());
    for (int row : candidates) {
        if (rowMatches(row, needle, f))
            result.push_back(row);
    }
    return result;
}

std::vector<int> TenantIndex::firstMatches(const Filter &f, int limit) const
{
    const QByteArray needle = f.search.trimmed().toLower().toUtf8().replace('\0', "");
    std::vector<int> result;
    for (int row = 0; row < int(m_rows.size()) && int(result.size()) < limit; ++row) {
        if (rowMatches(row, needle, f))
            result.push_back(row);
    }
    return result;
}

bool TenantIndex::narrows(const Filter &previous, const Filter &next)
{
    auto narrower = [](int before, int after) {
        return before < 0 || before == after;
    };
    return narrower(previous.tier, next.tier) && narrower(previous.status, next.status)
        && narrower(previous.region, next.region)
        && next.search.trimmed().toLower().contains(previous.search.trimmed().toLower());
}

int TenantIndex::applyChange(const QString &id, const QString &status, int version,
                             const QString &updatedAt, const QString &tier)
{
    const int i = rowOf(id);
    if (i < 0)
        return -1;
    const qsizetype tierCode = tier.isEmpty() ? -1 : m_tiers.indexOf(tier);
    if (!tier.isEmpty() && tierCode < 0)
        return -1; // a tier the index has no code for: load it again
    if (!m_lock.tryLockForWrite())
        return -2;
    TenantSummary &r = m_rows[size_t(i)];
    if (version <= r.version) { // the index already shows this change or a later one
        m_lock.unlock();
        return i;
    }
    r.status = std::uint8_t(int(statusFromId(status).value_or(TenantStatus(r.status))));
    r.version = version;
    r.updatedAt = updatedAt;
    if (tierCode >= 0)
        r.tier = std::uint8_t(tierCode);
    m_lock.unlock();
    return i;
}

} // namespace Tenancy
