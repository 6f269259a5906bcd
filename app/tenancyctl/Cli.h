#pragma once

#include "TenantManager.h"
#include "model/Catalog.h"
#include "store/DatabaseUrl.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Tenancy {
class SecretStore;
}

namespace Tenancy::Ctl {

// Exit statuses of tenancyctl.
enum Exit { Ok = 0, Failed = 1, Usage = 2, NotPermitted = 3, NotFound = 4, Stale = 5 };
// Returned by a handler that finishes later, through Cli::finish() (e.g. after the keychain).
constexpr int Later = -1;
int exitCodeFor(const Error &error);

class Cli;

// What a command handler gets.
struct Context
{
    Cli &cli;
    QCommandLineParser &args;
    QStringList positional;
    const Catalog &catalog;
    TenantManager *manager = nullptr; // set for commands that need the database
    DatabaseUrl url;
};

struct Command
{
    enum class Needs { Catalog, Url, Manager };
    QStringList path; // {"tenant", "create"}
    QString arguments; // "ID" as shown in usage
    int positionalCount = 0;
    QString summary;
    QList<QCommandLineOption> options;
    Needs needs = Needs::Manager;
    std::function<int(Context &)> run; // an exit status, or Later
    int optionalPositionalCount = 0; // how many more may follow ("[ID]")
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::Ctl::Cli)

public:
    Cli(QStringList arguments, QTextStream &out, QTextStream &err);
    ~Cli();

    // Runs the command line; calls QCoreApplication::exit(status) when done (possibly later,
    // after asynchronous work such as a keychain lookup).
    void start();
    void finish(int status);

    bool json() const { return m_json; }
    // The command line as given (the program first).
    const QStringList &arguments() const { return m_arguments; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // "tenancyctl: error: <message>" on stderr, and the matching exit status.
    int fail(const Error &error);
    int usageError(const QString &message);
    void printJson(const QJsonValue &value);
    // Plain text table with a header row; column widths from the content.
    void printTable(const QStringList &header, const QList<QStringList> &rows,
                    QTextStream *stream = nullptr); // default: out()

    SecretStore &secretStore();
    std::shared_ptr<const Catalog> sharedCatalog() const { return m_catalog; }

private:
    const Command *findCommand(const QStringList &words, int *consumed) const;
    void printOverview(QTextStream &stream) const;
    void printGroup(QTextStream &stream, const QString &group) const;
    void runCommand(const Command &command, const QStringList &rest);
    void openDatabase(const Command &command, std::shared_ptr<QCommandLineParser> parser,
                      QStringList positional, const DatabaseUrl &url);

    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    QString m_db;
    QString m_as;
    QList<Command> m_commands;
    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<SecretStore> m_secrets;
    // The command's manager: kept until the end, for commands that finish later.
    std::unique_ptr<TenantManager> m_manager;
    bool m_finished = false;
};

// Command tables, one per area (each in its own file).
QList<Command> tenantCommands();
QList<Command> operatorCommands();
QList<Command> databaseCommands();
QList<Command> catalogCommands();
QList<Command> configCommands();
QList<Command> policyCommands();
QList<Command> provisionCommands();
QList<Command> settingsCommands();
QList<Command> scalingCommands();
QList<Command> usageCommands();
QList<Command> auditCommands();
QList<Command> complianceCommands();

// Helpers shared by the command files.
std::optional<int> parseCount(const QString &text, qint64 min, qint64 max);
// A file given on the command line, whole; the error names it ("x.csv: cannot be read: ...").
Result<QByteArray> readInputFile(const QString &path);
QStringList splitList(const QString &text);
QCommandLineOption option(const QString &name, const QString &description,
                          const QString &valueName = {});
// Audit entries as a JSON array (oldest last, as given).
void printAuditEntriesJson(Context &c, const QList<AuditEntry> &entries);
// A tenant's configuration revisions as a table (or JSON).
int printRevisions(Context &c, const QString &id);
// --set PATH=VALUE options, parsed (a usage error names the bad one).
Result<QList<std::pair<QString, QJsonValue>>> setOptions(Context &c);
// --NAME N as a version number; a bad one sets *status to the usage error's.
std::optional<int> versionOption(Context &c, const QString &name, int *status);
// A configuration change (or dry run) as +/-/~ lines (or JSON).
void printChanges(Cli &cli, const ConfigChangeResult &result);
// Applies request with the write options (--reason, --dry-run, --expect-version) and prints
// the changes; command names the command in usage errors.
int applyChange(Context &c, ConfigChangeRequest &request, const QString &command);
// One line from standard input, without echo (and with a prompt) when it is a terminal.
QString readSecretLine(Cli &cli);

} // namespace Tenancy::Ctl
