// The Provisioning view on the offscreen platform over a real SQLite file: a step that fails
// for a real reason (the tenant's file is in the way) shows that reason in the queue, above the
// log and in the log; Retry Step completes it once the cause is gone. Roll Back asks first and
// leaves the tenant pending; Force is the admin's; a job run by another process shows up live.
#include "TenantService.h"
#include "TestSupport.h"
#include "models/ProvisioningJobsModel.h"
#include "provisioning/TenantStorage.h"
#include "views/ProvisioningView.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_ProvisioningView : public QObject
{
    Q_OBJECT

    SystemClock m_clock;

    static QString cell(Ui::ProvisioningView &view, const QString &tenant, int column)
    {
        auto *model = view.model();
        const int row = model->rowOfTenant(tenant);
        return row < 0 ? QString() : model->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void aFailedStepShowsWhyAndRetryCompletesIt()
    {
        SqliteFile file;
        QString inTheWay;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m->create({u"acme"_s,
                               u"Acme"_s,
                               u"professional"_s,
                               u"it@acme.example"_s,
                               u"eu-west-1"_s,
                               {},
                               {}}));
            // Where its schema's file goes, a folder is in the way.
            inTheWay = TenantStorage::nameFor(m->database(), u"acme"_s, Isolation::Schema);
            QVERIFY(QDir().mkpath(inTheWay));
        }
        TenantService service(catalog());
        QSignalSpy opened(&service, &TenantService::opened);
        service.open(file.url(), {}, u"alice"_s);
        QVERIFY(opened.wait(10000));
        Ui::ProvisioningView view(service);
        view.resize(1100, 700);
        view.show();
        QSignalSpy changed(&view, &Ui::ProvisioningView::tenantChanged);

        view.provision(u"acme"_s);
        QTRY_COMPARE(cell(view, u"acme"_s, Ui::ProvisioningJobsModel::State), u"Failed"_s);
        QTRY_COMPARE(changed.count(), 1);
        const QString why = cell(view, u"acme"_s, Ui::ProvisioningJobsModel::Reason);
        QVERIFY2(why.startsWith(u"Resource allocation failed: "_s)
                     && why.contains(u"is a directory"_s),
                 qPrintable(why));
        QCOMPARE(cell(view, u"acme"_s, Ui::ProvisioningJobsModel::Steps), u"1 of 6 steps done"_s);
        view.select(u"acme"_s);
        QTRY_VERIFY2(view.reason()->text().contains(u"Stopped at Resource allocation"_s),
                     qPrintable(view.reason()->text()));
        QTRY_VERIFY2(view.log()->toPlainText().contains(u"ERROR"_s)
                         && view.log()->toPlainText().contains(u"is a directory"_s),
                     qPrintable(view.log()->toPlainText()));
        QVERIFY(view.retryAction()->isEnabled());
        QVERIFY(view.rollbackAction()->isEnabled());
        QVERIFY(!view.cancelAction()->isEnabled());
        QVERIFY(view.forceAction()->isEnabled()); // alice is admin

        // The cause goes away; Retry Step runs it again and completes the job.
        QVERIFY(QDir(inTheWay).removeRecursively());
        view.retryAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, u"acme"_s, Ui::ProvisioningJobsModel::State),
                                  u"Completed"_s, 10000);
        QTRY_COMPARE(changed.count(), 2);
        auto m = openManager(file.url(), u"alice"_s, m_clock);
        QCOMPARE(m->show(u"acme"_s)->status, TenantStatus::Active);
        QCOMPARE(m->provisioningJob(u"acme"_s)->steps[1].attempts, 2);
        QTRY_VERIFY(view.log()->toPlainText().contains(u"attempt 2"_s));
        QVERIFY(!view.retryAction()->isEnabled());
    }

    void rollBackAsksFirstAndLeavesThePendingTenant()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m->create(
                {u"beta"_s, u"Beta"_s, u"free"_s, u"it@beta.example"_s, u"eu-west-1"_s, {}, {}}));
            // Failed by a rule, not by the console: the free tier offers no database isolation.
            QCOMPARE(m->provision(u"beta"_s, Isolation::Database)->state, JobState::Failed);
            QVERIFY(m->addOperator(u"sue"_s, OperatorRole::Support));
        }
        TenantService service(catalog());
        QSignalSpy opened(&service, &TenantService::opened);
        service.open(file.url(), {}, u"sue"_s);
        QVERIFY(opened.wait(10000));
        Ui::ProvisioningView view(service);
        view.show();
        QTRY_COMPARE(cell(view, u"beta"_s, Ui::ProvisioningJobsModel::State), u"Failed"_s);
        view.select(u"beta"_s);
        QTRY_VERIFY(view.rollbackAction()->isEnabled());
        QVERIFY(!view.forceAction()->isEnabled()); // support may not force

        Ui::Prompts::setNextAnswer(QMessageBox::No); // changed their mind: nothing happens
        view.rollbackAction()->trigger();
        QTest::qWait(300);
        QCOMPARE(cell(view, u"beta"_s, Ui::ProvisioningJobsModel::State), u"Failed"_s);

        Ui::Prompts::setNextAnswer(QMessageBox::Yes);
        view.rollbackAction()->trigger();
        QVERIFY(Ui::Prompts::lastMessage().contains(u"beta"_s));
        QTRY_COMPARE(cell(view, u"beta"_s, Ui::ProvisioningJobsModel::State), u"Rolled back"_s);
        QTRY_VERIFY2(view.reason()->text().contains(u"pending again"_s),
                     qPrintable(view.reason()->text()));
        auto m = openManager(file.url(), u"alice"_s, m_clock);
        QCOMPARE(m->show(u"beta"_s)->status, TenantStatus::Pending);

        // Jobs that ended over an hour ago show with "Show finished jobs" only.
        QVERIFY(m->database().exec(u"UPDATE provisioning_jobs SET finished_at = "
                                   "'2026-01-01T00:00:00.000Z'"_s));
        QTRY_COMPARE(view.model()->rowOfTenant(u"beta"_s), -1);
        view.findChild<QCheckBox *>(u"showFinishedJobs"_s)->setChecked(true);
        QTRY_COMPARE(cell(view, u"beta"_s, Ui::ProvisioningJobsModel::State), u"Rolled back"_s);
    }
};

QTEST_MAIN(tst_ProvisioningView)
#include "tst_provisioningview.moc"
