// The Compliance view on the offscreen platform over a real SQLite file: the fleet matrix and
// its filters, a tenant's controls with evidence and remediation, "Fix…" applying the
// remediation through the configuration diff (then checked again), compliance officers
// seeing it read-only, and a long matrix stopped with Cancel.
#include "TenantManager.h"
#include "TenantService.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/ConfigDiffDialog.h"
#include "models/ComplianceMatrixModel.h"
#include "views/ComplianceView.h"
#include "widgets/MessageLabel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_ComplianceView : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime::currentDateTimeUtc()};

    // acme (professional: HIPAA 164.312(d) fails, MFA not required), globex (free) and a
    // compliance officer.
    bool seed(const SqliteFile &file)
    {
        auto m = openManager(file.url(), u"alice"_s, m_clock);
        if (!m)
            return false;
        QString error;
        if (!createActive(*m, u"acme"_s, u"professional"_s, &error)
            || !createActive(*m, u"globex"_s, u"free"_s, &error)) {
            qWarning() << error;
            return false;
        }
        return bool(m->addOperator(u"carol"_s, OperatorRole::Compliance));
    }

    static QModelIndex cell(Ui::ComplianceView &view, const QString &tenant,
                            const QString &framework)
    {
        const int row = view.model()->rowOfTenant(tenant);
        const int column = int(view.model()->frameworks().indexOf(framework)) + 1;
        return view.model()->index(row, column);
    }

    static QTreeWidgetItem *control(Ui::ComplianceView &view, const QString &framework,
                                    const QString &id)
    {
        for (int i = 0; i < view.controls()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = view.controls()->topLevelItem(i);
            if (!group->text(0).startsWith(framework))
                continue;
            for (int c = 0; c < group->childCount(); ++c) {
                if (group->child(c)->text(0) == id)
                    return group->child(c);
            }
        }
        return nullptr;
    }

    static int shownRows(Ui::ComplianceView &view) { return view.matrix()->model()->rowCount(); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void matrixFiltersAndFix()
    {
        SqliteFile file;
        QVERIFY(seed(file));
        TenantService service(catalog());
        QVERIFY(openService(service, file.url(), u"alice"_s));
        Ui::ComplianceView view(service);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1300, 800);
        view.show();
        QTRY_VERIFY(!view.isLoading() && view.model()->rowCount() == 2);
        QCOMPARE(view.model()->columnCount(), 8); // the tenant, then seven frameworks
        QCOMPARE(view.model()->frameworks().size(), 7);
        for (const QString &f : {u"GDPR"_s, u"HIPAA"_s, u"PCI_DSS"_s, u"FEDRAMP"_s, u"SOC2"_s})
            QVERIFY2(view.model()->frameworks().contains(f),
                     qPrintable(view.model()->frameworks().join(u", "_s)));
        // Shown by the names people use.
        QStringList headers;
        for (int c = 1; c < view.model()->columnCount(); ++c)
            headers << view.model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        for (const QString &name : {u"PCI DSS"_s, u"FedRAMP"_s, u"SOC 2"_s, u"ISO 27001"_s})
            QVERIFY2(headers.contains(name), qPrintable(headers.join(u", "_s)));
        QVERIFY(view.frameworkFilter()->findText(u"SOC 2"_s) > 0);

        // acme's HIPAA cell fails, in red, with its count; the tooltip has the numbers.
        const QModelIndex hipaa = cell(view, u"acme"_s, u"HIPAA"_s);
        QCOMPARE(ControlStatus(hipaa.data(Ui::ComplianceMatrixModel::StatusRole).toInt()),
                 ControlStatus::Fail);
        QVERIFY2(hipaa.data().toString().contains(u"failing"_s),
                 qPrintable(hipaa.data().toString()));
        QCOMPARE(hipaa.data(Qt::BackgroundRole).value<QColor>(),
                 Ui::ComplianceMatrixModel::statusColor(ControlStatus::Fail));
        QVERIFY(hipaa.data(Qt::ToolTipRole).toString().contains(u"HIPAA for acme"_s));

        // Filters: by tenant text; by framework and status.
        view.textFilter()->setText(u"GLOB"_s);
        QCOMPARE(shownRows(view), 1);
        QCOMPARE(view.matrix()->model()->index(0, 0).data().toString(), u"globex"_s);
        view.textFilter()->clear();
        QCOMPARE(shownRows(view), 2);
        view.statusFilter()->setCurrentIndex(
            view.statusFilter()->findData(int(ControlStatus::NotApplicable)));
        view.frameworkFilter()->setCurrentIndex(view.frameworkFilter()->findData(u"HIPAA"_s));
        QCOMPARE(shownRows(view), 0); // HIPAA applies to both
        view.statusFilter()->setCurrentIndex(
            view.statusFilter()->findData(int(ControlStatus::Fail)));
        QCOMPARE(shownRows(view), 2);
        view.statusFilter()->setCurrentIndex(0);
        view.frameworkFilter()->setCurrentIndex(0);
        QVERIFY(view.findChild<QLabel *>(u"complianceSummary"_s)->text().contains(u"2 tenants"_s));
        // Only the frameworks each tenant asks for: neither asks for HIPAA, so nobody fails it.
        view.requestedOnly()->setChecked(true);
        QCOMPARE(ControlStatus(hipaa.data(Ui::ComplianceMatrixModel::StatusRole).toInt()),
                 ControlStatus::NotApplicable);
        QCOMPARE(hipaa.data().toString(), u"— not asked for"_s);
        QCOMPARE(view.model()->countTenants(ControlStatus::Fail, u"HIPAA"_s), 0);
        view.statusFilter()->setCurrentIndex(
            view.statusFilter()->findData(int(ControlStatus::Fail)));
        view.frameworkFilter()->setCurrentIndex(view.frameworkFilter()->findData(u"HIPAA"_s));
        QCOMPARE(shownRows(view), 0);
        view.requestedOnly()->setChecked(false);
        QCOMPARE(shownRows(view), 2);
        view.statusFilter()->setCurrentIndex(0);
        view.frameworkFilter()->setCurrentIndex(0);

        // Drill-down: acme's HIPAA, failing first, with the evidence and the remediation.
        view.selectTenant(u"acme"_s, u"HIPAA"_s);
        QCOMPARE(view.selectedTenant(), u"acme"_s);
        QTreeWidgetItem *mfa = control(view, u"HIPAA"_s, u"164.312(d)"_s);
        QVERIFY(mfa);
        QVERIFY(mfa->parent()->isExpanded());
        QCOMPARE(mfa->parent()->child(0)->text(2), u"Fails"_s); // failing first
        QCOMPARE(mfa->text(2), u"Fails"_s);
        QCOMPARE(mfa->text(3), u"High"_s);
        QVERIFY2(mfa->text(4).contains(u"configuration.security.mfa_config.required"_s),
                 qPrintable(mfa->text(4)));
        view.controls()->clearSelection();
        QVERIFY(!view.fixButton()->isEnabled()); // nothing selected
        view.controls()->setCurrentItem(mfa);
        const QString detail = view.detail()->toPlainText();
        for (const QString &needle :
             {u"Person or entity authentication"_s, u"Expected"_s, u"Remediation"_s,
              u"set configuration.security.mfa_config.required to true"_s})
            QVERIFY2(detail.contains(needle), qPrintable(needle + u" not in:\n"_s + detail));
        QVERIFY(!view.readOnlyNote()->isVisible());
        QVERIFY(view.fixButton()->isEnabled());

        // Fix…: the change as a diff, the reason pre-filled; applied, then checked again.
        bool shown = false;
        whenDialog<Ui::ConfigDiffDialog>(this, [&shown](Ui::ConfigDiffDialog *d) {
            shown = true;
            QCOMPARE(d->table()->rowCount(), 1);
            QCOMPARE(d->table()->item(0, 0)->text(),
                     u"configuration.security.mfa_config.required"_s);
            QCOMPARE(d->table()->item(0, 1)->text(), u"false"_s);
            QCOMPARE(d->table()->item(0, 2)->text(), u"true"_s);
            QCOMPARE(d->reason(), u"Remediate HIPAA 164.312(d)"_s);
            d->setReason(u"SUP-9: remediate HIPAA 164.312(d)"_s);
            d->accept();
        });
        view.fixButton()->click();
        QTRY_VERIFY(shown);
        QTRY_VERIFY(!view.isFixing());
        QTRY_VERIFY(view.message()->text().contains(u"revision 1"_s));
        QTRY_COMPARE(control(view, u"HIPAA"_s, u"164.312(d)"_s)->text(2), u"Passes"_s);
        auto m = openManager(file.url(), u"alice"_s, m_clock);
        QVERIFY(m);
        auto history = m->configurationHistory(u"acme"_s);
        QVERIFY(history);
        QCOMPARE(history->last().reason, u"SUP-9: remediate HIPAA 164.312(d)"_s);
        auto again = m->complianceCheck(u"acme"_s, {u"HIPAA"_s});
        QVERIFY(again);
        for (const ControlResult &c : again->first().controls) {
            if (c.controlId == u"164.312(d)"_s)
                QCOMPARE(c.status, ControlStatus::Pass);
        }

        // A framework selected fixes all its failing controls that a setting can fix; when
        // none is left to fix, Fix… stays off.
        view.selectTenant(u"acme"_s, u"HIPAA"_s);
        QTreeWidgetItem *group = control(view, u"HIPAA"_s, u"164.312(d)"_s)->parent();
        view.controls()->setCurrentItem(group);
        QCOMPARE(view.fixButton()->isEnabled(),
                 view.model()
                         ->tenantResults(u"acme"_s)
                         .at(view.model()->frameworks().indexOf(u"HIPAA"_s))
                         .count(ControlStatus::Fail)
                     > 0);
    }

    void readOnlyForCompliance()
    {
        SqliteFile file;
        QVERIFY(seed(file));
        TenantService service(catalog());
        QVERIFY(openService(service, file.url(), u"carol"_s));
        Ui::ComplianceView view(service);
        view.resize(1300, 800);
        view.show();
        QTRY_VERIFY(!view.isLoading() && view.model()->rowCount() == 2);
        view.selectTenant(u"acme"_s, u"HIPAA"_s);
        QTreeWidgetItem *mfa = control(view, u"HIPAA"_s, u"164.312(d)"_s);
        QVERIFY(mfa);
        view.controls()->setCurrentItem(mfa);
        // The remediation is there to read; applying it is not.
        QVERIFY(view.detail()->toPlainText().contains(
            u"set configuration.security.mfa_config.required to true"_s));
        QVERIFY(view.readOnlyNote()->isVisible());
        QVERIFY(!view.fixButton()->isEnabled());
        QVERIFY(view.fixButton()->toolTip().contains(u"support staff and admins"_s));
        view.fixSelected(); // refused in the view, and in the core behind it
        QVERIFY(!view.isFixing());
        ConfigChangeRequest change;
        change.tenantId = u"acme"_s;
        change.set = {{u"configuration.security.mfa_config.required"_s, true}};
        change.reason = u"try"_s;
        auto m = openManager(file.url(), u"carol"_s, m_clock);
        QVERIFY(m);
        auto refused = m->applyConfiguration(change);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    }

    // Shown before the database is open (the console starting on this view): it checks the
    // fleet once the database opens.
    void loadsWhenOpenedWhileShown()
    {
        SqliteFile file;
        QVERIFY(seed(file));
        TenantService service(catalog());
        Ui::ComplianceView view(service);
        view.resize(1300, 800);
        view.show();
        QVERIFY(!view.isLoading());
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(openService(service, file.url(), u"alice"_s));
        QTRY_VERIFY(!view.isLoading() && view.model()->rowCount() == 2);
        QCOMPARE(view.selectedTenant(), u"acme"_s); // the first row, its controls shown
        QVERIFY(view.controls()->topLevelItemCount() == 7);
    }

    void cancelStopsTheMatrix()
    {
        SqliteFile file;
        qint64 live = 0; // the tenants the matrix checks: all but purged ones
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m);
            QVERIFY(m->generateSampleFleet(600, 7));
            auto row = m->database().readRow(
                u"SELECT count(*) FROM tenants WHERE status <> 'deleted'"_s);
            QVERIFY(row && !row->isEmpty());
            live = row->at(0).toLongLong();
            QVERIFY(live > 500);
        }
        TenantService service(catalog());
        QVERIFY(openService(service, file.url(), u"alice"_s));
        Ui::ComplianceView view(service);
        view.resize(1300, 800);
        // Cancel as soon as the first progress arrives: the matrix stops, nothing shown.
        QSignalSpy progress(&service, &TenantService::complianceProgress);
        connect(
            &service, &TenantService::complianceProgress, &view, [&view] { view.cancel(); },
            Qt::SingleShotConnection);
        view.show();
        QTRY_VERIFY(!view.isLoading());
        QVERIFY(progress.count() >= 1);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY2(view.findChild<QLabel *>(u"complianceSummary"_s)->text().contains(u"Stopped"_s),
                 qPrintable(view.findChild<QLabel *>(u"complianceSummary"_s)->text()));
        QVERIFY(!view.progress()->isVisible());
        // Refresh runs it whole.
        view.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 60000);
        QCOMPARE(view.model()->rowCount(), live);
    }
};

QTEST_MAIN(tst_ComplianceView)
#include "tst_complianceview.moc"
