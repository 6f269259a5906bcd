#include "Cli.h"
#include "model/Format.h"
#include "security/SecretStore.h"
#include "settings/SharedSettings.h"
#include "store/DatabaseRoles.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Tenancy::Ctl {

// The terminal settings to put back if the user interrupts the password prompt.
static termios g_savedTerminal {};

extern "C" void tenancyRestoreTerminalAndExit(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal); // async-signal-safe
    _exit(128 + signal);
}

// Reads one line from stdin without echo when it is a terminal; Ctrl+C leaves echo on.
QString readSecretLine(Cli &cli)
{
    const bool tty = isatty(STDIN_FILENO);
    struct sigaction previousInt
    { };
    struct sigaction previousTerm
    { };
    if (tty) {
        cli.err() << Cli::tr("Password: ");
        cli.err().flush();
        tcgetattr(STDIN_FILENO, &g_savedTerminal);
        struct sigaction restore
        { };
        restore.sa_handler = tenancyRestoreTerminalAndExit;
        sigemptyset(&restore.sa_mask);
        sigaction(SIGINT, &restore, &previousInt);
        sigaction(SIGTERM, &restore, &previousTerm);
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        sigaction(SIGINT, &previousInt, nullptr);
        sigaction(SIGTERM, &previousTerm, nullptr);
        cli.err() << '\n';
    }
    return QString::fromStdString(line);
}

namespace {

QJsonObject operatorJson(const Operator &op)
{
    return QJsonObject {{u"name"_s, op.name},
                        {u"role"_s, roleId(op.role)},
                        {u"created_at"_s, toIsoUtc(op.createdAt)},
                        {u"created_by"_s, op.createdBy}};
}

std::optional<OperatorRole> parseRole(Cli &cli, const QString &text, const QString &command)
{
    const auto role = roleFromId(text);
    if (!role) {
        QStringList known;
        for (OperatorRole r : allRoles())
            known << roleId(r);
        cli.usageError(
            Cli::tr("%1: unknown role \"%2\" (known: %3)").arg(command, text, known.join(u", "_s)));
    }
    return role;
}

int runOperatorAdd(Context &c)
{
    if (!c.args.isSet(u"role"_s))
        return c.cli.usageError(Cli::tr("operator add: --role is required"));
    const auto role = parseRole(c.cli, c.args.value(u"role"_s), u"operator add"_s);
    if (!role)
        return Usage;
    auto op = c.manager->addOperator(c.positional.at(0), *role);
    if (!op)
        return c.cli.fail(op.error());
    if (c.cli.json())
        c.cli.printJson(operatorJson(*op));
    else
        c.cli.out() << Cli::tr("added operator %1 (%2)").arg(op->name, roleId(op->role)) << '\n';
    return Ok;
}

int runOperatorList(Context &c)
{
    auto operators = c.manager->operators();
    if (!operators)
        return c.cli.fail(operators.error());
    if (c.cli.json()) {
        QJsonArray array;
        for (const Operator &op : *operators)
            array.append(operatorJson(op));
        c.cli.printJson(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const Operator &op : *operators)
        rows << QStringList {op.name, roleId(op.role), toIsoUtc(op.createdAt), op.createdBy};
    c.cli.printTable({Cli::tr("NAME"), Cli::tr("ROLE"), Cli::tr("ADDED"), Cli::tr("ADDED BY")},
                     rows);
    return Ok;
}

int runOperatorSetRole(Context &c)
{
    const auto role = parseRole(c.cli, c.positional.at(1), u"operator set-role"_s);
    if (!role)
        return Usage;
    auto op = c.manager->setOperatorRole(c.positional.at(0), *role);
    if (!op)
        return c.cli.fail(op.error());
    if (c.cli.json())
        c.cli.printJson(operatorJson(*op));
    else
        c.cli.out() << Cli::tr("%1 is now %2").arg(op->name, roleId(op->role)) << '\n';
    return Ok;
}

int runInfo(Context &c)
{
    auto info = c.manager->info();
    if (!info)
        return c.cli.fail(info.error());
    const bool pg = info->backend == Backend::Postgres;
    if (c.cli.json()) {
        QJsonArray applied;
        for (int v : info->appliedOnOpen)
            applied.append(v);
        QJsonObject o {{u"url"_s, info->url},
                       {u"backend"_s, pg ? u"postgresql"_s : u"sqlite"_s},
                       {u"server_version"_s, info->serverVersion},
                       {u"schema_version"_s, info->schemaVersion},
                       {u"latest_schema_version"_s, info->latestSchemaVersion},
                       {u"applied_now"_s, applied},
                       {u"tenants"_s, info->tenants},
                       {u"operators"_s, info->operators},
                       {u"audit_entries"_s,
                        info->auditEntries < 0 ? QJsonValue() : QJsonValue(info->auditEntries)},
                       {u"operator"_s, info->operatorName},
                       {u"role"_s, roleId(info->role)},
                       {u"database_roles"_s, info->databaseRoles}};
        if (!pg)
            o.insert(u"file_size_bytes"_s, info->fileSizeBytes);
        c.cli.printJson(o);
        return Ok;
    }
    const QLocale locale;
    QList<std::pair<QString, QString>> rows {
        {Cli::tr("database"), info->url},
        {Cli::tr("server"), info->serverVersion},
        {Cli::tr("schema"),
         Cli::tr("version %1 (this program knows up to %2)")
             .arg(info->schemaVersion)
             .arg(info->latestSchemaVersion)},
        {Cli::tr("tenants"), locale.toString(info->tenants)},
        {Cli::tr("operators"), locale.toString(info->operators)},
        {Cli::tr("audit entries"),
         info->auditEntries < 0 ? Cli::tr("(not visible to your role)")
                                : locale.toString(info->auditEntries)},
        {Cli::tr("you are"), info->operatorName + u" ("_s + roleId(info->role) + u')'},
    };
    if (pg)
        rows.append({Cli::tr("database roles"),
                     info->databaseRoles ? Cli::tr("initialised")
                                         : Cli::tr("not initialised (tenancyctl db init-roles)")});
    else
        rows.append({Cli::tr("file size"), Format::bytes(info->fileSizeBytes)});
    for (const auto &[label, value] : rows)
        c.cli.out() << QString(label + u':').leftJustified(16) << value << '\n';
    return Ok;
}

int runMigrate(Context &c)
{
    auto info = c.manager->info();
    if (!info)
        return c.cli.fail(info.error());
    if (c.cli.json()) {
        QJsonArray applied;
        for (int v : info->appliedOnOpen)
            applied.append(v);
        c.cli.printJson(
            QJsonObject {{u"schema_version"_s, info->schemaVersion}, {u"applied"_s, applied}});
        return Ok;
    }
    if (info->appliedOnOpen.isEmpty()) {
        c.cli.out() << Cli::tr("the schema is current (version %1)").arg(info->schemaVersion)
                    << '\n';
    } else {
        QStringList versions;
        for (int v : info->appliedOnOpen)
            versions << QString::number(v);
        c.cli.out() << Cli::tr("migrated to schema version %1 (applied: %2)")
                           .arg(info->schemaVersion)
                           .arg(versions.join(u", "_s))
                    << '\n';
    }
    return Ok;
}

int runInitRoles(Context &c)
{
    if (auto r = c.manager->initDatabaseRoles(); !r)
        return c.cli.fail(r.error());
    const QStringList groups = DatabaseRoles::groupRoles(c.manager->database());
    if (c.cli.json()) {
        c.cli.printJson(QJsonObject {{u"roles"_s, QJsonArray::fromStringList(groups)}});
    } else {
        c.cli.out() << Cli::tr("database roles ready: %1; each operator's login is a member of "
                               "its role's group")
                           .arg(groups.join(u", "_s))
                    << '\n';
    }
    return Ok;
}

int runPasswordSet(Context &c)
{
    if (c.url.backend() != Backend::Postgres)
        return c.cli.usageError(
            Cli::tr("db password set: only PostgreSQL connections have passwords"));
    const QString password = readSecretLine(c.cli);
    if (password.isEmpty())
        return c.cli.usageError(Cli::tr("db password set: no password on standard input"));
    Cli *cli = &c.cli;
    const QString key = c.url.secretKey();
    const bool json = c.cli.json();
    c.cli.secretStore().write(key, password, [cli, key, json](Result<void> r) {
        if (!r)
            return cli->finish(cli->fail(r.error()));
        if (json)
            cli->printJson(QJsonObject {{u"stored"_s, key}});
        else
            cli->out() << Cli::tr("the password for %1 is in the OS keychain").arg(key) << '\n';
        cli->finish(Ok);
    });
    return Later;
}

int runPasswordClear(Context &c)
{
    if (c.url.backend() != Backend::Postgres)
        return c.cli.usageError(
            Cli::tr("db password clear: only PostgreSQL connections have passwords"));
    Cli *cli = &c.cli;
    const QString key = c.url.secretKey();
    c.cli.secretStore().remove(key, [cli, key](Result<void> r) {
        if (!r)
            return cli->finish(cli->fail(r.error()));
        if (!cli->json())
            cli->out() << Cli::tr("no password for %1 is kept in the OS keychain").arg(key) << '\n';
        else
            cli->printJson(QJsonObject {{u"cleared"_s, key}});
        cli->finish(Ok);
    });
    return Later;
}

} // namespace

QList<Command> operatorCommands()
{
    Command add;
    add.path = {u"operator"_s, u"add"_s};
    add.arguments = u"NAME"_s;
    add.positionalCount = 1;
    add.summary = Cli::tr("Register an operator with a role (admin only). On PostgreSQL the "
                          "login joins the role's database group.");
    add.options = {QCommandLineOption(
        u"role"_s, Cli::tr("support, compliance, sales, auditor or admin"), u"ROLE"_s)};
    add.run = runOperatorAdd;

    Command list;
    list.path = {u"operator"_s, u"list"_s};
    list.summary = Cli::tr("List operators and their roles.");
    list.run = runOperatorList;

    Command setRole;
    setRole.path = {u"operator"_s, u"set-role"_s};
    setRole.arguments = u"NAME ROLE"_s;
    setRole.positionalCount = 2;
    setRole.summary = Cli::tr("Change an operator's role (admin only).");
    setRole.run = runOperatorSetRole;

    return {add, list, setRole};
}

namespace {

int runBackupCheck(Context &c)
{
    auto envelope = c.manager->backupEnvelope();
    if (!envelope)
        return c.cli.fail(envelope.error());
    if (c.cli.json())
        c.cli.printJson(envelope->toJson());
    else if (envelope->fits)
        c.cli.out() << Cli::tr("ok: %1").arg(envelope->advice) << '\n';
    if (!envelope->fits)
        return c.cli.fail(Error::make(ErrorCode::NotAllowed, envelope->advice));
    return Ok;
}

int runSettingsShow(Context &c)
{
    auto stored = c.manager->sharedSettings();
    if (!stored)
        return c.cli.fail(stored.error());
    if (c.cli.json()) {
        QJsonObject o;
        for (const SharedSettings::Key &k : SharedSettings::keys()) {
            const QString v = SharedSettings::value(*stored, k.key);
            o.insert(k.key, v.isEmpty() ? QJsonValue() : QJsonValue(v));
        }
        c.cli.printJson(o);
        return Ok;
    }
    QList<QStringList> rows;
    for (const SharedSettings::Key &k : SharedSettings::keys()) {
        const bool set = stored->contains(k.key);
        const QString v = SharedSettings::value(*stored, k.key);
        rows.append({k.key, v.isEmpty() ? u"-"_s : v, set ? Cli::tr("set") : Cli::tr("default"),
                     k.description});
    }
    c.cli.printTable({Cli::tr("SETTING"), Cli::tr("VALUE"), Cli::tr("FROM"), Cli::tr("MEANING")},
                     rows);
    return Ok;
}

int runSettingsChange(Context &c, std::optional<QString> value)
{
    if (!c.args.isSet(u"reason"_s))
        return c.cli.usageError(Cli::tr("settings: --reason is required"));
    const QString key = c.positional.at(0);
    if (auto r = c.manager->setSharedSetting(key, value, c.args.value(u"reason"_s)); !r)
        return c.cli.fail(r.error());
    auto stored = c.manager->sharedSettings();
    if (!stored)
        return c.cli.fail(stored.error());
    const QString now = SharedSettings::value(*stored, key);
    if (c.cli.json())
        c.cli.printJson(QJsonObject {{key, now.isEmpty() ? QJsonValue() : QJsonValue(now)}});
    else
        c.cli.out() << key << " = " << (now.isEmpty() ? u"-"_s : now) << '\n';
    return Ok;
}

} // namespace

QList<Command> settingsCommands()
{
    const QCommandLineOption reason = option(u"reason"_s, Cli::tr("why (required)"), u"TEXT"_s);
    Command show;
    show.path = {u"settings"_s, u"show"_s};
    show.summary = Cli::tr("The settings the team shares in this database (the cluster "
                           "orchestrator, the health URL).");
    show.run = runSettingsShow;

    Command set;
    set.path = {u"settings"_s, u"set"_s};
    set.arguments = u"KEY VALUE"_s;
    set.positionalCount = 2;
    set.summary = Cli::tr("Change a shared setting (admin; checked and audited).");
    set.options = {reason};
    set.run = [](Context &c) {
        return runSettingsChange(c, c.positional.at(1));
    };

    Command unset;
    unset.path = {u"settings"_s, u"unset"_s};
    unset.arguments = u"KEY"_s;
    unset.positionalCount = 1;
    unset.summary = Cli::tr("Put a shared setting back to its default (admin; audited).");
    unset.options = {reason};
    unset.run = [](Context &c) {
        return runSettingsChange(c, std::nullopt);
    };
    return {show, set, unset};
}

QList<Command> databaseCommands()
{
    Command info;
    info.path = {u"db"_s, u"info"_s};
    info.summary = Cli::tr("Show the database, its schema version and who you are in it.");
    info.run = runInfo;

    Command migrate;
    migrate.path = {u"db"_s, u"migrate"_s};
    migrate.summary = Cli::tr("Bring the schema up to date (also done whenever a database is "
                              "opened); a newer schema is refused untouched.");
    migrate.run = runMigrate;

    Command initRoles;
    initRoles.path = {u"db"_s, u"init-roles"_s};
    initRoles.summary = Cli::tr("PostgreSQL: create database roles with GRANTs matching the "
                                "operator roles (admin only).");
    initRoles.run = runInitRoles;

    Command passwordSet;
    passwordSet.path = {u"db"_s, u"password"_s, u"set"_s};
    passwordSet.summary = Cli::tr("PostgreSQL: read the login's password from standard input "
                                  "and keep it in the OS keychain.");
    passwordSet.needs = Command::Needs::Url;
    passwordSet.run = runPasswordSet;

    Command passwordClear;
    passwordClear.path = {u"db"_s, u"password"_s, u"clear"_s};
    passwordClear.summary = Cli::tr("PostgreSQL: remove the login's password from the OS "
                                    "keychain.");
    passwordClear.needs = Command::Needs::Url;
    passwordClear.run = runPasswordClear;

    Command backupCheck;
    backupCheck.path = {u"db"_s, u"backup-check"_s};
    backupCheck.summary = Cli::tr("Before a full backup (pg_dump): does it fit in PostgreSQL's "
                                  "lock table, and what to raise if not.");
    backupCheck.run = runBackupCheck;

    return {info, migrate, initRoles, backupCheck, passwordSet, passwordClear};
}

} // namespace Tenancy::Ctl
