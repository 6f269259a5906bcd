#include "AiConfiguration.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

const QString kAi = u"/configuration/ai_configuration"_s;

QString modelLabel(const QString &model)
{
    if (model == u"custom_models"_s)
        return AiConfigurationManager::tr("custom models");
    if (model == u"fine_tuned_models"_s)
        return AiConfigurationManager::tr("fine-tuned models");
    return model;
}

// The first tier (in catalog order) that allows the model, for "needs the X tier".
QString firstTierAllowing(const Catalog &catalog, const QString &model)
{
    for (const Tier &t : catalog.tiers()) {
        if (t.ai.models.contains(model))
            return t.displayName;
    }
    return {};
}

ConfigLayer layerAt(const QList<ProvenanceEntry> &provenance, const QString &pointer)
{
    for (const ProvenanceEntry &p : provenance) {
        if (p.pointer == pointer)
            return p.layer;
    }
    return ConfigLayer::TierDefault;
}

} // namespace

QJsonObject ModelAccess::toJson() const
{
    return {{u"model"_s, model},
            {u"enabled"_s, enabled},
            {u"tier_default"_s, tierDefault},
            {u"source"_s, configLayerId(source)},
            {u"allowed_by_tier"_s, allowedByTier}};
}

QJsonObject AiRateLimit::toJson() const
{
    return {{u"name"_s, name},
            {u"value"_s, value},
            {u"tier_bound"_s, bound.toJson()},
            {u"source"_s, configLayerId(source)}};
}

QJsonObject AiConfigurationView::toJson() const
{
    QJsonArray modelList;
    for (const ModelAccess &m : models)
        modelList.append(m.toJson());
    QJsonArray limits;
    for (const AiRateLimit &r : rateLimits)
        limits.append(r.toJson());
    return {{u"tenant"_s, tenantId},        {u"tier"_s, tier},
            {u"model_access"_s, modelList}, {u"rate_limits"_s, limits},
            {u"safety_settings"_s, safety}, {u"ml_pipeline"_s, mlPipeline}};
}

AiConfigurationManager::AiConfigurationManager(std::shared_ptr<const Catalog> catalog)
    : m_catalog(std::move(catalog))
{ }

QStringList AiConfigurationManager::modelNames()
{
    return {u"gpt-4"_s, u"claude-3"_s, u"custom_models"_s, u"fine_tuned_models"_s};
}

QStringList AiConfigurationManager::categoryNames()
{
    return {u"hate"_s, u"sexual"_s, u"violence"_s, u"self_harm"_s};
}

QStringList AiConfigurationManager::severityNames()
{
    return {u"safe"_s, u"low"_s, u"medium"_s, u"high"_s};
}

QJsonObject AiConfigurationManager::contentFilter(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject();
    QJsonObject categories;
    for (const QString &c : categoryNames())
        categories.insert(c, QJsonObject {{u"input"_s, u"medium"_s}, {u"output"_s, u"medium"_s}});
    return {{u"enabled"_s, value.toBool(true)}, {u"categories"_s, categories}};
}

QList<Error> AiConfigurationManager::check(const QJsonObject &document) const
{
    QList<Error> errors;
    const Tier *tier = m_catalog->tier(document.value(u"tier"_s).toString());
    if (!tier)
        return errors; // the schema and the tier check say what is wrong
    const QJsonObject ai
        = document.value(u"configuration"_s).toObject().value(u"ai_configuration"_s).toObject();
    const QJsonObject access = ai.value(u"model_access"_s).toObject();
    for (const QString &model : modelNames()) {
        if (!access.value(model).toBool() || tier->ai.models.contains(model))
            continue;
        const QString needs = firstTierAllowing(*m_catalog, model);
        errors.append(Error::invalid(
            kAi + u"/model_access/"_s + model,
            needs.isEmpty()
                ? tr("the %1 tier cannot enable %2").arg(tier->displayName, modelLabel(model))
                : tr("the %1 tier cannot enable %2; the %3 tier or above can")
                      .arg(tier->displayName, modelLabel(model), needs)));
    }
    const QJsonObject limits = ai.value(u"rate_limits"_s).toObject();
    const std::pair<const char16_t *, Limit> bounds[] = {
        {u"requests_per_minute", tier->ai.requestsPerMinute},
        {u"tokens_per_day", tier->ai.tokensPerDay},
        {u"concurrent_requests", tier->ai.concurrentRequests},
    };
    for (const auto &[key, bound] : bounds) {
        const QString name = QString::fromUtf16(key);
        const QJsonValue v = limits.value(name);
        if (!v.isDouble() || bound.allows(qint64(v.toDouble())))
            continue;
        errors.append(Error::invalid(kAi + u"/rate_limits/"_s + name,
                                     tr("%1 is above the %2 tier's bound of %3; only a higher "
                                        "tier can raise it")
                                         .arg(qint64(v.toDouble()))
                                         .arg(tier->displayName)
                                         .arg(bound.value())));
    }
    return errors;
}

AiConfigurationView AiConfigurationManager::view(const QString &tenantId,
                                                 const QJsonObject &document,
                                                 const QList<ProvenanceEntry> &provenance) const
{
    AiConfigurationView v;
    v.tenantId = tenantId;
    v.tier = document.value(u"tier"_s).toString();
    const Tier *tier = m_catalog->tier(v.tier);
    const QJsonObject ai
        = document.value(u"configuration"_s).toObject().value(u"ai_configuration"_s).toObject();
    const QJsonObject defaults = tierDefaultsDocument(*m_catalog, v.tier)
                                     .value(u"configuration"_s)
                                     .toObject()
                                     .value(u"ai_configuration"_s)
                                     .toObject();
    const QJsonObject access = ai.value(u"model_access"_s).toObject();
    for (const QString &model : modelNames()) {
        ModelAccess m;
        m.model = model;
        m.enabled = access.value(model).toBool();
        m.tierDefault = defaults.value(u"model_access"_s).toObject().value(model).toBool();
        m.source = layerAt(provenance, kAi + u"/model_access/"_s + model);
        m.allowedByTier = tier && tier->ai.models.contains(model);
        v.models.append(m);
    }
    const QJsonObject limits = ai.value(u"rate_limits"_s).toObject();
    for (const QString &name :
         {u"requests_per_minute"_s, u"tokens_per_day"_s, u"concurrent_requests"_s}) {
        AiRateLimit r;
        r.name = name;
        r.value = qint64(limits.value(name).toDouble());
        if (tier) {
            r.bound = name == u"requests_per_minute"_s ? tier->ai.requestsPerMinute
                : name == u"tokens_per_day"_s          ? tier->ai.tokensPerDay
                                                       : tier->ai.concurrentRequests;
        }
        r.source = layerAt(provenance, kAi + u"/rate_limits/"_s + name);
        v.rateLimits.append(r);
    }
    v.safety = ai.value(u"safety_settings"_s).toObject();
    v.safety.insert(u"content_filter"_s, contentFilter(v.safety.value(u"content_filter"_s)));
    v.mlPipeline = ai.value(u"ml_pipeline"_s).toObject();
    return v;
}

} // namespace Tenancy
