// Preview Tier Change… on the offscreen platform over a real SQLite file: the deltas and the
// price laid out, the target, policy and custom price followed (a bad price refused next to its
// field), usage that would be over after a downgrade marked, the quote exported as a PDF, and
// Apply… for support and admin only.
#include "TenantService.h"
#include "TestSupport.h"
#include "dialogs/UpgradePreviewDialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_UpgradePreviewDialog : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime::currentDateTimeUtc()};
    QTemporaryDir m_dir;

    static void choose(QComboBox *box, const QString &data)
    {
        const int i = box->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        box->setCurrentIndex(i);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void previewsExportsAndApplies()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m);
            QString error;
            QVERIFY2(createActive(*m,
                                  {u"globex"_s,
                                   u"Globex"_s,
                                   u"professional"_s,
                                   u"it@globex.example"_s,
                                   u"eu-west-1"_s,
                                   {},
                                   {}},
                                  &error),
                     qPrintable(error));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const QByteArray csv = "tenant_id,metric,timestamp,value\nglobex,users,"
                + usageTimeText(now - 3'600'000).toUtf8() + ",50\n";
            QVERIFY(m->importUsage(csv, u"globex.csv"_s, false));
            QVERIFY(m->addOperator(u"sam"_s, OperatorRole::Sales));
        }
        TenantService service(catalog());
        QSignalSpy opened(&service, &TenantService::opened);
        service.open(file.url(), {}, u"alice"_s);
        QVERIFY(opened.wait(10000));

        Ui::UpgradePreviewDialog dialog(service, u"globex"_s, u"professional"_s, u"enterprise"_s);
        dialog.show();
        QCOMPARE(dialog.tier(), u"enterprise"_s);
        QTRY_VERIFY(!dialog.isLoading() && !dialog.preview().tenantId.isEmpty());
        QCOMPARE(dialog.preview().direction, u"upgrade"_s);
        QCOMPARE(dialog.preview().policy, ChangePolicy::Immediate);
        QString text = dialog.details()->toPlainText();
        for (const QString &needle :
             {u"Professional → Enterprise"_s, u"Users"_s, u"10,000"_s, u"299.00 USD a month"_s,
              u"2499.00 USD a month"_s, u"Due now"_s, u"Next invoice"_s, u"by the second"_s})
            QVERIFY2(text.contains(needle), qPrintable(needle + u" not in:\n"_s + text));
        QVERIFY(!dialog.priceEdit()->isEnabled()); // only for the custom tier
        QVERIFY(dialog.applyButton()->isEnabled()); // alice is admin
        QVERIFY(dialog.exportButton()->isEnabled());

        // At the end of the term: nothing due now.
        choose(dialog.policyBox(), u"end_of_term"_s);
        QTRY_VERIFY(!dialog.isLoading() && dialog.preview().policy == ChangePolicy::EndOfTerm);
        QCOMPARE(dialog.preview().proration.dueNowMinor, 0);

        // Down to free: the 50 users would be over its 5.
        choose(dialog.tierBox(), u"free"_s);
        QTRY_VERIFY(!dialog.isLoading() && dialog.preview().toTier == u"free"_s);
        QCOMPARE(dialog.preview().direction, u"downgrade"_s);
        text = dialog.details()->toPlainText();
        QVERIFY2(text.contains(u"50 (over)"_s), qPrintable(text));

        // Custom: the agreed price, checked next to its field.
        choose(dialog.tierBox(), u"custom"_s);
        QTRY_VERIFY(!dialog.isLoading() && dialog.preview().toTier == u"custom"_s);
        QVERIFY(dialog.priceEdit()->isEnabled());
        QVERIFY(!dialog.preview().toTerms.monthlyMinor);
        QVERIFY(dialog.details()->toPlainText().contains(u"priced by quote"_s));
        dialog.priceEdit()->setText(u"lots"_s);
        auto *priceError = dialog.findChild<QLabel *>(u"previewPriceError"_s);
        QVERIFY(priceError->isVisible());
        QVERIFY2(priceError->text().contains(u"5000.50"_s), qPrintable(priceError->text()));
        dialog.priceEdit()->setText(u"5000.5"_s);
        QVERIFY(!priceError->isVisible());
        QTRY_VERIFY(!dialog.isLoading() && dialog.preview().toTerms.monthlyMinor == 500050);

        // The quote, written on the worker.
        QSignalSpy written(&service, &TenantService::quoteWritten);
        const QString pdf = m_dir.filePath(u"quote.pdf"_s);
        dialog.exportQuote(pdf);
        QVERIFY(written.wait(20000));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        auto *message = dialog.findChild<QLabel *>(u"previewMessage"_s);
        QVERIFY2(message->text().contains(u"written to"_s), qPrintable(message->text()));

        // Apply… answers with the tier chosen.
        choose(dialog.tierBox(), u"enterprise"_s);
        QTRY_VERIFY(!dialog.isLoading() && dialog.applyButton()->isEnabled());
        dialog.applyButton()->click();
        QCOMPARE(dialog.result(), int(Ui::UpgradePreviewDialog::ApplyRequested));
        QCOMPARE(dialog.tier(), u"enterprise"_s);
    }

    void salesMayPreviewNotApply()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QString error;
            QVERIFY2(
                createActive(
                    *m,
                    {u"acme"_s, u"Acme"_s, u"free"_s, u"it@acme.example"_s, u"eu-west-1"_s, {}, {}},
                    &error),
                qPrintable(error));
            QVERIFY(m->addOperator(u"sam"_s, OperatorRole::Sales));
        }
        TenantService service(catalog());
        QSignalSpy opened(&service, &TenantService::opened);
        service.open(file.url(), {}, u"sam"_s);
        QVERIFY(opened.wait(10000));
        Ui::UpgradePreviewDialog dialog(service, u"acme"_s, u"free"_s, u"professional"_s);
        dialog.show();
        QTRY_VERIFY(!dialog.isLoading() && !dialog.preview().tenantId.isEmpty());
        QVERIFY(dialog.exportButton()->isEnabled());
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY2(dialog.applyButton()->toolTip().contains(u"Needs"_s),
                 qPrintable(dialog.applyButton()->toolTip()));
    }
};

QTEST_MAIN(tst_UpgradePreviewDialog)
#include "tst_upgradepreviewdialog.moc"
