// The Recommendations view on the offscreen platform over a real SQLite file: a free tenant at
// its user limit most days is shown the professional tier with the evidence, and "Preview…"
// opens that change's preview (without Apply…: the upgrade flow is the tenant's).
#include "TenantService.h"
#include "TestSupport.h"
#include "dialogs/UpgradePreviewDialog.h"
#include "views/RecommendationsView.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_RecommendationsView : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime::currentDateTimeUtc()};

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void listsAndPreviews()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m);
            QString error;
            QVERIFY2(
                createActive(
                    *m,
                    {u"acme"_s, u"Acme"_s, u"free"_s, u"it@acme.example"_s, u"eu-west-1"_s, {}, {}},
                    &error),
                qPrintable(error));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QByteArray csv = "tenant_id,metric,timestamp,value\n";
            for (int d = 30; d >= 1; --d)
                csv += "acme,users," + usageTimeText(now - d * 86'400'000LL).toUtf8() + ",6\n";
            QVERIFY(m->importUsage(csv, u"acme.csv"_s, false));
        }
        TenantService service(catalog());
        QSignalSpy opened(&service, &TenantService::opened);
        service.open(file.url(), {}, u"alice"_s);
        QVERIFY(opened.wait(10000));
        Ui::RecommendationsView view(service);
        view.resize(900, 600);
        view.show();
        QTRY_COMPARE(view.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *item = view.list()->topLevelItem(0);
        QCOMPARE(item->text(0), u"acme"_s);
        QCOMPARE(item->text(1), u"free"_s);
        QCOMPARE(item->text(2), u"professional"_s);
        QCOMPARE(item->text(3), u"Upgrade"_s);
        QVERIFY(item->childCount() >= 1);
        QVERIFY2(item->child(0)->text(0).contains(u"at or over its limit of 5 on 30 of 30 days"_s),
                 qPrintable(item->child(0)->text(0)));
        QVERIFY(!view.previewButton()->isEnabled());
        view.list()->setCurrentItem(item->child(0)); // the evidence leads to its tenant too
        QVERIFY(view.previewButton()->isEnabled());
        view.previewSelected();
        Ui::UpgradePreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view.findChild<Ui::UpgradePreviewDialog *>()) != nullptr);
        QCOMPARE(dialog->tier(), u"professional"_s);
        QVERIFY(!dialog->applyButton()->isVisible());
        QTRY_VERIFY(!dialog->isLoading() && dialog->preview().toTier == u"professional"_s);
        dialog->close();
    }
};

QTEST_MAIN(tst_RecommendationsView)
#include "tst_recommendationsview.moc"
