#pragma once

#include "Result.h"
#include "Tier.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tenancy {

struct Region
{
    QString id;
    QString displayName;
    QString jurisdiction; // "US", "EU", "UK", ...
};

struct Industry
{
    QString id;
    QString displayName;
};

struct Framework
{
    QString id; // "SOC2"
    QString displayName; // "SOC 2"
};

// The shipped reference data: tiers, regions, industries and compliance frameworks, loaded
// from JSON (by default the embedded resources under :/tenancy). Immutable once loaded.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::Catalog)

public:
    static QString builtinDirectory();
    // Loads tiers.json, regions.json, industries.json and compliance/frameworks.json from
    // directory. A missing or malformed file is an error naming the file and the problem.
    static Result<Catalog> load(const QString &directory = builtinDirectory());
    // Loads only the tier file at path, the rest from the built-in directory.
    static Result<Catalog> loadWithTierFile(const QString &tierFile);

    const QList<Tier> &tiers() const { return m_tiers; }
    const Tier *tier(const QString &name) const;
    QStringList tierNames() const;

    const QList<Region> &regions() const { return m_regions; }
    const Region *region(const QString &id) const;
    QString defaultRegion() const { return m_defaultRegion; }

    const QList<Industry> &industries() const { return m_industries; }
    const Industry *industry(const QString &id) const;

    const QList<Framework> &frameworks() const { return m_frameworks; }
    // Accepts ids and display names in any case, with spaces, '-' or '_' ("soc 2",
    // "PCI-DSS", "fedramp"); returns the canonical id or nothing when unknown.
    std::optional<QString> frameworkId(const QString &input) const;
    const Framework *framework(const QString &id) const;

    QString currency() const { return m_currency; }

    // The configuration a new tenant of this tier starts with: the catalog's base
    // configuration, the tier's own configuration over it, its limits and features.
    QJsonObject defaultConfiguration(const QString &tierName) const;

private:
    Result<void> loadTiers(const QString &path);
    Result<void> loadRegions(const QString &path);
    Result<void> loadIndustries(const QString &path);
    Result<void> loadFrameworks(const QString &path);

    QList<Tier> m_tiers;
    QList<Region> m_regions;
    QList<Industry> m_industries;
    QList<Framework> m_frameworks;
    QString m_defaultRegion;
    QString m_currency;
    QJsonObject m_baseConfiguration;
};

// Recursively merges overlay into base: objects merge key by key, anything else replaces.
QJsonObject mergeJson(QJsonObject base, const QJsonObject &overlay);

// Reads a JSON document from a file; errors name the file, line and column.
Result<QJsonObject> readJsonObjectFile(const QString &path);

} // namespace Tenancy
