// The shipped catalog (tiers, regions, industries, frameworks) against DOMAIN.md, the
// framework-name normalisation, default configurations, mergeJson, and how Catalog::load
// reports broken data files. Over 600 lines on purpose: it is one unit, and most of it is the
// data tables (shipped values and broken-file cases) that DOMAIN.md asks to be checked.
#include "TestSupport.h"
#include "model/Catalog.h"
#include "model/Limit.h"
#include "model/Tier.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace Tenancy {
// Readable QCOMPARE failures for limits.
char *toString(const Limit &limit)
{
    return QTest::toString(limit.toString());
}
} // namespace Tenancy

namespace {

constexpr qint64 kUnlimited = -1; // in the data tables below only

Limit limit(qint64 value)
{
    return value == kUnlimited ? Limit::unlimited() : Limit::of(value);
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad JSON in the test itself: %s", json.constData());
    return doc.object();
}

// Sets (or, for an undefined value, removes) the value at a JSON-Pointer-like path.
QJsonValue withValue(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array.replace(index, withValue(array.at(index), path, value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object.insert(key, withValue(object.value(key), path, value));
    return object;
}

// A writable copy of the shipped resources/ directory that a test can break.
class CatalogCopy
{
public:
    CatalogCopy()
    {
        const QString source = QString::fromUtf8(TENANCY_SOURCE_DIR "/resources");
        QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = m_dir.filePath(QDir(source).relativeFilePath(from));
            if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(from, to))
                qFatal("cannot copy %s", qPrintable(from));
        }
    }
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString file(const QString &relative) const { return m_dir.filePath(relative); }

    bool writeText(const QString &relative, const QByteArray &text) const
    {
        QFile f(file(relative));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
    }

    // pointer: "/tiers/0/limits/users"; an undefined value removes the member.
    bool edit(const QString &relative, const QString &pointer, const QJsonValue &value) const
    {
        QFile f(file(relative));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        const QJsonValue edited = withValue(root, pointer.split(u'/', Qt::SkipEmptyParts), value);
        return writeText(relative, QJsonDocument(edited.toObject()).toJson());
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

class tst_Catalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- the shipped data ------------------------------------------------------------------

    void tierNamesInOrder()
    {
        const auto catalog = Test::catalog();
        QCOMPARE(catalog->tierNames(),
                 (QStringList {u"free"_s, u"professional"_s, u"enterprise"_s, u"custom"_s}));
        QCOMPARE(catalog->currency(), u"USD"_s);
        QVERIFY(!catalog->tier(u"gold"_s));
        QVERIFY(!catalog->tier(u"Free"_s)); // names are exact
        QVERIFY(!catalog->tier(QString()));
    }

    void shippedTiers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<qint64>("users");
        QTest::addColumn<qint64>("storageBytes");
        QTest::addColumn<qint64>("aiSessions");
        QTest::addColumn<qint64>("apiPerHour");
        QTest::addColumn<qint64>("integrations");
        QTest::addColumn<QString>("support");
        QTest::addColumn<int>("slaHundredths");
        QTest::addColumn<QString>("infrastructure");
        QTest::addColumn<QString>("isolation");
        QTest::addColumn<qint64>("priceMinor"); // kUnlimited here: quote-only

        QTest::newRow("free") << u"free"_s << u"Free"_s << qint64(5) << qint64(1'000'000'000)
                              << qint64(50) << qint64(100) << qint64(1) << u"community"_s << 9900
                              << u"shared"_s << u"shared"_s << qint64(0);
        QTest::newRow("professional")
            << u"professional"_s << u"Professional"_s << qint64(100) << qint64(100'000'000'000)
            << qint64(5000) << qint64(10'000) << qint64(25) << u"business"_s << 9950 << u"shared"_s
            << u"schema"_s << qint64(29'900);
        QTest::newRow("enterprise")
            << u"enterprise"_s << u"Enterprise"_s << qint64(10'000) << qint64(10'000'000'000'000)
            << kUnlimited << qint64(1'000'000) << kUnlimited << u"premium"_s << 9990
            << u"dedicated"_s << u"database"_s << qint64(249'900);
        QTest::newRow("custom") << u"custom"_s << u"Custom"_s << kUnlimited << kUnlimited
                                << kUnlimited << kUnlimited << kUnlimited << u"white_glove"_s
                                << 9999 << u"dedicated_cluster"_s << u"cluster"_s << kUnlimited;
    }
    void shippedTiers()
    {
        QFETCH(QString, name);
        QFETCH(QString, displayName);
        QFETCH(qint64, users);
        QFETCH(qint64, storageBytes);
        QFETCH(qint64, aiSessions);
        QFETCH(qint64, apiPerHour);
        QFETCH(qint64, integrations);
        QFETCH(QString, support);
        QFETCH(int, slaHundredths);
        QFETCH(QString, infrastructure);
        QFETCH(QString, isolation);
        QFETCH(qint64, priceMinor);

        const auto catalog = Test::catalog();
        const Tier *tier = catalog->tier(name);
        QVERIFY(tier);
        QCOMPARE(tier->name, name);
        QCOMPARE(tier->displayName, displayName);
        QCOMPARE(tier->limits.users, limit(users));
        QCOMPARE(tier->limits.storageBytes, limit(storageBytes));
        QCOMPARE(tier->limits.aiSessionsPerMonth, limit(aiSessions));
        QCOMPARE(tier->limits.apiRequestsPerHour, limit(apiPerHour));
        QCOMPARE(tier->limits.customIntegrations, limit(integrations));
        QCOMPARE(tier->supportLevel, support);
        QCOMPARE(tier->slaHundredths, slaHundredths);
        QCOMPARE(tier->infrastructure, infrastructure);
        QCOMPARE(isolationId(tier->defaultIsolation), isolation);
        if (priceMinor == kUnlimited) {
            QVERIFY2(!tier->monthlyPrice.has_value(), "custom is quote-only: no list price");
        } else {
            QVERIFY(tier->monthlyPrice.has_value());
            QCOMPARE(tier->monthlyPrice->minor, priceMinor);
            QCOMPARE(tier->monthlyPrice->currency, u"USD"_s);
        }
        QVERIFY(!tier->features.isEmpty());
    }

    void shippedRegions_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("jurisdiction");
        QTest::newRow("us-east-1") << u"us-east-1"_s << u"US"_s;
        QTest::newRow("us-east-2") << u"us-east-2"_s << u"US"_s;
        QTest::newRow("us-west-2") << u"us-west-2"_s << u"US"_s;
        QTest::newRow("ca-central-1") << u"ca-central-1"_s << u"CA"_s;
        QTest::newRow("eu-west-1") << u"eu-west-1"_s << u"EU"_s;
        QTest::newRow("eu-central-1") << u"eu-central-1"_s << u"EU"_s;
        QTest::newRow("eu-north-1") << u"eu-north-1"_s << u"EU"_s;
        QTest::newRow("eu-west-2") << u"eu-west-2"_s << u"UK"_s;
        QTest::newRow("ap-southeast-1") << u"ap-southeast-1"_s << u"SG"_s;
        QTest::newRow("ap-northeast-1") << u"ap-northeast-1"_s << u"JP"_s;
        QTest::newRow("ap-south-1") << u"ap-south-1"_s << u"IN"_s;
        QTest::newRow("sa-east-1") << u"sa-east-1"_s << u"BR"_s;
    }
    void shippedRegions()
    {
        QFETCH(QString, id);
        QFETCH(QString, jurisdiction);
        const auto catalog = Test::catalog();
        const Region *region = catalog->region(id);
        QVERIFY(region);
        QCOMPARE(region->id, id);
        QCOMPARE(region->jurisdiction, jurisdiction);
        QVERIFY(!region->displayName.trimmed().isEmpty());
    }

    void regionListAndDefault()
    {
        const auto catalog = Test::catalog();
        QCOMPARE(catalog->regions().size(), 12);
        QCOMPARE(catalog->defaultRegion(), u"us-east-1"_s);
        QVERIFY(catalog->region(catalog->defaultRegion()));
        QVERIFY(!catalog->region(u"US-EAST-1"_s));
        QVERIFY(!catalog->region(u"mars-central-1"_s));
    }

    void shippedFrameworks_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("displayName");
        QTest::newRow("GDPR") << u"GDPR"_s << u"GDPR"_s;
        QTest::newRow("CCPA") << u"CCPA"_s << u"CCPA"_s;
        QTest::newRow("HIPAA") << u"HIPAA"_s << u"HIPAA"_s;
        QTest::newRow("SOC2") << u"SOC2"_s << u"SOC 2"_s;
        QTest::newRow("ISO27001") << u"ISO27001"_s << u"ISO 27001"_s;
        QTest::newRow("PCI_DSS") << u"PCI_DSS"_s << u"PCI DSS"_s;
        QTest::newRow("FEDRAMP") << u"FEDRAMP"_s << u"FedRAMP"_s;
    }
    void shippedFrameworks()
    {
        QFETCH(QString, id);
        QFETCH(QString, displayName);
        const auto catalog = Test::catalog();
        QCOMPARE(catalog->frameworks().size(), 7);
        const Framework *framework = catalog->framework(id);
        QVERIFY(framework);
        QCOMPARE(framework->displayName, displayName);
        // Ids and display names both normalise back to the id.
        QCOMPARE(catalog->frameworkId(id), std::optional<QString>(id));
        QCOMPARE(catalog->frameworkId(displayName), std::optional<QString>(id));
    }

    void shippedIndustries()
    {
        const auto catalog = Test::catalog();
        QVERIFY(!catalog->industries().isEmpty());
        // The sample fleet and the compliance rules rely on these.
        for (const QString &id :
             {u"technology"_s, u"healthcare"_s, u"finance"_s, u"retail"_s, u"government"_s}) {
            QVERIFY2(catalog->industry(id), qPrintable(id));
        }
        QVERIFY(!catalog->industry(u"Healthcare"_s));
    }

    void frameworkId_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected

        QTest::newRow("soc 2") << u"soc 2"_s << u"SOC2"_s;
        QTest::newRow("SOC2") << u"SOC2"_s << u"SOC2"_s;
        QTest::newRow("Soc-2") << u"Soc-2"_s << u"SOC2"_s;
        QTest::newRow("pci dss") << u"pci dss"_s << u"PCI_DSS"_s;
        QTest::newRow("PCI_DSS") << u"PCI_DSS"_s << u"PCI_DSS"_s;
        QTest::newRow("pci-dss") << u"pci-dss"_s << u"PCI_DSS"_s;
        QTest::newRow("iso 27001") << u"iso 27001"_s << u"ISO27001"_s;
        QTest::newRow("fedramp") << u"fedramp"_s << u"FEDRAMP"_s;
        QTest::newRow("FedRAMP") << u"FedRAMP"_s << u"FEDRAMP"_s;
        QTest::newRow("gdpr") << u"gdpr"_s << u"GDPR"_s;
        QTest::newRow("hipaa") << u"hipaa"_s << u"HIPAA"_s;
        QTest::newRow("ccpa padded") << u"  ccpa "_s << u"CCPA"_s;

        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("SOC3") << u"SOC3"_s << QString();
        QTest::newRow("HIPPA") << u"HIPPA"_s << QString();
        QTest::newRow("spaces only") << u"   "_s << QString();
        QTest::newRow("punctuation only") << u"-_-"_s << QString();
        QTest::newRow("SOC") << u"SOC"_s << QString();
        QTest::newRow("ISO 9001") << u"ISO 9001"_s << QString();
    }
    void frameworkId()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto id = Test::catalog()->frameworkId(input);
        if (expected.isEmpty()) {
            QVERIFY2(!id, qPrintable(id.value_or(QString())));
        } else {
            QVERIFY(id);
            QCOMPARE(*id, expected);
        }
    }

    void defaultConfiguration_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QJsonValue>("maxUsers");
        QTest::addColumn<bool>("customModels");
        QTest::addColumn<bool>("fineTunedModels");

        QTest::newRow("free") << u"free"_s << QJsonValue(5) << false << false;
        QTest::newRow("professional") << u"professional"_s << QJsonValue(100) << true << false;
        QTest::newRow("enterprise") << u"enterprise"_s << QJsonValue(10000) << true << true;
        QTest::newRow("custom") << u"custom"_s << QJsonValue(u"unlimited"_s) << true << true;
    }
    void defaultConfiguration()
    {
        QFETCH(QString, tier);
        QFETCH(QJsonValue, maxUsers);
        QFETCH(bool, customModels);
        QFETCH(bool, fineTunedModels);

        const auto catalog = Test::catalog();
        const Tier *t = catalog->tier(tier);
        QVERIFY(t);
        const QJsonObject configuration = catalog->defaultConfiguration(tier);

        const QJsonObject limits = configuration.value(u"limits"_s).toObject();
        QCOMPARE(limits.value(u"max_users"_s), maxUsers);
        QCOMPARE(limits.value(u"max_storage_bytes"_s), t->limits.storageBytes.toJson());
        QCOMPARE(limits.value(u"ai_sessions_per_month"_s), t->limits.aiSessionsPerMonth.toJson());
        QCOMPARE(limits.value(u"api_requests_per_hour"_s), t->limits.apiRequestsPerHour.toJson());
        QCOMPARE(limits.value(u"custom_integrations"_s), t->limits.customIntegrations.toJson());

        const QJsonValue enabled
            = configuration.value(u"features"_s).toObject().value(u"enabled"_s);
        QVERIFY(enabled.isArray());
        QCOMPARE(enabled.toArray(), QJsonArray::fromStringList(t->features));

        const QJsonObject security = configuration.value(u"security"_s).toObject();
        QCOMPARE(security.value(u"password_policy"_s).toObject().value(u"min_length"_s),
                 QJsonValue(12));

        const QJsonObject ai = configuration.value(u"ai_configuration"_s).toObject();
        const QJsonObject models = ai.value(u"model_access"_s).toObject();
        QCOMPARE(models.value(u"custom_models"_s), QJsonValue(customModels));
        QCOMPARE(models.value(u"fine_tuned_models"_s), QJsonValue(fineTunedModels));
        // A tier's configuration merges over the base: untouched base settings survive.
        QCOMPARE(ai.value(u"safety_settings"_s).toObject().value(u"safety_threshold"_s),
                 QJsonValue(0.8));
        QVERIFY(security.value(u"mfa_config"_s).toObject().value(u"methods"_s).isArray());
    }

    void defaultConfigurationFreeRateLimits()
    {
        // free overrides one nested object partly: its own values win, the rest stays.
        const QJsonObject rateLimits = Test::catalog()
                                           ->defaultConfiguration(u"free"_s)
                                           .value(u"ai_configuration"_s)
                                           .toObject()
                                           .value(u"rate_limits"_s)
                                           .toObject();
        QCOMPARE(rateLimits.value(u"requests_per_minute"_s), QJsonValue(60));
        QCOMPARE(rateLimits.value(u"concurrent_requests"_s), QJsonValue(5));
    }

    void defaultConfigurationUnknownTier()
    {
        QVERIFY(Test::catalog()->defaultConfiguration(u"gold"_s).isEmpty());
        QVERIFY(Test::catalog()->defaultConfiguration(QString()).isEmpty());
    }

    // --- mergeJson ---------------------------------------------------------------------------

    void mergeJson_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("overlay");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("empty overlay") << QByteArray(R"({"a":1,"b":{"c":2}})") << QByteArray("{}")
                                       << QByteArray(R"({"a":1,"b":{"c":2}})");
        QTest::newRow("empty base")
            << QByteArray("{}") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1})");
        QTest::newRow("disjoint keys") << QByteArray(R"({"a":1})") << QByteArray(R"({"b":2})")
                                       << QByteArray(R"({"a":1,"b":2})");
        QTest::newRow("scalar replaces scalar")
            << QByteArray(R"({"a":1,"b":"x"})") << QByteArray(R"({"a":2})")
            << QByteArray(R"({"a":2,"b":"x"})");
        QTest::newRow("objects merge recursively")
            << QByteArray(R"({"s":{"p":{"min":12,"max":90},"mfa":true}})")
            << QByteArray(R"({"s":{"p":{"min":16}}})")
            << QByteArray(R"({"s":{"p":{"min":16,"max":90},"mfa":true}})");
        QTest::newRow("array replaces array")
            << QByteArray(R"({"m":["totp","sms"]})") << QByteArray(R"({"m":["totp"]})")
            << QByteArray(R"({"m":["totp"]})");
        QTest::newRow("empty array replaces array")
            << QByteArray(R"({"m":[1,2,3]})") << QByteArray(R"({"m":[]})")
            << QByteArray(R"({"m":[]})");
        QTest::newRow("array of objects is not merged")
            << QByteArray(R"({"w":[{"a":1,"b":2}]})") << QByteArray(R"({"w":[{"a":3}]})")
            << QByteArray(R"({"w":[{"a":3}]})");
        QTest::newRow("object replaces scalar")
            << QByteArray(R"({"a":1})") << QByteArray(R"({"a":{"b":2}})")
            << QByteArray(R"({"a":{"b":2}})");
        QTest::newRow("scalar replaces object")
            << QByteArray(R"({"a":{"b":2}})") << QByteArray(R"({"a":false})")
            << QByteArray(R"({"a":false})");
        QTest::newRow("array replaces object")
            << QByteArray(R"({"a":{"b":2}})") << QByteArray(R"({"a":[1]})")
            << QByteArray(R"({"a":[1]})");
        QTest::newRow("null replaces")
            << QByteArray(R"({"a":{"b":2},"c":1})") << QByteArray(R"({"a":null})")
            << QByteArray(R"({"a":null,"c":1})");
        QTest::newRow("three levels") << QByteArray(R"({"x":{"y":{"z":1,"k":1},"q":1}})")
                                      << QByteArray(R"({"x":{"y":{"z":2,"n":3}}})")
                                      << QByteArray(R"({"x":{"y":{"z":2,"k":1,"n":3},"q":1}})");
    }
    void mergeJson()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, overlay);
        QFETCH(QByteArray, expected);
        const QJsonObject baseObject = parseObject(base);
        const QJsonObject merged = Tenancy::mergeJson(baseObject, parseObject(overlay));
        QCOMPARE(merged, parseObject(expected));
        QCOMPARE(baseObject, parseObject(base)); // the input is not modified
    }

    // --- loading from files ------------------------------------------------------------------

    void copiedCatalogLoads()
    {
        // The baseline for the error tests: an unmodified copy loads and matches the shipped one.
        CatalogCopy copy;
        QVERIFY(copy.isValid());
        const auto catalog = Catalog::load(copy.path());
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().message));
        QCOMPARE(catalog->tierNames(), Test::catalog()->tierNames());
        QCOMPARE(catalog->regions().size(), Test::catalog()->regions().size());
        QCOMPARE(catalog->frameworks().size(), Test::catalog()->frameworks().size());
        QCOMPARE(catalog->defaultConfiguration(u"professional"_s),
                 Test::catalog()->defaultConfiguration(u"professional"_s));
    }

    void missingFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("tiers.json") << u"tiers.json"_s;
        QTest::newRow("regions.json") << u"regions.json"_s;
        QTest::newRow("industries.json") << u"industries.json"_s;
        QTest::newRow("frameworks.json") << u"compliance/frameworks.json"_s;
    }
    void missingFile()
    {
        QFETCH(QString, file);
        CatalogCopy copy;
        QVERIFY(QFile::remove(copy.file(file)));
        const auto catalog = Catalog::load(copy.path());
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, ErrorCode::Catalog);
        QVERIFY2(catalog.error().message.contains(copy.file(file)),
                 qPrintable(catalog.error().message));
        QVERIFY2(catalog.error().message.contains(u"not found"_s),
                 qPrintable(catalog.error().message));
    }

    void missingDirectory()
    {
        const QString dir = QDir::tempPath() + u"/tenancy-no-such-catalog-dir"_s;
        QVERIFY(!QFileInfo::exists(dir));
        const auto catalog = Catalog::load(dir);
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, ErrorCode::Catalog);
        QVERIFY(catalog.error().message.contains(u"not found"_s));
    }

    void malformedJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        // Qt reports the offset just past the character it choked on; the column is that
        // offset's, counted in characters (not UTF-8 bytes) from 1.
        QTest::newRow("missing colon, line 3")
            << u"tiers.json"_s << QByteArray("{\n  \"a\": 1,\n  \"b\" 2\n}\n") << 3 << 8;
        QTest::newRow("missing comma after non-ASCII value")
            << u"regions.json"_s << QByteArray("{\n  \"n\": \"Zo\xc3\xab\" \"x\": 1\n}\n") << 2
            << 15;
        QTest::newRow("unterminated object, line 1")
            << u"industries.json"_s << QByteArray("{\"a\": [1, 2") << 1 << 12;
        QTest::newRow("garbage on line 5")
            << u"compliance/frameworks.json"_s << QByteArray("{\n\n\n\n  x\n}") << 5 << 4;
    }
    void malformedJson()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        CatalogCopy copy;
        QVERIFY(copy.writeText(file, text));
        const auto catalog = Catalog::load(copy.path());
        QVERIFY(!catalog.ok());
        const QString message = catalog.error().message;
        QCOMPARE(catalog.error().code, ErrorCode::Catalog);
        QVERIFY2(message.contains(copy.file(file)), qPrintable(message));
        static const QRegularExpression re(u"line (\\d+), column (\\d+)"_s);
        const auto match = re.match(message);
        QVERIFY2(match.hasMatch(), qPrintable(message));
        QCOMPARE(match.captured(1).toInt(), line);
        QCOMPARE(match.captured(2).toInt(), column);
    }

    void notAnObject_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("string") << QByteArray("\"tiers\"");
    }
    void notAnObject()
    {
        QFETCH(QByteArray, text);
        CatalogCopy copy;
        QVERIFY(copy.writeText(u"tiers.json"_s, text));
        const auto catalog = Catalog::load(copy.path());
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, ErrorCode::Catalog);
        QVERIFY2(catalog.error().message.contains(copy.file(u"tiers.json"_s)),
                 qPrintable(catalog.error().message));
    }

    void badValue_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove the member
        QTest::addColumn<QString>("fragment"); // expected in the message

        const QString tiers = u"tiers.json"_s;
        const QJsonValue removed(QJsonValue::Undefined);
        const QString users = u"tiers[0]: \"limits.users\""_s;
        QTest::newRow("users -1") << tiers << u"/tiers/0/limits/users"_s << QJsonValue(-1) << users;
        QTest::newRow("trial -1") << tiers << u"/tiers/1/trial_days"_s << QJsonValue(-1)
                                  << u"\"trial_days\""_s;
        QTest::newRow("trial missing")
            << tiers << u"/tiers/1/trial_days"_s << removed << u"\"trial_days\""_s;
        QTest::newRow("term 0") << tiers << u"/tiers/1/subscription_term_months"_s << QJsonValue(0)
                                << u"\"subscription_term_months\""_s;
        QTest::newRow("term 1.5") << tiers << u"/tiers/1/subscription_term_months"_s
                                  << QJsonValue(1.5) << u"\"subscription_term_months\""_s;
        QTest::newRow("users 1.5")
            << tiers << u"/tiers/0/limits/users"_s << QJsonValue(1.5) << users;
        QTest::newRow("users \"lots\"")
            << tiers << u"/tiers/0/limits/users"_s << QJsonValue(u"lots"_s) << users;
        QTest::newRow("users \"Unlimited\"")
            << tiers << u"/tiers/0/limits/users"_s << QJsonValue(u"Unlimited"_s) << users;
        QTest::newRow("users null")
            << tiers << u"/tiers/0/limits/users"_s << QJsonValue(QJsonValue::Null) << users;
        QTest::newRow("users missing") << tiers << u"/tiers/0/limits/users"_s << removed << users;
        QTest::newRow("storage negative")
            << tiers << u"/tiers/1/limits/storage_bytes"_s << QJsonValue(-5)
            << u"tiers[1]: \"limits.storage_bytes\""_s;
        QTest::newRow("api per hour as string")
            << tiers << u"/tiers/2/limits/api_requests_per_hour"_s << QJsonValue(u"1000"_s)
            << u"tiers[2]: \"limits.api_requests_per_hour\""_s;

        const QString sla = u"tiers[0]: \"sla_percent\""_s;
        QTest::newRow("sla 0") << tiers << u"/tiers/0/sla_percent"_s << QJsonValue(0) << sla;
        QTest::newRow("sla 101") << tiers << u"/tiers/0/sla_percent"_s << QJsonValue(101) << sla;
        QTest::newRow("sla -1") << tiers << u"/tiers/0/sla_percent"_s << QJsonValue(-1) << sla;
        QTest::newRow("sla string")
            << tiers << u"/tiers/0/sla_percent"_s << QJsonValue(u"99.9"_s) << sla;
        QTest::newRow("sla missing") << tiers << u"/tiers/0/sla_percent"_s << removed << sla;

        const QString price = u"\"monthly_price_minor\""_s;
        QTest::newRow("price 1.5")
            << tiers << u"/tiers/1/monthly_price_minor"_s << QJsonValue(1.5) << price;
        QTest::newRow("price \"free\"")
            << tiers << u"/tiers/0/monthly_price_minor"_s << QJsonValue(u"free"_s) << price;
        QTest::newRow("price -100")
            << tiers << u"/tiers/1/monthly_price_minor"_s << QJsonValue(-100) << price;
        QTest::newRow("price \"unlimited\"")
            << tiers << u"/tiers/1/monthly_price_minor"_s << QJsonValue(u"unlimited"_s) << price;
        QTest::newRow("price true")
            << tiers << u"/tiers/1/monthly_price_minor"_s << QJsonValue(true) << price;
        QTest::newRow("price missing")
            << tiers << u"/tiers/1/monthly_price_minor"_s << removed << price;

        const QString isolation = u"\"default_isolation\""_s;
        QTest::newRow("isolation dedicated")
            << tiers << u"/tiers/2/default_isolation"_s << QJsonValue(u"dedicated"_s) << isolation;
        QTest::newRow("isolation Shared")
            << tiers << u"/tiers/0/default_isolation"_s << QJsonValue(u"Shared"_s) << isolation;
        QTest::newRow("isolation missing")
            << tiers << u"/tiers/0/default_isolation"_s << removed << isolation;

        QTest::newRow("duplicate tier name") << tiers << u"/tiers/1/name"_s << QJsonValue(u"free"_s)
                                             << u"tiers[1]: duplicate tier name \"free\""_s;
        QTest::newRow("empty tiers array")
            << tiers << u"/tiers"_s << QJsonValue(QJsonArray()) << u"\"tiers\""_s;
        QTest::newRow("tiers not an array")
            << tiers << u"/tiers"_s << QJsonValue(QJsonObject()) << u"\"tiers\""_s;
        QTest::newRow("tiers missing") << tiers << u"/tiers"_s << removed << u"\"tiers\""_s;
        QTest::newRow("tier name uppercase")
            << tiers << u"/tiers/0/name"_s << QJsonValue(u"Free"_s) << u"tiers[0]: \"name\""_s;
        QTest::newRow("tier name missing")
            << tiers << u"/tiers/3/name"_s << removed << u"tiers[3]: \"name\""_s;
        QTest::newRow("display name missing")
            << tiers << u"/tiers/0/display_name"_s << removed << u"\"display_name\""_s;
        QTest::newRow("features not an array")
            << tiers << u"/tiers/0/features"_s << QJsonValue(u"sso"_s) << u"\"features\""_s;
        QTest::newRow("feature not a string")
            << tiers << u"/tiers/0/features"_s << QJsonValue(QJsonArray {1}) << u"\"features\""_s;
        QTest::newRow("configuration not an object")
            << tiers << u"/tiers/0/configuration"_s << QJsonValue(u"x"_s) << u"\"configuration\""_s;
        QTest::newRow("currency lowercase")
            << tiers << u"/currency"_s << QJsonValue(u"usd"_s) << u"\"currency\""_s;
        QTest::newRow("currency missing")
            << tiers << u"/currency"_s << removed << u"\"currency\""_s;
        QTest::newRow("base configuration missing")
            << tiers << u"/base_configuration"_s << removed << u"\"base_configuration\""_s;

        const QString regions = u"regions.json"_s;
        QTest::newRow("default region unknown")
            << regions << u"/default_region"_s << QJsonValue(u"mars-central-1"_s)
            << u"\"default_region\""_s;
        QTest::newRow("default region missing")
            << regions << u"/default_region"_s << removed << u"\"default_region\""_s;
        QTest::newRow("no regions")
            << regions << u"/regions"_s << QJsonValue(QJsonArray()) << u"\"regions\""_s;
        QTest::newRow("duplicate region")
            << regions << u"/regions/1/id"_s << QJsonValue(u"us-east-1"_s)
            << u"regions[1]: duplicate id \"us-east-1\""_s;
        QTest::newRow("three-letter jurisdiction")
            << regions << u"/regions/0/jurisdiction"_s << QJsonValue(u"USA"_s) << u"regions[0]"_s;

        QTest::newRow("no industries") << u"industries.json"_s << u"/industries"_s
                                       << QJsonValue(QJsonArray()) << u"\"industries\""_s;
        QTest::newRow("framework id lowercase")
            << u"compliance/frameworks.json"_s << u"/frameworks/0/id"_s << QJsonValue(u"gdpr"_s)
            << u"frameworks[0]"_s;
    }
    void badValue()
    {
        QFETCH(QString, file);
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, fragment);
        CatalogCopy copy;
        QVERIFY(copy.edit(file, pointer, value));
        const auto catalog = Catalog::load(copy.path());
        QVERIFY2(!catalog.ok(), "a broken catalog must not load");
        const Error &error = catalog.error();
        QCOMPARE(error.code, ErrorCode::Catalog);
        QVERIFY2(error.message.contains(copy.file(file)), qPrintable(error.message));
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    }

    // Edits that stay within the rules still load: the checks are not stricter than the data
    // model.
    void acceptedValue_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("users 0") << u"/tiers/0/limits/users"_s << QJsonValue(0);
        QTest::newRow("users unlimited")
            << u"/tiers/0/limits/users"_s << QJsonValue(u"unlimited"_s);
        QTest::newRow("users 2.0 is an integer") << u"/tiers/0/limits/users"_s << QJsonValue(2.0);
        QTest::newRow("sla 100") << u"/tiers/0/sla_percent"_s << QJsonValue(100);
        QTest::newRow("sla 0.01") << u"/tiers/0/sla_percent"_s << QJsonValue(0.01);
        QTest::newRow("price 0") << u"/tiers/1/monthly_price_minor"_s << QJsonValue(0);
        QTest::newRow("price null (quote)")
            << u"/tiers/1/monthly_price_minor"_s << QJsonValue(QJsonValue::Null);
        QTest::newRow("no tier configuration")
            << u"/tiers/0/configuration"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no features") << u"/tiers/0/features"_s << QJsonValue(QJsonArray());
        QTest::newRow("unknown extra member") << u"/tiers/0/colour"_s << QJsonValue(u"blue"_s);
    }
    void acceptedValue()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        CatalogCopy copy;
        QVERIFY(copy.edit(u"tiers.json"_s, pointer, value));
        const auto catalog = Catalog::load(copy.path());
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().message));
    }

    void editedValuesAreRead()
    {
        CatalogCopy copy;
        QVERIFY(copy.edit(u"tiers.json"_s, u"/tiers/0/limits/users"_s, QJsonValue(7)));
        QVERIFY(copy.edit(u"tiers.json"_s, u"/tiers/0/sla_percent"_s, QJsonValue(100)));
        QVERIFY(copy.edit(u"tiers.json"_s, u"/tiers/1/monthly_price_minor"_s,
                          QJsonValue(QJsonValue::Null)));
        const auto catalog = Catalog::load(copy.path());
        QVERIFY(catalog.ok());
        QCOMPARE(catalog->tier(u"free"_s)->limits.users, Limit::of(7));
        QCOMPARE(catalog->tier(u"free"_s)->slaHundredths, 10000);
        QVERIFY(!catalog->tier(u"professional"_s)->monthlyPrice.has_value());
        QCOMPARE(catalog->defaultConfiguration(u"free"_s)
                     .value(u"limits"_s)
                     .toObject()
                     .value(u"max_users"_s),
                 QJsonValue(7));
    }

    void loadWithTierFile()
    {
        CatalogCopy copy;
        QVERIFY(copy.edit(u"tiers.json"_s, u"/tiers/0/limits/users"_s, QJsonValue(3)));
        const auto catalog = Catalog::loadWithTierFile(copy.file(u"tiers.json"_s));
        QVERIFY(catalog.ok());
        QCOMPARE(catalog->tierNames(), Test::catalog()->tierNames()); // not appended twice
        QCOMPARE(catalog->tier(u"free"_s)->limits.users, Limit::of(3));

        const QString missing = copy.file(u"nope.json"_s);
        const auto broken = Catalog::loadWithTierFile(missing);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, ErrorCode::Catalog);
        QVERIFY(broken.error().message.contains(missing));
    }
};

QTEST_GUILESS_MAIN(tst_Catalog)
#include "tst_catalog.moc"
