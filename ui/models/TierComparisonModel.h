#pragma once

#include <QAbstractTableModel>
#include <QColor>

#include <memory>

namespace Tenancy {
class Catalog;
struct Tier;
} // namespace Tenancy

namespace Tenancy::Ui {

// The catalog's tiers side by side: one column per tier in catalog order, one row per attribute
// (limits, support, SLA, infrastructure, isolation, list price), formatted for people. A cell
// whose value differs from the tier to its left is marked (DiffersRole) and highlighted with the
// application palette's colours, so it reads well in light and dark palettes alike.
class TierComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Attribute {
        Users,
        Storage,
        AiSessions,
        ApiRequests,
        CustomIntegrations,
        SupportLevel,
        Sla,
        Infrastructure,
        DefaultIsolation,
        MonthlyPrice,
        Overage,
        AttributeCount
    };
    enum Role {
        // bool: the value differs from the previous tier's in the same row (first column: false).
        DiffersRole = Qt::UserRole + 1,
        // QString: the value in machine-readable form ("unlimited", "10000", "white_glove").
        RawValueRole,
    };

    explicit TierComparisonModel(std::shared_ptr<const Catalog> catalog, QObject *parent = nullptr);
    ~TierComparisonModel() override;

    // The attribute's name as shown in the row header ("Users", "Monthly list price").
    static QString attributeName(int attribute);
    // What the attribute means, for the row header's tooltip.
    static QString attributeDescription(int attribute);
    // The colour a differing cell gets over background (the palette's base on screen, the
    // paper when printing): a tint of the application palette's highlight.
    static QColor differenceColor(const QColor &background);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const Tier &tierAt(int column) const;
    QString displayText(int attribute, const Tier &tier) const;
    QString exactText(int attribute, const Tier &tier) const;
    bool differs(const QModelIndex &index) const;

    std::shared_ptr<const Catalog> m_catalog;
};

} // namespace Tenancy::Ui
