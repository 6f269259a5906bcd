// The tier comparison on the offscreen platform, over the shipped catalog: four tiers with the
// DOMAIN.md values formatted for people, the cells that differ from the tier to their left
// marked and highlighted from the palette, and CSV/PDF export through the actions (answered
// ahead of time through Prompts), including a file that cannot be written.
#include "TestSupport.h"
#include "models/TierComparisonModel.h"
#include "views/TiersView.h"
#include "widgets/Prompts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QLocale>
#include <QPalette>
#include <QPointer>
#include <QPrintDialog>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;
using Tenancy::Ui::Prompts;
using Tenancy::Ui::TierComparisonModel;
using Tenancy::Ui::TiersView;

namespace {

// Splits RFC 4180 text into records of fields (quoted fields may hold commas and quotes).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(std::exchange(field, QString()));
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(std::exchange(field, QString()));
            records.append(std::exchange(record, QStringList()));
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records.append(record << field);
    return records;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class tst_TiersView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsFourTiersSideBySide()
    {
        TiersView view(catalog());
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        auto *table = view.findChild<QTableView *>(u"tierTable"_s);
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QVERIFY(!table->accessibleName().isEmpty());
        QCOMPARE(table->model(), view.model());
        QCOMPARE(table->model()->columnCount(), 4);
        QCOMPARE(table->model()->rowCount(), int(TierComparisonModel::AttributeCount));
        const QStringList tiers {u"Free"_s, u"Professional"_s, u"Enterprise"_s, u"Custom"_s};
        for (int column = 0; column < tiers.size(); ++column)
            QCOMPARE(table->model()->headerData(column, Qt::Horizontal).toString(),
                     tiers.at(column));
        QCOMPARE(table->model()->headerData(0, Qt::Vertical).toString(), u"Users"_s);
        QCOMPARE(
            table->model()->headerData(TierComparisonModel::MonthlyPrice, Qt::Vertical).toString(),
            u"Monthly list price"_s);
        // Every tier is readable without scrolling sideways at a common window width.
        for (int column = 0; column < tiers.size(); ++column)
            QVERIFY(table->columnViewportPosition(column) + table->columnWidth(column)
                    <= table->viewport()->width());
    }

    void showsCatalogValues_data()
    {
        QTest::addColumn<int>("attribute");
        QTest::addColumn<QStringList>("expected"); // Free, Professional, Enterprise, Custom

        using M = TierComparisonModel;
        QTest::newRow("users") << int(M::Users)
                               << QStringList {u"5"_s, u"100"_s, u"10,000"_s, u"Unlimited"_s};
        QTest::newRow("storage") << int(
            M::Storage) << QStringList {u"1 GB"_s, u"100 GB"_s, u"10 TB"_s, u"Unlimited"_s};
        QTest::newRow("ai sessions")
            << int(M::AiSessions)
            << QStringList {u"50"_s, u"5,000"_s, u"Unlimited"_s, u"Unlimited"_s};
        QTest::newRow("api requests")
            << int(M::ApiRequests)
            << QStringList {u"100"_s, u"10,000"_s, u"1,000,000"_s, u"Unlimited"_s};
        QTest::newRow("custom integrations")
            << int(M::CustomIntegrations)
            << QStringList {u"1"_s, u"25"_s, u"Unlimited"_s, u"Unlimited"_s};
        QTest::newRow("support level")
            << int(M::SupportLevel)
            << QStringList {u"Community"_s, u"Business"_s, u"Premium"_s, u"White glove"_s};
        QTest::newRow("sla") << int(M::Sla)
                             << QStringList {u"99%"_s, u"99.5%"_s, u"99.9%"_s, u"99.99%"_s};
        QTest::newRow("infrastructure")
            << int(M::Infrastructure)
            << QStringList {u"Shared"_s, u"Shared"_s, u"Dedicated"_s, u"Dedicated cluster"_s};
        QTest::newRow("default isolation")
            << int(M::DefaultIsolation)
            << QStringList {u"Shared tables"_s, u"Schema per tenant"_s, u"Database per tenant"_s,
                            u"Cluster per tenant"_s};
        // Money::toDisplayString does not group thousands.
        QTest::newRow("monthly price")
            << int(M::MonthlyPrice)
            << QStringList {u"0.00 USD"_s, u"299.00 USD"_s, u"2499.00 USD"_s, u"Quote"_s};
        QTest::newRow("overage") << int(M::Overage)
                                 << QStringList {u"None: limits enforced"_s, u"Priced: 4 metrics"_s,
                                                 u"Priced: 3 metrics"_s, u"Quote"_s};
    }

    void showsCatalogValues()
    {
        QFETCH(int, attribute);
        QFETCH(QStringList, expected);
        TiersView view(catalog());
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        auto *table = view.findChild<QTableView *>(u"tierTable"_s);
        QVERIFY(table);
        QStringList shown;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            shown.append(table->model()->index(attribute, column).data().toString());
        QCOMPARE(shown, expected);
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            const QModelIndex index = table->model()->index(attribute, column);
            const QString accessible = index.data(Qt::AccessibleTextRole).toString();
            QVERIFY2(accessible.contains(expected.at(column)), qPrintable(accessible));
            QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
        }
    }

    void marksDifferencesFromThePreviousTier_data()
    {
        QTest::addColumn<int>("attribute");
        QTest::addColumn<QList<bool>>("differs");

        using M = TierComparisonModel;
        QTest::newRow("users") << int(M::Users) << QList<bool> {false, true, true, true};
        QTest::newRow("ai sessions")
            << int(M::AiSessions) << QList<bool> {false, true, true, false};
        QTest::newRow("custom integrations")
            << int(M::CustomIntegrations) << QList<bool> {false, true, true, false};
        QTest::newRow("support level")
            << int(M::SupportLevel) << QList<bool> {false, true, true, true};
        QTest::newRow("infrastructure")
            << int(M::Infrastructure) << QList<bool> {false, false, true, true};
        QTest::newRow("monthly price")
            << int(M::MonthlyPrice) << QList<bool> {false, true, true, true};
    }

    void marksDifferencesFromThePreviousTier()
    {
        QFETCH(int, attribute);
        QFETCH(QList<bool>, differs);
        TiersView view(catalog());
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QAbstractItemModel *model = view.model();
        QList<bool> marked;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(attribute, column);
            const bool cellDiffers = index.data(TierComparisonModel::DiffersRole).toBool();
            marked.append(cellDiffers);
            // Highlighted exactly where it differs: a tinted background and a bold font.
            QCOMPARE(index.data(Qt::BackgroundRole).isValid(), cellDiffers);
            QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), cellDiffers);
        }
        QCOMPARE(marked, differs);
    }

    void highlightFollowsThePalette()
    {
        const QPalette original = QGuiApplication::palette();
        TiersView view(catalog());
        const QModelIndex differing = view.model()->index(TierComparisonModel::Users, 1);
        for (const auto &[base, highlight, text] :
             {std::tuple {QColor(255, 255, 255), QColor(48, 140, 198), QColor(0, 0, 0)},
              std::tuple {QColor(30, 30, 30), QColor(42, 130, 218), QColor(230, 230, 230)}}) {
            QPalette palette = original;
            palette.setColor(QPalette::Base, base);
            palette.setColor(QPalette::Highlight, highlight);
            palette.setColor(QPalette::Text, text);
            QApplication::setPalette(palette);
            const auto background = differing.data(Qt::BackgroundRole).value<QColor>();
            QVERIFY(background.isValid());
            QVERIFY(background != base);
            // A tint over the base: still on the base's side of the text colour, so it reads.
            QCOMPARE(background.lightness() > text.lightness(),
                     base.lightness() > text.lightness());
        }
        QApplication::setPalette(original);
    }

    void tooltipsGiveExactValues()
    {
        TiersView view(catalog());
        const QAbstractItemModel *model = view.model();
        const QString storage
            = model->index(TierComparisonModel::Storage, 2).data(Qt::ToolTipRole).toString();
        QVERIFY2(storage.contains(u"10,000,000,000,000 bytes"_s), qPrintable(storage));
        const QString unlimited
            = model->index(TierComparisonModel::Storage, 3).data(Qt::ToolTipRole).toString();
        QVERIFY(!unlimited.contains(u"-1"_s));
        QVERIFY(model->headerData(TierComparisonModel::Storage, Qt::Vertical, Qt::ToolTipRole)
                    .toString()
                    .contains(u"1 GB = 10⁹ bytes"_s));
    }

    void offersItsActions()
    {
        TiersView view(catalog());
        QStringList names;
        for (const QAction *action : view.actions())
            names.append(action->objectName());
        QCOMPARE(names,
                 (QStringList {u"previewForTenantAction"_s, u"exportCsvAction"_s,
                               u"exportPdfAction"_s, u"printAction"_s}));
        QCOMPARE(view.exportCsvAction(), view.findChild<QAction *>(u"exportCsvAction"_s));
        QCOMPARE(view.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        for (const QAction *action : view.actions())
            QVERIFY(action->text().endsWith(u"…"_s));
    }

    // The overage prices in full where the pointer rests.
    void overagePricesInTheToolTip()
    {
        TiersView view(catalog());
        const QString professional
            = view.model()->index(TierComparisonModel::Overage, 1).data(Qt::ToolTipRole).toString();
        QVERIFY2(professional.contains(u"8.00 USD per extra user"_s)
                     && professional.contains(u"0.25 USD per 1 GB storage"_s)
                     && professional.contains(u"0.40 USD per 10,000 API calls"_s),
                 qPrintable(professional));
    }

    // "Preview for a Tenant…" asks for the preview of the current column's tier.
    void asksForAPreviewOfTheCurrentTier()
    {
        TiersView view(catalog());
        QSignalSpy asked(&view, &TiersView::previewRequested);
        auto *table = view.findChild<QTableView *>(u"tierTable"_s);
        table->setCurrentIndex(table->model()->index(0, 2));
        QCOMPARE(view.currentTier(), u"enterprise"_s);
        view.previewAction()->trigger();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toString(), u"enterprise"_s);
    }

    void exportsCsvThroughTheAction()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"tiers.csv"_s);
        TiersView view(catalog());
        view.show();
        Prompts::setNextFileName(path);
        view.findChild<QAction *>(u"exportCsvAction"_s)->trigger();

        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("Attribute,Free,Professional,Enterprise,Custom\r\n"));
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(records.size(), 1 + int(TierComparisonModel::AttributeCount));
        for (const QStringList &record : records)
            QCOMPARE(record.size(), 5);
        QCOMPARE(records.at(1),
                 (QStringList {u"Users"_s, u"5"_s, u"100"_s, u"10,000"_s, u"Unlimited"_s}));
        // Grouped numbers hold a comma, so they are quoted.
        QVERIFY(bytes.contains(",\"10,000\","));
        QCOMPARE(records.at(1 + TierComparisonModel::Storage).at(3), u"10 TB"_s);
        QCOMPARE(records.at(1 + TierComparisonModel::Sla).at(4), u"99.99%"_s);
        QCOMPARE(records.at(1 + TierComparisonModel::MonthlyPrice),
                 (QStringList {u"Monthly list price"_s, u"0.00 USD"_s, u"299.00 USD"_s,
                               u"2499.00 USD"_s, u"Quote"_s}));
    }

    void cancellingTheExportWritesNothing()
    {
        QTemporaryDir dir;
        TiersView view(catalog());
        Prompts::setNextFileName(QString());
        view.exportCsvAction()->trigger();
        Prompts::setNextFileName(QString());
        view.exportPdfAction()->trigger();
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void exportsPdfThroughTheAction()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"tiers.pdf"_s);
        TiersView view(catalog());
        Prompts::setNextFileName(path);
        view.findChild<QAction *>(u"exportPdfAction"_s)->trigger();
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 1000);
        QVERIFY(bytes.startsWith("%PDF"));
    }

    void reportsAFileThatCannotBeWritten_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("csv") << u"exportCsvAction"_s;
        QTest::newRow("pdf") << u"exportPdfAction"_s;
    }

    void reportsAFileThatCannotBeWritten()
    {
        QFETCH(QString, action);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A folder where the file should go.
        const QString path = dir.filePath(u"taken"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"taken"_s));
        TiersView view(catalog());
        Prompts::setNextFileName(path);
        Prompts::setNextAnswer(QMessageBox::Ok); // the warning is answered, not shown
        view.findChild<QAction *>(action)->trigger();
        const QString message = Prompts::lastMessage();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY(QFileInfo(path).isDir());

        QString error;
        QVERIFY(!view.exportCsv(path, &error));
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!view.exportPdf(path, &error));
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
    }

    void printOpensThePrintDialog()
    {
        TiersView view(catalog());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.printAction()->trigger();
        QPointer<QPrintDialog> dialog = view.findChild<QPrintDialog *>(u"printDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }
};

QTEST_MAIN(tst_TiersView)
#include "tst_tiersview.moc"
