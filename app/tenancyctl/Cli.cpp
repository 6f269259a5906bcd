#include "Cli.h"

#include "security/SecretStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tenancy::Ctl {

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Usage:
        return Usage;
    case ErrorCode::PermissionDenied:
        return NotPermitted;
    case ErrorCode::NotFound:
        return NotFound;
    case ErrorCode::Conflict:
        return Stale;
    case ErrorCode::Invalid:
    case ErrorCode::AlreadyExists:
    case ErrorCode::NotAllowed:
    case ErrorCode::Storage:
    case ErrorCode::Unavailable:
    case ErrorCode::Catalog:
    case ErrorCode::Cancelled:
        return Failed;
    }
    return Failed;
}

void printAuditEntriesJson(Context &c, const QList<AuditEntry> &entries)
{
    QJsonArray array;
    for (const AuditEntry &e : entries)
        array.append(e.toJson());
    c.cli.printJson(array);
}

std::optional<int> parseCount(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return int(value);
}

Result<QByteArray> readInputFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(path,
                              Cli::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    return file.readAll();
}

QCommandLineOption option(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    }
    return items;
}

Cli::Cli(QStringList arguments, QTextStream &out, QTextStream &err)
    : m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
{
    m_commands << catalogCommands() << tenantCommands() << configCommands() << policyCommands()
               << provisionCommands() << operatorCommands() << scalingCommands() << usageCommands()
               << auditCommands() << complianceCommands() << settingsCommands()
               << databaseCommands();
}

Cli::~Cli() = default;

SecretStore &Cli::secretStore()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>(QCoreApplication::applicationName());
    return *m_secrets;
}

void Cli::finish(int status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(status);
}

int Cli::fail(const Error &error)
{
    QString message = error.message;
    message.replace(u'\n', u' ');
    m_err << "tenancyctl: error: " << message << Qt::endl;
    return exitCodeFor(error);
}

int Cli::usageError(const QString &message)
{
    m_err << "tenancyctl: error: " << message << Qt::endl;
    return Usage;
}

void Cli::printJson(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc.setArray(value.toArray());
    else
        doc.setObject(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Cli::printTable(const QStringList &header, const QList<QStringList> &rows, QTextStream *stream)
{
    QTextStream &to = stream ? *stream : m_out;
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                text += cells[i].leftJustified(widths[i]) + u"  "_s;
            else
                text += cells[i];
        }
        to << text << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    to.flush();
}

const Command *Cli::findCommand(const QStringList &words, int *consumed) const
{
    const Command *best = nullptr;
    for (const Command &c : m_commands) {
        if (c.path.size() > words.size())
            continue;
        bool match = true;
        for (qsizetype i = 0; i < c.path.size(); ++i)
            match = match && words[i] == c.path[i];
        if (match && (!best || c.path.size() > best->path.size()))
            best = &c;
    }
    if (best && consumed)
        *consumed = int(best->path.size());
    return best;
}

void Cli::printOverview(QTextStream &stream) const
{
    stream << tr("Usage: tenancyctl [--db URL] [--as OPERATOR] [--json] COMMAND [options]")
           << "\n\n"
           << tr("Tenancy Console's command line: tenants, tiers, operators and the database.")
           << "\n\n"
           << tr("Commands:") << '\n';
    for (const Command &c : m_commands) {
        QString synopsis = c.path.join(u' ');
        if (!c.arguments.isEmpty())
            synopsis += u' ' + c.arguments;
        stream << "  " << synopsis.leftJustified(34) << ' ' << c.summary << '\n';
    }
    stream << '\n'
           << tr("Global options:") << '\n'
           << "  --db URL       "
           << tr("sqlite:///path or postgresql://user@host:port/db?sslmode=... "
                 "(default: $TENANCY_DB, else the local SQLite file)")
           << '\n'
           << "  --as OPERATOR  "
           << tr("who is acting, on SQLite (default: $TENANCY_OPERATOR, else the OS user)") << '\n'
           << "  --json         " << tr("machine-readable output on stdout") << '\n'
           << "  -h, --help     " << tr("help for tenancyctl or for a command") << '\n'
           << "  --version      " << tr("the version") << "\n\n"
           << tr("Exit status: 0 ok, 1 operation failed, 2 usage, 3 not permitted, 4 not found, "
                 "5 stale version.")
           << '\n';
    stream.flush();
}

void Cli::printGroup(QTextStream &stream, const QString &group) const
{
    stream << tr("Usage: tenancyctl %1 COMMAND [options]").arg(group) << "\n\n"
           << tr("Commands:") << '\n';
    for (const Command &c : m_commands) {
        if (c.path.first() != group)
            continue;
        QString synopsis = c.path.join(u' ');
        if (!c.arguments.isEmpty())
            synopsis += u' ' + c.arguments;
        stream << "  " << synopsis.leftJustified(34) << ' ' << c.summary << '\n';
    }
    stream.flush();
}

void Cli::start()
{
    // Global options may stand anywhere; the rest is the command and its own options.
    QStringList rest;
    bool help = false;
    for (qsizetype i = 1; i < m_arguments.size(); ++i) {
        const QString &arg = m_arguments[i];
        auto takeValue = [&](const QString &name, QString *target) -> bool {
            if (arg.startsWith(name + u'='))
                *target = arg.mid(name.size() + 1);
            else if (i + 1 < m_arguments.size())
                *target = m_arguments[++i];
            else
                return false;
            return !target->isEmpty();
        };
        if (arg == u"--db"_s || arg.startsWith(u"--db="_s)) {
            // An empty --db (say, from an unset variable) must not quietly mean the default.
            if (!takeValue(u"--db"_s, &m_db))
                return finish(usageError(tr("--db needs a URL")));
        } else if (arg == u"--as"_s || arg.startsWith(u"--as="_s)) {
            if (!takeValue(u"--as"_s, &m_as))
                return finish(usageError(tr("--as needs an operator name")));
        } else if (arg == u"--json"_s) {
            m_json = true;
        } else if (arg == u"-h"_s || arg == u"--help"_s) {
            help = true;
        } else if (arg == u"--version"_s) {
            m_out << "tenancyctl " << QCoreApplication::applicationVersion() << '\n';
            return finish(Ok);
        } else {
            rest << arg;
        }
    }

    QStringList words;
    for (const QString &r : rest) {
        if (r.startsWith(u'-')) {
            // Before the command only the global options may stand.
            if (words.isEmpty())
                return finish(usageError(
                    tr("unknown option \"%1\" before the command (see tenancyctl --help)").arg(r)));
            break;
        }
        words << r;
    }
    if (words.isEmpty()) {
        if (help) {
            printOverview(m_out);
            return finish(Ok);
        }
        return finish(usageError(tr("a command is needed (see tenancyctl --help)")));
    }
    int consumed = 0;
    const Command *command = findCommand(words, &consumed);
    if (!command) {
        bool isGroup = false;
        for (const Command &c : m_commands)
            isGroup = isGroup || (c.path.size() > 1 && c.path.first() == words.first());
        if (isGroup) {
            if (help) {
                printGroup(m_out, words.first());
                return finish(Ok);
            }
            if (words.size() == 1)
                return finish(usageError(
                    tr("\"%1\" needs a command (see tenancyctl %1 --help)").arg(words.first())));
            return finish(usageError(tr("unknown command \"%1\" (see tenancyctl %2 --help)")
                                         .arg(words.mid(0, 2).join(u' '), words.first())));
        }
        return finish(
            usageError(tr("unknown command \"%1\" (see tenancyctl --help)").arg(words.first())));
    }
    if (help)
        rest << u"--help"_s;
    runCommand(*command, rest.mid(consumed));
}

void Cli::runCommand(const Command &command, const QStringList &rest)
{
    auto parser = std::make_shared<QCommandLineParser>();
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    parser->addOption(helpOption);
    for (const QCommandLineOption &o : command.options)
        parser->addOption(o);
    const QString name = command.path.join(u' ');
    if (!parser->parse(QStringList {u"tenancyctl"_s} + rest))
        return finish(usageError(tr("%1: %2").arg(name, parser->errorText())));

    if (parser->isSet(helpOption)) {
        QString synopsis = u"tenancyctl [--db URL] [--as OPERATOR] [--json] "_s + name;
        if (!command.arguments.isEmpty())
            synopsis += u' ' + command.arguments;
        if (!command.options.isEmpty())
            synopsis += u" [options]"_s;
        m_out << tr("Usage: %1").arg(synopsis) << "\n\n" << command.summary << '\n';
        if (!command.options.isEmpty()) {
            m_out << '\n' << tr("Options:") << '\n';
            for (const QCommandLineOption &o : command.options) {
                QString names;
                for (const QString &n : o.names())
                    names += (names.isEmpty() ? QString() : u", "_s)
                        + (n.size() == 1 ? u"-"_s : u"--"_s) + n;
                if (!o.valueName().isEmpty())
                    names += u' ' + o.valueName();
                m_out << "  " << names.leftJustified(24) << ' ' << o.description() << '\n';
            }
        }
        return finish(Ok);
    }

    const QStringList positional = parser->positionalArguments();
    const int most = command.positionalCount + command.optionalPositionalCount;
    if (positional.size() < command.positionalCount || positional.size() > most) {
        if (positional.size() < command.positionalCount)
            return finish(usageError(tr("%1: missing %2").arg(name, command.arguments)));
        return finish(
            usageError(tr("%1: unexpected argument \"%2\"").arg(name, positional.at(most))));
    }

    if (!m_catalog) {
        const QString dir = qEnvironmentVariable("TENANCY_CATALOG_DIR");
        auto catalog = Catalog::load(dir.isEmpty() ? Catalog::builtinDirectory() : dir);
        if (!catalog)
            return finish(fail(catalog.error()));
        m_catalog = std::make_shared<const Catalog>(std::move(catalog).value());
    }

    if (command.needs == Command::Needs::Catalog) {
        Context context {*this, *parser, positional, *m_catalog, nullptr, {}};
        if (const int status = command.run(context); status != Later)
            finish(status);
        return;
    }

    auto url = DatabaseUrl::resolve(m_db);
    if (!url) {
        Error e = url.error();
        e.code = ErrorCode::Usage;
        return finish(fail(e));
    }
    if (command.needs == Command::Needs::Url) {
        Context context {*this, *parser, positional, *m_catalog, nullptr, *url};
        if (const int status = command.run(context); status != Later)
            finish(status);
        return;
    }
    openDatabase(command, parser, positional, *url);
}

void Cli::openDatabase(const Command &command, std::shared_ptr<QCommandLineParser> parser,
                       QStringList positional, const DatabaseUrl &url)
{
    auto proceed = [this, &command, parser, positional, url](const QString &password,
                                                             const QString &keychainNote) {
        auto db = Database::open(url, password);
        if (!db) {
            Error e = db.error();
            if (!keychainNote.isEmpty())
                e.message += u" ("_s + keychainNote + u')';
            return finish(fail(e));
        }
        static const SystemClock clock;
        auto manager = TenantManager::open(std::move(db).value(), m_catalog, m_as, clock);
        if (!manager)
            return finish(fail(manager.error()));
        m_manager = std::move(manager).value();
        Context context {*this, *parser, positional, *m_catalog, m_manager.get(), url};
        if (const int status = command.run(context); status != Later)
            finish(status);
    };

    if (url.backend() == Backend::Sqlite || qEnvironmentVariableIsSet("PGPASSWORD"))
        return proceed({}, {});

    // The password comes from the OS keychain when it has one for this login; otherwise libpq
    // looks in .pgpass (or the server needs none).
    secretStore().read(url.secretKey(), [proceed](Result<std::optional<QString>> secret) {
        if (!secret)
            return proceed({}, tr("no password from the keychain: %1").arg(secret.error().message));
        proceed(secret->value_or(QString()), {});
    });
}

} // namespace Tenancy::Ctl
