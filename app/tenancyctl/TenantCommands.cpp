#include "Cli.h"
#include "config/Overrides.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Tenancy::Ctl {

namespace {

void printTenant(Cli &cli, const Tenant &t)
{
    if (cli.json()) {
        cli.printJson(t.toJson(true));
        return;
    }
    QTextStream &out = cli.out();
    const QList<std::pair<QString, QString>> fields {
        {Cli::tr("id"), t.id},
        {Cli::tr("name"), t.name},
        {Cli::tr("tier"), t.tier},
        {Cli::tr("status"), statusId(t.status)},
        {Cli::tr("owner"), t.ownerEmail},
        {Cli::tr("region"), t.region},
        {Cli::tr("industry"), t.industry.isEmpty() ? u"-"_s : t.industry},
        {Cli::tr("compliance"), t.compliance.isEmpty() ? u"-"_s : t.compliance.join(u", "_s)},
        {Cli::tr("version"), QString::number(t.version)},
        {Cli::tr("created"), toIsoUtc(t.createdAt)},
        {Cli::tr("updated"), toIsoUtc(t.updatedAt) + u" by "_s + t.updatedBy},
    };
    for (const auto &[label, value] : fields)
        out << QString(label + u':').leftJustified(13) << value << '\n';
    if (!t.configuration.isEmpty()) {
        out << Cli::tr("configuration:") << '\n'
            << QString::fromUtf8(QJsonDocument(t.configuration).toJson(QJsonDocument::Indented));
    }
}

int runCreate(Context &c)
{
    for (const QString &required : {u"name"_s, u"tier"_s, u"owner"_s}) {
        if (!c.args.isSet(required))
            return c.cli.usageError(Cli::tr("tenant create: --%1 is required").arg(required));
    }
    NewTenant input;
    input.id = c.positional.at(0);
    input.name = c.args.value(u"name"_s);
    input.tier = c.args.value(u"tier"_s);
    input.ownerEmail = c.args.value(u"owner"_s);
    input.region
        = c.args.isSet(u"region"_s) ? c.args.value(u"region"_s) : c.catalog.defaultRegion();
    input.industry = c.args.value(u"industry"_s);
    input.compliance = splitList(c.args.value(u"compliance"_s));
    input.templateName = c.args.value(u"template"_s);
    for (const QString &text : c.args.values(u"set"_s)) {
        auto assignment = Overrides::parseAssignment(text);
        if (!assignment)
            return c.cli.usageError(assignment.error().message);
        input.overrides.append(*assignment);
    }
    auto tenant = c.manager->create(input);
    if (!tenant)
        return c.cli.fail(tenant.error());
    if (c.cli.json())
        c.cli.printJson(tenant->toJson(true));
    else
        c.cli.out() << Cli::tr("created tenant %1 (%2, %3, %4)")
                           .arg(tenant->id, tenant->tier, statusId(tenant->status), tenant->region)
                    << '\n';
    return Ok;
}

int runList(Context &c)
{
    TenantQuery query;
    query.filter.tier = c.args.value(u"tier"_s);
    query.filter.region = c.args.value(u"region"_s);
    query.filter.search = c.args.value(u"search"_s);
    if (c.args.isSet(u"status"_s)) {
        const auto status = statusFromId(c.args.value(u"status"_s));
        if (!status) {
            QStringList known;
            for (TenantStatus s : allStatuses())
                known << statusId(s);
            return c.cli.usageError(Cli::tr("tenant list: unknown status \"%1\" (known: %2)")
                                        .arg(c.args.value(u"status"_s), known.join(u", "_s)));
        }
        query.filter.status = status;
    }
    query.limit = 50;
    if (c.args.isSet(u"limit"_s)) {
        const auto limit = parseCount(c.args.value(u"limit"_s), 0, 100000);
        if (!limit)
            return c.cli.usageError(
                Cli::tr("tenant list: --limit must be a number from 0 to 100000"));
        query.limit = *limit;
    }
    if (c.args.isSet(u"offset"_s)) {
        const auto offset = parseCount(c.args.value(u"offset"_s), 0, 2'000'000'000);
        if (!offset)
            return c.cli.usageError(Cli::tr("tenant list: --offset must be a number, 0 or more"));
        query.offset = *offset;
    }
    if (c.args.isSet(u"sort"_s)) {
        static const QList<std::pair<QString, TenantSortKey>> keys {
            {u"name"_s, TenantSortKey::Name},       {u"id"_s, TenantSortKey::Id},
            {u"tier"_s, TenantSortKey::Tier},       {u"status"_s, TenantSortKey::Status},
            {u"region"_s, TenantSortKey::Region},   {u"owner"_s, TenantSortKey::Owner},
            {u"created"_s, TenantSortKey::Created}, {u"updated"_s, TenantSortKey::Updated}};
        const QString wanted = c.args.value(u"sort"_s);
        bool found = false;
        QStringList names;
        for (const auto &[n, key] : keys) {
            names << n;
            if (n == wanted) {
                query.sort = key;
                found = true;
            }
        }
        if (!found)
            return c.cli.usageError(Cli::tr("tenant list: unknown sort key \"%1\" (known: %2)")
                                        .arg(wanted, names.join(u", "_s)));
    }
    if (c.args.isSet(u"desc"_s))
        query.order = Qt::DescendingOrder;

    auto tenants = c.manager->list(query);
    if (!tenants)
        return c.cli.fail(tenants.error());
    if (c.cli.json()) {
        QJsonArray array;
        for (const Tenant &t : *tenants)
            array.append(t.toJson(false));
        c.cli.printJson(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const Tenant &t : *tenants)
        rows << QStringList {t.id, t.name, t.tier, statusId(t.status), t.region, t.ownerEmail};
    c.cli.printTable({Cli::tr("ID"), Cli::tr("NAME"), Cli::tr("TIER"), Cli::tr("STATUS"),
                      Cli::tr("REGION"), Cli::tr("OWNER")},
                     rows);
    auto total = c.manager->count(query.filter);
    if (total && *total > tenants->size()) {
        c.cli.err() << Cli::tr("%1–%2 of %3 tenants; use --limit and --offset for more")
                           .arg(QLocale().toString(query.offset + (tenants->isEmpty() ? 0 : 1)),
                                QLocale().toString(query.offset + tenants->size()),
                                QLocale().toString(*total))
                    << Qt::endl;
    }
    return Ok;
}

int runShow(Context &c)
{
    auto tenant = c.manager->show(c.positional.at(0));
    if (!tenant)
        return c.cli.fail(tenant.error());
    printTenant(c.cli, *tenant);
    return Ok;
}

int runStatusChange(Context &c, bool suspend)
{
    const QString verb = suspend ? u"suspend"_s : u"reactivate"_s;
    if (!c.args.isSet(u"reason"_s))
        return c.cli.usageError(Cli::tr("tenant %1: --reason is required").arg(verb));
    const QString id = c.positional.at(0);
    int version = 0;
    if (c.args.isSet(u"if-version"_s)) {
        const auto v = parseCount(c.args.value(u"if-version"_s), 1, 2'000'000'000);
        if (!v)
            return c.cli.usageError(
                Cli::tr("tenant %1: --if-version must be a number, 1 or more").arg(verb));
        version = *v;
    } else {
        auto current = c.manager->show(id);
        if (!current)
            return c.cli.fail(current.error());
        version = current->version;
    }
    const QString reason = c.args.value(u"reason"_s);
    auto tenant = suspend ? c.manager->suspend(id, version, reason)
                          : c.manager->reactivate(id, version, reason);
    if (!tenant)
        return c.cli.fail(tenant.error());
    if (c.cli.json())
        c.cli.printJson(tenant->toJson(true));
    else
        c.cli.out() << (suspend ? Cli::tr("suspended tenant %1 (version %2)")
                                : Cli::tr("reactivated tenant %1 (version %2)"))
                           .arg(tenant->id)
                           .arg(tenant->version)
                    << '\n';
    return Ok;
}

int runHistory(Context &c)
{
    int limit = 20;
    if (c.args.isSet(u"limit"_s)) {
        const auto l = parseCount(c.args.value(u"limit"_s), 1, 10000);
        if (!l)
            return c.cli.usageError(
                Cli::tr("tenant history: --limit must be a number from 1 to 10000"));
        limit = *l;
    }
    const QString id = c.positional.at(0);
    if (c.args.isSet(u"revisions"_s))
        return printRevisions(c, id);
    auto tenant = c.manager->show(id);
    if (!tenant)
        return c.cli.fail(tenant.error());
    auto entries = c.manager->history(id, limit);
    if (!entries)
        return c.cli.fail(entries.error());
    if (c.cli.json()) {
        printAuditEntriesJson(c, *entries);
        return Ok;
    }
    QList<QStringList> rows;
    for (const AuditEntry &e : *entries) {
        // Configuration changes say which revision they made (for tenant rollback).
        const QJsonValue revision = e.after ? e.after->value(u"revision"_s) : QJsonValue();
        const QString action = e.action.startsWith(u"configuration."_s) && revision.isDouble()
            ? Cli::tr("%1 (revision %2)").arg(e.action).arg(revision.toInt())
            : e.action;
        rows << QStringList {toIsoUtc(e.at), e.operatorName + u" ("_s + e.role + u')', action,
                             e.reason};
    }
    c.cli.printTable({Cli::tr("WHEN"), Cli::tr("WHO"), Cli::tr("ACTION"), Cli::tr("REASON")}, rows);
    return Ok;
}

int runDemo(Context &c)
{
    if (!c.args.isSet(u"tenants"_s))
        return c.cli.usageError(Cli::tr("demo: --tenants N is required"));
    const auto count = parseCount(c.args.value(u"tenants"_s), 1, TenantManager::maxSampleFleet);
    if (!count)
        return c.cli.usageError(Cli::tr("demo: --tenants must be a number from 1 to %L1")
                                    .arg(TenantManager::maxSampleFleet));
    quint64 seed = 1;
    if (c.args.isSet(u"seed"_s)) {
        bool ok = false;
        seed = c.args.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return c.cli.usageError(Cli::tr("demo: --seed must be a non-negative integer"));
    }
    const bool showProgress = !c.cli.json() && isatty(STDERR_FILENO);
    int lastPercent = -1;
    QElapsedTimer timer;
    timer.start();
    auto result = c.manager->generateSampleFleet(*count, seed, [&](qint64 done, qint64 total) {
        const int percent = int(done * 100 / total);
        if (showProgress && percent != lastPercent) {
            lastPercent = percent;
            c.cli.err() << '\r' << Cli::tr("generating sample fleet… %1%").arg(percent);
            c.cli.err().flush();
        }
        return true;
    });
    if (showProgress)
        c.cli.err() << '\r' << QString(40, u' ') << '\r';
    if (!result)
        return c.cli.fail(result.error());
    if (c.cli.json()) {
        c.cli.printJson(QJsonObject {{u"requested"_s, result->requested},
                                     {u"inserted"_s, result->inserted},
                                     {u"skipped"_s, result->skipped},
                                     {u"seed"_s, QString::number(seed)}});
    } else {
        c.cli.out() << Cli::tr("generated %1 sample tenants (seed %2) in %3 s")
                           .arg(QLocale().toString(result->inserted))
                           .arg(seed)
                           .arg(QLocale().toString(timer.elapsed() / 1000.0, 'f', 1));
        if (result->skipped > 0)
            c.cli.out() << Cli::tr("; %1 already existed and were left as they were")
                               .arg(QLocale().toString(result->skipped));
        c.cli.out() << '\n';
    }
    return Ok;
}

// tenant export-data: the tenant's data archive (GDPR portability).
int runExportData(Context &c)
{
    const QString out = c.args.value(u"out"_s);
    if (out.isEmpty())
        return c.cli.usageError(
            Cli::tr("tenant export-data: --out FILE says where the archive goes"));
    auto exported = c.manager->exportTenantData(c.positional.value(0), out);
    if (!exported)
        return c.cli.fail(exported.error());
    if (c.cli.json()) {
        c.cli.printJson(exported->toJson());
    } else {
        c.cli.out() << Cli::tr("wrote %1 (%2 bytes, SHA-256 %3)")
                           .arg(QDir::toNativeSeparators(exported->path))
                           .arg(exported->bytes)
                           .arg(exported->sha256)
                    << '\n'
                    << Cli::tr("revisions %1, usage samples %2, security events %3, audit "
                               "entries %4, storage rows %5")
                           .arg(exported->revisions)
                           .arg(exported->usageSamples)
                           .arg(exported->securityEvents)
                           .arg(exported->auditEntries)
                           .arg(exported->storageRows)
                    << '\n';
    }
    return Ok;
}

} // namespace

QList<Command> tenantCommands()
{
    Command create;
    create.path = {u"tenant"_s, u"create"_s};
    create.arguments = u"ID"_s;
    create.positionalCount = 1;
    create.summary
        = Cli::tr("Create a tenant (its configuration starts from its tier's template).");
    create.options = {
        option(u"name"_s, Cli::tr("display name, 1–200 characters (required)"), u"NAME"_s),
        option(u"tier"_s, Cli::tr("free, professional, enterprise or custom (required)"),
               u"TIER"_s),
        option(u"owner"_s, Cli::tr("owner's e-mail address (required)"), u"EMAIL"_s),
        option(u"region"_s, Cli::tr("data residency region (default: us-east-1)"), u"REGION"_s),
        option(u"industry"_s, Cli::tr("industry, e.g. healthcare or finance"), u"INDUSTRY"_s),
        option(u"compliance"_s, Cli::tr("comma-separated frameworks, e.g. SOC2,GDPR"), u"LIST"_s),
        option(u"template"_s, Cli::tr("start from this library template (default: the tier's)"),
               u"NAME[@VERSION]"_s),
        option(u"set"_s, Cli::tr("an override, e.g. limits.max_users=50 (repeatable)"),
               u"PATH=VALUE"_s),
    };
    create.run = runCreate;

    Command list;
    list.path = {u"tenant"_s, u"list"_s};
    list.summary = Cli::tr("List tenants, filtered, sorted and paged.");
    list.options = {
        option(u"tier"_s, Cli::tr("only this tier"), u"TIER"_s),
        option(u"status"_s, Cli::tr("only this status (pending, active, suspended, …)"),
               u"STATUS"_s),
        option(u"region"_s, Cli::tr("only this region"), u"REGION"_s),
        option(u"search"_s, Cli::tr("text in the id, name or owner e-mail (any case)"), u"TEXT"_s),
        option(u"limit"_s, Cli::tr("at most N tenants (default 50)"), u"N"_s),
        option(u"offset"_s, Cli::tr("skip the first N"), u"N"_s),
        option(u"sort"_s, Cli::tr("name, id, tier, status, region, owner, created or updated"),
               u"KEY"_s),
        option(u"desc"_s, Cli::tr("sort descending")),
    };
    list.run = runList;

    Command show;
    show.path = {u"tenant"_s, u"show"_s};
    show.arguments = u"ID"_s;
    show.positionalCount = 1;
    show.summary = Cli::tr("Show one tenant with its configuration.");
    show.run = runShow;

    const QList<QCommandLineOption> statusOptions {
        option(u"reason"_s, Cli::tr("why (required; goes to the audit log)"), u"TEXT"_s),
        option(u"if-version"_s,
               Cli::tr("only if the tenant is still at version N (default: the version read now)"),
               u"N"_s),
    };
    Command suspend;
    suspend.path = {u"tenant"_s, u"suspend"_s};
    suspend.arguments = u"ID"_s;
    suspend.positionalCount = 1;
    suspend.summary = Cli::tr("Suspend an active tenant.");
    suspend.options = statusOptions;
    suspend.run = [](Context &c) {
        return runStatusChange(c, true);
    };

    Command reactivate = suspend;
    reactivate.path = {u"tenant"_s, u"reactivate"_s};
    reactivate.summary = Cli::tr("Reactivate a suspended tenant.");
    reactivate.run = [](Context &c) {
        return runStatusChange(c, false);
    };

    Command history;
    history.path = {u"tenant"_s, u"history"_s};
    history.arguments = u"ID"_s;
    history.positionalCount = 1;
    history.summary = Cli::tr("Show a tenant's recent changes from the audit log.");
    history.options = {option(u"limit"_s, Cli::tr("at most N entries (default 20)"), u"N"_s),
                       option(u"revisions"_s,
                              Cli::tr("list the configuration's revisions (for tenant "
                                      "rollback) instead"))};
    history.run = runHistory;

    Command demo;
    demo.path = {u"demo"_s};
    demo.summary = Cli::tr("Generate a deterministic sample fleet of tenants.");
    demo.options = {
        option(u"tenants"_s, Cli::tr("how many tenants (required)"), u"N"_s),
        option(u"seed"_s, Cli::tr("seed; the same seed gives the same fleet (default 1)"), u"S"_s),
    };
    demo.run = runDemo;

    Command exportData;
    exportData.path = {u"tenant"_s, u"export-data"_s};
    exportData.arguments = u"ID"_s;
    exportData.positionalCount = 1;
    exportData.summary = Cli::tr(
        "Write everything held about a tenant (configuration and revisions, usage, security "
        "events, audit entries, its stored rows) as one gzip-compressed JSON archive (GDPR "
        "portability; support, compliance, admin).");
    exportData.options = {option(u"out"_s, Cli::tr("the archive to write (.json.gz)"), u"FILE"_s)};
    exportData.run = runExportData;

    return {create, list, show, suspend, reactivate, history, demo, exportData};
}

} // namespace Tenancy::Ctl
