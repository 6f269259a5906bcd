// tenancyctl policy ..., events ... and security audit: a tenant's security policies, a
// password tried against them, their conformance with published standards, authentication
// events with their anomalies, and the security report.
#include "Cli.h"

#include <QFile>
#include <QFileInfo>
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

int runSectionSet(Context &c, const QString &section, const QString &command);

int runSet(Context &c)
{
    return runSectionSet(c, u"security"_s, u"policy set"_s);
}

int runAiShow(Context &c)
{
    auto view = c.manager->aiConfiguration(c.positional.at(0));
    if (!view)
        return c.cli.fail(view.error());
    if (c.cli.json()) {
        c.cli.printJson(view->toJson());
        return Ok;
    }
    QTextStream &out = c.cli.out();
    QList<QStringList> models;
    for (const ModelAccess &m : view->models) {
        models << QStringList {m.model, m.enabled ? Cli::tr("on") : Cli::tr("off"),
                               m.source == ConfigLayer::TierDefault ? Cli::tr("inherited")
                                                                    : configLayerId(m.source),
                               m.allowedByTier ? Cli::tr("yes") : Cli::tr("no")};
    }
    c.cli.printTable(
        {Cli::tr("MODEL"), Cli::tr("ACCESS"), Cli::tr("SOURCE"), Cli::tr("TIER ALLOWS")}, models);
    out << '\n';
    QList<QStringList> limits;
    for (const AiRateLimit &r : view->rateLimits) {
        limits << QStringList {r.name, QString::number(r.value),
                               r.bound.isUnlimited() ? Cli::tr("unlimited")
                                                     : QString::number(r.bound.value()),
                               configLayerId(r.source)};
    }
    c.cli.printTable(
        {Cli::tr("RATE LIMIT"), Cli::tr("VALUE"), Cli::tr("TIER BOUND"), Cli::tr("SOURCE")},
        limits);
    out << '\n';
    QList<std::pair<QString, QJsonValue>> safety;
    leaves(view->safety, u"safety_settings"_s, safety);
    leaves(view->mlPipeline, u"ml_pipeline"_s, safety);
    QList<QStringList> rows;
    for (const auto &[path, value] : safety)
        rows << QStringList {path, compactJson(value)};
    c.cli.printTable({Cli::tr("SETTING"), Cli::tr("VALUE")}, rows);
    return Ok;
}

// policy set and ai set: --set/--unset under one section of the configuration.
int runSectionSet(Context &c, const QString &section, const QString &command)
{
    auto sets = setOptions(c);
    if (!sets)
        return c.cli.fail(sets.error());
    const QStringList unsets = c.args.values(u"unset"_s);
    if (sets->isEmpty() && unsets.isEmpty())
        return c.cli.usageError(Cli::tr("%1: give --set PATH=VALUE or --unset PATH").arg(command));
    const QString prefix = section + u'.';
    const QString pointerPrefix = u"/configuration/"_s + section + u'/';
    const auto within = [&](const QString &path) -> Result<QString> {
        const QString full = path.startsWith(prefix) ? path : prefix + path;
        auto pointer = c.manager->configEngine().resolvePath(full);
        if (!pointer || !pointer->startsWith(pointerPrefix)) {
            Error e = pointer
                ? Error::invalid(path, Cli::tr("%1 is not under %2").arg(path, section))
                : pointer.error();
            e.code = ErrorCode::Usage;
            return e;
        }
        return full;
    };
    ConfigChangeRequest request;
    request.tenantId = c.positional.at(0);
    for (auto &[path, value] : *sets) {
        auto full = within(path);
        if (!full)
            return c.cli.fail(full.error());
        path = *full;
    }
    request.set = *sets;
    for (const QString &path : unsets) {
        auto full = within(path);
        if (!full)
            return c.cli.fail(full.error());
        request.unset << *full;
    }
    return applyChange(c, request, command);
}

int runEventsImport(Context &c)
{
    const QString path = c.positional.at(0);
    const auto data = readInputFile(path);
    if (!data)
        return c.cli.fail(data.error());
    auto result = c.manager->importSecurityEvents(*data, QFileInfo(path).fileName(),
                                                  c.args.isSet(u"skip-bad"_s));
    if (!result)
        return c.cli.fail(result.error());
    if (c.cli.json()) {
        c.cli.printJson(result->toJson());
        return Ok;
    }
    QTextStream &out = c.cli.out();
    for (const Error &e : result->skipped)
        out << Cli::tr("skipped %1").arg(e.message) << '\n';
    out << Cli::tr("%1: %2 rows, %3 events imported, %4 already there, %5 skipped")
               .arg(result->file)
               .arg(result->rows)
               .arg(result->imported)
               .arg(result->duplicates)
               .arg(result->skipped.size())
        << '\n';
    return Ok;
}

int runEventsList(Context &c)
{
    auto seconds
        = parseSinceSeconds(c.args.isSet(u"since"_s) ? c.args.value(u"since"_s) : u"24h"_s);
    if (!seconds)
        return c.cli.usageError(Cli::tr("events list: --since %1").arg(seconds.error().message));
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-*seconds);
    const QString id = c.positional.at(0);
    if (c.args.isSet(u"hourly"_s)) {
        auto hours = c.manager->securityEventHours(id, since);
        if (!hours)
            return c.cli.fail(hours.error());
        if (c.cli.json()) {
            QJsonArray array;
            for (const HourlyCount &h : *hours) {
                array.append(QJsonObject {{u"hour"_s, toIsoUtc(h.hour)},
                                          {u"failures"_s, h.failures},
                                          {u"events"_s, h.total}});
            }
            c.cli.printJson(array);
            return Ok;
        }
        QList<QStringList> rows;
        for (const HourlyCount &h : *hours) {
            rows << QStringList {h.hour.toString(u"yyyy-MM-dd HH:00"_s), QString::number(h.total),
                                 QString::number(h.failures)};
        }
        c.cli.printTable({Cli::tr("HOUR (UTC)"), Cli::tr("EVENTS"), Cli::tr("FAILED")}, rows);
        return Ok;
    }
    int status = Ok;
    const int limit = c.args.isSet(u"limit"_s)
        ? int(parseCount(c.args.value(u"limit"_s), 1, 100000).value_or(-1))
        : 1000;
    if (limit < 0)
        return c.cli.usageError(Cli::tr("events list: --limit must be from 1 to 100000"));
    auto events = c.manager->securityEvents(id, since, limit);
    if (!events)
        return c.cli.fail(events.error());
    auto anomalies = c.manager->securityAnomalies(id, since);
    if (!anomalies)
        return c.cli.fail(anomalies.error());
    if (c.cli.json()) {
        QJsonArray list;
        for (const SecurityEvent &e : *events)
            list.append(e.toJson());
        QJsonArray bursts;
        for (const SecurityAnomaly &a : *anomalies)
            bursts.append(a.toJson());
        c.cli.printJson(QJsonObject {{u"events"_s, list}, {u"anomalies"_s, bursts}});
        return status;
    }
    QList<QStringList> rows;
    for (const SecurityEvent &e : *events) {
        rows << QStringList {toIsoUtc(e.at), e.user, securityEventKindId(e.kind),
                             e.sourceIp.isEmpty() ? u"-"_s : e.sourceIp};
    }
    c.cli.printTable({Cli::tr("TIME"), Cli::tr("USER"), Cli::tr("KIND"), Cli::tr("SOURCE")}, rows);
    for (const SecurityAnomaly &a : *anomalies)
        c.cli.out() << Cli::tr("! burst: %1").arg(a.explanation) << '\n';
    return status;
}

int runSecurityAudit(Context &c)
{
    auto audit = c.manager->auditSecurity(c.positional.at(0));
    if (!audit)
        return c.cli.fail(audit.error());
    const QJsonObject report = audit->toJson();
    if (c.cli.json()) {
        c.cli.printJson(report);
        return Ok;
    }
    QTextStream &out = c.cli.out();
    out << Cli::tr("Security audit of %1 (%2 tier), %3")
               .arg(audit->tenantId, audit->tier, toIsoUtc(audit->generatedAt))
        << "\n\n";
    for (const QJsonValue &f : report.value(u"frameworks"_s).toArray()) {
        const QJsonObject o = f.toObject();
        out << Cli::tr("%1: %2 (%3 pass, %4 warn, %5 fail)")
                   .arg(o.value(u"name"_s).toString(), o.value(u"status"_s).toString().toUpper())
                   .arg(o.value(u"pass"_s).toInt())
                   .arg(o.value(u"warn"_s).toInt())
                   .arg(o.value(u"fail"_s).toInt())
            << '\n';
        for (const QJsonValue &r : o.value(u"results"_s).toArray()) {
            if (r[u"status"_s].toString() == u"pass"_s)
                continue;
            out << "  " << r[u"status"_s].toString().toUpper() << ' ' << r[u"clause"_s].toString()
                << ' ' << r[u"title"_s].toString() << ": "
                << r[u"evidence"_s].toVariant().toStringList().join(u", "_s) << '\n';
        }
    }
    out << '\n';
    if (audit->anomalies.isEmpty())
        out << Cli::tr("No bursts of failed sign-ins in the last 7 days.") << '\n';
    for (const SecurityAnomaly &a : audit->anomalies)
        out << Cli::tr("! burst: %1").arg(a.explanation) << '\n';
    out << '\n' << Cli::tr("Recommended changes:") << '\n';
    if (audit->recommendations.isEmpty())
        out << "  " << Cli::tr("none") << '\n';
    for (const SecurityAudit::Recommendation &r : audit->recommendations) {
        out << "  --set " << r.path << '=' << compactJson(r.value) << "  ("
            << r.because.join(u"; "_s) << ")\n";
    }
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
    const QList<QCommandLineOption> writeOptions {
        option(u"unset"_s,
               Cli::tr("drop the tenant's value at PATH: back to the tier's (repeatable)"),
               u"PATH"_s),
        option(u"reason"_s, Cli::tr("why (required; goes to the audit log)"), u"TEXT"_s),
        option(u"expect-version"_s,
               Cli::tr("only if the tenant is still at version N (default: the version read now)"),
               u"N"_s),
        option(u"dry-run"_s, Cli::tr("show what would change; write nothing")),
    };
    set.options = QList<QCommandLineOption> {option(
                      u"set"_s, Cli::tr("a policy value (repeatable)"), u"PATH=VALUE"_s)}
        + writeOptions;
    set.run = runSet;

    Command aiShow;
    aiShow.path = {u"ai"_s, u"show"_s};
    aiShow.arguments = u"ID"_s;
    aiShow.positionalCount = 1;
    aiShow.summary = Cli::tr("Print a tenant's AI configuration: model access (inherited from the "
                             "tier or overridden, and what the tier allows), rate limits with "
                             "the tier's bounds, safety settings.");
    aiShow.run = runAiShow;

    Command aiSet;
    aiSet.path = {u"ai"_s, u"set"_s};
    aiSet.arguments = u"ID"_s;
    aiSet.positionalCount = 1;
    aiSet.summary = Cli::tr("Change AI settings (paths under ai_configuration, e.g. "
                            "model_access.gpt-4=true; --unset model_access.gpt-4 resets it to "
                            "the tier's) as a new configuration revision.");
    aiSet.options = QList<QCommandLineOption> {option(u"set"_s, Cli::tr("a value (repeatable)"),
                                                      u"PATH=VALUE"_s)}
        + writeOptions;
    aiSet.run = [](Context &c) {
        return runSectionSet(c, u"ai_configuration"_s, u"ai set"_s);
    };

    Command import;
    import.path = {u"events"_s, u"import"_s};
    import.arguments = u"FILE"_s;
    import.positionalCount = 1;
    import.summary = Cli::tr("Import authentication events (CSV with the columns time, tenant, "
                             "user, kind[, source_ip], or JSON / JSON Lines with those keys). A "
                             "file with a bad row imports nothing unless --skip-bad; importing "
                             "the same file again adds nothing.");
    import.options = {option(u"skip-bad"_s, Cli::tr("import the good rows, report the bad"))};
    import.run = runEventsImport;

    Command events;
    events.path = {u"events"_s, u"list"_s};
    events.arguments = u"ID"_s;
    events.positionalCount = 1;
    events.summary = Cli::tr("A tenant's authentication events, newest first, with any burst of "
                             "failed sign-ins explained.");
    events.options = {
        option(u"since"_s, Cli::tr("how far back: 30m, 1h, 24h (default), 7d, 2w"), u"SPAN"_s),
        option(u"hourly"_s, Cli::tr("counts per hour instead of the events")),
        option(u"limit"_s, Cli::tr("at most N events (default 1000)"), u"N"_s),
    };
    events.run = runEventsList;

    Command audit;
    audit.path = {u"security"_s, u"audit"_s};
    audit.arguments = u"ID"_s;
    audit.positionalCount = 1;
    audit.summary = Cli::tr("A tenant's security report: conformance per framework, recent "
                            "bursts of failed sign-ins, and the changes that would fix them.");
    audit.run = runSecurityAudit;

    return {show, check, conformance, set, aiShow, aiSet, import, events, audit};
}

} // namespace Tenancy::Ctl
