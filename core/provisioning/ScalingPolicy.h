#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Tenancy {

// A tenant's auto-scaling policy (DOMAIN.md "Infrastructure"; the configuration's
// infrastructure.auto_scaling). The schema checks each field; check() adds the rules between
// them: min_capacity <= max_capacity, 0 < scale_down_threshold < scale_up_threshold <= 1,
// cooldowns of at least 60 s, max_scale_factor >= 1.
struct ScalingPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::ScalingPolicy)

public:
    bool enabled = true;
    int minCapacity = 2;
    int maxCapacity = 100;
    int targetUtilizationPercent = 70;
    int scaleUpCooldownSeconds = 300;
    int scaleDownCooldownSeconds = 600;
    double scaleUpThreshold = 0.8;
    double scaleDownThreshold = 0.2;
    double maxScaleFactor = 10.0;
    bool predictiveScaling = false;
    QStringList customMetrics;

    static constexpr int minimumCooldownSeconds = 60;
    static inline const QString pointer = QStringLiteral("/infrastructure/auto_scaling");

    static ScalingPolicy fromJson(const QJsonObject &autoScaling);
    QJsonObject toJson() const;
    // The fields a policy has, as the configuration names them.
    static QStringList fieldNames();
    // The rules between fields; each Error's field is the JSON Pointer of the field at fault.
    static QList<Error> check(const QJsonObject &autoScaling);
    // check() on a configuration document's infrastructure.auto_scaling (when it has one).
    static QList<Error> checkDocument(const QJsonObject &document);
};

} // namespace Tenancy
