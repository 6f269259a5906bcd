#pragma once

#include "provisioning/ProvisioningJob.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace Tenancy::Ui {

// Provisioning jobs as a table: tenant, state, steps (a six-segment bar: see StepBarDelegate),
// the current step, elapsed time, and why the job stopped.
class ProvisioningJobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Tenant, State, Steps, Step, Elapsed, Reason, ColumnCount };
    // On the Steps column: the six step statuses (QList<int> of StepStatus).
    static constexpr int StepStatusesRole = Qt::UserRole + 1;

    explicit ProvisioningJobsModel(QObject *parent = nullptr);

    // Replaces the jobs, keeping rows that did not change (selection stays).
    void setJobs(const QList<ProvisioningJob> &jobs);
    // A running job's progress, before the next read of the queue.
    void setProgress(const ProvisioningProgress &progress);
    const QList<ProvisioningJob> &jobs() const { return m_jobs; }
    int rowOfTenant(const QString &tenantId) const;
    // Updates the elapsed times of running jobs.
    void tick();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "1 min 05 s", "3 s".
    static QString elapsedText(qint64 seconds);
    static QString stateText(JobState state);

private:
    QList<ProvisioningJob> m_jobs;
    QHash<qint64, QString> m_progressMessage; // job -> latest message
};

// Paints the Steps column: six segments, one per step, coloured by status (done, running,
// failed, interrupted, skipped, undone, not yet), with the count done as text for screen
// readers and tooltips.
class StepBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static QColor colorOf(StepStatus status, const QPalette &palette);
};

} // namespace Tenancy::Ui
