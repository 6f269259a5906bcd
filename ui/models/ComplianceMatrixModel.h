#pragma once

#include "compliance/Compliance.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Tenancy::Ui {

// The fleet against the compliance frameworks: one row per tenant, one column per framework
// (after the tenant's id), each cell the framework's worst status for that tenant with its
// counts, coloured (fails red, manual amber, passes green, not applicable grey). Frameworks
// the tenant asked for are bold.
class ComplianceMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int TenantColumn = 0;
    // On a framework cell: the ControlStatus (int) of worst(); on the tenant cell: the worst
    // over the tenant's frameworks. Sorting and filtering go by it.
    static constexpr int StatusRole = Qt::UserRole + 1;
    // On any cell: the tenant's id; on a framework cell, also its framework id.
    static constexpr int TenantRole = Qt::UserRole + 2;
    static constexpr int FrameworkRole = Qt::UserRole + 3;

    explicit ComplianceMatrixModel(QObject *parent = nullptr);

    // Every tenant's results (as TenantManager::complianceMatrix gives them).
    void setResults(const QList<FrameworkResult> &results);
    // One tenant's results again (after a fix), in place; a tenant not shown yet is added.
    void updateTenant(const QList<FrameworkResult> &results);

    // How frameworks are shown ("SOC2" → "SOC 2"); ids without a name show as they are.
    void setFrameworkNames(const QHash<QString, QString> &names);
    QString frameworkName(const QString &id) const { return m_names.value(id, id); }

    const QStringList &frameworks() const { return m_frameworks; } // ids, in column order
    // Only the frameworks each tenant asks for count; the others show as not asked for (and
    // count as not applicable).
    void setRequestedOnly(bool on);
    bool requestedOnly() const { return m_requestedOnly; }
    // A cell's status as shown (worst(), or not applicable when not asked for and only those
    // count).
    ControlStatus cellStatus(const FrameworkResult &result) const;
    int rowOfTenant(const QString &tenantId) const;
    // The tenant's results, one per framework in column order (empty for an unknown tenant).
    QList<FrameworkResult> tenantResults(const QString &tenantId) const;
    // Tenants whose worst status for framework (any when empty) is status.
    int countTenants(ControlStatus status, const QString &framework = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QColor statusColor(ControlStatus status);
    // Worst first: fails 0, manual checks left 1, passes 2, nothing applicable 3.
    static int statusRank(ControlStatus status);
    static QString statusText(ControlStatus status); // "Fails", "Passes", "Manual", "N/A"

private:
    struct Row
    {
        QString tenantId;
        QList<FrameworkResult> results; // by column (frameworks order)
    };
    // The tenant's status, the way a framework's is made of its controls.
    ControlStatus rowStatus(const Row &row) const;
    Row makeRow(const QString &tenantId, const QList<FrameworkResult> &results) const;

    QStringList m_frameworks;
    QHash<QString, QString> m_names;
    QList<Row> m_rows;
    bool m_requestedOnly = false;
};

// Rows of the matrix whose tenant id contains the text, and (when set) whose cell for the
// framework (or any, when none) has the status.
class ComplianceMatrixFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);
    void setFramework(const QString &framework); // empty: any
    void setStatus(std::optional<ControlStatus> status); // none: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_framework;
    std::optional<ControlStatus> m_status;
};

} // namespace Tenancy::Ui
