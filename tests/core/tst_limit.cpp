// Limit (with Unlimited as its own value), Money and the human formats built on them.
#include "model/Format.h"
#include "model/Limit.h"
#include "model/Money.h"

#include <QJsonValue>
#include <QTest>

using namespace Qt::StringLiterals;
using Tenancy::Format;
using Tenancy::Limit;
using Tenancy::Money;

class tst_Limit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void unlimitedIsDistinct()
    {
        QVERIFY(Limit::unlimited().isUnlimited());
        QVERIFY(!Limit::of(0).isUnlimited());
        QVERIFY(Limit::unlimited() != Limit::of(std::numeric_limits<qint64>::max()));
        QVERIFY(Limit::unlimited() > Limit::of(std::numeric_limits<qint64>::max()));
        QVERIFY(Limit::of(5) < Limit::of(100));
        QVERIFY(Limit::unlimited().allows(std::numeric_limits<qint64>::max()));
        QVERIFY(Limit::of(100).allows(100));
        QVERIFY(!Limit::of(100).allows(101));
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<QJsonValue>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << QJsonValue(0) << true << u"0"_s;
        QTest::newRow("ten TB") << QJsonValue(10'000'000'000'000.0) << true << u"10000000000000"_s;
        QTest::newRow("unlimited") << QJsonValue(u"unlimited"_s) << true << u"unlimited"_s;
        QTest::newRow("negative") << QJsonValue(-1) << false << QString();
        QTest::newRow("fraction") << QJsonValue(1.5) << false << QString();
        QTest::newRow("other string") << QJsonValue(u"Unlimited"_s) << false << QString();
        QTest::newRow("numeric string") << QJsonValue(u"5"_s) << false << QString();
        QTest::newRow("null") << QJsonValue() << false << QString();
        QTest::newRow("bool") << QJsonValue(true) << false << QString();
        QTest::newRow("beyond exact doubles") << QJsonValue(1e300) << false << QString();
    }
    void jsonRoundTrip()
    {
        QFETCH(QJsonValue, json);
        QFETCH(bool, valid);
        QFETCH(QString, text);
        const auto limit = Limit::fromJson(json);
        QCOMPARE(limit.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(limit->toString(), text);
        QCOMPARE(Limit::fromJson(limit->toJson()), limit);
    }

    void money_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0.00 USD"_s;
        QTest::newRow("professional") << qint64(29900) << u"299.00 USD"_s;
        QTest::newRow("cents") << qint64(249905) << u"2499.05 USD"_s;
        QTest::newRow("negative cents") << qint64(-5) << u"-0.05 USD"_s;
        QTest::newRow("negative") << qint64(-1234) << u"-12.34 USD"_s;
    }
    void money()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, text);
        QCOMPARE((Money {minor, u"USD"_s}).toDisplayString(), text);
    }

    void formats()
    {
        QCOMPARE(Format::storage(Limit::of(1'000'000'000)), u"1 GB"_s);
        QCOMPARE(Format::storage(Limit::of(100'000'000'000)), u"100 GB"_s);
        QCOMPARE(Format::storage(Limit::of(10'000'000'000'000)), u"10 TB"_s);
        QCOMPARE(Format::storage(Limit::of(1'500'000'000)), u"1.5 GB"_s);
        QCOMPARE(Format::storage(Limit::unlimited()), u"unlimited"_s);
        QCOMPARE(Format::bytes(999), u"999 B"_s);
        QCOMPARE(Format::count(Limit::of(10000)), u"10,000"_s);
        QCOMPARE(Format::count(Limit::unlimited()), u"unlimited"_s);
        QCOMPARE(Format::percent(9900), u"99%"_s);
        QCOMPARE(Format::percent(9950), u"99.5%"_s);
        QCOMPARE(Format::percent(9999), u"99.99%"_s);
        QCOMPARE(Format::price(std::nullopt), u"quote"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Limit)
#include "tst_limit.moc"
