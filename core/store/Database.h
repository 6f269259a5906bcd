#pragma once

#include "DatabaseUrl.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

class QSqlError;
struct sqlite3;
struct pg_conn;
typedef struct pg_conn PGconn;

namespace Tenancy {

// One connection to the tenancy database, SQLite or PostgreSQL. Owned by one thread (Qt SQL
// connections cannot cross threads): long work on another thread opens its own with
// openAnother(). Dialect differences stay in store/.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::Database)

public:
    // Opens (and for SQLite creates) the database. password is only used for PostgreSQL; when
    // empty libpq falls back to PGPASSWORD/.pgpass.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url,
                                                  const QString &password = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A second connection to the same database, for another thread.
    Result<std::unique_ptr<Database>> openAnother() const;
    // A connection with the same login to another database on the same server (PostgreSQL),
    // or to another file (SQLite).
    Result<std::unique_ptr<Database>> openSibling(const QString &nameOrPath) const;

    Backend backend() const { return m_url.backend(); }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase connection() const;
    // The driver's own connection, for the few paths that bypass Qt's one-QVariant-per-value
    // API (bulk reads and writes); nullptr on the other backend or when the driver gives none.
    sqlite3 *sqliteHandle() const;
    PGconn *postgresHandle() const;

    // Prepares sql, binds the positional values and runs it.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    // Runs a statement whose result nobody reads (no rows, no row count).
    // SQLite, and anything outside write(): runs now. PostgreSQL inside write(): kept, and
    // sent before the next statement that must answer, or at the commit, all in one message:
    // one round trip for all of them instead of one each. An error then surfaces there; the
    // transaction rolls back whole either way.
    Result<void> queue(const QString &sql, const QVariantList &values = {});
    // Whether queue() defers statements inside write() (PostgreSQL), and does now.
    bool queues() const { return backend() == Backend::Postgres; }
    bool defers() const { return queues() && m_inTransaction; }
    // Sends what is queued and, inside write(), opens the transaction on the server: for code
    // that runs statements through connection() itself.
    Result<void> sync();
    // Runs a statement that answers with at most one row the caller needs (a read, or a write
    // with RETURNING) and gives that row's values (empty: no row). PostgreSQL: it goes in one
    // message with what is queued and a pending BEGIN: one round trip for all of them.
    // Numbers come back as integers, booleans as bool, anything else as text (NULL as a null
    // QVariant).
    Result<QVariantList> readRow(const QString &sql, const QVariantList &values = {});

    // Runs body in a write transaction (SQLite: BEGIN IMMEDIATE, so writers queue rather than
    // fail half-way). Commits when body succeeds, rolls back otherwise: nothing half-written.
    // PostgreSQL: BEGIN waits for the first statement that must answer; a body that only
    // queues goes to the server as one statement, which is atomic by itself.
    Result<void> write(const std::function<Result<void>()> &body);
    // write(), then one row read at its end, before the commit (the row's values; empty when
    // none). PostgreSQL: the read goes in one message with what is queued and the COMMIT (and,
    // when body only queued, with all of it). sql and values are taken after body has run, so
    // body may fill in values (what it gathered).
    Result<QVariantList> writeThenRead(const std::function<Result<void>()> &body,
                                       const QString &sql, const QVariantList &values = {});
    bool inTransaction() const { return m_inTransaction; }

    // Inside write(): makes concurrent schema and role changes (migrations, database roles)
    // take turns. PostgreSQL: a transaction-scoped advisory lock; SQLite: BEGIN IMMEDIATE
    // already serialises writers.
    Result<void> serialiseSchemaChanges();
    // Inside write(): locks table against concurrent writers until the transaction ends, so a
    // check such as "is this the last admin?" still holds at commit (PostgreSQL runs READ
    // COMMITTED; SQLite's BEGIN IMMEDIATE already excludes other writers).
    Result<void> lockTable(const QString &table);

    // SQLite: switches to write-ahead logging (persistent in the file). Done after the schema
    // version check, so that a database this version must not touch stays untouched; a
    // read-only file stays in its journal mode.
    void enableWriteAheadLog();

    // The login the server knows us as (PostgreSQL session_user); empty for SQLite.
    QString login() const { return m_login; }
    // Server version text ("PostgreSQL 15.x" / "SQLite 3.x").
    QString serverVersion();

    // Maps a driver error to an Error naming what failed (never including a password).
    Error mapError(const QSqlError &error, const QString &what) const;

private:
    Database(DatabaseUrl url, QString password, QString connectionName);
    // PostgreSQL: sql with each ? (outside quotes) replaced by its value as a literal, whole.
    Result<QString> inlineValues(const QString &sql, const QVariantList &values) const;
    // sql as it is sent: inlineValues() when there are values.
    Result<QString> statementText(const QString &sql, const QVariantList &values) const;
    Result<void> connect();
    // Sends the queued statements in one message (libpq; Qt's driver runs one at a time);
    // lastRow, when given, receives the first row of the last statement that returned rows.
    Result<void> flushQueue(QVariantList *lastRow = nullptr);
    // The end of a transaction whose BEGIN was sent. When result holds: what is queued, then
    // COMMIT, in one message (PostgreSQL; lastRow as for flushQueue()); otherwise ROLLBACK.
    Result<void> finish(Result<void> result, QVariantList *lastRow = nullptr);
    // write() and writeThenRead(): readSql empty for no read.
    Result<void> transact(const std::function<Result<void>()> &body, const QString &readSql,
                          const QVariantList &readValues, QVariantList *row);

    DatabaseUrl m_url;
    QString m_password;
    QString m_connectionName;
    QString m_login;
    bool m_inTransaction = false;
    bool m_beginPending = false; // inside write() on PostgreSQL, BEGIN not sent yet
    QStringList m_queued; // PostgreSQL: statements (values inlined) not sent yet
};

} // namespace Tenancy
