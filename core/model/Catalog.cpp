#include "Catalog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

Error catalogError(const QString &path, const QString &problem)
{
    return Error {ErrorCode::Catalog, path + u": "_s + problem, path};
}

// Line and column (1-based) of a byte offset in UTF-8 data.
std::pair<int, int> lineColumn(const QByteArray &data, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(data.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

bool isIdentifier(const QString &s)
{
    static const QRegularExpression re(u"^[a-z][a-z0-9_]{0,31}\\z"_s);
    return re.match(s).hasMatch();
}

QString frameworkKey(const QString &input)
{
    QString key;
    for (const QChar c : input) {
        if (c.isLetterOrNumber())
            key.append(c.toUpper());
    }
    return key;
}

} // namespace

Result<QJsonObject> readJsonObjectFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return catalogError(path, Catalog::tr("file not found"));
    if (!file.open(QIODevice::ReadOnly))
        return catalogError(path, Catalog::tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(data, parseError.offset);
        return catalogError(path,
                            Catalog::tr("line %1, column %2: %3")
                                .arg(line)
                                .arg(column)
                                .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return catalogError(path, Catalog::tr("the top level must be a JSON object"));
    return doc.object();
}

QJsonObject mergeJson(QJsonObject base, const QJsonObject &overlay)
{
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        const QJsonValue current = base.value(it.key());
        if (current.isObject() && it.value().isObject())
            base.insert(it.key(), mergeJson(current.toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QString Catalog::builtinDirectory()
{
    return u":/tenancy"_s;
}

Result<Catalog> Catalog::load(const QString &directory)
{
    Catalog catalog;
    if (auto r = catalog.loadTiers(directory + u"/tiers.json"_s); !r)
        return r.error();
    if (auto r = catalog.loadRegions(directory + u"/regions.json"_s); !r)
        return r.error();
    if (auto r = catalog.loadIndustries(directory + u"/industries.json"_s); !r)
        return r.error();
    if (auto r = catalog.loadFrameworks(directory + u"/compliance/frameworks.json"_s); !r)
        return r.error();
    return catalog;
}

Result<Catalog> Catalog::loadWithTierFile(const QString &tierFile)
{
    auto catalog = load();
    if (!catalog)
        return catalog;
    catalog->m_tiers.clear();
    if (auto r = catalog->loadTiers(tierFile); !r)
        return r.error();
    return catalog;
}

Result<void> Catalog::loadTiers(const QString &path)
{
    auto json = readJsonObjectFile(path);
    if (!json)
        return json.error();
    const QJsonObject root = *json;

    m_currency = root.value(u"currency"_s).toString();
    static const QRegularExpression currencyRe(u"^[A-Z]{3}\\z"_s);
    if (!currencyRe.match(m_currency).hasMatch())
        return catalogError(path, tr("\"currency\" must be a three-letter ISO 4217 code"));

    if (!root.value(u"base_configuration"_s).isObject())
        return catalogError(path, tr("\"base_configuration\" must be an object"));
    m_baseConfiguration = root.value(u"base_configuration"_s).toObject();

    const QJsonValue tiersValue = root.value(u"tiers"_s);
    if (!tiersValue.isArray() || tiersValue.toArray().isEmpty())
        return catalogError(path, tr("\"tiers\" must be a non-empty array"));

    QSet<QString> seen;
    const QJsonArray tiers = tiersValue.toArray();
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QJsonObject t = tiers.at(i).toObject();
        const QString where = tr("tiers[%1]").arg(i);
        auto fail = [&](const QString &problem) {
            return catalogError(path, where + u": "_s + problem);
        };
        if (!tiers.at(i).isObject())
            return fail(tr("must be an object"));

        Tier tier;
        tier.name = t.value(u"name"_s).toString();
        if (!isIdentifier(tier.name))
            return fail(tr("\"name\" must be a lowercase identifier"));
        if (seen.contains(tier.name))
            return fail(tr("duplicate tier name \"%1\"").arg(tier.name));
        seen.insert(tier.name);

        tier.displayName = t.value(u"display_name"_s).toString();
        if (tier.displayName.trimmed().isEmpty())
            return fail(tr("\"display_name\" is missing"));

        const QJsonObject limits = t.value(u"limits"_s).toObject();
        const std::pair<const char16_t *, Limit *> limitFields[] = {
            {u"users", &tier.limits.users},
            {u"storage_bytes", &tier.limits.storageBytes},
            {u"ai_sessions_per_month", &tier.limits.aiSessionsPerMonth},
            {u"api_requests_per_hour", &tier.limits.apiRequestsPerHour},
            {u"custom_integrations", &tier.limits.customIntegrations},
        };
        for (const auto &[key, target] : limitFields) {
            const QString name = QString::fromUtf16(key);
            const auto limit = Limit::fromJson(limits.value(name));
            if (!limit) {
                return fail(
                    tr("\"limits.%1\" must be a non-negative integer or \"unlimited\"").arg(name));
            }
            *target = *limit;
        }

        const QJsonObject ai = t.value(u"ai_limits"_s).toObject();
        const std::pair<const char16_t *, Limit *> aiFields[] = {
            {u"requests_per_minute", &tier.ai.requestsPerMinute},
            {u"tokens_per_day", &tier.ai.tokensPerDay},
            {u"concurrent_requests", &tier.ai.concurrentRequests},
        };
        for (const auto &[key, target] : aiFields) {
            const QString name = QString::fromUtf16(key);
            const auto limit = Limit::fromJson(ai.value(name));
            if (!limit) {
                return fail(tr("\"ai_limits.%1\" must be a non-negative integer or \"unlimited\"")
                                .arg(name));
            }
            *target = *limit;
        }
        static const QStringList knownModels {u"gpt-4"_s, u"claude-3"_s, u"custom_models"_s,
                                              u"fine_tuned_models"_s};
        for (const QJsonValue &m : ai.value(u"models"_s).toArray()) {
            if (!knownModels.contains(m.toString())) {
                return fail(tr("\"ai_limits.models\" holds \"%1\"; the models are %2")
                                .arg(m.toString(), knownModels.join(u", "_s)));
            }
            tier.ai.models << m.toString();
        }
        if (!ai.value(u"models"_s).isArray())
            return fail(tr("\"ai_limits.models\" must be an array of model names"));

        tier.supportLevel = t.value(u"support_level"_s).toString();
        if (!isIdentifier(tier.supportLevel))
            return fail(tr("\"support_level\" must be an identifier"));

        const QJsonValue sla = t.value(u"sla_percent"_s);
        if (!sla.isDouble() || sla.toDouble() <= 0 || sla.toDouble() > 100)
            return fail(tr("\"sla_percent\" must be a number above 0 and at most 100"));
        tier.slaHundredths = static_cast<int>(std::lround(sla.toDouble() * 100));

        tier.infrastructure = t.value(u"infrastructure"_s).toString();
        if (!isIdentifier(tier.infrastructure))
            return fail(tr("\"infrastructure\" must be an identifier"));

        const auto isolation = isolationFromId(t.value(u"default_isolation"_s).toString());
        if (!isolation)
            return fail(tr("\"default_isolation\" must be shared, schema, database or cluster"));
        tier.defaultIsolation = *isolation;

        const QJsonValue price = t.value(u"monthly_price_minor"_s);
        if (price.isNull()) {
            tier.monthlyPrice.reset();
        } else {
            const auto minor = Limit::fromJson(price);
            if (!price.isDouble() || !minor)
                return fail(tr("\"monthly_price_minor\" must be a non-negative integer (minor "
                               "units) or null for quote-only"));
            tier.monthlyPrice = Money {minor->value(), m_currency};
        }

        const QJsonValue trial = t.value(u"trial_days"_s);
        if (!trial.isDouble() || trial.toDouble() != trial.toInt(-1) || trial.toInt() < 0
            || trial.toInt() > 365) {
            return fail(tr("\"trial_days\" must be a whole number of days from 0 to 365"));
        }
        tier.trialDays = trial.toInt();
        const QJsonValue term = t.value(u"subscription_term_months"_s);
        if (!term.isDouble() || term.toDouble() != term.toInt(-1) || term.toInt() < 1
            || term.toInt() > 60) {
            return fail(
                tr("\"subscription_term_months\" must be a whole number of months from 1 to 60"));
        }
        tier.subscriptionTermMonths = term.toInt();

        const QJsonValue features = t.value(u"features"_s);
        if (!features.isArray())
            return fail(tr("\"features\" must be an array of strings"));
        for (const QJsonValue &f : features.toArray()) {
            if (!f.isString())
                return fail(tr("\"features\" must be an array of strings"));
            tier.features.append(f.toString());
        }

        const QJsonValue overage = t.value(u"overage"_s);
        if (!overage.isUndefined()) {
            if (!overage.isObject())
                return fail(tr("\"overage\" must be an object of prices by metric"));
            static const QStringList priced {u"users"_s, u"storage_bytes"_s, u"ai_sessions"_s,
                                             u"api_calls"_s};
            const QJsonObject prices = overage.toObject();
            for (auto it = prices.begin(); it != prices.end(); ++it) {
                if (!priced.contains(it.key()))
                    return fail(tr("\"overage\" prices \"%1\"; the metrics with a limit are %2")
                                    .arg(it.key(), priced.join(u", "_s)));
                const QJsonObject p = it.value().toObject();
                const auto price = Limit::fromJson(p.value(u"price_minor"_s));
                const QJsonValue perValue = p.value(u"per"_s);
                const auto per = perValue.isUndefined() ? Limit::of(1) : Limit::fromJson(perValue);
                if (!it.value().isObject() || !p.value(u"price_minor"_s).isDouble() || !price
                    || (!perValue.isUndefined() && !perValue.isDouble()) || !per
                    || per->value() < 1) {
                    return fail(tr("\"overage.%1\" must be {\"price_minor\": a non-negative "
                                   "integer, \"per\": a whole number of units from 1}")
                                    .arg(it.key()));
                }
                tier.overage.insert(it.key(), OveragePrice {price->value(), per->value()});
            }
        }

        const QJsonValue configuration = t.value(u"configuration"_s);
        if (!configuration.isUndefined() && !configuration.isObject())
            return fail(tr("\"configuration\" must be an object"));
        tier.configuration = configuration.toObject();

        m_tiers.append(tier);
    }
    return {};
}

Result<void> Catalog::loadRegions(const QString &path)
{
    auto json = readJsonObjectFile(path);
    if (!json)
        return json.error();
    const QJsonArray regions = json->value(u"regions"_s).toArray();
    if (regions.isEmpty())
        return catalogError(path, tr("\"regions\" must be a non-empty array"));
    static const QRegularExpression idRe(u"^[a-z]{2}-[a-z]+-[0-9]+\\z"_s);
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const QJsonObject r = regions.at(i).toObject();
        Region region {r.value(u"id"_s).toString(), r.value(u"display_name"_s).toString(),
                       r.value(u"jurisdiction"_s).toString()};
        if (!idRe.match(region.id).hasMatch() || region.displayName.isEmpty()
            || region.jurisdiction.size() != 2) {
            return catalogError(path,
                                tr("regions[%1]: needs an id like \"us-east-1\", a "
                                   "display_name and a two-letter jurisdiction")
                                    .arg(i));
        }
        if (this->region(region.id))
            return catalogError(path, tr("regions[%1]: duplicate id \"%2\"").arg(i).arg(region.id));
        m_regions.append(region);
    }
    m_defaultRegion = json->value(u"default_region"_s).toString();
    if (!region(m_defaultRegion))
        return catalogError(path, tr("\"default_region\" must name one of the regions"));
    return {};
}

Result<void> Catalog::loadIndustries(const QString &path)
{
    auto json = readJsonObjectFile(path);
    if (!json)
        return json.error();
    const QJsonArray industries = json->value(u"industries"_s).toArray();
    if (industries.isEmpty())
        return catalogError(path, tr("\"industries\" must be a non-empty array"));
    for (qsizetype i = 0; i < industries.size(); ++i) {
        const QJsonObject o = industries.at(i).toObject();
        Industry industry {o.value(u"id"_s).toString(), o.value(u"display_name"_s).toString()};
        if (!isIdentifier(industry.id) || industry.displayName.isEmpty())
            return catalogError(path, tr("industries[%1]: needs an id and a display_name").arg(i));
        m_industries.append(industry);
    }
    return {};
}

Result<void> Catalog::loadFrameworks(const QString &path)
{
    auto json = readJsonObjectFile(path);
    if (!json)
        return json.error();
    const QJsonArray frameworks = json->value(u"frameworks"_s).toArray();
    if (frameworks.isEmpty())
        return catalogError(path, tr("\"frameworks\" must be a non-empty array"));
    static const QRegularExpression idRe(u"^[A-Z][A-Z0-9_]*\\z"_s);
    for (qsizetype i = 0; i < frameworks.size(); ++i) {
        const QJsonObject o = frameworks.at(i).toObject();
        Framework framework {o.value(u"id"_s).toString(), o.value(u"display_name"_s).toString()};
        if (!idRe.match(framework.id).hasMatch() || framework.displayName.isEmpty())
            return catalogError(
                path, tr("frameworks[%1]: needs an uppercase id and a display_name").arg(i));
        m_frameworks.append(framework);
    }
    return {};
}

const Tier *Catalog::tier(const QString &name) const
{
    for (const Tier &t : m_tiers) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList Catalog::tierNames() const
{
    QStringList names;
    for (const Tier &t : m_tiers)
        names.append(t.name);
    return names;
}

const Region *Catalog::region(const QString &id) const
{
    for (const Region &r : m_regions) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const Industry *Catalog::industry(const QString &id) const
{
    for (const Industry &i : m_industries) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

std::optional<QString> Catalog::frameworkId(const QString &input) const
{
    const QString key = frameworkKey(input);
    if (key.isEmpty())
        return std::nullopt;
    for (const Framework &f : m_frameworks) {
        if (frameworkKey(f.id) == key || frameworkKey(f.displayName) == key)
            return f.id;
    }
    return std::nullopt;
}

const Framework *Catalog::framework(const QString &id) const
{
    for (const Framework &f : m_frameworks) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QJsonObject Catalog::defaultConfiguration(const QString &tierName) const
{
    const Tier *t = tier(tierName);
    if (!t)
        return {};
    QJsonObject configuration = mergeJson(m_baseConfiguration, t->configuration);

    QJsonObject limits = configuration.value(u"limits"_s).toObject();
    limits.insert(u"max_users"_s, t->limits.users.toJson());
    limits.insert(u"max_storage_bytes"_s, t->limits.storageBytes.toJson());
    limits.insert(u"ai_sessions_per_month"_s, t->limits.aiSessionsPerMonth.toJson());
    limits.insert(u"api_requests_per_hour"_s, t->limits.apiRequestsPerHour.toJson());
    limits.insert(u"custom_integrations"_s, t->limits.customIntegrations.toJson());
    configuration.insert(u"limits"_s, limits);

    QJsonObject features = configuration.value(u"features"_s).toObject();
    features.insert(u"enabled"_s, QJsonArray::fromStringList(t->features));
    configuration.insert(u"features"_s, features);
    return configuration;
}

} // namespace Tenancy
