// Security event files (CSV, JSON, JSON Lines) with their bad rows named by line, and the
// burst detector on a synthetic burst and on ordinary noise (no false alarm).
#include "security/SecurityEvents.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Tenancy;

class tst_SecurityEvents : public QObject
{
    Q_OBJECT

    static QStringList messages(const SecurityEventFile::Parsed &p)
    {
        QStringList out;
        for (const Error &e : p.problems)
            out << e.message;
        return out;
    }

    // Hourly failures drawn from a Poisson distribution of mean `mean` (Knuth's method).
    static QList<HourlyCount> noise(int hours, double mean, quint32 seed)
    {
        QRandomGenerator random(seed);
        QList<HourlyCount> out;
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (int h = 0; h < hours; ++h) {
            const double limit = std::exp(-mean);
            double p = 1;
            int k = 0;
            do {
                ++k;
                p *= random.generateDouble();
            } while (p > limit);
            out.append({start.addSecs(3600LL * h), k - 1, k - 1});
        }
        return out;
    }

private Q_SLOTS:
    void csv()
    {
        const QByteArray data = "time,tenant,user,kind,source_ip\n"
                                "2026-11-30T14:05:00Z,acme,alice,login_failed,10.0.0.1\n"
                                "\n"
                                "2026-11-30T16:05:00+02:00,acme,\"smith, john\",login_ok,\n"
                                "2026-11-30T14:05:00.250Z,acme,\"multi\nline\",mfa_failed,::1\r\n";
        const auto p = SecurityEventFile::parse(data, u"e.csv"_s);
        QVERIFY2(p.problems.isEmpty(), qPrintable(messages(p).join(u'\n')));
        QCOMPARE(p.rows, 3);
        QCOMPARE(p.events.size(), 3);
        QCOMPARE(p.lines, (QList<int> {2, 4, 5}));
        QCOMPARE(p.events.at(1).user, u"smith, john"_s);
        QCOMPARE(p.events.at(1).at, QDateTime(QDate(2026, 11, 30), QTime(14, 5), Qt::UTC));
        QCOMPARE(p.events.at(2).user, u"multi\nline"_s);
        QCOMPARE(p.events.at(2).kind, SecurityEvent::Kind::MfaFailed);
        QCOMPARE(p.events.at(0).sourceIp, u"10.0.0.1"_s);
        // Keys are stable across parses and distinct between events.
        const auto again = SecurityEventFile::parse(data, u"e.csv"_s);
        QCOMPARE(again.events.at(0).key, p.events.at(0).key);
        QVERIFY(p.events.at(0).key != p.events.at(1).key);
    }

    void sameEventTwiceInAFileIsTwoEvents()
    {
        const QByteArray data = "time,tenant_id,user_name,kind\n"
                                "2026-11-30T14:05:00Z,acme,alice,login_failed\n"
                                "2026-11-30T14:05:00Z,acme,alice,login_failed\n";
        const auto p = SecurityEventFile::parse(data, u"e.csv"_s);
        QCOMPARE(p.events.size(), 2);
        QVERIFY(p.events.at(0).key != p.events.at(1).key);
    }

    void badRows_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected"); // the first problem
        const QByteArray header = "time,tenant,user,kind\n";
        QTest::newRow("no zone") << header + "2026-11-30T14:05:00,acme,a,login_ok\n"
                                 << u"e.csv:2: time: \"2026-11-30T14:05:00\" is not an ISO 8601"_s;
        QTest::newRow("not a time") << header + "yesterday,acme,a,login_ok\n"
                                    << u"e.csv:2: time:"_s;
        QTest::newRow("bad kind") << header + "2026-11-30T14:05:00Z,acme,a,login_fail\n"
                                  << u"e.csv:2: kind: \"login_fail\" is not a kind; did you mean "
                                     "\"login_failed\"?"_s;
        QTest::newRow("bad tenant id") << header + "2026-11-30T14:05:00Z,Acme Corp,a,login_ok\n"
                                       << u"e.csv:2: tenant:"_s;
        QTest::newRow("no user") << header + "2026-11-30T14:05:00Z,acme,,login_ok\n"
                                 << u"e.csv:2: user: missing"_s;
        QTest::newRow("bad address")
            << QByteArray("time,tenant,user,kind,source_ip\n"
                          "2026-11-30T14:05:00Z,acme,a,login_ok,10.0.0.300\n")
            << u"e.csv:2: source_ip: \"10.0.0.300\" is not an IP address"_s;
        QTest::newRow("fields") << header + "2026-11-30T14:05:00Z,acme,a\n"
                                << u"e.csv:2: 3 fields, the header has 4"_s;
        QTest::newRow("header") << QByteArray("when,tenant,user,kind\n")
                                << u"e.csv:1: the header must name the columns time, tenant, "
                                   "user and kind (missing: time)"_s;
        QTest::newRow("open quote") << header + "2026-11-30T14:05:00Z,acme,\"a,login_ok\n"
                                    << u"e.csv:2: a quoted field is not closed"_s;
        QTest::newRow("empty") << QByteArray() << u"e.csv: no header and no events"_s;
        QTest::newRow("not UTF-8") << header + "2026-11-30T14:05:00Z,acme,\xff,login_ok\n"
                                   << u"e.csv: not UTF-8 text"_s;
        QTest::newRow("third row") << header
                + "2026-11-30T14:05:00Z,acme,a,login_ok\n"
                  "2026-11-30T14:05:00Z,acme,b,login_ok\n"
                  "2026-11-30T14:05:00Z,acme,c,nope\n"
                                   << u"e.csv:4: kind:"_s;
    }

    void badRows()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const auto p = SecurityEventFile::parse(data, u"e.csv"_s);
        QVERIFY(!p.problems.isEmpty());
        QVERIFY2(p.problems.first().message.startsWith(expected),
                 qPrintable(p.problems.first().message));
    }

    void json()
    {
        const QByteArray array = "[\n"
                                 "  {\"time\": \"2026-11-30T14:05:00Z\", \"tenant\": \"acme\",\n"
                                 "   \"user\": \"a\", \"kind\": \"lockout\"},\n"
                                 "  {\"time\": \"2026-11-30T14:06:00Z\", \"tenant\": \"acme\",\n"
                                 "   \"user\": \"b\", \"kind\": \"nope\"}\n"
                                 "]\n";
        const auto p = SecurityEventFile::parse(array, u"e.json"_s);
        QCOMPARE(p.events.size(), 1);
        QCOMPARE(p.events.first().kind, SecurityEvent::Kind::Lockout);
        QCOMPARE(p.problems.size(), 1);
        QVERIFY2(p.problems.first().message.startsWith(u"e.json:4: kind:"_s),
                 qPrintable(p.problems.first().message));

        const QByteArray lines = "{\"time\": \"2026-11-30T14:05:00Z\", \"tenant\": \"acme\", "
                                 "\"user\": \"a\", \"kind\": \"password_changed\"}\n"
                                 "\n"
                                 "{\"time\": \"2026-11-30T14:05:00Z\", \"tenant\": \"acme\"\n"
                                 "[1]\n";
        const auto q = SecurityEventFile::parse(lines, u"e.jsonl"_s);
        QCOMPARE(q.events.size(), 1);
        QCOMPARE(q.rows, 3);
        QCOMPARE(q.problems.size(), 2);
        QVERIFY2(q.problems.at(0).message.startsWith(u"e.jsonl:3: not a JSON object"_s),
                 qPrintable(q.problems.at(0).message));
        QVERIFY(q.problems.at(1).message.startsWith(u"e.jsonl:4:"_s));

        const auto broken = SecurityEventFile::parse("[\n{\"time\": 1,\n", u"e.json"_s);
        QVERIFY(!broken.problems.isEmpty());
        QVERIFY2(broken.problems.first().message.startsWith(u"e.json:3: not JSON"_s),
                 qPrintable(broken.problems.first().message));
    }

    void detectsABurst()
    {
        QList<HourlyCount> hours = noise(400, 3, 1);
        hours[300].failures = 40;
        const BurstDetector detector;
        const QList<SecurityAnomaly> found = detector.detect(u"acme"_s, hours);
        QCOMPARE(found.size(), 1);
        const SecurityAnomaly &a = found.first();
        QCOMPARE(a.hour, hours.at(300).hour);
        QCOMPARE(a.failures, 40);
        QVERIFY(a.score >= detector.threshold);
        QVERIFY(a.baselineMedian >= 1 && a.baselineMedian <= 5);
        QVERIFY2(a.explanation.contains(u"40 failed sign-ins"_s)
                     && a.explanation.contains(u"median of"_s),
                 qPrintable(a.explanation));
        // An earlier burst in the baseline does not hide a later one (the median and MAD are
        // not moved by it).
        hours[320].failures = 45;
        QCOMPARE(detector.detect(u"acme"_s, hours).size(), 2);
    }

    void ordinaryNoiseIsNoAlarm_data()
    {
        QTest::addColumn<double>("mean");
        QTest::addColumn<quint32>("seed");
        for (const double mean : {0.2, 1.0, 3.0, 8.0, 20.0}) {
            for (const quint32 seed : {1u, 2u, 3u})
                QTest::addRow("mean %g, seed %u", mean, seed) << mean << seed;
        }
    }

    void ordinaryNoiseIsNoAlarm()
    {
        QFETCH(double, mean);
        QFETCH(quint32, seed);
        // Three months of hourly counts each.
        const QList<HourlyCount> hours = noise(24 * 90, mean, seed);
        const QList<SecurityAnomaly> found = BurstDetector().detect(u"acme"_s, hours);
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).explanation));
    }

    void needsHistoryAndVolume()
    {
        // A quiet tenant: 9 failures in an hour is below the minimum, however rare.
        QList<HourlyCount> hours = noise(200, 0.1, 4);
        hours[150].failures = 9;
        QVERIFY(BurstDetector().detect(u"acme"_s, hours).isEmpty());
        hours[150].failures = 12;
        QCOMPARE(BurstDetector().detect(u"acme"_s, hours).size(), 1);
        // Without a day of history there is no verdict.
        QList<HourlyCount> young = noise(30, 1, 5);
        young[10].failures = 50;
        QVERIFY(BurstDetector().detect(u"acme"_s, young).isEmpty());
        young[28].failures = 50;
        QCOMPARE(BurstDetector().detect(u"acme"_s, young).size(), 1);
    }

    void contiguousHours()
    {
        const QDateTime from(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const QList<HourlyCount> filled
            = BurstDetector::contiguous({{from.addSecs(7200), 3, 5}}, from, from.addSecs(4 * 3600));
        QCOMPARE(filled.size(), 5);
        QCOMPARE(filled.at(2).failures, 3);
        QCOMPARE(filled.at(3).failures, 0);
        QCOMPARE(filled.at(4).hour, from.addSecs(4 * 3600));
    }

    void spans()
    {
        QCOMPARE(*parseSinceSeconds(u"1h"_s), 3600);
        QCOMPARE(*parseSinceSeconds(u"30m"_s), 1800);
        QCOMPARE(*parseSinceSeconds(u"7d"_s), 7 * 86400);
        QCOMPARE(*parseSinceSeconds(u" 2W "_s), 14 * 86400);
        for (const QString &bad : {u""_s, u"h"_s, u"0h"_s, u"-1h"_s, u"1y"_s, u"1.5h"_s}) {
            const auto r = parseSinceSeconds(bad);
            QVERIFY2(!r, qPrintable(bad));
            QCOMPARE(r.error().field, u"since"_s);
        }
    }
};

QTEST_GUILESS_MAIN(tst_SecurityEvents)
#include "tst_securityevents.moc"
