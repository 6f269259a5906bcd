#pragma once

#include "config/Provenance.h"
#include "model/Catalog.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Tenancy {

// One model family's access for a tenant: on or off, which layer decided it (the tier's default
// or the tenant's override/edit), and whether the tier allows it at all.
struct ModelAccess
{
    QString model; // "gpt-4", "claude-3", "custom_models", "fine_tuned_models"
    bool enabled = false;
    bool tierDefault = false; // the tier's own value
    ConfigLayer source = ConfigLayer::TierDefault;
    bool allowedByTier = true;
    QJsonObject toJson() const;
};

// A rate limit with the tier's bound.
struct AiRateLimit
{
    QString name; // "requests_per_minute", "tokens_per_day", "concurrent_requests"
    qint64 value = 0;
    Limit bound = Limit::unlimited();
    ConfigLayer source = ConfigLayer::TierDefault;
    QJsonObject toJson() const;
};

// A tenant's AI configuration as the console's AI tab and `tenancyctl ai show` present it.
struct AiConfigurationView
{
    QString tenantId;
    QString tier;
    QList<ModelAccess> models;
    QList<AiRateLimit> rateLimits;
    QJsonObject safety; // content_filter always in its per-category form
    QJsonObject mlPipeline;
    QJsonObject toJson() const;
};

// The rules of a tenant's AI configuration (configuration.ai_configuration) beyond the schema:
// model families the tier does not allow (the free tier: no custom or fine-tuned models), rate
// limits above the tier's bounds (resources/tiers.json, ai_limits), and the view with each
// value's source.
class AiConfigurationManager
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::AiConfigurationManager)

public:
    explicit AiConfigurationManager(std::shared_ptr<const Catalog> catalog);

    static QStringList modelNames();
    static QStringList categoryNames(); // hate, sexual, violence, self_harm
    static QStringList severityNames(); // safe, low, medium, high

    // Problems of a document for its tier (fields: JSON Pointers).
    QList<Error> check(const QJsonObject &document) const;
    // The view of a document; provenance says which layer set each value.
    AiConfigurationView view(const QString &tenantId, const QJsonObject &document,
                             const QList<ProvenanceEntry> &provenance) const;
    // content_filter in its per-category form (true/false: every category at medium).
    static QJsonObject contentFilter(const QJsonValue &value);

private:
    std::shared_ptr<const Catalog> m_catalog;
};

} // namespace Tenancy
