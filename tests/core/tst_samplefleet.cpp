// SampleFleet: deterministic, valid and plausibly distributed sample tenants.
#include "TestSupport.h"
#include "fleet/SampleFleet.h"
#include "fleet/SampleUsage.h"
#include "model/TenantValidation.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace {

const QDateTime &fixedTime()
{
    static const QDateTime time(QDate(2024, 6, 1), QTime(9, 30, 0), Qt::UTC);
    return time;
}

QList<Tenant> fleet(int count, quint64 seed)
{
    return SampleFleet::generate(*Test::catalog(), count, seed, fixedTime(), u"tester"_s);
}

// Everything that identifies a generated tenant, as one comparable line.
QStringList fingerprint(const QList<Tenant> &tenants)
{
    QStringList lines;
    lines.reserve(tenants.size());
    for (const Tenant &t : tenants) {
        lines << QStringList {t.id,
                              t.name,
                              t.tier,
                              t.ownerEmail,
                              t.region,
                              t.industry,
                              t.compliance.join(u','),
                              statusId(t.status),
                              QString::number(t.version),
                              toIsoUtc(t.createdAt),
                              toIsoUtc(t.updatedAt)}
                     .join(u'|');
    }
    return lines;
}

QString describe(const Tenant &t)
{
    return t.id + u" ("_s + t.name + u", "_s + t.tier + u", "_s + t.industry + u", "_s + t.region
        + u", ["_s + t.compliance.join(u',') + u"])"_s;
}

} // namespace

class tst_SampleFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameFleet_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("0") << quint64(0);
        QTest::newRow("1") << quint64(1);
        QTest::newRow("42") << quint64(42);
        QTest::newRow("max") << std::numeric_limits<quint64>::max();
    }
    void sameSeedSameFleet()
    {
        QFETCH(quint64, seed);
        const QList<Tenant> a = fleet(300, seed);
        const QList<Tenant> b = fleet(300, seed);
        QCOMPARE(a.size(), 300);
        QCOMPARE(fingerprint(a), fingerprint(b));
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(a.at(i).compliance, b.at(i).compliance);
    }

    void differentSeedDifferentFleet_data()
    {
        QTest::addColumn<quint64>("seedA");
        QTest::addColumn<quint64>("seedB");
        QTest::newRow("1 vs 2") << quint64(1) << quint64(2);
        QTest::newRow("42 vs 43") << quint64(42) << quint64(43);
        QTest::newRow("0 vs max") << quint64(0) << std::numeric_limits<quint64>::max();
        QTest::newRow("high bit") << quint64(7) << (quint64(7) | (quint64(1) << 63));
    }
    void differentSeedDifferentFleet()
    {
        QFETCH(quint64, seedA);
        QFETCH(quint64, seedB);
        const QStringList a = fingerprint(fleet(200, seedA));
        const QStringList b = fingerprint(fleet(200, seedB));
        QVERIFY(a != b);
        // Not just a shuffle of one another, nor one tenant apart.
        int same = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            same += a.at(i) == b.at(i) ? 1 : 0;
        QVERIFY2(same < 20, qPrintable(QString::number(same)));
    }

    void count_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("a thousand") << 1000;
    }
    void count()
    {
        QFETCH(int, count);
        QCOMPARE(fleet(count, 5).size(), count);
    }

    // Properties of a large fleet, for a few seeds.
    void largeFleet_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 20240601") << quint64(20240601);
        QTest::newRow("seed max") << std::numeric_limits<quint64>::max();
    }
    void largeFleet()
    {
        QFETCH(quint64, seed);
        constexpr int n = 5000;
        const auto catalog = Test::catalog();
        const QList<Tenant> tenants = fleet(n, seed);
        QCOMPARE(tenants.size(), n);

        QSet<QString> ids;
        QSet<QString> names;
        QHash<QString, int> perTier;

        int gdpr = 0;
        int gdprInEuOrUk = 0;
        int euOrUk = 0;
        int active = 0;
        for (const Tenant &t : tenants) {
            const QString who = describe(t);
            QVERIFY2(!ids.contains(t.id), qPrintable(u"duplicate id "_s + who));
            ids.insert(t.id);
            QVERIFY2(!names.contains(t.name), qPrintable(u"duplicate name "_s + who));
            names.insert(t.name);

            if (const auto e = TenantValidation::checkId(t.id))
                QFAIL(qPrintable(who + u": "_s + e->message));
            if (const auto e = TenantValidation::checkName(t.name))
                QFAIL(qPrintable(who + u": "_s + e->message));
            if (const auto e = TenantValidation::checkOwnerEmail(t.ownerEmail))
                QFAIL(qPrintable(who + u": "_s + e->message));
            QCOMPARE(t.name, t.name.trimmed());
            QVERIFY2(catalog->tier(t.tier), qPrintable(who));
            const Region *region = catalog->region(t.region);
            QVERIFY2(region, qPrintable(who));
            QVERIFY2(t.industry.isEmpty() || catalog->industry(t.industry), qPrintable(who));

            // Compliance: known ids, sorted, no duplicates (the canonical form).
            for (const QString &f : t.compliance)
                QVERIFY2(catalog->framework(f), qPrintable(who));
            QStringList canonical = t.compliance;
            canonical.sort();
            canonical.removeDuplicates();
            QCOMPARE(t.compliance, canonical);
            const auto normalised = TenantValidation::normaliseCompliance(t.compliance, *catalog);
            QVERIFY(normalised.ok());
            QCOMPARE(*normalised, t.compliance);

            // Compliance that makes sense for the industry and the region.
            if (t.compliance.contains(u"HIPAA"_s))
                QVERIFY2(t.industry == u"healthcare"_s, qPrintable(who));
            if (t.compliance.contains(u"FEDRAMP"_s)) {
                QVERIFY2(t.industry == u"government"_s, qPrintable(who));
                QVERIFY2(region->jurisdiction == u"US"_s, qPrintable(who));
            }
            const bool inEuOrUk
                = region->jurisdiction == u"EU"_s || region->jurisdiction == u"UK"_s;
            euOrUk += inEuOrUk ? 1 : 0;
            if (t.compliance.contains(u"GDPR"_s)) {
                ++gdpr;
                gdprInEuOrUk += inEuOrUk ? 1 : 0;
            }

            // Times relative to "now", and the writer recorded.
            QVERIFY2(t.createdAt.isValid() && t.updatedAt.isValid(), qPrintable(who));
            QVERIFY2(t.createdAt <= fixedTime(), qPrintable(who));
            QVERIFY2(t.updatedAt >= t.createdAt, qPrintable(who));
            QVERIFY2(t.updatedAt <= fixedTime(), qPrintable(who));
            QCOMPARE(t.createdAt.timeSpec(), Qt::UTC);
            QCOMPARE(t.updatedBy, u"tester"_s);
            QVERIFY2(t.version >= 1, qPrintable(who));

            // Its configuration comes from its tier's template when it is stored.
            QVERIFY2(t.configuration.isEmpty(), qPrintable(who));

            ++perTier[t.tier];
            active += t.status == TenantStatus::Active ? 1 : 0;
        }

        // Mostly free, fewer professional, few enterprise and custom.
        const int free = perTier.value(u"free"_s);
        const int professional = perTier.value(u"professional"_s);
        const int enterprise = perTier.value(u"enterprise"_s);
        const int custom = perTier.value(u"custom"_s);
        QCOMPARE(free + professional + enterprise + custom, n);
        const QString counts = u"free %1, professional %2, enterprise %3, custom %4"_s.arg(free)
                                   .arg(professional)
                                   .arg(enterprise)
                                   .arg(custom);
        QVERIFY2(free > n * 55 / 100, qPrintable(counts));
        QVERIFY2(free > professional, qPrintable(counts));
        QVERIFY2(professional > enterprise, qPrintable(counts));
        QVERIFY2(enterprise > custom, qPrintable(counts));
        QVERIFY2(custom > 0, qPrintable(counts));
        QVERIFY2(custom < n * 3 / 100, qPrintable(counts));

        // GDPR is mostly where it applies, and most tenants there have it.
        QVERIFY(gdpr > 0);
        QVERIFY2(gdprInEuOrUk * 10 >= gdpr * 9,
                 qPrintable(u"%1 of %2 GDPR tenants in the EU/UK"_s.arg(gdprInEuOrUk).arg(gdpr)));
        QVERIFY2(gdprInEuOrUk * 2 > euOrUk,
                 qPrintable(u"%1 of %2 EU/UK tenants have GDPR"_s.arg(gdprInEuOrUk).arg(euOrUk)));

        // Most tenants are active.
        QVERIFY2(active * 2 > n, qPrintable(QString::number(active)));
    }

    // Usage histories: hourly, deterministic, a working-day rhythm, and the pressure asked for
    // on the user limit.
    void usageHistories()
    {
        const auto fleet = SampleFleet::generate(*Test::catalog(), 200, 7, fixedTime(), u"alice"_s);
        const QList<int> chosen = SampleUsage::chosen(fleet, 40);
        QCOMPARE(chosen.size(), 40);
        for (int i : chosen)
            QVERIFY(fleet.at(i).status == TenantStatus::Active
                    || fleet.at(i).status == TenantStatus::Suspended);
        const qint64 at = fixedTime().toMSecsSinceEpoch();
        Tenant tenant = fleet.at(chosen.first());
        tenant.tier = u"professional"_s; // 100 users, 10,000 API requests an hour
        const auto a = SampleUsage::generate(*Test::catalog(), tenant, 0, 7, at, 30);
        const auto b = SampleUsage::generate(*Test::catalog(), tenant, 0, 7, at, 30);
        QCOMPARE(a.keys().size(), 5);
        for (const QString &metric : a.keys()) {
            QCOMPARE(a.value(metric).size(), 30 * 24);
            QCOMPARE(a.value(metric), b.value(metric));
        }
        // Office hours on weekdays are busier than weekend nights.
        double weekday = 0, weekend = 0;
        for (const SeriesPoint &p : a.value(u"api_calls"_s)) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(p.at, Qt::UTC);
            if (t.date().dayOfWeek() <= 5 && t.time().hour() == 11)
                weekday += p.value;
            if (t.date().dayOfWeek() >= 6 && t.time().hour() == 3)
                weekend += p.value;
        }
        QVERIFY2(weekday > 5 * weekend, qPrintable(u"%1 against %2"_s.arg(weekday).arg(weekend)));
        const auto near = SampleUsage::generate(*Test::catalog(), tenant, 1, 7, at, 30);
        QCOMPARE(near.value(u"users"_s).last().value, 85.0);
        const auto over = SampleUsage::generate(*Test::catalog(), tenant, 2, 7, at, 30);
        QCOMPARE(over.value(u"users"_s).last().value, 106.0);
        QVERIFY(over.value(u"users"_s).first().value < 100);
    }
};

QTEST_GUILESS_MAIN(tst_SampleFleet)
#include "tst_samplefleet.moc"
