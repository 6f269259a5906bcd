// AI configuration rules (model families per tier, rate limits bounded by the tier), the view
// with each value's source, and the token bucket timed by a clock the test moves.
#include "TestSupport.h"
#include "ai/AiConfiguration.h"
#include "ai/TokenBucket.h"
#include "config/ConfigEngine.h"

#include <QJsonArray>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;
using namespace std::chrono_literals;

namespace {

class ManualClock final : public MonotonicClock
{
public:
    qint64 nanoseconds() const override { return m_now.load(); }
    void advance(std::chrono::nanoseconds by) { m_now += by.count(); }
    void set(qint64 ns) { m_now = ns; }

private:
    std::atomic<qint64> m_now {1'000'000'000};
};

} // namespace

class tst_AiConfiguration : public QObject
{
    Q_OBJECT

    std::shared_ptr<const ConfigEngine> m_config;

    // A tier's shipped template for a sample tenant, with overrides (dotted, under
    // configuration.ai_configuration).
    struct Rendered
    {
        QJsonObject document;
        QList<ConfigOverride> overrides;
    };
    Rendered render(const QString &tier, const QList<std::pair<QString, QJsonValue>> &set = {})
    {
        ConfigRevision r;
        r.templateText = m_config->shippedTemplate(tier + u"_init"_s)->text;
        r.variables = m_config->sampleVariables(tier);
        for (const auto &[path, value] : set) {
            auto pointer = m_config->resolvePath(u"ai_configuration."_s + path);
            if (!pointer)
                qFatal("%s", qPrintable(pointer.error().message));
            r.overrides.append({*pointer, value, ConfigLayer::TenantOverride});
        }
        auto doc = m_config->render(r, tier);
        if (!doc)
            qFatal("%s", qPrintable(doc.error().message));
        return {*doc, r.overrides};
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto config = ConfigEngine::load(catalog());
        QVERIFY(config);
        m_config = *config;
    }

    void shippedTemplatesKeepWithinTheirTier()
    {
        const AiConfigurationManager ai(catalog());
        for (const QString &tier : catalog()->tierNames()) {
            const QList<Error> errors = ai.check(render(tier).document);
            QVERIFY2(errors.isEmpty(), qPrintable(tier + u": "_s + errors.value(0).message));
        }
    }

    void tierRules_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error"); // part of the message; empty: allowed
        QTest::newRow("free, custom models")
            << u"free"_s << u"model_access.custom_models"_s << QJsonValue(true)
            << u"the Free tier cannot enable custom models; the "
               "Professional tier or above can"_s;
        QTest::newRow("free, fine-tuned") << u"free"_s << u"model_access.fine_tuned_models"_s
                                          << QJsonValue(true) << u"Enterprise tier or above"_s;
        QTest::newRow("free, gpt-4")
            << u"free"_s << u"model_access.gpt-4"_s << QJsonValue(true) << QString();
        QTest::newRow("professional, fine-tuned")
            << u"professional"_s << u"model_access.fine_tuned_models"_s << QJsonValue(true)
            << u"the Professional tier cannot enable fine-tuned models"_s;
        QTest::newRow("enterprise, fine-tuned")
            << u"enterprise"_s << u"model_access.fine_tuned_models"_s << QJsonValue(true)
            << QString();
        QTest::newRow("free, rate above")
            << u"free"_s << u"rate_limits.requests_per_minute"_s << QJsonValue(61)
            << u"61 is above the Free tier's bound of 60"_s;
        QTest::newRow("free, rate lowered")
            << u"free"_s << u"rate_limits.requests_per_minute"_s << QJsonValue(10) << QString();
        QTest::newRow("professional, tokens above")
            << u"professional"_s << u"rate_limits.tokens_per_day"_s << QJsonValue(2'000'000)
            << u"bound of 1000000"_s;
        QTest::newRow("enterprise, tokens raised")
            << u"enterprise"_s << u"rate_limits.tokens_per_day"_s << QJsonValue(5'000'000)
            << QString();
        QTest::newRow("custom, no bound") << u"custom"_s << u"rate_limits.concurrent_requests"_s
                                          << QJsonValue(100000) << QString();
    }

    void tierRules()
    {
        QFETCH(QString, tier);
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        const QList<Error> errors
            = AiConfigurationManager(catalog()).check(render(tier, {{path, value}}).document);
        if (error.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field,
                 u"/configuration/ai_configuration/"_s + QString(path).replace(u'.', u'/'));
        QVERIFY2(errors.first().message.contains(error), qPrintable(errors.first().message));
    }

    void viewSaysWhereEachValueComesFrom()
    {
        const Rendered r
            = render(u"free"_s,
                     {{u"model_access.gpt-4"_s, true}, {u"rate_limits.requests_per_minute"_s, 30}});
        const QList<ProvenanceEntry> sources
            = provenance(r.document, tierDefaultsDocument(*catalog(), u"free"_s), r.overrides);
        const AiConfigurationView v
            = AiConfigurationManager(catalog()).view(u"acme"_s, r.document, sources);
        QCOMPARE(v.models.size(), 4);
        QCOMPARE(v.models.at(0).model, u"gpt-4"_s);
        QVERIFY(v.models.at(0).enabled);
        QVERIFY(!v.models.at(0).tierDefault);
        QCOMPARE(v.models.at(0).source, ConfigLayer::TenantOverride);
        QCOMPARE(v.models.at(1).source, ConfigLayer::TierDefault); // claude-3, inherited
        QVERIFY(!v.models.at(2).allowedByTier); // custom models on free
        QCOMPARE(v.rateLimits.at(0).value, 30);
        QCOMPARE(v.rateLimits.at(0).bound.value(), 60);
        QCOMPARE(v.rateLimits.at(0).source, ConfigLayer::TenantOverride);
        QCOMPARE(v.rateLimits.at(1).source, ConfigLayer::TierDefault);
        const QJsonObject filter = v.safety.value(u"content_filter"_s).toObject();
        QCOMPARE(filter.value(u"categories"_s).toObject().size(), 4);
    }

    void oldContentFilterForm()
    {
        // Templates before 2024.3 said true or false for all categories.
        const QJsonObject on = AiConfigurationManager::contentFilter(true);
        QCOMPARE(on.value(u"enabled"_s).toBool(), true);
        const QJsonObject categories = on.value(u"categories"_s).toObject();
        QCOMPARE(categories.keys(),
                 QStringList({u"hate"_s, u"self_harm"_s, u"sexual"_s, u"violence"_s}));
        for (const QJsonValue &c : categories)
            QCOMPARE(c[u"output"_s].toString(), u"medium"_s);
        QCOMPARE(AiConfigurationManager::contentFilter(false).value(u"enabled"_s).toBool(), false);
        // Both forms are valid configurations.
        const QList<Error> old = m_config->checkOverride(
            {u"/configuration/ai_configuration/safety_settings/content_filter"_s, true,
             ConfigLayer::TenantOverride});
        QVERIFY(old.isEmpty());
        const QList<Error> bad = m_config->checkOverride(
            {u"/configuration/ai_configuration/safety_settings/content_filter/categories/hate/input"_s,
             u"extreme"_s, ConfigLayer::TenantOverride});
        QCOMPARE(bad.size(), 1);
        QVERIFY(bad.first().message.contains(u"\"safe\", \"low\", \"medium\", \"high\""_s));
    }

    void tokenBucket()
    {
        ManualClock clock;
        TokenBucket bucket(10, 1, clock); // 10 at once, then one a second
        for (int i = 0; i < 10; ++i)
            QVERIFY(bucket.tryTake());
        QVERIFY(!bucket.tryTake());
        QCOMPARE(bucket.waitFor(1), std::chrono::nanoseconds(1s));
        clock.advance(500ms);
        QVERIFY(!bucket.tryTake());
        QCOMPARE(bucket.waitFor(1), std::chrono::nanoseconds(500ms));
        clock.advance(500ms);
        QVERIFY(bucket.tryTake());
        QVERIFY(!bucket.tryTake());
        // It never holds more than its capacity.
        clock.advance(1h);
        QCOMPARE(bucket.available(), 10.0);
        QVERIFY(bucket.tryTake(10));
        QVERIFY(!bucket.tryTake(0.5));
        // A cost above the capacity never fits.
        QCOMPARE(bucket.waitFor(11), std::chrono::nanoseconds(-1));
        // A clock that goes back adds nothing (and takes nothing).
        clock.set(0);
        QCOMPARE(bucket.available(), 0.0);
    }

    void tokenBucketPerPeriod()
    {
        ManualClock clock;
        // requests_per_minute = 60: sixty at once, then one a second.
        TokenBucket minute = TokenBucket::perPeriod(60, 60s, clock);
        QCOMPARE(minute.ratePerSecond(), 1.0);
        QVERIFY(minute.tryTake(60));
        clock.advance(30s);
        QCOMPARE(minute.available(), 30.0);
        // tokens_per_day = 1,000,000, in chunks as a completion costs them.
        TokenBucket day = TokenBucket::perPeriod(1'000'000, 24h, clock);
        QVERIFY(day.tryTake(999'000));
        QVERIFY(!day.tryTake(2'000));
        const auto wait = day.waitFor(2'000);
        QVERIFY(wait > 86s && wait < 87s); // 1,000 tokens at 11.57 a second
    }

    void tokenBucketUnderThreads()
    {
        ManualClock clock; // frozen: exactly the capacity can be taken, whoever asks
        TokenBucket bucket(1000, 1, clock);
        std::atomic<int> taken {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 500; ++i) {
                    if (bucket.tryTake())
                        ++taken;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(taken.load(), 1000);
    }
};

QTEST_GUILESS_MAIN(tst_AiConfiguration)
#include "tst_aiconfiguration.moc"
