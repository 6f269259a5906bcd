// The Fleet Usage view on the offscreen platform over a real SQLite file: tenants by tier and
// status, the tenants nearest their limits, the alerts worst first, and a row opening its
// tenant.
#include "TenantManager.h"
#include "TenantService.h"
#include "TestSupport.h"
#include "views/FleetUsageView.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

namespace {
constexpr qint64 hour = 3'600'000;
} // namespace

class tst_FleetUsageView : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime::currentDateTimeUtc()};

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void tiersTopAndAlerts()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m);
            QString error;
            QVERIFY2(createActive(*m, u"acme"_s, u"free"_s, &error), qPrintable(error));
            QVERIFY2(createActive(*m, u"globex"_s, u"professional"_s, &error), qPrintable(error));
            auto acme = m->show(u"acme"_s);
            QVERIFY(acme);
            QVERIFY(m->suspend(u"acme"_s, acme->version, u"Unpaid invoice"_s));
            // acme: 4 of 5 users (80%); globex: 30 of 100.
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const QByteArray when = usageTimeText(now - now % hour - hour).toUtf8();
            QVERIFY(m->importUsage("tenant_id,metric,timestamp,value\nacme,users," + when
                                       + ",4\nglobex,users," + when + ",30\n",
                                   u"users.csv"_s, false));
        }
        TenantService service(catalog());
        QVERIFY(openService(service, file.url(), u"alice"_s));
        Ui::FleetUsageView view(service);
        view.resize(1200, 700);
        view.show();
        QTRY_VERIFY(view.summary()->text().contains(u"Tenants: 2, with usage: 2; alerts: 1"_s));
        QVERIFY(!view.isLoading());
        // Tiers (the catalog's order) by status.
        QCOMPARE(view.tiers()->rowCount(), 4);
        QCOMPARE(view.tiers()->item(0, 0)->text(), u"Free"_s);
        QCOMPARE(view.tiers()->columnCount(), 4); // tier, active, suspended, total
        QCOMPARE(view.tiers()->horizontalHeaderItem(2)->text(), u"Suspended"_s);
        QCOMPARE(view.tiers()->item(0, 2)->text(), u"1"_s);
        const int total = view.tiers()->columnCount() - 1;
        QCOMPARE(view.tiers()->item(0, total)->text(), u"1"_s);
        QCOMPARE(view.tiers()->item(1, total)->text(), u"1"_s);
        QCOMPARE(view.tiers()->item(2, total)->text(), u"0"_s);
        // The nearest their limits first.
        QCOMPARE(view.top()->rowCount(), 2);
        QVERIFY(view.top()->item(0, 0)->text().contains(u"acme"_s));
        QCOMPARE(view.top()->item(0, 3)->text(), u"80%"_s);
        QCOMPARE(view.top()->item(1, 3)->text(), u"30%"_s);
        // One alert: acme's users above 80%.
        QCOMPARE(view.alerts()->rowCount(), 1);
        QCOMPARE(view.alerts()->item(0, 0)->text(), u"acme"_s);
        QCOMPARE(view.alerts()->item(0, 2)->text(), u"Users"_s);
        QCOMPARE(view.alerts()->item(0, 3)->text(), u"above 80%"_s);
        // Activating a row opens its tenant.
        QSignalSpy activated(&view, &Ui::FleetUsageView::tenantActivated);
        Q_EMIT view.alerts()->itemActivated(view.alerts()->item(0, 3));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), u"acme"_s);
    }
};

QTEST_MAIN(tst_FleetUsageView)
#include "tst_fleetusageview.moc"
