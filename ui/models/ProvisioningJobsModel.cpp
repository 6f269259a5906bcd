#include "ProvisioningJobsModel.h"

#include "model/Tenant.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

ProvisioningJobsModel::ProvisioningJobsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProvisioningJobsModel::setJobs(const QList<ProvisioningJob> &jobs)
{
    QList<qint64> before, after;
    for (const ProvisioningJob &j : m_jobs)
        before.append(j.id);
    for (const ProvisioningJob &j : jobs)
        after.append(j.id);
    if (before == after) {
        m_jobs = jobs;
        for (const ProvisioningJob &j : jobs) {
            if (j.state != JobState::Running && j.state != JobState::RollingBack)
                m_progressMessage.remove(j.id);
        }
        if (!m_jobs.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

void ProvisioningJobsModel::setProgress(const ProvisioningProgress &progress)
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        ProvisioningJob &job = m_jobs[row];
        if (job.id != progress.jobId)
            continue;
        m_progressMessage.insert(job.id, progress.message);
        // Steps before the reported one are done; the reported one runs.
        for (StepRecord &s : job.steps) {
            const int n = int(s.step);
            if (job.state == JobState::Running && n < progress.step)
                s.status = StepStatus::Succeeded;
            else if (job.state == JobState::Running && n == progress.step
                     && s.status == StepStatus::Pending)
                s.status = StepStatus::Running;
        }
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int ProvisioningJobsModel::rowOfTenant(const QString &tenantId) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs[row].tenantId == tenantId)
            return row;
    }
    return -1;
}

void ProvisioningJobsModel::tick()
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (!isFinal(m_jobs[row].state))
            Q_EMIT dataChanged(index(row, Elapsed), index(row, Elapsed));
    }
}

int ProvisioningJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int ProvisioningJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProvisioningJobsModel::elapsedText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

QString ProvisioningJobsModel::stateText(JobState state)
{
    switch (state) {
    case JobState::Running:
        return tr("Running");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Interrupted:
        return tr("Interrupted");
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::Completed:
        return tr("Completed");
    case JobState::RollingBack:
        return tr("Rolling back");
    case JobState::RolledBack:
        return tr("Rolled back");
    }
    return {};
}

QVariant ProvisioningJobsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const ProvisioningJob &job = m_jobs[index.row()];
    const StepRecord *current = isFinal(job.state) ? nullptr : job.currentStep();
    if (role == StepStatusesRole) {
        QList<int> statuses;
        for (const StepRecord &s : job.steps)
            statuses.append(int(s.status));
        return QVariant::fromValue(statuses);
    }
    if (role == Qt::ToolTipRole && index.column() == Steps) {
        QStringList lines;
        for (const StepRecord &s : job.steps)
            lines.append(
                u"%1. %2: %3"_s.arg(int(s.step)).arg(stepTitle(s.step), stepStatusId(s.status)));
        return lines.join(u'\n');
    }
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return job.error;
    if (role == Qt::ForegroundRole && index.column() == State
        && (job.state == JobState::Failed || job.state == JobState::Interrupted))
        return QColor(0xb0, 0x1c, 0x1c);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Tenant:
        return job.tenantId;
    case State:
        return stateText(job.state);
    case Steps:
        return tr("%1 of %2 steps done").arg(job.succeededSteps()).arg(provisioningStepCount);
    case Step: {
        if (!current)
            return QStringLiteral("—");
        const QString message = m_progressMessage.value(job.id);
        return message.isEmpty() ? stepTitle(current->step) : message;
    }
    case Elapsed: {
        const QDateTime end = job.finishedAt.isValid() ? job.finishedAt
            : (job.state == JobState::Running || job.state == JobState::RollingBack)
            ? QDateTime::currentDateTimeUtc()
            : job.updatedAt;
        return elapsedText(std::max<qint64>(0, job.createdAt.secsTo(end)));
    }
    case Reason:
        return job.error.isEmpty() ? QString() : job.error;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProvisioningJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Tenant:
        return tr("Tenant");
    case State:
        return tr("State");
    case Steps:
        return tr("Steps");
    case Step:
        return tr("Now");
    case Elapsed:
        return tr("Elapsed");
    case Reason:
        return tr("Why it stopped");
    case ColumnCount:
        break;
    }
    return {};
}

QColor StepBarDelegate::colorOf(StepStatus status, const QPalette &palette)
{
    switch (status) {
    case StepStatus::Succeeded:
        return QColor(0x2e, 0x7d, 0x32);
    case StepStatus::Skipped:
        return QColor(0x81, 0xc7, 0x84);
    case StepStatus::Running:
    case StepStatus::Compensating:
        return QColor(0x1e, 0x88, 0xe5);
    case StepStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case StepStatus::Interrupted:
        return QColor(0xef, 0x6c, 0x00);
    case StepStatus::Compensated:
        return QColor(0x90, 0x90, 0x90);
    case StepStatus::Pending:
        break;
    }
    return palette.color(QPalette::Mid).lighter(130);
}

void StepBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const QList<int> statuses
        = index.data(ProvisioningJobsModel::StepStatusesRole).value<QList<int>>();
    if (statuses.isEmpty())
        return;
    const QRect area = option.rect.adjusted(6, option.rect.height() / 2 - 5, -6,
                                            -(option.rect.height() / 2 - 5));
    const int gap = 3;
    const int width = (area.width() - gap * (int(statuses.size()) - 1)) / int(statuses.size());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // On a selected row the segments get an outline, so none melts into the highlight.
    const bool selected = option.state & QStyle::State_Selected;
    for (int i = 0; i < statuses.size(); ++i) {
        const QRect segment(area.left() + i * (width + gap), area.top(), width, area.height());
        painter->setPen(selected ? QPen(option.palette.color(QPalette::HighlightedText), 1)
                                 : QPen(Qt::NoPen));
        painter->setBrush(colorOf(StepStatus(statuses[i]), option.palette));
        painter->drawRoundedRect(segment, 2, 2);
    }
    painter->restore();
}

QSize StepBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 150));
    return size;
}

} // namespace Tenancy::Ui
