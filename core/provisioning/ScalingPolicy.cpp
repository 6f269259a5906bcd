#include "ScalingPolicy.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tenancy {

ScalingPolicy ScalingPolicy::fromJson(const QJsonObject &o)
{
    ScalingPolicy p;
    p.enabled = o.value(u"enabled"_s).toBool(p.enabled);
    p.minCapacity = o.value(u"min_capacity"_s).toInt(p.minCapacity);
    p.maxCapacity = o.value(u"max_capacity"_s).toInt(p.maxCapacity);
    p.targetUtilizationPercent
        = o.value(u"target_utilization_percent"_s).toInt(p.targetUtilizationPercent);
    p.scaleUpCooldownSeconds
        = o.value(u"scale_up_cooldown_seconds"_s).toInt(p.scaleUpCooldownSeconds);
    p.scaleDownCooldownSeconds
        = o.value(u"scale_down_cooldown_seconds"_s).toInt(p.scaleDownCooldownSeconds);
    p.scaleUpThreshold = o.value(u"scale_up_threshold"_s).toDouble(p.scaleUpThreshold);
    p.scaleDownThreshold = o.value(u"scale_down_threshold"_s).toDouble(p.scaleDownThreshold);
    p.maxScaleFactor = o.value(u"max_scale_factor"_s).toDouble(p.maxScaleFactor);
    p.predictiveScaling = o.value(u"predictive_scaling"_s).toBool(p.predictiveScaling);
    p.customMetrics.clear();
    for (const QJsonValue &m : o.value(u"custom_metrics"_s).toArray())
        p.customMetrics.append(m.toString());
    return p;
}

QJsonObject ScalingPolicy::toJson() const
{
    return {{u"enabled"_s, enabled},
            {u"min_capacity"_s, minCapacity},
            {u"max_capacity"_s, maxCapacity},
            {u"target_utilization_percent"_s, targetUtilizationPercent},
            {u"scale_up_cooldown_seconds"_s, scaleUpCooldownSeconds},
            {u"scale_down_cooldown_seconds"_s, scaleDownCooldownSeconds},
            {u"scale_up_threshold"_s, scaleUpThreshold},
            {u"scale_down_threshold"_s, scaleDownThreshold},
            {u"max_scale_factor"_s, maxScaleFactor},
            {u"predictive_scaling"_s, predictiveScaling},
            {u"custom_metrics"_s, QJsonArray::fromStringList(customMetrics)}};
}

QStringList ScalingPolicy::fieldNames()
{
    return ScalingPolicy().toJson().keys();
}

QList<Error> ScalingPolicy::check(const QJsonObject &o)
{
    QList<Error> errors;
    const auto at = [](const QString &field) -> QString {
        return pointer + u'/' + field;
    };
    const auto number = [&](const QString &field) -> std::optional<double> {
        const QJsonValue v = o.value(field);
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    const auto min = number(u"min_capacity"_s);
    const auto max = number(u"max_capacity"_s);
    if (min && max && *min > *max)
        errors.append(Error::invalid(
            at(u"min_capacity"_s),
            tr("min_capacity (%1) must not be above max_capacity (%2)").arg(*min).arg(*max)));
    const auto up = number(u"scale_up_threshold"_s);
    const auto down = number(u"scale_down_threshold"_s);
    if (down && *down <= 0)
        errors.append(
            Error::invalid(at(u"scale_down_threshold"_s),
                           tr("scale_down_threshold must be above 0 (found %1)").arg(*down)));
    if (up && *up > 1)
        errors.append(
            Error::invalid(at(u"scale_up_threshold"_s),
                           tr("scale_up_threshold must be at most 1 (found %1)").arg(*up)));
    if (up && down && *down >= *up)
        errors.append(Error::invalid(at(u"scale_down_threshold"_s),
                                     tr("scale_down_threshold (%1) must be below "
                                        "scale_up_threshold (%2)")
                                         .arg(*down)
                                         .arg(*up)));
    for (const QString &field :
         {u"scale_up_cooldown_seconds"_s, u"scale_down_cooldown_seconds"_s}) {
        const auto seconds = number(field);
        if (seconds && *seconds < minimumCooldownSeconds)
            errors.append(Error::invalid(at(field),
                                         tr("%1 must be at least %2 s (found %3)")
                                             .arg(field)
                                             .arg(minimumCooldownSeconds)
                                             .arg(*seconds)));
    }
    if (const auto factor = number(u"max_scale_factor"_s); factor && *factor < 1)
        errors.append(
            Error::invalid(at(u"max_scale_factor"_s),
                           tr("max_scale_factor must be at least 1 (found %1)").arg(*factor)));
    return errors;
}

QList<Error> ScalingPolicy::checkDocument(const QJsonObject &document)
{
    const QJsonValue policy
        = document.value(u"infrastructure"_s).toObject().value(u"auto_scaling"_s);
    if (!policy.isObject())
        return {};
    return check(policy.toObject());
}

} // namespace Tenancy
