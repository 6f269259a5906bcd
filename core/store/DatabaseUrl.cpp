#include "DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

Error urlError(const QString &message)
{
    return Error::invalid(u"db"_s, message);
}

// libpq connection parameters we pass through from the URL's query string.
const QStringList &allowedOptions()
{
    static const QStringList options {
        u"sslmode"_s,         u"sslrootcert"_s,    u"sslcert"_s,          u"sslkey"_s,
        u"connect_timeout"_s, u"host"_s,           u"application_name"_s, u"target_session_attrs"_s,
        u"gssencmode"_s,      u"channel_binding"_s};
    return options;
}

} // namespace

QString DatabaseUrl::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"tenancy.sqlite"_s);
}

Result<DatabaseUrl> DatabaseUrl::resolve(const QString &explicitUrl)
{
    if (!explicitUrl.isEmpty())
        return parse(explicitUrl);
    const QString fromEnv = qEnvironmentVariable("TENANCY_DB");
    if (!fromEnv.isEmpty()) {
        auto url = parse(fromEnv);
        if (!url)
            return Error::invalid(u"TENANCY_DB"_s, url.error().message);
        return url;
    }
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_path = defaultSqlitePath();
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return urlError(tr("the database URL is empty"));

    DatabaseUrl url;
    if (text.startsWith(u"sqlite:"_s)) {
        url.m_backend = Backend::Sqlite;
        QString rest = text.mid(7);
        QString path;
        if (rest.startsWith(u"//"_s)) {
            // sqlite:///abs/path (empty authority) or sqlite://localhost/abs/path
            const QUrl qurl(text, QUrl::StrictMode);
            if (!qurl.isValid())
                return urlError(tr("the SQLite URL is not valid: use sqlite:///path/to/file"));
            if (!qurl.host().isEmpty() && qurl.host() != u"localhost"_s)
                return urlError(tr("a SQLite URL names a local file: use sqlite:///path/to/file"));
            path = qurl.path(QUrl::FullyDecoded);
        } else {
            path = QUrl::fromPercentEncoding(rest.toUtf8());
        }
        if (path.isEmpty() || path.endsWith(u'/'))
            return urlError(tr("the SQLite URL names no file: use sqlite:///path/to/file"));
        url.m_path = QFileInfo(path).absoluteFilePath();
        return url;
    }

    // Refuse a password before anything else, so that no message ever repeats it.
    static const QRegularExpression userinfoWithPassword(
        u"^[A-Za-z][A-Za-z0-9+.-]*://[^/@]*:[^/@]*@"_s);
    if (userinfoWithPassword.match(text).hasMatch()) {
        return urlError(tr("the URL contains a password: store it in the OS keychain or use "
                           "PGPASSWORD/.pgpass instead, so it is never written to disk"));
    }
    const QUrl qurl(text, QUrl::StrictMode);
    if (!qurl.isValid()) {
        // Neither the text nor Qt's message (which quotes it) goes into ours.
        return urlError(tr("the database URL is not valid: use sqlite:///path or "
                           "postgresql://user@host:port/database"));
    }
    const QString scheme = qurl.scheme();
    if (scheme != u"postgresql"_s && scheme != u"postgres"_s) {
        return urlError(
            tr("unknown database URL scheme \"%1\": use sqlite:///path or postgresql://...")
                .arg(scheme));
    }
    if (!qurl.password().isEmpty()) {
        return urlError(tr("the URL contains a password: store it in the OS keychain or use "
                           "PGPASSWORD/.pgpass instead, so it is never written to disk"));
    }
    url.m_backend = Backend::Postgres;
    url.m_host = qurl.host();
    url.m_port = qurl.port(5432);
    if (url.m_port <= 0 || url.m_port > 65535)
        return urlError(tr("the port must be between 1 and 65535"));
    url.m_user = qurl.userName(QUrl::FullyDecoded);
    QString database = qurl.path(QUrl::FullyDecoded);
    if (database.startsWith(u'/'))
        database.remove(0, 1);
    if (database.isEmpty() || database.contains(u'/'))
        return urlError(tr("the URL names no database: use postgresql://user@host:port/database"));
    url.m_database = database;

    const QUrlQuery query(qurl);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password"_s) {
            return urlError(tr("the URL contains a password: store it in the OS keychain or use "
                               "PGPASSWORD/.pgpass instead, so it is never written to disk"));
        }
        if (!allowedOptions().contains(key)) {
            return urlError(tr("unknown connection option \"%1\" (known: %2)")
                                .arg(key, allowedOptions().join(u", "_s)));
        }
        // Values go into libpq's connection string: nothing that could end one parameter and
        // start another (whitespace of any kind, quotes, backslashes, ';', controls).
        for (const QChar c : value) {
            if (c.isSpace() || c == u';' || c == u'\'' || c == u'"' || c == u'\\'
                || c.category() == QChar::Other_Control) {
                return urlError(
                    tr("the value of option \"%1\" contains spaces, quotes, backslashes, ';' or "
                       "control characters")
                        .arg(key));
            }
        }
        url.m_options.insert(key, value);
    }
    if (url.m_host.isEmpty() && !url.m_options.contains(u"host"_s))
        url.m_host = u"localhost"_s;
    return url;
}

QString DatabaseUrl::toString() const
{
    if (m_backend == Backend::Sqlite) {
        QUrl url;
        url.setScheme(u"sqlite"_s);
        url.setPath(m_path);
        return u"sqlite://"_s + url.toString(QUrl::RemoveScheme | QUrl::EncodeSpaces);
    }
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user);
    url.setHost(m_host);
    if (m_port != 5432)
        url.setPort(m_port);
    url.setPath(u'/' + m_database);
    if (!m_options.isEmpty()) {
        QUrlQuery query;
        for (auto it = m_options.begin(); it != m_options.end(); ++it)
            query.addQueryItem(it.key(), it.value());
        url.setQuery(query);
    }
    return url.toString();
}

QString DatabaseUrl::secretKey() const
{
    // user@host:port/db identifies a login; options such as sslmode do not change the secret.
    return u"postgresql://"_s + m_user + u'@' + effectiveHost() + u':' + QString::number(m_port)
        + u'/' + m_database;
}

} // namespace Tenancy
