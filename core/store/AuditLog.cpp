#include "AuditLog.h"

#include "model/Tenant.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

QVariant jsonColumn(const std::optional<QJsonObject> &object)
{
    if (!object)
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> fromJsonColumn(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
    return doc.object();
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject {
        {u"id"_s, id},
        {u"at"_s, toIsoUtc(at)},
        {u"operator"_s, operatorName},
        {u"role"_s, role},
        {u"action"_s, action},
        {u"tenant_id"_s, tenantId.isEmpty() ? QJsonValue() : QJsonValue(tenantId)},
        {u"before"_s, before ? QJsonValue(*before) : QJsonValue()},
        {u"after"_s, after ? QJsonValue(*after) : QJsonValue()},
        {u"reason"_s, reason},
    };
}

Result<void> AuditLog::append(const AuditEntry &entry)
{
    return m_db.queue(u"INSERT INTO audit_entries (at, operator, role, action, tenant_id, "
                      "before_json, after_json, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {toIsoUtc(entry.at), entry.operatorName, entry.role, entry.action,
                       entry.tenantId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(entry.tenantId),
                       jsonColumn(entry.before), jsonColumn(entry.after),
                       entry.reason.isNull() ? u""_s : entry.reason});
}

Result<QList<AuditEntry>> AuditLog::query(const QString &where, const QVariantList &values,
                                          int limit)
{
    QVariantList all = values;
    all << limit;
    auto q = m_db.exec(u"SELECT id, at, operator, role, action, tenant_id, before_json, "
                       "after_json, reason FROM audit_entries"_s
                           + where + u" ORDER BY id DESC LIMIT ?"_s,
                       all);
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = fromIsoUtc(q->value(1).toString());
        e.operatorName = q->value(2).toString();
        e.role = q->value(3).toString();
        e.action = q->value(4).toString();
        e.tenantId = q->value(5).toString();
        e.before = fromJsonColumn(q->value(6));
        e.after = fromJsonColumn(q->value(7));
        e.reason = q->value(8).toString();
        entries.append(e);
    }
    return entries;
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

} // namespace Tenancy
