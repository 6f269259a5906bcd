#include "Database.h"

#include "Logging.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

#include <cmath>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"tenancy-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(DatabaseUrl url, QString password, QString connectionName)
    : m_url(std::move(url))
    , m_password(std::move(password))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_inTransaction)
                db.exec(u"ROLLBACK"_s);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::sqliteHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

PGconn *Database::postgresHandle() const
{
    // Qt's driver hands out its PGconn* (named by libpq's struct: "pg_conn*").
    const QVariant handle = connection().driver()->handle();
    const bool isPq = handle.isValid()
        && (qstrcmp(handle.typeName(), "pg_conn*") == 0
            || qstrcmp(handle.typeName(), "PGconn*") == 0);
    return isPq ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, const QString &password)
{
    std::unique_ptr<Database> db(new Database(url, password, nextConnectionName()));
    if (auto r = db->connect(); !r)
        return r.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_url, m_password);
}

Result<std::unique_ptr<Database>> Database::openSibling(const QString &nameOrPath) const
{
    return open(m_url.withDatabase(nameOrPath), m_password);
}

Result<void> Database::connect()
{
    const QString driver = m_url.backend() == Backend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error::make(ErrorCode::Storage,
                           tr("the Qt SQL driver %1 is not installed (Debian: %2)")
                               .arg(driver,
                                    m_url.backend() == Backend::Sqlite ? u"libqt6sql6-sqlite"_s
                                                                       : u"libqt6sql6-psql"_s));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);

    if (m_url.backend() == Backend::Sqlite) {
        const QFileInfo info(m_url.sqlitePath());
        if (info.isDir())
            return Error::invalid(u"db"_s,
                                  tr("%1 is a directory, not a database file")
                                      .arg(QDir::toNativeSeparators(info.filePath())));
        if (!QDir().mkpath(info.absolutePath())) {
            return Error::make(ErrorCode::Storage,
                               tr("cannot create the folder %1")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open())
            return mapError(db.lastError(), tr("cannot open %1").arg(m_url.toString()));
        // The first statement that touches the file tells whether it is a database at all.
        // Reads through a memory map (up to 1 GiB of the file): no copy from the page cache
        // per page, which is most of the time a long scan (audit verification) spends.
        for (const QString &pragma : {u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=NORMAL"_s,
                                      u"PRAGMA mmap_size=1073741824"_s}) {
            QSqlQuery q(db);
            if (!q.exec(pragma)) {
                return mapError(q.lastError(),
                                tr("%1 is not a usable SQLite database").arg(m_url.toString()));
            }
        }
        QSqlQuery check(db);
        if (!check.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
            return mapError(check.lastError(),
                            tr("%1 is not a usable SQLite database").arg(m_url.toString()));
        }
        qCDebug(lcStore) << "opened SQLite database" << info.absoluteFilePath();
        return {};
    }

    db.setHostName(m_url.effectiveHost());
    db.setPort(m_url.port());
    db.setDatabaseName(m_url.databaseName());
    db.setUserName(m_url.user());
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    QStringList options;
    const auto urlOptions = m_url.options();
    for (auto it = urlOptions.begin(); it != urlOptions.end(); ++it) {
        if (it.key() != u"host"_s)
            options.append(it.key() + u'=' + it.value());
    }
    if (!urlOptions.contains(u"application_name"_s))
        options.append(u"application_name="_s + QCoreApplication::applicationName());
    if (!urlOptions.contains(u"connect_timeout"_s))
        options.append(u"connect_timeout=10"_s);
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        return mapError(db.lastError(), tr("cannot connect to %1").arg(m_url.toString()));

    QSqlQuery q(db);
    if (!q.exec(u"SET client_min_messages TO warning"_s) || !q.exec(u"SELECT session_user"_s)
        || !q.next()) {
        return mapError(q.lastError(),
                        tr("cannot set up the connection to %1").arg(m_url.toString()));
    }
    m_login = q.value(0).toString();
    qCDebug(lcStore) << "connected to PostgreSQL database" << m_url.databaseName() << "as"
                     << m_login;
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values)
{
    if (auto r = sync(); !r)
        return r.error();
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Unprepared: PostgreSQL cannot PREPARE DDL such as CREATE TABLE.
        if (!query.exec(sql))
            return mapError(query.lastError(), tr("a statement failed"));
        return query;
    }
    if (backend() == Backend::Postgres) {
        // Qt's PostgreSQL driver runs a prepared statement as PREPARE, EXECUTE and DEALLOCATE:
        // three round trips. The values are quoted by the driver instead (libpq's
        // PQescapeStringConn for text) and the statement runs in one.
        auto inlined = inlineValues(sql, values);
        if (!inlined)
            return inlined.error();
        if (!query.exec(*inlined))
            return mapError(query.lastError(), tr("a statement failed"));
        return query;
    }
    if (!query.prepare(sql))
        return mapError(query.lastError(), tr("cannot prepare a statement"));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return mapError(query.lastError(), tr("a statement failed"));
    return query;
}

Result<void> Database::queue(const QString &sql, const QVariantList &values)
{
    if (!defers()) {
        auto q = exec(sql, values);
        if (!q)
            return q.error();
        return {};
    }
    auto inlined = statementText(sql, values);
    if (!inlined)
        return inlined.error();
    QString statement = std::move(inlined).value();
    while (!statement.isEmpty() && (statement.back().isSpace() || statement.back() == u';'))
        statement.chop(1);
    m_queued.append(statement);
    return {};
}

Result<void> Database::sync()
{
    if (!m_beginPending)
        return flushQueue();
    // BEGIN goes with what is queued, in the same message.
    m_beginPending = false;
    m_queued.prepend(u"BEGIN"_s);
    return flushQueue();
}

Result<QVariantList> Database::readRow(const QString &sql, const QVariantList &values)
{
    QVariantList row;
    if (backend() != Backend::Postgres) {
        auto q = exec(sql, values);
        if (!q)
            return q.error();
        if (q->next()) {
            const int columns = q->record().count();
            for (int i = 0; i < columns; ++i)
                row.append(q->value(i));
        }
        return row;
    }
    auto statement = statementText(sql, values);
    if (!statement)
        return statement.error();
    if (m_beginPending) {
        m_beginPending = false;
        m_queued.prepend(u"BEGIN"_s);
    }
    m_queued.append(*statement);
    if (auto r = flushQueue(&row); !r)
        return r.error();
    return row;
}

Result<void> Database::flushQueue(QVariantList *lastRow)
{
    if (m_queued.isEmpty())
        return {};
    // One simple-query message through libpq, under Qt's driver (which takes one statement
    // per query): the server runs the statements in order and stops at the first error, which
    // PQexec returns. Outside BEGIN they form one implicit transaction: all or nothing.
    const QByteArray sql = m_queued.join(u";\n"_s).toUtf8();
    m_queued.clear();
    PGconn *conn = postgresHandle();
    if (!conn)
        return Error::make(ErrorCode::Unavailable, tr("not connected to the database"));
    // Anything Qt's driver left unread goes first (as PQexec would do).
    while (PGresult *left = PQgetResult(conn))
        PQclear(left);
    if (!PQsendQuery(conn, sql.constData())) {
        const bool lost = PQstatus(conn) == CONNECTION_BAD;
        return mapError(QSqlError(QString(), QString::fromUtf8(PQerrorMessage(conn)),
                                  lost ? QSqlError::ConnectionError : QSqlError::StatementError),
                        tr("a statement failed"));
    }
    // A result each statement until the first error; the rows wanted are those of the last
    // that returned rows (a COMMIT may follow it).
    PGresult *rows = nullptr;
    PGresult *failure = nullptr;
    while (PGresult *result = PQgetResult(conn)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK) {
            PQclear(rows);
            rows = result;
        } else if (status == PGRES_COMMAND_OK || status == PGRES_EMPTY_QUERY || failure) {
            PQclear(result);
        } else {
            failure = result;
        }
    }
    if (!failure) {
        if (lastRow && rows && PQntuples(rows) > 0) {
            for (int column = 0; column < PQnfields(rows); ++column) {
                if (PQgetisnull(rows, 0, column)) {
                    lastRow->append(QVariant());
                    continue;
                }
                const QString text = QString::fromUtf8(PQgetvalue(rows, 0, column));
                switch (PQftype(rows, column)) {
                case 16: // bool
                    lastRow->append(text == u"t"_s);
                    break;
                case 20: // int8
                case 21: // int2
                case 23: // int4
                    lastRow->append(text.toLongLong());
                    break;
                default:
                    lastRow->append(text);
                }
            }
        }
        PQclear(rows);
        return {};
    }
    PQclear(rows);
    const QString message = QString::fromUtf8(PQresultErrorMessage(failure));
    const char *sqlState = PQresultErrorField(failure, PG_DIAG_SQLSTATE);
    const QString state = sqlState ? QString::fromLatin1(sqlState) : QString();
    PQclear(failure);
    const bool lost = PQstatus(conn) == CONNECTION_BAD;
    return mapError(QSqlError(QString(), message,
                              lost ? QSqlError::ConnectionError : QSqlError::StatementError, state),
                    tr("a statement failed"));
}

namespace {

// Text as a literal, whole (the driver's formatValue() would cut trailing white space) and
// without a QSqlField: ' doubled. false for text with a backslash, whose escaping depends on
// the server's standard_conforming_strings (the driver knows it).
bool appendText(QString &out, QStringView text)
{
    if (text.contains(u'\\'))
        return false;
    out += u'\'';
    qsizetype from = 0;
    for (qsizetype quote = text.indexOf(u'\''); quote >= 0; quote = text.indexOf(u'\'', from)) {
        out += text.sliced(from, quote + 1 - from);
        out += u'\'';
        from = quote + 1;
    }
    out += text.sliced(from);
    out += u'\'';
    return true;
}

} // namespace

Result<QString> Database::inlineValues(const QString &sql, const QVariantList &values) const
{
    QSqlDriver *driver = connection().driver();
    QString out;
    out.reserve(sql.size() + 32 * values.size());
    qsizetype next = 0;
    qsizetype copied = 0; // sql before this is in out
    bool quoted = false; // inside '…' (a doubled '' stays inside)
    bool identifier = false; // inside "…"
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' && !identifier)
            quoted = !quoted;
        else if (c == u'"' && !quoted)
            identifier = !identifier;
        if (c != u'?' || quoted || identifier)
            continue;
        if (next >= values.size())
            return Error::make(ErrorCode::Storage,
                               tr("a statement has more placeholders than values"));
        out += QStringView(sql).sliced(copied, i - copied);
        copied = i + 1;
        const QVariant &value = values.at(next++);
        const int type = value.metaType().id();
        if (!value.isNull() && type == QMetaType::QString && appendText(out, value.toString()))
            continue;
        if (!value.isNull() && (type == QMetaType::Int || type == QMetaType::LongLong)) {
            out += QString::number(value.toLongLong());
            continue;
        }
        if (!value.isNull() && type == QMetaType::Double && std::isfinite(value.toDouble())) {
            // The shortest text that reads back as the same double.
            out += QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
            continue;
        }
        QSqlField field(QString(),
                        value.isNull() && !value.metaType().isValid()
                            ? QMetaType::fromType<QString>()
                            : value.metaType());
        if (value.isNull())
            field.clear();
        else
            field.setValue(value);
        out += driver->formatValue(field, false);
    }
    if (next != values.size())
        return Error::make(ErrorCode::Storage,
                           tr("a statement has fewer placeholders than values"));
    out += QStringView(sql).sliced(copied);
    return out;
}

Result<QString> Database::statementText(const QString &sql, const QVariantList &values) const
{
    if (values.isEmpty())
        return sql;
    return inlineValues(sql, values);
}

Result<void> Database::write(const std::function<Result<void>()> &body)
{
    return transact(body, QString(), {}, nullptr);
}

Result<QVariantList> Database::writeThenRead(const std::function<Result<void>()> &body,
                                             const QString &sql, const QVariantList &values)
{
    QVariantList row;
    if (auto r = transact(body, sql, values, &row); !r)
        return r.error();
    return row;
}

Result<void> Database::transact(const std::function<Result<void>()> &body, const QString &readSql,
                                const QVariantList &readValues, QVariantList *row)
{
    const auto read = [&]() -> Result<void> {
        if (readSql.isEmpty())
            return {};
        auto found = readRow(readSql, readValues);
        if (!found)
            return found.error();
        *row = std::move(found).value();
        return {};
    };
    if (m_inTransaction) {
        // Joins the transaction already open.
        if (auto r = body(); !r)
            return r;
        return read();
    }
    QSqlDatabase db = connection();
    if (backend() == Backend::Postgres) {
        m_beginPending = true; // sent by the first statement that must answer (sync())
    } else {
        QSqlQuery begin(db);
        if (!begin.exec(u"BEGIN IMMEDIATE"_s))
            return mapError(begin.lastError(), tr("cannot start a transaction"));
    }
    m_inTransaction = true;
    Result<void> result = body();
    if (m_beginPending) {
        // Nothing had to answer, so nothing was sent: what is queued (and the read) goes now as
        // one message, which the server runs as one implicit transaction: whole or not at all.
        m_beginPending = false;
        m_inTransaction = false;
        if (!result) {
            m_queued.clear();
            return result;
        }
        if (readSql.isEmpty())
            return flushQueue();
        result = read();
        m_queued.clear(); // a read that could not be sent takes what was queued with it
        return result;
    }
    if (result && !readSql.isEmpty() && backend() == Backend::Postgres) {
        // The read goes with what is queued and the COMMIT.
        auto statement = statementText(readSql, readValues);
        if (!statement)
            return finish(statement.error());
        m_queued.append(*statement);
        return finish(result, row);
    }
    if (result)
        result = read();
    return finish(result);
}

Result<void> Database::finish(Result<void> result, QVariantList *lastRow)
{
    QSqlDatabase db = connection();
    if (result && !m_queued.isEmpty()) {
        // What is queued and the COMMIT, in one message. Should a statement fail, the server
        // skips the rest (the COMMIT too) and the transaction is rolled back below.
        m_queued.append(u"COMMIT"_s);
        result = flushQueue(lastRow);
        if (result) {
            m_inTransaction = false;
            return result;
        }
    } else if (result) {
        QSqlQuery end(db);
        if (!end.exec(u"COMMIT"_s))
            result = mapError(end.lastError(), tr("cannot commit"));
    }
    m_queued.clear();
    if (!result) {
        // Also when the COMMIT itself failed (the server ended the transaction already: it
        // warns that none is in progress, no harm).
        QSqlQuery end(db);
        if (!end.exec(u"ROLLBACK"_s))
            qCWarning(lcStore) << "rollback failed:" << end.lastError().text();
    }
    m_inTransaction = false;
    return result;
}

Result<void> Database::serialiseSchemaChanges()
{
    if (backend() != Backend::Postgres)
        return {};
    // Any constant works; this one spells "tenancy" on a phone keypad.
    auto q = exec(u"SELECT pg_advisory_xact_lock(83626290)"_s);
    if (!q)
        return q.error();
    return {};
}

Result<void> Database::lockTable(const QString &table)
{
    if (backend() != Backend::Postgres)
        return {};
    auto q = exec(u"LOCK TABLE "_s + table + u" IN SHARE ROW EXCLUSIVE MODE"_s);
    if (!q)
        return q.error();
    return {};
}

void Database::enableWriteAheadLog()
{
    if (backend() != Backend::Sqlite)
        return;
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s))
        qCWarning(lcStore) << "cannot switch to write-ahead logging:" << q.lastError().text();
}

QString Database::serverVersion()
{
    const QString sql = backend() == Backend::Sqlite ? u"SELECT 'SQLite ' || sqlite_version()"_s
                                                     : u"SELECT version()"_s;
    auto q = exec(sql);
    if (!q || !q->next())
        return {};
    QString text = q->value(0).toString();
    // "PostgreSQL 15.18 (Debian ...) on x86_64..." -> "PostgreSQL 15.18"
    if (backend() == Backend::Postgres)
        text = text.section(u' ', 0, 1);
    return text;
}

Error Database::mapError(const QSqlError &error, const QString &what) const
{
    const QString native = error.nativeErrorCode();
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    // Never echo a password; the URL text we use in messages has none, but libpq may quote
    // the connection string in rare errors.
    if (!m_password.isEmpty())
        detail.replace(m_password, u"****"_s);
    const QString message = what + u": "_s + detail;

    ErrorCode code = ErrorCode::Storage;
    if (backend() == Backend::Postgres) {
        if (native == u"42501"_s)
            code = ErrorCode::PermissionDenied;
        else if (native == u"23505"_s)
            code = ErrorCode::AlreadyExists;
        else if (native.startsWith(u"08"_s) || native.startsWith(u"28"_s)
                 || error.type() == QSqlError::ConnectionError)
            code = ErrorCode::Unavailable;
    } else {
        if (detail.contains(u"UNIQUE constraint failed"_s))
            code = ErrorCode::AlreadyExists;
    }
    qCDebug(lcStore) << "database error" << native << message;
    return Error::make(code, message);
}

} // namespace Tenancy
