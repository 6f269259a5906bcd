#pragma once

#include "usage/Downsample.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace Tenancy::Ui {

// A line chart of one time series with an optional limit line, axes in human units ("GB",
// "k", "M") and a read-out of the point under the mouse. The only place the usage views touch
// Qt Charts: it is deprecated from Qt 6.10 in favour of Qt Graphs, and a move stays in this
// file. Points are handed over whole (replace()): appending one by one is quadratic there.
class TimeSeriesChart : public QWidget
{
    Q_OBJECT

public:
    enum class Unit { Count, Bytes };

    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    // title: "Users"; what: "users" (in the read-out); the x range [from, to) in ms since the
    // epoch; limit in the series' own unit.
    void setSeries(const QString &title, const QString &what, const QList<SeriesPoint> &points,
                   Unit unit, std::optional<double> limit, qint64 from, qint64 to);

    // A second line drawn over the series in its unit (the capacity against the load), with a
    // legend; set it before setSeries(). An empty list removes it.
    void setOverlay(const QString &name, const QList<SeriesPoint> &points);
    qsizetype overlayCount() const { return m_overlay.size(); }

    qsizetype pointCount() const { return m_points.size(); }
    bool hasLimitLine() const;
    QString unitLabel() const { return m_unitLabel; }
    // The read-out for the point nearest to time at (what hovering over it shows).
    void showReadout(qint64 at);
    QString readout() const;

    // "1.5 GB", "12.3k", "950": a value in human units.
    static QString human(double value, Unit unit);

private:
    class Private;
    Private *d;
    QList<SeriesPoint> m_points;
    QList<SeriesPoint> m_overlay;
    QString m_overlayName;
    QString m_what;
    QString m_unitLabel;
    Unit m_unit = Unit::Count;
    QLabel *m_readout = nullptr;
};

} // namespace Tenancy::Ui
