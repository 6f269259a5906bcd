#include "AuditLog.h"

#include "model/Tenant.h"

#include <QJsonDocument>
#include <QMutex>
#include <QScopeGuard>
#include <QSysInfo>
#include <QThread>
#include <QWaitCondition>

#include <array>
#include <atomic>
#include <deque>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

// pg_advisory_xact_lock key the appends take turns on (serialiseSchemaChanges uses another).
constexpr qint64 kAppendLock = 83626291;
// Rows per page when reading the log from PostgreSQL.
constexpr int kPostgresPage = 20000;

constexpr char kColumns[] = "seq, prev_hash, hash, at, operator, role, action, tenant_id, target, "
                            "before_json, after_json, reason, client_host";

// Columns that hold NULL rather than '' when there is nothing: no tenant, no target, no
// document, no host.
bool nullWhenEmpty(int field)
{
    return field == AuditChain::TenantId || field == AuditChain::Target
        || field == AuditChain::Before || field == AuditChain::After
        || field == AuditChain::ClientHost;
}

QString jsonText(const std::optional<QJsonObject> &object)
{
    if (!object)
        return {};
    return QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> fromJsonColumn(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
    return doc.object();
}

QByteArrayView view(const QByteArray &bytes, bool isNull)
{
    return isNull ? QByteArrayView() : QByteArrayView(bytes.constData(), bytes.size());
}

Error verifyCancelled()
{
    return Error::make(ErrorCode::Cancelled, AuditLog::tr("verification stopped"));
}

// Verification's pipeline: the reading thread copies rows into batches, a second thread
// hashes and checks them, so that reading (most of the time) and hashing overlap. Batches go
// back to be refilled, so their memory is touched once.
class RowBatches
{
public:
    struct Stored
    {
        qint64 seq = 0;
        // prev, hash, then the fields: where in bytes, and how long (-1: NULL).
        std::array<qsizetype, 2 + AuditChain::FieldCount> at {};
        std::array<qsizetype, 2 + AuditChain::FieldCount> length {};
    };
    struct Batch
    {
        QByteArray bytes;
        std::vector<Stored> rows;
    };
    static constexpr size_t kRows = 2048;
    static constexpr size_t kInFlight = 4;

    // Reading side.
    Batch take()
    {
        QMutexLocker lock(&m_mutex);
        while (m_free.empty() && m_made >= kInFlight + 2 && !m_stopped)
            m_refilled.wait(&m_mutex);
        if (m_free.empty()) {
            ++m_made;
            Batch b;
            b.bytes.reserve(kRows * 700);
            b.rows.reserve(kRows);
            return b;
        }
        Batch b = std::move(m_free.back());
        m_free.pop_back();
        b.bytes.resize(0);
        b.rows.clear();
        return b;
    }
    static void add(Batch &batch, const AuditChain::Row &row)
    {
        Stored stored;
        stored.seq = row.seq;
        const auto keep = [&](int i, QByteArrayView value) {
            stored.at[i] = batch.bytes.size();
            stored.length[i] = value.data() ? value.size() : -1;
            if (value.data())
                batch.bytes.append(value);
        };
        keep(0, row.prevHash);
        keep(1, row.hash);
        for (int f = 0; f < AuditChain::FieldCount; ++f)
            keep(2 + f, row.fields[f]);
        batch.rows.push_back(stored);
    }
    // False once the checking side has stopped (damage found): no more rows are needed.
    bool push(Batch &&batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_full.size() >= kInFlight && !m_stopped)
            m_refilled.wait(&m_mutex);
        if (m_stopped)
            return false;
        m_full.push_back(std::move(batch));
        m_filled.wakeOne();
        return true;
    }
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_filled.wakeAll();
    }
    bool stopped()
    {
        QMutexLocker lock(&m_mutex);
        return m_stopped;
    }

    // Checking side: each row, in order, until check says stop or the rows end.
    void consume(const std::function<bool(const AuditChain::Row &)> &check)
    {
        AuditChain::Row row;
        for (;;) {
            Batch batch;
            {
                QMutexLocker lock(&m_mutex);
                while (m_full.empty() && !m_closed)
                    m_filled.wait(&m_mutex);
                if (m_full.empty())
                    return;
                batch = std::move(m_full.front());
                m_full.pop_front();
                m_refilled.wakeAll();
            }
            const char *base = batch.bytes.constData();
            const auto view = [&](const Stored &s, int i) {
                return s.length[i] < 0 ? QByteArrayView()
                                       : QByteArrayView(base + s.at[i], s.length[i]);
            };
            for (const Stored &s : batch.rows) {
                row.seq = s.seq;
                row.prevHash = view(s, 0);
                row.hash = view(s, 1);
                for (int f = 0; f < AuditChain::FieldCount; ++f)
                    row.fields[f] = view(s, 2 + f);
                if (!check(row)) {
                    QMutexLocker lock(&m_mutex);
                    m_stopped = true;
                    m_refilled.wakeAll();
                    return;
                }
            }
            QMutexLocker lock(&m_mutex);
            m_free.push_back(std::move(batch));
            m_refilled.wakeAll();
        }
    }

private:
    QMutex m_mutex;
    QWaitCondition m_filled; // a batch to check, or the end
    QWaitCondition m_refilled; // room in the queue, a batch to refill, or a stop
    std::deque<Batch> m_full;
    std::vector<Batch> m_free;
    size_t m_made = 0;
    bool m_closed = false;
    bool m_stopped = false;
};

} // namespace

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject {
        {u"seq"_s, seq},
        {u"at"_s, toIsoUtc(at)},
        {u"operator"_s, operatorName},
        {u"role"_s, role},
        {u"action"_s, action},
        {u"tenant_id"_s, tenantId.isEmpty() ? QJsonValue() : QJsonValue(tenantId)},
        {u"target"_s, target.isEmpty() ? QJsonValue() : QJsonValue(target)},
        {u"before"_s, before ? QJsonValue(*before) : QJsonValue()},
        {u"after"_s, after ? QJsonValue(*after) : QJsonValue()},
        {u"reason"_s, reason},
        {u"client_host"_s, clientHost.isEmpty() ? QJsonValue() : QJsonValue(clientHost)},
        {u"prev_hash"_s, prevHash},
        {u"hash"_s, hash},
    };
}

QByteArray AuditSeal::signedText() const
{
    return "tenancy-audit-seal/1\nseq=" + QByteArray::number(seq) + "\nhash=" + hash.toLatin1()
        + "\nentries=" + QByteArray::number(entries) + "\nat=" + toIsoUtc(at).toUtf8()
        + "\nkind=" + kind.toUtf8() + "\n";
}

QJsonObject AuditSeal::toJson() const
{
    return QJsonObject {
        {u"at"_s, toIsoUtc(at)}, {u"operator"_s, operatorName},
        {u"kind"_s, kind},       {u"seq"_s, seq},
        {u"hash"_s, hash},       {u"entries"_s, entries},
        {u"key_id"_s, keyId},    {u"mac"_s, mac},
    };
}

QString AuditLog::keyIdOf(const QByteArray &key)
{
    AuditChain::Hasher hasher;
    return QString::fromLatin1(hasher.sha256Hex(key).first(16));
}

Result<std::pair<qint64, QByteArray>> AuditLog::head()
{
    auto row = m_db.readRow(u"SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1"_s);
    if (!row)
        return row.error();
    if (row->size() < 2) {
        // Empty: the chain goes on from the last checkpoint, if entries were purged.
        auto cp = m_db.readRow(u"SELECT seq, hash FROM audit_seals WHERE kind = 'checkpoint' "
                               "ORDER BY seq DESC LIMIT 1"_s);
        if (!cp)
            return cp.error();
        if (cp->size() >= 2)
            return std::pair<qint64, QByteArray> {cp->at(0).toLongLong(),
                                                  cp->at(1).toString().toLatin1()};
        return std::pair<qint64, QByteArray> {0, AuditChain::genesis().toByteArray()};
    }
    return std::pair<qint64, QByteArray> {row->at(0).toLongLong(),
                                          row->at(1).toString().toLatin1()};
}

Result<void> AuditLog::append(const AuditEntry &entry)
{
    if (!m_db.inTransaction())
        return m_db.write([&] { return append(entry); });
    // Take turns with every other writer until this transaction ends: the head read next stays
    // the head. (SQLite's BEGIN IMMEDIATE already excludes other writers.)
    if (m_db.backend() == Backend::Postgres) {
        if (auto r = m_db.queue(u"SELECT pg_advisory_xact_lock(?)"_s, {kAppendLock}); !r)
            return r;
    }
    auto last = head();
    if (!last)
        return last.error();
    const bool pg = m_db.backend() == Backend::Postgres;
    // What is stored, as it is stored: the hash covers these bytes.
    const QString texts[AuditChain::FieldCount] = {
        toIsoUtc(entry.at),
        // PostgreSQL: a trigger writes the login (migration 1), whoever the entry names.
        pg ? m_db.login() : entry.operatorName,
        entry.role,
        entry.action,
        entry.tenantId,
        entry.target,
        jsonText(entry.before),
        jsonText(entry.after),
        entry.reason.isNull() ? u""_s : entry.reason,
        entry.clientHost.isEmpty() ? QSysInfo::machineHostName() : entry.clientHost,
    };
    QByteArray bytes[AuditChain::FieldCount];
    AuditChain::Row row;
    row.seq = last->first + 1;
    row.prevHash = last->second;
    for (int f = 0; f < AuditChain::FieldCount; ++f) {
        bytes[f] = texts[f].toUtf8();
        const bool isNull = nullWhenEmpty(f) && texts[f].isEmpty();
        row.fields[f] = view(bytes[f], isNull);
    }
    AuditChain::Hasher hasher;
    const QString hash = QString::fromLatin1(hasher.hashOf(row));
    QVariantList values {row.seq, QString::fromLatin1(last->second), hash};
    for (int f = 0; f < AuditChain::FieldCount; ++f)
        values << (row.fields[f].isNull() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(texts[f]));
    return m_db.queue(u"INSERT INTO audit_entries ("_s + QLatin1StringView(kColumns)
                          + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      values);
}

Result<QList<AuditEntry>> AuditLog::query(const QString &where, const QVariantList &values,
                                          int limit)
{
    QVariantList all = values;
    all << limit;
    auto q = m_db.exec(u"SELECT "_s + QLatin1StringView(kColumns) + u" FROM audit_entries"_s + where
                           + u" ORDER BY seq DESC LIMIT ?"_s,
                       all);
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q->next()) {
        AuditEntry e;
        e.seq = q->value(0).toLongLong();
        e.prevHash = q->value(1).toString();
        e.hash = q->value(2).toString();
        e.at = fromIsoUtc(q->value(3).toString());
        e.operatorName = q->value(4).toString();
        e.role = q->value(5).toString();
        e.action = q->value(6).toString();
        e.tenantId = q->value(7).toString();
        e.target = q->value(8).toString();
        e.before = fromJsonColumn(q->value(9));
        e.after = fromJsonColumn(q->value(10));
        e.reason = q->value(11).toString();
        e.clientHost = q->value(12).toString();
        entries.append(e);
    }
    return entries;
}

Result<QList<AuditEntry>> AuditLog::find(const AuditFilter &filter)
{
    QStringList conditions;
    QVariantList values;
    if (!filter.tenantId.isEmpty()) {
        conditions << u"tenant_id = ?"_s;
        values << filter.tenantId;
    }
    if (!filter.operatorName.isEmpty()) {
        conditions << u"operator = ?"_s;
        values << filter.operatorName;
    }
    if (filter.action.endsWith(u'.')) {
        conditions << u"substr(action, 1, ?) = ?"_s;
        values << int(filter.action.size()) << filter.action;
    } else if (!filter.action.isEmpty()) {
        conditions << u"action = ?"_s;
        values << filter.action;
    }
    // Times are stored as ISO 8601 UTC text of one width: text order is time order.
    if (filter.since.isValid()) {
        conditions << u"at >= ?"_s;
        values << toIsoUtc(filter.since);
    }
    if (filter.until.isValid()) {
        conditions << u"at < ?"_s;
        values << toIsoUtc(filter.until);
    }
    if (filter.beforeSeq > 0) {
        conditions << u"seq < ?"_s;
        values << filter.beforeSeq;
    }
    if (!filter.text.isEmpty()) {
        QString pattern = filter.text.toLower();
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        QStringList any;
        for (const char *column : {"action", "target", "reason", "before_json", "after_json"}) {
            any << u"lower(COALESCE("_s + QLatin1StringView(column)
                    + u", '')) LIKE ? ESCAPE '\\'"_s;
            values << pattern;
        }
        conditions << u"("_s + any.join(u" OR "_s) + u")"_s;
    }
    const QString where
        = conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
    return query(where, values, std::clamp(filter.limit, 1, 100000));
}

Result<QList<AuditEntry>> AuditLog::forTenant(const QString &tenantId, int limit)
{
    return query(u" WHERE tenant_id = ?"_s, {tenantId}, limit);
}

Result<QList<AuditEntry>> AuditLog::recent(int limit)
{
    return query({}, {}, limit);
}

Result<qint64> AuditLog::count()
{
    auto q = m_db.exec(u"SELECT count(*) FROM audit_entries"_s);
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

// The SQLite side of AuditLog::scan, on any connection to the file.
static Result<void> scanSqlite(sqlite3 *connection, qint64 fromSeq,
                               const std::function<bool(const AuditChain::Row &)> &visit)
{
    AuditChain::Row row;
    const auto failed = [&] {
        return Error::make(ErrorCode::Storage,
                           AuditLog::tr("cannot read the audit log: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(connection))));
    };
    // Rows in the order of seq. Fast path: in the order they were stored (rowid, no index
    // look-up per row), for as long as their seqs follow on from fromSeq without a gap;
    // from the first row that does not (or the end of the table), the index on seq takes
    // over at the next seq expected, so what is delivered is the same either way.
    enum class Ended { Done, Stopped, Broken };
    qint64 expected = fromSeq;
    const auto run = [&](const QByteArray &sql, qint64 bound, bool contiguous) -> Result<Ended> {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &statement, nullptr)
            != SQLITE_OK)
            return failed();
        const auto finalize = qScopeGuard([&] { sqlite3_finalize(statement); });
        sqlite3_bind_int64(statement, 1, bound);
        const auto text = [&](int column) {
            const auto *data
                = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
            if (!data)
                return QByteArrayView();
            return QByteArrayView(data, sqlite3_column_bytes(statement, column));
        };
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            row.seq = sqlite3_column_int64(statement, 0);
            if (contiguous && row.seq != expected)
                return Ended::Broken;
            row.prevHash = text(1);
            row.hash = text(2);
            for (int f = 0; f < AuditChain::FieldCount; ++f)
                row.fields[f] = text(3 + f);
            expected = row.seq + 1;
            if (!visit(row))
                return Ended::Stopped;
        }
        if (step != SQLITE_DONE)
            return failed();
        return Ended::Done;
    };
    const QByteArray select = "SELECT " + QByteArray(kColumns) + " FROM audit_entries ";
    auto fast = run(select
                        + "WHERE id >= (SELECT id FROM audit_entries WHERE seq = ?) "
                          "ORDER BY id",
                    fromSeq, true);
    if (!fast)
        return fast.error();
    if (*fast == Ended::Stopped)
        return {};
    auto rest = run(select + "WHERE seq >= ? ORDER BY seq", expected, false);
    if (!rest)
        return rest.error();
    return {};
}

namespace {

struct Expectation
{
    qint64 seq;
    QByteArray hash;
    QString what;
};

// A whole SQLite log verified in two halves at once, each on its own connection and thread
// (reading is most of the work, and there are two cores to read with). The halves join where
// the second's first entry names the first's last as its previous. Only an intact log is
// answered here: nullopt otherwise (damage, a gap, a log too small to split, an in-memory
// database), and the caller verifies again in one pass, which names the damage exactly.
std::optional<AuditChain::Verdict>
verifyInHalves(sqlite3 *connection, qint64 start, const QByteArray &startPrev,
               const QList<Expectation> &expected,
               const std::function<bool(qint64, qint64)> &progress, bool *cancelled)
{
    const auto single = [&](const char *sql, qint64 bound, auto read) -> bool {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) != SQLITE_OK)
            return false;
        const auto finalize = qScopeGuard([&] { sqlite3_finalize(statement); });
        if (bound)
            sqlite3_bind_int64(statement, 1, bound);
        if (sqlite3_step(statement) != SQLITE_ROW)
            return false;
        read(statement);
        return true;
    };
    qint64 head = 0, entries = 0;
    if (!single("SELECT max(seq), count(*) FROM audit_entries", 0, [&](sqlite3_stmt *q) {
            head = sqlite3_column_int64(q, 0);
            entries = sqlite3_column_int64(q, 1);
        }))
        return std::nullopt;
    constexpr qint64 kSmallest = 16;
    if (entries < kSmallest || head - start + 1 != entries)
        return std::nullopt;
    const qint64 mid = start + entries / 2;
    QByteArray joinPrev;
    if (!single("SELECT prev_hash FROM audit_entries WHERE seq = ?", mid, [&](sqlite3_stmt *q) {
            joinPrev = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)),
                                  sqlite3_column_bytes(q, 0));
        }))
        return std::nullopt;
    // Another connection sees what is committed: with a transaction open here (changes not
    // committed yet), this connection's view is the one to check.
    if (!sqlite3_get_autocommit(connection))
        return std::nullopt;
    const char *path = sqlite3_db_filename(connection, "main");
    sqlite3 *other = nullptr;
    if (!path || !*path
        || sqlite3_open_v2(path, &other, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
        sqlite3_close(other);
        return std::nullopt;
    }
    const auto close = qScopeGuard([&] { sqlite3_close(other); });
    sqlite3_busy_timeout(other, 10000);
    sqlite3_exec(other, "PRAGMA mmap_size=1073741824", nullptr, nullptr, nullptr);

    AuditChain::Verifier first(start, startPrev);
    AuditChain::Verifier second(mid, joinPrev);
    for (const Expectation &e : expected)
        (e.seq < mid ? first : second).expect(e.seq, e.hash, e.what);
    std::atomic_bool stop = false;
    std::atomic<qint64> checked = 0;
    Result<void> secondRead;
    std::unique_ptr<QThread> reader(QThread::create([&] {
        qint64 n = 0;
        secondRead = scanSqlite(other, mid, [&](const AuditChain::Row &row) {
            if ((++n & 0x3fff) == 0) {
                checked += 0x4000;
                if (stop.load(std::memory_order_relaxed))
                    return false;
            }
            if (second.add(row))
                return true;
            stop = true;
            return false;
        });
    }));
    reader->start();
    qint64 n = 0;
    auto firstRead = scanSqlite(connection, start, [&](const AuditChain::Row &row) {
        if (row.seq >= mid)
            return false;
        if ((++n & 0x3fff) == 0) {
            checked += 0x4000;
            if (stop.load(std::memory_order_relaxed))
                return false;
            if (progress && !progress(checked.load(), entries)) {
                *cancelled = true;
                stop = true;
                return false;
            }
        }
        if (first.add(row))
            return true;
        stop = true;
        return false;
    });
    reader->wait();
    if (*cancelled || !firstRead || !secondRead || first.damaged() || second.damaged())
        return std::nullopt;
    const AuditChain::Verdict a = first.verdict();
    if (a.headSeq != mid - 1 || a.headHash != joinPrev)
        return std::nullopt;
    second.finish();
    if (second.damaged())
        return std::nullopt;
    AuditChain::Verdict verdict = second.verdict();
    verdict.entries += a.entries;
    return verdict;
}

} // namespace

Result<void> AuditLog::scan(qint64 fromSeq,
                            const std::function<bool(const AuditChain::Row &)> &visit)
{
    if (auto r = m_db.sync(); !r)
        return r;
    AuditChain::Row row;
    if (sqlite3 *connection = m_db.sqliteHandle())
        return scanSqlite(connection, fromSeq, visit);
    PGconn *conn = m_db.postgresHandle();
    if (!conn)
        return Error::make(ErrorCode::Unavailable, tr("not connected to the database"));
    const QByteArray page = "SELECT " + QByteArray(kColumns)
        + " FROM audit_entries WHERE seq >= $1 ORDER BY seq LIMIT "
        + QByteArray::number(kPostgresPage);
    qint64 next = fromSeq;
    for (;;) {
        while (PGresult *left = PQgetResult(conn))
            PQclear(left);
        const QByteArray from = QByteArray::number(next);
        const char *params[] = {from.constData()};
        PGresult *result
            = PQexecParams(conn, page.constData(), 1, nullptr, params, nullptr, nullptr, 0);
        const auto clear = qScopeGuard([&] { PQclear(result); });
        if (PQresultStatus(result) != PGRES_TUPLES_OK)
            return Error::make(ErrorCode::Storage,
                               tr("cannot read the audit log: %1")
                                   .arg(QString::fromUtf8(PQresultErrorMessage(result)).trimmed()));
        const int rows = PQntuples(result);
        const auto text = [&](int r, int column) {
            if (PQgetisnull(result, r, column))
                return QByteArrayView();
            return QByteArrayView(PQgetvalue(result, r, column), PQgetlength(result, r, column));
        };
        for (int r = 0; r < rows; ++r) {
            row.seq = QByteArrayView(PQgetvalue(result, r, 0)).toLongLong();
            row.prevHash = text(r, 1);
            row.hash = text(r, 2);
            for (int f = 0; f < AuditChain::FieldCount; ++f)
                row.fields[f] = text(r, 3 + f);
            if (!visit(row))
                return {};
        }
        if (rows < kPostgresPage)
            return {};
        next = row.seq + 1;
    }
}

Result<QList<AuditSeal>> AuditLog::seals()
{
    auto q = m_db.exec(u"SELECT id, at, operator, kind, seq, hash, entries, key_id, mac "
                       "FROM audit_seals ORDER BY id"_s);
    if (!q)
        return q.error();
    QList<AuditSeal> seals;
    while (q->next()) {
        AuditSeal s;
        s.id = q->value(0).toLongLong();
        s.at = fromIsoUtc(q->value(1).toString());
        s.operatorName = q->value(2).toString();
        s.kind = q->value(3).toString();
        s.seq = q->value(4).toLongLong();
        s.hash = q->value(5).toString();
        s.entries = q->value(6).toLongLong();
        s.keyId = q->value(7).toString();
        s.mac = q->value(8).toString();
        seals.append(s);
    }
    return seals;
}

Result<AuditSeal> AuditLog::seal(const QByteArray &key, const QString &kind, const QDateTime &at,
                                 const QString &operatorName)
{
    if (key.size() < 32)
        return Error::make(ErrorCode::Unavailable, tr("the audit key is missing or too short"));
    AuditSeal seal;
    seal.at = at;
    seal.kind = kind;
    seal.keyId = keyIdOf(key);
    seal.operatorName = m_db.backend() == Backend::Postgres ? m_db.login() : operatorName;
    auto written = m_db.write([&]() -> Result<void> {
        if (m_db.backend() == Backend::Postgres) {
            if (auto r = m_db.queue(u"SELECT pg_advisory_xact_lock(?)"_s, {kAppendLock}); !r)
                return r;
        }
        auto last = head();
        if (!last)
            return last.error();
        auto counted = m_db.readRow(u"SELECT count(*) FROM audit_entries"_s);
        if (!counted)
            return counted.error();
        seal.seq = last->first;
        seal.hash = QString::fromLatin1(last->second);
        seal.entries = counted->value(0).toLongLong();
        seal.mac = QString::fromLatin1(AuditChain::hmacSha256Hex(key, seal.signedText()));
        return m_db.queue(u"INSERT INTO audit_seals (at, operator, kind, seq, hash, entries, "
                          "key_id, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {toIsoUtc(seal.at), seal.operatorName, seal.kind, seal.seq, seal.hash,
                           seal.entries, seal.keyId, seal.mac});
    });
    if (!written)
        return written.error();
    return seal;
}

Result<AuditSeal> AuditLog::checkpoint(const QByteArray &key, qint64 throughSeq,
                                       const QDateTime &at, const QString &operatorName,
                                       const std::function<Result<void>(const AuditSeal &)> &record)
{
    if (key.size() < 32)
        return Error::make(ErrorCode::Unavailable, tr("the audit key is missing or too short"));
    if (!m_db.inTransaction())
        return Error::make(ErrorCode::Storage,
                           tr("an audit checkpoint is made inside the purge's transaction"));
    if (m_db.backend() == Backend::Postgres) {
        if (auto r = m_db.queue(u"SELECT pg_advisory_xact_lock(?)"_s, {kAppendLock}); !r)
            return r.error();
    }
    auto last = m_db.readRow(u"SELECT seq, hash FROM audit_entries WHERE seq = ?"_s, {throughSeq});
    if (!last)
        return last.error();
    if (last->size() < 2)
        return Error::make(ErrorCode::NotFound, tr("there is no audit entry %1").arg(throughSeq));
    AuditSeal cp;
    cp.at = at;
    cp.kind = u"checkpoint"_s;
    cp.keyId = keyIdOf(key);
    cp.operatorName = m_db.backend() == Backend::Postgres ? m_db.login() : operatorName;
    cp.seq = throughSeq;
    cp.hash = last->at(1).toString();
    cp.entries = throughSeq; // every entry up to it: the ones purged now and before
    cp.mac = QString::fromLatin1(AuditChain::hmacSha256Hex(key, cp.signedText()));
    // The checkpoint first: the database lets entries go only behind one (migration 12).
    if (auto r = m_db.queue(u"INSERT INTO audit_seals (at, operator, kind, seq, hash, entries, "
                            "key_id, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            {toIsoUtc(cp.at), cp.operatorName, cp.kind, cp.seq, cp.hash, cp.entries,
                             cp.keyId, cp.mac});
        !r)
        return r.error();
    auto removed = m_db.exec(u"DELETE FROM audit_entries WHERE seq <= ?"_s, {throughSeq});
    if (!removed)
        return removed.error();
    if (record) {
        if (auto r = record(cp); !r)
            return r.error();
    }
    return cp;
}

Result<std::optional<AuditSeal>> AuditLog::lastCheckpoint()
{
    auto all = seals();
    if (!all)
        return all.error();
    std::optional<AuditSeal> latest;
    for (const AuditSeal &s : *all) {
        if (s.kind == u"checkpoint"_s && (!latest || s.seq > latest->seq))
            latest = s;
    }
    return latest;
}

Result<void> AuditLog::diagnose(AuditChain::Verifier &verifier)
{
    QList<AuditChain::Verifier::Suspect> later;
    auto scanned = scan(verifier.failedSeq(), [&](const AuditChain::Row &row) {
        later.append({row.seq, row.prevHash.toByteArray(), row.hash.toByteArray()});
        return true;
    });
    if (!scanned)
        return scanned;
    AuditChain::Hasher hasher;
    Result<void> failure;
    verifier.diagnose(later, [&](qint64 seq, qint64 asSeq) -> std::optional<bool> {
        std::optional<bool> matches;
        auto r = scan(seq, [&](const AuditChain::Row &row) {
            if (row.seq == seq) {
                AuditChain::Row renumbered = row;
                renumbered.seq = asSeq;
                matches = hasher.hashOf(renumbered) == row.hash;
            }
            return false;
        });
        if (!r)
            failure = r;
        return matches;
    });
    return failure;
}

Result<AuditVerification> AuditLog::verify(const QByteArray &key, const QList<AuditSeal> &outside,
                                           const std::function<bool(qint64, qint64)> &progress)
{
    AuditVerification result;
    const QString keyId = key.isEmpty() ? QString() : keyIdOf(key);
    // Seals first: entries written while the log is read are after every seal read here.
    auto recorded = seals();
    if (!recorded)
        return recorded.error();
    // Entries purged under the retention policy: the chain starts after the last checkpoint,
    // from the hash it signed.
    std::optional<AuditSeal> checkpoint;
    for (const AuditSeal &s : *recorded) {
        if (s.kind == u"checkpoint"_s && (!checkpoint || s.seq > checkpoint->seq))
            checkpoint = s;
    }
    const qint64 start = checkpoint ? checkpoint->seq + 1 : 1;
    const QByteArray startPrev
        = checkpoint ? checkpoint->hash.toLatin1() : AuditChain::genesis().toByteArray();
    result.checkpoint = checkpoint;
    AuditChain::Verifier verifier(start, startPrev);
    QList<Expectation> expected; // the signed heads the chain must pass through
    const auto expect = [&](qint64 seq, const QByteArray &hash, const QString &what) {
        if (seq < start - 1)
            return; // purged: the checkpoint vouches for what was before it
        if (seq == start - 1) {
            if (hash != startPrev) {
                result.verdict.damage = AuditChain::Damage::SealMismatch;
                result.verdict.firstBadSeq = seq;
                result.verdict.detail
                    = tr("%1 names entry %2 with another hash than the checkpoint does")
                          .arg(what)
                          .arg(seq);
            }
            return;
        }
        verifier.expect(seq, hash, what);
        expected.append({seq, hash, what});
    };
    const auto checkSeal = [&](const AuditSeal &s, const QString &what) -> bool {
        if (keyId.isEmpty() || s.keyId != keyId) {
            ++result.sealsUnchecked;
            return true;
        }
        if (AuditChain::hmacSha256Hex(key, s.signedText()) != s.mac.toLatin1()) {
            result.verdict.damage = AuditChain::Damage::SealMismatch;
            result.verdict.firstBadSeq = s.seq;
            result.verdict.detail = tr("%1 does not match its signature: it was altered, or "
                                       "made without the audit key")
                                        .arg(what);
            return false;
        }
        expect(s.seq, s.hash.toLatin1(), what);
        if (!result.verdict.intact())
            return false;
        ++result.sealsChecked;
        if (s.kind != u"checkpoint"_s && (!result.lastSeal || result.lastSeal->seq <= s.seq))
            result.lastSeal = s;
        return true;
    };
    for (const AuditSeal &s : *recorded) {
        const QString what = s.kind == u"checkpoint"_s
            ? tr("the checkpoint of %1 (entries up to %2 purged)").arg(toIsoUtc(s.at)).arg(s.seq)
            : tr("the seal of %1").arg(toIsoUtc(s.at));
        if (!checkSeal(s, what))
            return result;
    }
    for (const AuditSeal &s : outside) {
        // The copy of a seal the database holds (this machine's anchor of it): checked above.
        const bool known
            = std::any_of(recorded->cbegin(), recorded->cend(), [&](const AuditSeal &r) {
                  return r.seq == s.seq && r.hash == s.hash && r.mac == s.mac;
              });
        if (known)
            continue;
        // A head from outside the database: trusted for what it is (an export the caller
        // holds, this machine's record of its last seal), signed or not.
        if (s.mac.isEmpty() || s.keyId != keyId) {
            expect(s.seq, s.hash.toLatin1(), tr("the head recorded on %1").arg(toIsoUtc(s.at)));
            if (!result.verdict.intact())
                return result;
        } else if (!checkSeal(s, tr("the seal recorded on %1").arg(toIsoUtc(s.at)))) {
            return result;
        }
    }
    qint64 total = 0;
    if (progress) {
        auto counted = count();
        if (!counted)
            return counted.error();
        total = *counted;
    }
    bool cancelled = false;
    // SQLite: both halves at once when the log is intact (the common case).
    if (sqlite3 *connection = m_db.sqliteHandle()) {
        if (auto r = m_db.sync(); !r)
            return r.error();
        if (auto intact
            = verifyInHalves(connection, start, startPrev, expected, progress, &cancelled)) {
            result.verdict = *intact;
            if (progress)
                progress(total, total);
            return result;
        }
        if (cancelled)
            return verifyCancelled();
    }
    qint64 done = 0;
    // This thread reads; another hashes and checks (RowBatches), in the order of seq.
    RowBatches batches;
    std::unique_ptr<QThread> checker(QThread::create(
        [&] { batches.consume([&](const AuditChain::Row &row) { return verifier.add(row); }); }));
    checker->start();
    RowBatches::Batch batch = batches.take();
    bool more = true;
    auto scanned = scan(start, [&](const AuditChain::Row &row) {
        if (progress && (++done & 0xffff) == 0 && !progress(done, total)) {
            cancelled = true;
            return false;
        }
        RowBatches::add(batch, row);
        if (batch.rows.size() < RowBatches::kRows)
            return true;
        more = batches.push(std::move(batch));
        if (more)
            batch = batches.take();
        return more;
    });
    if (more && !cancelled && scanned && !batch.rows.empty())
        batches.push(std::move(batch));
    batches.close(); // the checker finishes what was queued, then ends
    checker->wait();
    if (!scanned)
        return scanned.error();
    if (cancelled)
        return verifyCancelled();
    if (verifier.needsDiagnosis()) {
        if (auto r = diagnose(verifier); !r)
            return r.error();
    }
    verifier.finish();
    result.verdict = verifier.verdict();
    if (progress)
        progress(total, total);
    return result;
}

} // namespace Tenancy
