#include "UsageRepository.h"

#include <QScopeGuard>
#include <QSqlDriver>

#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

constexpr qint64 kHourMs = 3'600'000;
// Samples per INSERT on PostgreSQL (values inlined).
constexpr qsizetype kRowsPerInsert = 500;

constexpr char kUpsert[] = " ON CONFLICT (series_id, at) DO UPDATE SET value = excluded.value "
                           "WHERE usage_samples.value <> excluded.value";

// SQLite: one prepared statement, each sample bound through SQLite's API on the connection Qt's
// driver holds (inside the caller's transaction). Returns the rows inserted or changed.
Result<qint64> upsertSqlite(Database &db, qint64 seriesId, const QList<SeriesPoint> &samples)
{
    sqlite3 *connection = db.sqliteHandle();
    if (!connection)
        return Error::make(ErrorCode::Storage,
                           UsageRepository::tr("the SQLite driver gave no connection handle"));
    const QByteArray sql
        = QByteArray("INSERT INTO usage_samples (series_id, at, value) VALUES (?, ?, ?)") + kUpsert;
    sqlite3_stmt *statement = nullptr;
    const auto failed = [&](const char *what) {
        return Error::make(
            ErrorCode::Storage,
            UsageRepository::tr("storing usage samples failed (%1): %2")
                .arg(QLatin1StringView(what), QString::fromUtf8(sqlite3_errmsg(connection))));
    };
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &statement, nullptr)
        != SQLITE_OK)
        return failed("prepare");
    const auto finalize = qScopeGuard([&] { sqlite3_finalize(statement); });
    sqlite3_bind_int64(statement, 1, seriesId);
    qint64 changed = 0;
    for (const SeriesPoint &p : samples) {
        sqlite3_bind_int64(statement, 2, p.at);
        sqlite3_bind_double(statement, 3, p.value);
        if (sqlite3_step(statement) != SQLITE_DONE)
            return failed("insert");
        changed += sqlite3_changes(connection);
        sqlite3_reset(statement);
    }
    return changed;
}

} // namespace

Result<std::optional<qint64>> UsageRepository::series(const QString &tenantId,
                                                      const QString &metric, bool create)
{
    const QString select = u"SELECT id FROM usage_series WHERE tenant_id = ? AND metric = ?"_s;
    auto row = m_db.readRow(select, {tenantId, metric});
    if (!row)
        return row.error();
    if (!row->isEmpty())
        return std::optional<qint64>(row->at(0).toLongLong());
    if (!create)
        return std::optional<qint64>();
    auto inserted
        = m_db.readRow(u"INSERT INTO usage_series (tenant_id, metric) VALUES (?, ?) RETURNING id"_s,
                       {tenantId, metric});
    if (!inserted)
        return inserted.error();
    if (inserted->isEmpty())
        return Error::make(ErrorCode::Storage, tr("a usage series was not created"));
    return std::optional<qint64>(inserted->at(0).toLongLong());
}

Result<QStringList> UsageRepository::metrics(const QString &tenantId)
{
    auto q = m_db.exec(u"SELECT metric FROM usage_series WHERE tenant_id = ? ORDER BY metric"_s,
                       {tenantId});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QStringList> UsageRepository::tenantsWithUsage()
{
    auto q = m_db.exec(u"SELECT DISTINCT tenant_id FROM usage_series ORDER BY tenant_id"_s);
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<qint64> UsageRepository::store(qint64 seriesId, const QList<SeriesPoint> &samples)
{
    if (samples.isEmpty())
        return qint64(0);
    qint64 first = samples.first().at, last = first;
    for (const SeriesPoint &p : samples) {
        first = std::min(first, p.at);
        last = std::max(last, p.at);
    }
    qint64 changed = 0;
    if (m_db.backend() == Backend::Sqlite) {
        auto upserted = upsertSqlite(m_db, seriesId, samples);
        if (!upserted)
            return upserted.error();
        changed = *upserted;
    } else {
        // PostgreSQL: values inlined (see Database::exec), many rows a statement.
        QString fullSql; // the statement for a whole chunk, built once
        for (qsizetype start = 0; start < samples.size(); start += kRowsPerInsert) {
            const qsizetype n = std::min(kRowsPerInsert, samples.size() - start);
            QString partial;
            QString &sql = n == kRowsPerInsert ? fullSql : partial;
            if (sql.isEmpty()) {
                sql = u"INSERT INTO usage_samples (series_id, at, value) VALUES "_s;
                sql.reserve(sql.size() + n * 8 + 120);
                for (qsizetype i = 0; i < n; ++i)
                    sql += i == 0 ? u"(?,?,?)"_s : u",(?,?,?)"_s;
                sql += QLatin1StringView(kUpsert);
            }
            QVariantList values;
            values.reserve(n * 3);
            for (qsizetype i = start; i < start + n; ++i)
                values << seriesId << samples.at(i).at << samples.at(i).value;
            auto q = m_db.exec(sql, values);
            if (!q)
                return q.error();
            changed += std::max(0, q->numRowsAffected());
        }
    }
    if (changed == 0)
        return changed;
    // The hours the samples fall in, recomputed whole.
    const qint64 from = first - first % kHourMs;
    const qint64 to = last - last % kHourMs + kHourMs;
    auto rolled = m_db.exec(
        u"INSERT INTO usage_hourly (series_id, hour, samples, total, peak, latest_at, latest) "
        "SELECT series_id, at - at % 3600000, count(*), sum(value), max(value), max(at), 0 "
        "FROM usage_samples WHERE series_id = ? AND at >= ? AND at < ? "
        "GROUP BY series_id, at - at % 3600000 "
        "ON CONFLICT (series_id, hour) DO UPDATE SET samples = excluded.samples, "
        "total = excluded.total, peak = excluded.peak, latest_at = excluded.latest_at"_s,
        {seriesId, from, to});
    if (!rolled)
        return rolled.error();
    auto latest
        = m_db.exec(u"UPDATE usage_hourly SET latest = (SELECT s.value FROM usage_samples s "
                    "WHERE s.series_id = usage_hourly.series_id AND s.at = usage_hourly.latest_at) "
                    "WHERE series_id = ? AND hour >= ? AND hour < ?"_s,
                    {seriesId, from, to});
    if (!latest)
        return latest.error();
    return changed;
}

Result<QList<UsageBucket>> UsageRepository::hours(qint64 seriesId, qint64 from, qint64 to)
{
    auto q = m_db.exec(u"SELECT hour, samples, total, peak, latest_at, latest FROM usage_hourly "
                       "WHERE series_id = ? AND hour >= ? AND hour < ? ORDER BY hour"_s,
                       {seriesId, from, to});
    if (!q)
        return q.error();
    QList<UsageBucket> out;
    while (q->next()) {
        UsageBucket b;
        b.start = q->value(0).toLongLong();
        b.samples = q->value(1).toLongLong();
        b.sum = q->value(2).toDouble();
        b.max = q->value(3).toDouble();
        b.latestAt = q->value(4).toLongLong();
        b.latest = q->value(5).toDouble();
        out.append(b);
    }
    return out;
}

Result<QList<SeriesPoint>> UsageRepository::samples(qint64 seriesId, qint64 from, qint64 to)
{
    auto q = m_db.exec(u"SELECT at, value FROM usage_samples WHERE series_id = ? AND at >= ? "
                       "AND at < ? ORDER BY at"_s,
                       {seriesId, from, to});
    if (!q)
        return q.error();
    QList<SeriesPoint> out;
    while (q->next())
        out.append(SeriesPoint {q->value(0).toLongLong(), q->value(1).toDouble()});
    return out;
}

Result<qint64> UsageRepository::sampleCount(qint64 seriesId, qint64 from, qint64 to)
{
    // Whole hours from the roll-ups; the partial hours at either end are counted as whole,
    // which is what a caller choosing between samples and hours needs.
    auto row = m_db.readRow(u"SELECT COALESCE(sum(samples), 0) FROM usage_hourly "
                            "WHERE series_id = ? AND hour >= ? AND hour < ?"_s,
                            {seriesId, from - from % kHourMs, to});
    if (!row)
        return row.error();
    return row->isEmpty() ? qint64(0) : row->at(0).toLongLong();
}

Result<std::optional<SeriesPoint>> UsageRepository::latestAtOrBefore(qint64 seriesId, qint64 at)
{
    auto row = m_db.readRow(u"SELECT at, value FROM usage_samples WHERE series_id = ? AND at <= ? "
                            "ORDER BY at DESC LIMIT 1"_s,
                            {seriesId, at});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return std::optional<SeriesPoint>();
    return std::optional<SeriesPoint>(SeriesPoint {row->at(0).toLongLong(), row->at(1).toDouble()});
}

} // namespace Tenancy
