// A tenant's AI tab on the offscreen platform over a real SQLite file: the model access matrix
// with inherited/overridden markers and Reset to tier, rate limits bounded by the tier, content
// filter thresholds, a tier-forbidden model refused at its row, undo, and Apply.
#include "TenantService.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/ConfigDiffDialog.h"
#include "views/TenantAiView.h"
#include "views/TenantConfigurationView.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_AiView : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC)};
    SqliteFile m_file;
    std::unique_ptr<TenantService> m_service;
    std::unique_ptr<Ui::TenantConfigurationView> m_configuration;
    std::unique_ptr<Ui::TenantAiView> m_view;

    // Applies the pending edits with a reason, through the diff dialog.
    bool applyNow(const QString &reason)
    {
        whenDialog<Ui::ConfigDiffDialog>(this, [reason](Ui::ConfigDiffDialog *d) {
            d->setReason(reason);
            d->accept();
        });
        QSignalSpy changed(m_configuration.get(), &Ui::TenantConfigurationView::changed);
        QSignalSpy loaded(m_configuration.get(), &Ui::TenantConfigurationView::loaded);
        m_view->applyButton()->click();
        return changed.wait(10000) && (loaded.count() > 0 || loaded.wait(10000));
    }

    QTableWidgetItem *cell(const QString &model, int column)
    {
        for (int row = 0; row < m_view->models()->rowCount(); ++row) {
            if (m_view->models()->item(row, 0)->text() == model)
                return m_view->models()->item(row, column);
        }
        qFatal("no row %s", qPrintable(model));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        {
            auto m = openManager(m_file.url(), u"alice"_s, m_clock);
            QVERIFY(m);
            QVERIFY(m->create(
                {u"tiny"_s, u"Tiny"_s, u"free"_s, u"it@tiny.example"_s, u"eu-west-1"_s, {}, {}}));
        }
        m_service = std::make_unique<TenantService>(catalog());
        QSignalSpy opened(m_service.get(), &TenantService::opened);
        m_service->open(m_file.url(), {}, u"alice"_s);
        QVERIFY(opened.wait(10000));
        m_configuration = std::make_unique<Ui::TenantConfigurationView>(*m_service, u"tiny"_s);
        m_view = std::make_unique<Ui::TenantAiView>(*m_service, *m_configuration);
        QSignalSpy loaded(m_configuration.get(), &Ui::TenantConfigurationView::loaded);
        m_configuration->refresh();
        QVERIFY(loaded.wait(10000));
        m_view->resize(900, 900);
        m_view->show();
    }

    void showsTheTierAndItsBounds()
    {
        QCOMPARE(cell(u"claude-3"_s, 1)->checkState(), Qt::Checked);
        QCOMPARE(cell(u"claude-3"_s, 2)->text(), u"inherited"_s);
        QCOMPARE(cell(u"custom_models"_s, 3)->text(), u"no"_s);
        QCOMPARE(m_view->rateLimit(u"requests_per_minute"_s)->value(), 60);
        QCOMPARE(m_view->rateLimit(u"requests_per_minute"_s)->maximum(), 60); // the free tier's
        QCOMPARE(m_view->threshold(u"self_harm"_s, u"output"_s)->currentText(), u"low"_s);
        QVERIFY(!m_view->applyButton()->isEnabled());
        QVERIFY(!m_view->models()->cellWidget(1, 4)->isEnabled()); // nothing of its own to reset
    }

    void aForbiddenModelIsRefusedAtItsRow()
    {
        cell(u"custom_models"_s, 1)->setCheckState(Qt::Checked);
        auto *problem = m_view->findChild<QLabel *>(u"modelProblem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"Professional tier or above"_s),
                 qPrintable(problem->text()));
        QVERIFY(!m_view->applyButton()->isEnabled());
        m_view->undoStack()->undo();
        QCOMPARE(cell(u"custom_models"_s, 1)->checkState(), Qt::Unchecked);
        QVERIFY(!problem->isVisible());
        QVERIFY(m_view->edits().isEmpty());
    }

    void overrideThenResetToTier()
    {
        cell(u"gpt-4"_s, 1)->setCheckState(Qt::Checked);
        m_view->threshold(u"hate"_s, u"input"_s)
            ->setCurrentIndex(m_view->threshold(u"hate"_s, u"input"_s)->findData(u"low"_s));
        m_view->rateLimit(u"requests_per_minute"_s)->setValue(30);
        QCOMPARE(m_view->edits().size(), 3);
        QCOMPARE(cell(u"gpt-4"_s, 2)->text(), u"edited (not applied)"_s);
        QVERIFY(m_view->applyButton()->isEnabled());
        QVERIFY(applyNow(u"pilot"_s));
        QTRY_COMPARE(cell(u"gpt-4"_s, 2)->text(), u"edited"_s); // the console's edit layer
        QCOMPARE(m_view->threshold(u"hate"_s, u"input"_s)->currentText(), u"low"_s);
        QCOMPARE(m_view->rateLimit(u"requests_per_minute"_s)->value(), 30);
        // Reset to tier: the tier's value applies again.
        auto *reset = m_view->findChild<QPushButton *>(u"reset_gpt-4"_s);
        QVERIFY(reset->isEnabled());
        reset->click();
        QCOMPARE(cell(u"gpt-4"_s, 2)->text(), u"reset to tier (not applied)"_s);
        QVERIFY(applyNow(u"back to the tier"_s));
        QTRY_COMPARE(cell(u"gpt-4"_s, 1)->checkState(), Qt::Unchecked);
        QCOMPARE(cell(u"gpt-4"_s, 2)->text(), u"inherited"_s);
        auto m = openManager(m_file.url(), u"alice"_s, m_clock);
        auto history = m->configurationHistory(u"tiny"_s);
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->last().reason, u"back to the tier"_s);
    }
};

QTEST_MAIN(tst_AiView)
#include "tst_aiview.moc"
