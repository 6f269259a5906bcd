// Overrides (parsing, paths, setting values, tier limits), the structural diff and provenance:
// the pieces of a configuration change that need no database.
#include "TestSupport.h"
#include "config/ConfigDiff.h"
#include "config/ConfigEngine.h"
#include "config/Overrides.h"
#include "config/Provenance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace {

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}

} // namespace

class tst_Overrides : public QObject
{
    Q_OBJECT

    std::shared_ptr<const ConfigEngine> m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        auto engine = ConfigEngine::load(Test::catalog());
        QVERIFY2(engine, qPrintable(engine ? QString() : engine.error().message));
        m_engine = *engine;
    }

    void parsesValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("integer") << u"500"_s << QJsonValue(500);
        QTest::newRow("negative") << u"-1"_s << QJsonValue(-1);
        QTest::newRow("decimal") << u"0.75"_s << QJsonValue(0.75);
        QTest::newRow("true") << u"true"_s << QJsonValue(true);
        QTest::newRow("null") << u"null"_s << QJsonValue(QJsonValue::Null);
        QTest::newRow("array") << u"[\"sso\",\"scim\"]"_s << json(R"(["sso","scim"])");
        QTest::newRow("object") << u"{\"a\": 1}"_s << json(R"({"a":1})");
        QTest::newRow("quoted string") << u"\"500\""_s << QJsonValue(u"500"_s);
        QTest::newRow("bare word is text") << u"hsm"_s << QJsonValue(u"hsm"_s);
        QTest::newRow("unlimited is text") << u"unlimited"_s << QJsonValue(u"unlimited"_s);
        QTest::newRow("two values are text") << u"1,2"_s << QJsonValue(u"1,2"_s);
        QTest::newRow("broken JSON is text") << u"[1,"_s << QJsonValue(u"[1,"_s);
        QTest::newRow("empty is an empty string") << QString() << QJsonValue(u""_s);
        QTest::newRow("spaces kept") << u" a b "_s << QJsonValue(u" a b "_s);
        QTest::newRow("unicode text") << u"Zürich ✓"_s << QJsonValue(u"Zürich ✓"_s);
    }
    void parsesValues()
    {
        QFETCH(QString, text);
        QFETCH(QJsonValue, value);
        QCOMPARE(Overrides::parseValue(text), value);
    }

    void parsesAssignments()
    {
        auto a = Overrides::parseAssignment(u"limits.max_users=500"_s);
        QVERIFY(a);
        QCOMPARE(a->first, u"limits.max_users"_s);
        QCOMPARE(a->second, QJsonValue(500));
        auto b = Overrides::parseAssignment(u"security.encryption.algorithm=AES-128-GCM"_s);
        QCOMPARE(b->second, QJsonValue(u"AES-128-GCM"_s));
        auto c = Overrides::parseAssignment(u"billing.account_name=a=b"_s); // first = splits
        QCOMPARE(c->second, QJsonValue(u"a=b"_s));
        for (const QString &bad : {u"limits.max_users"_s, u"=5"_s, u" =5"_s, QString()}) {
            auto r = Overrides::parseAssignment(bad);
            QVERIFY2(!r, qPrintable(bad));
            QCOMPARE(r.error().field, u"--set"_s);
            QVERIFY(r.error().message.contains(u"PATH=VALUE"_s));
        }
    }

    void resolvesPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pointer"); // empty: refused
        QTest::addColumn<QString>("message"); // part of the error
        QTest::newRow("under configuration")
            << u"limits.max_users"_s << u"/configuration/limits/max_users"_s << QString();
        QTest::newRow("deep") << u"security.mfa_config.required"_s
                              << u"/configuration/security/mfa_config/required"_s << QString();
        QTest::newRow("spelled out") << u"configuration.features.enabled"_s
                                     << u"/configuration/features/enabled"_s << QString();
        QTest::newRow("from the root")
            << u"infrastructure.auto_scaling.max_capacity"_s
            << u"/infrastructure/auto_scaling/max_capacity"_s << QString();
        QTest::newRow("a whole section")
            << u"ai_configuration.rate_limits"_s << u"/configuration/ai_configuration/rate_limits"_s
            << QString();
        QTest::newRow("typo in the leaf")
            << u"limits.max_user"_s << QString() << u"did you mean \"limits.max_users\"?"_s;
        QTest::newRow("typo in a section") << u"securty.mfa_config.required"_s << QString()
                                           << u"did you mean \"security.mfa_config.required\"?"_s;
        QTest::newRow("typo at the root") << u"monitorng.logging.level"_s << QString()
                                          << u"did you mean \"monitoring.logging.level\"?"_s;
        QTest::newRow("nothing near")
            << u"colour.of.the.sky"_s << QString() << u"unknown path \"colour.of.the.sky\""_s;
        QTest::newRow("empty segment") << u"limits..max_users"_s << QString() << u"not a path"_s;
        QTest::newRow("empty") << QString() << QString() << u"not a path"_s;
    }
    void resolvesPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        auto r = m_engine->resolvePath(path);
        if (pointer.isEmpty()) {
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
            QCOMPARE(r.error().field, path);
        } else {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(*r, pointer);
        }
    }

    // Each override's value is checked against the schema at its path.
    void checksValuesAgainstTheSchema_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("ok");
        const QString users = u"/configuration/limits/max_users"_s;
        QTest::newRow("users 50") << users << QJsonValue(50) << true;
        QTest::newRow("users unlimited") << users << QJsonValue(u"unlimited"_s) << true;
        QTest::newRow("users -1") << users << QJsonValue(-1) << false;
        QTest::newRow("users 1.5") << users << QJsonValue(1.5) << false;
        QTest::newRow("users text") << users << QJsonValue(u"lots"_s) << false;
        const QString algorithm = u"/configuration/security/encryption/algorithm"_s;
        QTest::newRow("AES-128-GCM") << algorithm << QJsonValue(u"AES-128-GCM"_s) << true;
        QTest::newRow("DES refused") << algorithm << QJsonValue(u"DES"_s) << false;
        const QString threshold
            = u"/configuration/ai_configuration/safety_settings/safety_threshold"_s;
        QTest::newRow("threshold 0.5") << threshold << QJsonValue(0.5) << true;
        QTest::newRow("threshold 2") << threshold << QJsonValue(2) << false;
        const QString features = u"/configuration/features/enabled"_s;
        QTest::newRow("features") << features << json(R"(["sso","scim"])") << true;
        QTest::newRow("unknown feature") << features << json(R"(["teleport"])") << false;
        QTest::newRow("features twice") << features << json(R"(["sso","sso"])") << false;
        QTest::newRow("mfa required")
            << u"/configuration/security/mfa_config/required"_s << QJsonValue(true) << true;
        QTest::newRow("mfa required as text")
            << u"/configuration/security/mfa_config/required"_s << QJsonValue(u"yes"_s) << false;
    }
    void checksValuesAgainstTheSchema()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(bool, ok);
        const QList<Error> errors
            = m_engine->checkOverride({pointer, value, ConfigLayer::TenantOverride});
        QVERIFY2(errors.isEmpty() == ok,
                 qPrintable(errors.isEmpty() ? u"no error"_s : errors.first().message));
        for (const Error &e : errors) {
            QVERIFY2(e.field.startsWith(pointer), qPrintable(e.field));
            QVERIFY2(e.message.startsWith(pointerToDotted(pointer)), qPrintable(e.message));
        }
    }

    // A limit can be lowered, never raised above the tier's, except on the custom tier.
    void tierLimits_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("professional users 50")
            << u"professional"_s << u"max_users"_s << QJsonValue(50) << true;
        QTest::newRow("professional users 100 (the limit)")
            << u"professional"_s << u"max_users"_s << QJsonValue(100) << true;
        QTest::newRow("professional users 101")
            << u"professional"_s << u"max_users"_s << QJsonValue(101) << false;
        QTest::newRow("professional users unlimited")
            << u"professional"_s << u"max_users"_s << QJsonValue(u"unlimited"_s) << false;
        QTest::newRow("enterprise AI sessions (unlimited) 10")
            << u"enterprise"_s << u"ai_sessions_per_month"_s << QJsonValue(10) << true;
        QTest::newRow("free storage 2 GB")
            << u"free"_s << u"max_storage_bytes"_s << QJsonValue(2e9) << false;
        QTest::newRow("custom users 1,000,000")
            << u"custom"_s << u"max_users"_s << QJsonValue(1e6) << true;
    }
    void tierLimits()
    {
        QFETCH(QString, tier);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(bool, ok);
        const ConfigOverride o {u"/configuration/limits/"_s + key, value,
                                ConfigLayer::TenantOverride};
        auto r = Overrides::checkTierLimits(*Test::catalog(), tier, {o});
        QCOMPARE(bool(r), ok);
        if (!ok) {
            QCOMPARE(r.error().code, ErrorCode::NotAllowed);
            QCOMPARE(r.error().field, u"configuration.limits."_s + key);
            QVERIFY2(r.error().message.contains(u"only the custom tier"_s),
                     qPrintable(r.error().message));
        }
    }

    void setsAndRemovesValues()
    {
        QJsonObject doc {{u"a"_s, QJsonObject {{u"b"_s, 1}}}, {u"list"_s, QJsonArray {1, 2}}};
        QVERIFY(Overrides::set(doc, u"/a/b"_s, 2));
        QVERIFY(Overrides::set(doc, u"/a/c/d"_s, u"new"_s)); // missing objects are made
        QVERIFY(Overrides::set(doc, u"/list/1"_s, 20));
        QVERIFY(Overrides::set(doc, u"/list/2"_s, 30)); // append at the end
        QCOMPARE(valueAt(doc, u"/a/b"_s), QJsonValue(2));
        QCOMPARE(valueAt(doc, u"/a/c/d"_s), QJsonValue(u"new"_s));
        QCOMPARE(doc.value(u"list"_s), json("[1,20,30]"));
        auto beyond = Overrides::set(doc, u"/list/7"_s, 1);
        QVERIFY(!beyond);
        QVERIFY(beyond.error().message.contains(u"no item 7"_s));
        auto underValue = Overrides::set(doc, u"/a/b/c"_s, 1);
        QVERIFY(!underValue);
        QVERIFY(underValue.error().message.contains(u"holds a value"_s));
        QVERIFY(!Overrides::set(doc, QString(), 1));
        Overrides::remove(doc, u"/a/c"_s);
        QVERIFY(!doc.value(u"a"_s).toObject().contains(u"c"_s));
        Overrides::remove(doc, u"/nowhere/x"_s); // nothing to remove: nothing happens
        QCOMPARE(valueAt(doc, u"/a/b"_s), QJsonValue(2));
    }

    void laterOverridesWin()
    {
        QList<ConfigOverride> list;
        Overrides::upsert(list, {u"/a"_s, 1, ConfigLayer::TenantOverride});
        Overrides::upsert(list, {u"/b"_s, 2, ConfigLayer::TenantOverride});
        Overrides::upsert(list, {u"/a"_s, 3, ConfigLayer::OperatorEdit});
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().value, QJsonValue(3));
        QCOMPARE(list.first().layer, ConfigLayer::OperatorEdit);
        auto applied = Overrides::apply(QJsonObject {{u"a"_s, 0}}, list);
        QCOMPARE(applied->value(u"a"_s), QJsonValue(3));
        QCOMPARE(applied->value(u"b"_s), QJsonValue(2));
    }

    void storedOverridesRoundTrip()
    {
        const ConfigOverride o {u"/configuration/limits/max_users"_s, 5, ConfigLayer::OperatorEdit};
        auto back = ConfigOverride::fromJson(o.toJson());
        QVERIFY(back);
        QCOMPARE(*back, o);
        QCOMPARE(o.path(), u"configuration.limits.max_users"_s);
        for (const char *bad :
             {R"({"path":"x","value":1,"layer":"override"})", R"({"path":"/x","layer":"override"})",
              R"({"path":"/x","value":1,"layer":"template"})",
              R"({"path":"/x","value":1,"layer":"whatever"})", "[]"}) {
            auto r = ConfigOverride::fromJson(json(bad));
            QVERIFY2(!r, bad);
            QCOMPARE(r.error().field, u"overrides"_s);
        }
    }

    void diffsLeaves()
    {
        const QJsonObject before
            = json(R"({"a":{"x":1,"y":[1,2],"gone":{"p":1,"q":2}},"same":true})").toObject();
        const QJsonObject after
            = json(R"({"a":{"x":2,"y":[1,2,3],"new":{"r":"s"}},"same":true})").toObject();
        const QList<ConfigChange> changes = diffJson(before, after);
        QCOMPARE(changes.size(), 5);
        auto find = [&](const QString &pointer) {
            for (const ConfigChange &c : changes) {
                if (c.pointer == pointer)
                    return c;
            }
            return ConfigChange {};
        };
        QCOMPARE(find(u"/a/x"_s).kind, ConfigChange::Kind::Changed);
        QCOMPARE(find(u"/a/x"_s).before, QJsonValue(1));
        QCOMPARE(find(u"/a/x"_s).after, QJsonValue(2));
        QCOMPARE(find(u"/a/y"_s).after, json("[1,2,3]")); // a list is one leaf
        QCOMPARE(find(u"/a/new/r"_s).kind, ConfigChange::Kind::Added);
        QCOMPARE(find(u"/a/gone/p"_s).kind, ConfigChange::Kind::Removed);
        QCOMPARE(find(u"/a/gone/q"_s).before, QJsonValue(2));
        QVERIFY(diffJson(before, before).isEmpty());
        // Keys with / and ~ are escaped in pointers, and read back.
        const QJsonObject odd {{u"a/b"_s, QJsonObject {{u"c~d"_s, 1}}}};
        const QList<ConfigChange> oddChanges = diffJson(QJsonObject(), odd);
        QCOMPARE(oddChanges.first().pointer, u"/a~1b/c~0d"_s);
        QCOMPARE(valueAt(odd, oddChanges.first().pointer), QJsonValue(1));
        QCOMPARE(oddChanges.first().toJson().value(u"kind"_s).toString(), u"added"_s);
    }

    // Every leaf says which layer set it: an override covering it, else the tier's default
    // when equal, else the template.
    void knowsWhereEachValueCameFrom()
    {
        const QJsonObject tierDefaults = tierDefaultsDocument(*Test::catalog(), u"professional"_s);
        QJsonObject doc = tierDefaults;
        QVERIFY(Overrides::set(doc, u"/infrastructure/region"_s, u"eu-west-1"_s));
        QVERIFY(Overrides::set(doc, u"/configuration/limits/max_users"_s, 50));
        QVERIFY(Overrides::set(doc, u"/configuration/security/mfa_config/required"_s, true));
        const QList<ConfigOverride> overrides {
            {u"/configuration/limits/max_users"_s, 50, ConfigLayer::TenantOverride},
            {u"/configuration/security/mfa_config"_s, QJsonValue(), ConfigLayer::TenantOverride},
            {u"/configuration/security/mfa_config/required"_s, true, ConfigLayer::OperatorEdit},
        };
        QHash<QString, ConfigLayer> layers;
        for (const ProvenanceEntry &p : provenance(doc, tierDefaults, overrides))
            layers.insert(p.pointer, p.layer);
        QCOMPARE(layers.value(u"/configuration/limits/max_users"_s), ConfigLayer::TenantOverride);
        // The most specific override wins.
        QCOMPARE(layers.value(u"/configuration/security/mfa_config/required"_s),
                 ConfigLayer::OperatorEdit);
        QCOMPARE(layers.value(u"/configuration/security/mfa_config/backup_codes"_s),
                 ConfigLayer::TenantOverride);
        QCOMPARE(layers.value(u"/configuration/limits/api_requests_per_hour"_s),
                 ConfigLayer::TierDefault);
        QCOMPARE(layers.value(u"/billing/monthly_price_minor"_s), ConfigLayer::TierDefault);
        QCOMPARE(layers.value(u"/infrastructure/region"_s), ConfigLayer::Template);
        QCOMPARE(layers.value(u"/configuration/features/enabled"_s), ConfigLayer::TierDefault);
    }

    // ConfigEngine::renderTemplate fills the template's skeleton (renderDocument); its errors
    // are still those of the text: the placeholder's line and column, or where the output
    // stops being a JSON object.
    void renderTemplateErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where"); // "line:column:field"
        QTest::addColumn<QString>("message"); // the start of it

        QTest::newRow("unknown variable")
            << u"{\n  \"a\": \"x {{ nickname }}\"\n}"_s << u"2:11:nickname"_s
            << u"unknown variable \"nickname\""_s;
        QTest::newRow("syntax") << u"{\"a\": {{ tenant_id }}}"_s << u"1:7:"_s
                                << u"placeholder outside a JSON string"_s;
        QTest::newRow("array at the root")
            << u"[\"{{ tenant_id }}\"]"_s << u"0:0:"_s
            << u"the rendered template is not a JSON object: no error occurred (line 1, column 1 "
               "of the output)"_s;
        QTest::newRow("trailing comma") << u"{\"a\": \"{{ tenant_id }}\",\n}"_s << u"0:0:"_s
                                        << u"the rendered template is not a JSON object: "_s;
    }
    void renderTemplateErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, where);
        QFETCH(QString, message);
        ConfigRevision r;
        r.templateText = text;
        r.variables = m_engine->sampleVariables();
        const auto doc = m_engine->renderTemplate(r, u"professional"_s);
        QVERIFY(!doc);
        QCOMPARE(u"%1:%2:%3"_s.arg(doc.error().line).arg(doc.error().column).arg(doc.error().field),
                 where);
        QVERIFY2(doc.error().message.startsWith(message), qPrintable(doc.error().message));
    }

    void renderTemplateWithoutSkeleton()
    {
        ConfigRevision r;
        r.templateText = u"{\"{{ tenant_id }}\": \"{{ tenant_name }}\", \"acme\": 1}"_s;
        r.variables = m_engine->sampleVariables();
        const auto doc = m_engine->renderTemplate(r, u"professional"_s);
        QVERIFY(doc);
        QCOMPARE(*doc, (QJsonObject {{u"acme"_s, 1}})); // the later "acme" wins, as in Qt's parser
    }

    // The shipped templates: one per tier, each valid, with the catalog's limits and features.
    void shippedTemplatesMatchTheCatalog()
    {
        const auto catalog = Test::catalog();
        for (const Tier &tier : catalog->tiers()) {
            const TemplateInfo *t
                = m_engine->shippedTemplate(ConfigEngine::tierTemplateName(tier.name));
            QVERIFY2(t, qPrintable(tier.name));
            QVERIFY2(m_engine->checkTemplateText(t->text).isEmpty(), qPrintable(tier.name));
            ConfigRevision r;
            r.templateText = t->text;
            r.variables = m_engine->sampleVariables(tier.name);
            auto doc = m_engine->render(r, tier.name);
            QVERIFY(doc);
            QCOMPARE(doc->value(u"tier"_s).toString(), tier.name);
            const QJsonObject configuration = doc->value(u"configuration"_s).toObject();
            const QJsonObject defaults = catalog->defaultConfiguration(tier.name);
            QCOMPARE(configuration.value(u"limits"_s), defaults.value(u"limits"_s));
            QCOMPARE(configuration.value(u"features"_s), defaults.value(u"features"_s));
            QCOMPARE(configuration.value(u"security"_s), defaults.value(u"security"_s));
            QCOMPARE(configuration.value(u"ai_configuration"_s),
                     defaults.value(u"ai_configuration"_s));
            const QJsonObject infrastructure = doc->value(u"infrastructure"_s).toObject();
            QCOMPARE(infrastructure.value(u"isolation"_s).toString(),
                     isolationId(tier.defaultIsolation));
            QCOMPARE(infrastructure.value(u"type"_s).toString(), tier.infrastructure);
            const QJsonObject billing = doc->value(u"billing"_s).toObject();
            QCOMPARE(billing.value(u"monthly_price_minor"_s),
                     tier.monthlyPrice ? QJsonValue(double(tier.monthlyPrice->minor))
                                       : QJsonValue(QJsonValue::Null));
            QCOMPARE(billing.contains(u"trial_expires_at"_s), tier.trialDays > 0);
            QVERIFY(m_engine->check(*doc, u"acme"_s, tier.name, {}).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_Overrides)
#include "tst_overrides.moc"
