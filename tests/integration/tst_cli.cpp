// tenancyctl end to end: the real binary (TENANCYCTL_PATH) run through QProcess with a controlled
// environment, against real SQLite files, the PostgreSQL cluster and the secret service that
// scripts/test starts. Every command of the contract in issue 2: its success path, its exit
// status, its exact JSON shape, and the error rule (exactly one line on stderr starting
// "tenancyctl: error: ", nothing on stdout).
//
// Longer than ~600 lines on purpose: it is the one executable for the whole command-line
// contract, and most of its length is data tables (one per input class).
#include "TestSupport.h"
#include "config/ConfigDiff.h"
#include "provisioning/TenantBackup.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <list>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

namespace {

// Exit statuses of the contract.
enum Status { Ok = 0, Failed = 1, Usage = 2, NotPermitted = 3, NotFound = 4, Stale = 5 };

const QString kErrorPrefix = u"tenancyctl: error: "_s;

// One run of tenancyctl.
struct Run
{
    QStringList args;
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;

    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    QString describe() const
    {
        return u"\n  tenancyctl %1\n  exit: %2%3\n  stdout: %4\n  stderr: %5"_s.arg(
            args.join(u' '), QString::number(exitCode),
            finished ? QString() : u" (did not finish normally)"_s, out.left(3000), err.left(3000));
    }
};

QJsonValue parseJson(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return QJsonValue(QJsonValue::Undefined);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList keysOf(const QJsonValue &value)
{
    return sorted(value.toObject().keys());
}

// A JSON value as compact JSON text: 5, 99.5, "unlimited", null.
QString compact(const QJsonValue &value)
{
    const QString text
        = QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list << v.toString();
    return list;
}

QStringList idsOf(const QJsonValue &array)
{
    QStringList ids;
    for (const QJsonValue &v : array.toArray())
        ids << v.toObject().value(u"id"_s).toString();
    return ids;
}

QList<int> ints(const QJsonValue &array)
{
    QList<int> list;
    for (const QJsonValue &v : array.toArray())
        list << v.toInt(-1);
    return list;
}

bool isIsoUtc(const QString &text)
{
    return text.endsWith(u'Z') && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

const QStringList &listKeys()
{
    static const QStringList keys
        = sorted({u"id"_s, u"name"_s, u"tier"_s, u"status"_s, u"owner_email"_s, u"region"_s,
                  u"industry"_s, u"compliance"_s, u"version"_s, u"configuration_revision"_s,
                  u"created_at"_s, u"created_by"_s, u"updated_at"_s, u"updated_by"_s,
                  u"isolation"_s, u"legal_hold"_s, u"purge_after"_s});
    return keys;
}

const QStringList &showKeys()
{
    static const QStringList keys = sorted(listKeys() + QStringList {u"configuration"_s});
    return keys;
}

const QStringList &auditKeys()
{
    static const QStringList keys = sorted(
        {u"seq"_s, u"at"_s, u"operator"_s, u"role"_s, u"action"_s, u"tenant_id"_s, u"target"_s,
         u"before"_s, u"after"_s, u"reason"_s, u"client_host"_s, u"prev_hash"_s, u"hash"_s});
    return keys;
}

const QStringList &operatorKeys()
{
    static const QStringList keys
        = sorted({u"name"_s, u"role"_s, u"created_at"_s, u"created_by"_s});
    return keys;
}

const QStringList &infoKeys(bool sqlite)
{
    static const QStringList postgres
        = sorted({u"url"_s, u"backend"_s, u"server_version"_s, u"schema_version"_s,
                  u"latest_schema_version"_s, u"applied_now"_s, u"tenants"_s, u"operators"_s,
                  u"audit_entries"_s, u"operator"_s, u"role"_s, u"database_roles"_s});
    static const QStringList file = sorted(postgres + QStringList {u"file_size_bytes"_s});
    return sqlite ? file : postgres;
}

QList<int> allMigrations()
{
    QList<int> versions;
    for (int v = 1; v <= Migrator::latestVersion(); ++v)
        versions << v;
    return versions;
}

bool copyDirectory(const QString &from, const QString &to)
{
    const QDir source(from);
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + source.relativeFilePath(path);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target))
            return false;
    }
    return true;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A login with a password that owns a fresh database: over TCP the throwaway cluster asks for
// that password (scram-sha-256), so it has to come from somewhere (here: the keychain).
class PasswordLogin
{
public:
    PasswordLogin(const PostgresServer &server, const QString &tag)
        : m_server(server)
        , m_login(u"kc_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(tag))
        , m_password(u"S3cret-"_s + QUuid::createUuid().toString(QUuid::Id128))
    {
        m_db.emplace(server);
        if (!m_db->ok()) {
            m_error = u"cannot create a test database"_s;
            return;
        }
        m_created = m_db->execAsSuperuser(
            u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(m_login, m_password), &m_error);
        // In PostgreSQL 15 the public schema belongs to the database owner: the login can
        // migrate its own database.
        m_ok = m_created
            && m_db->execAsSuperuser(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(m_db->name(), m_login),
                                     &m_error);
    }
    ~PasswordLogin()
    {
        // The database (whose objects belong to the login) goes first, then the login.
        m_db.reset();
        if (m_created)
            psql(m_server, u"postgres"_s, m_server.superuser, u"DROP ROLE IF EXISTS "_s + m_login);
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString login() const { return m_login; }
    QString password() const { return m_password; }
    // Over TCP, where the server demands the password.
    QString url() const
    {
        return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(m_login)
            .arg(m_server.port)
            .arg(m_db->name());
    }

private:
    PostgresServer m_server;
    std::optional<PostgresDatabase> m_db;
    QString m_login;
    QString m_password;
    QString m_error;
    bool m_created = false;
    bool m_ok = false;
};

} // namespace

// A successful run: exit status 0.
#define CTL_VERIFY_OK(run)                                                                         \
    do {                                                                                           \
        const Run &r_ = (run);                                                                     \
        QVERIFY2(r_.finished, qPrintable(r_.describe()));                                          \
        QVERIFY2(r_.exitCode == Ok, qPrintable(u"expected success:"_s + r_.describe()));           \
    } while (false)

// A failed run: the exit status, nothing on stdout, and exactly one line on stderr that starts
// with "tenancyctl: error: " and mentions needle (case-insensitive).
#define CTL_VERIFY_ERROR(run, status, needle)                                                      \
    do {                                                                                           \
        const Run &r_ = (run);                                                                     \
        QVERIFY2(r_.finished, qPrintable(r_.describe()));                                          \
        QVERIFY2(r_.exitCode == int(status),                                                       \
                 qPrintable(u"expected exit status %1:"_s.arg(int(status)) + r_.describe()));      \
        QVERIFY2(r_.out.isEmpty(),                                                                 \
                 qPrintable(u"stdout must stay empty on error:"_s + r_.describe()));               \
        const QStringList lines_ = r_.errLines();                                                  \
        QVERIFY2(!lines_.isEmpty() && lines_.last().startsWith(kErrorPrefix),                      \
                 qPrintable(u"expected \"tenancyctl: error: ...\" on stderr:"_s + r_.describe())); \
        QVERIFY2(lines_.last().contains(QString(needle), Qt::CaseInsensitive),                     \
                 qPrintable(u"the error should mention \"%1\":"_s.arg(QString(needle))             \
                            + r_.describe()));                                                     \
        QVERIFY2(                                                                                  \
            lines_.size() == 1,                                                                    \
            qPrintable(u"an error is exactly one line on stderr, got %1:"_s.arg(lines_.size())     \
                       + r_.describe()));                                                          \
    } while (false)

// Runs, expects success and one JSON document on stdout, and names it `name`.
#define CTL_JSON(name, runExpression)                                                              \
    const Run name##Run = (runExpression);                                                         \
    CTL_VERIFY_OK(name##Run);                                                                      \
    const QJsonValue name = parseJson(name##Run);                                                  \
    QVERIFY2(!name.isUndefined(),                                                                  \
             qPrintable(u"stdout is not one JSON document:"_s + name##Run.describe()))

class tst_Cli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // HOME and XDG dirs of the child: never a real user's data or .pgpass
    std::list<SqliteFile> m_files; // per test, removed in cleanup()
    // alice (admin, the first operator), sam (sales), ann (auditor), sue (support); tenant acme.
    std::unique_ptr<SqliteFile> m_seeded;
    QJsonObject m_seededInfo; // `db info` of m_seeded after setup: errors must not change it
    // `demo --tenants 300 --seed 42`, and all of it as `tenant list --json` returned it.
    std::unique_ptr<SqliteFile> m_fleet;
    QJsonArray m_fleetTenants;
    QHash<QString, QJsonObject> m_fleetById;

    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
             {u"TENANCY_DB"_s, u"TENANCY_OPERATOR"_s, u"TENANCY_CATALOG_DIR"_s, u"PGPASSWORD"_s,
              u"PGPASSFILE"_s, u"PGSERVICE"_s, u"PGSERVICEFILE"_s, u"PGUSER"_s, u"PGHOST"_s,
              u"PGHOSTADDR"_s, u"PGPORT"_s, u"PGDATABASE"_s, u"PGSSLMODE"_s, u"LANGUAGE"_s,
              u"LC_MESSAGES"_s, u"QT_LOGGING_RULES"_s, u"QT_MESSAGE_PATTERN"_s}) {
            env.remove(name);
        }
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"TZ"_s, u"UTC"_s);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        env.insert(u"PGPASSFILE"_s, m_home.filePath(u"no-such-pgpass"_s));
        return env;
    }

    // TENANCY_DB at file; TENANCY_OPERATOR op unless empty.
    QProcessEnvironment sqliteEnvironment(const SqliteFile &file,
                                          const QString &op = u"alice"_s) const
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(u"TENANCY_DB"_s, file.url().toString());
        if (!op.isEmpty())
            env.insert(u"TENANCY_OPERATOR"_s, op);
        return env;
    }

    Run ctl(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {},
            int timeoutMs = 30000) const
    {
        Run run;
        run.args = args;
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_home.path());
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(TENANCYCTL_PATH), args);
        if (!process.waitForStarted(10000)) {
            run.err = u"cannot start "_s + QStringLiteral(TENANCYCTL_PATH);
            return run;
        }
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        const bool done = process.waitForFinished(timeoutMs);
        run.elapsedMs = timer.elapsed();
        if (!done) {
            process.kill();
            process.waitForFinished(5000);
        }
        run.finished = done && process.exitStatus() == QProcess::NormalExit;
        run.exitCode = run.finished ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    SqliteFile &freshFile() { return m_files.emplace_back(); }

    static QStringList createArgs(const QString &id, const QString &name = u"New Tenant"_s,
                                  const QString &tier = u"free"_s,
                                  const QString &owner = u"owner@example.com"_s)
    {
        return {u"tenant"_s, u"create"_s, id,           u"--name"_s, name,
                u"--tier"_s, tier,        u"--owner"_s, owner};
    }

    // What `tenant list` should return for these options, worked out from the whole fleet.
    QStringList expectedIds(const QString &tier, const QString &status, const QString &region,
                            const QString &search, const QString &sort, bool desc, int limit,
                            int offset) const
    {
        const QStringList tierOrder {u"free"_s, u"professional"_s, u"enterprise"_s, u"custom"_s};
        const QString needle = search.trimmed().toLower();
        QList<QJsonObject> rows;
        for (const QJsonValue &v : m_fleetTenants) {
            const QJsonObject t = v.toObject();
            if (!tier.isEmpty() && t.value(u"tier"_s).toString() != tier)
                continue;
            if (!status.isEmpty() && t.value(u"status"_s).toString() != status)
                continue;
            if (!region.isEmpty() && t.value(u"region"_s).toString() != region)
                continue;
            if (!needle.isEmpty()) {
                bool hit = false;
                for (const QString &field : {u"id"_s, u"name"_s, u"owner_email"_s})
                    hit = hit || t.value(field).toString().toLower().contains(needle);
                if (!hit)
                    continue;
            }
            rows << t;
        }
        auto key = [&](const QJsonObject &t) -> QString {
            if (sort == u"id"_s)
                return t.value(u"id"_s).toString();
            if (sort == u"tier"_s)
                return QString::number(tierOrder.indexOf(t.value(u"tier"_s).toString()));
            if (sort == u"region"_s)
                return t.value(u"region"_s).toString();
            if (sort == u"owner"_s)
                return t.value(u"owner_email"_s).toString();
            if (sort == u"created"_s)
                return t.value(u"created_at"_s).toString();
            return t.value(u"name"_s).toString().toLower();
        };
        std::sort(rows.begin(), rows.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            int c = QString::compare(key(a), key(b));
            if (c == 0)
                c = QString::compare(a.value(u"id"_s).toString(), b.value(u"id"_s).toString());
            return desc ? c > 0 : c < 0;
        });
        QStringList ids;
        for (qsizetype i = offset; i < rows.size() && ids.size() < limit; ++i)
            ids << rows.at(i).value(u"id"_s).toString();
        return ids;
    }

    static QJsonObject withoutTimestamps(QJsonObject tenant)
    {
        tenant.remove(u"created_at"_s);
        tenant.remove(u"updated_at"_s);
        return tenant;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(TENANCYCTL_PATH)).isExecutable(), TENANCYCTL_PATH);

        m_seeded = std::make_unique<SqliteFile>();
        const QProcessEnvironment seeded = sqliteEnvironment(*m_seeded);
        CTL_VERIFY_OK(
            ctl(createArgs(u"acme"_s, u"ACME Corp"_s, u"professional"_s, u"it@acme.example"_s),
                seeded));
        for (const auto &[name, role] :
             {std::pair {u"sam"_s, u"sales"_s}, std::pair {u"ann"_s, u"auditor"_s},
              std::pair {u"sue"_s, u"support"_s}}) {
            CTL_VERIFY_OK(ctl({u"operator"_s, u"add"_s, name, u"--role"_s, role}, seeded));
        }
        CTL_JSON(info, ctl({u"--json"_s, u"db"_s, u"info"_s}, seeded));
        m_seededInfo = info.toObject();
        QCOMPARE(m_seededInfo.value(u"tenants"_s).toInt(), 1);
        QCOMPARE(m_seededInfo.value(u"operators"_s).toInt(), 4);

        m_fleet = std::make_unique<SqliteFile>();
        const QProcessEnvironment fleet = sqliteEnvironment(*m_fleet);
        CTL_VERIFY_OK(ctl({u"demo"_s, u"--tenants"_s, u"300"_s, u"--seed"_s, u"42"_s}, fleet));
        CTL_JSON(all, ctl({u"--json"_s, u"tenant"_s, u"list"_s, u"--limit"_s, u"100000"_s}, fleet));
        m_fleetTenants = all.toArray();
        QCOMPARE(m_fleetTenants.size(), 300);
        for (const QJsonValue &v : std::as_const(m_fleetTenants))
            m_fleetById.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
        QCOMPARE(m_fleetById.size(), 300);
    }

    void cleanup() { m_files.clear(); }

    // --help on every command path, group and the program: usage on stdout, exit 0, and no
    // database is created for it.
    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("mentions");

        const QStringList everyCommand {u"tiers"_s,
                                        u"tenant create ID"_s,
                                        u"tenant list"_s,
                                        u"tenant show ID"_s,
                                        u"tenant suspend ID"_s,
                                        u"tenant reactivate ID"_s,
                                        u"tenant history ID"_s,
                                        u"operator add NAME"_s,
                                        u"operator list"_s,
                                        u"operator set-role NAME ROLE"_s,
                                        u"demo"_s,
                                        u"db info"_s,
                                        u"db migrate"_s,
                                        u"db init-roles"_s,
                                        u"db password set"_s,
                                        u"db password clear"_s};
        const QStringList globals {u"--db URL"_s, u"--as OPERATOR"_s, u"--json"_s};
        QTest::newRow("tenancyctl --help")
            << QStringList {u"--help"_s} << u"COMMAND"_s << everyCommand + globals;
        QTest::newRow("tenancyctl -h") << QStringList {u"-h"_s} << u"COMMAND"_s << globals;
        QTest::newRow("tenant --help")
            << QStringList {u"tenant"_s, u"--help"_s} << u"tenant COMMAND"_s
            << QStringList {u"tenant create ID"_s,     u"tenant list"_s,
                            u"tenant show ID"_s,       u"tenant suspend ID"_s,
                            u"tenant reactivate ID"_s, u"tenant history ID"_s};
        QTest::newRow("operator --help")
            << QStringList {u"operator"_s, u"--help"_s} << u"operator COMMAND"_s
            << QStringList {u"operator add NAME"_s, u"operator list"_s,
                            u"operator set-role NAME ROLE"_s};
        QTest::newRow("db --help")
            << QStringList {u"db"_s, u"--help"_s} << u"db COMMAND"_s
            << QStringList {u"db info"_s, u"db migrate"_s, u"db init-roles"_s, u"db password set"_s,
                            u"db password clear"_s};

        const QList<std::pair<QString, QStringList>> leaves {
            {u"tiers"_s, {}},
            {u"tenant create"_s,
             {u"--name NAME"_s, u"--tier TIER"_s, u"--owner EMAIL"_s, u"--region REGION"_s,
              u"--industry"_s, u"--compliance"_s}},
            {u"tenant list"_s,
             {u"--tier"_s, u"--status"_s, u"--region"_s, u"--search"_s, u"--limit"_s, u"--offset"_s,
              u"--sort"_s, u"--desc"_s}},
            {u"tenant show"_s, {}},
            {u"tenant suspend"_s, {u"--reason"_s, u"--if-version"_s}},
            {u"tenant reactivate"_s, {u"--reason"_s, u"--if-version"_s}},
            {u"tenant history"_s, {u"--limit"_s}},
            {u"operator add"_s, {u"--role"_s}},
            {u"operator list"_s, {}},
            {u"operator set-role"_s, {}},
            {u"demo"_s, {u"--tenants"_s, u"--seed"_s}},
            {u"db info"_s, {}},
            {u"db migrate"_s, {}},
            {u"db init-roles"_s, {}},
            {u"db password set"_s, {}},
            {u"db password clear"_s, {}},
        };
        for (const auto &[path, options] : leaves) {
            QTest::addRow("%s --help", qPrintable(path))
                << path.split(u' ') + QStringList {u"--help"_s} << path << options;
        }
        QTest::newRow("--help before the command")
            << QStringList {u"--help"_s, u"tenant"_s, u"create"_s} << u"tenant create"_s
            << QStringList {u"--name NAME"_s};
        QTest::newRow("-h after a positional")
            << QStringList {u"tenant"_s, u"show"_s, u"acme"_s, u"-h"_s} << u"tenant show"_s
            << QStringList {};
        QTest::newRow("--help with --json")
            << QStringList {u"--json"_s, u"tenant"_s, u"list"_s, u"--help"_s} << u"tenant list"_s
            << QStringList {u"--search"_s};
    }

    void help()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, path);
        QFETCH(QStringList, mentions);
        const SqliteFile &file = freshFile();
        const Run run = ctl(args, sqliteEnvironment(file));
        CTL_VERIFY_OK(run);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
        const QString firstLine = run.out.section(u'\n', 0, 0);
        QVERIFY2(firstLine.startsWith(u"Usage: tenancyctl"_s), qPrintable(run.describe()));
        QVERIFY2(firstLine.contains(path), qPrintable(run.describe()));
        for (const QString &mention : mentions)
            QVERIFY2(run.out.contains(mention), qPrintable(mention + run.describe()));
        QVERIFY2(!QFile::exists(file.path()), "--help must not create a database");
    }

    // `tiers --json`: every tier with exactly the contract's keys and the DOMAIN.md values.
    void tiers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QStringList>("limits"); // users, storage, AI, API, integrations
        QTest::addColumn<QString>("support");
        QTest::addColumn<QString>("sla");
        QTest::addColumn<QString>("infrastructure");
        QTest::addColumn<QString>("isolation");
        QTest::addColumn<QString>("price");

        const QString unlimited = u"\"unlimited\""_s;
        QTest::newRow("free") << u"free"_s << u"Free"_s
                              << QStringList {u"5"_s, u"1000000000"_s, u"50"_s, u"100"_s, u"1"_s}
                              << u"community"_s << u"99"_s << u"shared"_s << u"shared"_s << u"0"_s;
        QTest::newRow("professional")
            << u"professional"_s << u"Professional"_s
            << QStringList {u"100"_s, u"100000000000"_s, u"5000"_s, u"10000"_s, u"25"_s}
            << u"business"_s << u"99.5"_s << u"shared"_s << u"schema"_s << u"29900"_s;
        QTest::newRow("enterprise")
            << u"enterprise"_s << u"Enterprise"_s
            << QStringList {u"10000"_s, u"10000000000000"_s, unlimited, u"1000000"_s, unlimited}
            << u"premium"_s << u"99.9"_s << u"dedicated"_s << u"database"_s << u"249900"_s;
        QTest::newRow("custom") << u"custom"_s << u"Custom"_s
                                << QStringList {unlimited, unlimited, unlimited, unlimited,
                                                unlimited}
                                << u"white_glove"_s << u"99.99"_s << u"dedicated_cluster"_s
                                << u"cluster"_s << u"null"_s;
    }

    void tiers()
    {
        QFETCH(QString, name);
        QFETCH(QString, displayName);
        QFETCH(QStringList, limits);
        QFETCH(QString, support);
        QFETCH(QString, sla);
        QFETCH(QString, infrastructure);
        QFETCH(QString, isolation);
        QFETCH(QString, price);

        const SqliteFile &file = freshFile();
        CTL_JSON(tiers, ctl({u"--json"_s, u"tiers"_s}, sqliteEnvironment(file)));
        QVERIFY(tiers.isArray());
        QStringList names;
        QJsonObject tier;
        for (const QJsonValue &v : tiers.toArray()) {
            names << v.toObject().value(u"name"_s).toString();
            if (names.last() == name)
                tier = v.toObject();
        }
        QCOMPARE(names, (QStringList {u"free"_s, u"professional"_s, u"enterprise"_s, u"custom"_s}));
        QCOMPARE(keysOf(tier),
                 sorted({u"name"_s, u"display_name"_s, u"limits"_s, u"support_level"_s,
                         u"sla_percent"_s, u"infrastructure"_s, u"default_isolation"_s,
                         u"monthly_price_minor"_s, u"currency"_s}));
        const QJsonObject limitsObject = tier.value(u"limits"_s).toObject();
        const QStringList limitKeys {u"users"_s, u"storage_bytes"_s, u"ai_sessions_per_month"_s,
                                     u"api_requests_per_hour"_s, u"custom_integrations"_s};
        QCOMPARE(keysOf(limitsObject), sorted(limitKeys));
        for (qsizetype i = 0; i < limitKeys.size(); ++i)
            QCOMPARE(compact(limitsObject.value(limitKeys[i])), limits[i]);
        QCOMPARE(compact(tier.value(u"display_name"_s)), u"\"%1\""_s.arg(displayName));
        QCOMPARE(compact(tier.value(u"support_level"_s)), u"\"%1\""_s.arg(support));
        QCOMPARE(compact(tier.value(u"sla_percent"_s)), sla);
        QCOMPARE(compact(tier.value(u"infrastructure"_s)), u"\"%1\""_s.arg(infrastructure));
        QCOMPARE(compact(tier.value(u"default_isolation"_s)), u"\"%1\""_s.arg(isolation));
        QCOMPARE(compact(tier.value(u"monthly_price_minor"_s)), price);
        QCOMPARE(compact(tier.value(u"currency"_s)), u"\"USD\""_s);
        // The catalog needs no database.
        QVERIFY(!QFile::exists(file.path()));
    }

    // Plain-text output of every read command: exit 0 and what a person looks for.
    void plainText_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("tiers") << QStringList {u"tiers"_s}
                               << QStringList {u"enterprise"_s, u"unlimited"_s, u"10^9"_s};
        QTest::newRow("tenant list")
            << QStringList {u"tenant"_s, u"list"_s} << QStringList {u"acme"_s, u"ACME Corp"_s};
        QTest::newRow("tenant show")
            << QStringList {u"tenant"_s, u"show"_s, u"acme"_s}
            << QStringList {u"ACME Corp"_s, u"professional"_s, u"it@acme.example"_s};
        QTest::newRow("tenant history") << QStringList {u"tenant"_s, u"history"_s, u"acme"_s}
                                        << QStringList {u"tenant.create"_s, u"alice"_s};
        QTest::newRow("operator list") << QStringList {u"operator"_s, u"list"_s}
                                       << QStringList {u"alice"_s, u"sam"_s, u"sales"_s};
        QTest::newRow("db info") << QStringList {u"db"_s, u"info"_s}
                                 << QStringList {u"tenancy.sqlite"_s, u"alice (admin)"_s};
        QTest::newRow("db migrate")
            << QStringList {u"db"_s, u"migrate"_s} << QStringList {u"current"_s};
    }

    void plainText()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, mentions);
        const Run run = ctl(args, sqliteEnvironment(*m_seeded));
        CTL_VERIFY_OK(run);
        for (const QString &mention : mentions)
            QVERIFY2(run.out.contains(mention), qPrintable(mention + run.describe()));
    }

    // `tenant create --json` and `tenant show --json`: the exact key set, and what went in.
    // Templates and configuration from the command line: validate with FILE:LINE:COL, apply
    // with overrides (dry run first), history of revisions, rollback.
    void securityPolicies()
    {
        const SqliteFile &file = freshFile();
        QProcessEnvironment env = sqliteEnvironment(file);
        env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s); // every log line there is
        CTL_VERIFY_OK(ctl({u"tenant"_s, u"create"_s, u"acme"_s, u"--name"_s, u"Acme"_s, u"--tier"_s,
                           u"professional"_s, u"--owner"_s, u"it@acme.example"_s},
                          env));

        // The password comes on standard input; exit status 0 when the policy is satisfied.
        const QByteArray secret = "Zq7!unique-Marmot-4471";
        const Run good = ctl({u"policy"_s, u"check-password"_s, u"acme"_s, u"--user"_s, u"alice"_s},
                             env, secret + '\n');
        CTL_VERIFY_OK(good);
        QVERIFY2(good.out.contains(u"satisfies the policy"_s), qPrintable(good.describe()));
        const Run bad = ctl({u"policy"_s, u"check-password"_s, u"acme"_s, u"--user"_s, u"alice"_s},
                            env, "alice-99\n");
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.out.contains(u"min_length"_s) && bad.out.contains(u"not_username"_s)
                     && bad.out.contains(u"strength"_s),
                 qPrintable(bad.describe()));
        const Run verdictRun
            = ctl({u"--json"_s, u"policy"_s, u"check-password"_s, u"acme"_s}, env, "password\n");
        QCOMPARE(verdictRun.exitCode, 1);
        const QJsonValue verdict = parseJson(verdictRun);
        QCOMPARE(verdict[u"acceptable"_s].toBool(), false);
        QVERIFY(verdict[u"score"_s].toInt() < 10);
        // Nothing of the password outlives the command: not in its output or logs, not in the
        // database (nor its write-ahead log).
        for (const Run *r : {&good, &bad, &verdictRun})
            QVERIFY2(!(r->out + r->err).toUtf8().contains(secret), qPrintable(r->describe()));
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            QFile db(file.path() + suffix);
            if (db.open(QIODevice::ReadOnly))
                QVERIFY2(!db.readAll().contains(secret), qPrintable(db.fileName()));
        }

        // Conformance: MFA is not required on the professional tier, which PCI DSS 8.4.2 asks.
        const Run pci
            = ctl({u"policy"_s, u"conformance"_s, u"acme"_s, u"--framework"_s, u"pci"_s}, env);
        CTL_VERIFY_OK(pci);
        QVERIFY2(pci.out.contains(u"8.4.2"_s) && pci.out.contains(u"FAIL"_s)
                     && pci.out.contains(u"--set security.mfa_config.required=true"_s)
                     && !pci.out.contains(u"NIST"_s),
                 qPrintable(pci.describe()));
        const Run unknown
            = ctl({u"policy"_s, u"conformance"_s, u"acme"_s, u"--framework"_s, u"GDPRX"_s}, env);
        QVERIFY(unknown.exitCode != Ok);
        QVERIFY2(unknown.err.contains(u"PCI_DSS"_s), qPrintable(unknown.describe()));

        // policy set: paths under security, a new revision; anything else is refused.
        CTL_VERIFY_OK(ctl({u"policy"_s, u"set"_s, u"acme"_s, u"--set"_s,
                           u"mfa_config.required=true"_s, u"--reason"_s, u"PCI"_s},
                          env));
        const Run outside = ctl({u"policy"_s, u"set"_s, u"acme"_s, u"--set"_s,
                                 u"limits.max_users=5"_s, u"--reason"_s, u"x"_s},
                                env);
        QCOMPARE(outside.exitCode, int(Usage));
        const Run weak = ctl({u"policy"_s, u"set"_s, u"acme"_s, u"--set"_s,
                              u"encryption.algorithm=DES"_s, u"--reason"_s, u"x"_s},
                             env);
        QCOMPARE(weak.exitCode, 1);
        QVERIFY2(weak.err.contains(u"DES is refused"_s), qPrintable(weak.describe()));
        CTL_JSON(shown, ctl({u"--json"_s, u"policy"_s, u"show"_s, u"acme"_s}, env));
        QCOMPARE(shown[u"security"_s][u"mfa_config"_s][u"required"_s].toBool(), true);
        QCOMPARE(shown[u"sources"_s][u"mfa_config.required"_s].toString(), u"override"_s);
        QCOMPARE(shown[u"sources"_s][u"password_policy.min_length"_s].toString(),
                 u"tier_default"_s);
        CTL_JSON(after,
                 ctl({u"--json"_s, u"policy"_s, u"conformance"_s, u"acme"_s, u"--framework"_s,
                      u"PCI_DSS"_s},
                     env));
        bool mfaPasses = false;
        for (const QJsonValue &r : after.toArray()) {
            if (r[u"clause"_s].toString() == u"8.4.2"_s)
                mfaPasses = r[u"status"_s].toString() == u"pass"_s;
        }
        QVERIFY(mfaPasses);
    }

    void aiConfiguration()
    {
        const SqliteFile &file = freshFile();
        const QProcessEnvironment env = sqliteEnvironment(file);
        CTL_VERIFY_OK(ctl({u"tenant"_s, u"create"_s, u"tiny"_s, u"--name"_s, u"Tiny"_s, u"--tier"_s,
                           u"free"_s, u"--owner"_s, u"it@tiny.example"_s},
                          env));
        CTL_JSON(before, ctl({u"--json"_s, u"ai"_s, u"show"_s, u"tiny"_s}, env));
        QCOMPARE(before[u"model_access"_s][2][u"model"_s].toString(), u"custom_models"_s);
        QCOMPARE(before[u"model_access"_s][2][u"allowed_by_tier"_s].toBool(), false);
        QCOMPARE(before[u"rate_limits"_s][0][u"tier_bound"_s].toInt(), 60);
        // The free tier cannot have custom models, nor more than its rate.
        const Run custom = ctl({u"ai"_s, u"set"_s, u"tiny"_s, u"--set"_s,
                                u"model_access.custom_models=true"_s, u"--reason"_s, u"x"_s},
                               env);
        QCOMPARE(custom.exitCode, 1);
        QVERIFY2(custom.err.contains(u"Professional tier or above"_s),
                 qPrintable(custom.describe()));
        const Run fast = ctl({u"ai"_s, u"set"_s, u"tiny"_s, u"--set"_s,
                              u"rate_limits.requests_per_minute=61"_s, u"--reason"_s, u"x"_s},
                             env);
        QCOMPARE(fast.exitCode, 1);
        // An override, then back to the tier's value.
        CTL_VERIFY_OK(
            ctl({u"ai"_s, u"set"_s, u"tiny"_s, u"--set"_s, u"model_access.gpt-4=true"_s, u"--set"_s,
                 u"safety_settings.content_filter.categories.hate.input=low"_s, u"--reason"_s,
                 u"pilot"_s},
                env));
        CTL_JSON(during, ctl({u"--json"_s, u"ai"_s, u"show"_s, u"tiny"_s}, env));
        QCOMPARE(during[u"model_access"_s][0][u"enabled"_s].toBool(), true);
        QCOMPARE(during[u"model_access"_s][0][u"source"_s].toString(), u"override"_s);
        QCOMPARE(during[u"safety_settings"_s][u"content_filter"_s][u"categories"_s][u"hate"_s]
                       [u"input"_s]
                           .toString(),
                 u"low"_s);
        CTL_VERIFY_OK(ctl({u"ai"_s, u"set"_s, u"tiny"_s, u"--unset"_s, u"model_access.gpt-4"_s,
                           u"--reason"_s, u"back to the tier"_s},
                          env));
        CTL_JSON(after, ctl({u"--json"_s, u"ai"_s, u"show"_s, u"tiny"_s}, env));
        QCOMPARE(after[u"model_access"_s][0][u"enabled"_s].toBool(), false);
        QCOMPARE(after[u"model_access"_s][0][u"source"_s].toString(), u"tier_default"_s);
        QCOMPARE(ctl({u"ai"_s, u"set"_s, u"tiny"_s, u"--set"_s, u"limits.max_users=2"_s,
                      u"--reason"_s, u"x"_s},
                     env)
                     .exitCode,
                 int(Usage));
    }

    void securityEvents()
    {
        const SqliteFile &file = freshFile();
        const QProcessEnvironment env = sqliteEnvironment(file);
        CTL_VERIFY_OK(ctl({u"tenant"_s, u"create"_s, u"acme"_s, u"--name"_s, u"Acme"_s, u"--tier"_s,
                           u"professional"_s, u"--owner"_s, u"it@acme.example"_s},
                          env));
        // A week of quiet hours, then a burst two hours ago.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime hour(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
        QByteArray csv = "time,tenant,user,kind,source_ip\n";
        for (int h = 200; h >= 1; --h) {
            const QDateTime t = hour.addSecs(-3600LL * h);
            csv += (toIsoUtc(t.addSecs(600)) + u",acme,alice,login_ok,\n"_s).toUtf8();
            if (h % 3 == 0)
                csv += (toIsoUtc(t.addSecs(900)) + u",acme,bob,login_failed,10.0.0.2\n"_s).toUtf8();
        }
        for (int i = 0; i < 30; ++i) {
            csv += (toIsoUtc(hour.addSecs(-7200 + 60 * i))
                    + u",acme,admin,login_failed,203.0.113.9\n"_s)
                       .toUtf8();
        }
        const QString good = m_home.filePath(u"events.csv"_s);
        QFile out(good);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv);
        out.close();
        // A file with a bad row imports nothing, and says where.
        const QString bad = m_home.filePath(u"bad.csv"_s);
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(csv
                      + "2026-11-30T14:05:00Z,acme,eve,login_fial,\n"
                        "2026-11-30T14:05:00Z,ghost,eve,login_ok,\n");
        badFile.close();
        const int lines = int(csv.count('\n'));
        const Run refused = ctl({u"events"_s, u"import"_s, bad}, env);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(
            refused.err.contains(u"bad.csv:%1: kind: \"login_fial\""_s.arg(lines + 1))
                && refused.err.contains(u"bad.csv:%1: tenant: no tenant \"ghost\""_s.arg(lines + 2))
                && refused.err.contains(u"nothing was imported"_s),
            qPrintable(refused.describe()));
        CTL_JSON(none,
                 ctl({u"--json"_s, u"events"_s, u"list"_s, u"acme"_s, u"--since"_s, u"2w"_s}, env));
        QCOMPARE(none[u"events"_s].toArray().size(), 0);
        // --skip-bad imports the rest and reports what it left out.
        CTL_JSON(skipped, ctl({u"--json"_s, u"events"_s, u"import"_s, bad, u"--skip-bad"_s}, env));
        QCOMPARE(skipped[u"imported"_s].toInt(), lines - 1);
        QCOMPARE(skipped[u"skipped"_s].toArray().size(), 2);
        QCOMPARE(skipped[u"skipped"_s][0][u"line"_s].toInt(), lines + 1);
        // The same events again: nothing new.
        CTL_JSON(again, ctl({u"--json"_s, u"events"_s, u"import"_s, good}, env));
        QCOMPARE(again[u"imported"_s].toInt(), 0);
        QCOMPARE(again[u"duplicates"_s].toInt(), lines - 1);

        // The last hours, and the burst explained.
        const Run recent = ctl({u"events"_s, u"list"_s, u"acme"_s, u"--since"_s, u"3h"_s}, env);
        CTL_VERIFY_OK(recent);
        QVERIFY2(recent.out.contains(u"203.0.113.9"_s)
                     && recent.out.contains(u"! burst: 30 failed"_s),
                 qPrintable(recent.describe()));
        CTL_JSON(hourly,
                 ctl({u"--json"_s, u"events"_s, u"list"_s, u"acme"_s, u"--since"_s, u"3h"_s,
                      u"--hourly"_s},
                     env));
        QCOMPARE(hourly.toArray().size(), 4);
        QCOMPARE(hourly[1][u"failures"_s].toInt(), 30);
        const Run badSpan = ctl({u"events"_s, u"list"_s, u"acme"_s, u"--since"_s, u"soon"_s}, env);
        QCOMPARE(badSpan.exitCode, int(Usage));

        // The report: conformance, the burst, and concrete changes.
        CTL_JSON(audit, ctl({u"--json"_s, u"security"_s, u"audit"_s, u"acme"_s}, env));
        QCOMPARE(audit[u"anomalies"_s].toArray().size(), 1);
        QCOMPARE(audit[u"frameworks"_s].toArray().size(), 5);
        const QJsonArray advice = audit[u"recommendations"_s].toArray();
        QVERIFY(!advice.isEmpty());
        QCOMPARE(advice[0][u"path"_s].toString(), u"security.mfa_config.required"_s);
        QCOMPARE(advice[0][u"severity"_s].toString(), u"fail"_s);
        // Advice never pulls against a clause that passes: PCI DSS wants digits and letters.
        for (const QJsonValue &a : advice)
            QVERIFY2(a[u"path"_s].toString() != u"security.password_policy.min_digits"_s,
                     qPrintable(QString::fromUtf8(QJsonDocument(a.toObject()).toJson())));

        // Sales may not read security events.
        CTL_VERIFY_OK(ctl({u"operator"_s, u"add"_s, u"sam"_s, u"--role"_s, u"sales"_s}, env));
        QProcessEnvironment asSales = env;
        asSales.insert(u"TENANCY_OPERATOR"_s, u"sam"_s);
        const Run denied = ctl({u"events"_s, u"list"_s, u"acme"_s}, asSales);
        QCOMPARE(denied.exitCode, int(NotPermitted));
        QCOMPARE(ctl({u"events"_s, u"import"_s, good}, asSales).exitCode, int(NotPermitted));
    }

    void usageAndUpgradePreview()
    {
        const SqliteFile &file = freshFile();
        const QProcessEnvironment env = sqliteEnvironment(file);
        CTL_VERIFY_OK(ctl({u"tenant"_s, u"create"_s, u"acme"_s, u"--name"_s, u"Acme"_s, u"--tier"_s,
                           u"free"_s, u"--owner"_s, u"it@acme.example"_s},
                          env));
        CTL_VERIFY_OK(ctl({u"provision"_s, u"acme"_s, u"--wait"_s}, env));
        // Two days of users, a reading an hour: 3, then 7 (over free's 5) from yesterday.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime hour(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
        QByteArray csv = "tenant_id,metric,timestamp,value\n";
        for (int h = 48; h >= 1; --h)
            csv += (u"acme,users,%1,%2\n"_s.arg(toIsoUtc(hour.addSecs(-3600LL * h)))
                        .arg(h > 30 ? 3 : 7))
                       .toUtf8();
        const QString good = m_home.filePath(u"usage.csv"_s);
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(csv);
        goodFile.close();
        const QString bad = m_home.filePath(u"bad-usage.csv"_s);
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(csv + "acme,users,yesterday,3\nghost,users,2026-11-30T14:05:00Z,1\n");
        badFile.close();
        const Run refused = ctl({u"usage"_s, u"import"_s, bad}, env);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"bad-usage.csv:50: timestamp"_s)
                     && refused.err.contains(u"bad-usage.csv:51: tenant_id: no tenant \"ghost\""_s)
                     && refused.err.contains(u"nothing was imported"_s),
                 qPrintable(refused.describe()));
        CTL_JSON(skipped, ctl({u"--json"_s, u"usage"_s, u"import"_s, bad, u"--skip-bad"_s}, env));
        QCOMPARE(skipped[u"stored"_s].toInt(), 48);
        QCOMPARE(skipped[u"skipped"_s].toArray().size(), 2);
        CTL_JSON(again, ctl({u"--json"_s, u"usage"_s, u"import"_s, good}, env));
        QCOMPARE(again[u"stored"_s].toInt(), 0);
        QCOMPARE(again[u"unchanged"_s].toInt(), 48);

        CTL_JSON(days,
                 ctl({u"--json"_s, u"usage"_s, u"show"_s, u"acme"_s, u"--metric"_s, u"users"_s,
                      u"--from"_s, toIsoUtc(hour.addDays(-3)), u"--bucket"_s, u"hour"_s},
                     env));
        QCOMPARE(days[u"buckets"_s].toArray().size(), 48);
        QCOMPARE(days[u"kind"_s].toString(), u"gauge"_s);
        const Run table = ctl({u"usage"_s, u"show"_s, u"acme"_s, u"--metric"_s, u"users"_s}, env);
        CTL_VERIFY_OK(table);
        QVERIFY2(table.out.contains(u"LATEST"_s) && table.out.contains(u"PEAK"_s),
                 qPrintable(table.describe()));
        CTL_VERIFY_ERROR(ctl({u"usage"_s, u"show"_s, u"acme"_s, u"--metric"_s, u"users"_s,
                              u"--bucket"_s, u"week"_s},
                             env),
                         Usage, u"--bucket"_s);
        CTL_VERIFY_ERROR(ctl({u"usage"_s, u"show"_s, u"acme"_s, u"--metric"_s, u"users"_s,
                              u"--from"_s, u"last tuesday"_s},
                             env),
                         Usage, u"--from"_s);
        CTL_VERIFY_ERROR(ctl({u"usage"_s, u"show"_s, u"acme"_s}, env), Usage, u"--metric"_s);

        // Over since 30 hours ago: past the grace period.
        CTL_JSON(status, ctl({u"--json"_s, u"usage"_s, u"status"_s, u"acme"_s}, env));
        QCOMPARE(status[u"worst"_s].toString(), u"hard_limit"_s);
        QCOMPARE(status[u"suggested_tier"_s].toString(), u"professional"_s);
        QCOMPARE(status[u"limits"_s][0][u"over_since"_s].toString(),
                 toIsoUtc(hour.addSecs(-30 * 3600)));
        const Run said = ctl({u"usage"_s, u"status"_s, u"acme"_s}, env);
        QVERIFY2(said.out.contains(u"Upgrade suggested: the professional tier"_s),
                 qPrintable(said.describe()));

        // The preview: the documented JSON, prices in minor units, nothing written.
        const QByteArray before = [&] {
            QFile f(file.path());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        CTL_JSON(
            preview,
            ctl({u"--json"_s, u"upgrade"_s, u"preview"_s, u"acme"_s, u"--to"_s, u"professional"_s},
                env));
        QCOMPARE(preview[u"from"_s].toString(), u"free"_s);
        QCOMPARE(preview[u"to"_s].toString(), u"professional"_s);
        QCOMPARE(preview[u"policy"_s].toString(), u"immediate"_s);
        QCOMPARE(preview[u"limits"_s][0][u"name"_s].toString(), u"max_users"_s);
        QCOMPARE(preview[u"limits"_s][0][u"current_usage"_s].toDouble(), 7.0);
        QCOMPARE(preview[u"limits"_s][0][u"over_after"_s].toBool(), false);
        QCOMPARE(preview[u"price"_s][u"to_monthly_minor"_s].toInt(), 29900);
        QCOMPARE(preview[u"price"_s][u"proration"_s].toArray().size(), 2);
        QVERIFY(preview[u"features_gained"_s].toArray().contains(u"sso"_s));
        QVERIFY(preview[u"isolation"_s][u"migration"_s].toString().contains(u"moves"_s));
        QFile after(file.path());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(after.readAll() == before);
        const Run text = ctl({u"upgrade"_s, u"preview"_s, u"acme"_s, u"--to"_s, u"enterprise"_s,
                              u"--policy"_s, u"end_of_term"_s},
                             env);
        CTL_VERIFY_OK(text);
        QVERIFY2(text.out.contains(u"Due now: 0.00 USD"_s)
                     && text.out.contains(u"Price: 0.00 USD a month -> 2499.00 USD a month"_s),
                 qPrintable(text.describe()));
        QVERIFY2(text.out.contains(u"by the second"_s), qPrintable(text.describe()));
        CTL_VERIFY_ERROR(ctl({u"upgrade"_s, u"preview"_s, u"acme"_s, u"--to"_s, u"enterprise"_s,
                              u"--policy"_s, u"later"_s},
                             env),
                         Usage, u"--policy"_s);
        CTL_VERIFY_ERROR(ctl({u"upgrade"_s, u"preview"_s, u"acme"_s, u"--to"_s, u"custom"_s,
                              u"--price"_s, u"-5"_s},
                             env),
                         Usage, u"--price"_s);
        CTL_VERIFY_ERROR(ctl({u"upgrade"_s, u"preview"_s, u"acme"_s, u"--to"_s, u"enterprise"_s,
                              u"--at"_s, u"2001-01-01"_s},
                             env),
                         Failed, u"before the subscription started"_s);

        // The quote: a PDF whose text has the numbers.
        const QString pdf = m_home.filePath(u"quote.pdf"_s);
        CTL_JSON(
            quote,
            ctl({u"--json"_s, u"quote"_s, u"acme"_s, u"--to"_s, u"professional"_s, u"--out"_s, pdf},
                env));
        QVERIFY(quote[u"reference"_s].toString().startsWith(u"Q-acme-"_s));
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(60'000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
        const qint64 due = quote[u"preview"_s][u"price"_s][u"due_now_minor"_s].toInteger();
        for (const QString &needle :
             {quote[u"reference"_s].toString(), u"Acme (acme)"_s, u"299.00 USD"_s, u"Due now"_s,
              Money {due, u"USD"_s}.toDisplayString(), u"Valid until"_s, u"Users"_s})
            QVERIFY2(pdfText.contains(needle),
                     qPrintable(u"\"%1\" not in the PDF's text:\n"_s.arg(needle) + pdfText));
        CTL_VERIFY_ERROR(ctl({u"quote"_s, u"acme"_s, u"--to"_s, u"professional"_s}, env), Usage,
                         u"--out"_s);
        CTL_VERIFY_ERROR(ctl({u"quote"_s, u"acme"_s, u"--to"_s, u"professional"_s, u"--out"_s,
                              m_home.filePath(u"no/such/dir/q.pdf"_s)},
                             env),
                         Failed, u"cannot be written"_s);

        // Scaling replayed (free: one unit, nothing to scale), and a metric without samples.
        CTL_JSON(simulated,
                 ctl({u"--json"_s, u"scaling"_s, u"simulate"_s, u"acme"_s, u"--metric"_s,
                      u"users"_s, u"--days"_s, u"3"_s},
                     env));
        QCOMPARE(simulated[u"steps"_s].toInt(), 72);
        QCOMPARE(simulated[u"scale_events"_s].toInt(), 0);
        CTL_VERIFY_ERROR(
            ctl({u"scaling"_s, u"simulate"_s, u"acme"_s, u"--metric"_s, u"bandwidth_bytes"_s}, env),
            NotFound, u"no bandwidth_bytes samples"_s);
        CTL_VERIFY_ERROR(ctl({u"scaling"_s, u"simulate"_s, u"acme"_s, u"--days"_s, u"0"_s}, env),
                         Usage, u"--days"_s);
        // Two days of history is not enough to recommend.
        CTL_JSON(recommended, ctl({u"--json"_s, u"recommend"_s}, env));
        QCOMPARE(recommended.toArray().size(), 0);
        CTL_VERIFY_ERROR(ctl({u"recommend"_s, u"acme"_s, u"globex"_s}, env), Usage,
                         u"unexpected argument"_s);

        // The period's cost (free: no price, no overage), a budget set and cleared, the fleet.
        CTL_JSON(cost, ctl({u"--json"_s, u"cost"_s, u"acme"_s}, env));
        QCOMPARE(cost[u"subscription_minor"_s].toInt(), 0);
        QCOMPARE(cost[u"total_minor"_s].toInt(), 0);
        QCOMPARE(cost[u"budget_level"_s].toString(), u"none"_s);
        QCOMPARE(cost[u"metrics"_s][0][u"metric"_s].toString(), u"users"_s);
        // The readings predate the subscription (created just now): none in its period.
        QCOMPARE(cost[u"metrics"_s][0][u"usage"_s].toDouble(), 0.0);
        CTL_VERIFY_ERROR(
            ctl({u"budget"_s, u"set"_s, u"acme"_s, u"12.50"_s, u"--reason"_s, u"Typed dollars"_s},
                env),
            Usage, u"minor units"_s);
        CTL_VERIFY_ERROR(ctl({u"budget"_s, u"set"_s, u"acme"_s, u"5000"_s}, env), Usage,
                         u"--reason"_s);
        CTL_JSON(budget,
                 ctl({u"--json"_s, u"budget"_s, u"set"_s, u"acme"_s, u"0"_s, u"--reason"_s,
                      u"A free tenant spends nothing"_s},
                     env));
        QCOMPARE(budget[u"budget_minor"_s].toInt(), 0);
        QCOMPARE(budget[u"budget_level"_s].toString(), u"ok"_s);
        const Run costText = ctl({u"cost"_s, u"acme"_s}, env);
        CTL_VERIFY_OK(costText);
        QVERIFY2(costText.out.contains(u"SO FAR"_s) && costText.out.contains(u"budget: 0.00 USD"_s),
                 qPrintable(costText.describe()));
        CTL_JSON(
            cleared,
            ctl({u"--json"_s, u"budget"_s, u"clear"_s, u"acme"_s, u"--reason"_s, u"Not needed"_s},
                env));
        QCOMPARE(cleared[u"budget_minor"_s].type(), QJsonValue::Null);
        CTL_JSON(fleet, ctl({u"--json"_s, u"usage"_s, u"fleet"_s}, env));
        QCOMPARE(fleet[u"tenants"_s].toInt(), 1);
        QCOMPARE(fleet[u"top"_s][0][u"tenant"_s].toString(), u"acme"_s);
        QCOMPARE(fleet[u"top"_s][0][u"level"_s].toString(), u"hard_limit"_s);
        QCOMPARE(fleet[u"alerts"_s][0][u"subject"_s].toString(), u"max_users"_s);
        const Run fleetText = ctl({u"usage"_s, u"fleet"_s}, env);
        QVERIFY2(fleetText.out.contains(u"Top tenants by limit use"_s),
                 qPrintable(fleetText.describe()));

        // Sales may preview, not import.
        CTL_VERIFY_OK(ctl({u"operator"_s, u"add"_s, u"sam"_s, u"--role"_s, u"sales"_s}, env));
        QProcessEnvironment asSales = env;
        asSales.insert(u"TENANCY_OPERATOR"_s, u"sam"_s);
        CTL_VERIFY_OK(
            ctl({u"upgrade"_s, u"preview"_s, u"acme"_s, u"--to"_s, u"professional"_s}, asSales));
        QCOMPARE(ctl({u"usage"_s, u"import"_s, good}, asSales).exitCode, int(NotPermitted));
    }

    void templatesAndConfiguration()
    {
        const SqliteFile &file = freshFile();
        const QProcessEnvironment env = sqliteEnvironment(file);
        CTL_VERIFY_OK(ctl({u"tenant"_s, u"create"_s, u"acme"_s, u"--name"_s, u"Acme"_s, u"--tier"_s,
                           u"professional"_s, u"--owner"_s, u"it@acme.example"_s},
                          env));

        // A template with two mistakes: each on its own line, exit status 1.
        QFile shipped(QStringLiteral(TENANCY_SOURCE_DIR "/resources/templates/free_init.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(shipped.readAll());
        text.replace(u"\"max_users\": 5,"_s, u"\"max_users\": -5,"_s);
        text.replace(u"{{ tenant_id }}"_s, u"{{ tenant_idd }}"_s);
        const QString bad = m_home.filePath(u"bad.json"_s);
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        const Run validate = ctl({u"template"_s, u"validate"_s, bad}, env);
        QCOMPARE(validate.exitCode, 1);
        const QStringList lines = validate.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(bad + u":8:17: unknown variable \"tenant_idd\""_s),
                 qPrintable(validate.describe()));
        QVERIFY2(lines.at(1).startsWith(bad + u":13:20: configuration.limits.max_users:"_s),
                 qPrintable(validate.describe()));
        const Run validJson = ctl({u"--json"_s, u"template"_s, u"validate"_s, bad}, env);
        QCOMPARE(validJson.exitCode, 1);
        QCOMPARE(parseJson(validJson).toArray().size(), 2);
        QCOMPARE(parseJson(validJson).toArray().at(1).toObject().value(u"pointer"_s).toString(),
                 u"/configuration/limits/max_users"_s);
        const Run good = ctl(
            {u"template"_s, u"validate"_s,
             QStringLiteral(TENANCY_SOURCE_DIR "/resources/templates/professional_init.json")},
            env);
        CTL_VERIFY_OK(good);

        // A dry run shows the change and writes nothing.
        const Run dry = ctl({u"tenant"_s, u"apply"_s, u"acme"_s, u"--set"_s,
                             u"limits.max_users=50"_s, u"--dry-run"_s},
                            env);
        CTL_VERIFY_OK(dry);
        QVERIFY2(dry.out.contains(u"~ configuration.limits.max_users: 100 → 50"_s),
                 qPrintable(dry.describe()));
        QVERIFY(dry.out.contains(u"dry run"_s));
        CTL_JSON(unchanged, ctl({u"--json"_s, u"tenant"_s, u"show"_s, u"acme"_s}, env));
        QCOMPARE(unchanged.toObject().value(u"version"_s).toInt(), 1);

        // A typo is refused with a suggestion; a reason is required.
        const Run typo = ctl({u"tenant"_s, u"apply"_s, u"acme"_s, u"--set"_s,
                              u"limits.max_user=50"_s, u"--reason"_s, u"x"_s},
                             env);
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.contains(u"did you mean \"limits.max_users\"?"_s),
                 qPrintable(typo.describe()));
        const Run noReason
            = ctl({u"tenant"_s, u"apply"_s, u"acme"_s, u"--set"_s, u"limits.max_users=50"_s}, env);
        QCOMPARE(noReason.exitCode, 2);

        CTL_JSON(applied,
                 ctl({u"--json"_s, u"tenant"_s, u"apply"_s, u"acme"_s, u"--set"_s,
                      u"limits.max_users=50"_s, u"--reason"_s, u"smaller team"_s,
                      u"--expect-version"_s, u"1"_s},
                     env));
        QCOMPARE(applied.toObject().value(u"revision"_s).toInt(), 1);
        QCOMPARE(applied.toObject().value(u"version"_s).toInt(), 2);
        QCOMPARE(applied.toObject().value(u"changes"_s).toArray().size(), 1);
        const Run stale
            = ctl({u"tenant"_s, u"apply"_s, u"acme"_s, u"--set"_s, u"limits.max_users=40"_s,
                   u"--reason"_s, u"x"_s, u"--expect-version"_s, u"1"_s},
                  env);
        QCOMPARE(stale.exitCode, 5);

        CTL_JSON(config,
                 ctl({u"--json"_s, u"tenant"_s, u"config"_s, u"acme"_s, u"--provenance"_s}, env));
        bool sawOverride = false;
        for (const QJsonValue &leaf : config.toObject().value(u"provenance"_s).toArray()) {
            if (leaf.toObject().value(u"path"_s).toString()
                == u"configuration.limits.max_users"_s) {
                QCOMPARE(leaf.toObject().value(u"layer"_s).toString(), u"override"_s);
                QCOMPARE(leaf.toObject().value(u"value"_s).toInt(), 50);
                sawOverride = true;
            }
        }
        QVERIFY(sawOverride);

        CTL_JSON(revisions,
                 ctl({u"--json"_s, u"tenant"_s, u"history"_s, u"acme"_s, u"--revisions"_s}, env));
        QCOMPARE(revisions.toArray().size(), 2);
        QCOMPARE(revisions.toArray().at(1).toObject().value(u"reason"_s).toString(),
                 u"smaller team"_s);
        const Run rollback = ctl({u"tenant"_s, u"rollback"_s, u"acme"_s, u"--to-revision"_s, u"0"_s,
                                  u"--reason"_s, u"undo"_s},
                                 env);
        CTL_VERIFY_OK(rollback);
        QVERIFY2(rollback.out.contains(u"~ configuration.limits.max_users: 50 → 100"_s),
                 qPrintable(rollback.describe()));
        const Run audit = ctl({u"tenant"_s, u"history"_s, u"acme"_s}, env);
        QVERIFY2(audit.out.contains(u"configuration.rollback (revision 2)"_s),
                 qPrintable(audit.describe()));

        // Rendering: a library template for the tenant, with a variable and an override.
        CTL_JSON(rendered,
                 ctl({u"--json"_s, u"template"_s, u"render"_s, u"professional_init"_s,
                      u"--tenant"_s, u"acme"_s, u"--set"_s, u"limits.max_users=7"_s},
                     env));
        QCOMPARE(rendered.toObject().value(u"tenant_id"_s).toString(), u"acme"_s);
        QCOMPARE(valueAt(rendered, u"/configuration/limits/max_users"_s).toInt(), 7);
        const Run unknownTemplate = ctl({u"template"_s, u"show"_s, u"profesional_init"_s}, env);
        QCOMPARE(unknownTemplate.exitCode, 4);
        QVERIFY(unknownTemplate.err.contains(u"did you mean \"professional_init\""_s));
    }

    void createAndShow()
    {
        const SqliteFile &file = freshFile();
        const QProcessEnvironment env = sqliteEnvironment(file);
        CTL_JSON(created,
                 ctl({u"--json"_s, u"tenant"_s, u"create"_s, u"acme"_s, u"--name"_s,
                      u"Société Générale ✓"_s, u"--tier"_s, u"professional"_s, u"--owner"_s,
                      u"it@acme.example"_s, u"--region"_s, u"eu-west-1"_s, u"--industry"_s,
                      u"healthcare"_s, u"--compliance"_s, u"soc 2,GDPR,hipaa"_s},
                     env));
        const QJsonObject t = created.toObject();
        QCOMPARE(keysOf(t), showKeys());
        QCOMPARE(t.value(u"id"_s).toString(), u"acme"_s);
        QCOMPARE(t.value(u"name"_s).toString(), u"Société Générale ✓"_s);
        QCOMPARE(t.value(u"tier"_s).toString(), u"professional"_s);
        QCOMPARE(t.value(u"status"_s).toString(), u"pending"_s); // until provisioned
        QCOMPARE(t.value(u"owner_email"_s).toString(), u"it@acme.example"_s);
        QCOMPARE(t.value(u"region"_s).toString(), u"eu-west-1"_s);
        QCOMPARE(t.value(u"industry"_s).toString(), u"healthcare"_s);
        QCOMPARE(strings(t.value(u"compliance"_s)),
                 (QStringList {u"GDPR"_s, u"HIPAA"_s, u"SOC2"_s}));
        QCOMPARE(compact(t.value(u"version"_s)), u"1"_s);
        QVERIFY2(isIsoUtc(t.value(u"created_at"_s).toString()), qPrintable(createdRun.out));
        QCOMPARE(t.value(u"updated_at"_s), t.value(u"created_at"_s));
        QVERIFY(t.value(u"configuration"_s).isObject());
        const QJsonObject document = t.value(u"configuration"_s).toObject();
        QCOMPARE(document.value(u"tenant_id"_s).toString(), u"acme"_s);
        QVERIFY(document.value(u"configuration"_s).toObject().contains(u"security"_s));

        CTL_JSON(shown, ctl({u"--json"_s, u"tenant"_s, u"show"_s, u"acme"_s}, env));
        QCOMPARE(shown.toObject(), t);

        // Without --region: the catalog's default; plain text says what was created.
        const Run plain = ctl(createArgs(u"beta"_s), env);
        CTL_VERIFY_OK(plain);
        QVERIFY2(plain.out.contains(u"created tenant beta"_s), qPrintable(plain.describe()));
        CTL_JSON(beta, ctl({u"--json"_s, u"tenant"_s, u"show"_s, u"beta"_s}, env));
        QCOMPARE(beta.toObject().value(u"region"_s).toString(), u"us-east-1"_s);
        QCOMPARE(beta.toObject().value(u"industry"_s).toString(), QString());
        QCOMPARE(beta.toObject().value(u"compliance"_s).toArray(), QJsonArray());
    }

    void createAcceptsGoodInput_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expectedName");
        QTest::addColumn<QString>("expectedOwner");
        QTest::addColumn<QString>("expectedRegion");
        QTest::addColumn<QStringList>("expectedCompliance");

        const QString owner = u"owner@example.com"_s;
        const QString region = u"us-east-1"_s;
        QTest::newRow("one-letter id") << u"a"_s << u"A"_s << owner << QStringList {} << u"A"_s
                                       << owner << region << QStringList {};
        QTest::newRow("one-digit id") << u"7"_s << u"Seven"_s << owner << QStringList {}
                                      << u"Seven"_s << owner << region << QStringList {};
        const QString longId = QString(61, u'a') + u"-z"_s;
        QTest::newRow("63-character id") << longId << u"Long"_s << owner << QStringList {}
                                         << u"Long"_s << owner << region << QStringList {};
        QTest::newRow("hyphenated id") << u"eu-customer-01"_s << u"EU"_s << owner << QStringList {}
                                       << u"EU"_s << owner << region << QStringList {};
        QTest::newRow("name trimmed") << u"t"_s << u"  Padded Name  "_s << owner << QStringList {}
                                      << u"Padded Name"_s << owner << region << QStringList {};
        const QString name200 = QString(200, u'n');
        QTest::newRow("200-character name") << u"t"_s << name200 << owner << QStringList {}
                                            << name200 << owner << region << QStringList {};
        const QString emoji200 = u"😀"_s.repeated(200);
        QTest::newRow("200 emoji name (400 UTF-16 units)")
            << u"t"_s << emoji200 << owner << QStringList {} << emoji200 << owner << region
            << QStringList {};
        QTest::newRow("owner trimmed, plus address")
            << u"t"_s << u"T"_s << u"  ops+tenancy@Example.COM "_s << QStringList {} << u"T"_s
            << u"ops+tenancy@Example.COM"_s << region << QStringList {};
        QTest::newRow("compliance display names")
            << u"t"_s << u"T"_s << owner
            << QStringList {u"--compliance"_s, u"SOC 2,pci dss,ISO 27001,FedRAMP"_s} << u"T"_s
            << owner << region
            << QStringList {u"FEDRAMP"_s, u"ISO27001"_s, u"PCI_DSS"_s, u"SOC2"_s};
        QTest::newRow("compliance duplicates collapse")
            << u"t"_s << u"T"_s << owner << QStringList {u"--compliance"_s, u"gdpr,GDPR, ccpa"_s}
            << u"T"_s << owner << region << QStringList {u"CCPA"_s, u"GDPR"_s};
        QTest::newRow("region sa-east-1")
            << u"t"_s << u"T"_s << owner << QStringList {u"--region"_s, u"sa-east-1"_s} << u"T"_s
            << owner << u"sa-east-1"_s << QStringList {};
        QTest::newRow("region ap-northeast-1 with industry")
            << u"t"_s << u"T"_s << owner
            << QStringList {u"--region"_s, u"ap-northeast-1"_s, u"--industry"_s, u"finance"_s}
            << u"T"_s << owner << u"ap-northeast-1"_s << QStringList {};
    }

    void createAcceptsGoodInput()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, owner);
        QFETCH(QStringList, extra);
        QFETCH(QString, expectedName);
        QFETCH(QString, expectedOwner);
        QFETCH(QString, expectedRegion);
        QFETCH(QStringList, expectedCompliance);

        const SqliteFile &file = freshFile();
        const QProcessEnvironment env = sqliteEnvironment(file);
        CTL_JSON(
            created,
            ctl(QStringList {u"--json"_s} + createArgs(id, name, u"enterprise"_s, owner) + extra,
                env));
        const QJsonObject t = created.toObject();
        QCOMPARE(keysOf(t), showKeys());
        QCOMPARE(t.value(u"id"_s).toString(), id);
        QCOMPARE(t.value(u"name"_s).toString(), expectedName);
        QCOMPARE(t.value(u"owner_email"_s).toString(), expectedOwner);
        QCOMPARE(t.value(u"region"_s).toString(), expectedRegion);
        QCOMPARE(strings(t.value(u"compliance"_s)), expectedCompliance);
        CTL_JSON(shown, ctl({u"--json"_s, u"tenant"_s, u"show"_s, id}, env));
        QCOMPARE(shown.toObject(), t);
    }

    // Names in any script, with quotes, backslashes and template braces, come back unchanged
    // from show, list and search.
    void unicodeNamesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("French with a check mark") << u"Société Générale ✓"_s;
        QTest::newRow("Japanese") << u"株式会社テスト"_s;
        QTest::newRow("Arabic (right to left)") << u"شركة الاختبار"_s;
        QTest::newRow("emoji outside the BMP") << u"Ünïcødé 🚀 GmbH"_s;
        QTest::newRow("quotes and ampersand") << u"O'Brien \"Quoted\" & Co"_s;
        QTest::newRow("backslash and template braces") << u"Back\\slash {{ tenant_id }}"_s;
        QTest::newRow("SQL in a name") << u"Zürich'); DROP TABLE tenants;--"_s;
    }

    void unicodeNamesRoundTrip()
    {
        QFETCH(QString, name);
        const SqliteFile &file = freshFile();
        const QProcessEnvironment env = sqliteEnvironment(file);
        CTL_JSON(created, ctl(QStringList {u"--json"_s} + createArgs(u"t1"_s, name), env));
        QCOMPARE(created.toObject().value(u"name"_s).toString(), name);
        CTL_JSON(found,
                 ctl({u"--json"_s, u"tenant"_s, u"list"_s, u"--search"_s, name.toUpper()}, env));
        QCOMPARE(found.toArray().size(), 1);
        QCOMPARE(found.toArray().first().toObject().value(u"name"_s).toString(), name);
        const Run plain = ctl({u"tenant"_s, u"show"_s, u"t1"_s}, env);
        CTL_VERIFY_OK(plain);
        QVERIFY2(plain.out.contains(name), qPrintable(plain.describe()));
    }

    // Every validation rule of `tenant create`: exit 1, the error names the field, and
    // nothing is half-written (no tenant, no audit entry).
    void createRejectsBadInput_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("field");

        const QString n = u"Name"_s;
        const QString f = u"free"_s;
        const QString o = u"owner@example.com"_s;
        const QStringList none;
        auto row
            = [&](const char *title, const QString &id, const QString &name, const QString &tier,
                  const QString &owner, const QStringList &extra, const QString &field) {
                  QTest::newRow(title) << id << name << tier << owner << extra << field;
              };
        row("empty id", QString(), n, f, o, none, u"tenant id"_s);
        row("uppercase id", u"Acme"_s, n, f, o, none, u"tenant id"_s);
        row("64-character id", QString(64, u'a'), n, f, o, none, u"tenant id"_s);
        row("100-character id", QString(100, u'b'), n, f, o, none, u"tenant id"_s);
        row("SQL metacharacters in id", u"x';drop table tenants;--"_s, n, f, o, none,
            u"tenant id"_s);
        row("double quote in id", u"a\"b"_s, n, f, o, none, u"tenant id"_s);
        row("single quote in id", u"o'brien"_s, n, f, o, none, u"tenant id"_s);
        row("space in id", u"a b"_s, n, f, o, none, u"tenant id"_s);
        row("underscore in id", u"a_b"_s, n, f, o, none, u"tenant id"_s);
        row("trailing hyphen in id", u"abc-"_s, n, f, o, none, u"tenant id"_s);
        row("unicode id", u"café"_s, n, f, o, none, u"tenant id"_s);
        row("newline in id", u"a\nb"_s, n, f, o, none, u"tenant id"_s);
        row("empty name", u"t"_s, QString(), f, o, none, u"name"_s);
        row("blank name", u"t"_s, u"   "_s, f, o, none, u"name"_s);
        row("201-character name", u"t"_s, QString(201, u'n'), f, o, none, u"name"_s);
        row("control character in name", u"t"_s, u"bell"_s + QChar(0x07), f, o, none, u"name"_s);
        row("escape sequence in name", u"t"_s, QChar(0x1b) + u"[31mred"_s, f, o, none, u"name"_s);
        row("newline in name", u"t"_s, u"two\nlines"_s, f, o, none, u"name"_s);
        row("zero-width space in name", u"t"_s, u"zero\u200Bwidth"_s, f, o, none, u"name"_s);
        row("empty owner", u"t"_s, n, f, QString(), none, u"e-mail"_s);
        row("owner without @", u"t"_s, n, f, u"nope"_s, none, u"e-mail"_s);
        row("owner with two @", u"t"_s, n, f, u"a@@example.com"_s, none, u"e-mail"_s);
        // The message quotes the address rather than saying "e-mail".
        row("owner with a unicode domain", u"t"_s, n, f, u"a@exämple.com"_s, none,
            u"a@exämple.com"_s);
        row("unknown tier", u"t"_s, n, u"gold"_s, o, none, u"tier"_s);
        row("empty tier", u"t"_s, n, QString(), o, none, u"tier"_s);
        row("unknown region", u"t"_s, n, f, o, {u"--region"_s, u"mars-1"_s}, u"region"_s);
        row("unknown industry", u"t"_s, n, f, o, {u"--industry"_s, u"knitting"_s}, u"industry"_s);
        row("unknown compliance framework", u"t"_s, n, f, o, {u"--compliance"_s, u"SOC2,SOC3"_s},
            u"compliance"_s);
        row("SQL in a compliance framework", u"t"_s, n, f, o,
            {u"--compliance"_s, u"GDPR');drop table tenants;--"_s}, u"compliance"_s);
    }

    void createRejectsBadInput()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, tier);
        QFETCH(QString, owner);
        QFETCH(QStringList, extra);
        QFETCH(QString, field);

        const SqliteFile &file = freshFile();
        const QProcessEnvironment env = sqliteEnvironment(file);
        CTL_JSON(before, ctl({u"--json"_s, u"db"_s, u"info"_s}, env));

        CTL_VERIFY_ERROR(ctl(createArgs(id, name, tier, owner) + extra, env), Failed, field);
        CTL_VERIFY_ERROR(
            ctl(QStringList {u"--json"_s} + createArgs(id, name, tier, owner) + extra, env), Failed,
            field);

        CTL_JSON(list, ctl({u"--json"_s, u"tenant"_s, u"list"_s}, env));
        QCOMPARE(list.toArray(), QJsonArray());
        CTL_JSON(after, ctl({u"--json"_s, u"db"_s, u"info"_s}, env));
        QCOMPARE(after.toObject().value(u"tenants"_s).toInt(), 0);
        QCOMPARE(after.toObject().value(u"audit_entries"_s),
                 before.toObject().value(u"audit_entries"_s));
    }

    void duplicateIdIsRefused()
    {
        const SqliteFile &file = freshFile();
        const QProcessEnvironment env = sqliteEnvironment(file);
        CTL_VERIFY_OK(ctl(createArgs(u"acme"_s, u"First"_s), env));
        CTL_VERIFY_ERROR(ctl(createArgs(u"acme"_s, u"Second"_s, u"enterprise"_s), env), Failed,
                         u"acme"_s);
        CTL_JSON(list, ctl({u"--json"_s, u"tenant"_s, u"list"_s}, env));
        QCOMPARE(list.toArray().size(), 1);
        const QJsonObject t = list.toArray().first().toObject();
        QCOMPARE(t.value(u"name"_s).toString(), u"First"_s);
        QCOMPARE(t.value(u"tier"_s).toString(), u"free"_s);
        QCOMPARE(t.value(u"version"_s).toInt(), 1);
    }

    // `tenant list` over the 300-tenant sample fleet: filters, paging and sorting, each checked
    // against the same selection worked out here from the whole fleet.
    void tenantList_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("sort");
        QTest::addColumn<bool>("desc");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("minimum"); // the selection must not be trivially empty

        const QStringList all {u"--limit"_s, u"1000"_s};
        auto row = [&](const char *title, const QStringList &args, const QString &tier,
                       const QString &status, const QString &region, const QString &search,
                       const QString &sort, bool desc, int limit, int offset, int minimum) {
            QTest::newRow(title) << args << tier << status << region << search << sort << desc
                                 << limit << offset << minimum;
        };
        const QString none;
        const QString name = u"name"_s;
        row("default: 50 by name", {}, none, none, none, none, name, false, 50, 0, 50);
        row("tier free", QStringList {u"--tier"_s, u"free"_s} + all, u"free"_s, none, none, none,
            name, false, 1000, 0, 100);
        row("tier enterprise", QStringList {u"--tier"_s, u"enterprise"_s} + all, u"enterprise"_s,
            none, none, none, name, false, 1000, 0, 1);
        row("tier custom", QStringList {u"--tier"_s, u"custom"_s} + all, u"custom"_s, none, none,
            none, name, false, 1000, 0, 1);
        row("status active", QStringList {u"--status"_s, u"active"_s} + all, none, u"active"_s,
            none, none, name, false, 1000, 0, 100);
        row("status suspended", QStringList {u"--status"_s, u"suspended"_s} + all, none,
            u"suspended"_s, none, none, name, false, 1000, 0, 1);
        row("status deleted", QStringList {u"--status"_s, u"deleted"_s} + all, none, u"deleted"_s,
            none, none, name, false, 1000, 0, 0);
        row("region eu-west-1", QStringList {u"--region"_s, u"eu-west-1"_s} + all, none, none,
            u"eu-west-1"_s, none, name, false, 1000, 0, 1);
        row("search lowercase", QStringList {u"--search"_s, u"zephyr"_s} + all, none, none, none,
            u"zephyr"_s, name, false, 1000, 0, 0);
        row("search any case", QStringList {u"--search"_s, u"ACME"_s} + all, none, none, none,
            u"ACME"_s, name, false, 1000, 0, 1);
        row("search owner e-mail", QStringList {u"--search"_s, u".example"_s} + all, none, none,
            none, u".example"_s, name, false, 1000, 0, 100);
        row("search trimmed", QStringList {u"--search"_s, u"  labs  "_s} + all, none, none, none,
            u"labs"_s, name, false, 1000, 0, 0);
        row("search finds nothing", QStringList {u"--search"_s, u"no-such-tenant-xyz"_s} + all,
            none, none, none, u"no-such-tenant-xyz"_s, name, false, 1000, 0, 0);
        row("search % is literal", QStringList {u"--search"_s, u"%"_s} + all, none, none, none,
            u"%"_s, name, false, 1000, 0, 0);
        row("search _ is literal", QStringList {u"--search"_s, u"_"_s} + all, none, none, none,
            u"_"_s, name, false, 1000, 0, 0);
        row("search with a quote", QStringList {u"--search"_s, u"'"_s} + all, none, none, none,
            u"'"_s, name, false, 1000, 0, 0);
        row("tier, status and region",
            QStringList {u"--tier"_s, u"free"_s, u"--status"_s, u"active"_s, u"--region"_s,
                         u"us-east-1"_s}
                + all,
            u"free"_s, u"active"_s, u"us-east-1"_s, none, name, false, 1000, 0, 1);
        row("tier and search",
            QStringList {u"--tier"_s, u"professional"_s, u"--search"_s, u"a"_s} + all,
            u"professional"_s, none, none, u"a"_s, name, false, 1000, 0, 1);
        row("limit 0", {u"--limit"_s, u"0"_s}, none, none, none, none, name, false, 0, 0, 0);
        row("limit 10", {u"--limit"_s, u"10"_s}, none, none, none, none, name, false, 10, 0, 10);
        row("last page", {u"--limit"_s, u"10"_s, u"--offset"_s, u"295"_s}, none, none, none, none,
            name, false, 10, 295, 5);
        row("offset past the end", {u"--offset"_s, u"1000"_s}, none, none, none, none, name, false,
            50, 1000, 0);
        row("sort id", QStringList {u"--sort"_s, u"id"_s} + all, none, none, none, none, u"id"_s,
            false, 1000, 0, 300);
        row("sort id descending", QStringList {u"--sort"_s, u"id"_s, u"--desc"_s} + all, none, none,
            none, none, u"id"_s, true, 1000, 0, 300);
        row("sort name descending", QStringList {u"--sort"_s, u"name"_s, u"--desc"_s} + all, none,
            none, none, none, name, true, 1000, 0, 300);
        row("sort tier (catalog order)", QStringList {u"--sort"_s, u"tier"_s} + all, none, none,
            none, none, u"tier"_s, false, 1000, 0, 300);
        row("sort tier descending", QStringList {u"--sort"_s, u"tier"_s, u"--desc"_s} + all, none,
            none, none, none, u"tier"_s, true, 1000, 0, 300);
        row("sort region", QStringList {u"--sort"_s, u"region"_s} + all, none, none, none, none,
            u"region"_s, false, 1000, 0, 300);
        row("sort owner", QStringList {u"--sort"_s, u"owner"_s} + all, none, none, none, none,
            u"owner"_s, false, 1000, 0, 300);
        row("sort created descending", QStringList {u"--sort"_s, u"created"_s, u"--desc"_s} + all,
            none, none, none, none, u"created"_s, true, 1000, 0, 300);
        row("page 2 by name descending",
            {u"--sort"_s, u"name"_s, u"--desc"_s, u"--limit"_s, u"7"_s, u"--offset"_s, u"7"_s},
            none, none, none, none, name, true, 7, 7, 7);
    }

    void tenantList()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, tier);
        QFETCH(QString, status);
        QFETCH(QString, region);
        QFETCH(QString, search);
        QFETCH(QString, sort);
        QFETCH(bool, desc);
        QFETCH(int, limit);
        QFETCH(int, offset);
        QFETCH(int, minimum);

        const QStringList expected
            = expectedIds(tier, status, region, search, sort, desc, limit, offset);
        QVERIFY2(expected.size() >= minimum, "the sample fleet no longer covers this row");
        CTL_JSON(list,
                 ctl(QStringList {u"--json"_s, u"tenant"_s, u"list"_s} + args,
                     sqliteEnvironment(*m_fleet)));
        QVERIFY(list.isArray());
        for (const QJsonValue &v : list.toArray()) {
            QCOMPARE(keysOf(v), listKeys());
            const QString id = v.toObject().value(u"id"_s).toString();
            QCOMPARE(v.toObject(), m_fleetById.value(id));
        }
        QCOMPARE(idsOf(list), expected);
    }

    // suspend / reactivate with a reason, the stale-version conflict (naming who changed the
    // tenant), lifecycle refusals, and the history they leave.
    // provision, its status and log, retry after a failure; deprovision, the legal hold,
    // purge with its certificate, maintenance.
    // upgrade plan shows the stages and changes; upgrade apply moves the tenant (free: shared
    // rows -> professional: its own schema file) and prints where its data went; mistakes get
    // one error line naming the option or the tier.
    void upgradePlanAndApply()
    {
        const SqliteFile &file = freshFile();
        QProcessEnvironment env = sqliteEnvironment(file);
        QTemporaryDir backups;
        env.insert(u"TENANCY_BACKUP_DIR"_s, backups.path());
        CTL_VERIFY_OK(ctl(createArgs(u"acme"_s), env));
        CTL_VERIFY_OK(ctl({u"provision"_s, u"acme"_s, u"--wait"_s}, env));
        const Run plan
            = ctl({u"upgrade"_s, u"plan"_s, u"acme"_s, u"--to"_s, u"professional"_s}, env);
        CTL_VERIFY_OK(plan);
        QVERIFY2(plan.out.startsWith(u"acme: free -> professional, shared isolation -> schema"_s),
                 qPrintable(plan.out));
        QVERIFY2(plan.out.contains(u"configuration.limits.max_users: 5 -> 100"_s),
                 qPrintable(plan.out));
        CTL_VERIFY_ERROR(
            ctl({u"upgrade"_s, u"apply"_s, u"acme"_s, u"--to"_s, u"professional"_s}, env), Usage,
            u"--reason"_s);
        CTL_VERIFY_ERROR(ctl({u"upgrade"_s, u"apply"_s, u"acme"_s, u"--reason"_s, u"x"_s}, env),
                         Usage, u"--to"_s);
        CTL_VERIFY_ERROR(
            ctl({u"upgrade"_s, u"apply"_s, u"acme"_s, u"--to"_s, u"gold"_s, u"--reason"_s, u"x"_s},
                env),
            Failed, u"unknown tier \"gold\""_s);
        CTL_JSON(done,
                 ctl({u"--json"_s, u"upgrade"_s, u"apply"_s, u"acme"_s, u"--to"_s,
                      u"professional"_s, u"--reason"_s, u"signed"_s},
                     env));
        QCOMPARE(done[u"tenant"_s][u"tier"_s].toString(), u"professional"_s);
        QCOMPARE(done[u"tenant"_s][u"isolation"_s].toString(), u"schema"_s);
        QVERIFY(done[u"rows_moved"_s].toInteger() >= 14);
        QVERIFY(QFileInfo::exists(done[u"backup"_s][u"file"_s].toString()));
    }

    // scaling set reads a policy file (bad JSON: the file, line and column; a bad policy: the
    // field); tenant scale multiplies the capacity within it.
    void scalingPolicyAndScale()
    {
        const SqliteFile &file = freshFile();
        QProcessEnvironment env = sqliteEnvironment(file);
        CTL_VERIFY_OK(ctl(createArgs(u"acme"_s, u"Acme"_s, u"enterprise"_s), env));
        CTL_VERIFY_OK(ctl({u"provision"_s, u"acme"_s, u"--wait"_s}, env));
        QTemporaryDir dir;
        const QString policy = dir.filePath(u"policy.json"_s);
        const auto write = [&](const QByteArray &text) {
            QFile f(policy);
            return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
        };
        QVERIFY(write("{\n  \"min_capacity\": 4,\n  \"max_capacity\": }\n"));
        CTL_VERIFY_ERROR(ctl({u"scaling"_s, u"set"_s, u"acme"_s, u"--file"_s, policy, u"--reason"_s,
                              u"sizing"_s},
                             env),
                         Failed, policy + u":3:"_s);
        QVERIFY(write(R"({"min_capacity": 4, "max_capacity": 2})"));
        CTL_VERIFY_ERROR(ctl({u"scaling"_s, u"set"_s, u"acme"_s, u"--file"_s, policy, u"--reason"_s,
                              u"sizing"_s},
                             env),
                         Failed, u"infrastructure.auto_scaling.min_capacity"_s);
        QVERIFY(write(
            R"({"infrastructure": {"auto_scaling": {"min_capacity": 4, "max_capacity": 40}}})"));
        CTL_VERIFY_OK(ctl(
            {u"scaling"_s, u"set"_s, u"acme"_s, u"--file"_s, policy, u"--reason"_s, u"sizing"_s},
            env));
        CTL_VERIFY_ERROR(ctl({u"tenant"_s, u"scale"_s, u"acme"_s, u"--factor"_s, u"lots"_s}, env),
                         Usage, u"--factor"_s);
        CTL_JSON(
            scaled,
            ctl({u"--json"_s, u"tenant"_s, u"scale"_s, u"acme"_s, u"--factor"_s, u"3"_s}, env));
        QCOMPARE(scaled[u"capacity"_s].toInt(), 12);
        CTL_JSON(shown, ctl({u"--json"_s, u"scaling"_s, u"show"_s, u"acme"_s}, env));
        QCOMPARE(shown[u"policy"_s][u"max_capacity"_s].toInt(), 40);
        QCOMPARE(shown[u"direction"_s].toString(), u"up"_s);
    }

    void provisionAndDeprovision()
    {
        const SqliteFile &file = freshFile();
        QProcessEnvironment env = sqliteEnvironment(file);
        QTemporaryDir backups;
        env.insert(u"TENANCY_BACKUP_DIR"_s, backups.path());
        CTL_VERIFY_OK(ctl(createArgs(u"acme"_s), env));
        CTL_VERIFY_ERROR(ctl({u"provision"_s, u"acme"_s, u"--isolation"_s, u"cloud"_s}, env), Usage,
                         u"--isolation"_s);
        CTL_VERIFY_ERROR(ctl({u"provision"_s, u"status"_s, u"acme"_s}, env), NotFound,
                         u"never been provisioned"_s);
        QProcessEnvironment failing = env;
        failing.insert(u"TENANCY_FAILPOINTS"_s, u"provision.verification.before=fail"_s);
        CTL_VERIFY_ERROR(ctl({u"provision"_s, u"acme"_s, u"--wait"_s}, failing), Failed,
                         u"Verification failed"_s);
        CTL_JSON(status, ctl({u"--json"_s, u"provision"_s, u"status"_s, u"acme"_s}, env));
        for (const QString &key : {u"job"_s, u"tenant"_s, u"state"_s, u"isolation"_s, u"steps"_s})
            QVERIFY2(status.toObject().contains(key), qPrintable(key));
        QCOMPARE(status[u"state"_s].toString(), u"failed"_s);
        const QJsonArray steps = status[u"steps"_s].toArray();
        QCOMPARE(steps.size(), 6);
        for (const QJsonValue &step : steps) {
            for (const QString &key : {u"name"_s, u"status"_s, u"attempts"_s, u"started_at"_s,
                                       u"finished_at"_s, u"error"_s})
                QVERIFY2(step.toObject().contains(key), qPrintable(key));
        }
        QCOMPARE(steps[4][u"status"_s].toString(), u"failed"_s);
        QVERIFY(steps[4][u"error"_s].toString().contains(u"failpoint"_s));
        const Run retried = ctl({u"provision"_s, u"retry"_s, u"acme"_s}, env);
        CTL_VERIFY_OK(retried);
        QVERIFY2(retried.out.startsWith(u"job 1 for acme: completed"_s), qPrintable(retried.out));
        const Run log = ctl({u"provision"_s, u"log"_s, u"acme"_s}, env);
        CTL_VERIFY_OK(log);
        QVERIFY2(log.out.contains(u"Verification started (attempt 2)"_s), qPrintable(log.out));

        const Run started = ctl({u"deprovision"_s, u"acme"_s, u"--reason"_s, u"ended"_s}, env);
        CTL_VERIFY_OK(started);
        QVERIFY2(started.out.contains(u"30 days"_s), qPrintable(started.out));
        CTL_VERIFY_OK(
            ctl({u"tenant"_s, u"legal-hold"_s, u"acme"_s, u"on"_s, u"--reason"_s, u"litigation"_s},
                env));
        CTL_VERIFY_ERROR(
            ctl({u"tenant"_s, u"legal-hold"_s, u"acme"_s, u"maybe"_s, u"--reason"_s, u"x"_s}, env),
            Usage, u"on or off"_s);
        CTL_VERIFY_ERROR(ctl({u"deprovision"_s, u"purge"_s, u"acme"_s, u"--reason"_s, u"x"_s}, env),
                         Failed, u"litigation"_s);
        CTL_VERIFY_OK(ctl(
            {u"tenant"_s, u"legal-hold"_s, u"acme"_s, u"off"_s, u"--reason"_s, u"settled"_s}, env));
        CTL_JSON(certificate,
                 ctl({u"--json"_s, u"deprovision"_s, u"purge"_s, u"acme"_s, u"--reason"_s,
                      u"erasure request"_s},
                     env));
        QCOMPARE(certificate[u"tenant"_s][u"id"_s].toString(), u"acme"_s);
        const QString backup = backups.filePath(certificate[u"backup"_s][u"file"_s].toString());
        QFile archive(backup);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        QCOMPARE(
            QString::fromLatin1(
                QCryptographicHash::hash(archive.readAll(), QCryptographicHash::Sha256).toHex()),
            certificate[u"backup"_s][u"sha256"_s].toString());
        QVERIFY(QFileInfo::exists(backups.filePath(u"acme-deletion-certificate.json"_s)));
        CTL_JSON(report, ctl({u"--json"_s, u"maintenance"_s, u"run"_s}, env));
        QCOMPARE(report[u"purged"_s].toArray().size(), 0);
        QCOMPARE(report[u"backups_removed"_s].toArray().size(), 0); // kept 90 days
    }

    void suspendReactivateAndHistory()
    {
        const SqliteFile &file = freshFile();
        const QProcessEnvironment alice = sqliteEnvironment(file);
        const QProcessEnvironment sue = sqliteEnvironment(file, u"sue"_s);
        CTL_JSON(created, ctl(QStringList {u"--json"_s} + createArgs(u"acme"_s), alice));
        CTL_VERIFY_OK(ctl({u"operator"_s, u"add"_s, u"sue"_s, u"--role"_s, u"support"_s}, alice));
        // Pending until provisioned (created 1, provisioning 2, active 3).
        CTL_VERIFY_OK(
            ctl({u"provision"_s, u"acme"_s, u"--isolation"_s, u"shared"_s, u"--wait"_s}, alice));

        CTL_JSON(suspended,
                 ctl({u"--json"_s, u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s,
                      u"unpaid invoice"_s},
                     sue));
        const QJsonObject s = suspended.toObject();
        QCOMPARE(keysOf(s), showKeys());
        QCOMPARE(s.value(u"status"_s).toString(), u"suspended"_s);
        QCOMPARE(s.value(u"version"_s).toInt(), 4);
        QCOMPARE(s.value(u"created_at"_s), created.toObject().value(u"created_at"_s));
        QVERIFY(isIsoUtc(s.value(u"updated_at"_s).toString()));
        QVERIFY(s.value(u"updated_at"_s).toString() >= s.value(u"created_at"_s).toString());
        QCOMPARE(s.value(u"configuration"_s), created.toObject().value(u"configuration"_s));
        CTL_JSON(shown, ctl({u"--json"_s, u"tenant"_s, u"show"_s, u"acme"_s}, alice));
        QCOMPARE(shown.toObject(), s);

        // Lifecycle: a suspended tenant cannot be suspended again.
        CTL_VERIFY_ERROR(
            ctl({u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s, u"again"_s}, alice), Failed,
            u"suspended"_s);
        // alice read version 1; sue has changed it since.
        CTL_VERIFY_ERROR(ctl({u"tenant"_s, u"reactivate"_s, u"acme"_s, u"--reason"_s, u"paid"_s,
                              u"--if-version"_s, u"1"_s},
                             alice),
                         Stale, u"sue"_s);
        CTL_JSON(stillSuspended, ctl({u"--json"_s, u"tenant"_s, u"show"_s, u"acme"_s}, alice));
        QCOMPARE(stillSuspended.toObject().value(u"version"_s).toInt(), 4);
        QCOMPARE(stillSuspended.toObject().value(u"status"_s).toString(), u"suspended"_s);

        CTL_JSON(reactivated,
                 ctl({u"--json"_s, u"tenant"_s, u"reactivate"_s, u"acme"_s, u"--reason"_s,
                      u"paid"_s, u"--if-version"_s, u"4"_s},
                     alice));
        QCOMPARE(keysOf(reactivated), showKeys());
        QCOMPARE(reactivated.toObject().value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(reactivated.toObject().value(u"version"_s).toInt(), 5);
        CTL_VERIFY_ERROR(
            ctl({u"tenant"_s, u"reactivate"_s, u"acme"_s, u"--reason"_s, u"again"_s}, alice),
            Failed, u"active"_s);

        CTL_JSON(history, ctl({u"--json"_s, u"tenant"_s, u"history"_s, u"acme"_s}, alice));
        const QJsonArray entries = history.toArray();
        QStringList actions;
        for (const QJsonValue &e : entries) {
            QCOMPARE(keysOf(e), auditKeys());
            QCOMPARE(e.toObject().value(u"tenant_id"_s).toString(), u"acme"_s);
            QVERIFY(isIsoUtc(e.toObject().value(u"at"_s).toString()));
            actions << e.toObject().value(u"action"_s).toString();
        }
        QCOMPARE(actions,
                 (QStringList {u"tenant.reactivate"_s, u"tenant.suspend"_s, u"tenant.activate"_s,
                               u"provisioning.start"_s, u"tenant.create"_s}));
        const QJsonObject suspend = entries.at(1).toObject();
        QCOMPARE(suspend.value(u"operator"_s).toString(), u"sue"_s);
        QCOMPARE(suspend.value(u"role"_s).toString(), u"support"_s);
        QCOMPARE(suspend.value(u"reason"_s).toString(), u"unpaid invoice"_s);
        QCOMPARE(suspend.value(u"before"_s)[u"status"_s].toString(), u"active"_s);
        QCOMPARE(suspend.value(u"after"_s)[u"status"_s].toString(), u"suspended"_s);
        QVERIFY(entries.at(4).toObject().value(u"before"_s).isNull()); // tenant.create

        CTL_JSON(
            latest,
            ctl({u"--json"_s, u"tenant"_s, u"history"_s, u"acme"_s, u"--limit"_s, u"1"_s}, alice));
        QCOMPARE(latest.toArray().size(), 1);
        QCOMPARE(latest.toArray().first()[u"action"_s].toString(), u"tenant.reactivate"_s);

        const Run plain
            = ctl({u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s, u"audit"_s}, sue);
        CTL_VERIFY_OK(plain);
        QVERIFY2(plain.out.contains(u"suspended tenant acme (version 6)"_s),
                 qPrintable(plain.describe()));
    }

    // audit log, seal and verify: the chain end to end, the seal's key in the real keychain,
    // and an edit made with raw SQL found by verify (exit 1, naming the entry).
    void auditLogSealAndVerify()
    {
        TENANCY_REQUIRE_SERVICE(qEnvironmentVariable("TENANCY_TEST_KEYRING") == u"1"_s,
                                "the Secret Service");
        const SqliteFile &file = freshFile();
        const QProcessEnvironment alice = sqliteEnvironment(file);
        CTL_VERIFY_OK(ctl(createArgs(u"acme"_s), alice));
        CTL_VERIFY_OK(ctl(createArgs(u"globex"_s), alice));
        CTL_JSON(log, ctl({u"--json"_s, u"audit"_s, u"log"_s, u"--limit"_s, u"2"_s}, alice));
        const QJsonArray entries = log.toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0)[u"tenant_id"_s].toString(), u"globex"_s);
        QCOMPARE(entries.at(0)[u"seq"_s].toInteger(), entries.at(1)[u"seq"_s].toInteger() + 1);
        QCOMPARE(entries.at(0)[u"prev_hash"_s], entries.at(1)[u"hash"_s]);
        CTL_JSON(acme, ctl({u"--json"_s, u"audit"_s, u"log"_s, u"--tenant"_s, u"acme"_s}, alice));
        QCOMPARE(acme.toArray().size(), 1);
        CTL_VERIFY_ERROR(ctl({u"audit"_s, u"log"_s, u"--since"_s, u"yesterday"_s}, alice), Usage,
                         u"--since"_s);

        CTL_JSON(seal, ctl({u"--json"_s, u"audit"_s, u"seal"_s}, alice));
        QCOMPARE(seal[u"seq"_s].toInteger(), entries.at(0)[u"seq"_s].toInteger());
        CTL_JSON(verified, ctl({u"--json"_s, u"audit"_s, u"verify"_s}, alice));
        QCOMPARE(verified[u"intact"_s].toBool(), true);
        QCOMPARE(verified[u"seals_checked"_s].toInt(), 1);
        QCOMPARE(verified[u"head_hash"_s], entries.at(0)[u"hash"_s]);

        {
            auto db = Database::open(file.url());
            QVERIFY(db);
            QVERIFY((*db)->exec(u"DROP TRIGGER audit_entries_no_update"_s));
            QVERIFY((*db)->exec(u"UPDATE audit_entries SET reason = 'nothing happened' "
                                "WHERE tenant_id = 'acme'"_s));
        }
        const Run damaged = ctl({u"audit"_s, u"verify"_s}, alice);
        QVERIFY2(damaged.finished && damaged.exitCode == Failed, qPrintable(damaged.describe()));
        QVERIFY2(damaged.out.contains(
                     u"edited entry at entry %1"_s.arg(entries.at(1)[u"seq"_s].toInteger())),
                 qPrintable(damaged.describe()));
    }

    // tenant export-data writes the tenant's archive (and refuses what it cannot do, naming
    // it); maintenance run seals the audit log with the key from the keychain.
    void exportDataAndMaintenance()
    {
        TENANCY_REQUIRE_SERVICE(qEnvironmentVariable("TENANCY_TEST_KEYRING") == u"1"_s,
                                "the Secret Service");
        const SqliteFile &file = freshFile();
        const QProcessEnvironment alice = sqliteEnvironment(file);
        CTL_VERIFY_OK(ctl(createArgs(u"acme"_s), alice));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CTL_VERIFY_ERROR(ctl({u"tenant"_s, u"export-data"_s, u"acme"_s}, alice), Usage, u"--out"_s);
        CTL_VERIFY_ERROR(ctl({u"tenant"_s, u"export-data"_s, u"nosuch"_s, u"--out"_s,
                              dir.filePath(u"n.json.gz"_s)},
                             alice),
                         NotFound, u"nosuch"_s);
        CTL_VERIFY_ERROR(ctl({u"tenant"_s, u"export-data"_s, u"acme"_s, u"--out"_s,
                              dir.filePath(u"missing/a.json.gz"_s)},
                             alice),
                         Failed, u"does not exist"_s);
        const QString out = dir.filePath(u"acme.json.gz"_s);
        CTL_JSON(
            exported,
            ctl({u"--json"_s, u"tenant"_s, u"export-data"_s, u"acme"_s, u"--out"_s, out}, alice));
        QCOMPARE(exported[u"path"_s].toString(), out);
        QCOMPARE(exported[u"sha256"_s].toString(), *TenantBackup::sha256Of(out));
        QVERIFY(exported[u"audit_entries"_s].toInt() >= 1);
        QCOMPARE(TenantBackup::read(out)->value(u"format"_s).toString(), u"tenancy-export"_s);

        CTL_JSON(report, ctl({u"--json"_s, u"maintenance"_s, u"run"_s}, alice));
        QVERIFY2(report[u"audit_seal"_s].isObject(), qPrintable(compact(report)));
        QVERIFY(report[u"audit_note"_s].isNull());
        QVERIFY(report[u"retention"_s].toArray().isEmpty());
        const Run text = ctl({u"maintenance"_s, u"run"_s}, alice);
        CTL_VERIFY_OK(text);
        QVERIFY2(text.out.contains(u"past their retention (data governance): -"_s),
                 qPrintable(text.describe()));
        CTL_JSON(verified, ctl({u"--json"_s, u"audit"_s, u"verify"_s}, alice));
        QCOMPARE(verified[u"intact"_s].toBool(), true);
        QCOMPARE(verified[u"last_seal"_s][u"seq"_s], report[u"audit_seal"_s][u"seq"_s]);
    }

    // audit export as a signed bundle, checked as an auditor would: verify-bundle, the
    // documented openssl and sha256sum commands, pdftotext, Python's csv module; a flipped byte
    // in any file of it is caught.
    void auditExportBundle()
    {
        TENANCY_REQUIRE_SERVICE(qEnvironmentVariable("TENANCY_TEST_KEYRING") == u"1"_s,
                                "the Secret Service");
        const SqliteFile &file = freshFile();
        const QProcessEnvironment alice = sqliteEnvironment(file);
        CTL_VERIFY_OK(ctl(createArgs(u"acme"_s), alice));
        CTL_VERIFY_OK(ctl(createArgs(u"globex"_s), alice));
        const QString reason = u"ticket \"SUP-7\", urgent\nsecond line"_s;
        CTL_VERIFY_OK(
            ctl({u"tenant"_s, u"apply"_s, u"acme"_s, u"--set"_s,
                 u"configuration.security.mfa_config.required=true"_s, u"--reason"_s, reason},
                alice));
        QTemporaryDir dir;
        const QString key = dir.filePath(u"audit-public.pem"_s);
        CTL_VERIFY_OK(ctl({u"audit"_s, u"public-key"_s, u"--out"_s, key}, alice));
        QFile pem(key);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QVERIFY(pem.readAll().startsWith("-----BEGIN PUBLIC KEY-----"));

        const QString bundle = dir.filePath(u"q3"_s);
        CTL_JSON(exported,
                 ctl({u"--json"_s, u"audit"_s, u"export"_s, u"--format"_s, u"bundle"_s, u"--out"_s,
                      bundle, u"--tenant"_s, u"acme"_s, u"--framework"_s, u"hipaa"_s, u"--from"_s,
                      u"2020-01-01"_s},
                     alice));
        QCOMPARE(exported[u"tenants"_s].toInt(), 1);
        QCOMPARE(exported[u"entries"_s].toInteger(), 2); // acme's create and apply
        const QString head = exported[u"seal"_s][u"hash"_s].toString();
        QCOMPARE(head.size(), 64);
        QStringList files {u"SHA256SUMS"_s,        u"SHA256SUMS.sig"_s,   u"audit-entries.csv"_s,
                           u"audit-report.json"_s, u"audit-report.pdf"_s, u"controls.csv"_s,
                           u"manifest.json"_s,     u"manifest.json.sig"_s};
        QCOMPARE(QDir(bundle).entryList(QDir::Files | QDir::Hidden, QDir::Name), files);
        // Nothing else beside it (no partial directory left).
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
                 (QStringList {u"audit-public.pem"_s, u"q3"_s}));

        const Run verified = ctl({u"audit"_s, u"verify-bundle"_s, bundle, u"--public-key"_s, key},
                                 QProcessEnvironment::systemEnvironment());
        CTL_VERIFY_OK(verified);
        QVERIFY2(verified.out.contains(u"intact"_s), qPrintable(verified.describe()));

        // The auditor's commands (docs/audit-bundle.md).
        const auto tool = [&](const QString &program, const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(bundle);
            p.start(program, args);
            p.waitForFinished(60'000);
            return std::pair {
                p.exitCode(),
                QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
        };
        for (const QString &signedFile : {u"SHA256SUMS"_s, u"manifest.json"_s}) {
            const auto [code, output]
                = tool(u"openssl"_s,
                       {u"pkeyutl"_s, u"-verify"_s, u"-pubin"_s, u"-inkey"_s, key, u"-rawin"_s,
                        u"-in"_s, signedFile, u"-sigfile"_s, signedFile + u".sig"_s});
            QVERIFY2(code == 0 && output.contains(u"Signature Verified Successfully"_s),
                     qPrintable(output));
        }
        {
            const auto [code, output] = tool(u"sha256sum"_s, {u"-c"_s, u"SHA256SUMS"_s});
            QVERIFY2(code == 0 && output.count(u": OK"_s) == 5, qPrintable(output));
        }

        // The PDF: scope, counts and the chain head.
        {
            const auto [code, text] = tool(u"pdftotext"_s, {u"audit-report.pdf"_s, u"-"_s});
            QCOMPARE(code, 0);
            for (const QString &needle :
                 {u"Audit report"_s, u"tenant acme"_s, u"2 in the period and scope"_s, head,
                  u"164.312(d)"_s, u"Page 1 of"_s, u"configuration.apply"_s})
                QVERIFY2(text.contains(needle),
                         qPrintable(u"\"%1\" not in the PDF's text:\n"_s.arg(needle) + text));
        }
        // The CSV files, read by Python's csv module: the reason with its quote, comma and line
        // break comes back whole.
        {
            const QString script = u"import csv, json, sys\n"
                                   "rows = {}\n"
                                   "for name in sys.argv[1:]:\n"
                                   "    with open(name, newline='', encoding='utf-8') as f:\n"
                                   "        rows[name] = list(csv.DictReader(f, strict=True))\n"
                                   "print(json.dumps(rows))\n"_s;
            const auto [code, output]
                = tool(u"python3"_s, {u"-c"_s, script, u"audit-entries.csv"_s, u"controls.csv"_s});
            QVERIFY2(code == 0, qPrintable(output));
            const QJsonObject rows = QJsonDocument::fromJson(output.toUtf8()).object();
            const QJsonArray entries = rows[u"audit-entries.csv"_s].toArray();
            QCOMPARE(entries.size(), 2);
            QCOMPARE(entries.at(1)[u"reason"_s].toString(), reason);
            QCOMPARE(entries.at(1)[u"tenant_id"_s].toString(), u"acme"_s);
            QCOMPARE(entries.at(1)[u"hash"_s].toString().size(), 64);
            const QJsonArray controls = rows[u"controls.csv"_s].toArray();
            QVERIFY(controls.size() > 5);
            bool mfa = false;
            for (const QJsonValue &c : controls) {
                QCOMPARE(c[u"framework"_s].toString(), u"HIPAA"_s);
                if (c[u"control_id"_s].toString() == u"164.312(d)"_s)
                    mfa = c[u"status"_s].toString() == u"pass"_s;
            }
            QVERIFY(mfa);
        }

        // Any changed byte in any file: not intact, and the file is named.
        for (const QString &name : std::as_const(files)) {
            const QString copy = dir.filePath(u"flip-"_s + name);
            QVERIFY(copyDirectory(bundle, copy));
            QFile f(copy + u'/' + name);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
            f.seek(0);
            f.write(bytes);
            f.close();
            const Run flipped = ctl({u"audit"_s, u"verify-bundle"_s, copy, u"--public-key"_s, key},
                                    QProcessEnvironment::systemEnvironment());
            QVERIFY2(flipped.finished && flipped.exitCode == Failed,
                     qPrintable(name + u": "_s + flipped.describe()));
            const QString named = name.endsWith(u".sig"_s) ? name.chopped(4) : name;
            QVERIFY2(flipped.out.contains(named), qPrintable(name + u": "_s + flipped.describe()));
        }
        // Another key: refused.
        {
            QProcess gen;
            const QString other = dir.filePath(u"other.pem"_s);
            gen.start(u"sh"_s,
                      {u"-c"_s,
                       u"openssl genpkey -algorithm ed25519 | openssl pkey "
                       "-pubout -out '%1'"_s.arg(other)});
            QVERIFY(gen.waitForFinished(30'000) && gen.exitCode() == 0);
            const Run wrongKey
                = ctl({u"audit"_s, u"verify-bundle"_s, bundle, u"--public-key"_s, other},
                      QProcessEnvironment::systemEnvironment());
            QVERIFY2(wrongKey.finished && wrongKey.exitCode == Failed,
                     qPrintable(wrongKey.describe()));
        }

        // The other formats, the refusals, and the log of the exports.
        CTL_VERIFY_OK(ctl({u"audit"_s, u"export"_s, u"--format"_s, u"json"_s, u"--out"_s,
                           dir.filePath(u"fleet.json"_s)},
                          alice));
        CTL_VERIFY_OK(ctl({u"audit"_s, u"export"_s, u"--format"_s, u"pdf"_s, u"--out"_s,
                           dir.filePath(u"fleet.pdf"_s)},
                          alice));
        CTL_VERIFY_OK(ctl(
            {u"audit"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, dir.filePath(u"csv"_s)},
            alice));
        QVERIFY(QFileInfo::exists(dir.filePath(u"csv/audit-entries.csv"_s)));
        CTL_VERIFY_ERROR(ctl({u"audit"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s,
                              dir.filePath(u"csv"_s)},
                             alice),
                         Failed, u"not empty"_s);
        CTL_VERIFY_ERROR(ctl({u"audit"_s, u"export"_s, u"--format"_s, u"xls"_s, u"--out"_s,
                              dir.filePath(u"x"_s)},
                             alice),
                         Usage, u"--format"_s);
        CTL_VERIFY_ERROR(ctl({u"audit"_s, u"export"_s, u"--format"_s, u"json"_s, u"--out"_s,
                              dir.filePath(u"x.json"_s), u"--tenant"_s, u"initech"_s},
                             alice),
                         Failed, u"initech"_s);
        CTL_VERIFY_OK(ctl({u"operator"_s, u"add"_s, u"ann"_s, u"--role"_s, u"auditor"_s}, alice));
        CTL_VERIFY_ERROR(ctl({u"audit"_s, u"export"_s, u"--format"_s, u"json"_s, u"--out"_s,
                              dir.filePath(u"ann.json"_s)},
                             sqliteEnvironment(file, u"ann"_s)),
                         NotPermitted, u"auditor"_s);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"ann.json"_s)));
        CTL_JSON(exports,
                 ctl({u"--json"_s, u"audit"_s, u"log"_s, u"--action"_s, u"audit.export"_s}, alice));
        QCOMPARE(exports.toArray().size(), 4);
        CTL_JSON(intact, ctl({u"--json"_s, u"audit"_s, u"verify"_s}, alice));
        QCOMPARE(intact[u"intact"_s].toBool(), true);
    }

    // compliance check and matrix: statuses, evidence, the fix as a command that works.
    void complianceCheckAndMatrix()
    {
        const SqliteFile &file = freshFile();
        const QProcessEnvironment alice = sqliteEnvironment(file);
        CTL_VERIFY_OK(ctl(createArgs(u"acme"_s), alice));
        CTL_JSON(
            checked,
            ctl({u"--json"_s, u"compliance"_s, u"check"_s, u"acme"_s, u"--framework"_s, u"hipaa"_s},
                alice));
        QCOMPARE(checked.toArray().size(), 1);
        const QJsonObject hipaa = checked.toArray().first().toObject();
        QCOMPARE(hipaa[u"framework"_s].toString(), u"HIPAA"_s);
        QJsonObject mfa;
        for (const QJsonValue &c : hipaa[u"controls"_s].toArray()) {
            if (c[u"control"_s].toString() == u"164.312(d)"_s)
                mfa = c.toObject();
        }
        QCOMPARE(mfa[u"status"_s].toString(), u"fail"_s);
        QCOMPARE(mfa[u"evidence"_s].toArray().first().toString(),
                 u"configuration.security.mfa_config.required = false"_s);

        const Run text
            = ctl({u"compliance"_s, u"check"_s, u"acme"_s, u"--framework"_s, u"HIPAA"_s}, alice);
        CTL_VERIFY_OK(text);
        QVERIFY2(text.out.contains(u"fix 164.312(d): tenancyctl tenant apply acme --set "
                                   "configuration.security.mfa_config.required=true"_s),
                 qPrintable(text.describe()));
        CTL_VERIFY_OK(ctl({u"tenant"_s, u"apply"_s, u"acme"_s, u"--set"_s,
                           u"configuration.security.mfa_config.required=true"_s, u"--reason"_s,
                           u"HIPAA 164.312(d)"_s},
                          alice));
        CTL_JSON(matrix,
                 ctl({u"--json"_s, u"compliance"_s, u"matrix"_s, u"--framework"_s, u"HIPAA"_s,
                      u"--framework"_s, u"PCI-DSS"_s},
                     alice));
        QCOMPARE(matrix.toArray().size(), 2);
        QVERIFY(!matrix.toArray().at(0)[u"failing"_s].toArray().contains(u"164.312(d)"_s));
        CTL_VERIFY_ERROR(ctl({u"compliance"_s, u"matrix"_s, u"--framework"_s, u"SOX"_s}, alice),
                         Failed, u"SOX"_s);
    }

    void operators()
    {
        const SqliteFile &file = freshFile();
        auto as = [&](const QString &op) {
            return sqliteEnvironment(file, op);
        };

        // The first operator of a new database is its admin.
        CTL_JSON(info, ctl({u"--json"_s, u"db"_s, u"info"_s}, as(u"bob"_s)));
        QCOMPARE(info[u"operator"_s].toString(), u"bob"_s);
        QCOMPARE(info[u"role"_s].toString(), u"admin"_s);

        CTL_JSON(added,
                 ctl({u"--json"_s, u"operator"_s, u"add"_s, u"carol"_s, u"--role"_s, u"support"_s},
                     as(u"bob"_s)));
        QCOMPARE(keysOf(added), operatorKeys());
        QCOMPARE(added[u"name"_s].toString(), u"carol"_s);
        QCOMPARE(added[u"role"_s].toString(), u"support"_s);
        QCOMPARE(added[u"created_by"_s].toString(), u"bob"_s);
        QVERIFY(isIsoUtc(added[u"created_at"_s].toString()));

        CTL_JSON(list, ctl({u"--json"_s, u"operator"_s, u"list"_s}, as(u"carol"_s)));
        QHash<QString, QString> roles;
        for (const QJsonValue &v : list.toArray()) {
            QCOMPARE(keysOf(v), operatorKeys());
            roles.insert(v[u"name"_s].toString(), v[u"role"_s].toString());
        }
        QCOMPARE(roles,
                 (QHash<QString, QString> {{u"bob"_s, u"admin"_s}, {u"carol"_s, u"support"_s}}));

        CTL_JSON(changed,
                 ctl({u"--json"_s, u"operator"_s, u"set-role"_s, u"carol"_s, u"compliance"_s},
                     as(u"bob"_s)));
        QCOMPARE(keysOf(changed), operatorKeys());
        QCOMPARE(changed[u"role"_s].toString(), u"compliance"_s);
        CTL_VERIFY_ERROR(ctl(createArgs(u"x"_s), as(u"carol"_s)), NotPermitted, u"compliance"_s);
        CTL_VERIFY_ERROR(ctl({u"tenant"_s, u"list"_s}, as(u"dave"_s)), NotPermitted, u"dave"_s);
        CTL_VERIFY_ERROR(
            ctl({u"operator"_s, u"add"_s, u"carol"_s, u"--role"_s, u"sales"_s}, as(u"bob"_s)),
            Failed, u"carol"_s);
        CTL_VERIFY_ERROR(ctl({u"operator"_s, u"set-role"_s, u"bob"_s, u"sales"_s}, as(u"bob"_s)),
                         Failed, u"last admin"_s);
        CTL_VERIFY_ERROR(
            ctl({u"operator"_s, u"set-role"_s, u"nobody"_s, u"support"_s}, as(u"bob"_s)), NotFound,
            u"nobody"_s);

        // With a second admin, the first may step down; the new admin can add operators.
        CTL_VERIFY_OK(ctl({u"operator"_s, u"set-role"_s, u"carol"_s, u"admin"_s}, as(u"bob"_s)));
        CTL_VERIFY_OK(
            ctl({u"operator"_s, u"add"_s, u"erin"_s, u"--role"_s, u"auditor"_s}, as(u"carol"_s)));
        CTL_VERIFY_OK(ctl({u"operator"_s, u"set-role"_s, u"bob"_s, u"auditor"_s}, as(u"carol"_s)));
        CTL_VERIFY_ERROR(
            ctl({u"operator"_s, u"add"_s, u"frank"_s, u"--role"_s, u"sales"_s}, as(u"bob"_s)),
            NotPermitted, u"auditor"_s);
        const Run plain = ctl({u"operator"_s, u"list"_s}, as(u"erin"_s));
        CTL_VERIFY_OK(plain);
        for (const QString &name : {u"bob"_s, u"carol"_s, u"erin"_s})
            QVERIFY2(plain.out.contains(name), qPrintable(plain.describe()));
    }

    // What each role may do through the CLI (DOMAIN.md "Who uses the console").
    void roles_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("list");
        QTest::addColumn<int>("create");
        QTest::addColumn<int>("suspend");
        QTest::addColumn<int>("history");
        QTest::addColumn<int>("addOperator");
        QTest::addColumn<int>("demo");
        QTest::newRow("support") << u"support"_s << int(Ok) << int(Ok) << int(Ok) << int(Ok)
                                 << int(NotPermitted) << int(Ok);
        QTest::newRow("compliance")
            << u"compliance"_s << int(Ok) << int(NotPermitted) << int(NotPermitted) << int(Ok)
            << int(NotPermitted) << int(NotPermitted);
        QTest::newRow("sales") << u"sales"_s << int(Ok) << int(NotPermitted) << int(NotPermitted)
                               << int(NotPermitted) << int(NotPermitted) << int(NotPermitted);
        QTest::newRow("auditor") << u"auditor"_s << int(Ok) << int(NotPermitted)
                                 << int(NotPermitted) << int(Ok) << int(NotPermitted)
                                 << int(NotPermitted);
        QTest::newRow("admin") << u"admin"_s << int(Ok) << int(Ok) << int(Ok) << int(Ok) << int(Ok)
                               << int(Ok);
    }

    void roles()
    {
        QFETCH(QString, role);
        QFETCH(int, list);
        QFETCH(int, create);
        QFETCH(int, suspend);
        QFETCH(int, history);
        QFETCH(int, addOperator);
        QFETCH(int, demo);

        const SqliteFile &file = freshFile();
        CTL_VERIFY_OK(ctl(createArgs(u"acme"_s), sqliteEnvironment(file)));
        CTL_VERIFY_OK(ctl({u"provision"_s, u"acme"_s, u"--wait"_s}, sqliteEnvironment(file)));
        CTL_VERIFY_OK(
            ctl({u"operator"_s, u"add"_s, u"pat"_s, u"--role"_s, role}, sqliteEnvironment(file)));
        const QProcessEnvironment pat = sqliteEnvironment(file, u"pat"_s);
        const QString who = u"(%1)"_s.arg(role);
        const QList<std::pair<QStringList, int>> attempts {
            {{u"tenant"_s, u"list"_s}, list},
            {createArgs(u"beta"_s), create},
            {{u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s, u"test"_s}, suspend},
            {{u"tenant"_s, u"history"_s, u"acme"_s}, history},
            {{u"operator"_s, u"add"_s, u"quinn"_s, u"--role"_s, u"sales"_s}, addOperator},
            {{u"demo"_s, u"--tenants"_s, u"3"_s}, demo},
        };
        for (const auto &[args, expected] : attempts) {
            const Run run = ctl(args, pat);
            if (expected == Ok)
                CTL_VERIFY_OK(run);
            else
                CTL_VERIFY_ERROR(run, expected, who);
        }
    }

    void demo()
    {
        const SqliteFile &a = freshFile();
        const QProcessEnvironment env = sqliteEnvironment(a);
        CTL_JSON(
            first,
            ctl({u"--json"_s, u"demo"_s, u"--tenants"_s, u"300"_s, u"--seed"_s, u"42"_s}, env));
        QCOMPARE(keysOf(first), sorted({u"requested"_s, u"inserted"_s, u"skipped"_s, u"seed"_s}));
        QCOMPARE(compact(first[u"requested"_s]), u"300"_s);
        QCOMPARE(compact(first[u"inserted"_s]), u"300"_s);
        QCOMPARE(compact(first[u"skipped"_s]), u"0"_s);
        QCOMPARE(compact(first[u"seed"_s]), u"\"42\""_s);

        // The same seed gives the same fleet (m_fleet was made with seed 42 too).
        CTL_JSON(list, ctl({u"--json"_s, u"tenant"_s, u"list"_s, u"--limit"_s, u"1000"_s}, env));
        QCOMPARE(list.toArray().size(), 300);
        for (qsizetype i = 0; i < 300; ++i) {
            QCOMPARE(withoutTimestamps(list.toArray().at(i).toObject()),
                     withoutTimestamps(m_fleetTenants.at(i).toObject()));
        }

        // A second run skips what exists.
        CTL_JSON(
            second,
            ctl({u"--json"_s, u"demo"_s, u"--tenants"_s, u"300"_s, u"--seed"_s, u"42"_s}, env));
        QCOMPARE(compact(second[u"inserted"_s]), u"0"_s);
        QCOMPARE(compact(second[u"skipped"_s]), u"300"_s);
        CTL_JSON(info, ctl({u"--json"_s, u"db"_s, u"info"_s}, env));
        QCOMPARE(info[u"tenants"_s].toInt(), 300);

        // Another seed, another fleet.
        const SqliteFile &b = freshFile();
        CTL_VERIFY_OK(
            ctl({u"demo"_s, u"--tenants"_s, u"300"_s, u"--seed"_s, u"43"_s}, sqliteEnvironment(b)));
        CTL_JSON(other,
                 ctl({u"--json"_s, u"tenant"_s, u"list"_s, u"--limit"_s, u"1000"_s},
                     sqliteEnvironment(b)));
        QCOMPARE(other.toArray().size(), 300);
        QVERIFY(idsOf(other) != idsOf(list));

        // Realistic: mostly free, fewer professional, few enterprise/custom; known regions.
        QHash<QString, int> tiers;
        for (const QJsonValue &v : std::as_const(m_fleetTenants)) {
            ++tiers[v[u"tier"_s].toString()];
            QVERIFY(v[u"owner_email"_s].toString().contains(u'@'));
        }
        QVERIFY2(tiers[u"free"_s] > 150, "most of the fleet should be free");
        QVERIFY(tiers[u"professional"_s] > tiers[u"enterprise"_s] + tiers[u"custom"_s]);
        QVERIFY(tiers[u"enterprise"_s] + tiers[u"custom"_s] > 0);

        const SqliteFile &c = freshFile();
        const Run plain
            = ctl({u"demo"_s, u"--tenants"_s, u"20"_s, u"--seed"_s, u"5"_s}, sqliteEnvironment(c));
        CTL_VERIFY_OK(plain);
        QVERIFY2(plain.out.contains(u"generated 20 sample tenants (seed 5)"_s),
                 qPrintable(plain.describe()));
        const Run again
            = ctl({u"demo"_s, u"--tenants"_s, u"20"_s, u"--seed"_s, u"5"_s}, sqliteEnvironment(c));
        CTL_VERIFY_OK(again);
        QVERIFY2(again.out.contains(u"already existed"_s), qPrintable(again.describe()));
    }

    void databaseCommandsOnSqlite()
    {
        const SqliteFile &file = freshFile();
        const QProcessEnvironment env = sqliteEnvironment(file);
        CTL_JSON(migrated, ctl({u"--json"_s, u"db"_s, u"migrate"_s}, env));
        QCOMPARE(keysOf(migrated), sorted({u"applied"_s, u"schema_version"_s}));
        QCOMPARE(ints(migrated[u"applied"_s]), allMigrations());
        QCOMPARE(migrated[u"schema_version"_s].toInt(), Migrator::latestVersion());
        CTL_JSON(again, ctl({u"--json"_s, u"db"_s, u"migrate"_s}, env));
        QCOMPARE(again[u"applied"_s].toArray(), QJsonArray());

        CTL_JSON(info, ctl({u"--json"_s, u"db"_s, u"info"_s}, env));
        QCOMPARE(keysOf(info), infoKeys(true));
        QCOMPARE(info[u"url"_s].toString(), file.url().toString());
        QCOMPARE(info[u"backend"_s].toString(), u"sqlite"_s);
        QVERIFY(info[u"server_version"_s].toString().startsWith(u"SQLite 3."_s));
        QCOMPARE(info[u"schema_version"_s].toInt(), Migrator::latestVersion());
        QCOMPARE(info[u"latest_schema_version"_s].toInt(), Migrator::latestVersion());
        QCOMPARE(info[u"applied_now"_s].toArray(), QJsonArray());
        QCOMPARE(info[u"tenants"_s].toInt(), 0);
        QCOMPARE(info[u"operators"_s].toInt(), 1);
        QVERIFY(info[u"audit_entries"_s].toInt() >= 1);
        QCOMPARE(info[u"operator"_s].toString(), u"alice"_s);
        QCOMPARE(info[u"role"_s].toString(), u"admin"_s);
        QCOMPARE(info[u"database_roles"_s], QJsonValue(false));
        QCOMPARE(info[u"file_size_bytes"_s].toInteger(), QFileInfo(file.path()).size());

        // Database roles are a PostgreSQL feature.
        CTL_VERIFY_ERROR(ctl({u"db"_s, u"init-roles"_s}, env), Failed, u"PostgreSQL"_s);
    }

    // --db (both spellings) wins over TENANCY_DB.
    void dbOptionWinsOverEnvironment()
    {
        const SqliteFile &fromEnv = freshFile();
        const SqliteFile &fromOption = freshFile();
        const QProcessEnvironment env = sqliteEnvironment(fromEnv);
        CTL_VERIFY_OK(
            ctl(QStringList {u"--db"_s, fromOption.url().toString()} + createArgs(u"one"_s), env));
        CTL_VERIFY_OK(ctl(
            QStringList {u"--db="_s + fromOption.url().toString()} + createArgs(u"two"_s), env));
        CTL_JSON(inOption,
                 ctl({u"--json"_s, u"--db"_s, fromOption.url().toString(), u"tenant"_s, u"list"_s},
                     env));
        QCOMPARE(idsOf(inOption), (QStringList {u"one"_s, u"two"_s}));
        CTL_JSON(inEnv, ctl({u"--json"_s, u"tenant"_s, u"list"_s}, env));
        QCOMPARE(inEnv.toArray(), QJsonArray());
    }

    void olderSchemaIsMigrated()
    {
        QVERIFY(Migrator::latestVersion() >= 2);
        const SqliteFile &file = freshFile();
        {
            auto db = Database::open(file.url());
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            auto applied = Migrator::migrate(**db, u"alice"_s, Migrator::builtin(), 1);
            QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
            QCOMPARE(*applied, QList<int> {1});
        }
        CTL_JSON(migrated, ctl({u"--json"_s, u"db"_s, u"migrate"_s}, sqliteEnvironment(file)));
        QCOMPARE(ints(migrated[u"applied"_s]), allMigrations().mid(1));
        QCOMPARE(migrated[u"schema_version"_s].toInt(), Migrator::latestVersion());
    }

    void newerSchemaIsRefusedUntouched()
    {
        const SqliteFile &file = freshFile();
        const QProcessEnvironment env = sqliteEnvironment(file);
        CTL_VERIFY_OK(ctl(createArgs(u"acme"_s), env));
        {
            auto db = Database::open(file.url());
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            auto q = (*db)->exec(u"INSERT INTO schema_version (version, description, applied_at, "
                                 "applied_by) VALUES (?, 'from the future', "
                                 "'2030-01-01T00:00:00Z', 'tester')"_s,
                                 {Migrator::latestVersion() + 1});
            QVERIFY2(q, qPrintable(q ? QString() : q.error().message));
        }
        const QByteArray before = fileHash(file.path());
        QVERIFY(!before.isEmpty());
        CTL_VERIFY_ERROR(ctl({u"db"_s, u"migrate"_s}, env), Failed, u"newer"_s);
        CTL_VERIFY_ERROR(ctl({u"--json"_s, u"tenant"_s, u"list"_s}, env), Failed, u"newer"_s);
        CTL_VERIFY_ERROR(ctl(createArgs(u"beta"_s), env), Failed, u"newer"_s);
        QCOMPARE(fileHash(file.path()), before);
    }

    // A missing or malformed tiers.json (TENANCY_CATALOG_DIR): exit 1, the error names the
    // file, and no database is touched.
    void brokenCatalog_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("problem");
        QTest::newRow("intact copy") << u"none"_s << int(Ok) << QString();
        QTest::newRow("tiers.json missing") << u"delete"_s << int(Failed) << u"not found"_s;
        QTest::newRow("tiers.json empty") << u"empty"_s << int(Failed) << u"line 1"_s;
        QTest::newRow("tiers.json not JSON")
            << u"truncated"_s << int(Failed) << u"line 3, column 1"_s;
        QTest::newRow("tiers.json an array") << u"array"_s << int(Failed) << u"object"_s;
        QTest::newRow("a tier without display_name")
            << u"no-display-name"_s << int(Failed) << u"display_name"_s;
    }

    void brokenCatalog()
    {
        QFETCH(QString, mutation);
        QFETCH(int, status);
        QFETCH(QString, problem);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString catalogDir = dir.filePath(u"resources"_s);
        QVERIFY(copyDirectory(QStringLiteral(TENANCY_SOURCE_DIR "/resources"), catalogDir));
        const QString tiersPath = catalogDir + u"/tiers.json"_s;
        QVERIFY(QFile::exists(tiersPath));
        auto write = [&](const QByteArray &data) {
            QFile file(tiersPath);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && file.write(data) == data.size();
        };
        if (mutation == u"delete"_s) {
            QVERIFY(QFile::remove(tiersPath));
        } else if (mutation == u"empty"_s) {
            QVERIFY(write({}));
        } else if (mutation == u"truncated"_s) {
            QVERIFY(write("{\"currency\": \"USD\",\n \"tiers\": [\n"));
        } else if (mutation == u"array"_s) {
            QVERIFY(write("[]\n"));
        } else if (mutation == u"no-display-name"_s) {
            QFile file(tiersPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            QJsonArray tiers = root.value(u"tiers"_s).toArray();
            QJsonObject first = tiers.at(0).toObject();
            first.remove(u"display_name"_s);
            tiers.replace(0, first);
            root.insert(u"tiers"_s, tiers);
            QVERIFY(write(QJsonDocument(root).toJson()));
        }

        const SqliteFile &file = freshFile();
        QProcessEnvironment env = sqliteEnvironment(file);
        env.insert(u"TENANCY_CATALOG_DIR"_s, catalogDir);
        for (const QStringList &args :
             {QStringList {u"tiers"_s}, QStringList {u"--json"_s, u"tiers"_s},
              QStringList {u"--json"_s, u"tenant"_s, u"list"_s}, createArgs(u"acme"_s)}) {
            const Run run = ctl(args, env);
            if (status == Ok) {
                CTL_VERIFY_OK(run);
                continue;
            }
            CTL_VERIFY_ERROR(run, status, tiersPath);
            QVERIFY2(run.err.contains(problem, Qt::CaseInsensitive), qPrintable(run.describe()));
        }
        if (status != Ok)
            QVERIFY2(!QFile::exists(file.path()), "a broken catalog must not create a database");
    }

    // Every class of failure maps to its exit status with one error line, and leaves the
    // database exactly as it was.
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("as"); // TENANCY_OPERATOR (alice when empty)
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("needle");

        const QStringList good {u"--name"_s, u"New"_s,     u"--tier"_s,
                                u"free"_s,   u"--owner"_s, u"new@example.com"_s};
        const QStringList create = QStringList {u"tenant"_s, u"create"_s, u"new1"_s} + good;
        auto row = [](const char *title, const QStringList &args, const QString &as, Status status,
                      const QString &needle) {
            QTest::newRow(title) << args << as << int(status) << needle;
        };
        const QString alice;

        // 2: usage
        row("no command", {}, alice, Usage, u"command"_s);
        row("unknown command", {u"frobnicate"_s}, alice, Usage, u"frobnicate"_s);
        row("unknown tenant command", {u"tenant"_s, u"frobnicate"_s}, alice, Usage,
            u"frobnicate"_s);
        row("group without a command", {u"tenant"_s}, alice, Usage, u"tenant"_s);
        row("db password without a command", {u"db"_s, u"password"_s}, alice, Usage, u"password"_s);
        row("unknown option", {u"tenant"_s, u"list"_s, u"--frobnicate"_s}, alice, Usage,
            u"frobnicate"_s);
        row("unknown option before the command", {u"--verbose"_s, u"tenant"_s, u"list"_s}, alice,
            Usage, u"verbose"_s);
        row("create without --name",
            {u"tenant"_s, u"create"_s, u"x"_s, u"--tier"_s, u"free"_s, u"--owner"_s,
             u"a@example.com"_s},
            alice, Usage, u"--name"_s);
        row("create without --tier",
            {u"tenant"_s, u"create"_s, u"x"_s, u"--name"_s, u"X"_s, u"--owner"_s,
             u"a@example.com"_s},
            alice, Usage, u"--tier"_s);
        row("create without --owner",
            {u"tenant"_s, u"create"_s, u"x"_s, u"--name"_s, u"X"_s, u"--tier"_s, u"free"_s}, alice,
            Usage, u"--owner"_s);
        row("create with nothing but an id", {u"tenant"_s, u"create"_s, u"x"_s}, alice, Usage,
            u"--name"_s);
        row("create without an id", QStringList {u"tenant"_s, u"create"_s} + good, alice, Usage,
            u"ID"_s);
        row("show without an id", {u"tenant"_s, u"show"_s}, alice, Usage, u"ID"_s);
        row("show with two ids", {u"tenant"_s, u"show"_s, u"acme"_s, u"beta"_s}, alice, Usage,
            u"beta"_s);
        row("non-numeric --limit", {u"tenant"_s, u"list"_s, u"--limit"_s, u"ten"_s}, alice, Usage,
            u"--limit"_s);
        row("negative --limit", {u"tenant"_s, u"list"_s, u"--limit=-1"_s}, alice, Usage,
            u"--limit"_s);
        row("--limit without a value", {u"tenant"_s, u"list"_s, u"--limit"_s}, alice, Usage,
            u"limit"_s);
        row("non-numeric --offset", {u"tenant"_s, u"list"_s, u"--offset"_s, u"x"_s}, alice, Usage,
            u"--offset"_s);
        row("unknown --status", {u"tenant"_s, u"list"_s, u"--status"_s, u"sleeping"_s}, alice,
            Usage, u"sleeping"_s);
        row("unknown --sort", {u"tenant"_s, u"list"_s, u"--sort"_s, u"colour"_s}, alice, Usage,
            u"colour"_s);
        row("suspend without --reason", {u"tenant"_s, u"suspend"_s, u"acme"_s}, alice, Usage,
            u"--reason"_s);
        row("reactivate without --reason", {u"tenant"_s, u"reactivate"_s, u"acme"_s}, alice, Usage,
            u"--reason"_s);
        row("non-numeric --if-version",
            {u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s, u"x"_s, u"--if-version"_s,
             u"latest"_s},
            alice, Usage, u"--if-version"_s);
        row("--if-version 0",
            {u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s, u"x"_s, u"--if-version"_s,
             u"0"_s},
            alice, Usage, u"--if-version"_s);
        row("history --limit 0", {u"tenant"_s, u"history"_s, u"acme"_s, u"--limit"_s, u"0"_s},
            alice, Usage, u"--limit"_s);
        row("operator add without --role", {u"operator"_s, u"add"_s, u"zed"_s}, alice, Usage,
            u"--role"_s);
        row("operator add with an unknown role",
            {u"operator"_s, u"add"_s, u"zed"_s, u"--role"_s, u"wizard"_s}, alice, Usage,
            u"wizard"_s);
        row("set-role without a role", {u"operator"_s, u"set-role"_s, u"sam"_s}, alice, Usage,
            u"ROLE"_s);
        row("set-role with an unknown role", {u"operator"_s, u"set-role"_s, u"sam"_s, u"wizard"_s},
            alice, Usage, u"wizard"_s);
        row("demo without --tenants", {u"demo"_s}, alice, Usage, u"--tenants"_s);
        row("demo --tenants 0", {u"demo"_s, u"--tenants"_s, u"0"_s}, alice, Usage, u"--tenants"_s);
        row("demo --tenants too many", {u"demo"_s, u"--tenants"_s, u"1000001"_s}, alice, Usage,
            u"--tenants"_s);
        row("demo --tenants not a number", {u"demo"_s, u"--tenants"_s, u"lots"_s}, alice, Usage,
            u"--tenants"_s);
        row("demo with a negative seed", {u"demo"_s, u"--tenants"_s, u"5"_s, u"--seed"_s, u"-1"_s},
            alice, Usage, u"--seed"_s);
        row("--db without a URL", {u"--db"_s}, alice, Usage, u"--db"_s);
        row("--db with an unknown scheme",
            {u"--db"_s, u"http://example.com/x"_s, u"tenant"_s, u"list"_s}, alice, Usage,
            u"scheme"_s);
        row("--db with a password in it",
            {u"--db"_s, u"postgresql://u:hunter2@localhost/db"_s, u"tenant"_s, u"list"_s}, alice,
            Usage, u"password"_s);
        row("--db with a password option",
            {u"--db"_s, u"postgresql://u@localhost/db?password=hunter2"_s, u"tenant"_s, u"list"_s},
            alice, Usage, u"password"_s);
        row("--db with an unknown option",
            {u"--db"_s, u"postgresql://u@localhost/db?frobnicate=1"_s, u"tenant"_s, u"list"_s},
            alice, Usage, u"frobnicate"_s);
        row("--db naming no database",
            {u"--db"_s, u"postgresql://u@localhost"_s, u"tenant"_s, u"list"_s}, alice, Usage,
            u"database"_s);
        row("--db sqlite naming no file", {u"--db"_s, u"sqlite://"_s, u"tenant"_s, u"list"_s},
            alice, Usage, u"file"_s);
        row("--db with an empty URL", {u"--db"_s, QString(), u"tenant"_s, u"list"_s}, alice, Usage,
            u"URL"_s);
        row("--as without a name", {u"--as"_s}, alice, Usage, u"--as"_s);
        row("--as with an empty name", {u"--as"_s, QString(), u"tenant"_s, u"list"_s}, alice, Usage,
            u"--as"_s);

        // 3: not permitted
        row("sales creates a tenant", create, u"sam"_s, NotPermitted, u"sales"_s);
        row("sales suspends a tenant",
            {u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s, u"x"_s}, u"sam"_s, NotPermitted,
            u"sales"_s);
        row("sales adds an operator", {u"operator"_s, u"add"_s, u"zed"_s, u"--role"_s, u"admin"_s},
            u"sam"_s, NotPermitted, u"sales"_s);
        row("sales promotes itself", {u"operator"_s, u"set-role"_s, u"sam"_s, u"admin"_s}, u"sam"_s,
            NotPermitted, u"sales"_s);
        row("sales generates a fleet", {u"demo"_s, u"--tenants"_s, u"5"_s}, u"sam"_s, NotPermitted,
            u"sales"_s);
        row("sales reads the audit log", {u"tenant"_s, u"history"_s, u"acme"_s}, u"sam"_s,
            NotPermitted, u"sales"_s);
        row("auditor suspends a tenant",
            {u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s, u"x"_s}, u"ann"_s, NotPermitted,
            u"auditor"_s);
        row("auditor runs init-roles", {u"db"_s, u"init-roles"_s}, u"ann"_s, NotPermitted,
            u"auditor"_s);
        row("support adds an operator",
            {u"operator"_s, u"add"_s, u"zed"_s, u"--role"_s, u"sales"_s}, u"sue"_s, NotPermitted,
            u"support"_s);
        row("unregistered operator", {u"tenant"_s, u"list"_s}, u"ghost"_s, NotPermitted,
            u"ghost"_s);
        row("unregistered --as", {u"--as"_s, u"ghost"_s, u"tenant"_s, u"show"_s, u"acme"_s}, alice,
            NotPermitted, u"ghost"_s);
        row("--as=sales creates a tenant", QStringList {u"--as=sam"_s} + create, alice,
            NotPermitted, u"sales"_s);

        // 4: not found
        row("show an unknown tenant", {u"tenant"_s, u"show"_s, u"nobody"_s}, alice, NotFound,
            u"nobody"_s);
        row("show an unknown tenant, --json", {u"--json"_s, u"tenant"_s, u"show"_s, u"nobody"_s},
            alice, NotFound, u"nobody"_s);
        row("show an impossible id", {u"tenant"_s, u"show"_s, u"NOBODY"_s}, alice, NotFound,
            u"NOBODY"_s);
        row("suspend an unknown tenant",
            {u"tenant"_s, u"suspend"_s, u"nobody"_s, u"--reason"_s, u"x"_s}, alice, NotFound,
            u"nobody"_s);
        row("reactivate an unknown tenant",
            {u"tenant"_s, u"reactivate"_s, u"nobody"_s, u"--reason"_s, u"x"_s}, alice, NotFound,
            u"nobody"_s);
        row("history of an unknown tenant", {u"tenant"_s, u"history"_s, u"nobody"_s}, alice,
            NotFound, u"nobody"_s);
        row("set-role of an unknown operator",
            {u"operator"_s, u"set-role"_s, u"nobody"_s, u"support"_s}, alice, NotFound,
            u"nobody"_s);

        // 1: the operation failed
        row("duplicate id", QStringList {u"tenant"_s, u"create"_s, u"acme"_s} + good, alice, Failed,
            u"already exists"_s);
        row("reactivate an active tenant",
            {u"tenant"_s, u"reactivate"_s, u"acme"_s, u"--reason"_s, u"x"_s}, alice, Failed,
            u"active"_s);
        row("blank reason", {u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s, u"   "_s}, alice,
            Failed, u"reason"_s);
        row("control character in a reason",
            {u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s, u"why"_s + QChar(0x07)}, alice,
            Failed, u"reason"_s);
        row("list with an unknown tier", {u"tenant"_s, u"list"_s, u"--tier"_s, u"gold"_s}, alice,
            Failed, u"tier"_s);
        row("list with an unknown region", {u"tenant"_s, u"list"_s, u"--region"_s, u"mars-1"_s},
            alice, Failed, u"region"_s);
        row("duplicate operator", {u"operator"_s, u"add"_s, u"sam"_s, u"--role"_s, u"sales"_s},
            alice, Failed, u"sam"_s);
        row("invalid operator name",
            {u"operator"_s, u"add"_s, u"Bad Name"_s, u"--role"_s, u"sales"_s}, alice, Failed,
            u"operator name"_s);
        row("demoting the last admin", {u"operator"_s, u"set-role"_s, u"alice"_s, u"sales"_s},
            alice, Failed, u"last admin"_s);
        row("init-roles on SQLite", {u"db"_s, u"init-roles"_s}, alice, Failed, u"PostgreSQL"_s);
        row("invalid operator name in TENANCY_OPERATOR", {u"tenant"_s, u"list"_s}, u"Bad Name"_s,
            Failed, u"operator name"_s);

        // 5: stale version
        row("stale --if-version",
            {u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s, u"x"_s, u"--if-version"_s,
             u"7"_s},
            alice, Stale, u"alice"_s);
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, as);
        QFETCH(int, status);
        QFETCH(QString, needle);

        const Run run = ctl(args, sqliteEnvironment(*m_seeded, as.isEmpty() ? u"alice"_s : as));
        CTL_VERIFY_ERROR(run, status, needle);
        QVERIFY2(!run.err.contains(u"hunter2"_s), "a password must never be repeated");

        CTL_JSON(info, ctl({u"--json"_s, u"db"_s, u"info"_s}, sqliteEnvironment(*m_seeded)));
        for (const QString &key :
             {u"tenants"_s, u"operators"_s, u"audit_entries"_s, u"schema_version"_s}) {
            QVERIFY2(info[key] == m_seededInfo.value(key),
                     qPrintable(key + u" changed after a failed command"_s));
        }
    }

    // The same commands against a real PostgreSQL database, as its superuser.
    void postgresCommands()
    {
        const auto server = postgresServer();
        TENANCY_REQUIRE_SERVICE(server.has_value(), "PostgreSQL");
        PostgresDatabase db(*server);
        QVERIFY(db.ok());
        const QString url = db.url().toString();
        const QProcessEnvironment env = baseEnvironment();
        auto pg = [&](const QStringList &args) {
            return ctl(QStringList {u"--db"_s, url} + args, env);
        };

        CTL_JSON(migrated, pg({u"--json"_s, u"db"_s, u"migrate"_s}));
        QCOMPARE(ints(migrated[u"applied"_s]), allMigrations());
        CTL_JSON(again, pg({u"--json"_s, u"db"_s, u"migrate"_s}));
        QCOMPARE(again[u"applied"_s].toArray(), QJsonArray());

        CTL_JSON(info, pg({u"--json"_s, u"db"_s, u"info"_s}));
        QCOMPARE(keysOf(info), infoKeys(false));
        QCOMPARE(info[u"backend"_s].toString(), u"postgresql"_s);
        QCOMPARE(info[u"url"_s].toString(), url);
        QVERIFY(info[u"server_version"_s].toString().startsWith(u"PostgreSQL"_s));
        QCOMPARE(info[u"schema_version"_s].toInt(), Migrator::latestVersion());
        QCOMPARE(info[u"operator"_s].toString(), server->superuser);
        QCOMPARE(info[u"role"_s].toString(), u"admin"_s);
        QCOMPARE(info[u"tenants"_s].toInt(), 0);

        CTL_JSON(roles, pg({u"--json"_s, u"db"_s, u"init-roles"_s}));
        QCOMPARE(keysOf(roles), QStringList {u"roles"_s});
        // One group per operator role and per database (roles are per server).
        const QString prefix = u"tenancy_"_s + db.name() + u'_';
        QCOMPARE(sorted(strings(roles[u"roles"_s])),
                 sorted({prefix + u"support"_s, prefix + u"compliance"_s, prefix + u"sales"_s,
                         prefix + u"auditor"_s, prefix + u"admin"_s}));
        CTL_VERIFY_OK(pg({u"db"_s, u"init-roles"_s})); // idempotent
        CTL_JSON(withRoles, pg({u"--json"_s, u"db"_s, u"info"_s}));
        QCOMPARE(withRoles[u"database_roles"_s], QJsonValue(true));

        CTL_JSON(created,
                 pg({u"--json"_s, u"tenant"_s, u"create"_s, u"acme"_s, u"--name"_s,
                     u"Société Générale ✓"_s, u"--tier"_s, u"enterprise"_s, u"--owner"_s,
                     u"it@acme.example"_s, u"--region"_s, u"eu-central-1"_s, u"--compliance"_s,
                     u"GDPR,iso 27001"_s}));
        QCOMPARE(keysOf(created), showKeys());
        QCOMPARE(created[u"name"_s].toString(), u"Société Générale ✓"_s);
        QCOMPARE(strings(created[u"compliance"_s]), (QStringList {u"GDPR"_s, u"ISO27001"_s}));
        CTL_JSON(shown, pg({u"--json"_s, u"tenant"_s, u"show"_s, u"acme"_s}));
        QCOMPARE(shown.toObject(), created.toObject());
        CTL_VERIFY_ERROR(pg(createArgs(u"acme"_s)), Failed, u"acme"_s);
        CTL_VERIFY_ERROR(pg(createArgs(u"Bad-Id"_s)), Failed, u"tenant id"_s);
        CTL_VERIFY_ERROR(pg({u"tenant"_s, u"show"_s, u"nobody"_s}), NotFound, u"nobody"_s);

        // Provisioned at the enterprise tier's isolation: a database of its own.
        CTL_VERIFY_OK(pg({u"provision"_s, u"acme"_s, u"--wait"_s}));
        CTL_JSON(provisioned, pg({u"--json"_s, u"provision"_s, u"status"_s, u"acme"_s}));
        QCOMPARE(provisioned[u"isolation"_s].toString(), u"database"_s);
        QCOMPARE(provisioned[u"storage"_s].toString(), db.name() + u"_acme"_s);
        CTL_JSON(suspended,
                 pg({u"--json"_s, u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s,
                     u"chargeback"_s}));
        QCOMPARE(suspended[u"version"_s].toInt(), 4);
        CTL_VERIFY_ERROR(pg({u"tenant"_s, u"reactivate"_s, u"acme"_s, u"--reason"_s, u"x"_s,
                             u"--if-version"_s, u"1"_s}),
                         Stale, server->superuser);
        CTL_VERIFY_OK(pg({u"tenant"_s, u"reactivate"_s, u"acme"_s, u"--reason"_s, u"resolved"_s,
                          u"--if-version"_s, u"4"_s}));
        CTL_JSON(history, pg({u"--json"_s, u"tenant"_s, u"history"_s, u"acme"_s}));
        QCOMPARE(history.toArray().size(), 5);
        for (const QJsonValue &e : history.toArray())
            QCOMPARE(keysOf(e), auditKeys());

        CTL_JSON(demo, pg({u"--json"_s, u"demo"_s, u"--tenants"_s, u"50"_s, u"--seed"_s, u"7"_s}));
        QCOMPARE(demo[u"inserted"_s].toInt(), 50);
        CTL_JSON(demoAgain,
                 pg({u"--json"_s, u"demo"_s, u"--tenants"_s, u"50"_s, u"--seed"_s, u"7"_s}));
        QCOMPARE(demoAgain[u"skipped"_s].toInt(), 50);
        CTL_JSON(list, pg({u"--json"_s, u"tenant"_s, u"list"_s, u"--limit"_s, u"1000"_s}));
        QCOMPARE(list.toArray().size(), 51);
        for (const QJsonValue &v : list.toArray())
            QCOMPARE(keysOf(v), listKeys());
        CTL_JSON(free,
                 pg({u"--json"_s, u"tenant"_s, u"list"_s, u"--tier"_s, u"free"_s, u"--limit"_s,
                     u"1000"_s}));
        QVERIFY(!free.toArray().isEmpty());
        for (const QJsonValue &v : free.toArray())
            QCOMPARE(v[u"tier"_s].toString(), u"free"_s);
        CTL_JSON(search, pg({u"--json"_s, u"tenant"_s, u"list"_s, u"--search"_s, u"SOCIÉTÉ"_s}));
        QCOMPARE(idsOf(search), QStringList {u"acme"_s});
        CTL_JSON(page,
                 pg({u"--json"_s, u"tenant"_s, u"list"_s, u"--sort"_s, u"id"_s, u"--limit"_s,
                     u"5"_s, u"--offset"_s, u"5"_s}));
        QStringList allIds = idsOf(list);
        std::sort(allIds.begin(), allIds.end());
        QCOMPARE(idsOf(page), allIds.mid(5, 5));

        // On PostgreSQL you are your login; --as cannot change that.
        CTL_VERIFY_ERROR(pg({u"--as"_s, u"mallory"_s, u"tenant"_s, u"list"_s}), NotPermitted,
                         u"mallory"_s);
        // A login the server does not know.
        CTL_VERIFY_ERROR(
            ctl({u"--db"_s,
                 db.url(u"no_such_login_%1"_s.arg(QCoreApplication::applicationPid())).toString(),
                 u"db"_s, u"info"_s},
                env),
            Failed, u"no_such_login"_s);
    }

    // `db init-roles` and `operator add` make real database roles: a sales login cannot write
    // even with psql, and tenancyctl refuses it too; a support login can do its job.
    void postgresRolesHoldInRawSql()
    {
        const auto server = postgresServer();
        TENANCY_REQUIRE_SERVICE(server.has_value(), "PostgreSQL");
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString sales = u"cli_sales_"_s + pid;
        const QString support = u"cli_support_"_s + pid;
        std::optional<PostgresDatabase> db;
        db.emplace(*server);
        QVERIFY(db->ok());
        auto dropLogins = qScopeGuard([&] {
            db.reset();
            for (const QString &login : {sales, support})
                psql(*server, u"postgres"_s, server->superuser, u"DROP ROLE IF EXISTS "_s + login);
        });
        const QProcessEnvironment env = baseEnvironment();
        auto as = [&](const QString &login, const QStringList &args) {
            return ctl(QStringList {u"--db"_s, db->url(login).toString()} + args, env);
        };
        const QString owner = server->superuser;

        CTL_VERIFY_OK(as(owner, {u"db"_s, u"init-roles"_s}));
        CTL_VERIFY_OK(as(owner, createArgs(u"acme"_s, u"ACME"_s, u"professional"_s)));
        CTL_JSON(added,
                 as(owner, {u"--json"_s, u"operator"_s, u"add"_s, sales, u"--role"_s, u"sales"_s}));
        QCOMPARE(added[u"role"_s].toString(), u"sales"_s);
        CTL_VERIFY_OK(as(owner, {u"operator"_s, u"add"_s, support, u"--role"_s, u"support"_s}));
        CTL_JSON(operators, as(owner, {u"--json"_s, u"operator"_s, u"list"_s}));
        QStringList names;
        for (const QJsonValue &v : operators.toArray())
            names << v[u"name"_s].toString();
        QCOMPARE(sorted(names), sorted({owner, sales, support}));

        // psql as the sales login: reading works, writing does not.
        QString out;
        QString err;
        QCOMPARE(psql(*server, db->name(), sales, u"SELECT count(*) FROM tenants"_s, &out, &err),
                 0);
        QVERIFY2(out.contains(u'1'), qPrintable(out + err));
        QVERIFY(psql(*server, db->name(), sales, u"UPDATE tenants SET name = 'x'"_s, &out, &err)
                != 0);
        QVERIFY2(err.contains(u"permission denied"_s), qPrintable(err));
        QVERIFY(psql(*server, db->name(), sales,
                     u"INSERT INTO audit_entries (at, operator, role, action) "
                     "VALUES ('now', 'me', 'admin', 'forged')"_s,
                     &out, &err)
                != 0);

        // tenancyctl as the sales login.
        CTL_VERIFY_ERROR(as(sales, createArgs(u"sneaky"_s)), NotPermitted, u"sales"_s);
        CTL_VERIFY_ERROR(as(sales, {u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s, u"x"_s}),
                         NotPermitted, u"sales"_s);
        CTL_VERIFY_ERROR(as(sales, {u"db"_s, u"init-roles"_s}), NotPermitted, u"sales"_s);
        CTL_JSON(seen, as(sales, {u"--json"_s, u"tenant"_s, u"list"_s}));
        QCOMPARE(idsOf(seen), QStringList {u"acme"_s});
        CTL_JSON(salesInfo, as(sales, {u"--json"_s, u"db"_s, u"info"_s}));
        QCOMPARE(salesInfo[u"operator"_s].toString(), sales);
        QCOMPARE(salesInfo[u"role"_s].toString(), u"sales"_s);
        QVERIFY(salesInfo[u"audit_entries"_s].isNull());

        // The support login's grants are enough for what support does: provisioning (in the
        // shared tables, behind row-level security, as a login that is no superuser) ...
        CTL_VERIFY_OK(
            as(support, {u"provision"_s, u"acme"_s, u"--isolation"_s, u"shared"_s, u"--wait"_s}));
        CTL_VERIFY_ERROR(as(sales, {u"provision"_s, u"rollback"_s, u"acme"_s}), NotPermitted,
                         u"sales"_s);
        // ... and suspending.
        CTL_JSON(suspended,
                 as(support,
                    {u"--json"_s, u"tenant"_s, u"suspend"_s, u"acme"_s, u"--reason"_s,
                     u"fraud check"_s}));
        QCOMPARE(suspended[u"status"_s].toString(), u"suspended"_s);
        CTL_VERIFY_OK(as(support, createArgs(u"beta"_s)));
        CTL_JSON(history, as(support, {u"--json"_s, u"tenant"_s, u"history"_s, u"acme"_s}));
        QCOMPARE(history.toArray().first()[u"operator"_s].toString(), support);
        CTL_VERIFY_ERROR(as(support, {u"operator"_s, u"add"_s, u"zed"_s, u"--role"_s, u"admin"_s}),
                         NotPermitted, u"support"_s);
    }

    // The password of a TCP login comes from the OS keychain: `db password set` puts it there,
    // `db password clear` takes it away.
    void keychainSuppliesThePassword()
    {
        TENANCY_REQUIRE_SERVICE(qEnvironmentVariable("TENANCY_TEST_KEYRING") == u"1"_s,
                                "the Secret Service");
        const auto server = postgresServer();
        TENANCY_REQUIRE_SERVICE(server.has_value(), "PostgreSQL");
        PasswordLogin login(*server, u"a"_s);
        QVERIFY2(login.ok(), qPrintable(login.error()));
        const QProcessEnvironment env = baseEnvironment();
        QVERIFY(!env.contains(u"PGPASSWORD"_s));
        auto run = [&](const QStringList &args, const QByteArray &input = {}) {
            return ctl(QStringList {u"--db"_s, login.url()} + args, env, input);
        };
        auto clear = qScopeGuard([&] { run({u"db"_s, u"password"_s, u"clear"_s}); });

        CTL_VERIFY_OK(run({u"db"_s, u"password"_s, u"clear"_s})); // nothing there: fine
        CTL_VERIFY_ERROR(run({u"db"_s, u"info"_s}), Failed, u"password"_s);

        CTL_JSON(
            stored,
            run({u"--json"_s, u"db"_s, u"password"_s, u"set"_s}, login.password().toUtf8() + '\n'));
        QCOMPARE(keysOf(stored), QStringList {u"stored"_s});
        QVERIFY(!storedRun.out.contains(login.password()));
        CTL_JSON(info, run({u"--json"_s, u"db"_s, u"info"_s}));
        QCOMPARE(info[u"operator"_s].toString(), login.login());
        QCOMPARE(info[u"role"_s].toString(), u"admin"_s); // first operator of its database
        QCOMPARE(ints(info[u"applied_now"_s]), allMigrations());
        CTL_VERIFY_OK(run(createArgs(u"acme"_s)));
        CTL_JSON(list, run({u"--json"_s, u"tenant"_s, u"list"_s}));
        QCOMPARE(idsOf(list), QStringList {u"acme"_s});

        // A wrong password in the keychain is the server's "password authentication failed".
        CTL_VERIFY_OK(run({u"db"_s, u"password"_s, u"set"_s}, "not-the-password\n"));
        const Run wrong = run({u"db"_s, u"info"_s});
        CTL_VERIFY_ERROR(wrong, Failed, u"password authentication failed"_s);
        QVERIFY(!wrong.err.contains(u"not-the-password"_s));

        CTL_VERIFY_OK(run({u"db"_s, u"password"_s, u"set"_s}, login.password().toUtf8() + '\n'));
        CTL_VERIFY_OK(run({u"db"_s, u"info"_s}));
        CTL_JSON(cleared, run({u"--json"_s, u"db"_s, u"password"_s, u"clear"_s}));
        QCOMPARE(keysOf(cleared), QStringList {u"cleared"_s});
        CTL_VERIFY_ERROR(run({u"db"_s, u"info"_s}), Failed, u"password"_s);

        CTL_VERIFY_ERROR(run({u"db"_s, u"password"_s, u"set"_s}), Usage, u"standard input"_s);
    }

    // No keyring to talk to: an answer within seconds ("keyring locked or unavailable"), never
    // a hang.
    void keychainUnavailableDoesNotHang()
    {
        TENANCY_REQUIRE_SERVICE(qEnvironmentVariable("TENANCY_TEST_KEYRING") == u"1"_s,
                                "the Secret Service");
        const auto server = postgresServer();
        TENANCY_REQUIRE_SERVICE(server.has_value(), "PostgreSQL");
        PasswordLogin login(*server, u"b"_s);
        QVERIFY2(login.ok(), qPrintable(login.error()));
        const QProcessEnvironment env = baseEnvironment();
        const QStringList db {u"--db"_s, login.url()};
        // The password is in the keychain; only the keychain being unreachable can stop us.
        CTL_VERIFY_OK(ctl(db + QStringList {u"db"_s, u"password"_s, u"set"_s}, env,
                          login.password().toUtf8() + '\n'));
        auto clear = qScopeGuard([&] {
            ctl(db + QStringList {u"db"_s, u"password"_s, u"clear"_s}, env);
        });
        CTL_VERIFY_OK(ctl(db + QStringList {u"db"_s, u"info"_s}, env));

        QProcessEnvironment noBus = env;
        noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
        QElapsedTimer timer;
        timer.start();
        const Run run = ctl(db + QStringList {u"db"_s, u"info"_s}, noBus, {}, 20000);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QVERIFY2(elapsed < 8000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
        CTL_VERIFY_ERROR(run, Failed, u"keyring locked or unavailable"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
