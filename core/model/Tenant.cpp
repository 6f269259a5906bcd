#include "Tenant.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tenancy {

QString statusId(TenantStatus status)
{
    switch (status) {
    case TenantStatus::Pending:
        return u"pending"_s;
    case TenantStatus::Provisioning:
        return u"provisioning"_s;
    case TenantStatus::Active:
        return u"active"_s;
    case TenantStatus::Failed:
        return u"failed"_s;
    case TenantStatus::Suspended:
        return u"suspended"_s;
    case TenantStatus::Deprovisioning:
        return u"deprovisioning"_s;
    case TenantStatus::Deleted:
        return u"deleted"_s;
    }
    return {};
}

QList<TenantStatus> allStatuses()
{
    return {TenantStatus::Pending, TenantStatus::Provisioning, TenantStatus::Active,
            TenantStatus::Failed,  TenantStatus::Suspended,    TenantStatus::Deprovisioning,
            TenantStatus::Deleted};
}

std::optional<TenantStatus> statusFromId(const QString &id)
{
    for (TenantStatus s : allStatuses()) {
        if (statusId(s) == id)
            return s;
    }
    return std::nullopt;
}

bool canMove(TenantStatus from, TenantStatus to)
{
    using S = TenantStatus;
    switch (from) {
    case S::Pending:
        return to == S::Provisioning;
    case S::Provisioning:
        return to == S::Active || to == S::Failed;
    case S::Failed:
        return to == S::Provisioning || to == S::Pending;
    case S::Active:
        return to == S::Suspended || to == S::Deprovisioning;
    case S::Suspended:
        return to == S::Active || to == S::Deprovisioning;
    case S::Deprovisioning:
        // cancelled (back to where it was) or purged
        return to == S::Active || to == S::Suspended || to == S::Deleted;
    case S::Deleted:
        return false;
    }
    return false;
}

QList<TenantStatus> allowedFrom(TenantStatus from)
{
    QList<TenantStatus> result;
    for (TenantStatus to : allStatuses()) {
        if (canMove(from, to))
            result.append(to);
    }
    return result;
}

QString toIsoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QJsonObject Tenant::toJson(bool withConfiguration) const
{
    QJsonObject o {
        {u"id"_s, id},
        {u"name"_s, name},
        {u"tier"_s, tier},
        {u"status"_s, statusId(status)},
        {u"owner_email"_s, ownerEmail},
        {u"region"_s, region},
        {u"industry"_s, industry},
        {u"compliance"_s, QJsonArray::fromStringList(compliance)},
        {u"version"_s, version},
        {u"configuration_revision"_s, configurationRevision},
        {u"created_at"_s, toIsoUtc(createdAt)},
        {u"created_by"_s, createdBy},
        {u"updated_at"_s, toIsoUtc(updatedAt)},
        {u"updated_by"_s, updatedBy},
        {u"isolation"_s, isolation.isEmpty() ? QJsonValue() : QJsonValue(isolation)},
        {u"legal_hold"_s, legalHold},
        {u"purge_after"_s, purgeAfter.isValid() ? QJsonValue(toIsoUtc(purgeAfter)) : QJsonValue()},
    };
    if (legalHold)
        o.insert(u"legal_hold_reason"_s, legalHoldReason);
    if (withConfiguration)
        o.insert(u"configuration"_s, configuration);
    return o;
}

} // namespace Tenancy
