#include "Labels.h"

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

QString Labels::humanize(const QString &id)
{
    QString text = id;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString Labels::tier(const Tier &tier)
{
    return tier.displayName.isEmpty() ? humanize(tier.name) : tier.displayName;
}

QString Labels::usageMetric(const QString &metric)
{
    if (metric == u"users"_s)
        return tr("Users");
    if (metric == u"storage_bytes"_s)
        return tr("Storage");
    if (metric == u"ai_sessions"_s)
        return tr("AI sessions");
    if (metric == u"api_calls"_s)
        return tr("API calls");
    if (metric == u"bandwidth_bytes"_s)
        return tr("Bandwidth");
    return metric; // a custom counter, by its own name
}

QString Labels::usageLimit(const QString &limitName)
{
    if (limitName == u"max_users"_s)
        return tr("Users");
    if (limitName == u"max_storage_bytes"_s)
        return tr("Storage");
    if (limitName == u"ai_sessions_per_month"_s)
        return tr("AI sessions this month");
    if (limitName == u"api_requests_per_hour"_s)
        return tr("API calls in the last hour");
    return humanize(limitName);
}

QString Labels::supportLevel(const QString &id)
{
    if (id == u"community"_s)
        return tr("Community");
    if (id == u"business"_s)
        return tr("Business");
    if (id == u"premium"_s)
        return tr("Premium");
    if (id == u"white_glove"_s)
        return tr("White glove");
    return humanize(id);
}

QString Labels::infrastructure(const QString &id)
{
    if (id == u"shared"_s)
        return tr("Shared");
    if (id == u"dedicated"_s)
        return tr("Dedicated");
    if (id == u"dedicated_cluster"_s)
        return tr("Dedicated cluster");
    return humanize(id);
}

QString Labels::isolation(Isolation isolation)
{
    switch (isolation) {
    case Isolation::Shared:
        return tr("Shared tables");
    case Isolation::Schema:
        return tr("Schema per tenant");
    case Isolation::Database:
        return tr("Database per tenant");
    case Isolation::Cluster:
        return tr("Cluster per tenant");
    }
    return {};
}

QString Labels::configLayer(ConfigLayer layer)
{
    switch (layer) {
    case ConfigLayer::TierDefault:
        return tr("tier default");
    case ConfigLayer::Template:
        return tr("template");
    case ConfigLayer::TenantOverride:
        return tr("override");
    case ConfigLayer::OperatorEdit:
        return tr("edit");
    }
    return {};
}

QString Labels::severity(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

} // namespace Tenancy::Ui
