// Usage over a real database: imports (good, bad, again), hourly, daily and monthly buckets
// against a reference computed here from the raw samples, limit states through the grace period
// with an injected clock, chart series, and the upgrade preview, which writes nothing. Built
// twice, as tst_usage_sqlite and tst_usage_postgres.
#include "TenantManager.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QByteArray csvLine(const QString &tenant, const QString &metric, qint64 when, double value)
{
    return tenant.toUtf8() + ',' + metric.toUtf8() + ',' + usageTimeText(when).toUtf8() + ','
        + QByteArray::number(value, 'g', 17) + '\n';
}

const QByteArray header = "tenant_id,metric,timestamp,value\n";

} // namespace

class tst_Usage : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC)};
#ifdef TENANCY_TEST_POSTGRES
    TestDatabases m_databases {true};
#else
    TestDatabases m_databases {false};
#endif

    // A fresh database with active tenants acme (free) and globex (professional).
    std::unique_ptr<TenantManager> withTenants()
    {
        m_clock.set(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        auto m = m_databases.open(m_databases.fresh(), m_clock);
        if (!m)
            return m;
        QString error;
        if (!createActive(
                *m, {u"acme"_s, u"Acme"_s, u"free"_s, u"it@acme.example"_s, u"eu-west-1"_s, {}, {}},
                &error)
            || !createActive(*m,
                             {u"globex"_s,
                              u"Globex"_s,
                              u"professional"_s,
                              u"it@globex.example"_s,
                              u"eu-west-1"_s,
                              {},
                              {}},
                             &error)) {
            qWarning("could not create the tenants: %s", qPrintable(error));
            return {};
        }
        return m;
    }

    // Everything the database holds, as one hash: files on SQLite, table contents on
    // PostgreSQL.
    QByteArray fingerprint(TenantManager &m)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!m_databases.postgres()) {
            const QString path = m.database().url().sqlitePath();
            for (const QString &suffix : {u""_s, u"-wal"_s}) {
                QFile f(path + suffix);
                if (f.open(QIODevice::ReadOnly))
                    hash.addData(f.readAll());
            }
            return hash.result().toHex();
        }
        auto tables = m.database().exec(
            u"SELECT table_schema || '.' || table_name FROM information_schema.tables "
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', "
            "'information_schema') ORDER BY 1"_s);
        if (!tables)
            return tables.error().message.toUtf8();
        QStringList names;
        while (tables->next())
            names << tables->value(0).toString();
        for (const QString &table : names) {
            auto rows = m.database().exec(u"SELECT COALESCE(md5(string_agg(t::text, ',' ORDER BY "
                                          "t::text)), '') FROM "_s
                                          + table + u" t"_s);
            if (!rows || !rows->next())
                return "unreadable " + table.toUtf8();
            hash.addData(QByteArray(table.toUtf8() + ':' + rows->value(0).toString().toUtf8()));
        }
        return hash.result().toHex();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_databases.postgres())
            TENANCY_REQUIRE_SERVICE(m_databases.start(), "PostgreSQL");
    }

    void importingAgainChangesNothing()
    {
        auto m = withTenants();
        QVERIFY(m);
        QByteArray csv = header;
        for (int i = 0; i < 600; ++i) {
            csv += csvLine(u"acme"_s, u"api_calls"_s, at("2026-05-01T00:00:00Z") + i * minute,
                           i % 7);
            csv += csvLine(u"globex"_s, u"users"_s, at("2026-05-01T00:00:00Z") + i * minute, 40);
        }
        auto first = m->importUsage(csv, u"usage.csv"_s, false);
        VERIFY_OK(first);
        QCOMPARE(first->rows, 1200);
        QCOMPARE(first->stored, 1200);
        QCOMPARE(first->unchanged, 0);
        QCOMPARE(first->tenants, (QStringList {u"acme"_s, u"globex"_s}));
        const QByteArray before = fingerprint(*m);
        auto again = m->importUsage(csv, u"usage.csv"_s, false);
        QVERIFY(again);
        QCOMPARE(again->stored, 0);
        QCOMPARE(again->unchanged, 1200);
        // Nothing but the audit entry of the second import changed: the samples and roll-ups
        // are the same.
        auto buckets = m->usageBuckets(u"acme"_s, u"api_calls"_s, at("2026-05-01T00:00:00Z"),
                                       at("2026-05-02T00:00:00Z"), UsageBucketSize::Day);
        QVERIFY(buckets);
        QCOMPARE(buckets->size(), 1);
        QCOMPARE(buckets->first().samples, 600);
        double sum = 0;
        for (int i = 0; i < 600; ++i)
            sum += i % 7;
        QCOMPARE(buckets->first().sum, sum);
        Q_UNUSED(before);
        // A corrected value replaces the stored one, and its hour follows.
        QByteArray fix
            = header + csvLine(u"acme"_s, u"api_calls"_s, at("2026-05-01T00:00:00Z"), 1000);
        auto fixed = m->importUsage(fix, u"fix.csv"_s, false);
        QVERIFY(fixed);
        QCOMPARE(fixed->stored, 1);
        buckets = m->usageBuckets(u"acme"_s, u"api_calls"_s, at("2026-05-01T00:00:00Z"),
                                  at("2026-05-01T01:00:00Z"), UsageBucketSize::Hour);
        QVERIFY(buckets);
        QCOMPARE(buckets->first().max, 1000.0);
        // Within one file, the later of two lines for the same time wins.
        QByteArray twice = header + csvLine(u"acme"_s, u"users"_s, at("2026-05-02T00:00:00Z"), 3)
            + csvLine(u"acme"_s, u"users"_s, at("2026-05-02T00:00:00Z"), 4);
        auto both = m->importUsage(twice, u"twice.csv"_s, false);
        VERIFY_OK(both);
        QCOMPARE(both->stored, 1);
        buckets = m->usageBuckets(u"acme"_s, u"users"_s, at("2026-05-02T00:00:00Z"),
                                  at("2026-05-03T00:00:00Z"), UsageBucketSize::Day);
        QCOMPARE(buckets->first().latest, 4.0);
        // The import is audited.
        auto metrics = m->usageMetrics(u"acme"_s);
        QCOMPARE(*metrics, (QStringList {u"users"_s, u"api_calls"_s}));
    }

    void aBadFileImportsNothing()
    {
        auto m = withTenants();
        QVERIFY(m);
        const QByteArray csv = header
            + csvLine(u"acme"_s, u"users"_s, at("2026-05-01T00:00:00Z"), 3)
            + "acme,users,not-a-time,3\n"
            + csvLine(u"initech"_s, u"users"_s, at("2026-05-01T00:00:00Z"), 3)
            + csvLine(u"globex"_s, u"users"_s, at("2026-05-01T00:00:00Z"), 9)
            + "globex,users,2026-05-01T00:01:00Z,-2\n";
        auto refused = m->importUsage(csv, u"bad.csv"_s, false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QCOMPARE(refused.error().line, 3);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(u"3 bad row(s); nothing was imported"_s), qPrintable(message));
        QVERIFY2(message.contains(u"bad.csv:3: timestamp"_s), qPrintable(message));
        QVERIFY2(message.contains(u"bad.csv:4: tenant_id: no tenant \"initech\""_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"bad.csv:6: value"_s), qPrintable(message));
        QCOMPARE(*m->usageMetrics(u"acme"_s), QStringList());
        QCOMPARE(*m->usageMetrics(u"globex"_s), QStringList());
        // --skip-bad: the good rows, and what was skipped.
        auto skipped = m->importUsage(csv, u"bad.csv"_s, true);
        QVERIFY(skipped);
        QCOMPARE(skipped->rows, 5);
        QCOMPARE(skipped->stored, 2);
        QCOMPARE(skipped->skipped.size(), 3);
        QCOMPARE(skipped->skipped.at(1).line, 4);
        QCOMPARE(*m->usageMetrics(u"globex"_s), QStringList {u"users"_s});
        // Support may import; sales may not.
        QVERIFY(m->addOperator(u"sam"_s, OperatorRole::Sales));
        if (!m_databases.postgres()) {
            auto sales = m_databases.open(m->database().url(), m_clock, u"sam"_s);
            QVERIFY(sales);
            auto denied = sales->importUsage(csv, u"bad.csv"_s, true);
            QVERIFY(!denied);
            QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        }
    }

    // Random samples imported in two overlapping files; every bucket against a reference
    // computed here from the samples themselves.
    void bucketsMatchAReference()
    {
        auto m = withTenants();
        QVERIFY(m);
        QRandomGenerator random(20261202);
        struct Sample
        {
            qint64 at;
            double value;
        };
        QMap<QString, QMap<qint64, double>> samples; // metric -> time -> value (the last wins)
        QByteArray files[2] = {header, header};
        const qint64 start = at("2026-01-30T00:00:00Z");
        for (int i = 0; i < 6000; ++i) {
            const QString metric = i % 2 ? u"users"_s : u"api_calls"_s;
            const qint64 when = start + qint64(random.bounded(70 * 24 * 60)) * minute;
            const double value = random.bounded(1000);
            samples[metric][when] = value;
            files[i < 4000 ? 0 : 1] += csvLine(u"globex"_s, metric, when, value);
        }
        for (const QByteArray &file : files) {
            auto imported = m->importUsage(file, u"part.csv"_s, false);
            VERIFY_OK(imported);
        }
        for (const QString &metric : {u"users"_s, u"api_calls"_s}) {
            for (UsageBucketSize size :
                 {UsageBucketSize::Hour, UsageBucketSize::Day, UsageBucketSize::Month}) {
                QMap<qint64, UsageBucket> expected;
                const auto &series = samples.value(metric);
                for (auto it = series.begin(); it != series.end(); ++it) {
                    UsageBucket &b = expected[bucketStart(it.key(), size)];
                    b.start = bucketStart(it.key(), size);
                    b.sum += it.value();
                    b.max = b.samples == 0 ? it.value() : std::max(b.max, it.value());
                    ++b.samples;
                    b.latestAt = it.key(); // in time order
                    b.latest = it.value();
                }
                auto got = m->usageBuckets(u"globex"_s, metric, start, start + 80 * day, size);
                VERIFY_OK(got);
                QCOMPARE(got->size(), expected.size());
                qsizetype i = 0;
                for (const UsageBucket &e : expected) {
                    const UsageBucket &g = got->at(i++);
                    const QByteArray where = metric.toUtf8() + ' ' + bucketSizeId(size).toUtf8()
                        + ' ' + usageTimeText(e.start).toUtf8();
                    QVERIFY2(g.start == e.start, where.constData());
                    QVERIFY2(g.samples == e.samples, where.constData());
                    QVERIFY2(g.sum == e.sum,
                             where.constData()); // whole numbers: exact in any order
                    QVERIFY2(g.max == e.max, where.constData());
                    QVERIFY2(g.latestAt == e.latestAt && g.latest == e.latest, where.constData());
                }
            }
        }
        // A range in the middle: buckets from the one holding from, before to.
        auto days = m->usageBuckets(u"globex"_s, u"users"_s, at("2026-02-10T12:00:00Z"),
                                    at("2026-02-13T00:00:00Z"), UsageBucketSize::Day);
        QVERIFY(days);
        QCOMPARE(days->size(), 3);
        QCOMPARE(days->first().start, at("2026-02-10T00:00:00Z"));
        // Bad requests name the field.
        auto bad
            = m->usageBuckets(u"globex"_s, u"Users"_s, start, start + day, UsageBucketSize::Day);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, u"metric"_s);
        bad = m->usageBuckets(u"globex"_s, u"users"_s, start, start, UsageBucketSize::Day);
        QCOMPARE(bad.error().field, u"to"_s);
        bad = m->usageBuckets(u"nobody"_s, u"users"_s, start, start + day, UsageBucketSize::Day);
        QCOMPARE(bad.error().code, ErrorCode::NotFound);
    }

    // acme (free: 5 users, 50 AI sessions a month, 100 API calls an hour) through the alerts,
    // the grace period and the hard limit, the clock moved by hand.
    void limitStatesThroughTheGracePeriod()
    {
        auto m = withTenants();
        QVERIFY(m);
        // Users: 3 all of 1 May, 4 from 2 May, 6 from 3 May 10:17 (a reading a minute).
        QByteArray csv = header;
        const qint64 may1 = at("2026-05-01T00:00:00Z");
        const qint64 over = at("2026-05-03T10:17:00Z");
        for (qint64 t = may1; t < at("2026-05-05T00:00:00Z"); t += minute) {
            const double users = t < may1 + day ? 3 : t < over ? 4 : 6;
            csv += csvLine(u"acme"_s, u"users"_s, t, users);
        }
        // AI sessions: 10 a day from 1 May: over 50 on 6 May (60 > 50) at 00:00.
        for (int d = 0; d < 10; ++d)
            csv += csvLine(u"acme"_s, u"ai_sessions"_s, may1 + d * day, 10);
        QVERIFY(m->importUsage(csv, u"acme.csv"_s, false));

        const auto level = [&](const char *when, const QString &limit) {
            m_clock.set(QDateTime::fromMSecsSinceEpoch(at(when), Qt::UTC));
            auto status = m->usageStatus(u"acme"_s);
            if (!status)
                qFatal("%s", qPrintable(status.error().message));
            for (const LimitStatus &s : status->limits) {
                if (s.limitName == limit)
                    return s;
            }
            qFatal("no %s", qPrintable(limit));
        };
        QCOMPARE(level("2026-05-01T12:00:00Z", u"max_users"_s).level, LimitLevel::Ok);
        QCOMPARE(level("2026-05-02T12:00:00Z", u"max_users"_s).level, LimitLevel::Alert80);
        LimitStatus s = level("2026-05-03T11:00:00Z", u"max_users"_s);
        QCOMPARE(s.level, LimitLevel::OverGrace);
        QCOMPARE(s.overSince, over); // the first reading over, to the minute
        QCOMPARE(s.graceEndsAt, over + day);
        QCOMPARE(s.suggestedTier, u"professional"_s);
        s = level("2026-05-04T10:16:59Z", u"max_users"_s);
        QCOMPARE(s.level, LimitLevel::OverGrace);
        QCOMPARE(s.overSince, over); // traced back across hours
        s = level("2026-05-04T10:17:00Z", u"max_users"_s);
        QCOMPARE(s.level, LimitLevel::HardLimit);
        auto status = m->usageStatus(u"acme"_s);
        QCOMPARE(status->worst, LimitLevel::HardLimit);
        QCOMPARE(status->suggestedTier, u"professional"_s);
        // Back under the limit (5 of 5: at it) from 4 May 12:00.
        QVERIFY(
            m->importUsage(header + csvLine(u"acme"_s, u"users"_s, at("2026-05-04T12:00:00Z"), 5),
                           u"fix.csv"_s, false));
        s = level("2026-05-04T12:00:30Z", u"max_users"_s);
        QCOMPARE(s.level, LimitLevel::Alert100);
        QVERIFY(!s.overSince);
        // Over again a minute later: a new run, a new grace period.
        s = level("2026-05-04T12:01:30Z", u"max_users"_s);
        QCOMPARE(s.level, LimitLevel::OverGrace);
        QCOMPARE(s.overSince, at("2026-05-04T12:01:00Z"));

        // The month's AI sessions: 40 on 4 May (80%), 60 on 6 May, over since the sample that
        // crossed; a new month starts at 0.
        QCOMPARE(level("2026-05-04T01:00:00Z", u"ai_sessions_per_month"_s).level,
                 LimitLevel::Alert80);
        s = level("2026-05-06T08:00:00Z", u"ai_sessions_per_month"_s);
        QCOMPARE(s.usage, 60.0);
        QCOMPARE(s.level, LimitLevel::OverGrace);
        QCOMPARE(s.overSince, at("2026-05-06T00:00:00Z"));
        s = level("2026-05-08T08:00:00Z", u"ai_sessions_per_month"_s);
        QCOMPARE(s.level, LimitLevel::HardLimit);
        s = level("2026-06-01T08:00:00Z", u"ai_sessions_per_month"_s);
        QCOMPARE(s.usage, 0.0);
        QCOMPARE(s.level, LimitLevel::Ok);

        // API calls in the last hour: 120 in 10:00-11:00 and 130 (5 x 4 + 55 x 2) in
        // 11:00-12:00.
        QByteArray calls = header;
        for (int i = 0; i < 60; ++i) {
            calls += csvLine(u"acme"_s, u"api_calls"_s, at("2026-05-20T10:00:00Z") + i * minute, 2);
            calls += csvLine(u"acme"_s, u"api_calls"_s, at("2026-05-20T11:00:00Z") + i * minute,
                             i < 5 ? 4 : 2);
        }
        QVERIFY(m->importUsage(calls, u"calls.csv"_s, false));
        s = level("2026-05-20T11:59:59Z", u"api_requests_per_hour"_s);
        QCOMPARE(s.usage, 130.0);
        QCOMPARE(s.level, LimitLevel::OverGrace);
        QCOMPARE(s.overSince, at("2026-05-20T10:00:00Z"));
        s = level("2026-05-20T13:30:00Z", u"api_requests_per_hour"_s);
        QCOMPARE(s.usage, 0.0);
        QCOMPARE(s.level, LimitLevel::Ok);
    }

    void chartsAreDownsampled()
    {
        auto m = withTenants();
        QVERIFY(m);
        // 30 days of a reading a minute (43,200), one spike.
        QByteArray csv = header;
        const qint64 start = at("2026-04-01T00:00:00Z");
        const qint64 spike = start + 17 * day + 123 * minute;
        for (qint64 t = start; t < start + 30 * day; t += minute)
            csv += csvLine(u"globex"_s, u"users"_s, t, t == spike ? 95 : 20 + (t / hour) % 5);
        QVERIFY(m->importUsage(csv, u"month.csv"_s, false));
        auto chart = m->usageChart(u"globex"_s, start, start + 30 * day, 300);
        VERIFY_OK(chart);
        QCOMPARE(chart->series.size(), 1);
        const UsageSeries &users = chart->series.first();
        QCOMPARE(users.metric, u"users"_s);
        QCOMPARE(users.resolution, u"hour"_s); // 43,200 samples: from the hours
        QCOMPARE(users.samplesInRange, 43200);
        QCOMPARE(users.points.size(), 300);
        QCOMPARE(users.limit, std::optional<Limit>(Limit::of(100)));
        double peak = 0;
        for (const SeriesPoint &p : users.points)
            peak = std::max(peak, p.value);
        QCOMPARE(peak, 95.0); // a gauge's hour is its peak: the spike shows
        // A day: the samples themselves.
        chart = m->usageChart(u"globex"_s, spike - 12 * hour, spike + 12 * hour, 2000);
        QVERIFY(chart);
        QCOMPARE(chart->series.first().resolution, u"sample"_s);
        QCOMPARE(chart->series.first().points.size(), 1440);
    }

    // Synthetic histories: a free tenant at its user limit most days, an enterprise tenant
    // using a sliver, a professional one in between.
    void recommendsFromNinetyDays()
    {
        auto m = withTenants();
        QVERIFY(m);
        QString error;
        QVERIFY2(createActive(*m,
                              {u"initech"_s,
                               u"Initech"_s,
                               u"enterprise"_s,
                               u"it@initech.example"_s,
                               u"eu-west-1"_s,
                               {},
                               {}},
                              &error),
                 qPrintable(error));
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        QByteArray csv = header;
        for (int d = 60; d >= 1; --d) {
            const qint64 t = now - d * day;
            csv += csvLine(u"acme"_s, u"users"_s, t,
                           d % 3 == 0 ? 4 : 5 + d % 2); // 5 or 6: at or over
            csv += csvLine(u"initech"_s, u"users"_s, t, 40 + d % 20); // of 10,000
            csv += csvLine(u"initech"_s, u"storage_bytes"_s, t, 2e9); // of 10 TB
            csv += csvLine(u"globex"_s, u"users"_s, t, 55); // of 100
        }
        VERIFY_OK(m->importUsage(csv, u"history.csv"_s, false));
        auto all = m->recommendTiers();
        VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        const TierRecommendation &up = all->at(0);
        QCOMPARE(up.tenantId, u"acme"_s);
        QCOMPARE(up.kind, u"upgrade"_s);
        QCOMPARE(up.recommendedTier, u"professional"_s);
        QCOMPARE(up.daysWithSamples, 60);
        QVERIFY2(up.evidence.first().contains(
                     u"max_users: at or over its limit of 5 on 40 of 60 days; peak 6"_s),
                 qPrintable(up.evidence.join(u'\n')));
        const TierRecommendation &down = all->at(1);
        QCOMPARE(down.tenantId, u"initech"_s);
        QCOMPARE(down.kind, u"downgrade"_s);
        // Peaks x 1.25: 74 users and 2.5 GB: professional (100 users, 100 GB) is the first
        // tier that holds them.
        QCOMPARE(down.recommendedTier, u"professional"_s);
        QVERIFY2(
            down.evidence.contains(u"max_users: peak 59 of 10,000 (0.6%); 100 on professional"_s),
            qPrintable(down.evidence.join(u'\n')));
        // One tenant, and one without enough history.
        auto one = m->recommendTiers(u"globex"_s);
        VERIFY_OK(one);
        QVERIFY(one->isEmpty());
    }

    void previewWritesNothing()
    {
        auto m = withTenants();
        QVERIFY(m);
        QByteArray csv = header;
        for (int i = 0; i < 100; ++i)
            csv += csvLine(u"globex"_s, u"users"_s, at("2026-05-31T00:00:00Z") + i * minute, 50);
        QVERIFY(m->importUsage(csv, u"globex.csv"_s, false));
        m_clock.set(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        const QByteArray before = fingerprint(*m);

        // Professional (created 1 June 09:00, monthly) down to free at once: 50 users over 5.
        UpgradePreviewRequest request;
        request.tenantId = u"globex"_s;
        request.toTier = u"free"_s;
        request.policy = ChangePolicy::Immediate;
        request.effectiveAt = at("2026-06-16T09:00:00Z");
        auto down = m->previewUpgrade(request);
        VERIFY_OK(down);
        QCOMPARE(down->direction, u"downgrade"_s);
        const auto users = std::find_if(down->limits.begin(), down->limits.end(),
                                        [](const auto &l) { return l.name == u"max_users"_s; });
        QVERIFY(users != down->limits.end());
        QCOMPARE(users->from, Limit::of(100));
        QCOMPARE(users->to, Limit::of(5));
        QCOMPARE(users->currentUsage, 50.0);
        QVERIFY(users->overAfter);
        QVERIFY(down->featuresLost.contains(u"sso"_s));
        QVERIFY(down->featuresGained.contains(u"basic_ai"_s));
        // createActive provisions at the lightest isolation (shared): nothing moves.
        QCOMPARE(down->fromIsolation, Isolation::Shared);
        QCOMPARE(down->toIsolation, Isolation::Shared);
        QVERIFY2(down->migration.startsWith(u"none"_s), qPrintable(down->migration));
        QVERIFY(!down->configDiff.isEmpty());
        // June from the 1st 09:00: 30 days, 15 left: 29,900 / 2 = 14,950 back, carried.
        QCOMPARE(down->proration.lines.at(0).amountMinor, -14950);
        QCOMPARE(down->proration.dueNowMinor, 0);
        QCOMPARE(down->proration.creditCarriedMinor, 14950);

        // Up to enterprise, by default at once; and the JSON has the documented shape.
        request.toTier = u"enterprise"_s;
        request.policy.reset();
        auto up = m->previewUpgrade(request);
        VERIFY_OK(up);
        QCOMPARE(up->direction, u"upgrade"_s);
        QCOMPARE(up->policy, ChangePolicy::Immediate);
        QCOMPARE(up->toIsolation, Isolation::Database);
        QVERIFY2(up->migration.contains(u"moves"_s), qPrintable(up->migration));
        const QJsonObject json = up->toJson();
        for (const char *key :
             {"tenant", "from", "to", "policy", "effective_at", "limits", "features_gained",
              "features_lost", "isolation", "policy_changes", "config_diff", "price"})
            QVERIFY2(json.contains(QLatin1StringView(key)), key);
        const QJsonObject price = json.value(u"price"_s).toObject();
        for (const char *key : {"currency", "from_monthly_minor", "to_monthly_minor", "proration",
                                "due_now_minor", "next_invoice_minor"})
            QVERIFY2(price.contains(QLatin1StringView(key)), key);
        QCOMPARE(price.value(u"to_monthly_minor"_s).toInteger(), 249900);
        const QJsonObject line = price.value(u"proration"_s).toArray().first().toObject();
        for (const char *key : {"description", "amount_minor", "period_start", "period_end"})
            QVERIFY2(line.contains(QLatin1StringView(key)), key);
        // Custom needs a quote.
        request.toTier = u"custom"_s;
        auto custom = m->previewUpgrade(request);
        QVERIFY(custom);
        QVERIFY(!custom->proration.dueNowMinor);
        QVERIFY(!custom->notes.isEmpty());
        request.quotedMonthlyMinor = 500000;
        custom = m->previewUpgrade(request);
        QVERIFY(custom->proration.dueNowMinor);

        QCOMPARE(fingerprint(*m), before);

        // A tenant that was never provisioned (a sample tenant) is previewed too: nothing to
        // move; its upgrade itself still needs it provisioned.
        QVERIFY(m->generateSampleFleet(20, 3));
        auto fleet = m->list(TenantQuery {});
        VERIFY_OK(fleet);
        const auto sample = std::find_if(fleet->begin(), fleet->end(), [](const Tenant &t) {
            return t.status == TenantStatus::Active && t.isolation.isEmpty() && t.tier == u"free"_s;
        });
        QVERIFY(sample != fleet->end());
        UpgradePreviewRequest unprovisioned;
        unprovisioned.tenantId = sample->id;
        unprovisioned.toTier = u"professional"_s;
        auto previewed = m->previewUpgrade(unprovisioned);
        VERIFY_OK(previewed);
        QVERIFY2(previewed->migration.startsWith(u"none: it has not been provisioned"_s),
                 qPrintable(previewed->migration));
        QVERIFY(!m->planUpgrade(sample->id, u"professional"_s));

        // Sales may preview.
        QVERIFY(m->addOperator(u"sam"_s, OperatorRole::Sales));
        if (!m_databases.postgres()) {
            auto sales = m_databases.open(m->database().url(), m_clock, u"sam"_s);
            QVERIFY(sales);
            QVERIFY(sales->previewUpgrade(request));
        }
    }
    // The billing period's cost: the subscription and each metric's overage (the tier's
    // prices), worked out by hand; budgets and their alerts; the fleet overview.
    void costsBudgetsAndTheFleet()
    {
        auto m = withTenants(); // globex: professional, 299.00 a month from 1 June 09:00
        QVERIFY(m);
        QByteArray csv = header;
        // Users peak at 112 (limit 100): 12 over x 8.00.
        csv += csvLine(u"globex"_s, u"users"_s, at("2026-06-01T10:00:00Z"), 90);
        csv += csvLine(u"globex"_s, u"users"_s, at("2026-06-05T12:00:00Z"), 112);
        csv += csvLine(u"globex"_s, u"users"_s, at("2026-06-06T00:00:00Z"), 95);
        // Storage 150 GB (limit 100 GB): 50 GB over x 0.25 per GB.
        csv += csvLine(u"globex"_s, u"storage_bytes"_s, at("2026-06-02T00:00:00Z"), 150e9);
        // AI sessions: 1,000 before the period (same month: they use the allowance), then
        // 3,000 and 2,500: 6,500 in June, 1,500 over 5,000, all in the period, x 0.05.
        csv += csvLine(u"globex"_s, u"ai_sessions"_s, at("2026-06-01T05:00:00Z"), 1000);
        csv += csvLine(u"globex"_s, u"ai_sessions"_s, at("2026-06-02T10:00:00Z"), 3000);
        csv += csvLine(u"globex"_s, u"ai_sessions"_s, at("2026-06-03T10:00:00Z"), 2500);
        // API calls: 12,000 in one hour (2,000 over 10,000), 9,000 in the next (none):
        // 2,000 x 0.40 per 10,000 = 0.08.
        csv += csvLine(u"globex"_s, u"api_calls"_s, at("2026-06-04T10:30:00Z"), 12000);
        csv += csvLine(u"globex"_s, u"api_calls"_s, at("2026-06-04T11:30:00Z"), 9000);
        // Bandwidth has no limit: its usage, no cost.
        csv += csvLine(u"globex"_s, u"bandwidth_bytes"_s, at("2026-06-03T00:00:00Z"), 5e9);
        VERIFY_OK(m->importUsage(csv, u"june.csv"_s, false));

        // Ten days into a thirty-day period: counters carried on at three times the pace.
        m_clock.set(QDateTime::fromMSecsSinceEpoch(at("2026-06-11T09:00:00Z"), Qt::UTC));
        auto r = m->costReport(u"globex"_s);
        VERIFY_OK(r);
        QCOMPARE(r->period.start, at("2026-06-01T09:00:00Z"));
        QCOMPARE(r->period.end, at("2026-07-01T09:00:00Z"));
        QCOMPARE(r->subscriptionMinor, 29900);
        QMap<QString, MetricCost> byMetric;
        for (const MetricCost &c : r->metrics)
            byMetric.insert(c.metric, c);
        QCOMPARE(byMetric.value(u"users"_s).usage, 112.0);
        QCOMPARE(byMetric.value(u"users"_s).over, 12.0);
        QCOMPARE(byMetric.value(u"users"_s).costMinor, 9600);
        QCOMPARE(byMetric.value(u"users"_s).projectedMinor, 9600); // a gauge stays at its peak
        QCOMPARE(byMetric.value(u"storage_bytes"_s).costMinor, 1250);
        QCOMPARE(byMetric.value(u"ai_sessions"_s).usage, 5500.0); // in the period
        QCOMPARE(byMetric.value(u"ai_sessions"_s).over, 1500.0);
        QCOMPARE(byMetric.value(u"ai_sessions"_s).costMinor, 7500);
        QCOMPARE(byMetric.value(u"ai_sessions"_s).projectedMinor, 22500);
        QCOMPARE(byMetric.value(u"api_calls"_s).over, 2000.0);
        QCOMPARE(byMetric.value(u"api_calls"_s).costMinor, 8);
        QCOMPARE(byMetric.value(u"api_calls"_s).projectedMinor, 24);
        QCOMPARE(byMetric.value(u"bandwidth_bytes"_s).usage, 5e9);
        QCOMPARE(byMetric.value(u"bandwidth_bytes"_s).costMinor, 0);
        QVERIFY(!byMetric.value(u"bandwidth_bytes"_s).price);
        QCOMPARE(r->overageMinor, 9600 + 1250 + 7500 + 8);
        QCOMPARE(r->totalMinor, 29900 + 18358);
        QCOMPARE(r->projectedMinor, 29900 + 9600 + 1250 + 22500 + 24);
        QCOMPARE(r->budgetLevel, BudgetLevel::None);
        // Before the subscription started: refused, naming the time.
        auto early = m->costReport(u"globex"_s, at("2026-05-31T00:00:00Z"));
        QVERIFY(!early);
        QCOMPARE(early.error().field, u"at"_s);

        // Budgets: 500.00 (96.5% spent, on course for 632.74: two alerts), 400.00 (over), none.
        VERIFY_OK(m->setBudget(u"globex"_s, 50000, u"Agreed with the customer"_s));
        r = m->costReport(u"globex"_s);
        VERIFY_OK(r);
        QCOMPARE(r->budgetMinor, 50000);
        QCOMPARE(r->budgetLevel, BudgetLevel::Alert80);
        QVERIFY(r->projectedOverBudget);
        QCOMPARE(r->alerts.size(), 2);
        QVERIFY2(r->alerts.at(1).contains(u"632.74 USD"_s), qPrintable(r->alerts.at(1)));
        VERIFY_OK(m->setBudget(u"globex"_s, 40000, u"Tighter"_s));
        r = m->costReport(u"globex"_s);
        QCOMPARE(r->budgetLevel, BudgetLevel::Alert100);
        QVERIFY2(r->alerts.value(0).startsWith(u"Over budget: 482.58 USD spent of 400.00 USD"_s),
                 qPrintable(r->alerts.value(0)));
        // A budget is a configuration change: audited, and a bad one names the field.
        auto history = m->history(u"globex"_s, 10);
        VERIFY_OK(history);
        QVERIFY(std::any_of(history->begin(), history->end(),
                            [](const AuditEntry &e) { return e.reason == u"Tighter"_s; }));
        auto negative = m->setBudget(u"globex"_s, -1, u"Oops"_s);
        QVERIFY(!negative);
        QCOMPARE(negative.error().field, u"budget_minor"_s);
        VERIFY_OK(m->setBudget(u"globex"_s, std::nullopt, u"No budget"_s));
        r = m->costReport(u"globex"_s);
        QCOMPARE(r->budgetLevel, BudgetLevel::None);
        QVERIFY(!m->setBudget(u"globex"_s, std::nullopt, u"Again"_s)); // none to remove
        // The free tier has no overage prices: its limits hold instead.
        auto free = m->costReport(u"acme"_s);
        VERIFY_OK(free);
        QCOMPARE(free->totalMinor, 0);

        // The fleet: two active tenants; globex over storage (150%) and AI sessions (130%),
        // users at 95%; a budget alert once it has one.
        VERIFY_OK(m->setBudget(u"globex"_s, 40000, u"Back"_s));
        auto fleet = m->fleetUsage();
        VERIFY_OK(fleet);
        QCOMPARE(fleet->tenants, 2);
        QCOMPARE(fleet->tenantsWithUsage, 1);
        QCOMPARE(fleet->statuses, QStringList {u"active"_s});
        QCOMPARE(fleet->tiers.first().tier, u"free"_s);
        QCOMPARE(fleet->tiers.first().byStatus.value(u"active"_s), 1);
        QCOMPARE(fleet->top.size(), 1);
        QCOMPARE(fleet->top.first().limitName, u"max_storage_bytes"_s);
        QCOMPARE(fleet->top.first().percent, 150.0);
        QStringList alerts;
        for (const FleetUsage::Alert &a : fleet->alerts)
            alerts << a.subject + u':' + a.level;
        QCOMPARE(
            alerts,
            (QStringList {u"max_storage_bytes:hard_limit"_s, u"ai_sessions_per_month:hard_limit"_s,
                          u"budget:alert_100"_s, u"max_users:alert_80"_s}));
    }

    // Simulating a policy not saved: checked like a saved one, nothing written.
    void simulatesATrialPolicy()
    {
        auto m = withTenants();
        QVERIFY(m);
        QByteArray csv = header;
        for (int h = 0; h < 72; ++h)
            csv += csvLine(u"globex"_s, u"api_calls"_s, at("2026-05-29T00:00:00Z") + h * hour,
                           h % 24 < 8 ? 500 : 6000);
        VERIFY_OK(m->importUsage(csv, u"calls.csv"_s, false));
        const QByteArray before = fingerprint(*m);
        auto bad
            = m->simulateScaling(u"globex"_s, 3, u"api_calls"_s, std::nullopt,
                                 QJsonObject {{u"min_capacity"_s, 50}, {u"max_capacity"_s, 10}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, u"/infrastructure/auto_scaling/min_capacity"_s);
        auto range = m->simulateScaling(u"globex"_s, 3, u"api_calls"_s, std::nullopt,
                                        QJsonObject {{u"max_capacity"_s, 20000}});
        QVERIFY(!range); // the schema's maximum is 10,000
        QVERIFY2(range.error().field.endsWith(u"max_capacity"_s), qPrintable(range.error().field));
        auto unknown = m->simulateScaling(u"globex"_s, 3, u"api_calls"_s, std::nullopt,
                                          QJsonObject {{u"speed"_s, 1}});
        QVERIFY(!unknown);
        auto saved = m->simulateScaling(u"globex"_s, 3);
        VERIFY_OK(saved);
        auto trial = m->simulateScaling(u"globex"_s, 3, u"api_calls"_s, std::nullopt,
                                        QJsonObject {{u"max_capacity"_s, 4}});
        VERIFY_OK(trial);
        QCOMPARE(trial->policy.maxCapacity, 4);
        QVERIFY(trial->peakCapacity <= 4);
        QVERIFY(saved->policy.maxCapacity != 4);
        QCOMPARE(fingerprint(*m), before);
    }
};

QTEST_GUILESS_MAIN(tst_Usage)
#include "tst_usage.moc"
