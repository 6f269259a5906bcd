#pragma once

#include "config/JsonCondition.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Tenancy {

// A tenant's password policy (configuration.security.password_policy), every rule with its
// effective value. Rules a stored policy leaves out take these defaults. A character count
// (min_digits, ...) and its require_* flag must agree (count ≥ 1 exactly when required);
// without the count, the flag alone means at least one.
struct PasswordPolicy
{
    int minLength = 12;
    int maxLength = 128;
    int minDigits = 1;
    int minLowercase = 1;
    int minUppercase = 1;
    int minSpecial = 1; // anything that is neither a letter nor a digit, spaces included
    bool notUsername = true;
    bool notEmail = true;
    bool notPersonalInfo = true;
    QString pattern; // a PCRE the whole password must match; empty: none
    QString patternDescription;
    int historyCount = 12; // enforced where passwords are changed, not by evaluate()
    int maxAgeDays = 90; // 0: never expires
    int lockoutAttempts = 5;
    bool denylistCommon = true;
    QStringList denylist;
    int complexityScoreMinimum = 70; // 0-100, see passwordStrength()

    // From the JSON object (already valid against the schema; missing rules take defaults).
    static PasswordPolicy fromJson(const QJsonObject &o);
    // Every rule, effective values (counts include what the require_* flags imply).
    QJsonObject toJson() const;
};

// Who the password is for: its parts must not appear in it (not_username, not_email,
// not_personal_info), and zxcvbn treats them as the first words an attacker tries.
struct PasswordContext
{
    QString username;
    QString email;
    QString name; // the person's name
    QStringList otherWords; // the tenant's name and id, ...
};

// A broken rule: its id (the policy's field name, or "denylist", "complexity") and what is
// wrong, in words that never repeat the password.
struct PasswordFinding
{
    QString rule;
    QString message;
};

// What zxcvbn-c thinks of a password, on the 0-100 scale of complexity_score_minimum.
// The score is piecewise linear in log10(guesses) through (0, 0), (3, 20), (6, 40), (8, 60),
// (10, 80) and (20, 100), and 100 beyond: the first knots are zxcvbn's own score boundaries
// (10^3, 10^6, 10^8 and 10^10 guesses: "too guessable" to "very unguessable", Wheeler 2016),
// so the default minimum 70 asks for about 10^9 guesses; 100 is reached at 10^20 (about 66
// bits). zxcvbn-c gives the entropy in bits; log10(guesses) = bits × log10(2).
struct PasswordStrength
{
    int score = 0;
    double bits = 0;
    double guessesLog10 = 0;
    // Time to find it at 10^4 guesses a second (an offline attack on a slow hash such as
    // bcrypt), in words: "less than a second", "3 hours", "centuries".
    QString crackTime;
};

struct PasswordEvaluation
{
    QList<PasswordFinding> violations;
    PasswordStrength strength;
    bool acceptable() const { return violations.isEmpty(); }
    QJsonObject toJson() const; // never holds the password
};

// Conformance of a tenant's security configuration with a published standard's clause.
enum class ConformanceStatus { Pass, Warn, Fail };
QString conformanceStatusId(ConformanceStatus status); // "pass", "warn", "fail"

struct ConformanceResult
{
    QString framework; // "PCI_DSS", "NIST_800_63B", "HIPAA", "SOC2", "ISO27001"
    QString frameworkName; // "PCI DSS"
    QString edition; // "v4.0 (March 2022)"
    QString clause; // "8.3.6"
    QString title;
    QString requirement; // what the clause asks, in short
    QString expected; // the check in words
    ConformanceStatus status = ConformanceStatus::Pass;
    QStringList evidence; // "security.password_policy.min_length = 10"
    // The overrides that would make it pass (dotted paths under configuration); none when it
    // passes.
    QList<std::pair<QString, QJsonValue>> remediation;
    QJsonObject toJson() const;
};

// The rules of security policies beyond the schema: password evaluation (zxcvbn-c and the
// common-password list), checks that fields agree with each other and that algorithms are
// strong, the effective security configuration, and conformance with the standards in
// resources/security/conformance.json. Immutable once loaded; any thread.
class SecurityPolicyEngine
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::SecurityPolicyEngine)

public:
    // From directory's security/ (default: the resources built into the application).
    static Result<std::shared_ptr<const SecurityPolicyEngine>> load(const QString &directory
                                                                    = QString());

    // Every broken rule, the strength and the guessing effort. The password is not kept,
    // logged or copied beyond this call (its UTF-8 copy for zxcvbn is wiped).
    PasswordEvaluation evaluate(const PasswordPolicy &policy, const QString &password,
                                const PasswordContext &context) const;
    static PasswordStrength strength(const QString &password, const QStringList &words);
    static int scoreForGuesses(double guessesLog10);

    // Problems the schema cannot see in a document's security section: max_length below
    // min_length, counts that cannot fit, a pattern that does not compile, an algorithm not
    // among the allowed ones. Fields are JSON Pointers.
    QList<Error> check(const QJsonObject &document) const;
    // Why a value is refused at pointer, when it is a weak algorithm there.
    std::optional<QString> refusal(const QString &pointer, const QJsonValue &value) const;
    // Why an algorithm is refused (DES, 3DES, RC4, any ECB mode), if it is.
    std::optional<QString> algorithmRefusal(const QString &algorithm) const;

    // configuration.security of document with every default filled in.
    static QJsonObject effectiveSecurity(const QJsonObject &document);

    // Conformance of document with each framework's clauses (all frameworks when empty).
    QList<ConformanceResult> conformance(const QJsonObject &document,
                                         const QString &framework = {}) const;
    // Framework ids (sorted) with their names.
    QList<std::pair<QString, QString>> frameworks() const;
    // A framework's name for a badge ("HIPAA" for the HIPAA Security Rule).
    QString shortName(const QString &framework) const
    {
        return m_short.value(framework, framework);
    }
    const QSet<QString> &commonPasswords() const { return m_common; }

private:
    struct Rule
    {
        QString framework;
        QString clause;
        QString title;
        QString requirement;
        JsonCondition check;
        std::optional<JsonCondition> warnIf;
        ConformanceStatus failing = ConformanceStatus::Fail;
        QList<std::pair<QString, QJsonValue>> remediation;
    };
    struct Refused
    {
        QStringList names;
        QStringList contains;
        QString reason;
    };

    QSet<QString> m_common; // case-folded
    QList<std::pair<QString, QString>> m_frameworks; // id, display name
    QHash<QString, QString> m_editions; // by id
    QHash<QString, QString> m_short; // by id
    QList<Rule> m_rules;
    QList<Refused> m_refused;
};

} // namespace Tenancy
