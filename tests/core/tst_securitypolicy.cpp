// The security policy engine with its shipped data (resources/security) and the real zxcvbn-c:
// every password rule (unicode, very long and empty input), strength scores of known weak and
// strong passwords, checks beyond the schema, refused algorithms, and conformance per framework
// with the clause.
#include "TestSupport.h"
#include "config/ConfigDiff.h"
#include "config/ConfigEngine.h"
#include "security/SecurityPolicy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_SecurityPolicy : public QObject
{
    Q_OBJECT

    std::shared_ptr<const SecurityPolicyEngine> m_engine;
    std::shared_ptr<const ConfigEngine> m_config;

    // The professional template's document for a sample tenant, with changes at dotted paths
    // under configuration.
    QJsonObject document(const QList<std::pair<QString, QJsonValue>> &set = {}) const
    {
        ConfigRevision r;
        r.templateText = m_config->shippedTemplate(u"professional_init"_s)->text;
        r.variables = m_config->sampleVariables(u"professional"_s);
        for (const auto &[path, value] : set) {
            auto pointer = m_config->resolvePath(path);
            if (!pointer)
                qFatal("%s", qPrintable(pointer.error().message));
            r.overrides.append({*pointer, value, ConfigLayer::TenantOverride});
        }
        auto doc = m_config->render(r, u"professional"_s);
        if (!doc)
            qFatal("%s", qPrintable(doc.error().message));
        return *doc;
    }

    static QStringList rules(const PasswordEvaluation &e)
    {
        QStringList out;
        for (const PasswordFinding &f : e.violations)
            out << f.rule;
        out.sort();
        return out;
    }

    const ConformanceResult *find(const QList<ConformanceResult> &results, const QString &framework,
                                  const QString &title)
    {
        for (const ConformanceResult &r : results) {
            if (r.framework == framework && r.title == title)
                return &r;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto engine = SecurityPolicyEngine::load();
        QVERIFY2(engine, qPrintable(engine ? QString() : engine.error().message));
        m_engine = *engine;
        auto config = ConfigEngine::load(catalog());
        QVERIFY(config);
        m_config = *config;
        QVERIFY(m_engine->commonPasswords().size() > 3000);
    }

    void evaluate_data()
    {
        QTest::addColumn<QJsonObject>("policy"); // over the defaults, complexity 0
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("context"); // username, email, name
        QTest::addColumn<QStringList>("broken");

        const QJsonObject none;
        const QStringList nobody {QString(), QString(), QString()};
        QTest::newRow("good") << none << u"Quill-Harbor-73!"_s << nobody << QStringList();
        QTest::newRow("empty") << none << QString() << nobody
                               << QStringList {u"min_digits"_s, u"min_length"_s, u"min_lowercase"_s,
                                               u"min_special"_s, u"min_uppercase"_s};
        QTest::newRow("short") << none << u"Ab1!"_s << nobody << QStringList {u"min_length"_s};
        QTest::newRow("no digit") << none << u"Quill-Harbor-xx!"_s << nobody
                                  << QStringList {u"min_digits"_s};
        QTest::newRow("no upper") << none << u"quill-harbor-73!"_s << nobody
                                  << QStringList {u"min_uppercase"_s};
        QTest::newRow("no special")
            << none << u"QuillHarbor7373"_s << nobody << QStringList {u"min_special"_s};
        QTest::newRow("two digits asked")
            << QJsonObject {{u"min_digits"_s, 2}} << u"Quill-Harbor-7x!"_s << nobody
            << QStringList {u"min_digits"_s};
        // Case from Unicode: Ü is upper, ß lower; CJK letters have no case; Arabic-Indic digits
        // are digits.
        QTest::newRow("unicode cases")
            << none << u"Überfluß-Straße-٧٣"_s << nobody << QStringList();
        QTest::newRow("caseless letters") << none << u"密码安全性很重要密码安全-9"_s << nobody
                                          << QStringList {u"min_lowercase"_s, u"min_uppercase"_s};
        // Length counts code points: an emoji is one character, not two UTF-16 units.
        QTest::newRow("emoji length")
            << QJsonObject {{u"min_length"_s, 12}} << u"Ab1!🔒🔒🔒🔒🔒🔒🔒🔒"_s << nobody << QStringList();
        QTest::newRow("too long") << none << u"Aa1!"_s.repeated(40) << nobody
                                  << QStringList {u"max_length"_s};
        QTest::newRow("very long")
            << none << u"Aa1!xyz"_s.repeated(20000) << nobody << QStringList {u"max_length"_s};
        QTest::newRow("user name")
            << none << u"Alice-Harbor-73!"_s << QStringList {u"alice"_s, QString(), QString()}
            << QStringList {u"not_username"_s};
        QTest::newRow("user name allowed")
            << QJsonObject {{u"not_username"_s, false}} << u"Alice-Harbor-73!"_s
            << QStringList {u"alice"_s, QString(), QString()} << QStringList();
        QTest::newRow("e-mail local part")
            << none << u"Jsmith#Harbor-73"_s
            << QStringList {QString(), u"jsmith@example.com"_s, QString()}
            << QStringList {u"not_email"_s};
        QTest::newRow("person's name")
            << none << u"Walker!Harbor-73"_s << QStringList {QString(), QString(), u"Sky Walker"_s}
            << QStringList {u"not_personal_info"_s};
        QTest::newRow("common password") << QJsonObject {{u"min_length"_s, 8},
                                                         {u"min_digits"_s, 0},
                                                         {u"min_uppercase"_s, 0},
                                                         {u"min_special"_s, 0}}
                                         << u"PassWord"_s << nobody << QStringList {u"denylist"_s};
        QTest::newRow("common allowed") << QJsonObject {{u"min_length"_s, 8},
                                                        {u"min_digits"_s, 0},
                                                        {u"min_uppercase"_s, 0},
                                                        {u"min_special"_s, 0},
                                                        {u"denylist_common"_s, false}}
                                        << u"password"_s << nobody << QStringList();
        QTest::newRow("tenant's denylist")
            << QJsonObject {{u"denylist"_s, QJsonArray {u"acmerocks#2026"_s}}}
            << u"AcmeRocks#2026"_s << nobody << QStringList {u"denylist"_s};
        QTest::newRow("pattern") << QJsonObject {{u"pattern"_s, u"[A-Za-z0-9!#-]+"_s},
                                                 {u"pattern_description"_s,
                                                  u"only ASCII letters, digits, ! # -"_s}}
                                 << u"Pässwort-1234A!"_s << nobody << QStringList {u"pattern"_s};
        QTest::newRow("pattern, whole password")
            << QJsonObject {{u"pattern"_s, u"[A-Z].*"_s}} << u"quill-Harbor-73!"_s << nobody
            << QStringList {u"pattern"_s};
    }

    void evaluate()
    {
        QFETCH(QJsonObject, policy);
        QFETCH(QString, password);
        QFETCH(QStringList, context);
        QFETCH(QStringList, broken);
        policy.insert(u"complexity_score_minimum"_s, 0);
        const PasswordPolicy p = PasswordPolicy::fromJson(policy);
        QElapsedTimer timer;
        timer.start();
        const PasswordEvaluation e
            = m_engine->evaluate(p, password, {context.at(0), context.at(1), context.at(2), {}});
        QVERIFY2(timer.elapsed() < 2000, "a very long password is cut short for zxcvbn");
        QCOMPARE(rules(e), broken);
        QCOMPARE(e.acceptable(), broken.isEmpty());
        // The findings never repeat the password.
        const QByteArray json = QJsonDocument(e.toJson()).toJson();
        if (password.size() >= 4)
            QVERIFY2(!json.contains(password.toUtf8()), json.constData());
    }

    void strength_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("atLeast");
        QTest::addColumn<int>("atMost");
        QTest::newRow("password") << u"password"_s << 0 << 5;
        QTest::newRow("123456") << u"123456"_s << 0 << 5;
        QTest::newRow("P@ssw0rd") << u"P@ssw0rd"_s << 0 << 10;
        QTest::newRow("qwertyuiop") << u"qwertyuiop"_s << 0 << 25;
        QTest::newRow("Summer2024!") << u"Summer2024!"_s << 30 << 45;
        QTest::newRow("8 random characters") << u"Kx7!mQ2v"_s << 80 << 90;
        QTest::newRow("passphrase") << u"correct horse battery staple"_s << 100 << 100;
        QTest::newRow("16 random characters") << u"xK9#mQ2$vL7!pR4@"_s << 100 << 100;
    }

    void strength()
    {
        QFETCH(QString, password);
        QFETCH(int, atLeast);
        QFETCH(int, atMost);
        const PasswordStrength s = SecurityPolicyEngine::strength(password, {});
        QVERIFY2(s.score >= atLeast && s.score <= atMost,
                 qPrintable(u"%1: score %2 (%3 bits)"_s.arg(password).arg(s.score).arg(s.bits)));
        QVERIFY(!s.crackTime.isEmpty());
    }

    void contextWordsWeaken()
    {
        // zxcvbn treats the user's own words as the first guesses.
        const QString password = u"Harborview-Quillsmith"_s;
        const int alone = SecurityPolicyEngine::strength(password, {}).score;
        const int known
            = SecurityPolicyEngine::strength(password, {u"harborview"_s, u"quillsmith"_s}).score;
        QVERIFY2(known < alone, qPrintable(u"%1 vs %2"_s.arg(known).arg(alone)));
    }

    void scoreMapping()
    {
        QCOMPARE(SecurityPolicyEngine::scoreForGuesses(-1), 0);
        QCOMPARE(SecurityPolicyEngine::scoreForGuesses(0), 0);
        QCOMPARE(SecurityPolicyEngine::scoreForGuesses(3), 20);
        QCOMPARE(SecurityPolicyEngine::scoreForGuesses(6), 40);
        QCOMPARE(SecurityPolicyEngine::scoreForGuesses(9), 70);
        QCOMPARE(SecurityPolicyEngine::scoreForGuesses(10), 80);
        QCOMPARE(SecurityPolicyEngine::scoreForGuesses(15), 90);
        QCOMPARE(SecurityPolicyEngine::scoreForGuesses(20), 100);
        QCOMPARE(SecurityPolicyEngine::scoreForGuesses(80), 100);
    }

    void complexityMinimum()
    {
        PasswordPolicy p; // defaults: minimum 70
        const PasswordEvaluation weak = m_engine->evaluate(p, u"Password123!"_s, {});
        QVERIFY(rules(weak).contains(u"complexity_score_minimum"_s));
        const PasswordEvaluation strong = m_engine->evaluate(p, u"Quill-Harbor-73!vex"_s, {});
        QVERIFY2(strong.acceptable(), qPrintable(strong.violations.value(0).message));
    }

    void refusedAlgorithms_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("because"); // empty: allowed
        QTest::newRow("DES") << u"DES"_s << u"56-bit"_s;
        QTest::newRow("des-cbc") << u"des-cbc"_s << u"56-bit"_s;
        QTest::newRow("3DES") << u"3DES"_s << u"Sweet32"_s;
        QTest::newRow("Triple DES") << u"Triple DES"_s << u"Sweet32"_s;
        QTest::newRow("DES-EDE3") << u"DES-EDE3"_s << u"Sweet32"_s;
        QTest::newRow("RC4") << u"RC4"_s << u"RFC 7465"_s;
        QTest::newRow("arcfour") << u"arcfour"_s << u"RFC 7465"_s;
        QTest::newRow("AES-128-ECB") << u"AES-128-ECB"_s << u"patterns"_s;
        QTest::newRow("aes_256_ecb") << u"aes_256_ecb"_s << u"patterns"_s;
        QTest::newRow("AES-256-GCM") << u"AES-256-GCM"_s << QString();
        QTest::newRow("ChaCha20-Poly1305") << u"ChaCha20-Poly1305"_s << QString();
    }

    void refusedAlgorithms()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, because);
        const auto refusal = m_engine->algorithmRefusal(algorithm);
        QCOMPARE(refusal.has_value(), !because.isEmpty());
        if (refusal)
            QVERIFY2(refusal->contains(because) && refusal->startsWith(algorithm),
                     qPrintable(*refusal));
    }

    void weakAlgorithmIsRefusedWithTheReason()
    {
        // Through the configuration rules, as an apply or the console's form meets it.
        const QList<Error> errors
            = m_config->checkOverride({u"/configuration/security/encryption/algorithm"_s, u"RC4"_s,
                                       ConfigLayer::OperatorEdit});
        QCOMPARE(errors.size(), 1);
        // (The engine in this test has no security extension: the message is the schema's.)
        QVERIFY(errors.first().message.contains(u"must be one of"_s));
        ConfigEngine::Extension extension;
        extension.refusal = [this](const QString &pointer, const QJsonValue &value) {
            return m_engine->refusal(pointer, value);
        };
        auto withRules = ConfigEngine::load(catalog(), ConfigEngine::builtinDirectory(), extension);
        QVERIFY(withRules);
        const QList<Error> explained
            = (*withRules)
                  ->checkOverride({u"/configuration/security/encryption/algorithm"_s, u"RC4"_s,
                                   ConfigLayer::OperatorEdit});
        QCOMPARE(explained.size(), 1);
        QVERIFY2(explained.first().message.contains(u"RFC 7465"_s),
                 qPrintable(explained.first().message));
    }

    void checksBeyondTheSchema_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field"); // empty: no problem
        const QString policy = u"/configuration/security/password_policy"_s;
        QTest::newRow("fine") << u"password_policy.max_length"_s << QJsonValue(64) << QString();
        QTest::newRow("max below min")
            << u"password_policy.max_length"_s << QJsonValue(10) << policy + u"/max_length"_s;
        QTest::newRow("bad pattern")
            << u"password_policy.pattern"_s << QJsonValue(u"(ab"_s) << policy + u"/pattern"_s;
        QTest::newRow("count without flag") << u"password_policy.require_numbers"_s
                                            << QJsonValue(false) << policy + u"/min_digits"_s;
        QTest::newRow("counts over max") << u"password_policy.min_special"_s << QJsonValue(64)
                                         << policy; // with max_length 64, below
        QTest::newRow("algorithm not allowed")
            << u"encryption.allowed_algorithms"_s << QJsonValue(QJsonArray {u"AES-128-GCM"_s})
            << u"/configuration/security/encryption/algorithm"_s;
    }

    void checksBeyondTheSchema()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QList<std::pair<QString, QJsonValue>> set {{u"security."_s + path, value}};
        if (path == u"password_policy.min_special"_s)
            set.append({u"security.password_policy.max_length"_s, 64}); // 1 + 1 + 1 + 64 > 64
        const QList<Error> errors = m_engine->check(document(set));
        if (field.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
            return;
        }
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().field, field);
    }

    void conformance_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("status");
        QTest::newRow("PCI MFA off")
            << QString() << QJsonValue() << u"PCI_DSS"_s << u"MFA for access to cardholder data"_s
            << u"8.4.2"_s << u"fail"_s;
        QTest::newRow("PCI MFA on")
            << u"mfa_config.required"_s << QJsonValue(true) << u"PCI_DSS"_s
            << u"MFA for access to cardholder data"_s << u"8.4.2"_s << u"pass"_s;
        QTest::newRow("PCI length 10")
            << u"password_policy.min_length"_s << QJsonValue(10) << u"PCI_DSS"_s
            << u"Password length"_s << u"8.3.6"_s << u"warn"_s;
        QTest::newRow("PCI length 12") << QString() << QJsonValue() << u"PCI_DSS"_s
                                       << u"Password length"_s << u"8.3.6"_s << u"pass"_s;
        QTest::newRow("PCI lockout 11")
            << u"password_policy.lockout_attempts"_s << QJsonValue(11) << u"PCI_DSS"_s
            << u"Lockout after failed attempts"_s << u"8.3.4"_s << u"fail"_s;
        QTest::newRow("PCI idle 30")
            << u"session.idle_timeout_minutes"_s << QJsonValue(30) << u"PCI_DSS"_s
            << u"Idle session timeout"_s << u"8.2.8"_s << u"fail"_s;
        QTest::newRow("NIST SMS") << QString() << QJsonValue() << u"NIST_800_63B"_s
                                  << u"SMS is a restricted authenticator"_s << u"5.1.3.3"_s
                                  << u"warn"_s;
        QTest::newRow("NIST no SMS")
            << u"mfa_config.methods"_s << QJsonValue(QJsonArray {u"totp"_s}) << u"NIST_800_63B"_s
            << u"SMS is a restricted authenticator"_s << u"5.1.3.3"_s << u"pass"_s;
        QTest::newRow("NIST expiry") << QString() << QJsonValue() << u"NIST_800_63B"_s
                                     << u"No periodic expiry"_s << u"5.1.1.2"_s << u"warn"_s;
        QTest::newRow("NIST denylist off")
            << u"password_policy.denylist_common"_s << QJsonValue(false) << u"NIST_800_63B"_s
            << u"Check against common passwords"_s << u"5.1.1.2"_s << u"fail"_s;
        QTest::newRow("HIPAA at rest off")
            << u"encryption.at_rest"_s << QJsonValue(false) << u"HIPAA"_s
            << u"Encryption and decryption"_s << u"164.312(a)(2)(iv)"_s << u"fail"_s;
        QTest::newRow("HIPAA without MFA")
            << QString() << QJsonValue() << u"HIPAA"_s << u"Person or entity authentication"_s
            << u"164.312(d)"_s << u"warn"_s;
        QTest::newRow("SOC 2 with MFA")
            << u"mfa_config.required"_s << QJsonValue(true) << u"SOC2"_s
            << u"Logical access: authentication"_s << u"CC6.1"_s << u"pass"_s;
        QTest::newRow("ISO rotation")
            << u"encryption.key_rotation_days"_s << QJsonValue(365) << u"ISO27001"_s
            << u"Use of cryptography"_s << u"A.8.24"_s << u"pass"_s;
        QTest::newRow("ISO no MFA") << QString() << QJsonValue() << u"ISO27001"_s
                                    << u"Secure authentication"_s << u"A.8.5"_s << u"warn"_s;
    }

    void conformance()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, framework);
        QFETCH(QString, title);
        QFETCH(QString, clause);
        QFETCH(QString, status);
        QList<std::pair<QString, QJsonValue>> set;
        if (!path.isEmpty())
            set.append({u"security."_s + path, value});
        const QList<ConformanceResult> results = m_engine->conformance(document(set), framework);
        QVERIFY(!results.isEmpty());
        for (const ConformanceResult &r : results)
            QCOMPARE(r.framework, framework);
        const ConformanceResult *r = find(results, framework, title);
        QVERIFY(r);
        QCOMPARE(r->clause, clause);
        QCOMPARE(conformanceStatusId(r->status), status);
        QVERIFY(!r->evidence.isEmpty());
        QCOMPARE(r->remediation.isEmpty(), status == u"pass"_s);
        if (!path.isEmpty() && status != u"pass"_s) {
            QVERIFY2(r->evidence.join(u' ').contains(path.section(u'.', -1) + u" = "_s
                                                     + compactJson(value)),
                     qPrintable(r->evidence.join(u' ')));
        }
    }

    void remediationMakesItPass()
    {
        // Applying every suggested fix passes every failing clause (warnings that pull against
        // each other, such as NIST's composition advice against PCI's, aside).
        const QJsonObject weak = document({{u"security.password_policy.min_length"_s, 8},
                                           {u"security.session.idle_timeout_minutes"_s, 60},
                                           {u"security.encryption.at_rest"_s, false}});
        QList<std::pair<QString, QJsonValue>> fixes;
        for (const ConformanceResult &r : m_engine->conformance(weak)) {
            if (r.status == ConformanceStatus::Fail)
                fixes.append(r.remediation);
        }
        QVERIFY(fixes.size() >= 3);
        for (const ConformanceResult &r : m_engine->conformance(document(fixes))) {
            QVERIFY2(r.status != ConformanceStatus::Fail,
                     qPrintable(r.framework + u' ' + r.clause + u' ' + r.title));
        }
    }

    void badDataIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath(u"security"_s);
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(u"security/"_s + name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(u"common-passwords.txt"_s, "password\n");
        write(u"algorithms.json"_s, R"({"refused": [{"names": ["DES"], "reason": "weak"}]})");
        write(u"conformance.json"_s,
              R"({"frameworks": {"X": {"name": "X"}}, "rules": [{"framework": "X", "clause": "1",
                  "title": "t", "check": {"path": "a.b", "op": "~=", "value": 1},
                  "status": "fail", "remediation": {"path": "a.b", "value": 1}}]})");
        auto loaded = SecurityPolicyEngine::load(dir.path());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(u"rules[0].check"_s)
                     && loaded.error().message.contains(u"unknown operator \"~=\""_s),
                 qPrintable(loaded.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_SecurityPolicy)
#include "tst_securitypolicy.moc"
