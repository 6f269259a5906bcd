#include "Cli.h"
#include "model/Format.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tenancy::Ctl {

namespace {

QJsonObject tierJson(const Tier &tier, const QString &currency)
{
    return QJsonObject {
        {u"name"_s, tier.name},
        {u"display_name"_s, tier.displayName},
        {u"limits"_s,
         QJsonObject {
             {u"users"_s, tier.limits.users.toJson()},
             {u"storage_bytes"_s, tier.limits.storageBytes.toJson()},
             {u"ai_sessions_per_month"_s, tier.limits.aiSessionsPerMonth.toJson()},
             {u"api_requests_per_hour"_s, tier.limits.apiRequestsPerHour.toJson()},
             {u"custom_integrations"_s, tier.limits.customIntegrations.toJson()},
         }},
        {u"support_level"_s, tier.supportLevel},
        {u"sla_percent"_s, tier.slaPercent()},
        {u"infrastructure"_s, tier.infrastructure},
        {u"default_isolation"_s, isolationId(tier.defaultIsolation)},
        {u"monthly_price_minor"_s,
         tier.monthlyPrice ? QJsonValue(tier.monthlyPrice->minor) : QJsonValue()},
        {u"currency"_s, tier.monthlyPrice ? tier.monthlyPrice->currency : currency},
    };
}

int runTiers(Context &c)
{
    if (c.cli.json()) {
        QJsonArray tiers;
        for (const Tier &tier : c.catalog.tiers())
            tiers.append(tierJson(tier, c.catalog.currency()));
        c.cli.printJson(tiers);
        return Ok;
    }
    QList<QStringList> rows;
    for (const Tier &t : c.catalog.tiers()) {
        rows << QStringList {t.name,
                             Format::count(t.limits.users),
                             Format::storage(t.limits.storageBytes),
                             Format::count(t.limits.aiSessionsPerMonth),
                             Format::count(t.limits.apiRequestsPerHour),
                             Format::count(t.limits.customIntegrations),
                             t.supportLevel,
                             Format::percent(t.slaHundredths),
                             isolationId(t.defaultIsolation),
                             Format::price(t.monthlyPrice)};
    }
    c.cli.printTable({Cli::tr("TIER"), Cli::tr("USERS"), Cli::tr("STORAGE"),
                      Cli::tr("AI SESSIONS/MO"), Cli::tr("API REQ/H"), Cli::tr("INTEGRATIONS"),
                      Cli::tr("SUPPORT"), Cli::tr("SLA"), Cli::tr("ISOLATION"),
                      Cli::tr("PRICE/MONTH")},
                     rows);
    c.cli.out() << Cli::tr("Storage in decimal units: 1 GB = 10^9 bytes.") << '\n';
    return Ok;
}

} // namespace

QList<Command> catalogCommands()
{
    Command tiers;
    tiers.path = {u"tiers"_s};
    tiers.summary = Cli::tr("List the tier catalog: limits, support, SLA, isolation, price.");
    tiers.needs = Command::Needs::Catalog;
    tiers.run = runTiers;
    return {tiers};
}

} // namespace Tenancy::Ctl
