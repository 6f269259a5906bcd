// DatabaseUrl: parsing sqlite:/postgresql: URLs, refusing passwords and unsafe options, the
// canonical text, the keychain key, and where resolve() looks.
#include "store/DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using Tenancy::Backend;
using Tenancy::DatabaseUrl;
using Tenancy::ErrorCode;

namespace {

QStringList optionList(const DatabaseUrl &url)
{
    QStringList list;
    const auto options = url.options();
    for (auto it = options.begin(); it != options.end(); ++it)
        list << it.key() + u'=' + it.value();
    return list;
}

QString absolute(const QString &relative)
{
    return QFileInfo(QDir::current().filePath(relative)).absoluteFilePath();
}

QString describe(const Tenancy::Result<DatabaseUrl> &url)
{
    return url.ok() ? url->toString() : url.error().message;
}

} // namespace

class tst_DatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_hadEnv = qEnvironmentVariableIsSet("TENANCY_DB");
        m_env = qgetenv("TENANCY_DB");
    }
    void cleanup()
    {
        if (m_hadEnv)
            qputenv("TENANCY_DB", m_env);
        else
            qunsetenv("TENANCY_DB");
    }

    void parseSqlite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("canonical"); // empty: only check the round trip

        QTest::newRow("absolute") << u"sqlite:///abs/path/tenancy.sqlite"_s
                                  << u"/abs/path/tenancy.sqlite"_s
                                  << u"sqlite:///abs/path/tenancy.sqlite"_s;
        QTest::newRow("relative made absolute")
            << u"sqlite:relative/t.sqlite"_s << absolute(u"relative/t.sqlite"_s)
            << u"sqlite://"_s + absolute(u"relative/t.sqlite"_s);
        QTest::newRow("bare file name")
            << u"sqlite:t.sqlite"_s << absolute(u"t.sqlite"_s) << QString();
        QTest::newRow("escaped spaces")
            << u"sqlite:///path%20with%20space/db.sqlite"_s << u"/path with space/db.sqlite"_s
            << u"sqlite:///path%20with%20space/db.sqlite"_s;
        QTest::newRow("relative with escaped space")
            << u"sqlite:rel%20dir/x.sqlite"_s << absolute(u"rel dir/x.sqlite"_s) << QString();
        QTest::newRow("localhost authority")
            << u"sqlite://localhost/var/lib/t.sqlite"_s << u"/var/lib/t.sqlite"_s
            << u"sqlite:///var/lib/t.sqlite"_s;
        QTest::newRow("escaped percent")
            << u"sqlite:///tmp/100%25.sqlite"_s << u"/tmp/100%.sqlite"_s << QString();
        QTest::newRow("escaped hash")
            << u"sqlite:///tmp/a%23b.sqlite"_s << u"/tmp/a#b.sqlite"_s << QString();
        QTest::newRow("escaped question mark")
            << u"sqlite:///tmp/a%3Fb.sqlite"_s << u"/tmp/a?b.sqlite"_s << QString();
        QTest::newRow("escaped non-ASCII")
            << u"sqlite:///tmp/caf%C3%A9.sqlite"_s << u"/tmp/caf\u00e9.sqlite"_s << QString();
    }
    void parseSqlite()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QFETCH(QString, canonical);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(describe(url)));
        QCOMPARE(url->backend(), Backend::Sqlite);
        QCOMPARE(url->sqlitePath(), path);
        QVERIFY(QFileInfo(url->sqlitePath()).isAbsolute());
        if (!canonical.isEmpty())
            QCOMPARE(url->toString(), canonical);

        // The canonical text parses back to the same file.
        const auto again = DatabaseUrl::parse(url->toString());
        QVERIFY2(again.ok(), qPrintable(url->toString() + u" -> "_s + describe(again)));
        QCOMPARE(again->backend(), Backend::Sqlite);
        QCOMPARE(again->sqlitePath(), path);
        QCOMPARE(again->toString(), url->toString());
    }

    void parsePostgres_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("effectiveHost");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("canonical"); // empty: only check the round trip
        QTest::addColumn<QString>("secretKey"); // empty: not checked

        QTest::newRow("full")
            << u"postgresql://alice@db.example.com:6543/tenancy?sslmode=verify-full"_s
            << u"db.example.com"_s << u"db.example.com"_s << 6543 << u"alice"_s << u"tenancy"_s
            << QStringList {u"sslmode=verify-full"_s}
            << u"postgresql://alice@db.example.com:6543/tenancy?sslmode=verify-full"_s
            << u"postgresql://alice@db.example.com:6543/tenancy"_s;
        QTest::newRow("postgres alias, default port")
            << u"postgres://bob@db.example.com/tenancy"_s << u"db.example.com"_s
            << u"db.example.com"_s << 5432 << u"bob"_s << u"tenancy"_s << QStringList()
            << u"postgresql://bob@db.example.com/tenancy"_s
            << u"postgresql://bob@db.example.com:5432/tenancy"_s;
        QTest::newRow("explicit default port")
            << u"postgresql://bob@db.example.com:5432/tenancy"_s << u"db.example.com"_s
            << u"db.example.com"_s << 5432 << u"bob"_s << u"tenancy"_s << QStringList()
            << u"postgresql://bob@db.example.com/tenancy"_s
            << u"postgresql://bob@db.example.com:5432/tenancy"_s;
        QTest::newRow("host option (socket directory)")
            << u"postgresql://alice@localhost/tenancy?host=/var/run/postgresql"_s << u"localhost"_s
            << u"/var/run/postgresql"_s << 5432 << u"alice"_s << u"tenancy"_s
            << QStringList {u"host=/var/run/postgresql"_s}
            << u"postgresql://alice@localhost/tenancy?host=/var/run/postgresql"_s
            << u"postgresql://alice@/var/run/postgresql:5432/tenancy"_s;
        QTest::newRow("host option only")
            << u"postgresql:///tenancy?host=/tmp&sslmode=disable"_s << QString() << u"/tmp"_s
            << 5432 << QString() << u"tenancy"_s
            << QStringList {u"host=/tmp"_s, u"sslmode=disable"_s} << QString()
            << u"postgresql://@/tmp:5432/tenancy"_s;
        QTest::newRow("no user") << u"postgresql://db.example.com/tenancy"_s << u"db.example.com"_s
                                 << u"db.example.com"_s << 5432 << QString() << u"tenancy"_s
                                 << QStringList() << u"postgresql://db.example.com/tenancy"_s
                                 << QString();
        QTest::newRow("no host: localhost")
            << u"postgresql://alice@/tenancy"_s << u"localhost"_s << u"localhost"_s << 5432
            << u"alice"_s << u"tenancy"_s << QStringList()
            << u"postgresql://alice@localhost/tenancy"_s
            << u"postgresql://alice@localhost:5432/tenancy"_s;
        QTest::newRow("two options, canonical order")
            << u"postgresql://alice@db.example.com/tenancy?sslmode=require&connect_timeout=10"_s
            << u"db.example.com"_s << u"db.example.com"_s << 5432 << u"alice"_s << u"tenancy"_s
            << QStringList {u"connect_timeout=10"_s, u"sslmode=require"_s}
            << u"postgresql://alice@db.example.com/tenancy?connect_timeout=10&sslmode=require"_s
            << u"postgresql://alice@db.example.com:5432/tenancy"_s;
        QTest::newRow("escaped @ in user")
            << u"postgresql://svc%40corp@db.example.com/tenancy"_s << u"db.example.com"_s
            << u"db.example.com"_s << 5432 << u"svc@corp"_s << u"tenancy"_s << QStringList()
            << u"postgresql://svc%40corp@db.example.com/tenancy"_s << QString();
        QTest::newRow("host is case-insensitive")
            << u"postgresql://alice@DB.Example.COM/tenancy"_s << u"db.example.com"_s
            << u"db.example.com"_s << 5432 << u"alice"_s << u"tenancy"_s << QStringList()
            << u"postgresql://alice@db.example.com/tenancy"_s << QString();
        QTest::newRow("ipv6 host")
            << u"postgresql://alice@[::1]:5433/tenancy"_s << u"::1"_s << u"::1"_s << 5433
            << u"alice"_s << u"tenancy"_s << QStringList()
            << u"postgresql://alice@[::1]:5433/tenancy"_s << QString();
    }
    void parsePostgres()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(QString, effectiveHost);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QStringList, options);
        QFETCH(QString, canonical);
        QFETCH(QString, secretKey);

        const auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(describe(url)));
        QCOMPARE(url->backend(), Backend::Postgres);
        QCOMPARE(url->host(), host);
        QCOMPARE(url->effectiveHost(), effectiveHost);
        QCOMPARE(url->port(), port);
        QCOMPARE(url->user(), user);
        QCOMPARE(url->databaseName(), database);
        QCOMPARE(optionList(*url), options);
        if (!canonical.isEmpty())
            QCOMPARE(url->toString(), canonical);
        if (!secretKey.isEmpty())
            QCOMPARE(url->secretKey(), secretKey);

        // Never a password in the canonical text.
        const QString shown = url->toString();
        QVERIFY(!shown.contains(u"password"_s));
        QVERIFY(QUrl(shown).password().isEmpty());

        // The canonical text parses back to the same connection.
        const auto again = DatabaseUrl::parse(shown);
        QVERIFY2(again.ok(), qPrintable(shown + u" -> "_s + describe(again)));
        QCOMPARE(again->backend(), Backend::Postgres);
        QCOMPARE(again->host(), url->host());
        QCOMPARE(again->effectiveHost(), url->effectiveHost());
        QCOMPARE(again->port(), url->port());
        QCOMPARE(again->user(), url->user());
        QCOMPARE(again->databaseName(), url->databaseName());
        QCOMPARE(again->options(), url->options());
        QCOMPARE(again->toString(), shown);
        QCOMPARE(again->secretKey(), url->secretKey());
    }

    void secretKeyIgnoresOptions()
    {
        // sslmode and friends do not change which login the secret belongs to.
        const auto a = DatabaseUrl::parse(u"postgresql://alice@db.example.com/tenancy"_s);
        const auto b = DatabaseUrl::parse(
            u"postgresql://alice@db.example.com/tenancy?sslmode=verify-full&connect_timeout=5"_s);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->secretKey(), b->secretKey());
        // ... but user, host, port and database do.
        for (const QString &other : {u"postgresql://bob@db.example.com/tenancy"_s,
                                     u"postgresql://alice@db2.example.com/tenancy"_s,
                                     u"postgresql://alice@db.example.com:5433/tenancy"_s,
                                     u"postgresql://alice@db.example.com/other"_s}) {
            const auto c = DatabaseUrl::parse(other);
            QVERIFY(c.ok());
            QVERIFY2(c->secretKey() != a->secretKey(), qPrintable(other));
        }
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fragment"); // expected in the message, if not empty

        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("spaces") << u"   "_s << u"empty"_s;
        QTest::newRow("mysql") << u"mysql://x/y"_s << u"\"mysql\""_s;
        QTest::newRow("http") << u"http://db.example.com/tenancy"_s << u"\"http\""_s;
        QTest::newRow("plain path") << u"/var/lib/tenancy.sqlite"_s << QString();
        QTest::newRow("sqlite, no file") << u"sqlite:///"_s << u"no file"_s;
        QTest::newRow("sqlite, nothing") << u"sqlite:"_s << u"no file"_s;
        QTest::newRow("sqlite, directory") << u"sqlite:///tmp/"_s << u"no file"_s;
        QTest::newRow("sqlite, other host") << u"sqlite://otherhost/x"_s << u"local file"_s;
        QTest::newRow("password in userinfo")
            << u"postgresql://alice:secret@db.example.com/tenancy"_s << u"password"_s;
        QTest::newRow("password option")
            << u"postgresql://alice@db.example.com/tenancy?password=secret"_s << u"password"_s;
        QTest::newRow("password option after another")
            << u"postgresql://alice@db.example.com/tenancy?sslmode=require&password=secret"_s
            << u"password"_s;
        QTest::newRow("unknown option")
            << u"postgresql://alice@db.example.com/tenancy?foo=bar"_s << u"\"foo\""_s;
        QTest::newRow("no database, no slash")
            << u"postgresql://alice@db.example.com"_s << u"no database"_s;
        QTest::newRow("no database") << u"postgresql://alice@db.example.com/"_s << u"no database"_s;
        QTest::newRow("two path segments")
            << u"postgresql://alice@db.example.com/a/b"_s << u"no database"_s;
        QTest::newRow("port 0") << u"postgresql://alice@db.example.com:0/tenancy"_s << u"port"_s;
        QTest::newRow("port 70000")
            << u"postgresql://alice@db.example.com:70000/tenancy"_s << u"port"_s;
        QTest::newRow("port not a number")
            << u"postgresql://alice@db.example.com:abc/tenancy"_s << u"port"_s;
        QTest::newRow("option with ';'")
            << u"postgresql://alice@db.example.com/tenancy?application_name=a;b"_s << u"';'"_s;
        QTest::newRow("option with escaped ';'")
            << u"postgresql://alice@db.example.com/tenancy?sslmode=require%3Bhost%3Devil"_s
            << u"';'"_s;
        QTest::newRow("option with escaped space")
            << u"postgresql://alice@db.example.com/tenancy?application_name=a%20b"_s << u"spaces"_s;
        QTest::newRow("option with raw space")
            << u"postgresql://alice@db.example.com/tenancy?application_name=a b"_s << QString();
        QTest::newRow("option with quote")
            << u"postgresql://alice@db.example.com/tenancy?application_name=a'b"_s << u"quotes"_s;
    }
    void parseInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, fragment);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY2(!url.ok(), qPrintable(describe(url)));
        QCOMPARE(url.error().code, ErrorCode::Invalid);
        QCOMPARE(url.error().field, u"db"_s);
        QVERIFY(!url.error().message.isEmpty());
        if (!fragment.isEmpty())
            QVERIFY2(url.error().message.contains(fragment), qPrintable(url.error().message));
    }

    // An error message may be shown or logged: it must not repeat a password that was typed
    // into the URL by mistake.
    void errorsDoNotEchoPassword_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("userinfo") << u"postgresql://alice:s3cr3t@db.example.com/tenancy"_s;
        QTest::newRow("option") << u"postgresql://alice@db.example.com/tenancy?password=s3cr3t"_s;
        QTest::newRow("userinfo, unknown option")
            << u"postgresql://alice:s3cr3t@db.example.com/tenancy?foo=bar"_s;
        QTest::newRow("userinfo, other scheme") << u"mysql://alice:s3cr3t@db.example.com/x"_s;
        QTest::newRow("userinfo, port out of range")
            << u"postgresql://alice:s3cr3t@db.example.com:70000/tenancy"_s;
        QTest::newRow("userinfo, bad port")
            << u"postgresql://alice:s3cr3t@db.example.com:abc/tenancy"_s;
    }
    void errorsDoNotEchoPassword()
    {
        QFETCH(QString, text);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QVERIFY2(!url.error().message.contains(u"s3cr3t"_s), qPrintable(url.error().message));
        const auto resolved = DatabaseUrl::resolve(text);
        QVERIFY(!resolved.ok());
        QVERIFY2(!resolved.error().message.contains(u"s3cr3t"_s),
                 qPrintable(resolved.error().message));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("explicitUrl");
        QTest::addColumn<QString>("env"); // null: TENANCY_DB unset
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expected"); // canonical text; empty: the default file
        QTest::addColumn<QString>("errorField");

        const QString pg = u"postgresql://alice@db.example.com/tenancy"_s;
        QTest::newRow("default") << QString() << QString() << true << QString() << QString();
        QTest::newRow("empty TENANCY_DB") << QString() << u""_s << true << QString() << QString();
        QTest::newRow("TENANCY_DB postgres") << QString() << pg << true << pg << QString();
        QTest::newRow("TENANCY_DB sqlite") << QString() << u"sqlite:///tmp/env.sqlite"_s << true
                                           << u"sqlite:///tmp/env.sqlite"_s << QString();
        QTest::newRow("explicit wins over TENANCY_DB")
            << u"sqlite:///tmp/explicit.sqlite"_s << pg << true
            << u"sqlite:///tmp/explicit.sqlite"_s << QString();
        QTest::newRow("explicit without TENANCY_DB") << pg << QString() << true << pg << QString();
        QTest::newRow("bad TENANCY_DB")
            << QString() << u"mysql://x/y"_s << false << QString() << u"TENANCY_DB"_s;
        QTest::newRow("bad explicit, good TENANCY_DB")
            << u"mysql://x/y"_s << pg << false << QString() << u"db"_s;
    }
    void resolve()
    {
        QFETCH(QString, explicitUrl);
        QFETCH(QString, env);
        QFETCH(bool, valid);
        QFETCH(QString, expected);
        QFETCH(QString, errorField);

        if (env.isNull())
            qunsetenv("TENANCY_DB");
        else
            qputenv("TENANCY_DB", env.toUtf8());

        const auto url = DatabaseUrl::resolve(explicitUrl);
        QCOMPARE(url.ok(), valid);
        if (!valid) {
            QCOMPARE(url.error().field, errorField);
            QVERIFY(!url.error().message.isEmpty());
            return;
        }
        if (!expected.isEmpty()) {
            QCOMPARE(url->toString(), expected);
            return;
        }
        QCOMPARE(url->backend(), Backend::Sqlite);
        QVERIFY2(url->sqlitePath().endsWith(u"/tenancy.sqlite"_s), qPrintable(url->sqlitePath()));
        QVERIFY(QFileInfo(url->sqlitePath()).isAbsolute());
        QCOMPARE(url->sqlitePath(), DatabaseUrl::defaultSqlitePath());
    }

private:
    bool m_hadEnv = false;
    QByteArray m_env;
};

QTEST_GUILESS_MAIN(tst_DatabaseUrl)
#include "tst_databaseurl.moc"
