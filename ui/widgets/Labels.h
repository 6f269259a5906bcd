#pragma once

#include "compliance/Compliance.h"
#include "config/Overrides.h"
#include "model/Tier.h"

#include <QCoreApplication>
#include <QString>

namespace Tenancy::Ui {

// Words for the catalog's ids, the same everywhere in the console ("white_glove" → "White
// glove", Isolation::Schema → "Schema per tenant").
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::Ui::Labels)

public:
    // A tier's display name ("Professional"), or its id in words.
    static QString tier(const Tier &tier);
    static QString supportLevel(const QString &id);
    static QString infrastructure(const QString &id);
    static QString isolation(Isolation isolation);
    // Which layer set a configuration value: "tier default", "template", "override", "edit".
    static QString configLayer(ConfigLayer layer);
    // A usage metric ("storage_bytes" → "Storage") and a usage limit ("ai_sessions_per_month" →
    // "AI sessions this month").
    static QString usageMetric(const QString &metric);
    static QString usageLimit(const QString &limitName);
    // A compliance control's severity: "Low" … "Critical".
    static QString severity(Severity severity);
    // "some_id" → "Some id": for ids the console has no words for yet.
    static QString humanize(const QString &id);
};

} // namespace Tenancy::Ui
