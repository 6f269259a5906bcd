#include "SecurityEvent.h"

#include "Tenant.h"

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

const QList<std::pair<SecurityEvent::Kind, QString>> &kinds()
{
    using K = SecurityEvent::Kind;
    static const QList<std::pair<K, QString>> list {
        {K::LoginFailed, u"login_failed"_s},
        {K::LoginOk, u"login_ok"_s},
        {K::MfaFailed, u"mfa_failed"_s},
        {K::Lockout, u"lockout"_s},
        {K::PasswordChanged, u"password_changed"_s},
        {K::PolicyChanged, u"policy_changed"_s},
    };
    return list;
}

} // namespace

QString securityEventKindId(SecurityEvent::Kind kind)
{
    for (const auto &[k, id] : kinds()) {
        if (k == kind)
            return id;
    }
    return {};
}

std::optional<SecurityEvent::Kind> securityEventKindFromId(const QString &id)
{
    for (const auto &[k, name] : kinds()) {
        if (name == id)
            return k;
    }
    return std::nullopt;
}

QStringList securityEventKindIds()
{
    QStringList out;
    for (const auto &[k, id] : kinds())
        out << id;
    return out;
}

QJsonObject SecurityEvent::toJson() const
{
    QJsonObject o {{u"time"_s, toIsoUtc(at)},
                   {u"tenant"_s, tenantId},
                   {u"user"_s, user},
                   {u"kind"_s, securityEventKindId(kind)}};
    if (!sourceIp.isEmpty())
        o.insert(u"source_ip"_s, sourceIp);
    return o;
}

} // namespace Tenancy
