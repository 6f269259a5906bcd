// Usage exports read (CSV and JSON Lines, good and bad lines, with line numbers), buckets of
// time (calendar months, leap days), and limit states through the 80% and 100% alerts, the
// 24-hour grace period and the hard limit.
#include "model/Catalog.h"
#include "usage/Usage.h"
#include "usage/UsageLimits.h"

#include <QDateTime>
#include <QTest>

using namespace Tenancy;
using namespace Qt::StringLiterals;

namespace {

qint64 at(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

constexpr qint64 hour = 3'600'000;

const LimitMetric &metric(const QString &limit)
{
    for (const LimitMetric &m : LimitMetric::all()) {
        if (m.limit == limit)
            return m;
    }
    qFatal("no limit %s", qPrintable(limit));
}

} // namespace

class tst_UsageFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("expected"); // -1: refused
        QTest::newRow("Z") << QByteArray("2026-01-31T12:00:00Z") << at("2026-01-31T12:00:00Z");
        QTest::newRow("milliseconds")
            << QByteArray("2026-01-31T12:00:00.250Z") << at("2026-01-31T12:00:00.250Z");
        QTest::newRow("microseconds cut")
            << QByteArray("2026-01-31T12:00:00.123456Z") << at("2026-01-31T12:00:00.123Z");
        QTest::newRow("offset") << QByteArray("2026-01-31T14:00:00+02:00")
                                << at("2026-01-31T12:00:00Z");
        QTest::newRow("negative offset")
            << QByteArray("2026-01-31T07:30:00-0430") << at("2026-01-31T12:00:00Z");
        QTest::newRow("space") << QByteArray("2026-01-31 12:00:00Z") << at("2026-01-31T12:00:00Z");
        QTest::newRow("leap day") << QByteArray("2028-02-29T00:00:00Z")
                                  << at("2028-02-29T00:00:00Z");
        QTest::newRow("no leap day") << QByteArray("2027-02-29T00:00:00Z") << qint64(-1);
        QTest::newRow("no zone") << QByteArray("2026-01-31T12:00:00") << qint64(-1);
        QTest::newRow("month 13") << QByteArray("2026-13-01T00:00:00Z") << qint64(-1);
        QTest::newRow("hour 24") << QByteArray("2026-01-01T24:00:00Z") << qint64(-1);
        QTest::newRow("before 1970") << QByteArray("1969-12-31T23:59:59Z") << qint64(-1);
        QTest::newRow("date only") << QByteArray("2026-01-31") << qint64(-1);
        QTest::newRow("trailing text") << QByteArray("2026-01-31T12:00:00Zx") << qint64(-1);
        QTest::newRow("epoch seconds") << QByteArray("1769860800") << qint64(-1);
    }
    void timestamps()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, expected);
        const auto parsed = UsageFile::parseTimestamp(text);
        if (expected < 0)
            QVERIFY2(!parsed, text.constData());
        else
            QCOMPARE(parsed, std::optional<qint64>(expected));
    }

    void readsCsv()
    {
        // Any column order, quoted fields, CRLF, a BOM and blank lines.
        const QByteArray csv = "\xEF\xBB\xBFvalue,timestamp,metric,tenant_id\r\n"
                               "5,2026-01-01T00:00:00Z,users,acme\r\n"
                               "\r\n"
                               "\"1.5e9\",2026-01-01T00:01:00Z,\"storage_bytes\",\"acme\"\r\n"
                               "7,2026-01-01T00:02:00Z,api_calls,globex\r\n";
        const auto parsed = UsageFile::parse(csv, u"u.csv"_s);
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.dataRows, 3);
        QCOMPARE(parsed.rows.size(), 3);
        QCOMPARE(parsed.tenants, (QStringList {u"acme"_s, u"globex"_s}));
        QCOMPARE(parsed.metrics, (QStringList {u"users"_s, u"storage_bytes"_s, u"api_calls"_s}));
        QCOMPARE(parsed.rows.at(1).value, 1.5e9);
        QCOMPARE(parsed.rows.at(1).line, 4);
        QCOMPARE(parsed.rows.at(2).tenant, 1);
        QCOMPARE(parsed.rows.at(2).at, at("2026-01-01T00:02:00Z"));
    }

    void readsJsonLines()
    {
        const QByteArray lines
            = R"({"tenant_id":"acme","metric":"users","timestamp":"2026-01-01T00:00:00Z","value":5}
{"tenant_id":"acme","metric":"ai_sessions","timestamp":"2026-01-01T01:00:00Z","value":"2"}

{"tenant_id":"acme","metric":"users","timestamp":"2026-01-01T02:00:00Z","value":0.25})";
        const auto parsed = UsageFile::parse(lines, u"u.jsonl"_s);
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.rows.size(), 3);
        QCOMPARE(parsed.rows.at(1).value, 2.0);
        QCOMPARE(parsed.rows.at(2).value, 0.25);
        QCOMPARE(parsed.rows.at(2).line, 4);
    }

    void badRowsNameTheirLineAndField_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty tenant")
            << QByteArray(",users,2026-01-01T00:00:00Z,1") << u"tenant_id"_s << u"empty"_s;
        QTest::newRow("bad metric") << QByteArray("acme,Users!,2026-01-01T00:00:00Z,1")
                                    << u"metric"_s << u"not a metric name"_s;
        QTest::newRow("bad time") << QByteArray("acme,users,yesterday,1") << u"timestamp"_s
                                  << u"ISO 8601"_s;
        QTest::newRow("local time")
            << QByteArray("acme,users,2026-01-01T00:00:00,1") << u"timestamp"_s << u"ISO 8601"_s;
        QTest::newRow("not a number") << QByteArray("acme,users,2026-01-01T00:00:00Z,lots")
                                      << u"value"_s << u"not a number"_s;
        QTest::newRow("negative") << QByteArray("acme,users,2026-01-01T00:00:00Z,-1") << u"value"_s
                                  << u"negative"_s;
        QTest::newRow("infinite") << QByteArray("acme,users,2026-01-01T00:00:00Z,inf") << u"value"_s
                                  << u"not a number"_s;
        QTest::newRow("fields") << QByteArray("acme,users,2026-01-01T00:00:00Z") << u"line"_s
                                << u"3 fields where the header has 4"_s;
        QTest::newRow("open quote")
            << QByteArray("acme,\"users,2026-01-01T00:00:00Z,1") << u"line"_s << u"quote"_s;
    }
    void badRowsNameTheirLineAndField()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, field);
        QFETCH(QString, words);
        const QByteArray csv = "tenant_id,metric,timestamp,value\n"
                               "acme,users,2026-01-01T00:00:00Z,1\n"
            + row + "\nacme,users,2026-01-01T00:02:00Z,3\n";
        const auto parsed = UsageFile::parse(csv, u"u.csv"_s);
        QCOMPARE(parsed.dataRows, 3);
        QCOMPARE(parsed.rows.size(), 2); // the good ones stay, for --skip-bad
        QCOMPARE(parsed.problems.size(), 1);
        const Error &e = parsed.problems.first();
        QCOMPARE(e.line, 3);
        QCOMPARE(e.field, field);
        QVERIFY2(e.message.startsWith(u"u.csv:3: "_s), qPrintable(e.message));
        QVERIFY2(e.message.contains(words), qPrintable(e.message));
        QVERIFY(!parsed.fatal);
    }

    void badHeaderIsFatal_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing column")
            << QByteArray("tenant_id,metric,value\n") << u"missing: timestamp"_s;
        QTest::newRow("unknown column")
            << QByteArray("tenant_id,metric,timestamp,value,unit\n") << u"unknown: unit"_s;
        QTest::newRow("twice") << QByteArray("tenant_id,metric,timestamp,value,metric\n")
                               << u"twice"_s;
        QTest::newRow("empty") << QByteArray("") << u"empty"_s;
    }
    void badHeaderIsFatal()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, words);
        const auto parsed = UsageFile::parse(file, u"u.csv"_s);
        QVERIFY(parsed.fatal);
        QVERIFY(parsed.rows.isEmpty());
        QVERIFY2(parsed.problems.first().message.contains(words),
                 qPrintable(parsed.problems.first().message));
    }

    void badJsonLines()
    {
        const QByteArray lines
            = "{\"tenant_id\":\"acme\",\"metric\":\"users\",\"timestamp\":\"2026-01-01T00:00:00Z\","
              "\"value\":1}\n"
              "{\"tenant_id\":\"acme\",\"metric\":\"users\"\n"
              "{\"tenant_id\":\"acme\",\"metric\":\"users\",\"value\":1}\n"
              "{\"tenant_id\":\"acme\",\"metric\":\"users\",\"timestamp\":\"2026-01-01T00:00:00Z\","
              "\"value\":true}\n"
              "{\"tenant_id\":\"acme\",\"metric\":\"users\",\"timestamp\":\"2026-01-01T00:00:00Z\","
              "\"value\":1,\"unit\":\"seats\"}\n";
        const auto parsed = UsageFile::parse(lines, u"u.jsonl"_s);
        QCOMPARE(parsed.rows.size(), 1);
        QCOMPARE(parsed.dataRows, 5);
        QCOMPARE(parsed.problems.size(), 4);
        QCOMPARE(parsed.problems.at(0).line, 2);
        QVERIFY(parsed.problems.at(0).message.contains(u"not a JSON object"_s));
        QCOMPARE(parsed.problems.at(1).field, u"timestamp"_s);
        QVERIFY(parsed.problems.at(1).message.contains(u"missing"_s));
        QCOMPARE(parsed.problems.at(2).field, u"value"_s);
        QVERIFY(parsed.problems.at(3).message.contains(u"unknown keys: unit"_s));
    }

    void metricKinds()
    {
        QCOMPARE(UsageMetric::kindOf(u"users"_s), MetricKind::Gauge);
        QCOMPARE(UsageMetric::kindOf(u"storage_bytes"_s), MetricKind::Gauge);
        QCOMPARE(UsageMetric::kindOf(u"api_calls"_s), MetricKind::Counter);
        QCOMPARE(UsageMetric::kindOf(u"reports_exported"_s), MetricKind::Counter);
        QVERIFY(!UsageMetric::checkName(u"reports_exported"_s));
        QVERIFY(UsageMetric::checkName(u"9lives"_s));
        QVERIFY(UsageMetric::checkName(QString(65, u'a')));
    }

    void buckets()
    {
        const qint64 t = at("2028-02-29T13:45:10.500Z");
        QCOMPARE(bucketStart(t, UsageBucketSize::Hour), at("2028-02-29T13:00:00Z"));
        QCOMPARE(bucketStart(t, UsageBucketSize::Day), at("2028-02-29T00:00:00Z"));
        QCOMPARE(bucketStart(t, UsageBucketSize::Month), at("2028-02-01T00:00:00Z"));
        QCOMPARE(nextBucketStart(at("2028-02-01T00:00:00Z"), UsageBucketSize::Month),
                 at("2028-03-01T00:00:00Z"));
        QCOMPARE(nextBucketStart(at("2026-12-01T00:00:00Z"), UsageBucketSize::Month),
                 at("2027-01-01T00:00:00Z"));
        QCOMPARE(nextBucketStart(at("2026-12-31T00:00:00Z"), UsageBucketSize::Day),
                 at("2027-01-01T00:00:00Z"));
        // A gauge's bucket is its latest reading; a counter's, the sum.
        UsageBucket b;
        b.start = at("2026-01-01T00:00:00Z");
        b.add({at("2026-01-01T00:00:00Z"), 2, 10, 7, at("2026-01-01T00:59:00Z"), 3});
        b.add({at("2026-01-01T01:00:00Z"), 3, 6, 4, at("2026-01-01T01:30:00Z"), 1});
        QCOMPARE(b.samples, 5);
        QCOMPARE(b.value(MetricKind::Counter), 16.0);
        QCOMPARE(b.value(MetricKind::Gauge), 1.0);
        QCOMPARE(b.max, 7.0);
        QCOMPARE(b.start, at("2026-01-01T00:00:00Z"));
    }

    void limitLevels()
    {
        const LimitMetric &users = metric(u"max_users"_s);
        const qint64 now = at("2026-06-01T12:00:00Z");
        auto s = LimitStatus::evaluate(users, Limit::of(100), 79, std::nullopt, now);
        QCOMPARE(s.level, LimitLevel::Ok);
        s = LimitStatus::evaluate(users, Limit::of(100), 80, std::nullopt, now);
        QCOMPARE(s.level, LimitLevel::Alert80);
        QCOMPARE(s.percent, 80.0);
        s = LimitStatus::evaluate(users, Limit::of(100), 100, std::nullopt, now);
        QCOMPARE(s.level, LimitLevel::Alert100);
        // Over: the grace period runs 24 hours from when it went over...
        const qint64 over = at("2026-06-01T00:00:00Z");
        s = LimitStatus::evaluate(users, Limit::of(100), 101, over, now);
        QCOMPARE(s.level, LimitLevel::OverGrace);
        QCOMPARE(s.overSince, over);
        QCOMPARE(s.graceEndsAt, at("2026-06-02T00:00:00Z"));
        QVERIFY(s.message.contains(u"grace period until 2026-06-02T00:00:00.000Z"_s));
        // ...one millisecond before its end it still runs; at its end the hard limit holds.
        s = LimitStatus::evaluate(users, Limit::of(100), 101, over, over + 24 * hour - 1);
        QCOMPARE(s.level, LimitLevel::OverGrace);
        s = LimitStatus::evaluate(users, Limit::of(100), 101, over, over + 24 * hour);
        QCOMPARE(s.level, LimitLevel::HardLimit);
        // Unlimited is never over; a limit of 0 with nothing used is fine.
        s = LimitStatus::evaluate(users, Limit::unlimited(), 1e9, std::nullopt, now);
        QCOMPARE(s.level, LimitLevel::Ok);
        s = LimitStatus::evaluate(users, Limit::of(0), 0, std::nullopt, now);
        QCOMPARE(s.level, LimitLevel::Ok);
        s = LimitStatus::evaluate(users, Limit::of(0), 1, std::nullopt, now);
        QCOMPARE(s.level, LimitLevel::OverGrace);
        QCOMPARE(s.overSince, now); // no history: over since now
    }

    void overSinceIsTheStartOfTheLastRun()
    {
        const QList<SeriesPoint> timeline {{1, 50},  {2, 120}, {3, 90},
                                           {4, 101}, {5, 130}, {6, 150}};
        QCOMPARE(LimitStatus::trailingOverSince(timeline, 100), 4);
        QCOMPARE(LimitStatus::trailingOverSince(timeline, 200), std::nullopt);
        QCOMPARE(LimitStatus::trailingOverSince({{1, 101}, {2, 102}}, 100), 1);
        QCOMPARE(LimitStatus::trailingOverSince({{1, 101}, {2, 100}}, 100), std::nullopt);
        QCOMPARE(LimitStatus::trailingOverSince({}, 100), std::nullopt);
    }

    void suggestsTheFirstTierThatFits()
    {
        auto catalog = Catalog::load();
        QVERIFY(catalog);
        const LimitMetric &users = metric(u"max_users"_s);
        QCOMPARE(LimitStatus::tierThatFits(*catalog, users, 5), u"free"_s);
        QCOMPARE(LimitStatus::tierThatFits(*catalog, users, 6), u"professional"_s);
        QCOMPARE(LimitStatus::tierThatFits(*catalog, users, 100.5), u"enterprise"_s);
        QCOMPARE(LimitStatus::tierThatFits(*catalog, users, 50000), u"custom"_s);
    }
};

QTEST_GUILESS_MAIN(tst_UsageFile)
#include "tst_usagefile.moc"
