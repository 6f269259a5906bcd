#pragma once

#include "TenantService.h"

#include <QMap>
#include <QWidget>

class QAbstractSpinBox;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Tenancy::Ui {

class MessageLabel;
class TimeSeriesChart;

// A tenant's Scaling tab: its auto-scaling policy as a form (each field checked as it is
// edited, the problem shown under the field: the ranges and the rules between fields), and
// "Simulate", which replays the last days of a metric hour by hour through the policy in the
// form (saved or not; nothing is written) and charts the capacity against the load, with the
// scale events and the time above the target. Support and admin can save the policy (with a
// reason; audited, a configuration revision like any other). Loads when first shown.
class TenantScalingView : public QWidget
{
    Q_OBJECT

public:
    TenantScalingView(TenantService &service, const QString &tenantId, QWidget *parent = nullptr);
    ~TenantScalingView() override;

    // The form's policy as the configuration names its fields.
    QJsonObject formPolicy() const;
    // The problems with the form, by field name ("min_capacity"); empty when it is good.
    QMap<QString, QString> formProblems() const { return m_problems; }

    QSpinBox *minCapacity() const { return m_min; }
    QSpinBox *maxCapacity() const { return m_max; }
    QDoubleSpinBox *scaleUp() const { return m_up; }
    QDoubleSpinBox *scaleDown() const { return m_down; }
    QPushButton *simulateButton() const { return m_simulate; }
    QPushButton *saveButton() const { return m_save; }
    QComboBox *days() const { return m_days; }
    QLabel *summary() const { return m_summary; }
    TimeSeriesChart *chart() const { return m_chart; }
    bool isBusy() const { return m_loadRequest || m_simulateRequest || m_saveRequest; }

    // Replays the form's policy (what the Simulate button does).
    void simulate();
    // Saves the form's policy with reason (what Save Policy… does after asking why).
    void save(const QString &reason);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void fill(const ScalingPolicy &policy);
    void check();
    void onLoaded(quint64 request, const ScalingState &state);
    void onSimulated(quint64 request, const ScalingSimulation &simulation);
    void onChanged(quint64 request, const ConfigChangeResult &result);
    void onFailed(quint64 request, const Error &error);
    void askAndSave();
    void showErrorAt(const Error &error);

    TenantService &m_service;
    QString m_id;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_min = nullptr;
    QSpinBox *m_max = nullptr;
    QSpinBox *m_target = nullptr;
    QDoubleSpinBox *m_up = nullptr;
    QDoubleSpinBox *m_down = nullptr;
    QSpinBox *m_upCooldown = nullptr;
    QSpinBox *m_downCooldown = nullptr;
    QDoubleSpinBox *m_factor = nullptr;
    QMap<QString, MessageLabel *> m_fieldMessages; // by field name
    QMap<QString, QString> m_problems;
    QComboBox *m_days = nullptr;
    QComboBox *m_metric = nullptr;
    QPushButton *m_simulate = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_summary = nullptr;
    MessageLabel *m_message = nullptr;
    TimeSeriesChart *m_chart = nullptr;
    ScalingPolicy m_saved;
    quint64 m_loadRequest = 0;
    quint64 m_simulateRequest = 0;
    quint64 m_saveRequest = 0;
    bool m_loadedOnce = false;
    bool m_filling = false;
};

} // namespace Tenancy::Ui
