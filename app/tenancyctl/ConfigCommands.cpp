// tenancyctl template ... and tenant config | apply | rollback: configuration templates,
// overrides and revisions.
#include "Cli.h"
#include "config/ConfigDiff.h"
#include "config/ConfigEngine.h"
#include "config/Overrides.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tenancy::Ctl {

namespace {

// A template file's text; errors name the file.
Result<QString> readTemplateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e = Error::make(ErrorCode::NotFound,
                              Cli::tr("cannot read %1: %2").arg(path, file.errorString()));
        e.field = path;
        return e;
    }
    const QByteArray bytes = file.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return Error::invalid(path, Cli::tr("%1 is not UTF-8 text").arg(path));
    return text;
}

int runTemplateList(Context &c)
{
    auto templates = c.manager->templates();
    if (!templates)
        return c.cli.fail(templates.error());
    if (c.cli.json()) {
        QJsonArray array;
        for (const TemplateInfo &t : *templates)
            array.append(t.toJson(false));
        c.cli.printJson(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const TemplateInfo &t : *templates) {
        rows << QStringList {t.name, t.version, t.shipped ? Cli::tr("shipped") : Cli::tr("saved"),
                             t.shipped ? u"-"_s : t.savedBy + u' ' + toIsoUtc(t.savedAt),
                             t.note.isEmpty() ? u"-"_s : t.note};
    }
    c.cli.printTable(
        {Cli::tr("NAME"), Cli::tr("VERSION"), Cli::tr("SOURCE"), Cli::tr("SAVED"), Cli::tr("NOTE")},
        rows);
    return Ok;
}

int runTemplateShow(Context &c)
{
    auto found = c.manager->findTemplate(c.positional.at(0));
    if (!found)
        return c.cli.fail(found.error());
    if (c.cli.json())
        c.cli.printJson(found->toJson(true));
    else
        c.cli.out() << found->text;
    return Ok;
}

int runTemplateRender(Context &c)
{
    const QString source = c.positional.at(0);
    QString text;
    if (QFileInfo(source).isFile() || source.contains(u'/') || source.endsWith(u".json"_s)) {
        auto read = readTemplateFile(source);
        if (!read)
            return c.cli.fail(read.error());
        text = *read;
        if (const QList<Error> issues = c.manager->configEngine().checkTemplateText(text);
            !issues.isEmpty() && ConfigTemplate::parse(text).issues().size() > 0) {
            for (const Error &e : issues)
                c.cli.err() << source << ':' << e.line << ':' << e.column << ": " << e.message
                            << '\n';
            return Failed;
        }
    } else {
        auto found = c.manager->findTemplate(source);
        if (!found)
            return c.cli.fail(found.error());
        text = found->text;
    }
    QJsonObject variables;
    for (const QString &v : c.args.values(u"var"_s)) {
        const qsizetype eq = v.indexOf(u'=');
        if (eq <= 0)
            return c.cli.usageError(Cli::tr("--var \"%1\" is not NAME=VALUE").arg(v));
        variables.insert(v.left(eq).trimmed(), v.mid(eq + 1));
    }
    auto sets = setOptions(c);
    if (!sets)
        return c.cli.fail(sets.error());
    auto document = c.manager->renderTemplate(text, c.args.value(u"tenant"_s), variables, *sets);
    if (!document) {
        const Error &e = document.error();
        if (e.line > 0 && !text.isEmpty()) {
            c.cli.err() << source << ':' << e.line << ':' << e.column << ": " << e.message << '\n';
            return exitCodeFor(e);
        }
        return c.cli.fail(e);
    }
    c.cli.printJson(*document);
    return Ok;
}

int runTemplateValidate(Context &c)
{
    const QString path = c.positional.at(0);
    auto text = readTemplateFile(path);
    if (!text)
        return c.cli.fail(text.error());
    auto engine = ConfigEngine::load(c.cli.sharedCatalog());
    if (!engine)
        return c.cli.fail(engine.error());
    const QList<Error> issues = (*engine)->checkTemplateText(*text);
    if (c.cli.json()) {
        QJsonArray array;
        for (const Error &e : issues) {
            QJsonObject o {{u"file"_s, path},
                           {u"line"_s, e.line},
                           {u"column"_s, e.column},
                           {u"message"_s, e.message}};
            if (e.field.startsWith(u'/') || e.field.isEmpty())
                o.insert(u"pointer"_s, e.field);
            else
                o.insert(u"name"_s, e.field);
            array.append(o);
        }
        c.cli.printJson(array);
    } else {
        for (const Error &e : issues) {
            c.cli.out() << path << ':' << e.line << ':' << e.column << ": "
                        << (e.field.startsWith(u'/') ? pointerToDotted(e.field) + u": "_s
                                                     : QString())
                        << e.message << '\n';
        }
        if (issues.isEmpty())
            c.cli.out() << Cli::tr("%1: valid").arg(path) << '\n';
    }
    return issues.isEmpty() ? Ok : Failed;
}

int runConfig(Context &c)
{
    auto state = c.manager->configuration(c.positional.at(0));
    if (!state)
        return c.cli.fail(state.error());
    const bool withProvenance = c.args.isSet(u"provenance"_s);
    if (c.cli.json()) {
        QJsonObject o {{u"tenant"_s, state->tenant.id},
                       {u"revision"_s, state->revision.revision},
                       {u"template"_s, state->revision.templateName},
                       {u"template_version"_s, state->revision.templateVersion},
                       {u"document"_s, state->document}};
        if (withProvenance) {
            QJsonArray leaves;
            for (const ProvenanceEntry &p : c.manager->provenanceOf(*state)) {
                leaves.append(QJsonObject {{u"pointer"_s, p.pointer},
                                           {u"path"_s, pointerToDotted(p.pointer)},
                                           {u"value"_s, p.value},
                                           {u"layer"_s, configLayerId(p.layer)}});
            }
            o.insert(u"provenance"_s, leaves);
        }
        c.cli.printJson(o);
        return Ok;
    }
    if (!withProvenance) {
        c.cli.printJson(state->document);
        return Ok;
    }
    QList<QStringList> rows;
    for (const ProvenanceEntry &p : c.manager->provenanceOf(*state))
        rows << QStringList {pointerToDotted(p.pointer), compactJson(p.value),
                             configLayerId(p.layer)};
    c.cli.out() << Cli::tr("%1: revision %2, template %3 %4")
                       .arg(state->tenant.id)
                       .arg(state->revision.revision)
                       .arg(state->revision.templateName, state->revision.templateVersion)
                << '\n';
    c.cli.printTable({Cli::tr("PATH"), Cli::tr("VALUE"), Cli::tr("SET BY")}, rows);
    return Ok;
}

int runApply(Context &c)
{
    ConfigChangeRequest request;
    request.tenantId = c.positional.at(0);
    if (c.args.isSet(u"template"_s) && c.args.isSet(u"file"_s))
        return c.cli.usageError(Cli::tr("tenant apply: give --template or --file, not both"));
    request.templateName = c.args.value(u"template"_s);
    if (c.args.isSet(u"file"_s)) {
        const QString path = c.args.value(u"file"_s);
        auto text = readTemplateFile(path);
        if (!text)
            return c.cli.fail(text.error());
        request.templateText = *text;
        request.templateSource = QFileInfo(path).fileName();
    }
    auto sets = setOptions(c);
    if (!sets)
        return c.cli.fail(sets.error());
    request.set = *sets;
    request.unset = c.args.values(u"unset"_s);
    return applyChange(c, request, u"tenant apply"_s);
}

int runRollback(Context &c)
{
    if (!c.args.isSet(u"to-revision"_s))
        return c.cli.usageError(Cli::tr("tenant rollback: --to-revision N is required"));
    const auto revision = parseCount(c.args.value(u"to-revision"_s), 0, 2'000'000'000);
    if (!revision)
        return c.cli.usageError(Cli::tr("tenant rollback: --to-revision must be 0 or more"));
    const bool dryRun = c.args.isSet(u"dry-run"_s);
    const QString reason = c.args.value(u"reason"_s);
    if (!dryRun && reason.trimmed().isEmpty())
        return c.cli.usageError(Cli::tr("tenant rollback: --reason is required (or --dry-run)"));
    int status = Ok;
    const auto expected = versionOption(c, u"expect-version"_s, &status);
    if (status != Ok)
        return status;
    auto result = c.manager->rollbackConfiguration(c.positional.at(0), int(*revision), reason,
                                                   expected, dryRun);
    if (!result)
        return c.cli.fail(result.error());
    printChanges(c.cli, *result);
    return Ok;
}

} // namespace

// --set PATH=VALUE, repeated.
Result<QList<std::pair<QString, QJsonValue>>> setOptions(Context &c)
{
    QList<std::pair<QString, QJsonValue>> out;
    for (const QString &text : c.args.values(u"set"_s)) {
        auto assignment = Overrides::parseAssignment(text);
        if (!assignment) {
            Error e = assignment.error();
            e.code = ErrorCode::Usage;
            return e;
        }
        out.append(*assignment);
    }
    return out;
}

std::optional<int> versionOption(Context &c, const QString &name, int *status)
{
    if (!c.args.isSet(name))
        return std::nullopt;
    const auto v = parseCount(c.args.value(name), 1, 2'000'000'000);
    if (!v) {
        *status = c.cli.usageError(Cli::tr("--%1 must be a version number, 1 or more").arg(name));
        return std::nullopt;
    }
    return int(*v);
}

static QString valueText(const QJsonValue &value)
{
    return value.isUndefined() ? u"(none)"_s : compactJson(value);
}

void printChanges(Cli &cli, const ConfigChangeResult &result)
{
    if (cli.json()) {
        QJsonArray changes;
        for (const ConfigChange &change : result.changes)
            changes.append(change.toJson());
        QJsonObject o {{u"tenant"_s, result.tenant.id},
                       {u"dry_run"_s, !result.written},
                       {u"revision"_s, result.revision.revision},
                       {u"template"_s, result.revision.templateName},
                       {u"template_version"_s, result.revision.templateVersion},
                       {u"changes"_s, changes}};
        if (result.written)
            o.insert(u"version"_s, result.tenant.version);
        cli.printJson(o);
        return;
    }
    QTextStream &out = cli.out();
    for (const ConfigChange &change : result.changes) {
        const QString path = pointerToDotted(change.pointer);
        switch (change.kind) {
        case ConfigChange::Kind::Added:
            out << "+ " << path << ": " << valueText(change.after) << '\n';
            break;
        case ConfigChange::Kind::Removed:
            out << "- " << path << ": " << valueText(change.before) << '\n';
            break;
        case ConfigChange::Kind::Changed:
            out << "~ " << path << ": " << valueText(change.before) << " → "
                << valueText(change.after) << '\n';
            break;
        }
    }
    if (result.changes.isEmpty())
        out << Cli::tr("no changes") << '\n';
    if (result.written) {
        out << Cli::tr("%1: configuration revision %2 (tenant version %3)")
                   .arg(result.tenant.id)
                   .arg(result.revision.revision)
                   .arg(result.tenant.version)
            << '\n';
    } else {
        out << Cli::tr("dry run: nothing was written (it would be revision %1)")
                   .arg(result.revision.revision)
            << '\n';
    }
}

int applyChange(Context &c, ConfigChangeRequest &request, const QString &command)
{
    request.reason = c.args.value(u"reason"_s);
    request.dryRun = c.args.isSet(u"dry-run"_s);
    if (!request.dryRun && request.reason.trimmed().isEmpty())
        return c.cli.usageError(Cli::tr("%1: --reason is required (or --dry-run)").arg(command));
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

int printRevisions(Context &c, const QString &id)
{
    auto revisions = c.manager->configurationHistory(id);
    if (!revisions)
        return c.cli.fail(revisions.error());
    if (c.cli.json()) {
        QJsonArray array;
        for (const ConfigRevision &r : *revisions)
            array.append(r.toJson());
        c.cli.printJson(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const ConfigRevision &r : *revisions) {
        QStringList overrides;
        for (const ConfigOverride &o : r.overrides)
            overrides << o.path().mid(o.path().startsWith(u"configuration."_s) ? 14 : 0) + u'='
                    + compactJson(o.value);
        rows << QStringList {QString::number(r.revision),
                             toIsoUtc(r.createdAt),
                             r.createdBy.isEmpty() ? u"-"_s : r.createdBy,
                             r.basedOn >= 0 ? r.action + u' ' + QString::number(r.basedOn)
                                            : r.action,
                             r.templateName + u' ' + r.templateVersion,
                             overrides.isEmpty() ? u"-"_s : overrides.join(u' '),
                             r.reason.isEmpty() ? u"-"_s : r.reason};
    }
    c.cli.printTable({Cli::tr("REV"), Cli::tr("WHEN"), Cli::tr("WHO"), Cli::tr("ACTION"),
                      Cli::tr("TEMPLATE"), Cli::tr("OVERRIDES"), Cli::tr("REASON")},
                     rows);
    return Ok;
}

QList<Command> configCommands()
{
    Command list;
    list.path = {u"template"_s, u"list"_s};
    list.summary = Cli::tr("List configuration templates: shipped ones and saved versions.");
    list.run = runTemplateList;

    Command show;
    show.path = {u"template"_s, u"show"_s};
    show.arguments = u"NAME[@VERSION]"_s;
    show.positionalCount = 1;
    show.summary = Cli::tr("Print a template's text.");
    show.run = runTemplateShow;

    Command render;
    render.path = {u"template"_s, u"render"_s};
    render.arguments = u"NAME|FILE"_s;
    render.positionalCount = 1;
    render.summary = Cli::tr("Render a template (for a tenant, or sample values) and print the "
                             "JSON.");
    render.options = {
        option(u"tenant"_s, Cli::tr("render with this tenant's values"), u"ID"_s),
        option(u"var"_s, Cli::tr("a variable's value (repeatable)"), u"NAME=VALUE"_s),
        option(u"set"_s, Cli::tr("an override, e.g. limits.max_users=50 (repeatable)"),
               u"PATH=VALUE"_s),
    };
    render.run = runTemplateRender;

    Command validate;
    validate.path = {u"template"_s, u"validate"_s};
    validate.arguments = u"FILE"_s;
    validate.positionalCount = 1;
    validate.summary = Cli::tr("Check a template file: FILE:LINE:COL: message for each problem; "
                               "exit status 1 if any.");
    validate.needs = Command::Needs::Catalog;
    validate.run = runTemplateValidate;

    Command config;
    config.path = {u"tenant"_s, u"config"_s};
    config.arguments = u"ID"_s;
    config.positionalCount = 1;
    config.summary = Cli::tr("Print a tenant's effective configuration.");
    config.options = {option(u"provenance"_s,
                             Cli::tr("say for every value which layer set it: tier_default, "
                                     "template, override or edit"))};
    config.run = runConfig;

    const QList<QCommandLineOption> writeOptions {
        option(u"reason"_s, Cli::tr("why (required; goes to the audit log)"), u"TEXT"_s),
        option(u"expect-version"_s,
               Cli::tr("only if the tenant is still at version N (default: the version read now)"),
               u"N"_s),
        option(u"dry-run"_s, Cli::tr("show what would change; write nothing")),
    };
    Command apply;
    apply.path = {u"tenant"_s, u"apply"_s};
    apply.arguments = u"ID"_s;
    apply.positionalCount = 1;
    apply.summary = Cli::tr("Apply a template and/or overrides to a tenant's configuration as "
                            "a new revision, showing the changes.");
    apply.options = QList<QCommandLineOption> {
                        option(u"template"_s, Cli::tr("a library template"), u"NAME[@VERSION]"_s),
                        option(u"file"_s, Cli::tr("a template file"), u"FILE"_s),
                        option(u"set"_s,
                               Cli::tr("an override, e.g. limits.max_users=50 or "
                                       "features.enabled='[\"sso\"]' (repeatable)"),
                               u"PATH=VALUE"_s),
                        option(u"unset"_s, Cli::tr("drop the override at PATH (repeatable)"),
                               u"PATH"_s),
                    }
        + writeOptions;
    apply.run = runApply;

    Command rollback;
    rollback.path = {u"tenant"_s, u"rollback"_s};
    rollback.arguments = u"ID"_s;
    rollback.positionalCount = 1;
    rollback.summary = Cli::tr("Make an earlier configuration revision current again (as a new "
                               "revision).");
    rollback.options
        = QList<QCommandLineOption> {option(u"to-revision"_s,
                                            Cli::tr("the revision to return to (see tenant history "
                                                    "--revisions)"),
                                            u"N"_s)}
        + writeOptions;
    rollback.run = runRollback;

    return {list, show, render, validate, config, apply, rollback};
}

} // namespace Tenancy::Ctl
