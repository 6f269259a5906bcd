#pragma once

#include "Limit.h"
#include "Money.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tenancy {

enum class Isolation { Shared, Schema, Database, Cluster };

QString isolationId(Isolation isolation);
std::optional<Isolation> isolationFromId(const QString &id);

struct TierLimits
{
    Limit users = Limit::of(0);
    Limit storageBytes = Limit::of(0); // bytes; 1 GB = 10^9 bytes
    Limit aiSessionsPerMonth = Limit::of(0);
    Limit apiRequestsPerHour = Limit::of(0);
    Limit customIntegrations = Limit::of(0);
};

// How far a tier's AI settings may go: rate limits a tenant's configuration may not exceed,
// and the model families it may enable (the free tier: no custom or fine-tuned models).
struct TierAiLimits
{
    Limit requestsPerMinute = Limit::of(0);
    Limit tokensPerDay = Limit::of(0);
    Limit concurrentRequests = Limit::of(0);
    QStringList models; // "gpt-4", "claude-3", "custom_models", "fine_tuned_models"
};

// What usage above a limit costs (tiers.json "overage"): price_minor for every `per` units
// over (1 user, 10^9 bytes, 1,000 API calls ...). A tier without one for a metric charges
// nothing over (the limit is enforced instead).
struct OveragePrice
{
    qint64 priceMinor = 0;
    qint64 per = 1;
    bool operator==(const OveragePrice &) const = default;
};

struct Tier
{
    QString name; // "free", "professional", ...
    QString displayName; // "Free", ...
    TierLimits limits;
    TierAiLimits ai;
    QString supportLevel; // "community", "business", "premium", "white_glove"
    int slaHundredths = 0; // 9999 means 99.99 %
    QString infrastructure; // "shared", "dedicated", "dedicated_cluster"
    Isolation defaultIsolation = Isolation::Shared;
    std::optional<Money> monthlyPrice; // empty: quote-only (custom)
    QStringList features;
    // By metric: "users", "storage_bytes", "ai_sessions", "api_calls" (the metrics with a limit).
    QMap<QString, OveragePrice> overage;
    QJsonObject configuration; // tier-specific configuration over the catalog's base
    // Durations behind the templates' trial_expiry_date() and subscription_end_date().
    int trialDays = 0; // 0: no trial
    int subscriptionTermMonths = 1;

    double slaPercent() const { return slaHundredths / 100.0; }
};

} // namespace Tenancy
