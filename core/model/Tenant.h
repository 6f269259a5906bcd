#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tenancy {

enum class TenantStatus {
    Pending,
    Provisioning,
    Active,
    Failed,
    Suspended,
    Deprovisioning,
    Deleted,
};

QString statusId(TenantStatus status);
std::optional<TenantStatus> statusFromId(const QString &id);
QList<TenantStatus> allStatuses();

// The lifecycle edges of DOMAIN.md ("Lifecycle"). Anything else is refused.
bool canMove(TenantStatus from, TenantStatus to);
QList<TenantStatus> allowedFrom(TenantStatus from);

struct Tenant
{
    QString id;
    QString name;
    QString tier;
    TenantStatus status = TenantStatus::Pending;
    QString ownerEmail;
    QString region;
    QString industry; // may be empty
    QStringList compliance; // canonical framework ids, sorted
    QJsonObject configuration;
    int version = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString updatedBy; // operator of the last write

    // The JSON shape of `tenancyctl tenant show` (list omits configuration).
    QJsonObject toJson(bool withConfiguration = true) const;
};

// What `create` takes from the caller; everything else is derived.
struct NewTenant
{
    QString id;
    QString name;
    QString tier;
    QString ownerEmail;
    QString region;
    QString industry;
    QStringList compliance; // as typed: ids or display names, any case
};

// ISO 8601 UTC with milliseconds, the one text form timestamps are stored and shown in.
QString toIsoUtc(const QDateTime &time);
QDateTime fromIsoUtc(const QString &text);

} // namespace Tenancy
