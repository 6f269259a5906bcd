#include "SampleFleet.h"

#include <QHash>
#include <QSet>

#include <array>
#include <span>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

// SplitMix64: tiny, fast and the same on every platform (std distributions are not).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    quint64 below(quint64 n) { return n == 0 ? 0 : next() % n; }
    // True with probability percent/100.
    bool chance(int percent) { return int(below(100)) < percent; }
    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[below(items.size())];
    }

private:
    quint64 m_state;
};

struct Weighted
{
    const char16_t *id;
    int weight;
};

template<size_t N>
QString pickWeighted(Random &random, const std::array<Weighted, N> &items)
{
    int total = 0;
    for (const auto &item : items)
        total += item.weight;
    int roll = int(random.below(quint64(total)));
    for (const auto &item : items) {
        if (roll < item.weight)
            return QString::fromUtf16(item.id);
        roll -= item.weight;
    }
    return QString::fromUtf16(items.back().id);
}

constexpr std::array<Weighted, 4> kTiers {
    {{u"free", 68}, {u"professional", 24}, {u"enterprise", 7}, {u"custom", 1}}};

constexpr std::array<Weighted, 12> kRegions {{{u"us-east-1", 28},
                                              {u"us-east-2", 8},
                                              {u"us-west-2", 12},
                                              {u"ca-central-1", 4},
                                              {u"eu-west-1", 12},
                                              {u"eu-central-1", 10},
                                              {u"eu-north-1", 3},
                                              {u"eu-west-2", 7},
                                              {u"ap-southeast-1", 5},
                                              {u"ap-northeast-1", 4},
                                              {u"ap-south-1", 4},
                                              {u"sa-east-1", 3}}};

constexpr std::array<Weighted, 10> kIndustries {{{u"technology", 30},
                                                 {u"healthcare", 10},
                                                 {u"finance", 12},
                                                 {u"retail", 14},
                                                 {u"education", 8},
                                                 {u"government", 3},
                                                 {u"manufacturing", 8},
                                                 {u"media", 7},
                                                 {u"logistics", 5},
                                                 {u"nonprofit", 3}}};

constexpr std::array<Weighted, 7> kStatuses {{{u"active", 84},
                                              {u"suspended", 6},
                                              {u"pending", 3},
                                              {u"provisioning", 1},
                                              {u"failed", 2},
                                              {u"deprovisioning", 2},
                                              {u"deleted", 2}}};

constexpr std::array<const char16_t *, 72> kPrefixes {
    u"Acme",       u"Globex",     u"Initech",   u"Umbrella",    u"Stark",         u"Wayne",
    u"Hooli",      u"Vandelay",   u"Soylent",   u"Tyrell",      u"Cyberdyne",     u"Aperture",
    u"Massive",    u"Wonka",      u"Gringotts", u"Oscorp",      u"Nakatomi",      u"Monarch",
    u"Blue Sun",   u"Pied Piper", u"Dunder",    u"Sterling",    u"Prestige",      u"Northwind",
    u"Contoso",    u"Fabrikam",   u"Tailspin",  u"Wingtip",     u"Adatum",        u"Litware",
    u"Proseware",  u"Lucerne",    u"Alpine",    u"Coho",        u"Fourth Coffee", u"Margie's",
    u"Trey",       u"Woodgrove",  u"Humongous", u"Blue Yonder", u"Graphic",       u"Southridge",
    u"Wide World", u"Datum",      u"Relecloud", u"Bellows",     u"Cobalt",        u"Juniper",
    u"Kestrel",    u"Larkspur",   u"Meridian",  u"Nimbus",      u"Orchid",        u"Pinnacle",
    u"Quarry",     u"Riverbend",  u"Saffron",   u"Tamarack",    u"Upland",        u"Verdant",
    u"Willow",     u"Yarrow",     u"Zephyr",    u"Élan",        u"Müller",        u"Sakura",
    u"Aurora",     u"Beacon",     u"Cascade",   u"Driftwood",   u"Ember",         u"Fjord"};

constexpr std::array<const char16_t *, 10> kTechNouns {u"Software",  u"Systems",  u"Labs", u"Cloud",
                                                       u"Analytics", u"Networks", u"Data", u"AI",
                                                       u"Robotics",  u"Digital"};
constexpr std::array<const char16_t *, 8> kHealthNouns {u"Health", u"Medical",    u"Clinics",
                                                        u"Care",   u"Pharma",     u"Diagnostics",
                                                        u"Dental", u"Biosciences"};
constexpr std::array<const char16_t *, 8> kFinanceNouns {u"Capital",  u"Financial", u"Bank",
                                                         u"Payments", u"Insurance", u"Credit Union",
                                                         u"Wealth",   u"Lending"};
constexpr std::array<const char16_t *, 8> kRetailNouns {
    u"Outfitters", u"Market", u"Goods", u"Stores", u"Supply", u"Boutique", u"Home", u"Grocers"};
constexpr std::array<const char16_t *, 6> kEducationNouns {
    u"Academy", u"University", u"Learning", u"School District", u"College", u"Institute"};
constexpr std::array<const char16_t *, 6> kGovernmentNouns {
    u"County",         u"City Services", u"Transit Authority",
    u"Water District", u"Agency",        u"Public Library"};
constexpr std::array<const char16_t *, 7> kManufacturingNouns {
    u"Industries", u"Manufacturing", u"Metals",    u"Plastics",
    u"Machinery",  u"Motors",        u"Components"};
constexpr std::array<const char16_t *, 6> kMediaNouns {u"Studios", u"Media",        u"Publishing",
                                                       u"Records", u"Broadcasting", u"Games"};
constexpr std::array<const char16_t *, 6> kLogisticsNouns {
    u"Logistics", u"Freight", u"Shipping", u"Couriers", u"Fleet", u"Warehousing"};
constexpr std::array<const char16_t *, 5> kNonprofitNouns {u"Foundation", u"Trust", u"Alliance",
                                                           u"Society", u"Relief"};

// A middle word for most names: "Acme Harbor Health", "Globex Summit Capital".
constexpr std::array<const char16_t *, 48> kMiddles {
    u"Harbor",     u"Summit",  u"Ridge",  u"Lake",    u"Valley",  u"River",   u"Bay",
    u"Canyon",     u"Prairie", u"Forest", u"Meadow",  u"Coast",   u"Island",  u"Mesa",
    u"Granite",    u"Silver",  u"Golden", u"Crimson", u"Azure",   u"Emerald", u"Ivory",
    u"Amber",      u"Onyx",    u"Cedar",  u"Maple",   u"Oak",     u"Pine",    u"Birch",
    u"Falcon",     u"Heron",   u"Otter",  u"Lynx",    u"Raven",   u"Wolf",    u"Bear",
    u"Atlas",      u"Orbit",   u"Vector", u"Quantum", u"Signal",  u"Bridge",  u"Keystone",
    u"Lighthouse", u"Compass", u"Anchor", u"Harvest", u"Horizon", u"Frontier"};

constexpr std::array<const char16_t *, 12> kQualifiers {
    u"Group", u"Holdings", u"International", u"Partners", u"Global",  u"North",
    u"South", u"East",     u"West",          u"Europe",   u"Pacific", u"Americas"};

constexpr std::array<const char16_t *, 40> kFirstNames {
    u"alice",  u"bob",    u"carol",   u"dave",   u"erin",   u"frank",   u"grace",  u"heidi",
    u"ivan",   u"judy",   u"mallory", u"niaj",   u"olivia", u"peggy",   u"rupert", u"sybil",
    u"trent",  u"victor", u"walter",  u"yasmin", u"zoe",    u"amara",   u"bruno",  u"chen",
    u"dmitri", u"elena",  u"farid",   u"gisela", u"hiro",   u"ingrid",  u"jamal",  u"kenji",
    u"lucia",  u"mateo",  u"noor",    u"oskar",  u"priya",  u"quentin", u"rosa",   u"sven"};
constexpr std::array<const char16_t *, 40> kLastNames {
    u"smith",    u"johnson", u"garcia", u"miller", u"davis",    u"martinez", u"lopez",   u"wilson",
    u"anderson", u"thomas",  u"taylor", u"moore",  u"jackson",  u"martin",   u"lee",     u"perez",
    u"thompson", u"white",   u"harris", u"clark",  u"lewis",    u"walker",   u"hall",    u"young",
    u"allen",    u"king",    u"wright", u"scott",  u"nguyen",   u"hill",     u"flores",  u"green",
    u"adams",    u"nelson",  u"baker",  u"rivera", u"campbell", u"mitchell", u"roberts", u"carter"};

std::span<const char16_t *const> nounsFor(const QString &industry)
{
    if (industry == u"healthcare"_s)
        return kHealthNouns;
    if (industry == u"finance"_s)
        return kFinanceNouns;
    if (industry == u"retail"_s)
        return kRetailNouns;
    if (industry == u"education"_s)
        return kEducationNouns;
    if (industry == u"government"_s)
        return kGovernmentNouns;
    if (industry == u"manufacturing"_s)
        return kManufacturingNouns;
    if (industry == u"media"_s)
        return kMediaNouns;
    if (industry == u"logistics"_s)
        return kLogisticsNouns;
    if (industry == u"nonprofit"_s)
        return kNonprofitNouns;
    return kTechNouns;
}

QString slug(const QString &name)
{
    QString out;
    bool dash = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        if (c.unicode() < 0x80 && c.isLetterOrNumber()) {
            out += c.toLower();
            dash = false;
        } else if (!out.isEmpty() && !dash) {
            out += u'-';
            dash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(50);
}

QStringList complianceFor(Random &random, const QString &tier, const QString &industry,
                          const QString &jurisdiction)
{
    QStringList set;
    const bool paid = tier != u"free"_s;
    const bool big = tier == u"enterprise"_s || tier == u"custom"_s;
    if ((jurisdiction == u"EU"_s || jurisdiction == u"UK"_s) && random.chance(paid ? 95 : 70))
        set << u"GDPR"_s;
    if (jurisdiction == u"US"_s
        && (industry == u"retail"_s || industry == u"technology"_s || industry == u"media"_s)
        && random.chance(paid ? 45 : 15))
        set << u"CCPA"_s;
    if (industry == u"healthcare"_s && (jurisdiction == u"US"_s || random.chance(20))
        && random.chance(paid ? 92 : 40))
        set << u"HIPAA"_s;
    if ((industry == u"finance"_s || industry == u"retail"_s) && random.chance(paid ? 80 : 25))
        set << u"PCI_DSS"_s;
    if (industry == u"government"_s && jurisdiction == u"US"_s && random.chance(paid ? 85 : 30))
        set << u"FEDRAMP"_s;
    if (random.chance(big ? 88 : (paid ? 35 : 3)))
        set << u"SOC2"_s;
    if (random.chance(big ? 55 : (paid ? 12 : 1)))
        set << u"ISO27001"_s;
    set.sort();
    return set;
}

} // namespace

QList<Tenant> SampleFleet::generate(const Catalog &catalog, int count, quint64 seed,
                                    const QDateTime &now, const QString &createdBy)
{
    Random random(seed ^ 0x7E4A4C7F1EE7ULL);

    QList<Tenant> tenants;
    tenants.reserve(count);
    QSet<QString> ids;
    QSet<QString> names;
    ids.reserve(count);
    names.reserve(count);
    constexpr qint64 threeYears = 3LL * 365 * 24 * 3600;

    for (int i = 0; i < count; ++i) {
        Tenant t;
        t.tier = pickWeighted(random, kTiers);
        if (!catalog.tier(t.tier))
            t.tier = catalog.tiers().first().name;
        t.region = pickWeighted(random, kRegions);
        if (!catalog.region(t.region))
            t.region = catalog.defaultRegion();
        t.industry = pickWeighted(random, kIndustries);
        if (!catalog.industry(t.industry))
            t.industry.clear();

        const auto nouns = nounsFor(t.industry);
        QString name = QString::fromUtf16(random.pick<const char16_t *>(kPrefixes)) + u' ';
        if (random.chance(65))
            name += QString::fromUtf16(random.pick<const char16_t *>(kMiddles)) + u' ';
        name += QString::fromUtf16(nouns[random.below(nouns.size())]);
        if (names.contains(name)) {
            const QString base = name;
            name = base + u' ' + QString::fromUtf16(random.pick<const char16_t *>(kQualifiers));
            for (int n = 2; names.contains(name); ++n)
                name = base + u' ' + QString::number(n);
        }
        names.insert(name);
        t.name = name;

        QString id = slug(name);
        if (id.isEmpty())
            id = u"tenant"_s;
        for (int n = 2; ids.contains(id); ++n)
            id = slug(name) + u'-' + QString::number(n);
        ids.insert(id);
        t.id = id;

        const QString first = QString::fromUtf16(random.pick<const char16_t *>(kFirstNames));
        const QString last = QString::fromUtf16(random.pick<const char16_t *>(kLastNames));
        QString domain = slug(name).section(u'-', 0, 1);
        t.ownerEmail = first + u'.' + last + u'@' + domain + u".example"_s;

        const Region *region = catalog.region(t.region);
        t.compliance
            = complianceFor(random, t.tier, t.industry, region ? region->jurisdiction : QString());
        // Frameworks missing from a trimmed catalog are dropped rather than invented.
        t.compliance.removeIf([&](const QString &f) { return !catalog.framework(f); });

        t.status = statusFromId(pickWeighted(random, kStatuses)).value_or(TenantStatus::Active);
        t.createdAt = now.addSecs(-qint64(random.below(threeYears)) - 3600);
        const qint64 sinceCreated = t.createdAt.secsTo(now);
        t.version = 1;
        t.updatedAt = t.createdAt;
        if (t.status != TenantStatus::Active || random.chance(30)) {
            t.version = 1 + int(random.below(4)) + 1;
            t.updatedAt = t.createdAt.addSecs(qint64(random.below(quint64(sinceCreated))));
        }
        t.updatedBy = createdBy;
        t.createdBy = createdBy;
        tenants.append(std::move(t));
    }
    return tenants;
}

} // namespace Tenancy
