// The audit report as PDF, for people: a cover (scope, period, who made it and when, the
// signed chain head), a summary per framework, the control table, and the audit trail of the
// period; a header and "Page n of N" on every page. Painted with QPainter on QPdfWriter, one
// line per row (long text elided; the CSV and JSON carry it whole), laid out twice: once to
// count the pages, once to paint.
#include "AuditReport.h"
#include "model/Tenant.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

constexpr int kDpi = 300;
constexpr int kDetailedTenants = 25; // above: one row per tenant and framework

double pt(double points)
{
    return points * kDpi / 72.0;
}

struct Column
{
    QString title;
    double share; // of the width
};

class Layout
{
public:
    Layout(QPdfWriter &writer, const AuditReport &report, int totalPages)
        : m_writer(writer)
        , m_report(report)
        , m_totalPages(totalPages)
    {
        m_width = writer.width();
        m_height = writer.height();
        m_body.setPixelSize(int(pt(8)));
        m_small.setPixelSize(int(pt(6.5)));
        m_bold = m_body;
        m_bold.setBold(true);
        m_heading.setPixelSize(int(pt(13)));
        m_heading.setBold(true);
        m_title.setPixelSize(int(pt(22)));
        m_title.setBold(true);
        m_mono = QFont(u"DejaVu Sans Mono"_s);
        m_mono.setStyleHint(QFont::Monospace);
        m_mono.setPixelSize(int(pt(7)));
        m_rowHeight = pt(11);
        // No ligatures: "configuration" must stay searchable and copyable as typed, not with
        // an "fi" glyph (Latin text needs no shaping).
        for (QFont *font : {&m_body, &m_small, &m_bold, &m_heading, &m_title, &m_mono})
            font->setStyleStrategy(QFont::PreferNoShaping);
    }

    // Painting: begins on the writer; else only counts pages.
    bool begin(bool paint)
    {
        if (paint && !m_painter.begin(&m_writer))
            return false;
        m_paint = paint;
        m_page = 1;
        startPage();
        return true;
    }
    void end()
    {
        if (m_paint)
            m_painter.end();
    }
    int pages() const { return m_page; }
    bool painting() const { return m_paint; }

    void newPage()
    {
        if (m_paint)
            m_writer.newPage();
        ++m_page;
        startPage();
    }
    void space(double points) { m_y += pt(points); }
    void ensure(double height)
    {
        if (m_y + height > m_bottom)
            newPage();
    }

    void title(const QString &text) { lineOf(m_title, text, pt(34)); }
    void heading(const QString &text)
    {
        ensure(pt(22) + 3 * m_rowHeight);
        space(6);
        lineOf(m_heading, text, pt(20));
    }
    void subheading(const QString &text)
    {
        ensure(pt(14) + 2 * m_rowHeight);
        lineOf(m_bold, text, pt(14));
    }
    // A label and its value, wrapped when long.
    void field(const QString &label, const QString &value, bool mono = false)
    {
        const double labelWidth = pt(110);
        const QFont &font = mono ? m_mono : m_body;
        const QRectF box(labelWidth, 0, m_width - labelWidth, 1e6);
        const QRectF need = QFontMetricsF(font, &m_writer)
                                .boundingRect(box, Qt::TextWrapAnywhere | Qt::TextWordWrap, value);
        const double height = std::max(m_rowHeight, need.height() + pt(3));
        ensure(height);
        if (m_paint) {
            m_painter.setPen(Qt::darkGray);
            m_painter.setFont(m_body);
            m_painter.drawText(QRectF(0, m_y, labelWidth, height), Qt::AlignLeft | Qt::AlignTop,
                               label);
            m_painter.setPen(Qt::black);
            m_painter.setFont(font);
            m_painter.drawText(
                QRectF(labelWidth, m_y, m_width - labelWidth, height),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere | Qt::TextWordWrap, value);
        }
        m_y += height;
    }
    void paragraph(const QString &text)
    {
        const QRectF box(0, 0, m_width, 1e6);
        const QRectF need
            = QFontMetricsF(m_body, &m_writer).boundingRect(box, Qt::TextWordWrap, text);
        ensure(need.height() + pt(4));
        if (m_paint) {
            m_painter.setPen(Qt::black);
            m_painter.setFont(m_body);
            m_painter.drawText(QRectF(0, m_y, m_width, need.height() + pt(2)), Qt::TextWordWrap,
                               text);
        }
        m_y += need.height() + pt(4);
    }

    // A table: its header now, again at the top of every page it continues on.
    void table(QList<Column> columns)
    {
        m_columns = std::move(columns);
        ensure(3 * m_rowHeight);
        tableHeader();
    }
    void endTable()
    {
        m_columns.clear();
        space(6);
    }
    void row(const QStringList &cells, const QColor &emphasis = {})
    {
        if (m_y + m_rowHeight > m_bottom) {
            newPage();
            tableHeader();
        }
        if (m_paint) {
            const QFontMetricsF metrics(m_small, &m_writer);
            m_painter.setFont(m_small);
            double x = 0;
            for (int i = 0; i < m_columns.size() && i < cells.size(); ++i) {
                const double w = m_columns[i].share * m_width;
                m_painter.setPen(i > 0 && emphasis.isValid() ? emphasis : QColor(Qt::black));
                m_painter.drawText(QRectF(x, m_y, w - pt(4), m_rowHeight),
                                   Qt::AlignLeft | Qt::AlignVCenter,
                                   metrics.elidedText(cells[i], Qt::ElideRight, w - pt(4)));
                x += w;
            }
            m_painter.setPen(QPen(QColor(225, 225, 225), pt(0.4)));
            m_painter.drawLine(QPointF(0, m_y + m_rowHeight), QPointF(m_width, m_y + m_rowHeight));
        }
        m_y += m_rowHeight;
    }
    // n rows without painting them (the page count of rows not read yet).
    void skipRows(qint64 n)
    {
        while (n > 0) {
            const qint64 fit = qint64((m_bottom - m_y) / m_rowHeight);
            if (fit <= 0) {
                newPage();
                tableHeader();
                continue;
            }
            const qint64 take = std::min(n, fit);
            m_y += double(take) * m_rowHeight;
            n -= take;
        }
    }

private:
    void lineOf(const QFont &font, const QString &text, double height)
    {
        if (m_paint) {
            m_painter.setPen(Qt::black);
            m_painter.setFont(font);
            m_painter.drawText(QRectF(0, m_y, m_width, height), Qt::AlignLeft | Qt::AlignVCenter,
                               text);
        }
        m_y += height;
    }
    void startPage()
    {
        // Header: what the report is; footer: the page of how many, and when it was made.
        const double header = pt(18);
        const double footer = pt(16);
        if (m_paint) {
            const QFontMetricsF metrics(m_small, &m_writer);
            m_painter.setFont(m_small);
            m_painter.setPen(Qt::darkGray);
            const QString left
                = AuditReportFiles::tr("Audit report · %1 · %2")
                      .arg(m_report.scope.tenantsText(), m_report.scope.periodText());
            m_painter.drawText(QRectF(0, 0, m_width * 0.75, header), Qt::AlignLeft | Qt::AlignTop,
                               metrics.elidedText(left, Qt::ElideRight, m_width * 0.75));
            m_painter.drawText(QRectF(m_width * 0.75, 0, m_width * 0.25, header),
                               Qt::AlignRight | Qt::AlignTop,
                               AuditReportFiles::tr("chain head: entry %1").arg(m_report.seal.seq));
            m_painter.setPen(QPen(Qt::gray, pt(0.5)));
            m_painter.drawLine(QPointF(0, header - pt(5)), QPointF(m_width, header - pt(5)));
            m_painter.setPen(Qt::darkGray);
            m_painter.drawText(QRectF(0, m_height - footer, m_width, footer),
                               Qt::AlignLeft | Qt::AlignBottom,
                               AuditReportFiles::tr("Generated %1 by %2")
                                   .arg(toIsoUtc(m_report.generatedAt), m_report.generatedBy));
            m_painter.drawText(QRectF(0, m_height - footer, m_width, footer),
                               Qt::AlignRight | Qt::AlignBottom,
                               AuditReportFiles::tr("Page %1 of %2").arg(m_page).arg(m_totalPages));
        }
        m_y = header;
        m_bottom = m_height - footer - pt(4);
    }
    void tableHeader()
    {
        if (m_paint) {
            m_painter.setFont(m_small);
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(QColor(236, 240, 245));
            m_painter.drawRect(QRectF(0, m_y, m_width, m_rowHeight));
            m_painter.setPen(Qt::black);
            QFont bold = m_small;
            bold.setBold(true);
            m_painter.setFont(bold);
            double x = 0;
            for (const Column &c : std::as_const(m_columns)) {
                m_painter.drawText(QRectF(x, m_y, c.share * m_width - pt(4), m_rowHeight),
                                   Qt::AlignLeft | Qt::AlignVCenter, c.title);
                x += c.share * m_width;
            }
        }
        m_y += m_rowHeight;
    }

    QPdfWriter &m_writer;
    const AuditReport &m_report;
    QPainter m_painter;
    bool m_paint = false;
    int m_page = 1;
    int m_totalPages;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    double m_bottom = 0;
    double m_rowHeight = 0;
    QFont m_body, m_small, m_bold, m_heading, m_title, m_mono;
    QList<Column> m_columns;
};

QString statusText(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Pass:
        return AuditReportFiles::tr("pass");
    case ControlStatus::Fail:
        return AuditReportFiles::tr("FAIL");
    case ControlStatus::Manual:
        return AuditReportFiles::tr("manual");
    case ControlStatus::NotApplicable:
        return AuditReportFiles::tr("n/a");
    }
    return {};
}

QColor statusColour(ControlStatus status)
{
    return status == ControlStatus::Fail ? QColor(176, 0, 32) : QColor();
}

// The whole document; the trail's rows are read from the log only when painting.
Result<void> lay(Layout &layout, const AuditReport &report, const AuditReportProgress &progress)
{
    layout.title(AuditReportFiles::tr("Audit report"));
    layout.field(AuditReportFiles::tr("Scope"), report.scope.tenantsText());
    layout.field(AuditReportFiles::tr("Period"), report.scope.periodText());
    layout.field(AuditReportFiles::tr("Frameworks"), report.frameworks.join(u", "_s));
    layout.field(AuditReportFiles::tr("Generated"),
                 AuditReportFiles::tr("%1 by %2 (%3)")
                     .arg(toIsoUtc(report.generatedAt), report.generatedBy, report.role));
    layout.field(AuditReportFiles::tr("Audit entries"),
                 AuditReportFiles::tr("%1 in the period and scope").arg(report.entries));
    layout.space(6);
    layout.subheading(AuditReportFiles::tr("The audit log's signed head"));
    layout.field(
        AuditReportFiles::tr("Chain head"),
        AuditReportFiles::tr("entry %1 of %2").arg(report.seal.seq).arg(report.seal.entries));
    layout.field(AuditReportFiles::tr("Head hash (SHA-256)"), report.seal.hash, true);
    layout.field(AuditReportFiles::tr("Seal"),
                 AuditReportFiles::tr("HMAC-SHA256 under audit key %1, %2")
                     .arg(report.seal.keyId, toIsoUtc(report.seal.at)));
    layout.field(AuditReportFiles::tr("Seal MAC"), report.seal.mac, true);
    if (report.firstSeq)
        layout.field(AuditReportFiles::tr("Segment"),
                     AuditReportFiles::tr("entries %1 to %2, after %3")
                         .arg(report.firstSeq)
                         .arg(report.lastSeq)
                         .arg(QString::fromLatin1(report.segmentPrev)),
                     true);
    layout.paragraph(AuditReportFiles::tr(
        "The head hash covers every entry before it: each entry's SHA-256 includes the previous "
        "one's (docs/audit-format.md). tenancyctl audit verify recomputes the chain against the "
        "database; the JSON report carries this period's segment, which a signed bundle lets an "
        "auditor check offline."));

    // Summary per framework.
    layout.heading(AuditReportFiles::tr("Summary by framework"));
    layout.table({{AuditReportFiles::tr("Framework"), 0.2},
                  {AuditReportFiles::tr("Tenants failing"), 0.16},
                  {AuditReportFiles::tr("Controls passing"), 0.16},
                  {AuditReportFiles::tr("Failing"), 0.16},
                  {AuditReportFiles::tr("Manual"), 0.16},
                  {AuditReportFiles::tr("Not applicable"), 0.16}});
    const QJsonObject summary = report.summaryJson();
    for (const QString &framework : report.frameworks) {
        const QJsonObject s = summary.value(framework).toObject();
        const int failing = s.value(u"tenants_failing"_s).toInt();
        layout.row({framework, QString::number(failing),
                    QString::number(s.value(u"pass"_s).toInt()),
                    QString::number(s.value(u"fail"_s).toInt()),
                    QString::number(s.value(u"manual"_s).toInt()),
                    QString::number(s.value(u"not_applicable"_s).toInt())},
                   failing ? statusColour(ControlStatus::Fail) : QColor());
    }
    layout.endTable();

    // Controls.
    layout.heading(AuditReportFiles::tr("Controls"));
    if (report.tenants.size() <= kDetailedTenants) {
        for (const AuditReportTenant &tenant : report.tenants) {
            layout.subheading(AuditReportFiles::tr("%1 — %2 (%3, %4)")
                                  .arg(tenant.id, tenant.name, tenant.tier, tenant.status));
            layout.table({{AuditReportFiles::tr("Framework"), 0.1},
                          {AuditReportFiles::tr("Control"), 0.12},
                          {AuditReportFiles::tr("Title"), 0.3},
                          {AuditReportFiles::tr("Status"), 0.08},
                          {AuditReportFiles::tr("Evidence"), 0.4}});
            for (const FrameworkResult &f : report.results) {
                if (f.tenantId != tenant.id)
                    continue;
                for (const ControlResult &c : f.controls) {
                    const QString evidence = c.status == ControlStatus::Manual
                        ? AuditReportFiles::tr("needs: %1").arg(c.manualEvidence)
                        : c.evidence.join(u"; "_s);
                    layout.row({f.framework, c.controlId, c.title, statusText(c.status), evidence},
                               statusColour(c.status));
                }
            }
            layout.endTable();
        }
    } else {
        layout.paragraph(
            AuditReportFiles::tr(
                "%1 tenants: one line per tenant and framework, with the controls that fail. "
                "controls.csv has every control with its evidence.")
                .arg(report.tenants.size()));
        layout.table({{AuditReportFiles::tr("Tenant"), 0.16},
                      {AuditReportFiles::tr("Framework"), 0.1},
                      {AuditReportFiles::tr("Status"), 0.08},
                      {AuditReportFiles::tr("Pass / fail / manual / n/a"), 0.18},
                      {AuditReportFiles::tr("Failing controls"), 0.48}});
        for (const FrameworkResult &f : report.results) {
            QStringList failing;
            for (const ControlResult &c : f.controls) {
                if (c.status == ControlStatus::Fail)
                    failing.append(c.controlId);
            }
            layout.row({f.tenantId, f.framework, statusText(f.worst()),
                        u"%1 / %2 / %3 / %4"_s.arg(f.count(ControlStatus::Pass))
                            .arg(f.count(ControlStatus::Fail))
                            .arg(f.count(ControlStatus::Manual))
                            .arg(f.count(ControlStatus::NotApplicable)),
                        failing.join(u", "_s)},
                       statusColour(f.worst()));
        }
        layout.endTable();
    }

    // The audit trail.
    layout.heading(AuditReportFiles::tr("Audit trail"));
    if (!report.entries) {
        layout.paragraph(AuditReportFiles::tr("No audit entries in the period and scope."));
        return {};
    }
    layout.table({{AuditReportFiles::tr("Seq"), 0.07},
                  {AuditReportFiles::tr("Time (UTC)"), 0.17},
                  {AuditReportFiles::tr("Operator"), 0.15},
                  {AuditReportFiles::tr("Action"), 0.17},
                  {AuditReportFiles::tr("Tenant"), 0.12},
                  {AuditReportFiles::tr("Target · reason"), 0.32}});
    if (!layout.painting()) {
        layout.skipRows(report.entries);
        return {};
    }
    qint64 done = 0;
    bool cancelled = false;
    const auto str = [](QByteArrayView v) {
        return QString::fromUtf8(v);
    };
    auto scanned = report.scan([&](const AuditChain::Row &row, bool inScope) {
        ++done;
        if (progress && done % 1024 == 0 && !progress(done, report.segmentLength())) {
            cancelled = true;
            return false;
        }
        if (!inScope)
            return true;
        using F = AuditChain::Field;
        QString at = str(row.fields[F::At]);
        at.replace(u'T', u' ');
        if (at.endsWith(u'Z'))
            at.chop(1);
        const QString target = str(row.fields[F::Target]);
        const QString reason = str(row.fields[F::Reason]);
        layout.row(
            {QString::number(row.seq), at,
             str(row.fields[F::Operator]) + u" ("_s + str(row.fields[F::Role]) + u')',
             str(row.fields[F::Action]), str(row.fields[F::TenantId]),
             target.isEmpty() ? reason : (reason.isEmpty() ? target : target + u" · "_s + reason)});
        return true;
    });
    if (!scanned)
        return scanned;
    if (cancelled)
        return Error::make(ErrorCode::Cancelled, AuditReportFiles::tr("the export was stopped"));
    layout.endTable();
    return {};
}

} // namespace

Result<void> AuditReportFiles::writePdf(const AuditReport &report, const QString &path,
                                        const AuditReportProgress &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::make(ErrorCode::Unavailable,
                           tr("writing a PDF needs a QGuiApplication (the offscreen platform "
                              "will do)"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalid(u"out"_s, tr("cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(
            tr("Audit report: %1, %2").arg(report.scope.tenantsText(), report.scope.periodText()));
        writer.setCreator(u"Tenancy Console"_s);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(kDpi);
        // First the page count (nothing painted, the trail counted not read), then the pages.
        Layout count(writer, report, 0);
        count.begin(false);
        if (auto r = lay(count, report, {}); !r)
            return r;
        Layout paint(writer, report, count.pages());
        if (!paint.begin(true))
            return Error::make(ErrorCode::Storage, tr("cannot draw the PDF"));
        auto painted = lay(paint, report, progress);
        paint.end();
        if (!painted)
            return painted;
    }
    if (!file.commit())
        return Error::invalid(u"out"_s, tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace Tenancy
