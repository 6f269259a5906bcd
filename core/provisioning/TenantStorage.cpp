#include "TenantStorage.h"

#include "Logging.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

// Only [a-z0-9_] reach here; longer than PostgreSQL's 63 bytes: cut, with a hash of the whole.
QString bounded(const QString &base)
{
    if (base.size() <= 63)
        return base;
    const QByteArray hash
        = QCryptographicHash::hash(base.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return base.left(54) + u'_' + QString::fromLatin1(hash);
}

QString identifierPart(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
        out += keep ? c : (c >= u'A' && c <= u'Z') ? c.toLower() : u'_';
    }
    return out;
}

QString quoted(const QString &identifier)
{
    return u'"' + identifier + u'"';
}

Result<void> runDdl(Database &db, const QString &prefix)
{
    auto ddl = tenantDdl(prefix);
    if (!ddl)
        return ddl.error();
    for (const QString &sql : *ddl) {
        if (auto r = db.queue(sql); !r)
            return r;
    }
    return {};
}

// shared: rows in tenant_* keyed by tenant id.
class SharedStorage final : public TenantStorage
{
public:
    SharedStorage(Database &main, const QString &id)
        : TenantStorage(main, id, Isolation::Shared, u"tenant_*"_s)
    { }
    QString describe() const override { return tr("the shared tables (tenant_*)"); }

    Result<void> allocate() override
    {
        // The tables come with the schema (migration 6); nothing to create.
        return {};
    }
    Result<void> release() override
    {
        return transaction([&](Database &db, const QString &prefix) -> Result<void> {
            for (const QString &table : tenantTables()) {
                if (auto q = db.exec(u"DELETE FROM "_s + prefix + table + u" WHERE tenant_id = ?"_s,
                                     {m_tenantId});
                    !q)
                    return q.error();
            }
            return {};
        });
    }
    Result<bool> exists() override
    {
        bool found = false;
        auto r = transaction([&](Database &db, const QString &prefix) -> Result<void> {
            auto q = db.exec(u"SELECT count(*) FROM "_s + prefix + u"info WHERE tenant_id = ?"_s,
                             {m_tenantId});
            if (!q)
                return q.error();
            found = q->next() && q->value(0).toLongLong() > 0;
            return {};
        });
        if (!r)
            return r.error();
        return found;
    }
    bool joinsMain() const override { return true; }
    Result<void> transaction(const Body &body) override
    {
        return m_main.write([&]() -> Result<void> {
            if (m_main.backend() == Backend::Postgres) {
                // Row-level security admits this tenant's rows only, until the transaction ends.
                if (auto q = m_main.exec(u"SELECT set_config('tenancy.tenant_id', ?, true)"_s,
                                         {m_tenantId});
                    !q)
                    return q.error();
            }
            return body(m_main, u"tenant_"_s);
        });
    }
};

// schema on PostgreSQL: CREATE SCHEMA "t_acme".
class PostgresSchemaStorage final : public TenantStorage
{
public:
    PostgresSchemaStorage(Database &main, const QString &id, const QString &name)
        : TenantStorage(main, id, Isolation::Schema, name)
    { }
    QString describe() const override { return tr("schema %1").arg(m_name); }

    Result<void> allocate() override
    {
        // DDL is transactional on PostgreSQL: the schema appears with all its tables or not.
        return m_main.write([&]() -> Result<void> {
            if (auto r = m_main.queue(u"CREATE SCHEMA IF NOT EXISTS "_s + quoted(m_name)); !r)
                return r;
            return runDdl(m_main, quoted(m_name) + u'.');
        });
    }
    Result<void> release() override
    {
        auto q = m_main.exec(u"DROP SCHEMA IF EXISTS "_s + quoted(m_name) + u" CASCADE"_s);
        if (!q)
            return q.error();
        return {};
    }
    Result<bool> exists() override
    {
        auto q = m_main.exec(u"SELECT count(*) FROM pg_namespace WHERE nspname = ?"_s, {m_name});
        if (!q)
            return q.error();
        return q->next() && q->value(0).toLongLong() > 0;
    }
    Result<void> read(const Body &body) override { return body(m_main, quoted(m_name) + u'.'); }
    bool joinsMain() const override { return true; }
    Result<void> transaction(const Body &body) override
    {
        return m_main.write([&]() { return body(m_main, quoted(m_name) + u'.'); });
    }
};

// database on PostgreSQL: CREATE DATABASE (never inside a transaction) and its own connection.
class PostgresDatabaseStorage final : public TenantStorage
{
public:
    PostgresDatabaseStorage(Database &main, const QString &id, const QString &name)
        : TenantStorage(main, id, Isolation::Database, name)
    { }
    QString describe() const override { return tr("database %1").arg(m_name); }

    Result<void> allocate() override
    {
        auto there = exists();
        if (!there)
            return there.error();
        if (!*there) {
            auto q = m_main.exec(u"CREATE DATABASE "_s + quoted(m_name));
            // 42P04: another attempt created it meanwhile, which is as good.
            if (!q && !q.error().message.contains(u"already exists"_s))
                return q.error();
        }
        return transaction([](Database &db, const QString &prefix) { return runDdl(db, prefix); });
    }
    Result<void> release() override
    {
        m_own.reset(); // our own connection must go first
        auto q = m_main.exec(u"DROP DATABASE IF EXISTS "_s + quoted(m_name) + u" WITH (FORCE)"_s);
        if (!q)
            return q.error();
        return {};
    }
    Result<bool> exists() override
    {
        auto q = m_main.exec(u"SELECT count(*) FROM pg_database WHERE datname = ?"_s, {m_name});
        if (!q)
            return q.error();
        return q->next() && q->value(0).toLongLong() > 0;
    }
    Result<void> transaction(const Body &body) override
    {
        if (!m_own) {
            auto opened = m_main.openSibling(m_name);
            if (!opened)
                return opened.error();
            m_own = std::move(opened).value();
        }
        Database &db = *m_own;
        return db.write([&]() { return body(db, QString()); });
    }

private:
    std::unique_ptr<Database> m_own;
};

// schema and database on SQLite: a file of the tenant's own beside the main file; for schema
// attached to the main connection under the tenant's schema name, for database opened on a
// connection of its own.
class SqliteFileStorage final : public TenantStorage
{
public:
    SqliteFileStorage(Database &main, const QString &id, Isolation isolation, const QString &path)
        : TenantStorage(main, id, isolation, path)
        , m_alias(bounded(u"t_"_s + identifierPart(id)))
    { }
    ~SqliteFileStorage() override { detach(); }
    QString describe() const override
    {
        return m_isolation == Isolation::Schema
            ? tr("file %1 (attached as %2)").arg(QDir::toNativeSeparators(m_name), m_alias)
            : tr("file %1").arg(QDir::toNativeSeparators(m_name));
    }

    Result<void> allocate() override
    {
        const QFileInfo info(m_name);
        if (!QDir().mkpath(info.absolutePath()))
            return Error::make(ErrorCode::Storage,
                               tr("cannot create the folder %1 for tenants' files")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
        auto opened = m_main.openSibling(m_name);
        if (!opened)
            return opened.error();
        std::unique_ptr<Database> file = std::move(opened).value();
        return file->write([&]() { return runDdl(*file, QString()); });
    }
    Result<void> release() override
    {
        detach();
        m_own.reset();
        return destroyFile(m_name);
    }
    Result<bool> exists() override { return QFileInfo::exists(m_name); }
    Result<void> transaction(const Body &body) override
    {
        if (!QFileInfo::exists(m_name))
            return Error::make(
                ErrorCode::NotFound,
                tr("the tenant's file %1 does not exist").arg(QDir::toNativeSeparators(m_name)));
        if (m_isolation == Isolation::Database) {
            if (!m_own) {
                auto opened = m_main.openSibling(m_name);
                if (!opened)
                    return opened.error();
                m_own = std::move(opened).value();
            }
            Database &db = *m_own;
            return db.write([&]() { return body(db, QString()); });
        }
        // ATTACH cannot run inside a transaction: attach, write, detach.
        if (!m_attached) {
            if (auto q = m_main.exec(u"ATTACH DATABASE ? AS "_s + quoted(m_alias), {m_name}); !q)
                return q.error();
            m_attached = true;
        }
        auto result = m_main.write([&]() { return body(m_main, quoted(m_alias) + u'.'); });
        detach();
        return result;
    }

private:
    void detach()
    {
        if (!m_attached || m_main.inTransaction())
            return;
        if (auto q = m_main.exec(u"DETACH DATABASE "_s + quoted(m_alias)); !q)
            qCWarning(lcStore) << "cannot detach" << m_alias << q.error().message;
        m_attached = false;
    }

    QString m_alias;
    bool m_attached = false;
    std::unique_ptr<Database> m_own;
};

} // namespace

TenantStorage::TenantStorage(Database &main, QString tenantId, Isolation isolation, QString name)
    : m_main(main)
    , m_tenantId(std::move(tenantId))
    , m_isolation(isolation)
    , m_name(std::move(name))
{ }

TenantStorage::~TenantStorage() = default;

QString TenantStorage::sqliteFolder(const Database &main)
{
    const QFileInfo info(main.url().sqlitePath());
    return info.absolutePath() + u'/' + info.fileName() + u".tenants"_s;
}

QString TenantStorage::nameFor(const Database &main, const QString &tenantId, Isolation isolation)
{
    const QString id = identifierPart(tenantId);
    switch (isolation) {
    case Isolation::Shared:
        return u"tenant_*"_s;
    case Isolation::Schema:
        if (main.backend() == Backend::Sqlite)
            return sqliteFolder(main) + u'/' + tenantId + u".sqlite"_s;
        return bounded(u"t_"_s + id);
    case Isolation::Database:
        if (main.backend() == Backend::Sqlite)
            return sqliteFolder(main) + u'/' + tenantId + u".sqlite"_s;
        return bounded(identifierPart(main.url().databaseName()) + u'_' + id);
    case Isolation::Cluster:
        return tenantId;
    }
    return {};
}

Result<std::unique_ptr<TenantStorage>> TenantStorage::open(Database &main, const QString &tenantId,
                                                           Isolation isolation)
{
    const QString name = nameFor(main, tenantId, isolation);
    const bool pg = main.backend() == Backend::Postgres;
    switch (isolation) {
    case Isolation::Shared:
        return std::unique_ptr<TenantStorage>(new SharedStorage(main, tenantId));
    case Isolation::Schema:
        if (pg)
            return std::unique_ptr<TenantStorage>(new PostgresSchemaStorage(main, tenantId, name));
        return std::unique_ptr<TenantStorage>(
            new SqliteFileStorage(main, tenantId, Isolation::Schema, name));
    case Isolation::Database:
        if (pg)
            return std::unique_ptr<TenantStorage>(
                new PostgresDatabaseStorage(main, tenantId, name));
        return std::unique_ptr<TenantStorage>(
            new SqliteFileStorage(main, tenantId, Isolation::Database, name));
    case Isolation::Cluster:
        break;
    }
    return Error::make(ErrorCode::NotAllowed,
                       tr("cluster isolation keeps the tenant's data on its own cluster, run by "
                          "the orchestrator"));
}

Result<qint64> TenantStorage::copyTo(TenantStorage &target)
{
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<Table> tables;
    qint64 count = 0;
    auto read = transaction([&](Database &db, const QString &prefix) -> Result<void> {
        for (const QString &name : tenantTables()) {
            auto q = db.exec(u"SELECT * FROM "_s + prefix + name + u" WHERE tenant_id = ?"_s,
                             {m_tenantId});
            if (!q)
                return q.error();
            Table table {name, {}, {}};
            const QSqlRecord record = q->record();
            for (int i = 0; i < record.count(); ++i)
                table.columns.append(record.fieldName(i));
            const qsizetype isolationColumn
                = name == u"info"_s ? table.columns.indexOf(u"isolation"_s) : -1;
            while (q->next()) {
                QVariantList values;
                for (int i = 0; i < record.count(); ++i)
                    values.append(q->value(i));
                if (isolationColumn >= 0)
                    values[isolationColumn] = isolationId(target.isolation());
                table.rows.append(values);
            }
            count += table.rows.size();
            tables.append(table);
        }
        return {};
    });
    if (!read)
        return read.error();
    auto written = target.transaction([&](Database &db, const QString &prefix) -> Result<void> {
        for (const Table &table : tables) {
            if (auto q
                = db.exec(u"DELETE FROM "_s + prefix + table.name + u" WHERE tenant_id = ?"_s,
                          {target.tenantId()});
                !q)
                return q.error();
            if (table.columns.isEmpty())
                continue;
            QStringList quoted, marks;
            for (const QString &column : table.columns) {
                quoted.append(u'"' + column + u'"');
                marks.append(u"?"_s);
            }
            const QString sql = u"INSERT INTO "_s + prefix + table.name + u" ("_s
                + quoted.join(u", "_s) + u") VALUES ("_s + marks.join(u", "_s) + u')';
            for (const QVariantList &row : table.rows) {
                if (auto q = db.exec(sql, row); !q)
                    return q.error();
            }
        }
        return {};
    });
    if (!written)
        return written.error();
    return count;
}

Result<void> TenantStorage::destroyFile(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile file(path + suffix);
        if (!file.exists())
            continue;
        if (file.open(QIODevice::ReadWrite)) {
            const QByteArray zeros(64 * 1024, '\0');
            qint64 left = file.size();
            while (left > 0) {
                const qint64 n = std::min<qint64>(left, zeros.size());
                if (file.write(zeros.constData(), n) != n)
                    break;
                left -= n;
            }
            file.flush();
            ::fsync(file.handle());
            file.close();
        }
        if (!file.remove())
            return Error::make(
                ErrorCode::Storage,
                tr("cannot delete %1: %2")
                    .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    return {};
}

} // namespace Tenancy
