#include "TenantTableModel.h"

#include "TenantService.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

TenantTableModel::TenantTableModel(TenantService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &TenantService::fetched, this, &TenantTableModel::onFetched);
    connect(&m_service, &TenantService::failed, this, &TenantTableModel::onFailed);
}

void TenantTableModel::reload(const TenantQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.limit = pageSize;
    m_query.offset = 0;
    m_rows.clear();
    m_total = 0;
    m_knowTotal = false;
    endResetModel();
    m_pending = m_service.fetch(m_query);
}

int TenantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TenantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tenant &t = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Id:
            return t.id;
        case Name:
            return t.name;
        case Tier:
            if (const Tenancy::Tier *tier = m_service.catalog().tier(t.tier))
                return tier->displayName;
            return t.tier;
        case Status:
            return statusId(t.status);
        case Region:
            return t.region;
        case Owner:
            return t.ownerEmail;
        case Updated:
            return QLocale().toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat);
        }
    }
    return {};
}

QVariant TenantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Tier:
        return tr("Tier");
    case Status:
        return tr("Status");
    case Region:
        return tr("Region");
    case Owner:
        return tr("Owner");
    case Updated:
        return tr("Updated");
    }
    return {};
}

bool TenantTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pending == 0 && m_knowTotal && m_rows.size() < m_total;
}

void TenantTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_query.offset = m_rows.size();
    m_pending = m_service.fetch(m_query);
}

void TenantTableModel::onFetched(quint64 request, const QList<Tenant> &tenants, qint64 total)
{
    if (request != m_pending)
        return; // an answer to a request we no longer want
    // Still pending while the rows go in: views (and testers) ask canFetchMore() from inside
    // beginInsertRows(), and must not start a fetch for a page we are inserting.
    if (!tenants.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + tenants.size() - 1));
        m_rows.append(tenants);
        endInsertRows();
    }
    m_pending = 0;
    const bool first = !m_knowTotal;
    m_knowTotal = true;
    if (first || total != m_total) {
        m_total = total;
        Q_EMIT totalChanged(total);
    }
}

void TenantTableModel::onFailed(quint64 request, const Error &error)
{
    if (request != m_pending)
        return;
    m_pending = 0;
    Q_EMIT loadFailed(error.message);
}

} // namespace Tenancy::Ui
