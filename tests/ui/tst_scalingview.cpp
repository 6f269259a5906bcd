// A tenant's Scaling tab on the offscreen platform over a real SQLite file: the policy form
// filled from the configuration, a bad value refused next to its field as it is typed (nothing
// simulated or saved), Simulate charting the capacity against the load of the policy in the
// form (not saved), and saving it (support and admin; sales may only simulate).
#include "TenantManager.h"
#include "TenantService.h"
#include "TestSupport.h"
#include "charts/TimeSeriesChart.h"
#include "views/TenantScalingView.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

namespace {
constexpr qint64 hour = 3'600'000;
} // namespace

class tst_ScalingView : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime::currentDateTimeUtc()};

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void formSimulateAndSave()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m);
            QString error;
            QVERIFY2(createActive(*m, u"globex"_s, u"professional"_s, &error), qPrintable(error));
            // Ten days of API calls: quiet nights, busy days.
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const qint64 last = now - now % hour - hour;
            QByteArray csv = "tenant_id,metric,timestamp,value\n";
            for (qint64 t = last - 10 * 24 * hour; t <= last; t += hour) {
                const int h = int((t / hour) % 24);
                csv += "globex,api_calls," + usageTimeText(t).toUtf8() + ','
                    + QByteArray::number(h >= 8 && h < 20 ? 8000 : 400) + '\n';
            }
            QVERIFY(m->importUsage(csv, u"calls.csv"_s, false));
            QVERIFY(m->addOperator(u"sam"_s, OperatorRole::Sales));
        }
        TenantService service(catalog());
        QVERIFY(openService(service, file.url(), u"alice"_s));
        Ui::TenantScalingView view(service, u"globex"_s);
        view.resize(1200, 700);
        view.show(); // loads, then simulates the saved policy
        QTRY_VERIFY(view.isEnabled());
        QTRY_VERIFY(!view.isBusy());
        QVERIFY2(view.summary()->text().contains(u"scale events"_s),
                 qPrintable(view.summary()->text()));
        QVERIFY(view.chart()->pointCount() > 0);
        QVERIFY(view.chart()->overlayCount() > 0); // the capacity line
        QVERIFY(!view.saveButton()->isEnabled()); // the form is the saved policy

        // A minimum above the maximum: refused next to the field, nothing to simulate or save.
        const int max = view.maxCapacity()->value();
        view.minCapacity()->setValue(max + 1);
        auto *minMessage = view.findChild<QLabel *>(u"scalingMessage_min_capacity"_s);
        QVERIFY(minMessage->isVisible());
        QVERIFY2(minMessage->text().contains(u"must not be above max_capacity"_s),
                 qPrintable(minMessage->text()));
        QVERIFY(!view.simulateButton()->isEnabled());
        QVERIFY(!view.saveButton()->isEnabled());
        view.scaleDown()->setValue(view.scaleUp()->value());
        QVERIFY(view.formProblems().contains(u"scale_down_threshold"_s));

        // A good trial policy: simulated as typed, not saved.
        view.minCapacity()->setValue(1);
        view.scaleDown()->setValue(20);
        QVERIFY(view.formProblems().isEmpty());
        QVERIFY(!minMessage->isVisible());
        view.maxCapacity()->setValue(3);
        view.simulate();
        QTRY_VERIFY(!view.isBusy());
        QVERIFY2(view.summary()->text().contains(u"capacity peaked at 3 units"_s),
                 qPrintable(view.summary()->text()));
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QCOMPARE(m->scaling(u"globex"_s)->policy.maxCapacity, max);
        }

        // Saved with a reason: a configuration revision; the form is then the saved policy.
        QVERIFY(view.saveButton()->isEnabled());
        view.save(u"Cap the cost"_s);
        QTRY_VERIFY(!view.isBusy());
        QTRY_VERIFY(!view.saveButton()->isEnabled());
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QCOMPARE(m->scaling(u"globex"_s)->policy.maxCapacity, 3);
            QCOMPARE(m->scaling(u"globex"_s)->policy.minCapacity, 1);
        }

        // Sales simulate, but may not save.
        TenantService sales(catalog());
        QVERIFY(openService(sales, file.url(), u"sam"_s));
        Ui::TenantScalingView salesView(sales, u"globex"_s);
        salesView.show();
        QTRY_VERIFY(salesView.isEnabled());
        QTRY_VERIFY(!salesView.isBusy());
        salesView.maxCapacity()->setValue(2);
        QVERIFY(!salesView.saveButton()->isEnabled());
        QVERIFY(salesView.saveButton()->toolTip().startsWith(u"Needs"_s));
        QVERIFY(salesView.simulateButton()->isEnabled());
    }
};

QTEST_MAIN(tst_ScalingView)
#include "tst_scalingview.moc"
