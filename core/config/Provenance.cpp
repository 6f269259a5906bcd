#include "Provenance.h"

#include "ConfigDiff.h"
#include "model/Catalog.h"

using namespace Qt::StringLiterals;

namespace Tenancy {

QJsonObject tierDefaultsDocument(const Catalog &catalog, const QString &tierName)
{
    const Tier *tier = catalog.tier(tierName);
    if (!tier)
        return {};
    QJsonObject billing {{u"currency"_s, catalog.currency()}};
    billing.insert(u"monthly_price_minor"_s,
                   tier->monthlyPrice ? QJsonValue(double(tier->monthlyPrice->minor))
                                      : QJsonValue(QJsonValue::Null));
    return {{u"tier"_s, tier->name},
            {u"configuration"_s, catalog.defaultConfiguration(tier->name)},
            {u"infrastructure"_s,
             QJsonObject {{u"type"_s, tier->infrastructure},
                          {u"isolation"_s, isolationId(tier->defaultIsolation)}}},
            {u"billing"_s, billing}};
}

namespace {

void walk(const QJsonValue &node, const QString &pointer, const QJsonObject &tierDefaults,
          const QList<ConfigOverride> &overrides, QList<ProvenanceEntry> &out)
{
    if (node.isObject() && !node.toObject().isEmpty()) {
        const QJsonObject o = node.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            walk(it.value(), pointerAppend(pointer, it.key()), tierDefaults, overrides, out);
        return;
    }
    const ConfigOverride *covering = nullptr;
    for (const ConfigOverride &o : overrides) {
        const bool covers = pointer == o.pointer || pointer.startsWith(o.pointer + u'/');
        if (covers && (!covering || o.pointer.size() >= covering->pointer.size()))
            covering = &o;
    }
    ConfigLayer layer = ConfigLayer::Template;
    if (covering)
        layer = covering->layer;
    else if (valueAt(tierDefaults, pointer) == node)
        layer = ConfigLayer::TierDefault;
    out.append({pointer, node, layer});
}

} // namespace

QList<ProvenanceEntry> provenance(const QJsonObject &effective, const QJsonObject &tierDefaults,
                                  const QList<ConfigOverride> &overrides)
{
    QList<ProvenanceEntry> out;
    walk(effective, QString(), tierDefaults, overrides, out);
    return out;
}

} // namespace Tenancy
