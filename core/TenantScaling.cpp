// TenantManager: scaling policies and scaling a tenant's capacity within them.
#include "Logging.h"
#include "TenantManager.h"
#include "model/TenantValidation.h"
#include "provisioning/ClusterOrchestrator.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy {

QJsonObject ScalingState::toJson() const
{
    return {{u"tenant"_s, tenantId},
            {u"policy"_s, policy.toJson()},
            {u"capacity"_s, capacity},
            {u"scaled_at"_s, scaledAt.isValid() ? QJsonValue(toIsoUtc(scaledAt)) : QJsonValue()},
            {u"scaled_by"_s, scaledBy.isEmpty() ? QJsonValue() : QJsonValue(scaledBy)},
            {u"direction"_s, direction.isEmpty() ? QJsonValue() : QJsonValue(direction)}};
}

Result<ScalingState> TenantManager::scaling(const QString &id)
{
    auto state = configuration(id); // checks ReadTenants
    if (!state)
        return state.error();
    ScalingState s;
    s.tenantId = id;
    s.policy = ScalingPolicy::fromJson(
        state->document.value(u"infrastructure"_s).toObject().value(u"auto_scaling"_s).toObject());
    s.capacity = s.policy.minCapacity;
    auto q = m_db->exec(u"SELECT capacity, direction, scaled_at, scaled_by FROM tenant_capacity "
                        "WHERE tenant_id = ?"_s,
                        {id});
    if (!q)
        return q.error();
    if (q->next()) {
        s.capacity = q->value(0).toInt();
        s.direction = q->value(1).toString();
        s.scaledAt = fromIsoUtc(q->value(2).toString());
        s.scaledBy = q->value(3).toString();
    }
    return s;
}

Result<ConfigChangeResult>
TenantManager::setScalingPolicy(const QString &id, const QJsonObject &fields, const QString &reason)
{
    const QStringList known = ScalingPolicy::fieldNames();
    if (fields.isEmpty())
        return Error::invalid(
            u"auto_scaling"_s,
            tr("the policy names no fields; its fields are %1").arg(known.join(u", "_s)));
    ConfigChangeRequest request;
    request.tenantId = id;
    request.reason = reason;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!known.contains(it.key()))
            return Error::invalid(u"auto_scaling."_s + it.key(),
                                  tr("\"%1\" is not a field of a scaling policy; its fields are %2")
                                      .arg(it.key(), known.join(u", "_s)));
        request.set.append({u"infrastructure.auto_scaling."_s + it.key(), it.value()});
    }
    // The schema and the rules between fields (ScalingPolicy::check) run with the rest of the
    // configuration: a bad policy is refused whole, naming the field.
    return applyConfiguration(request);
}

Result<ScalingState> TenantManager::scale(const QString &id, double factor, const QString &reason)
{
    if (auto error = denied(Permission::ScaleTenants))
        return *error;
    if (auto error = TenantValidation::checkReason(reason))
        return *error;
    if (!std::isfinite(factor) || factor <= 0)
        return Error::invalid(u"factor"_s,
                              tr("the factor must be a number above 0 (found %1)").arg(factor));
    auto current = scaling(id);
    if (!current)
        return current.error();
    auto tenant = findTenant(id);
    if (!tenant)
        return tenant.error();
    if (tenant->status != TenantStatus::Active)
        return Error::make(ErrorCode::NotAllowed,
                           tr("tenant \"%1\" is %2: only an active tenant is scaled")
                               .arg(id, statusId(tenant->status)));
    const ScalingPolicy &policy = current->policy;
    if (factor > policy.maxScaleFactor || factor < 1.0 / policy.maxScaleFactor)
        return Error::invalid(u"factor"_s,
                              tr("the factor %1 is beyond the policy's max_scale_factor of %2 "
                                 "(from %3 to %2)")
                                  .arg(factor)
                                  .arg(policy.maxScaleFactor)
                                  .arg(1.0 / policy.maxScaleFactor, 0, 'g', 3));
    const int capacity = std::max(1, int(std::lround(current->capacity * factor)));
    if (capacity == current->capacity)
        return Error::make(ErrorCode::NotAllowed,
                           tr("a factor of %1 leaves the capacity of \"%2\" at %3")
                               .arg(factor)
                               .arg(id)
                               .arg(capacity));
    if (capacity > policy.maxCapacity || capacity < policy.minCapacity)
        return Error::invalid(u"factor"_s,
                              tr("%1 x %2 = %3 is outside the policy's capacity of %4 to %5")
                                  .arg(current->capacity)
                                  .arg(factor)
                                  .arg(capacity)
                                  .arg(policy.minCapacity)
                                  .arg(policy.maxCapacity));
    const QString direction = capacity > current->capacity ? u"up"_s : u"down"_s;
    const QDateTime now = m_clock.now();
    const int cooldown
        = direction == u"up"_s ? policy.scaleUpCooldownSeconds : policy.scaleDownCooldownSeconds;
    if (current->scaledAt.isValid() && current->direction == direction
        && current->scaledAt.secsTo(now) < cooldown)
        return Error::make(ErrorCode::NotAllowed,
                           tr("\"%1\" was scaled %2 at %3; the scale-%2 cooldown of %4 s ends at "
                              "%5")
                               .arg(id, direction, toIsoUtc(current->scaledAt))
                               .arg(cooldown)
                               .arg(toIsoUtc(current->scaledAt.addSecs(cooldown))));
    // A cluster's orchestrator does the scaling; told first, so that a refusal changes nothing.
    if (tenant->isolation == isolationId(Isolation::Cluster)) {
        auto options = ClusterOrchestrator::configured(*m_db);
        if (!options)
            return options.error();
        ClusterOrchestrator orchestrator(*options);
        if (auto r = orchestrator.put(id, u"capacity"_s, {{u"capacity"_s, capacity}}); !r)
            return r.error();
    }
    auto written = m_db->write([&]() -> Result<void> {
        if (auto q = m_db->exec(u"DELETE FROM tenant_capacity WHERE tenant_id = ?"_s, {id}); !q)
            return q.error();
        if (auto q = m_db->exec(u"INSERT INTO tenant_capacity (tenant_id, capacity, direction, "
                                "scaled_at, scaled_by) VALUES (?, ?, ?, ?, ?)"_s,
                                {id, capacity, direction, toIsoUtc(now), m_operator.name});
            !q)
            return q.error();
        AuditEntry entry = auditEntry(u"tenant.scale"_s, id, reason.trimmed());
        entry.before = QJsonObject {{u"capacity"_s, current->capacity}};
        entry.after = QJsonObject {{u"capacity"_s, capacity}, {u"factor"_s, factor}};
        return AuditLog(*m_db).append(entry);
    });
    if (!written)
        return written.error();
    qCInfo(lcTenants) << "tenant" << id << "scaled" << direction << "from" << current->capacity
                      << "to" << capacity;
    ScalingState after = *current;
    after.capacity = capacity;
    after.direction = direction;
    after.scaledAt = now;
    after.scaledBy = m_operator.name;
    return after;
}

} // namespace Tenancy
