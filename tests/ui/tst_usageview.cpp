// A tenant's Usage tab on the offscreen platform over a real SQLite file: the charts per metric
// (downsampled, the limit line where it applies, the hover read-out), usage against the limits
// with the upgrade suggestion, and the range picker (presets and custom dates, a bad custom
// range refused next to the field).
#include "TenantService.h"
#include "TestSupport.h"
#include "charts/TimeSeriesChart.h"
#include "dialogs/BudgetDialog.h"
#include "views/TenantUsageView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

namespace {

constexpr qint64 hour = 3'600'000;
constexpr qint64 day = 24 * hour;

} // namespace

class tst_UsageView : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime::currentDateTimeUtc()};

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void chartsStatusAndRanges()
    {
        SqliteFile file;
        // acme (free: 5 users, 100 API calls an hour): 40 days of hourly readings, over its user
        // limit for the last two days.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 lastHour = now - now % hour - hour;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m);
            QString error;
            QVERIFY2(createActive(*m, u"acme"_s, u"free"_s, &error), qPrintable(error));
            QByteArray csv = "tenant_id,metric,timestamp,value\n";
            for (qint64 t = lastHour - 40 * day; t <= lastHour; t += hour) {
                const int users = t > lastHour - 2 * day ? 6 : 3;
                csv += "acme,users," + usageTimeText(t).toUtf8() + ',' + QByteArray::number(users)
                    + '\n';
                csv += "acme,api_calls," + usageTimeText(t).toUtf8() + ','
                    + QByteArray::number(10 + (t / hour) % 7) + '\n';
            }
            auto imported = m->importUsage(csv, u"acme.csv"_s, false);
            QVERIFY(imported);
        }
        TenantService service(catalog());
        QVERIFY(openService(service, file.url(), u"alice"_s));
        Ui::TenantUsageView view(service, u"acme"_s);
        // What a range holds of the hourly readings, drawn whole or (more than a point per
        // pixel) downsampled to the points asked for.
        const auto expectedPoints = [&] {
            const auto [from, to] = view.requestedRange();
            qsizetype n = 0;
            for (qint64 t = lastHour - 40 * day; t <= lastHour; t += hour)
                n += t >= from && t < to;
            return std::min<qsizetype>(n, view.requestedPoints());
        };
        view.resize(1100, 800);
        view.show(); // loads when first shown
        QTRY_VERIFY(view.requestedRange().first != 0);
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.requestedRange().second - view.requestedRange().first, 30 * day);
        QCOMPARE(view.charts().size(), 2);
        Ui::TimeSeriesChart *users = view.charts().at(0);
        Ui::TimeSeriesChart *calls = view.charts().at(1);
        QCOMPARE(users->accessibleName(), u"Users"_s);
        QVERIFY(users->hasLimitLine()); // 5 users
        QVERIFY(!calls->hasLimitLine()); // an hourly limit, samples drawn
        QVERIFY(users->pointCount() > 0 && users->pointCount() <= 2000);
        QCOMPARE(users->pointCount(), expectedPoints());

        // Usage against the limits, and the upgrade prompt.
        const QString status = view.status()->text();
        QVERIFY2(status.contains(u"Over: hard limit"_s), qPrintable(status));
        QVERIFY2(status.contains(u"Upgrade suggested: the professional tier"_s),
                 qPrintable(status));

        // The read-out of the point under the mouse.
        users->showReadout(lastHour);
        QVERIFY2(users->readout().endsWith(u": 6 users"_s), qPrintable(users->readout()));
        users->showReadout(lastHour - 10 * day);
        QVERIFY2(users->readout().endsWith(u": 3 users"_s), qPrintable(users->readout()));

        // The range picker: 7 days.
        view.range()->setCurrentIndex(0);
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.requestedRange().second - view.requestedRange().first, 7 * day);
        QTRY_COMPARE(users->pointCount(), expectedPoints());
        QVERIFY(!view.fromEdit()->isVisible());

        // A year: 961 hourly readings.
        view.range()->setCurrentIndex(3);
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.requestedRange().second - view.requestedRange().first, 365 * day);
        QTRY_COMPARE(users->pointCount(), expectedPoints());

        // Custom dates: whole UTC days, the end inclusive; a start after the end is refused
        // next to the field and nothing is asked.
        view.range()->setCurrentIndex(4);
        QVERIFY(view.fromEdit()->isVisible());
        QTRY_VERIFY(!view.isLoading());
        const QDate today = QDateTime::fromMSecsSinceEpoch(lastHour, Qt::UTC).date();
        view.toEdit()->setDate(today);
        view.fromEdit()->setDate(today.addDays(-2));
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.requestedRange().first,
                 QDateTime(today.addDays(-2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(view.requestedRange().second,
                 QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        const auto before = view.requestedRange();
        view.fromEdit()->setDate(today.addDays(3));
        auto *message = view.findChild<QLabel *>(u"usageMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"must not be after the end"_s),
                 qPrintable(message->text()));
        QCOMPARE(view.requestedRange(), before);
        QVERIFY(!view.isLoading());
    }

    // The billing period's cost beside the usage, and the budget set through the view (the
    // dialog's amount checked next to the field); sales see the cost but may not set a budget.
    void costAndBudget()
    {
        SqliteFile file;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            // Subscribed two days ago: the samples are in its billing period.
            FixedClock subscribed {QDateTime::currentDateTimeUtc().addDays(-2)};
            auto m = openManager(file.url(), u"alice"_s, subscribed);
            QVERIFY(m);
            QString error;
            QVERIFY2(createActive(*m, u"globex"_s, u"professional"_s, &error), qPrintable(error));
            // 110 users (10 over 100, 8.00 each) since an hour ago.
            const QByteArray csv = "tenant_id,metric,timestamp,value\nglobex,users,"
                + usageTimeText(now - now % hour - hour).toUtf8() + ",110\n";
            QVERIFY(m->importUsage(csv, u"globex.csv"_s, false));
            QVERIFY(m->addOperator(u"sam"_s, OperatorRole::Sales));
        }
        TenantService service(catalog());
        QVERIFY(openService(service, file.url(), u"alice"_s));
        Ui::TenantUsageView view(service, u"globex"_s);
        view.resize(1100, 800);
        view.show();
        QTRY_VERIFY(view.requestedRange().first != 0);
        QTRY_VERIFY(!view.isLoading());
        // Subscription, users (10 over x 8.00), total.
        QTableWidget *table = view.costTable();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 5)->text(), u"299.00 USD"_s);
        QCOMPARE(table->item(1, 0)->text(), u"Users"_s);
        QCOMPARE(table->item(1, 1)->text(), u"110 (peak)"_s);
        QCOMPARE(table->item(1, 3)->text(), u"10"_s);
        QCOMPARE(table->item(1, 4)->text(), u"8.00 USD each"_s);
        QCOMPARE(table->item(1, 5)->text(), u"80.00 USD"_s);
        QCOMPARE(table->item(2, 5)->text(), u"379.00 USD"_s);
        QCOMPARE(view.budgetLine()->text(), u"No budget set."_s);
        QVERIFY(view.budgetButton()->isEnabled());

        view.setBudget(30000, u"Agreed with Globex"_s);
        QTRY_VERIFY(view.budgetLine()->text().startsWith(u"Budget: 300.00 USD a period"_s));
        QTRY_VERIFY(!view.isLoading());
        const QString budget = view.budgetLine()->text();
        QVERIFY2(budget.contains(u"126% used"_s) && budget.contains(u"Over budget"_s),
                 qPrintable(budget));

        // The dialog: amounts in the currency's units, a bad one refused next to the field.
        QCOMPARE(Ui::BudgetDialog::parseAmount(u"1,500"_s), 150000);
        QCOMPARE(Ui::BudgetDialog::parseAmount(u"12.5"_s), 1250);
        QVERIFY(!Ui::BudgetDialog::parseAmount(u"12.345"_s));
        QVERIFY(!Ui::BudgetDialog::parseAmount(u"-3"_s));
        Ui::BudgetDialog dialog(u"globex"_s, u"USD"_s, 30000);
        QCOMPARE(dialog.amount()->text(), u"300.00"_s);
        dialog.reasonField()->setPlainText(u"Raise it"_s);
        QVERIFY(dialog.isAcceptable());
        dialog.amount()->setText(u"three hundred"_s);
        QVERIFY(!dialog.isAcceptable());
        auto *amountError = dialog.findChild<QLabel *>(u"budgetAmountError"_s);
        QVERIFY2(amountError->text().contains(u"is not an amount"_s),
                 qPrintable(amountError->text()));
        dialog.noBudget()->setChecked(true);
        QVERIFY(dialog.isAcceptable());
        QCOMPARE(dialog.budgetMinor(), std::nullopt);

        // Sales: the cost, not the budget button.
        TenantService sales(catalog());
        QVERIFY(openService(sales, file.url(), u"sam"_s));
        Ui::TenantUsageView salesView(sales, u"globex"_s);
        salesView.show();
        QTRY_VERIFY(salesView.requestedRange().first != 0);
        QTRY_VERIFY(!salesView.isLoading());
        QVERIFY(salesView.budgetLine()->text().startsWith(u"Budget: 300.00 USD"_s));
        QVERIFY(!salesView.budgetButton()->isEnabled());
    }

    void humanUnits()
    {
        using Ui::TimeSeriesChart;
        QCOMPARE(TimeSeriesChart::human(950, TimeSeriesChart::Unit::Count), u"950"_s);
        QCOMPARE(TimeSeriesChart::human(12'345, TimeSeriesChart::Unit::Count), u"12.3k"_s);
        QCOMPARE(TimeSeriesChart::human(2'500'000, TimeSeriesChart::Unit::Count), u"2.5M"_s);
        QCOMPARE(TimeSeriesChart::human(1.5e9, TimeSeriesChart::Unit::Bytes), u"1.5 GB"_s);
        QCOMPARE(TimeSeriesChart::human(743e6, TimeSeriesChart::Unit::Bytes), u"743.0 MB"_s);
        QCOMPARE(TimeSeriesChart::human(0.5, TimeSeriesChart::Unit::Count), u"0.5"_s);
    }
};

QTEST_MAIN(tst_UsageView)
#include "tst_usageview.moc"
