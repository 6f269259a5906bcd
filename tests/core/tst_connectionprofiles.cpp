// Connection profiles in settings: what is stored (name and URL text, never a password), the
// round trip, and stored rows that cannot be used (skipped with a warning, never a crash).
#include "settings/ConnectionProfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;

class tst_ConnectionProfiles : public QObject
{
    Q_OBJECT

    static DatabaseUrl url(const QString &text)
    {
        auto parsed = DatabaseUrl::parse(text);
        if (!parsed)
            qFatal("bad URL in test: %s", qPrintable(parsed.error().message));
        return *parsed;
    }

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"settings.ini"_s);
        const QList<ConnectionProfile> profiles {
            {u"Local fleet"_s, url(u"sqlite:///tmp/fleet%20with%20space.sqlite"_s)},
            {u"Production"_s,
             url(u"postgresql://ops@db.example.com:6432/tenancy?sslmode=verify-full"_s)},
        };
        {
            Settings settings(ini);
            QVERIFY(loadProfiles(settings).isEmpty());
            saveProfiles(settings, profiles);
        }
        Settings reopened(ini);
        const QList<ConnectionProfile> loaded = loadProfiles(reopened);
        QCOMPARE(loaded.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(loaded[i].name, profiles[i].name);
            QCOMPARE(loaded[i].url.toString(), profiles[i].url.toString());
        }
        QCOMPARE(loaded[0].url.sqlitePath(), u"/tmp/fleet with space.sqlite"_s);
        QCOMPARE(loaded[1].url.options().value(u"sslmode"_s), u"verify-full"_s);

        // Fewer profiles replace the list entirely; none removes it.
        saveProfiles(reopened, {profiles[1]});
        QCOMPARE(loadProfiles(reopened).size(), 1);
        saveProfiles(reopened, {});
        QVERIFY(loadProfiles(reopened).isEmpty());
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("profiles"));
    }

    void skipsRowsThatCannotBeUsed()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        settings.setRecords(
            SettingKeys::connectionProfiles,
            {
                {{u"name"_s, u"Good"_s}, {u"url"_s, u"sqlite:///tmp/good.sqlite"_s}},
                {{u"url"_s, u"sqlite:///tmp/nameless.sqlite"_s}},
                {{u"name"_s, u"No URL"_s}},
                {{u"name"_s, u"Garbage"_s}, {u"url"_s, u"ftp://nowhere"_s}},
                // Written by hand or an old version: a password is refused, not loaded.
                {{u"name"_s, u"Password"_s}, {u"url"_s, u"postgresql://u:secret@h/db"_s}},
                {{u"name"_s, u"Good"_s}, {u"url"_s, u"sqlite:///tmp/second.sqlite"_s}},
                {{u"name"_s, u"Also good"_s}, {u"url"_s, u"postgresql://u@h/db"_s}},
            });
        for (int i = 0; i < 5; ++i)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^skipping"_s));
        const QList<ConnectionProfile> loaded = loadProfiles(settings);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded[0].name, u"Good"_s);
        QCOMPARE(loaded[0].url.sqlitePath(), u"/tmp/good.sqlite"_s);
        QCOMPARE(loaded[1].name, u"Also good"_s);
    }

    void warningsNeverRepeatTheStoredText()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        settings.setRecords(
            SettingKeys::connectionProfiles,
            {{{u"name"_s, u"Leaky"_s}, {u"url"_s, u"postgresql://u:hunter2@h/d"_s}}});
        QString logged;
        static QString *sink = nullptr;
        sink = &logged;
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &m) { *sink += m; });
        const auto loaded = loadProfiles(settings);
        qInstallMessageHandler(previous);
        QVERIFY(loaded.isEmpty());
        QVERIFY(logged.contains(u"Leaky"_s));
        QVERIFY2(!logged.contains(u"hunter2"_s), qPrintable(logged));
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionProfiles)
#include "tst_connectionprofiles.moc"
