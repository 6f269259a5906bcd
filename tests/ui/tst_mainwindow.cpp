// The console's main window on the offscreen platform, over a real SQLite file: the tenant table
// fills from the worker thread, search narrows it, an empty database offers a sample fleet, and
// a database that cannot be opened says why.
#include "MainWindow.h"
#include "TenantService.h"
#include "TestSupport.h"
#include "models/TenantTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_MainWindow : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC)};

    void seed(const DatabaseUrl &url, const QStringList &names)
    {
        auto m = openManager(url, u"alice"_s, m_clock);
        QVERIFY(m);
        int i = 0;
        for (const QString &name : names) {
            NewTenant t {u"tenant-%1"_s.arg(i++), name, u"free"_s, u"owner@example.com"_s,
                         u"eu-west-1"_s,          {},   {}};
            QVERIFY(m->create(t));
        }
    }

private Q_SLOTS:
    void showsTenantsAndSearches()
    {
        SqliteFile file;
        seed(file.url(), {u"Alpha Health"_s, u"Beta Capital"_s, u"Gamma Labs"_s});
        TenantService service(catalog());
        Ui::MainWindow window(service);
        QAbstractItemModelTester tester(window.tenantModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        service.open(file.url(), {}, u"alice"_s);

        auto *table = window.findChild<QTableView *>(u"tenantTable"_s);
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->model()->index(0, Ui::TenantTableModel::Name).data().toString(),
                 u"Alpha Health"_s);
        QCOMPARE(table->model()->index(0, Ui::TenantTableModel::Tier).data().toString(), u"Free"_s);
        auto *count = window.findChild<QLabel *>(u"countLabel"_s);
        QTRY_VERIFY(count->text().contains(u"3"_s));

        auto *search = window.findChild<QLineEdit *>(u"searchField"_s);
        QVERIFY(search);
        QTest::keyClicks(search, u"CAPITAL"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, Ui::TenantTableModel::Id).data().toString(),
                 u"tenant-1"_s);
        // No match: the table stays (empty), it does not turn into the "no tenants" page.
        search->setText(u"nothing matches this"_s);
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(table->isVisible());
        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), 3);
    }

    void pagesThroughALargeFleet()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m);
            QVERIFY(m->generateSampleFleet(1200, 3));
        }
        TenantService service(catalog());
        Ui::MainWindow window(service);
        QAbstractItemModelTester tester(window.tenantModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        service.open(file.url(), {}, u"alice"_s);
        auto *model = window.tenantModel();
        QTRY_COMPARE(model->rowCount(), Ui::TenantTableModel::pageSize);
        QCOMPARE(model->total(), 1200);
        // Scrolling to the end asks for the next pages, never all at once.
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QTRY_COMPARE(model->rowCount(), 2 * Ui::TenantTableModel::pageSize);
        model->fetchMore({});
        QTRY_COMPARE(model->rowCount(), 1200);
        QVERIFY(!model->canFetchMore({}));
    }

    void offersASampleFleetWhenEmpty()
    {
        SqliteFile file;
        TenantService service(catalog());
        Ui::MainWindow window(service);
        window.show();
        service.open(file.url(), {}, u"alice"_s);
        auto *button = window.findChild<QPushButton *>(u"sampleFleetButton"_s);
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        auto *progress = window.findChild<QProgressBar *>(u"sampleFleetProgress"_s);
        int highest = 0;
        connect(&service, &TenantService::progress, this,
                [&](quint64, qint64 done, qint64) { highest = qMax(highest, int(done)); });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(progress->isVisible());
        auto *table = window.findChild<QTableView *>(u"tenantTable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(table->isVisible(), 30000);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QVERIFY(highest > 0);
        QVERIFY(window.tenantModel()->total() >= 1000);
    }

    void explainsADatabaseThatCannotBeOpened()
    {
        QTemporaryDir dir;
        // A directory where the database file should be.
        QVERIFY(QDir(dir.path()).mkpath(u"tenancy.sqlite"_s));
        auto url = DatabaseUrl::parse(u"sqlite://"_s + dir.filePath(u"tenancy.sqlite"_s));
        QVERIFY(url);
        TenantService service(catalog());
        Ui::MainWindow window(service);
        window.show();
        service.open(*url, {}, u"alice"_s);
        auto *error = window.findChild<QLabel *>(u"errorText"_s);
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"directory"_s), qPrintable(error->text()));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
