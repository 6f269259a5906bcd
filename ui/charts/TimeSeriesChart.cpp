#include "TimeSeriesChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

struct Scale
{
    double divisor = 1;
    QString label; // "GB", "k", ""
};

// The unit that keeps the largest value between 1 and 1000 (decimal: 1 GB = 10^9 bytes).
Scale scaleFor(double largest, TimeSeriesChart::Unit unit)
{
    if (unit == TimeSeriesChart::Unit::Bytes) {
        static const std::pair<double, const char *> units[]
            = {{1e12, "TB"}, {1e9, "GB"}, {1e6, "MB"}, {1e3, "kB"}};
        for (const auto &[divisor, label] : units) {
            if (largest >= divisor)
                return {divisor, QString::fromLatin1(label)};
        }
        return {1, u"bytes"_s};
    }
    if (largest >= 1e6)
        return {1e6, u"M"_s};
    if (largest >= 1e4)
        return {1e3, u"k"_s};
    return {1, QString()};
}

} // namespace

class TimeSeriesChart::Private
{
public:
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QLineSeries *series = nullptr;
    QLineSeries *limit = nullptr;
    QLineSeries *overlay = nullptr;
    QDateTimeAxis *x = nullptr;
    QValueAxis *y = nullptr;
};

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
    , d(new Private)
{
    d->chart = new QChart;
    d->chart->legend()->hide();
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->series = new QLineSeries;
    d->limit = new QLineSeries;
    QPen limitPen(QColor(0xc6, 0x28, 0x28));
    limitPen.setStyle(Qt::DashLine);
    limitPen.setWidthF(1.5);
    d->limit->setPen(limitPen);
    d->overlay = new QLineSeries;
    QPen overlayPen(QColor(0x2e, 0x7d, 0x32));
    overlayPen.setWidthF(2);
    d->overlay->setPen(overlayPen);
    d->chart->addSeries(d->series);
    d->chart->addSeries(d->limit);
    d->chart->addSeries(d->overlay);
    d->x = new QDateTimeAxis;
    d->x->setTickCount(5);
    d->y = new QValueAxis;
    d->y->setLabelFormat(u"%.4g"_s); // up to 9999 without an exponent
    d->chart->addAxis(d->x, Qt::AlignBottom);
    d->chart->addAxis(d->y, Qt::AlignLeft);
    for (QLineSeries *s : {d->series, d->limit, d->overlay}) {
        s->attachAxis(d->x);
        s->attachAxis(d->y);
    }
    d->view = new QChartView(d->chart);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(200);
    d->view->setFocusPolicy(Qt::NoFocus);
    m_readout = new QLabel;
    m_readout->setObjectName(u"chartReadout"_s);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setText(tr("Point at the line for a reading."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view, 1);
    layout->addWidget(m_readout);
    connect(d->series, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (state)
            showReadout(qint64(point.x()));
    });
}

TimeSeriesChart::~TimeSeriesChart()
{
    delete d;
}

QString TimeSeriesChart::human(double value, Unit unit)
{
    const Scale s = scaleFor(std::abs(value), unit);
    const double scaled = value / s.divisor;
    const QString number = QLocale().toString(
        scaled, 'f',
        s.divisor == 1 && unit == Unit::Count ? (scaled == std::floor(scaled) ? 0 : 1) : 1);
    if (s.label.isEmpty())
        return number;
    if (unit == Unit::Bytes)
        return number + u' ' + s.label;
    return number + s.label;
}

void TimeSeriesChart::setOverlay(const QString &name, const QList<SeriesPoint> &points)
{
    m_overlayName = name;
    m_overlay = points;
}

void TimeSeriesChart::setSeries(const QString &title, const QString &what,
                                const QList<SeriesPoint> &points, Unit unit,
                                std::optional<double> limit, qint64 from, qint64 to)
{
    m_points = points;
    m_what = what;
    m_unit = unit;
    double largest = 0;
    for (const SeriesPoint &p : points)
        largest = std::max(largest, p.value);
    for (const SeriesPoint &p : std::as_const(m_overlay))
        largest = std::max(largest, p.value);
    if (limit)
        largest = std::max(largest, *limit);
    const Scale scale = scaleFor(largest, unit);
    m_unitLabel = scale.label;
    QList<QPointF> line;
    line.reserve(points.size());
    for (const SeriesPoint &p : points)
        line.append(QPointF(double(p.at), p.value / scale.divisor));
    d->series->replace(line);
    QList<QPointF> over;
    over.reserve(m_overlay.size());
    for (const SeriesPoint &p : std::as_const(m_overlay))
        over.append(QPointF(double(p.at), p.value / scale.divisor));
    d->overlay->replace(over);
    // A legend only when there is a second line to tell apart.
    d->series->setName(what);
    d->overlay->setName(m_overlayName);
    d->limit->setName(tr("limit"));
    d->chart->legend()->setVisible(!m_overlay.isEmpty());
    if (!m_overlay.isEmpty()) {
        for (QLegendMarker *marker : d->chart->legend()->markers(d->limit))
            marker->setVisible(limit.has_value());
    }
    if (limit)
        d->limit->replace({QPointF(double(from), *limit / scale.divisor),
                           QPointF(double(to), *limit / scale.divisor)});
    else
        d->limit->clear();
    d->chart->setTitle(scale.label.isEmpty() ? title : tr("%1 (%2)").arg(title, scale.label));
    const qint64 span = to - from;
    d->x->setFormat(span > 120LL * 86'400'000     ? u"MMM yyyy"_s
                        : span > 2LL * 86'400'000 ? u"d MMM"_s
                                                  : u"HH:mm"_s);
    d->x->setRange(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
                   QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));
    const double top = largest > 0 ? largest / scale.divisor * 1.1 : 1;
    d->y->setRange(0, top);
    d->y->applyNiceNumbers();
    setAccessibleName(title);
    m_readout->setText(points.isEmpty() ? tr("No samples in this range.")
                                        : tr("Point at the line for a reading."));
}

bool TimeSeriesChart::hasLimitLine() const
{
    return d->limit->count() > 0;
}

void TimeSeriesChart::showReadout(qint64 at)
{
    if (m_points.isEmpty())
        return;
    const auto it = std::lower_bound(m_points.begin(), m_points.end(), at,
                                     [](const SeriesPoint &p, qint64 t) { return p.at < t; });
    qsizetype i = it - m_points.begin();
    if (i == m_points.size() || (i > 0 && at - m_points.at(i - 1).at < m_points.at(i).at - at))
        --i;
    const SeriesPoint &p = m_points.at(std::max<qsizetype>(0, i));
    m_readout->setText(
        tr("%1 UTC: %2 %3")
            .arg(QDateTime::fromMSecsSinceEpoch(p.at, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s),
                 human(p.value, m_unit), m_what));
}

QString TimeSeriesChart::readout() const
{
    return m_readout->text();
}

} // namespace Tenancy::Ui
