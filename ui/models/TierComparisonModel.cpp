#include "TierComparisonModel.h"

#include "model/Catalog.h"
#include "model/Format.h"
#include "widgets/Labels.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

const Limit *limitOf(int attribute, const Tier &tier)
{
    switch (attribute) {
    case TierComparisonModel::Users:
        return &tier.limits.users;
    case TierComparisonModel::Storage:
        return &tier.limits.storageBytes;
    case TierComparisonModel::AiSessions:
        return &tier.limits.aiSessionsPerMonth;
    case TierComparisonModel::ApiRequests:
        return &tier.limits.apiRequestsPerHour;
    case TierComparisonModel::CustomIntegrations:
        return &tier.limits.customIntegrations;
    default:
        return nullptr;
    }
}

// A tier's overage prices, in the order of its limits: {"users", "8.00 USD per user"}.
QList<std::pair<QString, QString>> overageLines(const Tier &tier, const QString &currency)
{
    QList<std::pair<QString, QString>> out;
    struct Priced
    {
        const char *metric, *one, *many;
    };
    static const Priced metrics[]
        = {{"users", QT_TRANSLATE_NOOP("Tenancy::Ui::TierComparisonModel", "user"),
            QT_TRANSLATE_NOOP("Tenancy::Ui::TierComparisonModel", "users")},
           {"storage_bytes", QT_TRANSLATE_NOOP("Tenancy::Ui::TierComparisonModel", "storage"),
            QT_TRANSLATE_NOOP("Tenancy::Ui::TierComparisonModel", "storage")},
           {"ai_sessions", QT_TRANSLATE_NOOP("Tenancy::Ui::TierComparisonModel", "AI session"),
            QT_TRANSLATE_NOOP("Tenancy::Ui::TierComparisonModel", "AI sessions")},
           {"api_calls", QT_TRANSLATE_NOOP("Tenancy::Ui::TierComparisonModel", "API call"),
            QT_TRANSLATE_NOOP("Tenancy::Ui::TierComparisonModel", "API calls")}};
    for (const Priced &m : metrics) {
        const char *metric = m.metric;
        const auto it = tier.overage.constFind(QString::fromLatin1(metric));
        if (it == tier.overage.constEnd())
            continue;
        const QString price = Money {it->priceMinor, currency}.toDisplayString();
        const QString what = QCoreApplication::translate("Tenancy::Ui::TierComparisonModel",
                                                         it->per == 1 ? m.one : m.many);
        QString per;
        if (qstrcmp(metric, "storage_bytes") == 0)
            per = Format::bytes(it->per);
        else if (it->per == 1)
            per = QString();
        else
            per = QLocale().toString(it->per);
        out.append({QString::fromLatin1(metric),
                    per.isEmpty() ? TierComparisonModel::tr("%1 per extra %2").arg(price, what)
                                  : TierComparisonModel::tr("%1 per %2 %3").arg(price, per, what)});
    }
    return out;
}

// The value in machine form; two cells differ exactly when these differ.
QString rawValue(int attribute, const Tier &tier)
{
    if (const Limit *limit = limitOf(attribute, tier))
        return limit->toString();
    switch (attribute) {
    case TierComparisonModel::SupportLevel:
        return tier.supportLevel;
    case TierComparisonModel::Sla:
        return QString::number(tier.slaHundredths);
    case TierComparisonModel::Infrastructure:
        return tier.infrastructure;
    case TierComparisonModel::DefaultIsolation:
        return isolationId(tier.defaultIsolation);
    case TierComparisonModel::MonthlyPrice:
        return tier.monthlyPrice
            ? QString::number(tier.monthlyPrice->minor) + u' ' + tier.monthlyPrice->currency
            : u"quote"_s;
    case TierComparisonModel::Overage: {
        QStringList parts;
        for (auto it = tier.overage.begin(); it != tier.overage.end(); ++it)
            parts << u"%1=%2/%3"_s.arg(it.key()).arg(it->priceMinor).arg(it->per);
        return parts.join(u',');
    }
    }
    return {};
}

} // namespace

TierComparisonModel::TierComparisonModel(std::shared_ptr<const Catalog> catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(std::move(catalog))
{
    Q_ASSERT(m_catalog);
}

TierComparisonModel::~TierComparisonModel() = default;

QColor TierComparisonModel::differenceColor(const QColor &background)
{
    // A light tint of the palette's highlight over the background, so the text colour that goes
    // with that background keeps its contrast, in light and dark palettes alike.
    const QColor highlight
        = QGuiApplication::palette().color(QPalette::Active, QPalette::Highlight);
    constexpr float weight = 0.3f;
    const auto mix = [&](float tint, float base) {
        return tint * weight + base * (1 - weight);
    };
    return QColor::fromRgbF(mix(highlight.redF(), background.redF()),
                            mix(highlight.greenF(), background.greenF()),
                            mix(highlight.blueF(), background.blueF()));
}

QString TierComparisonModel::attributeName(int attribute)
{
    switch (attribute) {
    case Users:
        return tr("Users");
    case Storage:
        return tr("Storage");
    case AiSessions:
        return tr("AI sessions per month");
    case ApiRequests:
        return tr("API requests per hour");
    case CustomIntegrations:
        return tr("Custom integrations");
    case SupportLevel:
        return tr("Support level");
    case Sla:
        return tr("SLA");
    case Infrastructure:
        return tr("Infrastructure");
    case DefaultIsolation:
        return tr("Default isolation");
    case MonthlyPrice:
        return tr("Monthly list price");
    case Overage:
        return tr("Overage");
    }
    return {};
}

QString TierComparisonModel::attributeDescription(int attribute)
{
    switch (attribute) {
    case Users:
        return tr("Users a tenant can have");
    case Storage:
        return tr("Storage a tenant can use, in decimal units: 1 GB = 10⁹ bytes");
    case AiSessions:
        return tr("AI sessions a tenant can start per month");
    case ApiRequests:
        return tr("Requests a tenant can make to the API per hour");
    case CustomIntegrations:
        return tr("Custom integrations a tenant can set up");
    case SupportLevel:
        return tr("The support the tenant is entitled to");
    case Sla:
        return tr("Availability promised by the service level agreement");
    case Infrastructure:
        return tr("Where the tenant's workloads run");
    case DefaultIsolation:
        return tr("How a new tenant's data is separated from other tenants'");
    case MonthlyPrice:
        return tr("List price per month; custom tiers are quoted per customer");
    case Overage:
        return tr("What usage above a limit costs; without a price the limit is enforced instead");
    }
    return {};
}

int TierComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AttributeCount;
}

int TierComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog->tiers().size());
}

const Tier &TierComparisonModel::tierAt(int column) const
{
    return m_catalog->tiers().at(column);
}

QString TierComparisonModel::displayText(int attribute, const Tier &tier) const
{
    if (const Limit *limit = limitOf(attribute, tier)) {
        if (limit->isUnlimited())
            return tr("Unlimited");
        return attribute == Storage ? Format::storage(*limit) : Format::count(*limit);
    }
    switch (attribute) {
    case SupportLevel:
        return Labels::supportLevel(tier.supportLevel);
    case Sla:
        return Format::percent(tier.slaHundredths);
    case Infrastructure:
        return Labels::infrastructure(tier.infrastructure);
    case DefaultIsolation:
        return Labels::isolation(tier.defaultIsolation);
    case MonthlyPrice:
        return tier.monthlyPrice ? Format::price(tier.monthlyPrice) : tr("Quote");
    case Overage:
        if (tier.overage.isEmpty())
            return tier.monthlyPrice ? tr("None: limits enforced") : tr("Quote");
        // Short, so four tiers fit side by side; the prices are in the tooltip.
        return tier.overage.size() == 1 ? tr("Priced: 1 metric")
                                        : tr("Priced: %1 metrics").arg(tier.overage.size());
    }
    return {};
}

QString TierComparisonModel::exactText(int attribute, const Tier &tier) const
{
    if (const Limit *limit = limitOf(attribute, tier)) {
        if (limit->isUnlimited())
            return tr("No limit");
        if (attribute == Storage)
            return tr("%L1 bytes (1 GB = 10⁹ bytes)").arg(limit->value());
        return QLocale().toString(limit->value());
    }
    switch (attribute) {
    case Sla:
        return tr("%1 availability").arg(Format::percent(tier.slaHundredths));
    case DefaultIsolation:
        return tr("%1 (isolation level \"%2\")")
            .arg(displayText(attribute, tier), isolationId(tier.defaultIsolation));
    case MonthlyPrice:
        return tier.monthlyPrice ? tr("%1 per month").arg(Format::price(tier.monthlyPrice))
                                 : tr("Quote-only: the price is agreed with each customer");
    case Overage: {
        const auto lines = overageLines(tier, m_catalog->currency());
        if (lines.isEmpty())
            return displayText(attribute, tier);
        QStringList text;
        for (const auto &line : lines)
            text << line.second;
        return text.join(u'\n');
    }
    }
    return displayText(attribute, tier);
}

bool TierComparisonModel::differs(const QModelIndex &index) const
{
    if (index.column() == 0)
        return false;
    return rawValue(index.row(), tierAt(index.column() - 1))
        != rawValue(index.row(), tierAt(index.column()));
}

QVariant TierComparisonModel::data(const QModelIndex &index, int role) const
{
    // The invalid index is a legitimate question (the root has no data); anything else invalid
    // is a bug that checkIndex reports.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int attribute = index.row();
    const Tier &tier = tierAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(attribute, tier);
    case Qt::ToolTipRole:
        return exactText(attribute, tier);
    case Qt::AccessibleTextRole: {
        const QString text
            = tr("%1, %2: %3")
                  .arg(attributeName(attribute), tier.displayName, displayText(attribute, tier));
        if (!differs(index))
            return text;
        return tr("%1 (differs from %2)").arg(text, tierAt(index.column() - 1).displayName);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (differs(index))
            return differenceColor(
                QGuiApplication::palette().color(QPalette::Active, QPalette::Base));
        return {};
    case Qt::FontRole:
        if (differs(index)) {
            // Only the weight is set, so the view's own font family and size stay.
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case DiffersRole:
        return differs(index);
    case RawValueRole:
        return rawValue(attribute, tier);
    }
    return {};
}

QVariant TierComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const Tier &tier = tierAt(section);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tier.displayName;
        case Qt::ToolTipRole:
            return tr("The %1 tier").arg(tier.displayName);
        }
        return {};
    }
    if (section < 0 || section >= AttributeCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return attributeName(section);
    case Qt::ToolTipRole:
        return attributeDescription(section);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeading | Qt::AlignVCenter);
    }
    return {};
}

Qt::ItemFlags TierComparisonModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Tenancy::Ui
