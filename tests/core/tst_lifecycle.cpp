// Tenant status lifecycle (DOMAIN.md "Lifecycle"), status ids, and the ISO 8601 UTC timestamps.
#include "model/Tenant.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Tenancy::TenantStatus;

Q_DECLARE_METATYPE(Tenancy::TenantStatus)

namespace {

// The edges of DOMAIN.md, written out independently of the code under test.
const QSet<QString> &domainEdges()
{
    static const QSet<QString> edges {
        u"pending->provisioning"_s,  u"provisioning->active"_s,      u"provisioning->failed"_s,
        u"failed->provisioning"_s,   u"failed->pending"_s,           u"active->suspended"_s,
        u"active->deprovisioning"_s, u"suspended->active"_s,         u"suspended->deprovisioning"_s,
        u"deprovisioning->active"_s, u"deprovisioning->suspended"_s, u"deprovisioning->deleted"_s,
    };
    return edges;
}

const QList<std::pair<TenantStatus, QString>> &statusIds()
{
    static const QList<std::pair<TenantStatus, QString>> ids {
        {TenantStatus::Pending, u"pending"_s},
        {TenantStatus::Provisioning, u"provisioning"_s},
        {TenantStatus::Active, u"active"_s},
        {TenantStatus::Failed, u"failed"_s},
        {TenantStatus::Suspended, u"suspended"_s},
        {TenantStatus::Deprovisioning, u"deprovisioning"_s},
        {TenantStatus::Deleted, u"deleted"_s},
    };
    return ids;
}

} // namespace

class tst_Lifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canMove_data()
    {
        QTest::addColumn<TenantStatus>("from");
        QTest::addColumn<TenantStatus>("to");
        QTest::addColumn<bool>("allowed");
        // Every (from, to) pair, 7 x 7, including staying put.
        for (const auto &[from, fromId] : statusIds()) {
            for (const auto &[to, toId] : statusIds()) {
                const QString edge = fromId + u"->"_s + toId;
                QTest::newRow(qPrintable(edge)) << from << to << domainEdges().contains(edge);
            }
        }
    }
    void canMove()
    {
        QFETCH(TenantStatus, from);
        QFETCH(TenantStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(Tenancy::canMove(from, to), allowed);
        QCOMPARE(Tenancy::allowedFrom(from).contains(to), allowed);
    }

    void allowedFrom_data()
    {
        QTest::addColumn<TenantStatus>("from");
        QTest::addColumn<QStringList>("targets"); // in allStatuses() order
        QTest::newRow("pending") << TenantStatus::Pending << QStringList {u"provisioning"_s};
        QTest::newRow("provisioning")
            << TenantStatus::Provisioning << QStringList {u"active"_s, u"failed"_s};
        QTest::newRow("active") << TenantStatus::Active
                                << QStringList {u"suspended"_s, u"deprovisioning"_s};
        QTest::newRow("failed") << TenantStatus::Failed
                                << QStringList {u"pending"_s, u"provisioning"_s};
        QTest::newRow("suspended")
            << TenantStatus::Suspended << QStringList {u"active"_s, u"deprovisioning"_s};
        QTest::newRow("deprovisioning") << TenantStatus::Deprovisioning
                                        << QStringList {u"active"_s, u"suspended"_s, u"deleted"_s};
        QTest::newRow("deleted") << TenantStatus::Deleted << QStringList();
    }
    void allowedFrom()
    {
        QFETCH(TenantStatus, from);
        QFETCH(QStringList, targets);
        QStringList actual;
        for (TenantStatus to : Tenancy::allowedFrom(from))
            actual << Tenancy::statusId(to);
        QCOMPARE(actual, targets);
    }

    void allStatuses()
    {
        const QList<TenantStatus> all = Tenancy::allStatuses();
        QCOMPARE(all.size(), 7);
        QCOMPARE(QSet<TenantStatus>(all.begin(), all.end()).size(), 7);
    }

    void statusIdRoundTrip_data()
    {
        QTest::addColumn<TenantStatus>("status");
        QTest::addColumn<QString>("id");
        for (const auto &[status, id] : statusIds())
            QTest::newRow(qPrintable(id)) << status << id;
    }
    void statusIdRoundTrip()
    {
        QFETCH(TenantStatus, status);
        QFETCH(QString, id);
        QCOMPARE(Tenancy::statusId(status), id);
        const auto parsed = Tenancy::statusFromId(id);
        QVERIFY(parsed);
        QCOMPARE(*parsed, status);
    }

    void statusFromUnknownId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << u"Active"_s;
        QTest::newRow("uppercase") << u"ACTIVE"_s;
        QTest::newRow("leading space") << u" active"_s;
        QTest::newRow("trailing space") << u"active "_s;
        QTest::newRow("unknown") << u"archived"_s;
        QTest::newRow("enum value") << u"2"_s;
        QTest::newRow("prefix") << u"deprov"_s;
    }
    void statusFromUnknownId()
    {
        QFETCH(QString, id);
        QVERIFY(!Tenancy::statusFromId(id).has_value());
    }

    void toIsoUtc_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("text");
        const QDate date(2024, 3, 1);
        QTest::newRow("utc with ms")
            << QDateTime(date, QTime(12, 34, 56, 789), Qt::UTC) << u"2024-03-01T12:34:56.789Z"_s;
        QTest::newRow("utc, zero ms")
            << QDateTime(date, QTime(12, 34, 56), Qt::UTC) << u"2024-03-01T12:34:56.000Z"_s;
        QTest::newRow("one ms") << QDateTime(date, QTime(0, 0, 0, 1), Qt::UTC)
                                << u"2024-03-01T00:00:00.001Z"_s;
        QTest::newRow("offset +02:00 converted")
            << QDateTime(date, QTime(14, 34, 56, 789), QTimeZone(2 * 3600))
            << u"2024-03-01T12:34:56.789Z"_s;
        QTest::newRow("offset -05:00 crosses midnight")
            << QDateTime(date, QTime(22, 0, 0, 5), QTimeZone(-5 * 3600))
            << u"2024-03-02T03:00:00.005Z"_s;
        QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC)
                                  << u"2024-02-29T23:59:59.999Z"_s;
    }
    void toIsoUtc()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, text);
        QCOMPARE(Tenancy::toIsoUtc(time), text);
        const QDateTime back = Tenancy::fromIsoUtc(text);
        QVERIFY(back.isValid());
        QCOMPARE(back.timeSpec(), Qt::UTC);
        QCOMPARE(back, time); // same instant
        QCOMPARE(back.toMSecsSinceEpoch(), time.toMSecsSinceEpoch());
        QCOMPARE(Tenancy::toIsoUtc(back), text);
    }

    void fromIsoUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("msecsSinceEpoch");
        const qint64 base
            = QDateTime(QDate(2024, 3, 1), QTime(12, 34, 56), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("ms and Z") << u"2024-03-01T12:34:56.789Z"_s << true << base + 789;
        QTest::newRow("no ms") << u"2024-03-01T12:34:56Z"_s << true << base;
        QTest::newRow("offset") << u"2024-03-01T14:34:56.789+02:00"_s << true << base + 789;
        QTest::newRow("negative offset") << u"2024-03-01T07:34:56.000-05:00"_s << true << base;
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("garbage") << u"not a date"_s << false << qint64(0);
        QTest::newRow("month 13") << u"2024-13-01T00:00:00.000Z"_s << false << qint64(0);
        QTest::newRow("hour 25") << u"2024-03-01T25:00:00.000Z"_s << false << qint64(0);
    }
    void fromIsoUtc()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, msecsSinceEpoch);
        const QDateTime time = Tenancy::fromIsoUtc(text);
        QCOMPARE(time.isValid(), valid);
        if (!valid)
            return;
        QCOMPARE(time.timeSpec(), Qt::UTC);
        QCOMPARE(time.toMSecsSinceEpoch(), msecsSinceEpoch);
    }
};

QTEST_GUILESS_MAIN(tst_Lifecycle)
#include "tst_lifecycle.moc"
