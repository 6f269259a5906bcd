// A tenant's configuration tab on the offscreen platform over a real SQLite file: values with
// the layer that set them, an edit checked as it is made, Apply through the diff dialog with
// a reason, a rollback from the revision list, and a read-only tab for sales.
#include "TenantService.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/ConfigDiffDialog.h"
#include "models/JsonTreeModel.h"
#include "views/TenantConfigurationView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_ConfigurationView : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC)};

    static bool open(TenantService &service, const SqliteFile &file, const QString &op)
    {
        QSignalSpy opened(&service, &TenantService::opened);
        service.open(file.url(), {}, op);
        return opened.wait(10000);
    }

    void whenDiffDialog(std::function<void(Ui::ConfigDiffDialog *)> fn)
    {
        whenDialog<Ui::ConfigDiffDialog>(this, std::move(fn));
    }

    static QString source(Ui::TenantConfigurationView &view, const QString &pointer)
    {
        return view.model()->indexOf(pointer, Ui::JsonTreeModel::Source).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void editsAppliesAndRollsBack()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m->create({u"acme"_s,
                               u"Acme"_s,
                               u"professional"_s,
                               u"it@acme.example"_s,
                               u"eu-west-1"_s,
                               {},
                               {}}));
        }
        TenantService service(catalog());
        QVERIFY(open(service, file, u"alice"_s));
        Ui::TenantConfigurationView view(service, u"acme"_s);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(900, 700);
        view.show();
        view.refresh();
        QTRY_VERIFY(view.isLoaded());
        const QString users = u"/configuration/limits/max_users"_s;
        QCOMPARE(source(view, users), u"tier default"_s);
        QCOMPARE(source(view, u"/billing/account_name"_s), u"template"_s);
        QVERIFY(!view.applyButton()->isEnabled());

        // Above the tier: refused at once, said next to the tree, nothing pending.
        const QModelIndex value = view.model()->indexOf(users, Ui::JsonTreeModel::Value);
        QVERIFY(view.model()->flags(value) & Qt::ItemIsEditable);
        view.model()->setData(value, u"500"_s);
        auto *message = view.findChild<QLabel *>(u"configurationMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"only the custom tier"_s), qPrintable(message->text()));
        QVERIFY(view.pendingEdits().isEmpty());
        view.model()->setData(value, u"lots"_s); // not a number
        QVERIFY(message->text().contains(u"max_users"_s));
        QVERIFY(view.pendingEdits().isEmpty());

        // A good edit: marked, and Apply shows the diff; the reason is required.
        view.model()->setData(value, u"40"_s);
        QVERIFY(!message->isVisible());
        QCOMPARE(view.pendingEdits().size(), 1);
        QCOMPARE(view.model()->indexOf(users, Ui::JsonTreeModel::Value).data().toString(), u"40"_s);
        QCOMPARE(source(view, users), u"edit (not applied)"_s);
        QVERIFY(view.applyButton()->isEnabled());
        bool shown = false;
        whenDiffDialog([&shown](Ui::ConfigDiffDialog *d) {
            shown = true;
            QCOMPARE(d->table()->rowCount(), 1);
            QCOMPARE(d->table()->item(0, 0)->text(), u"configuration.limits.max_users"_s);
            QCOMPARE(d->table()->item(0, 1)->text(), u"100"_s);
            QCOMPARE(d->table()->item(0, 2)->text(), u"40"_s);
            auto *ok = d->findChild<QPushButton *>(u"diffOk"_s);
            QVERIFY(!ok->isEnabled()); // no reason yet
            d->setReason(u"smaller team"_s);
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        QSignalSpy changed(&view, &Ui::TenantConfigurationView::changed);
        view.applyButton()->click();
        QTRY_VERIFY(shown);
        QTRY_COMPARE(changed.count(), 1);
        QTRY_COMPARE(view.state().revision.revision, 1);
        QVERIFY(view.pendingEdits().isEmpty());
        QCOMPARE(source(view, users), u"edit"_s);
        QCOMPARE(view.revisions()->topLevelItemCount(), 2);

        // Roll back to revision 0 from the list.
        view.revisions()->setCurrentItem(view.revisions()->topLevelItem(1)); // oldest last
        QVERIFY(view.rollbackButton()->isEnabled());
        shown = false;
        whenDiffDialog([&shown](Ui::ConfigDiffDialog *d) {
            shown = true;
            QCOMPARE(d->table()->item(0, 2)->text(), u"100"_s);
            d->setReason(u"back"_s);
            d->accept();
        });
        view.rollbackButton()->click();
        QTRY_VERIFY(shown);
        QTRY_COMPARE(view.state().revision.revision, 2);
        QCOMPARE(view.model()->indexOf(users, Ui::JsonTreeModel::Value).data().toString(),
                 u"100"_s);
        auto m = openManager(file.url(), u"alice"_s, m_clock);
        QCOMPARE(m->configurationHistory(u"acme"_s)->last().reason, u"back"_s);
    }

    void salesSeesButDoesNotEdit()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m->create(
                {u"acme"_s, u"Acme"_s, u"free"_s, u"it@acme.example"_s, u"eu-west-1"_s, {}, {}}));
            QVERIFY(m->addOperator(u"bob"_s, OperatorRole::Sales));
        }
        TenantService service(catalog());
        QVERIFY(open(service, file, u"bob"_s));
        Ui::TenantConfigurationView view(service, u"acme"_s);
        view.show();
        view.refresh();
        QTRY_VERIFY(view.isLoaded());
        const QModelIndex value
            = view.model()->indexOf(u"/configuration/limits/max_users"_s, Ui::JsonTreeModel::Value);
        QVERIFY(!(view.model()->flags(value) & Qt::ItemIsEditable));
        QVERIFY(!view.applyButton()->isEnabled());
        QVERIFY(view.applyButton()->toolTip().contains(u"support or admin"_s));
        QVERIFY(!view.rollbackButton()->isEnabled());
    }
};

QTEST_MAIN(tst_ConfigurationView)
#include "tst_configurationview.moc"
