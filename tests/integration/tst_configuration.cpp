// Configuration changes through TenantManager over a real database: apply with overrides or
// another template, dry runs, version checks, permissions, the audit trail, history and
// rollback. Built twice, as tst_configuration_sqlite and tst_configuration_postgres.
#include "TenantManager.h"
#include "TestSupport.h"
#include "store/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <list>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_Configuration : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC)};
#ifdef TENANCY_TEST_POSTGRES
    TestDatabases m_databases {true};
#else
    TestDatabases m_databases {false};
#endif
    bool postgres() const
    {
        return m_databases.postgres();
    }
    DatabaseUrl freshDatabase()
    {
        return m_databases.fresh();
    }

    std::unique_ptr<TenantManager> open(const DatabaseUrl &url, const QString &op = {})
    {
        return m_databases.open(url, m_clock, op);
    }

    // A database with one professional tenant "acme".
    std::unique_ptr<TenantManager> withTenant(DatabaseUrl *url = nullptr)
    {
        const DatabaseUrl u = freshDatabase();
        if (url)
            *url = u;
        auto m = open(u);
        if (!m)
            return m;
        auto created = m->create({u"acme"_s,
                                  u"Acme \"Health\" \\ Co"_s,
                                  u"professional"_s,
                                  u"it@acme.example"_s,
                                  u"eu-west-1"_s,
                                  u"healthcare"_s,
                                  {u"HIPAA"_s}});
        if (!created)
            qWarning("create failed: %s", qPrintable(created.error().message));
        return m;
    }

    static ConfigChangeRequest request(const QList<std::pair<QString, QJsonValue>> &set,
                                       const QString &reason = u"customer asked"_s)
    {
        ConfigChangeRequest r;
        r.tenantId = u"acme"_s;
        r.set = set;
        r.reason = reason;
        return r;
    }

    static QJsonValue at(const QJsonObject &doc, const QString &pointer)
    {
        return valueAt(doc, pointer);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (postgres())
            TENANCY_REQUIRE_SERVICE(m_databases.start(), "PostgreSQL");
    }

    void cleanup()
    {
        m_databases.clear();
    }

    // A new tenant's configuration is its tier's template rendered for it; every character
    // of its name stays inside the JSON string it lands in.
    void startsFromItsTiersTemplate()
    {
        auto m = withTenant();
        QVERIFY(m);
        auto state = m->configuration(u"acme"_s);
        QVERIFY2(state, qPrintable(state ? QString() : state.error().message));
        QCOMPARE(state->revision.revision, 0);
        QCOMPARE(state->revision.templateName, u"professional_init"_s);
        QCOMPARE(state->revision.templateVersion, u"2024.3.0"_s);
        QCOMPARE(at(state->document, u"/tenant_name"_s).toString(), u"Acme \"Health\" \\ Co"_s);
        QCOMPARE(at(state->document, u"/billing/account_name"_s).toString(),
                 u"Acme \"Health\" \\ Co"_s);
        QCOMPARE(at(state->document, u"/infrastructure/region"_s).toString(), u"eu-west-1"_s);
        QCOMPARE(at(state->document, u"/billing/trial_expires_at"_s).toString(),
                 u"2026-05-18T10:00:00.000Z"_s); // 14 days
        QCOMPARE(at(state->document, u"/billing/subscription_ends_at"_s).toString(),
                 u"2026-06-04T10:00:00.000Z"_s); // one month
        QCOMPARE(at(state->document, u"/configuration/compliance/frameworks"_s),
                 QJsonValue(QJsonArray {u"HIPAA"_s}));
        QVERIFY(
            m->configEngine().check(state->document, u"acme"_s, u"professional"_s, {}).isEmpty());
    }

    // A tenant can start from another library template, with overrides (revision 1 at once);
    // a bad override creates nothing.
    void createsFromATemplateWithOverrides()
    {
        auto m = withTenant();
        QVERIFY(m);
        QString text = m->configEngine().shippedTemplate(u"professional_init"_s)->text;
        text.replace(u"\"level\": \"INFO\""_s, u"\"level\": \"WARNING\""_s);
        QVERIFY(m->saveTemplate(u"quiet_professional"_s, text, {}));
        NewTenant t {u"beta"_s,
                     u"Beta"_s,
                     u"professional"_s,
                     u"it@beta.example"_s,
                     u"us-east-1"_s,
                     {},
                     {},
                     u"quiet_professional"_s,
                     {{u"limits.max_users"_s, 20}}};
        auto created = m->create(t);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->configurationRevision, 1);
        auto state = m->configuration(u"beta"_s);
        QCOMPARE(state->revision.templateName, u"quiet_professional"_s);
        QCOMPARE(at(state->document, u"/monitoring/logging/level"_s).toString(), u"WARNING"_s);
        QCOMPARE(at(state->document, u"/configuration/limits/max_users"_s), QJsonValue(20));
        QCOMPARE(m->configurationHistory(u"beta"_s)->size(), 2);

        t.id = u"gamma"_s;
        t.overrides = {{u"limits.max_users"_s, 5000}};
        auto refused = m->create(t);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"only the custom tier"_s),
                 qPrintable(refused.error().message));
        t.overrides = {};
        t.templateName = u"enterprise_init"_s; // another tier's
        QVERIFY(!m->create(t));
        QCOMPARE(*m->count({}), 2);
    }

    void appliesOverridesAsARevision()
    {
        auto m = withTenant();
        QVERIFY(m);
        auto result = m->applyConfiguration(
            request({{u"limits.max_users"_s, 50}, {u"security.mfa_config.required"_s, true}}));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QVERIFY(result->written);
        QCOMPARE(result->revision.revision, 1);
        QCOMPARE(result->tenant.version, 2);
        QCOMPARE(result->changes.size(), 2);
        QCOMPARE(result->changes.first().pointer, u"/configuration/limits/max_users"_s);
        QCOMPARE(result->changes.first().before, QJsonValue(100));
        QCOMPARE(result->changes.first().after, QJsonValue(50));

        auto state = m->configuration(u"acme"_s);
        QCOMPARE(state->revision.revision, 1);
        QCOMPARE(state->tenant.version, 2);
        QCOMPARE(at(state->document, u"/configuration/limits/max_users"_s), QJsonValue(50));
        // Provenance: the override, the tier's value, the template's.
        QHash<QString, ConfigLayer> layers;
        for (const ProvenanceEntry &p : m->provenanceOf(*state))
            layers.insert(p.pointer, p.layer);
        QCOMPARE(layers.value(u"/configuration/limits/max_users"_s), ConfigLayer::TenantOverride);
        QCOMPARE(layers.value(u"/configuration/limits/max_storage_bytes"_s),
                 ConfigLayer::TierDefault);
        QCOMPARE(layers.value(u"/billing/account_name"_s), ConfigLayer::Template);

        // The audit entry says what changed, before and after, with the reason.
        auto history = m->history(u"acme"_s, 1);
        QVERIFY(history);
        const AuditEntry &entry = history->first();
        QCOMPARE(entry.action, u"configuration.apply"_s);
        QCOMPARE(entry.reason, u"customer asked"_s);
        QCOMPARE(
            entry.before->value(u"values"_s).toObject().value(u"configuration.limits.max_users"_s),
            QJsonValue(100));
        QCOMPARE(
            entry.after->value(u"values"_s).toObject().value(u"configuration.limits.max_users"_s),
            QJsonValue(50));
        QCOMPARE(entry.after->value(u"revision"_s).toInt(), 1);

        // Setting the same path again replaces the override; --unset removes it.
        auto again = m->applyConfiguration(request({{u"limits.max_users"_s, 40}}));
        QVERIFY(again);
        QCOMPARE(again->changes.size(), 1);
        ConfigChangeRequest unset = request({});
        unset.unset = {u"limits.max_users"_s};
        auto back = m->applyConfiguration(unset);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(at(back->document, u"/configuration/limits/max_users"_s), QJsonValue(100));
        unset.unset = {u"limits.api_requests_per_hour"_s};
        auto nothing = m->applyConfiguration(unset);
        QVERIFY(!nothing);
        QVERIFY(nothing.error().message.contains(u"no override"_s));
    }

    // Bad overrides are refused with the path named, and leave nothing written.
    void refusesBadOverrides_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown path")
            << u"limits.max_user"_s << QJsonValue(5) << u"did you mean \"limits.max_users\"?"_s;
        QTest::newRow("wrong type") << u"security.mfa_config.required"_s << QJsonValue(u"yes"_s)
                                    << u"security.mfa_config.required"_s;
        QTest::newRow("above the tier")
            << u"limits.max_users"_s << QJsonValue(500) << u"only the custom tier"_s;
        QTest::newRow("weak cipher") << u"security.encryption.algorithm"_s << QJsonValue(u"RC4"_s)
                                     << u"security.encryption.algorithm"_s;
        QTest::newRow("another tenant's id")
            << u"tenant_id"_s << QJsonValue(u"other"_s) << u"not \"acme\""_s;
        QTest::newRow("another tier")
            << u"tier"_s << QJsonValue(u"custom"_s) << u"on the professional tier"_s;
    }
    void refusesBadOverrides()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        auto m = withTenant();
        QVERIFY(m);
        auto result = m->applyConfiguration(request({{path, value}}));
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        auto state = m->configuration(u"acme"_s);
        QCOMPARE(state->revision.revision, 0);
        QCOMPARE(state->tenant.version, 1);
        auto revisions = m->configurationHistory(u"acme"_s);
        QCOMPARE(revisions->size(), 1);
    }

    void dryRunWritesNothing()
    {
        auto m = withTenant();
        QVERIFY(m);
        ConfigChangeRequest r = request({{u"limits.max_users"_s, 10}}, QString());
        r.dryRun = true;
        auto result = m->applyConfiguration(r);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QVERIFY(!result->written);
        QCOMPARE(result->revision.revision, 1); // what it would be
        QCOMPARE(result->changes.size(), 1);
        auto state = m->configuration(u"acme"_s);
        QCOMPARE(state->revision.revision, 0);
        QCOMPARE(state->tenant.version, 1);
        QCOMPARE(m->history(u"acme"_s, 10)->size(), 1); // the creation only
        // Without --dry-run a reason is required.
        r.dryRun = false;
        auto noReason = m->applyConfiguration(r);
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().field, u"reason"_s);
    }

    void checksTheVersionRead()
    {
        DatabaseUrl url;
        auto m = withTenant(&url);
        QVERIFY(m);
        ConfigChangeRequest r = request({{u"limits.max_users"_s, 10}});
        r.expectedVersion = 1;
        QVERIFY(m->applyConfiguration(r));
        // Someone read version 1 too; their change is refused, naming who changed it.
        r.set = {{u"limits.max_users"_s, 20}};
        auto stale = m->applyConfiguration(r);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QVERIFY2(stale.error().message.contains(u"at version 2"_s),
                 qPrintable(stale.error().message));
        QCOMPARE(at(m->configuration(u"acme"_s)->document, u"/configuration/limits/max_users"_s),
                 QJsonValue(10));
    }

    void securityEventsOnThisBackend()
    {
        auto m = withTenant();
        QVERIFY(m);
        // A day and a half of one failure every other hour, then a burst (times relative to the
        // test clock).
        const QDateTime now = m_clock.now();
        const QDateTime hour(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
        QByteArray csv = "time,tenant,user,kind\n";
        for (int h = 36; h >= 2; --h) {
            if (h % 2 == 0)
                csv += (toIsoUtc(hour.addSecs(-3600LL * h)) + u",acme,bob,login_failed\n"_s)
                           .toUtf8();
        }
        for (int i = 0; i < 25; ++i)
            csv += (toIsoUtc(hour.addSecs(-3600 + i)) + u",acme,eve,mfa_failed\n"_s).toUtf8();
        auto imported = m->importSecurityEvents(csv, u"e.csv"_s, false);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->imported, 18 + 25);
        auto again = m->importSecurityEvents(csv, u"e.csv"_s, false);
        QVERIFY(again);
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, 18 + 25);
        auto hours = m->securityEventHours(u"acme"_s, hour.addSecs(-3 * 3600));
        QVERIFY2(hours, qPrintable(hours ? QString() : hours.error().message));
        QCOMPARE(hours->size(), 4);
        QCOMPARE(hours->at(0).failures, 0); // three hours ago: odd
        QCOMPARE(hours->at(1).failures, 1);
        QCOMPARE(hours->at(2).failures, 25);
        QCOMPARE(hours->at(3).failures, 0); // this hour
        auto anomalies = m->securityAnomalies(u"acme"_s, hour.addSecs(-6 * 3600));
        QVERIFY(anomalies);
        QCOMPARE(anomalies->size(), 1);
        QCOMPARE(anomalies->first().hour, hour.addSecs(-3600));
        auto events = m->securityEvents(u"acme"_s, hour.addSecs(-3600), 10);
        QVERIFY(events);
        QCOMPARE(events->size(), 10);
        QCOMPARE(events->first().user, u"eve"_s);
    }

    void revisionZeroNamesTheCreator()
    {
        if (postgres())
            QSKIP("operators are database logins on PostgreSQL; tst_databaseroles covers them");
        DatabaseUrl url;
        auto admin = withTenant(&url);
        QVERIFY(admin);
        QVERIFY(admin->provision(u"acme"_s, Isolation::Shared)); // active, at version 3
        const QString creator = admin->currentOperator().name;
        QVERIFY(admin->addOperator(u"sue"_s, OperatorRole::Support));
        QVERIFY(admin->addOperator(u"bob"_s, OperatorRole::Sales));
        auto support = open(url, u"sue"_s);
        QVERIFY(support);
        // Another operator's writes, with and without a revision, leave the author alone.
        QVERIFY(support->suspend(u"acme"_s, 3, u"unpaid"_s));
        QCOMPARE(support->configurationHistory(u"acme"_s)->first().createdBy, creator);
        QVERIFY(support->applyConfiguration(request({{u"limits.max_users"_s, 50}})));
        auto sales = open(url, u"bob"_s);
        QVERIFY(sales);
        auto history = sales->configurationHistory(u"acme"_s);
        QVERIFY2(history, qPrintable(history ? QString() : history.error().message));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->first().createdBy, creator);
        QCOMPARE(history->last().createdBy, u"sue"_s);
        QCOMPARE(sales->show(u"acme"_s)->createdBy, creator);
    }

    void onlySupportAndAdminsChangeConfigurations()
    {
        if (postgres())
            QSKIP("operators are database logins on PostgreSQL; tst_databaseroles covers grants");
        DatabaseUrl url;
        auto admin = withTenant(&url);
        QVERIFY(admin);
        QVERIFY(admin->addOperator(u"bob"_s, OperatorRole::Sales));
        auto sales = open(url, u"bob"_s);
        QVERIFY(sales);
        auto refused = sales->applyConfiguration(request({{u"limits.max_users"_s, 10}}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!sales->rollbackConfiguration(u"acme"_s, 0, u"x"_s, std::nullopt));
        QVERIFY(!sales->saveTemplate(u"mine"_s, u"{}"_s, {}));
        // A preview is only reading.
        ConfigChangeRequest preview = request({{u"limits.max_users"_s, 10}});
        preview.dryRun = true;
        QVERIFY(sales->applyConfiguration(preview));
    }

    void rollsBackAsANewRevision()
    {
        auto m = withTenant();
        QVERIFY(m);
        QVERIFY(m->applyConfiguration(request({{u"limits.max_users"_s, 50}})));
        QVERIFY(m->applyConfiguration(request({{u"security.session.idle_timeout_minutes"_s, 10}})));
        auto rolled = m->rollbackConfiguration(u"acme"_s, 1, u"too strict"_s, 3);
        QVERIFY2(rolled, qPrintable(rolled ? QString() : rolled.error().message));
        QCOMPARE(rolled->revision.revision, 3);
        QCOMPARE(rolled->revision.basedOn, 1);
        QCOMPARE(rolled->changes.size(), 1);
        QCOMPARE(rolled->changes.first().pointer,
                 u"/configuration/security/session/idle_timeout_minutes"_s);
        auto state = m->configuration(u"acme"_s);
        QCOMPARE(at(state->document, u"/configuration/limits/max_users"_s), QJsonValue(50));
        QCOMPARE(at(state->document, u"/configuration/security/session/idle_timeout_minutes"_s),
                 QJsonValue(15));
        // Back to the very first configuration.
        auto first = m->rollbackConfiguration(u"acme"_s, 0, u"start over"_s, std::nullopt);
        QVERIFY(first);
        QCOMPARE(at(first->document, u"/configuration/limits/max_users"_s), QJsonValue(100));
        auto history = m->configurationHistory(u"acme"_s);
        QCOMPARE(history->size(), 5);
        QCOMPARE(history->last().action, u"rollback"_s);
        QCOMPARE(history->last().basedOn, 0);
        // Revision 0 names who created the tenant.
        QVERIFY(!history->first().createdBy.isEmpty());
        QCOMPARE(history->first().createdBy, m->history(u"acme"_s, 100)->last().operatorName);
        QCOMPARE(history->at(2).reason, u"customer asked"_s);
        // Nonsense targets.
        auto current = m->rollbackConfiguration(u"acme"_s, 4, u"x"_s, std::nullopt);
        QVERIFY(!current);
        QVERIFY(current.error().message.contains(u"current one"_s));
        auto future = m->rollbackConfiguration(u"acme"_s, 9, u"x"_s, std::nullopt);
        QVERIFY(!future);
        QVERIFY(future.error().message.contains(u"no revision 9"_s));
        // The audit log has each step.
        auto audit = m->history(u"acme"_s, 10);
        QCOMPARE(audit->first().action, u"configuration.rollback"_s);
        QCOMPARE(audit->first().after->value(u"based_on"_s).toInt(), 0);
    }

    // Another template: a saved one from the library, or a file's text.
    void appliesAnotherTemplate()
    {
        auto m = withTenant();
        QVERIFY(m);
        QString text = m->configEngine().shippedTemplate(u"professional_init"_s)->text;
        text.replace(u"\"level\": \"INFO\""_s, u"\"level\": \"WARNING\""_s);
        auto saved = m->saveTemplate(u"quiet_professional"_s, text, u"less logging"_s);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(saved->version, u"1"_s);
        auto second = m->saveTemplate(u"quiet_professional"_s, text, u"again"_s);
        QCOMPARE(second->version, u"2"_s);
        QCOMPARE(m->templates()->size(), 6);
        QCOMPARE(m->findTemplate(u"quiet_professional@1"_s)->note, u"less logging"_s);
        auto unknown = m->findTemplate(u"quiet_profesional"_s);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(u"did you mean \"quiet_professional\""_s));

        // Overrides made before stay above the new template.
        QVERIFY(m->applyConfiguration(request({{u"limits.max_users"_s, 50}})));
        ConfigChangeRequest r = request({});
        r.templateName = u"quiet_professional"_s;
        auto applied = m->applyConfiguration(r);
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        QCOMPARE(applied->changes.size(), 1);
        QCOMPARE(applied->changes.first().pointer, u"/monitoring/logging/level"_s);
        QCOMPARE(applied->revision.templateName, u"quiet_professional"_s);
        QCOMPARE(at(applied->document, u"/configuration/limits/max_users"_s), QJsonValue(50));

        // A file that does not validate is refused with its line and column.
        ConfigChangeRequest file = request({});
        file.templateText = text.replace(u"\"WARNING\""_s, u"\"LOUD\""_s);
        file.templateSource = u"mine.json"_s;
        auto bad = m->applyConfiguration(file);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"mine.json"_s), qPrintable(bad.error().message));
        QVERIFY(bad.error().line > 1);
        // A template for another tier does not fit.
        ConfigChangeRequest other = request({});
        other.templateName = u"enterprise_init"_s;
        auto wrongTier = m->applyConfiguration(other);
        QVERIFY(!wrongTier);
        QVERIFY(wrongTier.error().message.contains(u"enterprise tier"_s));
        // Saving refuses a shipped name and a broken text.
        QVERIFY(!m->saveTemplate(u"free_init"_s, text, {}));
        QVERIFY(!m->saveTemplate(u"Bad Name"_s, text, {}));
        QVERIFY(!m->saveTemplate(u"broken"_s, u"{\"tier\": {{ x }}}"_s, {}));
    }
};

QTEST_GUILESS_MAIN(tst_Configuration)
#include "tst_configuration.moc"
