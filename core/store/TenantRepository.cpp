#include "TenantRepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

const QString kColumns
    = u"id, name, tier, status, owner_email, region, industry, compliance, "
      "version, created_at, updated_at, updated_by, configuration_sha256, "
      "configuration_revision, created_by, isolation, deprovision_requested_at, purge_after, "
      "deprovision_from, legal_hold, legal_hold_reason"_s;
constexpr int kRowsPerInsert = 200;

QString repeatedTuples(int rows, int columns)
{
    QString tuple = u"("_s;
    for (int c = 0; c < columns; ++c)
        tuple += c == 0 ? u"?"_s : u",?"_s;
    tuple += u')';
    QString sql;
    sql.reserve(rows * (tuple.size() + 1));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += u',';
        sql += tuple;
    }
    return sql;
}

constexpr int kTenantColumns = 17;

QString insertTenantsSql(int rows, bool skipExisting)
{
    QString sql = u"INSERT INTO tenants (id, name, tier, status, owner_email, region, industry, "
                  "compliance, configuration_sha256, configuration_revision, version, created_at, "
                  "updated_at, updated_by, search_text, sort_name, created_by) VALUES "_s
        + repeatedTuples(rows, kTenantColumns);
    if (skipExisting)
        sql += u" ON CONFLICT (id) DO NOTHING"_s;
    return sql;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL and empty means "none".
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(toIsoUtc(time)) : QVariant(QMetaType::fromType<QString>());
}

QVariantList tenantValues(const Tenant &t)
{
    return {t.id,
            t.name,
            t.tier,
            statusId(t.status),
            t.ownerEmail,
            t.region,
            text(t.industry),
            text(TenantRepository::complianceColumn(t.compliance)),
            t.configurationSha256,
            t.configurationRevision,
            t.version,
            toIsoUtc(t.createdAt),
            toIsoUtc(t.updatedAt),
            t.updatedBy,
            TenantRepository::searchText(t.id, t.name, t.ownerEmail),
            TenantRepository::sortName(t.name),
            text(t.createdBy)};
}

void bindTenant(QSqlQuery &q, const Tenant &t)
{
    for (const QVariant &value : tenantValues(t))
        q.addBindValue(value);
}

} // namespace

QString TenantRepository::searchText(const QString &id, const QString &name, const QString &owner)
{
    // Newlines keep a search from matching across two fields.
    return (id + u'\n' + name + u'\n' + owner).toLower();
}

QString TenantRepository::sortName(const QString &name)
{
    return name.toLower();
}

QString TenantRepository::complianceColumn(const QStringList &frameworks)
{
    return frameworks.join(u',');
}

Result<Tenant> TenantRepository::fromRow(const QSqlQuery &row)
{
    return parseTenant(row);
}

template<typename Row>
Result<Tenant> TenantRepository::parseTenant(const Row &row)
{
    Tenant t;
    t.id = row.value(0).toString();
    t.name = row.value(1).toString();
    t.tier = row.value(2).toString();
    const QString status = row.value(3).toString();
    const auto parsedStatus = statusFromId(status);
    if (!parsedStatus) {
        return Error::make(ErrorCode::Storage,
                           tr("tenant \"%1\": column status holds \"%2\", which this version does "
                              "not know (written by a newer version?)")
                               .arg(t.id, status));
    }
    t.status = *parsedStatus;
    t.ownerEmail = row.value(4).toString();
    t.region = row.value(5).toString();
    t.industry = row.value(6).toString();
    const QString compliance = row.value(7).toString();
    if (!compliance.isEmpty())
        t.compliance = compliance.split(u',');
    t.version = row.value(8).toInt();
    t.createdAt = fromIsoUtc(row.value(9).toString());
    t.updatedAt = fromIsoUtc(row.value(10).toString());
    t.updatedBy = row.value(11).toString();
    if (!t.createdAt.isValid() || !t.updatedAt.isValid()) {
        return Error::make(
            ErrorCode::Storage,
            tr("tenant \"%1\": created_at/updated_at are not ISO 8601 times").arg(t.id));
    }
    t.configurationSha256 = row.value(12).toString();
    t.configurationRevision = row.value(13).toInt();
    t.createdBy = row.value(14).toString();
    t.isolation = row.value(15).toString();
    if (!row.value(16).isNull())
        t.deprovisionRequestedAt = fromIsoUtc(row.value(16).toString());
    if (!row.value(17).isNull())
        t.purgeAfter = fromIsoUtc(row.value(17).toString());
    t.deprovisionFrom = statusFromId(row.value(18).toString()).value_or(TenantStatus::Active);
    t.legalHold = row.value(19).toInt() != 0;
    t.legalHoldReason = row.value(20).toString();
    return t;
}

Result<std::optional<Tenant>> TenantRepository::find(const QString &id)
{
    const QString sql = u"SELECT "_s + kColumns + u" FROM tenants WHERE id = ?"_s;
    if (m_db.backend() != Backend::Postgres) {
        auto q = m_db.exec(sql, {id});
        if (!q)
            return q.error();
        if (!q->next())
            return std::optional<Tenant>();
        auto tenant = fromRow(*q);
        if (!tenant)
            return tenant.error();
        return std::optional<Tenant>(std::move(tenant).value());
    }
    // PostgreSQL: the read goes with what a transaction queued before it.
    auto row = m_db.readRow(sql, {id});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return std::optional<Tenant>();
    auto tenant = parseTenant(*row);
    if (!tenant)
        return tenant.error();
    return std::optional<Tenant>(std::move(tenant).value());
}

QString TenantRepository::whereClause(const TenantFilter &filter, QVariantList &values) const
{
    QStringList conditions;
    if (!filter.tier.isEmpty()) {
        conditions << u"tier = ?"_s;
        values << filter.tier;
    }
    if (filter.status) {
        conditions << u"status = ?"_s;
        values << statusId(*filter.status);
    }
    if (!filter.region.isEmpty()) {
        conditions << u"region = ?"_s;
        values << filter.region;
    }
    const QString search = filter.search.trimmed().toLower();
    if (!search.isEmpty()) {
        // A literal substring: LIKE's own wildcards in the text are escaped. (On SQLite, LIKE
        // scans faster than instr(), which counts characters to return a position.)
        QString pattern = search;
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        conditions << u"search_text LIKE ? ESCAPE '\\'"_s;
        values << QString(u'%' + pattern + u'%');
    }
    if (conditions.isEmpty())
        return {};
    return u" WHERE "_s + conditions.join(u" AND "_s);
}

Result<QList<Tenant>> TenantRepository::list(const TenantQuery &query)
{
    QVariantList values;
    QString sql = u"SELECT "_s + kColumns + u" FROM tenants"_s + whereClause(query.filter, values);

    const bool pg = m_db.backend() == Backend::Postgres;
    const QString collate = pg ? u" COLLATE \"C\""_s : QString();
    QString key;
    switch (query.sort) {
    case TenantSortKey::Name:
        key = u"sort_name"_s;
        break;
    case TenantSortKey::Id:
        key = u"id"_s + collate;
        break;
    case TenantSortKey::Tier: {
        static const QRegularExpression identifier(u"^[a-z][a-z0-9_]*\\z"_s);
        QString caseExpr = u"CASE tier"_s;
        int rank = 0;
        for (const QString &tier : query.tierOrder) {
            if (identifier.match(tier).hasMatch())
                caseExpr += u" WHEN '"_s + tier + u"' THEN "_s + QString::number(rank++);
        }
        if (rank > 0)
            key = caseExpr + u" ELSE "_s + QString::number(rank) + u" END"_s;
        else
            key = u"tier"_s + collate;
        break;
    }
    case TenantSortKey::Status:
        key = u"status"_s + collate;
        break;
    case TenantSortKey::Region:
        key = u"region"_s + collate;
        break;
    case TenantSortKey::Owner:
        key = u"owner_email"_s + collate;
        break;
    case TenantSortKey::Created:
        key = u"created_at"_s + collate;
        break;
    case TenantSortKey::Updated:
        key = u"updated_at"_s + collate;
        break;
    }
    const QString direction = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    sql += u" ORDER BY "_s + key + direction + u", id"_s + collate + direction;
    sql += u" LIMIT ? OFFSET ?"_s;
    values << qMax(0, query.limit) << qMax<qint64>(0, query.offset);

    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QList<Tenant> tenants;
    while (q->next()) {
        auto tenant = fromRow(*q);
        if (!tenant)
            return tenant.error();
        tenants.append(std::move(tenant).value());
    }
    return tenants;
}

Result<qint64> TenantRepository::count(const TenantFilter &filter)
{
    QVariantList values;
    auto q = m_db.exec(u"SELECT count(*) FROM tenants"_s + whereClause(filter, values), values);
    if (!q)
        return q.error();
    if (!q->next())
        return qint64(0);
    return q->value(0).toLongLong();
}

Result<void> TenantRepository::forEachSummary(const std::function<bool(const SummaryRow &)> &visit)
{
    auto q = m_db.exec(u"SELECT id, name, sort_name, search_text, tier, status, region, "
                       "owner_email, updated_at, version FROM tenants"_s);
    if (!q)
        return q.error();
    SummaryRow row;
    QString *fields[] = {&row.id,     &row.name,   &row.sortName,   &row.searchText, &row.tier,
                         &row.status, &row.region, &row.ownerEmail, &row.updatedAt};
    while (q->next()) {
        for (int i = 0; i < 9; ++i)
            *fields[i] = q->value(i).toString();
        row.version = q->value(9).toInt();
        if (!visit(row))
            return Error::make(ErrorCode::Cancelled, tr("cancelled"));
    }
    return {};
}

Result<QList<TenantRepository::TierStatusCount>> TenantRepository::countByTierAndStatus()
{
    auto q = m_db.exec(u"SELECT tier, status, COUNT(*) FROM tenants GROUP BY tier, status"_s);
    if (!q)
        return q.error();
    QList<TierStatusCount> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong()});
    return out;
}

Result<QSet<QString>> TenantRepository::existing(const QSet<QString> &ids)
{
    QSet<QString> found;
    const QStringList all(ids.cbegin(), ids.cend());
    for (qsizetype start = 0; start < all.size(); start += 500) {
        const QStringList part = all.mid(start, 500);
        QString placeholders;
        QVariantList values;
        for (const QString &id : part) {
            placeholders += placeholders.isEmpty() ? u"?"_s : u",?"_s;
            values << id;
        }
        auto q = m_db.exec(u"SELECT id FROM tenants WHERE id IN ("_s + placeholders + u')', values);
        if (!q)
            return q.error();
        while (q->next())
            found.insert(q->value(0).toString());
    }
    return found;
}

Result<void> TenantRepository::insert(const Tenant &tenant)
{
    return m_db.queue(insertTenantsSql(1, false), tenantValues(tenant));
}

Result<qint64> TenantRepository::insertMany(const QList<Tenant> &tenants,
                                            const std::function<bool(qint64)> &progress)
{
    qint64 inserted = 0;
    // A bulk insert maintains indexes in random key order: a larger page cache for its
    // duration saves most of the I/O (SQLite's default is 2 MB).
    struct CacheSize
    {
        Database &db;
        explicit CacheSize(Database &d)
            : db(d)
        {
            if (db.backend() == Backend::Sqlite)
                QSqlQuery(db.connection()).exec(u"PRAGMA cache_size=-65536"_s);
        }
        ~CacheSize()
        {
            if (db.backend() == Backend::Sqlite)
                QSqlQuery(db.connection()).exec(u"PRAGMA cache_size=-2000"_s);
        }
    } cacheSize(m_db);
    if (auto r = m_db.sync(); !r)
        return r.error();
    QSqlQuery full(m_db.connection());
    if (!full.prepare(insertTenantsSql(kRowsPerInsert, true)))
        return m_db.mapError(full.lastError(), tr("cannot prepare the tenant insert"));
    for (qsizetype start = 0; start < tenants.size(); start += kRowsPerInsert) {
        const qsizetype rows = std::min<qsizetype>(kRowsPerInsert, tenants.size() - start);
        QSqlQuery partial(m_db.connection());
        QSqlQuery *q = &full;
        if (rows != kRowsPerInsert) {
            if (!partial.prepare(insertTenantsSql(int(rows), true)))
                return m_db.mapError(partial.lastError(), tr("cannot prepare the tenant insert"));
            q = &partial;
        }
        for (qsizetype i = start; i < start + rows; ++i)
            bindTenant(*q, tenants.at(i));
        if (!q->exec())
            return m_db.mapError(q->lastError(), tr("cannot store tenants"));
        inserted += q->numRowsAffected();
        if (progress && !progress(start + rows))
            return Error::make(ErrorCode::Cancelled, tr("cancelled"));
    }
    return inserted;
}

Result<bool> TenantRepository::update(const Tenant &tenant, int expectedVersion)
{
    // PostgreSQL: RETURNING tells whether the row was the one expected, so the statement can go
    // with what is queued before it (SQLite counts the row for nothing; its RETURNING costs a
    // temporary table).
    const bool returning = m_db.backend() == Backend::Postgres;
    const QString sql
        = u"UPDATE tenants SET name = ?, tier = ?, status = ?, owner_email = ?, region = ?, "
          "industry = ?, compliance = ?, configuration_revision = ?, version = version + 1, "
          "updated_at = ?, updated_by = ?, search_text = ?, sort_name = ?, isolation = ?, "
          "deprovision_requested_at = ?, purge_after = ?, deprovision_from = ?, legal_hold = ?, "
          "legal_hold_reason = ? WHERE id = ? AND version = ?"_s
        + (returning ? u" RETURNING version"_s : QString());
    const QVariantList values {
        tenant.name,
        tenant.tier,
        statusId(tenant.status),
        tenant.ownerEmail,
        tenant.region,
        text(tenant.industry),
        text(complianceColumn(tenant.compliance)),
        tenant.configurationRevision,
        toIsoUtc(tenant.updatedAt),
        tenant.updatedBy,
        searchText(tenant.id, tenant.name, tenant.ownerEmail),
        sortName(tenant.name),
        text(tenant.isolation),
        optionalTime(tenant.deprovisionRequestedAt),
        optionalTime(tenant.purgeAfter),
        tenant.status == TenantStatus::Deprovisioning ? statusId(tenant.deprovisionFrom) : u""_s,
        tenant.legalHold ? 1 : 0,
        text(tenant.legalHoldReason),
        tenant.id,
        expectedVersion};
    if (returning) {
        auto row = m_db.readRow(sql, values);
        if (!row)
            return row.error();
        return !row->isEmpty();
    }
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

} // namespace Tenancy
