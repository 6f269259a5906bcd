// TenantIndex: the in-memory directory — name order, codes, search over id/name/owner in any
// case, filters, every sort order, descending, cancellation and in-place changes.
#include "TestSupport.h"
#include "directory/TenantIndex.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;

class tst_TenantIndex : public QObject
{
    Q_OBJECT

    std::shared_ptr<TenantIndex> m_index;

    QStringList ids(const std::vector<int> &rows) const
    {
        QStringList out;
        for (int r : rows)
            out << m_index->row(r).id;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        TenantIndex::Builder b(*Test::catalog());
        // Added out of order on purpose: the builder sorts by the lowercase name, then id.
        auto add = [&](const QString &id, const QString &name, const QString &tier,
                       const QString &status, const QString &region, const QString &owner,
                       const QString &updated) {
            b.add(id, name, name.toLower(), (id + u'\n' + name + u'\n' + owner).toLower(), tier,
                  status, region, owner, updated, 1);
        };
        add(u"zeta"_s, u"Zeta Labs"_s, u"free"_s, u"active"_s, u"eu-west-1"_s,
            u"zoe@zeta.example"_s, u"2026-01-05T00:00:00.000Z"_s);
        add(u"acme-2"_s, u"ACME Corp"_s, u"enterprise"_s, u"suspended"_s, u"us-east-1"_s,
            u"Ops@Acme.example"_s, u"2026-03-01T00:00:00.000Z"_s);
        add(u"acme"_s, u"acme corp"_s, u"professional"_s, u"active"_s, u"us-east-1"_s,
            u"it@acme.example"_s, u"2026-02-01T00:00:00.000Z"_s);
        add(u"societe"_s, u"Société Générale"_s, u"custom"_s, u"failed"_s, u"eu-central-1"_s,
            u"dsi@societe.example"_s, u"2025-12-31T23:59:59.000Z"_s);
        add(u"beta"_s, u"Beta 100% _literal_"_s, u"free"_s, u"pending"_s, u"ap-south-1"_s,
            u"b@beta.example"_s, u"2026-01-01T00:00:00.000Z"_s);
        m_index = b.finish();
    }

    void rowsAreInNameOrder()
    {
        QCOMPARE(m_index->size(), 5);
        const std::vector<int> order = m_index->sortOrder(TenantSortKey::Name);
        QCOMPARE(ids(order),
                 (QStringList {u"acme"_s, u"acme-2"_s, u"beta"_s, u"societe"_s, u"zeta"_s}));
        QCOMPARE(m_index->row(0).id, u"acme"_s); // identity order
        QCOMPARE(m_index->tiers().at(m_index->row(0).tier), u"professional"_s);
        QCOMPARE(m_index->rowOf(u"zeta"_s), 4);
        QCOMPARE(m_index->rowOf(u"nobody"_s), -1);
    }

    void searches_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("any case") << u"ACME"_s << QStringList {u"acme"_s, u"acme-2"_s};
        QTest::newRow("owner") << u"ops@acme"_s << QStringList {u"acme-2"_s};
        QTest::newRow("id") << u"acme-2"_s << QStringList {u"acme-2"_s};
        QTest::newRow("unicode") << u"SOCIÉTÉ"_s << QStringList {u"societe"_s};
        QTest::newRow("percent literal") << u"100%"_s << QStringList {u"beta"_s};
        QTest::newRow("underscore literal") << u"_literal_"_s << QStringList {u"beta"_s};
        QTest::newRow("spaces trimmed") << u"  zeta "_s << QStringList {u"zeta"_s};
        QTest::newRow("no match") << u"nothing"_s << QStringList {};
        QTest::newRow("not across fields") << u"zeta labs zoe"_s << QStringList {};
        QTest::newRow("empty") << u""_s
                               << QStringList {u"acme"_s, u"acme-2"_s, u"beta"_s, u"societe"_s,
                                               u"zeta"_s};
    }
    void searches()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        TenantIndex::Filter f;
        f.search = search;
        QCOMPARE(
            ids(m_index->filter(f, m_index->sortOrder(TenantSortKey::Name), Qt::AscendingOrder)),
            expected);
    }

    void filtersCombine()
    {
        const std::vector<int> order = m_index->sortOrder(TenantSortKey::Name);
        TenantIndex::Filter f;
        f.tier = m_index->tierCode(u"free"_s);
        QCOMPARE(ids(m_index->filter(f, order, Qt::AscendingOrder)),
                 (QStringList {u"beta"_s, u"zeta"_s}));
        f.status = int(TenantStatus::Active);
        QCOMPARE(ids(m_index->filter(f, order, Qt::AscendingOrder)), QStringList {u"zeta"_s});
        f = {};
        f.region = m_index->regionCode(u"us-east-1"_s);
        f.search = u"corp"_s;
        QCOMPARE(ids(m_index->filter(f, order, Qt::DescendingOrder)),
                 (QStringList {u"acme-2"_s, u"acme"_s}));
    }

    void sortOrders_data()
    {
        QTest::addColumn<TenantSortKey>("key");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("id") << TenantSortKey::Id
                            << QStringList {u"acme"_s, u"acme-2"_s, u"beta"_s, u"societe"_s,
                                            u"zeta"_s};
        QTest::newRow("tier (catalog order)")
            << TenantSortKey::Tier
            << QStringList {u"beta"_s, u"zeta"_s, u"acme"_s, u"acme-2"_s, u"societe"_s};
        QTest::newRow("status") << TenantSortKey::Status
                                << QStringList {u"acme"_s, u"zeta"_s, u"societe"_s, u"beta"_s,
                                                u"acme-2"_s};
        QTest::newRow("region") << TenantSortKey::Region
                                << QStringList {u"beta"_s, u"societe"_s, u"zeta"_s, u"acme"_s,
                                                u"acme-2"_s};
        QTest::newRow("updated") << TenantSortKey::Updated
                                 << QStringList {u"societe"_s, u"beta"_s, u"zeta"_s, u"acme"_s,
                                                 u"acme-2"_s};
    }
    void sortOrders()
    {
        QFETCH(TenantSortKey, key);
        QFETCH(QStringList, expected);
        const std::vector<int> order = m_index->sortOrder(key);
        QCOMPARE(ids(m_index->filter({}, order, Qt::AscendingOrder)), expected);
        QStringList reversed(expected.rbegin(), expected.rend());
        QCOMPARE(ids(m_index->filter({}, order, Qt::DescendingOrder)), reversed);
    }

    void cancelledRunReturnsNothing()
    {
        std::atomic_bool cancel {true};
        TenantIndex::Filter f;
        f.search = u"a"_s;
        QVERIFY(
            m_index->filter(f, m_index->sortOrder(TenantSortKey::Name), Qt::AscendingOrder, &cancel)
                .empty());
    }

    void appliesAChangeInPlace()
    {
        QCOMPARE(m_index->applyChange(u"acme"_s, u"suspended"_s, 2, u"2026-04-01T00:00:00.000Z"_s),
                 0);
        QCOMPARE(TenantStatus(m_index->row(0).status), TenantStatus::Suspended);
        QCOMPARE(m_index->row(0).version, 2);
        TenantIndex::Filter f;
        f.status = int(TenantStatus::Suspended);
        QCOMPARE(
            ids(m_index->filter(f, m_index->sortOrder(TenantSortKey::Name), Qt::AscendingOrder)),
            (QStringList {u"acme"_s, u"acme-2"_s}));
        QCOMPARE(m_index->applyChange(u"new-one"_s, u"active"_s, 1, {}), -1);
    }

    void largeFleetFromTheStore()
    {
        // The real path: a sample fleet in SQLite, loaded through TenantManager::directory().
        Test::SqliteFile file;
        FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        auto m = Test::openManager(file.url(), u"alice"_s, clock);
        QVERIFY(m);
        QVERIFY(m->generateSampleFleet(3000, 5));
        auto index = m->directory();
        QVERIFY(index);
        QCOMPARE((*index)->size(), 3000);
        // Same answers as the database's own search.
        for (const QString &term : {u"acme"_s, u"a"_s, u"priya"_s, u"zz-nothing"_s}) {
            TenantQuery q;
            q.filter.search = term;
            q.limit = 5000;
            auto fromDb = m->list(q);
            TenantIndex::Filter f;
            f.search = term;
            const auto rows
                = (*index)->filter(f, (*index)->sortOrder(TenantSortKey::Name), Qt::AscendingOrder);
            QStringList fromIndex;
            for (int r : rows)
                fromIndex << (*index)->row(r).id;
            QStringList expected;
            for (const Tenant &t : *fromDb)
                expected << t.id;
            QCOMPARE(fromIndex, expected);
        }
    }
};

QTEST_GUILESS_MAIN(tst_TenantIndex)
#include "tst_tenantindex.moc"
