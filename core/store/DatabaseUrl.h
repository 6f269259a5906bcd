#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Tenancy {

enum class Backend { Sqlite, Postgres };

// Where the data lives: `sqlite:///absolute/path`, `sqlite:relative/path`, or
// `postgresql://user@host:port/db?sslmode=...`. A password in the URL is refused: it comes from
// the OS keychain or libpq's own PGPASSWORD/.pgpass, so URLs can be stored and shown safely.
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::DatabaseUrl)

public:
    static Result<DatabaseUrl> parse(const QString &text);
    // The explicit URL if given, else $TENANCY_DB, else the SQLite file in AppDataLocation.
    static Result<DatabaseUrl> resolve(const QString &explicitUrl);
    static QString defaultSqlitePath();

    Backend backend() const { return m_backend; }
    QString sqlitePath() const { return m_path; }
    QString host() const { return m_host; }
    // The host libpq connects to: the "host" option (e.g. a socket directory) wins over the
    // URL's host, as in libpq's own URLs.
    QString effectiveHost() const { return m_options.value(QStringLiteral("host"), m_host); }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_database; }
    // libpq options from the query string (sslmode, sslrootcert, connect_timeout, host, ...)
    QMap<QString, QString> options() const { return m_options; }

    // The same server and login with another database (PostgreSQL) or file (SQLite).
    DatabaseUrl withDatabase(const QString &nameOrPath) const
    {
        DatabaseUrl other = *this;
        if (m_backend == Backend::Sqlite)
            other.m_path = nameOrPath;
        else
            other.m_database = nameOrPath;
        return other;
    }

    // The canonical text (no password, ever): safe to show and to store in settings.
    QString toString() const;
    // The key under which the keychain holds this connection's password.
    QString secretKey() const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_database;
    QMap<QString, QString> m_options;
};

} // namespace Tenancy
