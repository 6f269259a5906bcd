#pragma once

#include <QList>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QAction;
class QLabel;
class QPagedPaintDevice;
class QPrinter;
class QTableView;

namespace Tenancy {
class Catalog;
}

namespace Tenancy::Ui {

class TierComparisonModel;

// The tiers side by side (Free, Professional, Enterprise, Custom): every limit, support level,
// SLA, infrastructure, isolation and list price, with the cells that differ from the tier to
// their left highlighted. Exports to CSV and PDF and prints; the actions are also in
// QWidget::actions() so the main window can put them in its menus.
class TiersView : public QWidget
{
    Q_OBJECT

public:
    explicit TiersView(std::shared_ptr<const Catalog> catalog, QWidget *parent = nullptr);
    ~TiersView() override;

    QAbstractItemModel *model() const;

    // "Export CSV…", "Export PDF…" and "Print…" (the same three that actions() returns).
    QAction *exportCsvAction() const { return m_exportCsvAction; }
    QAction *exportPdfAction() const { return m_exportPdfAction; }
    QAction *printAction() const { return m_printAction; }
    // "Preview for a Tenant…": asks the main window (previewRequested) to preview moving a
    // tenant to the tier of the current column.
    QAction *previewAction() const { return m_previewAction; }
    // The tier of the current column (empty when no cell is current).
    QString currentTier() const;

    // Writes the comparison as RFC 4180 CSV in UTF-8 (a header row, then one line per attribute)
    // to path, replacing it only once complete. On failure, error says which file and why.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // Writes the comparison as a PDF document to path; on failure, error says which file and why.
    bool exportPdf(const QString &path, QString *error = nullptr) const;
    // Renders the comparison, paginated, on a printer or PDF writer.
    void render(QPagedPaintDevice *device) const;

    // The comparison as CSV text and as the HTML document that is printed.
    QString toCsv() const;
    QString toHtml() const;

Q_SIGNALS:
    void previewRequested(const QString &tier);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitTableHeight();
    void chooseCsvFile();
    void choosePdfFile();
    void openPrintDialog();

    std::shared_ptr<const Catalog> m_catalog;
    TierComparisonModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_caption = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_previewAction = nullptr;
    std::unique_ptr<QPrinter> m_printer; // kept, so a second print starts from the first's settings
};

} // namespace Tenancy::Ui
