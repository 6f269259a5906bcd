// tenancyctl policy ...: a tenant's security policies, a password tried against them, and
// their conformance with published standards.
#include "Cli.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy::Ctl {

namespace {

const QString kSecurity = u"/configuration/security"_s;

// Every leaf under prefix of value, as (dotted path below prefix, value).
void leaves(const QJsonValue &value, const QString &path,
            QList<std::pair<QString, QJsonValue>> &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            leaves(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
        return;
    }
    out.append({path, value});
}

int runShow(Context &c)
{
    auto state = c.manager->configuration(c.positional.at(0));
    if (!state)
        return c.cli.fail(state.error());
    const QJsonObject effective = SecurityPolicyEngine::effectiveSecurity(state->document);
    // Where each value comes from; a rule the stored policy leaves out is the default.
    QHash<QString, QString> layers;
    for (const ProvenanceEntry &p : c.manager->provenanceOf(*state)) {
        if (p.pointer.startsWith(kSecurity + u'/'))
            layers.insert(pointerToDotted(p.pointer.mid(kSecurity.size())), configLayerId(p.layer));
    }
    QList<std::pair<QString, QJsonValue>> rows;
    leaves(effective, {}, rows);
    if (c.cli.json()) {
        QJsonObject sources;
        for (const auto &[path, value] : rows)
            sources.insert(path, layers.value(path, u"default"_s));
        c.cli.printJson(QJsonObject {
            {u"tenant"_s, state->tenant.id}, {u"security"_s, effective}, {u"sources"_s, sources}});
        return Ok;
    }
    QList<QStringList> table;
    for (const auto &[path, value] : rows)
        table << QStringList {path, compactJson(value), layers.value(path, u"default"_s)};
    c.cli.printTable({Cli::tr("POLICY"), Cli::tr("VALUE"), Cli::tr("SOURCE")}, table);
    return Ok;
}

int runCheckPassword(Context &c)
{
    // From standard input only: never an argument (it would show in ps and shell history).
    const QString password = readSecretLine(c.cli);
    PasswordContext context;
    context.username = c.args.value(u"user"_s);
    context.email = c.args.value(u"email"_s);
    context.name = c.args.value(u"name"_s);
    auto result = c.manager->checkPassword(c.positional.at(0), password, context);
    if (!result)
        return c.cli.fail(result.error());
    if (c.cli.json()) {
        c.cli.printJson(result->toJson());
    } else {
        QTextStream &out = c.cli.out();
        for (const PasswordFinding &f : result->violations)
            out << "✗ " << f.rule << ": " << f.message << '\n';
        const PasswordStrength &s = result->strength;
        out << Cli::tr("strength %1 of 100 (about 10^%2 guesses; %3 for an offline attack on a "
                       "slow hash)")
                   .arg(s.score)
                   .arg(QString::number(s.guessesLog10, 'f', 1), s.crackTime)
            << '\n';
        out << (result->acceptable() ? Cli::tr("the password satisfies the policy")
                                     : Cli::tr("the password does not satisfy the policy"))
            << '\n';
        out.flush();
    }
    return result->acceptable() ? Ok : Failed;
}

int runConformance(Context &c)
{
    auto results = c.manager->conformance(c.positional.at(0), c.args.value(u"framework"_s));
    if (!results)
        return c.cli.fail(results.error());
    if (c.cli.json()) {
        QJsonArray array;
        for (const ConformanceResult &r : *results)
            array.append(r.toJson());
        c.cli.printJson(array);
        return Ok;
    }
    QList<QStringList> rows;
    int failures = 0;
    int warnings = 0;
    for (const ConformanceResult &r : *results) {
        failures += r.status == ConformanceStatus::Fail ? 1 : 0;
        warnings += r.status == ConformanceStatus::Warn ? 1 : 0;
        QString detail = r.evidence.join(u", "_s);
        QStringList fixes;
        for (const auto &[path, value] : r.remediation)
            fixes << u"--set %1=%2"_s.arg(path, compactJson(value));
        if (!fixes.isEmpty())
            detail += Cli::tr("; fix: %1").arg(fixes.join(u' '));
        rows << QStringList {r.framework, r.clause, conformanceStatusId(r.status).toUpper(),
                             r.title, detail};
    }
    c.cli.printTable({Cli::tr("FRAMEWORK"), Cli::tr("CLAUSE"), Cli::tr("STATUS"), Cli::tr("CHECK"),
                      Cli::tr("EVIDENCE")},
                     rows);
    c.cli.out() << Cli::tr("%1 checks: %2 failed, %3 warnings")
                       .arg(results->size())
                       .arg(failures)
                       .arg(warnings)
                << '\n';
    return Ok;
}

int runSet(Context &c)
{
    auto sets = setOptions(c);
    if (!sets)
        return c.cli.fail(sets.error());
    if (sets->isEmpty())
        return c.cli.usageError(Cli::tr("policy set: give at least one --set PATH=VALUE"));
    ConfigChangeRequest request;
    request.tenantId = c.positional.at(0);
    // Paths are the security section's own (password_policy.min_length); "security." may be
    // written too. Nothing outside it is changed by this command.
    for (auto &[path, value] : *sets) {
        const QString full = path.startsWith(u"security."_s) ? path : u"security."_s + path;
        auto pointer = c.manager->configEngine().resolvePath(full);
        if (!pointer || !pointer->startsWith(kSecurity + u'/')) {
            Error e = pointer
                ? Error::invalid(path, Cli::tr("%1 is not a security policy").arg(path))
                : pointer.error();
            e.code = ErrorCode::Usage;
            return c.cli.fail(e);
        }
        path = full;
    }
    request.set = *sets;
    request.reason = c.args.value(u"reason"_s);
    request.dryRun = c.args.isSet(u"dry-run"_s);
    if (!request.dryRun && request.reason.trimmed().isEmpty())
        return c.cli.usageError(Cli::tr("policy set: --reason is required (or --dry-run)"));
    int status = Ok;
    request.expectedVersion = versionOption(c, u"expect-version"_s, &status);
    if (status != Ok)
        return status;
    auto result = c.manager->applyConfiguration(request);
    if (!result)
        return c.cli.fail(result.error());
    printChanges(c.cli, *result);
    return Ok;
}

} // namespace

QList<Command> policyCommands()
{
    Command show;
    show.path = {u"policy"_s, u"show"_s};
    show.arguments = u"ID"_s;
    show.positionalCount = 1;
    show.summary = Cli::tr("Print a tenant's security policies, each value with where it comes "
                           "from (tier_default, template, override, edit or default).");
    show.run = runShow;

    Command check;
    check.path = {u"policy"_s, u"check-password"_s};
    check.arguments = u"ID"_s;
    check.positionalCount = 1;
    check.summary = Cli::tr("Try a password (read from standard input) against a tenant's "
                            "password policy: the broken rules and the strength; exit status 1 "
                            "if it does not satisfy the policy. Nothing is stored or logged.");
    check.options = {
        option(u"user"_s, Cli::tr("the user name it is for"), u"NAME"_s),
        option(u"email"_s, Cli::tr("the user's e-mail address"), u"EMAIL"_s),
        option(u"name"_s, Cli::tr("the person's name"), u"TEXT"_s),
    };
    check.run = runCheckPassword;

    Command conformance;
    conformance.path = {u"policy"_s, u"conformance"_s};
    conformance.arguments = u"ID"_s;
    conformance.positionalCount = 1;
    conformance.summary = Cli::tr("Check a tenant's security policies against PCI DSS, NIST SP "
                                  "800-63B, HIPAA, SOC 2 and ISO 27001: pass, warn or fail for "
                                  "each clause, with the evidence and the fix.");
    conformance.options = {option(u"framework"_s,
                                  Cli::tr("only this framework (PCI_DSS, NIST_800_63B, HIPAA, "
                                          "SOC2, ISO27001)"),
                                  u"F"_s)};
    conformance.run = runConformance;

    Command set;
    set.path = {u"policy"_s, u"set"_s};
    set.arguments = u"ID"_s;
    set.positionalCount = 1;
    set.summary = Cli::tr("Change security policies (paths under security, e.g. "
                          "password_policy.min_length=14) as a new configuration revision.");
    set.options = {
        option(u"set"_s, Cli::tr("a policy value (repeatable)"), u"PATH=VALUE"_s),
        option(u"reason"_s, Cli::tr("why (required; goes to the audit log)"), u"TEXT"_s),
        option(u"expect-version"_s,
               Cli::tr("only if the tenant is still at version N (default: the version read now)"),
               u"N"_s),
        option(u"dry-run"_s, Cli::tr("show what would change; write nothing")),
    };
    set.run = runSet;

    return {show, check, conformance, set};
}

} // namespace Tenancy::Ctl
