// The typed settings registry over a temporary INI file: defaults, round trips, only
// non-default values written, records.
#include "settings/Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        {
            Settings s(path);
            QCOMPARE(s.value(SettingKeys::lastView), u"tenants"_s);
            QVERIFY(s.value(SettingKeys::mainWindowGeometry).isEmpty());
            s.setValue(SettingKeys::lastView, u"tiers"_s);
            s.setValue(SettingKeys::directoryHeader, QByteArray("\x01\x02\x00\xff", 4));
            s.sync();
        }
        Settings again(path);
        QCOMPARE(again.value(SettingKeys::lastView), u"tiers"_s);
        QCOMPARE(again.value(SettingKeys::directoryHeader), QByteArray("\x01\x02\x00\xff", 4));
    }

    void writesOnlyWhatDiffersFromTheDefault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        Settings s(path);
        s.setValue(SettingKeys::lastView, u"tiers"_s);
        s.sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("lastView"));
        file.close();
        s.setValue(SettingKeys::lastView, u"tenants"_s); // back to the default: removed
        s.sync();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("lastView"));
    }

    void records()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(u"settings.ini"_s));
        QVERIFY(s.records(SettingKeys::connectionProfiles).isEmpty());
        const QList<QVariantMap> profiles {
            {{u"name"_s, u"local"_s}, {u"url"_s, u"sqlite:///tmp/x.sqlite"_s}},
            {{u"name"_s, u"team"_s}, {u"url"_s, u"postgresql://a@db:5432/t"_s}}};
        s.setRecords(SettingKeys::connectionProfiles, profiles);
        QCOMPARE(s.records(SettingKeys::connectionProfiles), profiles);
        s.setRecords(SettingKeys::connectionProfiles, {profiles.last()});
        QCOMPARE(s.records(SettingKeys::connectionProfiles).size(), 1);
        s.setRecords(SettingKeys::connectionProfiles, {});
        QVERIFY(s.records(SettingKeys::connectionProfiles).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
