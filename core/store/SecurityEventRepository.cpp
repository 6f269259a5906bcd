#include "SecurityEventRepository.h"

#include "model/Tenant.h"

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

constexpr int kRowsPerInsert = 100;
constexpr int kColumns = 8;

} // namespace

Result<int> SecurityEventRepository::insert(const QList<SecurityEvent> &events,
                                            const QDateTime &importedAt, const QString &importedBy)
{
    int inserted = 0;
    const QString imported = toIsoUtc(importedAt);
    for (qsizetype start = 0; start < events.size(); start += kRowsPerInsert) {
        const qsizetype n = std::min<qsizetype>(kRowsPerInsert, events.size() - start);
        QString sql = u"INSERT INTO security_events (event_key, tenant_id, at, user_name, kind, "
                      "source_ip, imported_at, imported_by) VALUES "_s;
        QVariantList values;
        values.reserve(n * kColumns);
        for (qsizetype i = 0; i < n; ++i) {
            const SecurityEvent &e = events.at(start + i);
            sql += i == 0 ? u"(?,?,?,?,?,?,?,?)"_s : u",(?,?,?,?,?,?,?,?)"_s;
            values << e.key << e.tenantId << toIsoUtc(e.at) << e.user << securityEventKindId(e.kind)
                   << (e.sourceIp.isNull() ? u""_s : e.sourceIp) << imported << importedBy;
        }
        sql += u" ON CONFLICT (event_key) DO NOTHING"_s;
        auto q = m_db.exec(sql, values);
        if (!q)
            return q.error();
        inserted += std::max(0, q->numRowsAffected());
    }
    return inserted;
}

Result<QList<SecurityEvent>> SecurityEventRepository::list(const QString &tenantId,
                                                           const QDateTime &since, int limit)
{
    auto q = m_db.exec(u"SELECT at, user_name, kind, source_ip, event_key FROM security_events "
                       "WHERE tenant_id = ? AND at >= ? ORDER BY at DESC, id DESC LIMIT ?"_s,
                       {tenantId, toIsoUtc(since), limit});
    if (!q)
        return q.error();
    QList<SecurityEvent> out;
    while (q->next()) {
        SecurityEvent e;
        e.tenantId = tenantId;
        e.at = fromIsoUtc(q->value(0).toString());
        e.user = q->value(1).toString();
        const auto kind = securityEventKindFromId(q->value(2).toString());
        if (!e.at.isValid() || !kind) {
            return Error::make(ErrorCode::Storage,
                               tr("security event of %1: time or kind cannot be read (\"%2\", "
                                  "\"%3\"; written by another version?)")
                                   .arg(tenantId, q->value(0).toString(), q->value(2).toString()));
        }
        e.kind = *kind;
        e.sourceIp = q->value(3).toString();
        e.key = q->value(4).toString();
        out.append(e);
    }
    return out;
}

Result<QList<HourlyCount>>
SecurityEventRepository::hourly(const QString &tenantId, const QDateTime &from, const QDateTime &to)
{
    // Times are stored as ISO 8601 UTC text: the first 13 characters are the hour.
    auto q = m_db.exec(u"SELECT substr(at, 1, 13) AS hour, "
                       "SUM(CASE WHEN kind IN ('login_failed', 'mfa_failed') THEN 1 ELSE 0 END), "
                       "COUNT(*) FROM security_events WHERE tenant_id = ? AND at >= ? AND at < ? "
                       "GROUP BY substr(at, 1, 13) ORDER BY 1"_s,
                       {tenantId, toIsoUtc(from), toIsoUtc(to)});
    if (!q)
        return q.error();
    QList<HourlyCount> out;
    while (q->next()) {
        HourlyCount c;
        c.hour = QDateTime::fromString(q->value(0).toString() + u":00:00Z"_s, Qt::ISODate).toUTC();
        c.failures = q->value(1).toInt();
        c.total = q->value(2).toInt();
        if (c.hour.isValid())
            out.append(c);
    }
    return out;
}

Result<QStringList> SecurityEventRepository::tenantsWithFailures(const QDateTime &since)
{
    auto q = m_db.exec(u"SELECT DISTINCT tenant_id FROM security_events WHERE at >= ? AND kind IN "
                       "('login_failed', 'mfa_failed') ORDER BY tenant_id"_s,
                       {toIsoUtc(since)});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace Tenancy
