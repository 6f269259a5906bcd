#include "ComplianceMatrixModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

ComplianceMatrixModel::ComplianceMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ComplianceMatrixModel::Row
ComplianceMatrixModel::makeRow(const QString &tenantId, const QList<FrameworkResult> &results) const
{
    Row row;
    row.tenantId = tenantId;
    for (const QString &framework : m_frameworks) {
        FrameworkResult cell;
        cell.framework = framework;
        cell.tenantId = tenantId;
        for (const FrameworkResult &r : results) {
            if (r.framework == framework) {
                cell = r;
                break;
            }
        }
        row.results.append(cell);
    }
    return row;
}

ControlStatus ComplianceMatrixModel::cellStatus(const FrameworkResult &result) const
{
    if (m_requestedOnly && !result.requested)
        return ControlStatus::NotApplicable;
    return result.worst();
}

ControlStatus ComplianceMatrixModel::rowStatus(const Row &row) const
{
    bool anyPass = false;
    bool anyManual = false;
    for (const FrameworkResult &r : row.results) {
        const ControlStatus status = cellStatus(r);
        if (status == ControlStatus::Fail)
            return ControlStatus::Fail;
        anyPass = anyPass || status == ControlStatus::Pass;
        anyManual = anyManual || status == ControlStatus::Manual;
    }
    return anyPass  ? ControlStatus::Pass
        : anyManual ? ControlStatus::Manual
                    : ControlStatus::NotApplicable;
}

void ComplianceMatrixModel::setRequestedOnly(bool on)
{
    if (on == m_requestedOnly)
        return;
    m_requestedOnly = on;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ComplianceMatrixModel::setFrameworkNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_frameworks.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 1, int(m_frameworks.size()));
}

void ComplianceMatrixModel::setResults(const QList<FrameworkResult> &results)
{
    beginResetModel();
    m_frameworks.clear();
    m_rows.clear();
    QStringList order; // tenants as they came (id order)
    QHash<QString, QList<FrameworkResult>> byTenant;
    for (const FrameworkResult &r : results) {
        if (!m_frameworks.contains(r.framework))
            m_frameworks.append(r.framework);
        auto it = byTenant.find(r.tenantId);
        if (it == byTenant.end()) {
            order.append(r.tenantId);
            it = byTenant.insert(r.tenantId, {});
        }
        it->append(r);
    }
    m_rows.reserve(order.size());
    for (const QString &id : std::as_const(order))
        m_rows.append(makeRow(id, byTenant.value(id)));
    endResetModel();
}

void ComplianceMatrixModel::updateTenant(const QList<FrameworkResult> &results)
{
    if (results.isEmpty())
        return;
    const QString id = results.first().tenantId;
    const int row = rowOfTenant(id);
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(makeRow(id, results));
        endInsertRows();
        return;
    }
    m_rows[row] = makeRow(id, results);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int ComplianceMatrixModel::rowOfTenant(const QString &tenantId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).tenantId == tenantId)
            return i;
    }
    return -1;
}

QList<FrameworkResult> ComplianceMatrixModel::tenantResults(const QString &tenantId) const
{
    const int row = rowOfTenant(tenantId);
    return row < 0 ? QList<FrameworkResult>() : m_rows.at(row).results;
}

int ComplianceMatrixModel::countTenants(ControlStatus status, const QString &framework) const
{
    const int column = int(m_frameworks.indexOf(framework));
    int n = 0;
    for (const Row &row : m_rows) {
        const ControlStatus s = column >= 0 ? cellStatus(row.results.at(column)) : rowStatus(row);
        n += s == status ? 1 : 0;
    }
    return n;
}

int ComplianceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplianceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_frameworks.size()) + 1;
}

int ComplianceMatrixModel::statusRank(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Fail:
        return 0;
    case ControlStatus::Manual:
        return 1;
    case ControlStatus::Pass:
        return 2;
    case ControlStatus::NotApplicable:
        return 3;
    }
    return 3;
}

QColor ComplianceMatrixModel::statusColor(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Fail:
        return QColor(0xf8, 0xd7, 0xda);
    case ControlStatus::Manual:
        return QColor(0xff, 0xf3, 0xcd);
    case ControlStatus::Pass:
        return QColor(0xd4, 0xed, 0xda);
    case ControlStatus::NotApplicable:
        return QColor(0xee, 0xee, 0xee);
    }
    return {};
}

QString ComplianceMatrixModel::statusText(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Fail:
        return tr("Fails");
    case ControlStatus::Manual:
        return tr("Manual");
    case ControlStatus::Pass:
        return tr("Passes");
    case ControlStatus::NotApplicable:
        return tr("N/A");
    }
    return {};
}

QVariant ComplianceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == TenantRole)
        return row.tenantId;
    if (index.column() == TenantColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.tenantId;
        case StatusRole:
            return int(rowStatus(row));
        case Qt::ToolTipRole:
            return tr("%1: %2 overall").arg(row.tenantId, statusText(rowStatus(row)).toLower());
        default:
            return {};
        }
    }
    const FrameworkResult &r = row.results.at(index.column() - 1);
    const ControlStatus worst = cellStatus(r);
    const bool notAsked = m_requestedOnly && !r.requested;
    switch (role) {
    case FrameworkRole:
        return r.framework;
    case StatusRole:
        return int(worst);
    case Qt::DisplayRole: {
        if (notAsked)
            return tr("— not asked for");
        const int fails = r.count(ControlStatus::Fail);
        if (fails > 0)
            return tr("✖ %1 failing").arg(fails);
        if (worst == ControlStatus::Pass) {
            const int manual = r.count(ControlStatus::Manual);
            return manual > 0 ? tr("✔ passes · %1 manual").arg(manual) : tr("✔ passes");
        }
        return worst == ControlStatus::Manual ? tr("◐ manual") : tr("— n/a");
    }
    case Qt::BackgroundRole:
        return statusColor(worst);
    case Qt::ForegroundRole:
        return QColor(Qt::black); // on the light tints, whatever the theme
    case Qt::FontRole:
        if (r.requested) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 for %2: %3 pass, %4 fail, %5 manual, %6 not applicable%7")
            .arg(frameworkName(r.framework), row.tenantId)
            .arg(r.count(ControlStatus::Pass))
            .arg(r.count(ControlStatus::Fail))
            .arg(r.count(ControlStatus::Manual))
            .arg(r.count(ControlStatus::NotApplicable))
            .arg(r.requested ? tr(" (the tenant asks for this framework)") : QString());
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(frameworkName(r.framework), statusText(worst));
    default:
        return {};
    }
}

QVariant ComplianceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == TenantColumn ? tr("Tenant")
                                       : frameworkName(m_frameworks.value(section - 1));
    if (role == Qt::ToolTipRole && section > TenantColumn) {
        const QString framework = m_frameworks.value(section - 1);
        return tr("%1: %2 tenant(s) fail, %3 pass")
            .arg(frameworkName(framework))
            .arg(countTenants(ControlStatus::Fail, framework))
            .arg(countTenants(ControlStatus::Pass, framework));
    }
    return {};
}

void ComplianceMatrixFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ComplianceMatrixFilter::setFramework(const QString &framework)
{
    m_framework = framework;
    invalidateFilter();
}

void ComplianceMatrixFilter::setStatus(std::optional<ControlStatus> status)
{
    m_status = status;
    invalidateFilter();
}

bool ComplianceMatrixFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex tenant = model->index(sourceRow, 0, sourceParent);
    if (!m_text.isEmpty() && !tenant.data().toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    if (!m_status)
        return true;
    for (int c = 1; c < model->columnCount(sourceParent); ++c) {
        const QModelIndex cell = model->index(sourceRow, c, sourceParent);
        if (!m_framework.isEmpty()
            && cell.data(ComplianceMatrixModel::FrameworkRole).toString() != m_framework)
            continue;
        if (cell.data(ComplianceMatrixModel::StatusRole).toInt() == int(*m_status))
            return true;
    }
    return false;
}

bool ComplianceMatrixFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == ComplianceMatrixModel::TenantColumn)
        return QString::compare(left.data().toString(), right.data().toString()) < 0;
    const int a = ComplianceMatrixModel::statusRank(
        ControlStatus(left.data(ComplianceMatrixModel::StatusRole).toInt()));
    const int b = ComplianceMatrixModel::statusRank(
        ControlStatus(right.data(ComplianceMatrixModel::StatusRole).toInt()));
    if (a != b)
        return a < b;
    return left.data(ComplianceMatrixModel::TenantRole).toString()
        < right.data(ComplianceMatrixModel::TenantRole).toString();
}

} // namespace Tenancy::Ui
