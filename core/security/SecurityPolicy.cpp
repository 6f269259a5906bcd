#include "SecurityPolicy.h"

#include "config/ConfigDiff.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <string.h> // explicit_bzero
#include <zxcvbn.h>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

const QString kPasswordPolicy = u"/configuration/security/password_policy"_s;
const QString kEncryption = u"/configuration/security/encryption"_s;
const QStringList kAllowedAlgorithms {u"AES-256-GCM"_s, u"AES-128-GCM"_s, u"ChaCha20-Poly1305"_s};
// zxcvbn-c's matching grows with length; what lies beyond adds brute-force entropy anyway.
constexpr qsizetype kStrengthPrefix = 256;

// The count a policy asks for: the count field, or 1 when only the require_* flag says so.
int countRule(const QJsonObject &o, const QString &count, const QString &flag)
{
    const int asked = o.value(count).toInt(-1);
    return asked >= 0 ? asked : (o.value(flag).toBool(true) ? 1 : 0);
}

// The count fields with their require_* flags.
const std::pair<const char16_t *, const char16_t *> kCountFlags[] = {
    {u"min_digits", u"require_numbers"},
    {u"min_lowercase", u"require_lowercase"},
    {u"min_uppercase", u"require_uppercase"},
    {u"min_special", u"require_special_chars"},
};

// Lowercase letters, uppercase letters, digits and specials of text, by code point.
struct Classes
{
    int length = 0;
    int lower = 0;
    int upper = 0;
    int digits = 0;
    int special = 0;
};

Classes classify(const QString &text)
{
    Classes c;
    for (const char32_t u : text.toUcs4()) {
        ++c.length;
        if (QChar::isDigit(u))
            ++c.digits;
        else if (QChar::isLower(u))
            ++c.lower;
        else if (QChar::isUpper(u))
            ++c.upper;
        else if (!QChar::isLetter(u) && !QChar::isMark(u))
            ++c.special;
    }
    return c;
}

// Words of at least three letters or digits in text, case-folded.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QStringList out;
    for (const QString &w : text.toCaseFolded().split(separators, Qt::SkipEmptyParts)) {
        if (w.size() >= 3)
            out << w;
    }
    return out;
}

QString normalisedAlgorithm(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c != u'-' && c != u'_' && c != u'/' && !c.isSpace())
            out += c.toUpper();
    }
    return out;
}

QString duration(double seconds)
{
    struct Unit
    {
        double seconds;
        const char *one;
        const char *many;
    };
    if (seconds < 1)
        return SecurityPolicyEngine::tr("less than a second");
    static const Unit units[] = {
        {3153600000.0, nullptr, nullptr}, // a century: "centuries"
        {31536000, QT_TRANSLATE_NOOP("Tenancy::SecurityPolicyEngine", "1 year"),
         QT_TRANSLATE_NOOP("Tenancy::SecurityPolicyEngine", "%1 years")},
        {2592000, QT_TRANSLATE_NOOP("Tenancy::SecurityPolicyEngine", "1 month"),
         QT_TRANSLATE_NOOP("Tenancy::SecurityPolicyEngine", "%1 months")},
        {86400, QT_TRANSLATE_NOOP("Tenancy::SecurityPolicyEngine", "1 day"),
         QT_TRANSLATE_NOOP("Tenancy::SecurityPolicyEngine", "%1 days")},
        {3600, QT_TRANSLATE_NOOP("Tenancy::SecurityPolicyEngine", "1 hour"),
         QT_TRANSLATE_NOOP("Tenancy::SecurityPolicyEngine", "%1 hours")},
        {60, QT_TRANSLATE_NOOP("Tenancy::SecurityPolicyEngine", "1 minute"),
         QT_TRANSLATE_NOOP("Tenancy::SecurityPolicyEngine", "%1 minutes")},
        {1, QT_TRANSLATE_NOOP("Tenancy::SecurityPolicyEngine", "1 second"),
         QT_TRANSLATE_NOOP("Tenancy::SecurityPolicyEngine", "%1 seconds")},
    };
    for (const Unit &unit : units) {
        if (seconds < unit.seconds)
            continue;
        if (!unit.one)
            return SecurityPolicyEngine::tr("centuries");
        const qint64 n = qint64(std::floor(seconds / unit.seconds));
        return n == 1 ? SecurityPolicyEngine::tr(unit.one)
                      : SecurityPolicyEngine::tr(unit.many).arg(n);
    }
    return SecurityPolicyEngine::tr("less than a second");
}

Result<QJsonObject> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(
            ErrorCode::Catalog,
            SecurityPolicyEngine::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error::make(ErrorCode::Catalog,
                           SecurityPolicyEngine::tr("%1: not a JSON object (%2 at byte %3)")
                               .arg(path, error.errorString())
                               .arg(error.offset));
    }
    return doc.object();
}

} // namespace

PasswordPolicy PasswordPolicy::fromJson(const QJsonObject &o)
{
    PasswordPolicy p;
    p.minLength = o.value(u"min_length"_s).toInt(p.minLength);
    p.maxLength = o.value(u"max_length"_s).toInt(p.maxLength);
    p.minDigits = countRule(o, u"min_digits"_s, u"require_numbers"_s);
    p.minLowercase = countRule(o, u"min_lowercase"_s, u"require_lowercase"_s);
    p.minUppercase = countRule(o, u"min_uppercase"_s, u"require_uppercase"_s);
    p.minSpecial = countRule(o, u"min_special"_s, u"require_special_chars"_s);
    p.notUsername = o.value(u"not_username"_s).toBool(true);
    p.notEmail = o.value(u"not_email"_s).toBool(true);
    p.notPersonalInfo = o.value(u"not_personal_info"_s).toBool(true);
    p.pattern = o.value(u"pattern"_s).toString();
    p.patternDescription = o.value(u"pattern_description"_s).toString();
    p.historyCount = o.value(u"history_count"_s).toInt(p.historyCount);
    p.maxAgeDays = o.value(u"max_age_days"_s).toInt(p.maxAgeDays);
    p.lockoutAttempts = o.value(u"lockout_attempts"_s).toInt(p.lockoutAttempts);
    p.denylistCommon = o.value(u"denylist_common"_s).toBool(true);
    for (const QJsonValue &v : o.value(u"denylist"_s).toArray())
        p.denylist << v.toString();
    p.complexityScoreMinimum
        = o.value(u"complexity_score_minimum"_s).toInt(p.complexityScoreMinimum);
    return p;
}

QJsonObject PasswordPolicy::toJson() const
{
    return {
        {u"min_length"_s, minLength},
        {u"max_length"_s, maxLength},
        {u"require_special_chars"_s, minSpecial > 0},
        {u"require_numbers"_s, minDigits > 0},
        {u"require_uppercase"_s, minUppercase > 0},
        {u"require_lowercase"_s, minLowercase > 0},
        {u"min_digits"_s, minDigits},
        {u"min_lowercase"_s, minLowercase},
        {u"min_uppercase"_s, minUppercase},
        {u"min_special"_s, minSpecial},
        {u"not_username"_s, notUsername},
        {u"not_email"_s, notEmail},
        {u"not_personal_info"_s, notPersonalInfo},
        {u"pattern"_s, pattern},
        {u"pattern_description"_s, patternDescription},
        {u"max_age_days"_s, maxAgeDays},
        {u"history_count"_s, historyCount},
        {u"lockout_attempts"_s, lockoutAttempts},
        {u"denylist_common"_s, denylistCommon},
        {u"denylist"_s, QJsonArray::fromStringList(denylist)},
        {u"complexity_score_minimum"_s, complexityScoreMinimum},
    };
}

QJsonObject PasswordEvaluation::toJson() const
{
    QJsonArray findings;
    for (const PasswordFinding &f : violations)
        findings.append(QJsonObject {{u"rule"_s, f.rule}, {u"message"_s, f.message}});
    return {
        {u"acceptable"_s, acceptable()},
        {u"violations"_s, findings},
        {u"score"_s, strength.score},
        {u"entropy_bits"_s, std::round(strength.bits * 100) / 100},
        {u"guesses_log10"_s, std::round(strength.guessesLog10 * 100) / 100},
        {u"crack_time_offline_slow_hash"_s, strength.crackTime},
    };
}

QString conformanceStatusId(ConformanceStatus status)
{
    switch (status) {
    case ConformanceStatus::Pass:
        return u"pass"_s;
    case ConformanceStatus::Warn:
        return u"warn"_s;
    case ConformanceStatus::Fail:
        return u"fail"_s;
    }
    return u"fail"_s;
}

QJsonObject ConformanceResult::toJson() const
{
    QJsonObject o {
        {u"framework"_s, framework},
        {u"framework_name"_s, frameworkName},
        {u"edition"_s, edition},
        {u"clause"_s, clause},
        {u"title"_s, title},
        {u"requirement"_s, requirement},
        {u"expected"_s, expected},
        {u"status"_s, conformanceStatusId(status)},
        {u"evidence"_s, QJsonArray::fromStringList(evidence)},
    };
    if (!remediation.isEmpty()) {
        QJsonArray fixes;
        for (const auto &[path, value] : remediation)
            fixes.append(QJsonObject {{u"path"_s, path}, {u"value"_s, value}});
        o.insert(u"remediation"_s, fixes);
    }
    return o;
}

Result<std::shared_ptr<const SecurityPolicyEngine>>
SecurityPolicyEngine::load(const QString &directory)
{
    const QString base = (directory.isEmpty() ? u":/tenancy"_s : directory) + u"/security/"_s;
    std::shared_ptr<SecurityPolicyEngine> engine(new SecurityPolicyEngine);

    QFile common(base + u"common-passwords.txt"_s);
    if (!common.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error::make(
            ErrorCode::Catalog,
            tr("%1: cannot be read: %2").arg(common.fileName(), common.errorString()));
    }
    for (const QByteArray &line : common.readAll().split('\n')) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty() && !word.startsWith(u'#'))
            engine->m_common.insert(word.toCaseFolded());
    }

    auto algorithms = readJson(base + u"algorithms.json"_s);
    if (!algorithms)
        return algorithms.error();
    for (const QJsonValue &v : algorithms->value(u"refused"_s).toArray()) {
        Refused r;
        for (const QJsonValue &n : v.toObject().value(u"names"_s).toArray())
            r.names << normalisedAlgorithm(n.toString());
        for (const QJsonValue &n : v.toObject().value(u"contains"_s).toArray())
            r.contains << normalisedAlgorithm(n.toString());
        r.reason = v.toObject().value(u"reason"_s).toString();
        if ((r.names.isEmpty() && r.contains.isEmpty()) || r.reason.isEmpty()) {
            return Error::make(ErrorCode::Catalog,
                               tr("%1: each refused entry needs names or contains, and a reason")
                                   .arg(base + u"algorithms.json"_s));
        }
        engine->m_refused.append(r);
    }

    const QString conformancePath = base + u"conformance.json"_s;
    auto conformance = readJson(conformancePath);
    if (!conformance)
        return conformance.error();
    const QJsonObject frameworks = conformance->value(u"frameworks"_s).toObject();
    const QJsonArray rules = conformance->value(u"rules"_s).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules.at(i).toObject();
        const QString where = u"%1: rules[%2]"_s.arg(conformancePath).arg(i);
        Rule rule;
        rule.framework = o.value(u"framework"_s).toString();
        rule.clause = o.value(u"clause"_s).toString();
        rule.title = o.value(u"title"_s).toString();
        rule.requirement = o.value(u"requirement"_s).toString();
        if (!frameworks.contains(rule.framework) || rule.clause.isEmpty() || rule.title.isEmpty()) {
            return Error::make(ErrorCode::Catalog,
                               tr("%1: needs a known framework, a clause and a title").arg(where));
        }
        auto check = JsonCondition::parse(o.value(u"check"_s), where + u".check"_s);
        if (!check)
            return Error::make(ErrorCode::Catalog, check.error().message);
        rule.check = *check;
        if (o.contains(u"warn_if"_s)) {
            auto warn = JsonCondition::parse(o.value(u"warn_if"_s), where + u".warn_if"_s);
            if (!warn)
                return Error::make(ErrorCode::Catalog, warn.error().message);
            rule.warnIf = *warn;
        }
        const QString status = o.value(u"status"_s).toString();
        if (status != u"fail"_s && status != u"warn"_s) {
            return Error::make(ErrorCode::Catalog, tr("%1: \"status\" is fail or warn").arg(where));
        }
        rule.failing = status == u"warn"_s ? ConformanceStatus::Warn : ConformanceStatus::Fail;
        const QJsonValue fixes = o.value(u"remediation"_s);
        const QJsonArray list = fixes.isArray() ? fixes.toArray() : QJsonArray {fixes};
        for (const QJsonValue &fix : list) {
            const QString path = fix.toObject().value(u"path"_s).toString();
            const QJsonValue value = fix.toObject().value(u"value"_s);
            if (path.isEmpty() || value.isUndefined()) {
                return Error::make(
                    ErrorCode::Catalog,
                    tr("%1: each \"remediation\" needs a path and a value").arg(where));
            }
            rule.remediation.append({path, value});
        }
        if (rule.remediation.isEmpty()) {
            return Error::make(ErrorCode::Catalog, tr("%1: \"remediation\" is missing").arg(where));
        }
        engine->m_rules.append(rule);
    }
    for (auto it = frameworks.begin(); it != frameworks.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        engine->m_frameworks.append({it.key(), f.value(u"name"_s).toString()});
        engine->m_editions.insert(it.key(), f.value(u"edition"_s).toString());
        engine->m_short.insert(it.key(),
                               f.value(u"short"_s).toString(f.value(u"name"_s).toString()));
    }
    return std::shared_ptr<const SecurityPolicyEngine>(std::move(engine));
}

int SecurityPolicyEngine::scoreForGuesses(double guessesLog10)
{
    static constexpr std::pair<double, double> knots[]
        = {{0, 0}, {3, 20}, {6, 40}, {8, 60}, {10, 80}, {20, 100}};
    if (guessesLog10 <= 0)
        return 0;
    for (size_t i = 1; i < std::size(knots); ++i) {
        const auto [x1, y1] = knots[i];
        if (guessesLog10 <= x1) {
            const auto [x0, y0] = knots[i - 1];
            return int(std::floor(y0 + (guessesLog10 - x0) * (y1 - y0) / (x1 - x0)));
        }
    }
    return 100;
}

PasswordStrength SecurityPolicyEngine::strength(const QString &password, const QStringList &words)
{
    PasswordStrength s;
    // zxcvbn-c reads UTF-8; the copies are wiped before they are freed.
    QByteArray utf8 = password.left(kStrengthPrefix).toUtf8();
    QList<QByteArray> dictionary;
    for (const QString &w : words)
        dictionary << w.toUtf8();
    std::vector<const char *> pointers;
    for (const QByteArray &w : std::as_const(dictionary))
        pointers.push_back(w.constData());
    pointers.push_back(nullptr);
    s.bits = utf8.isEmpty() ? 0 : ZxcvbnMatch(utf8.constData(), pointers.data(), nullptr);
    explicit_bzero(utf8.data(), size_t(utf8.size()));
    s.guessesLog10 = s.bits * std::log10(2.0);
    s.score = scoreForGuesses(s.guessesLog10);
    s.crackTime = duration(std::pow(10.0, s.guessesLog10 - 4));
    return s;
}

PasswordEvaluation SecurityPolicyEngine::evaluate(const PasswordPolicy &policy,
                                                  const QString &password,
                                                  const PasswordContext &context) const
{
    PasswordEvaluation e;
    const auto broken = [&](const QString &rule, const QString &message) {
        e.violations.append({rule, message});
    };
    const Classes c = classify(password);
    if (c.length < policy.minLength) {
        broken(u"min_length"_s,
               tr("needs at least %1 characters (has %2)").arg(policy.minLength).arg(c.length));
    }
    if (c.length > policy.maxLength) {
        broken(u"max_length"_s,
               tr("may have at most %1 characters (has %2)").arg(policy.maxLength).arg(c.length));
    }
    const auto count
        = [&](const QString &rule, int needed, int has, const QString &one, const QString &many) {
              if (has < needed)
                  broken(rule, (needed == 1 ? one : many.arg(needed)) + tr(" (has %1)").arg(has));
          };
    count(u"min_digits"_s, policy.minDigits, c.digits, tr("needs a digit"),
          tr("needs at least %1 digits"));
    count(u"min_lowercase"_s, policy.minLowercase, c.lower, tr("needs a lowercase letter"),
          tr("needs at least %1 lowercase letters"));
    count(u"min_uppercase"_s, policy.minUppercase, c.upper, tr("needs an uppercase letter"),
          tr("needs at least %1 uppercase letters"));
    count(u"min_special"_s, policy.minSpecial, c.special,
          tr("needs a special character (not a letter or digit)"),
          tr("needs at least %1 special characters (not letters or digits)"));

    const QString folded = password.toCaseFolded();
    const auto containsPart = [&](const QString &part) {
        const QString p = part.trimmed().toCaseFolded();
        if (p.isEmpty())
            return false;
        return p.size() >= 3 ? folded.contains(p) : folded == p;
    };
    if (policy.notUsername && containsPart(context.username))
        broken(u"not_username"_s, tr("contains the user name"));
    if (policy.notEmail && !context.email.isEmpty()) {
        const QString local = context.email.section(u'@', 0, 0);
        if (containsPart(context.email) || containsPart(local))
            broken(u"not_email"_s, tr("contains the e-mail address"));
    }
    if (policy.notPersonalInfo) {
        const QStringList parts = wordsOf(context.name);
        if (std::any_of(parts.cbegin(), parts.cend(),
                        [&](const QString &w) { return folded.contains(w); })) {
            broken(u"not_personal_info"_s, tr("contains part of the person's name"));
        }
    }
    if (!policy.pattern.isEmpty()) {
        const QRegularExpression re(u"\\A(?:"_s + policy.pattern + u")\\z"_s,
                                    QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid()) {
            broken(u"pattern"_s,
                   tr("cannot be checked: the policy's pattern is not valid (%1)")
                       .arg(re.errorString()));
        } else if (!re.match(password).hasMatch()) {
            broken(u"pattern"_s,
                   policy.patternDescription.isEmpty()
                       ? tr("does not match the pattern the policy requires")
                       : policy.patternDescription);
        }
    }
    if (policy.denylistCommon && m_common.contains(folded))
        broken(u"denylist"_s, tr("is one of the most commonly used passwords"));
    if (std::any_of(policy.denylist.cbegin(), policy.denylist.cend(),
                    [&](const QString &w) { return w.toCaseFolded() == folded; })) {
        broken(u"denylist"_s, tr("is on this tenant's list of refused passwords"));
    }

    QStringList words;
    for (const QString &s : {context.username, context.email, context.name})
        words << wordsOf(s);
    if (!context.email.isEmpty())
        words << context.email.toCaseFolded();
    for (const QString &s : context.otherWords)
        words << wordsOf(s);
    words.removeDuplicates();
    e.strength = strength(password, words);
    if (e.strength.score < policy.complexityScoreMinimum) {
        broken(u"complexity_score_minimum"_s,
               tr("is too easy to guess: strength %1 of 100, the policy asks for %2")
                   .arg(e.strength.score)
                   .arg(policy.complexityScoreMinimum));
    }
    return e;
}

QJsonObject SecurityPolicyEngine::effectiveSecurity(const QJsonObject &document)
{
    QJsonObject security
        = document.value(u"configuration"_s).toObject().value(u"security"_s).toObject();
    security.insert(
        u"password_policy"_s,
        PasswordPolicy::fromJson(security.value(u"password_policy"_s).toObject()).toJson());
    QJsonObject encryption = security.value(u"encryption"_s).toObject();
    if (!encryption.contains(u"allowed_algorithms"_s))
        encryption.insert(u"allowed_algorithms"_s, QJsonArray::fromStringList(kAllowedAlgorithms));
    security.insert(u"encryption"_s, encryption);
    return security;
}

QList<Error> SecurityPolicyEngine::check(const QJsonObject &document) const
{
    QList<Error> errors;
    const QJsonObject security
        = document.value(u"configuration"_s).toObject().value(u"security"_s).toObject();
    const QJsonObject stored = security.value(u"password_policy"_s).toObject();
    const PasswordPolicy p = PasswordPolicy::fromJson(stored);
    if (p.maxLength < p.minLength) {
        errors.append(Error::invalid(
            kPasswordPolicy + u"/max_length"_s,
            tr("must be at least min_length (%1; found %2)").arg(p.minLength).arg(p.maxLength)));
    }
    const int counts = p.minDigits + p.minLowercase + p.minUppercase + p.minSpecial;
    if (counts > p.maxLength) {
        errors.append(Error::invalid(kPasswordPolicy,
                                     tr("asks for %1 digits, letters and special characters, "
                                        "more than max_length (%2) allows")
                                         .arg(counts)
                                         .arg(p.maxLength)));
    }
    for (const auto &[countField, flagField] : kCountFlags) {
        const QString count = QString::fromUtf16(countField);
        const QString flag = QString::fromUtf16(flagField);
        if (!stored.contains(count) || !stored.contains(flag))
            continue;
        const int n = stored.value(count).toInt();
        const bool required = stored.value(flag).toBool();
        if ((n > 0) != required) {
            errors.append(Error::invalid(
                kPasswordPolicy + u'/' + count,
                required ? tr("is 0 while %1 is true; make it 1 or more, or %1 false").arg(flag)
                         : tr("is %1 while %2 is false; make it 0, or %2 true").arg(n).arg(flag)));
        }
    }
    if (!p.pattern.isEmpty()) {
        const QRegularExpression re(p.pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid()) {
            errors.append(Error::invalid(kPasswordPolicy + u"/pattern"_s,
                                         tr("is not a valid regular expression (%1 at "
                                            "character %2)")
                                             .arg(re.errorString())
                                             .arg(re.patternErrorOffset() + 1)));
        }
    }
    const QJsonObject encryption = security.value(u"encryption"_s).toObject();
    const QString algorithm = encryption.value(u"algorithm"_s).toString();
    if (encryption.contains(u"allowed_algorithms"_s) && !algorithm.isEmpty()
        && !algorithmRefusal(algorithm)) {
        QStringList allowed;
        for (const QJsonValue &v : encryption.value(u"allowed_algorithms"_s).toArray())
            allowed << v.toString();
        if (!allowed.contains(algorithm)) {
            errors.append(Error::invalid(kEncryption + u"/algorithm"_s,
                                         tr("%1 is not among allowed_algorithms (%2)")
                                             .arg(algorithm, allowed.join(u", "_s))));
        }
    }
    return errors;
}

std::optional<QString> SecurityPolicyEngine::algorithmRefusal(const QString &algorithm) const
{
    const QString name = normalisedAlgorithm(algorithm);
    if (name.isEmpty())
        return std::nullopt;
    for (const Refused &r : m_refused) {
        const bool named = r.names.contains(name);
        const bool contained = std::any_of(r.contains.cbegin(), r.contains.cend(),
                                           [&](const QString &c) { return name.contains(c); });
        if (named || contained)
            return tr("%1 is refused: %2").arg(algorithm, r.reason);
    }
    return std::nullopt;
}

std::optional<QString> SecurityPolicyEngine::refusal(const QString &pointer,
                                                     const QJsonValue &value) const
{
    const QString algorithm = kEncryption + u"/algorithm"_s;
    const QString allowed = kEncryption + u"/allowed_algorithms"_s;
    if (!value.isString())
        return std::nullopt;
    if (pointer == algorithm || pointer.startsWith(allowed + u'/'))
        return algorithmRefusal(value.toString());
    return std::nullopt;
}

QList<ConformanceResult> SecurityPolicyEngine::conformance(const QJsonObject &document,
                                                           const QString &framework) const
{
    QJsonObject configuration = document.value(u"configuration"_s).toObject();
    configuration.insert(u"security"_s, effectiveSecurity(document));
    QList<ConformanceResult> out;
    for (const Rule &rule : m_rules) {
        if (!framework.isEmpty() && rule.framework != framework)
            continue;
        ConformanceResult r;
        r.framework = rule.framework;
        for (const auto &[id, name] : m_frameworks) {
            if (id == rule.framework)
                r.frameworkName = name;
        }
        r.edition = m_editions.value(rule.framework);
        r.clause = rule.clause;
        r.title = rule.title;
        r.requirement = rule.requirement;
        r.expected = rule.check.describe();
        const JsonCondition::Outcome outcome = rule.check.evaluate(configuration);
        r.evidence = outcome.evidence;
        if (outcome.holds) {
            r.status = ConformanceStatus::Pass;
        } else {
            r.status = rule.warnIf && rule.warnIf->evaluate(configuration).holds
                ? ConformanceStatus::Warn
                : rule.failing;
            r.remediation = rule.remediation;
        }
        out.append(r);
    }
    return out;
}

QList<std::pair<QString, QString>> SecurityPolicyEngine::frameworks() const
{
    return m_frameworks;
}

} // namespace Tenancy
