#include "TiersView.h"

#include "model/Catalog.h"
#include "models/TierComparisonModel.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QBoxLayout>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString csvLine(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(csvField(field));
    return escaped.join(u',') + u"\r\n"_s;
}

QToolButton *buttonFor(QAction *action, const QString &objectName)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(objectName);
    button->setAccessibleName(action->toolTip());
    return button;
}

} // namespace

TiersView::TiersView(std::shared_ptr<const Catalog> catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(std::move(catalog))
{
    m_model = new TierComparisonModel(m_catalog, this);

    m_exportCsvAction = new QAction(tr("Export &CSV…"), this);
    m_exportCsvAction->setObjectName(u"exportCsvAction"_s);
    m_exportCsvAction->setToolTip(tr("Export the tier comparison as CSV"));
    m_exportCsvAction->setStatusTip(m_exportCsvAction->toolTip());
    m_exportPdfAction = new QAction(tr("Export P&DF…"), this);
    m_exportPdfAction->setObjectName(u"exportPdfAction"_s);
    m_exportPdfAction->setToolTip(tr("Export the tier comparison as PDF"));
    m_exportPdfAction->setStatusTip(m_exportPdfAction->toolTip());
    m_printAction = new QAction(tr("&Print…"), this);
    m_printAction->setObjectName(u"printAction"_s);
    m_printAction->setToolTip(tr("Print the tier comparison"));
    m_printAction->setStatusTip(m_printAction->toolTip());
    m_printAction->setShortcut(QKeySequence::Print);
    m_previewAction = new QAction(tr("Pre&view for a Tenant…"), this);
    m_previewAction->setObjectName(u"previewForTenantAction"_s);
    m_previewAction->setToolTip(tr("What moving a tenant to the selected tier would mean: "
                                   "limits, usage, price, proration; export a quote"));
    m_previewAction->setStatusTip(m_previewAction->toolTip());
    const QList<QAction *> viewActions {m_previewAction, m_exportCsvAction, m_exportPdfAction,
                                        m_printAction};
    for (QAction *action : viewActions)
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions(viewActions);
    connect(m_exportCsvAction, &QAction::triggered, this, &TiersView::chooseCsvFile);
    connect(m_exportPdfAction, &QAction::triggered, this, &TiersView::choosePdfFile);
    connect(m_printAction, &QAction::triggered, this, &TiersView::openPrintDialog);
    connect(m_previewAction, &QAction::triggered, this,
            [this] { Q_EMIT previewRequested(currentTier()); });

    m_caption = new QLabel(
        tr("Limits, service levels and monthly list prices of each tier, in %1. Highlighted "
           "cells differ from the tier to their left. Storage is in decimal units: 1 GB = 10⁹ "
           "bytes.")
            .arg(m_catalog->currency()));
    m_caption->setObjectName(u"tierCaption"_s);
    m_caption->setWordWrap(true);

    m_table = new QTableView;
    m_table->setObjectName(u"tierTable"_s);
    m_table->setAccessibleName(tr("Tier comparison"));
    m_table->setAccessibleDescription(m_caption->text());
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // As tall as its ten rows, no taller: the space below stays empty instead of the grid.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    // Ten rows and a handful of columns: measuring every cell once is cheap.
    // Then the tiers share the width equally, none narrower than the widest needs.
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    int widest = header->minimumSectionSize();
    for (int column = 0; column < header->count(); ++column)
        widest = qMax(widest, header->sectionSize(column));
    header->setMinimumSectionSize(widest);
    header->setSectionResizeMode(QHeaderView::Stretch);
    fitTableHeight();
    connect(m_table->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
            &TiersView::fitTableHeight);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_caption, 1);
    buttons->addWidget(buttonFor(m_previewAction, u"previewForTenantButton"_s));
    buttons->addWidget(buttonFor(m_exportCsvAction, u"exportCsvButton"_s));
    buttons->addWidget(buttonFor(m_exportPdfAction, u"exportPdfButton"_s));
    buttons->addWidget(buttonFor(m_printAction, u"printButton"_s));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    layout->addStretch(1);
}

QString TiersView::currentTier() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.column() >= m_catalog->tiers().size())
        return {};
    return m_catalog->tiers().at(current.column()).name;
}

void TiersView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitTableHeight();
}

void TiersView::fitTableHeight()
{
    // QTableView's own size hint counts the header twice; the rows, one header and, in a narrow
    // window, the horizontal scroll bar are enough.
    const QScrollBar *scrollBar = m_table->horizontalScrollBar();
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + m_table->verticalHeader()->length() + 2 * m_table->frameWidth()
                              + (scrollBar->maximum() > 0 ? scrollBar->sizeHint().height() : 0));
}

TiersView::~TiersView() = default;

QAbstractItemModel *TiersView::model() const
{
    return m_model;
}

QString TiersView::toCsv() const
{
    QStringList header {tr("Attribute")};
    for (int column = 0; column < m_model->columnCount(); ++column)
        header.append(m_model->headerData(column, Qt::Horizontal).toString());
    QString csv = csvLine(header);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList fields {m_model->headerData(row, Qt::Vertical).toString()};
        for (int column = 0; column < m_model->columnCount(); ++column)
            fields.append(m_model->index(row, column).data().toString());
        csv += csvLine(fields);
    }
    return csv;
}

QString TiersView::toHtml() const
{
    // Paper is white whatever the screen's palette, so differing cells are tinted over white
    // (and bold, which survives black-and-white printers).
    const QString tint = TierComparisonModel::differenceColor(QColor(Qt::white)).name();
    QString html = u"<html><body><h2>"_s + tr("Tier comparison").toHtmlEscaped() + u"</h2><p>"_s
        + m_caption->text().toHtmlEscaped()
        + u"</p><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
          "style=\"border-collapse: collapse\"><thead><tr><th align=\"left\">"_s
        + tr("Attribute").toHtmlEscaped() + u"</th>"_s;
    for (int column = 0; column < m_model->columnCount(); ++column)
        html += u"<th>"_s + m_model->headerData(column, Qt::Horizontal).toString().toHtmlEscaped()
            + u"</th>"_s;
    html += u"</tr></thead><tbody>"_s;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        html += u"<tr><th align=\"left\">"_s
            + m_model->headerData(row, Qt::Vertical).toString().toHtmlEscaped() + u"</th>"_s;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            const QString text = index.data().toString().toHtmlEscaped();
            if (index.data(TierComparisonModel::DiffersRole).toBool())
                html += u"<td align=\"center\" bgcolor=\""_s + tint + u"\"><b>"_s + text
                    + u"</b></td>"_s;
            else
                html += u"<td align=\"center\">"_s + text + u"</td>"_s;
        }
        html += u"</tr>"_s;
    }
    return html + u"</tbody></table></body></html>"_s;
}

void TiersView::render(QPagedPaintDevice *device) const
{
    QTextDocument document;
    document.setHtml(toHtml());
    document.print(device);
}

bool TiersView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(toCsv().toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error
            = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

bool TiersView::exportPdf(const QString &path, QString *error) const
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    // QPrinter says nothing when it cannot open its output file, so find out first.
    if (QFileInfo(path).isDir())
        return fail(tr("it is a folder"));
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return fail(probe.errorString());
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(tr("Tier comparison"));
    printer.setCreator(tr("Tenancy Console"));
    render(&printer);
    if (QFileInfo(path).size() == 0) {
        QFile::remove(path);
        return fail(tr("nothing was written"));
    }
    return true;
}

void TiersView::chooseCsvFile()
{
    const QString path
        = Prompts::saveFileName(this, tr("Export tier comparison as CSV"),
                                tr("tier-comparison.csv"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        Prompts::warning(this, tr("Export failed"), error);
}

void TiersView::choosePdfFile()
{
    const QString path = Prompts::saveFileName(this, tr("Export tier comparison as PDF"),
                                               tr("tier-comparison.pdf"),
                                               tr("PDF documents (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error))
        Prompts::warning(this, tr("Export failed"), error);
}

void TiersView::openPrintDialog()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setDocName(tr("Tier comparison"));
        m_printer->setCreator(tr("Tenancy Console"));
    }
    // Window-modal and asynchronous: no nested event loop.
    auto *dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setObjectName(u"printDialog"_s);
    dialog->setWindowTitle(tr("Print tier comparison"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), this,
            [this](QPrinter *printer) { render(printer); });
    dialog->open();
}

} // namespace Tenancy::Ui
