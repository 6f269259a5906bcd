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
    // The effective configuration document (filled by TenantManager::show, empty in lists).
    QJsonObject configuration;
    // Its recipe's storage: the text of revision 0 (the first template, or for tenants from
    // schema v2 their stored configuration), and the current revision (0: the first).
    QString configurationSha256;
    int configurationRevision = 0;
    int version = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString updatedBy; // operator of the last write
    QString createdBy; // operator who created it
    // The isolation level it was provisioned at ("shared", "schema", ...); empty before
    // provisioning (and for tenants from before provisioning existed).
    QString isolation;
    // Deprovisioning: when it was asked for, when the grace period ends (purge possible), and
    // the status a cancel returns to. A legal hold blocks the purge.
    QDateTime deprovisionRequestedAt;
    QDateTime purgeAfter;
    TenantStatus deprovisionFrom = TenantStatus::Active;
    bool legalHold = false;
    QString legalHoldReason;

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
    // Its first configuration: a library template (default: its tier's), and overrides above
    // it (dotted path, value), as `tenant apply --set` takes them.
    QString templateName = {};
    QList<std::pair<QString, QJsonValue>> overrides = {};
};

// ISO 8601 UTC with milliseconds, the one text form timestamps are stored and shown in.
QString toIsoUtc(const QDateTime &time);
QDateTime fromIsoUtc(const QString &text);

} // namespace Tenancy
