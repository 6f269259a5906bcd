#pragma once

#include "model/Tenant.h"
#include "model/Result.h"
#include "model/TenantQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tenancy {
class TenantService;
}

namespace Tenancy::Ui {

// The tenants as a table, fetched page by page from TenantService as the view scrolls (never
// all 100,000 at once, never on the GUI thread).
class TenantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Tier, Status, Region, Owner, Updated, ColumnCount };
    static constexpr int pageSize = 500;

    explicit TenantTableModel(TenantService &service, QObject *parent = nullptr);

    // Starts over with this filter/sort (the first page is requested at once).
    void reload(const TenantQuery &query = {});
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_pending != 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    void onFetched(quint64 request, const QList<Tenancy::Tenant> &tenants, qint64 total);
    void onFailed(quint64 request, const Tenancy::Error &error);

    TenantService &m_service;
    TenantQuery m_query;
    QList<Tenant> m_rows;
    qint64 m_total = 0;
    bool m_knowTotal = false;
    quint64 m_pending = 0;
};

} // namespace Tenancy::Ui
