#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tenancy {

// An authentication event from a tenant's identity system.
struct SecurityEvent
{
    enum class Kind { LoginFailed, LoginOk, MfaFailed, Lockout, PasswordChanged, PolicyChanged };

    QDateTime at; // UTC
    QString tenantId;
    QString user;
    Kind kind = Kind::LoginOk;
    QString sourceIp; // optional
    QString key; // identifies it across imports (see SecurityEventFile)

    bool isFailure() const { return kind == Kind::LoginFailed || kind == Kind::MfaFailed; }
    QJsonObject toJson() const;
};
QString securityEventKindId(SecurityEvent::Kind kind); // "login_failed", ...
std::optional<SecurityEvent::Kind> securityEventKindFromId(const QString &id);
QStringList securityEventKindIds();

// Failed sign-ins (login_failed and mfa_failed) of one tenant in one hour.
struct HourlyCount
{
    QDateTime hour; // UTC, on the hour
    int failures = 0;
    int total = 0;
};

} // namespace Tenancy
