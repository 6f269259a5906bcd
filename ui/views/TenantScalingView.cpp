#include "TenantScalingView.h"

#include "charts/TimeSeriesChart.h"
#include "dialogs/ReasonDialog.h"
#include "widgets/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

constexpr double kHourMs = 3'600'000.0;

QString hoursText(qint64 ms)
{
    return TenantScalingView::tr("%L1 h").arg(std::llround(double(ms) / kHourMs));
}

// The field name at the end of a JSON Pointer under the policy ("/infrastructure/auto_scaling/
// min_capacity" -> "min_capacity").
QString fieldOf(const QString &pointer)
{
    if (!pointer.startsWith(ScalingPolicy::pointer + u'/'))
        return {};
    return pointer.mid(ScalingPolicy::pointer.size() + 1).section(u'/', 0, 0);
}

} // namespace

TenantScalingView::TenantScalingView(TenantService &service, const QString &tenantId,
                                     QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_id(tenantId)
{
    setObjectName(u"scalingView"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const auto addField
        = [&](const QString &label, QWidget *field, const QString &name, const QString &help) {
              field->setObjectName(u"scaling_"_s + name);
              field->setToolTip(help);
              auto *message = new MessageLabel(u"scalingMessage_"_s + name, field);
              m_fieldMessages.insert(name, message);
              auto *column = new QVBoxLayout;
              column->setContentsMargins(0, 0, 0, 0);
              column->setSpacing(2);
              column->addWidget(field);
              column->addWidget(message);
              // A label of its own, so its mnemonic (Alt+N) focuses the field.
              auto *title = new QLabel(label);
              title->setBuddy(field);
              form->addRow(title, column);
          };
    m_enabled = new QCheckBox(tr("Scale automatically"));
    addField(tr("Auto-scaling:"), m_enabled, u"enabled"_s,
             tr("Off: the capacity stays where it is (the simulation never scales)."));
    const auto spin = [](int min, int max, const QString &suffix) {
        auto *s = new QSpinBox;
        s->setRange(min, max);
        s->setSuffix(suffix);
        s->setAccelerated(true);
        return s;
    };
    const auto percent = [](double min, double max) {
        auto *s = new QDoubleSpinBox;
        s->setRange(min, max);
        s->setDecimals(0);
        s->setSuffix(u" %"_s);
        return s;
    };
    m_min = spin(1, 10000, QString());
    addField(tr("Mi&nimum capacity (units):"), m_min, u"min_capacity"_s,
             tr("The capacity never goes below this (1 to 10,000 units)."));
    m_max = spin(1, 10000, QString());
    addField(tr("Ma&ximum capacity (units):"), m_max, u"max_capacity"_s,
             tr("The capacity never goes above this (1 to 10,000 units)."));
    m_target = spin(1, 100, u" %"_s);
    addField(tr("&Target utilisation:"), m_target, u"target_utilization_percent"_s,
             tr("A scale brings the utilisation to this."));
    m_up = percent(0, 100);
    addField(tr("Scale &up above:"), m_up, u"scale_up_threshold"_s,
             tr("Above this utilisation the capacity grows (at most 100%)."));
    m_down = percent(0, 100);
    addField(tr("Scale &down below:"), m_down, u"scale_down_threshold"_s,
             tr("Below this utilisation the capacity shrinks (above 0, below the scale-up "
                "threshold)."));
    m_upCooldown = spin(0, 86400, tr(" s"));
    addField(tr("Cooldown after scaling up:"), m_upCooldown, u"scale_up_cooldown_seconds"_s,
             tr("No other change for this long after one (at least 60 s)."));
    m_downCooldown = spin(0, 86400, tr(" s"));
    addField(tr("Cooldown after scaling down:"), m_downCooldown, u"scale_down_cooldown_seconds"_s,
             tr("No other change for this long after one (at least 60 s)."));
    m_factor = new QDoubleSpinBox;
    m_factor->setRange(0, 100);
    m_factor->setDecimals(1);
    m_factor->setSingleStep(0.5);
    m_factor->setPrefix(u"× "_s);
    addField(tr("Largest step:"), m_factor, u"max_scale_factor"_s,
             tr("One change multiplies or divides the capacity by at most this (1 to 100)."));

    m_save = new QPushButton(tr("&Save Policy…"));
    m_save->setObjectName(u"scalingSave"_s);
    m_revert = new QPushButton(tr("Re&vert"));
    m_revert->setObjectName(u"scalingRevert"_s);
    m_revert->setToolTip(tr("Back to the saved policy"));
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_save);
    formButtons->addWidget(m_revert);
    formButtons->addStretch(1);
    auto *policyBox = new QGroupBox(tr("Policy"));
    auto *policyLayout = new QVBoxLayout(policyBox);
    policyLayout->addLayout(form);
    policyLayout->addLayout(formButtons);
    policyLayout->addStretch(1);

    m_days = new QComboBox;
    m_days->setObjectName(u"scalingDays"_s);
    m_days->addItem(tr("Last 7 days"), 7);
    m_days->addItem(tr("Last 30 days"), 30);
    m_days->addItem(tr("Last 90 days"), 90);
    m_days->setCurrentIndex(1);
    m_metric = new QComboBox;
    m_metric->setObjectName(u"scalingMetric"_s);
    m_metric->addItem(tr("API calls"), u"api_calls"_s);
    m_metric->addItem(tr("AI sessions"), u"ai_sessions"_s);
    m_metric->addItem(tr("Users"), u"users"_s);
    m_metric->addItem(tr("Bandwidth"), u"bandwidth_bytes"_s);
    m_simulate = new QPushButton(tr("Si&mulate"));
    m_simulate->setObjectName(u"scalingSimulate"_s);
    m_simulate->setToolTip(tr("Replay the usage through the policy in the form (Ctrl+Return); "
                              "nothing is saved"));
    m_simulate->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    m_state = new QLabel;
    m_state->setObjectName(u"scalingState"_s);
    auto *daysLabel = new QLabel(tr("&Replay:"));
    daysLabel->setBuddy(m_days);
    auto *metricLabel = new QLabel(tr("&Load:"));
    metricLabel->setBuddy(m_metric);
    auto *controls = new QHBoxLayout;
    controls->addWidget(daysLabel);
    controls->addWidget(m_days);
    controls->addWidget(metricLabel);
    controls->addWidget(m_metric);
    controls->addWidget(m_simulate);
    controls->addWidget(m_state, 1);
    m_message = new MessageLabel(u"scalingMessage"_s, m_simulate);
    m_summary = new QLabel;
    m_summary->setObjectName(u"scalingSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_chart = new TimeSeriesChart;
    m_chart->setObjectName(u"scalingChart"_s);
    m_chart->setMinimumWidth(420);
    auto *simulationBox = new QGroupBox(tr("Simulation"));
    auto *simulationLayout = new QVBoxLayout(simulationBox);
    simulationLayout->addLayout(controls);
    simulationLayout->addWidget(m_message);
    simulationLayout->addWidget(m_summary);
    simulationLayout->addWidget(m_chart, 1);

    // In a scroll area: a narrow tab scrolls rather than widening the window.
    auto *content = new QWidget;
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(policyBox);
    contentLayout->addWidget(simulationBox, 1);
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(area);

    for (QSpinBox *s : {m_min, m_max, m_target, m_upCooldown, m_downCooldown})
        connect(s, &QSpinBox::valueChanged, this, &TenantScalingView::check);
    for (QDoubleSpinBox *s : {m_up, m_down, m_factor})
        connect(s, &QDoubleSpinBox::valueChanged, this, &TenantScalingView::check);
    connect(m_enabled, &QCheckBox::toggled, this, &TenantScalingView::check);
    connect(m_simulate, &QPushButton::clicked, this, &TenantScalingView::simulate);
    connect(m_save, &QPushButton::clicked, this, &TenantScalingView::askAndSave);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        fill(m_saved);
        simulate();
    });
    connect(&m_service, &TenantService::scalingLoaded, this, &TenantScalingView::onLoaded);
    connect(&m_service, &TenantService::scalingSimulated, this, &TenantScalingView::onSimulated);
    connect(&m_service, &TenantService::configurationChanged, this, &TenantScalingView::onChanged);
    connect(&m_service, &TenantService::failed, this, &TenantScalingView::onFailed);
    setEnabled(false); // until the policy is loaded
}

TenantScalingView::~TenantScalingView() = default;

void TenantScalingView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        load();
    }
}

void TenantScalingView::load()
{
    m_state->setText(tr("Loading…"));
    m_loadRequest = m_service.scaling(m_id);
}

void TenantScalingView::fill(const ScalingPolicy &p)
{
    m_filling = true;
    m_enabled->setChecked(p.enabled);
    m_min->setValue(p.minCapacity);
    m_max->setValue(p.maxCapacity);
    m_target->setValue(p.targetUtilizationPercent);
    m_up->setValue(p.scaleUpThreshold * 100);
    m_down->setValue(p.scaleDownThreshold * 100);
    m_upCooldown->setValue(p.scaleUpCooldownSeconds);
    m_downCooldown->setValue(p.scaleDownCooldownSeconds);
    m_factor->setValue(p.maxScaleFactor);
    m_filling = false;
    check();
}

QJsonObject TenantScalingView::formPolicy() const
{
    // Thresholds are fractions in the configuration, percentages in the form.
    const auto fraction = [](double percent) {
        return std::round(percent) / 100.0;
    };
    return {{u"enabled"_s, m_enabled->isChecked()},
            {u"min_capacity"_s, m_min->value()},
            {u"max_capacity"_s, m_max->value()},
            {u"target_utilization_percent"_s, m_target->value()},
            {u"scale_up_threshold"_s, fraction(m_up->value())},
            {u"scale_down_threshold"_s, fraction(m_down->value())},
            {u"scale_up_cooldown_seconds"_s, m_upCooldown->value()},
            {u"scale_down_cooldown_seconds"_s, m_downCooldown->value()},
            {u"max_scale_factor"_s, m_factor->value()}};
}

void TenantScalingView::check()
{
    if (m_filling)
        return;
    // The rules between fields are pure (ScalingPolicy::check): checked here as one types; the
    // core checks the whole configuration again when simulating or saving.
    m_problems.clear();
    for (const Error &e : ScalingPolicy::check(formPolicy()))
        m_problems.insert(fieldOf(e.field), e.message);
    for (auto it = m_fieldMessages.begin(); it != m_fieldMessages.end(); ++it)
        it.value()->showMessage(m_problems.value(it.key()));
    const QJsonObject saved = m_saved.toJson();
    const QJsonObject form = formPolicy();
    bool changed = false;
    for (auto it = form.begin(); it != form.end(); ++it)
        changed = changed || saved.value(it.key()) != it.value();
    const bool may = m_service.can(Permission::EditConfiguration);
    m_save->setEnabled(may && changed && m_problems.isEmpty() && !m_saveRequest);
    m_save->setToolTip(
        !may ? tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::EditConfiguration))
            : !changed ? tr("The form is the saved policy.")
                       : tr("Save the policy in the form (asks why)"));
    m_revert->setEnabled(changed);
    m_simulate->setEnabled(m_problems.isEmpty() && !m_simulateRequest);
}

void TenantScalingView::simulate()
{
    if (!m_problems.isEmpty()) {
        m_message->showMessage(tr("Fix the policy first: %1").arg(m_problems.first()));
        return;
    }
    m_message->clearMessage();
    m_state->setText(tr("Simulating…"));
    m_simulateRequest = m_service.simulateScaling(m_id, m_days->currentData().toInt(),
                                                  m_metric->currentData().toString(), formPolicy());
    check();
}

void TenantScalingView::askAndSave()
{
    ReasonDialog dialog(tr("Save the scaling policy of %1").arg(m_id),
                        tr("Why does the policy change? The reason goes to the audit log with "
                           "the change."),
                        tr("Save Policy"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    save(dialog.reason());
}

void TenantScalingView::save(const QString &reason)
{
    // Only what differs from the saved policy becomes an override.
    const QJsonObject saved = m_saved.toJson();
    const QJsonObject form = formPolicy();
    QJsonObject changed;
    for (auto it = form.begin(); it != form.end(); ++it) {
        if (saved.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return;
    m_state->setText(tr("Saving…"));
    m_saveRequest = m_service.setScalingPolicy(m_id, changed, reason);
    check();
}

void TenantScalingView::onLoaded(quint64 request, const ScalingState &state)
{
    if (request != m_loadRequest)
        return;
    m_loadRequest = 0;
    setEnabled(true);
    m_saved = state.policy;
    fill(state.policy);
    m_state->setText(tr("Capacity now: %L1 (units)").arg(state.capacity));
    simulate();
}

void TenantScalingView::onSimulated(quint64 request, const ScalingSimulation &s)
{
    if (request != m_simulateRequest)
        return;
    m_simulateRequest = 0;
    check();
    m_state->clear();
    const QString metric = m_metric->currentText();
    m_summary->setText(
        tr("%1 scale events (%2 up, %3 down); capacity peaked at %4 units, %5 on average. "
           "Above the %6% target for %7; overloaded (above 100%) for %8. A unit serves %9 %10 an "
           "hour.")
            .arg(s.events.size())
            .arg(s.scaleUps)
            .arg(s.scaleDowns)
            .arg(s.peakCapacity)
            .arg(QString::number(s.meanCapacity, 'f', 1))
            .arg(s.policy.targetUtilizationPercent)
            .arg(hoursText(s.aboveTargetMs), hoursText(s.overloadedMs),
                 TimeSeriesChart::human(s.perUnit,
                                        UsageMetric::isBytes(s.metric)
                                            ? TimeSeriesChart::Unit::Bytes
                                            : TimeSeriesChart::Unit::Count),
                 metric));
    QList<SeriesPoint> load, capacity;
    load.reserve(s.steps.size());
    capacity.reserve(s.steps.size() * 2);
    for (qsizetype i = 0; i < s.steps.size(); ++i) {
        const ScalingSimulation::Step &step = s.steps.at(i);
        load.append({step.at, step.load});
        // A step line: the capacity holds for the hour.
        const double served = step.capacity * s.perUnit;
        if (i > 0 && s.steps.at(i - 1).capacity != step.capacity)
            capacity.append({step.at, s.steps.at(i - 1).capacity * s.perUnit});
        capacity.append({step.at, served});
    }
    const qint64 from = s.steps.isEmpty() ? 0 : s.steps.first().at;
    const qint64 to = s.steps.isEmpty() ? 1 : s.steps.last().at + s.stepMs;
    m_chart->setOverlay(tr("capacity (what it serves)"), capacity);
    m_chart->setSeries(tr("%1 against capacity").arg(m_metric->currentText()),
                       tr("%1 in the hour").arg(metric), load,
                       UsageMetric::isBytes(s.metric) ? TimeSeriesChart::Unit::Bytes
                                                      : TimeSeriesChart::Unit::Count,
                       std::nullopt, from, to);
}

void TenantScalingView::onChanged(quint64 request, const ConfigChangeResult &)
{
    if (request != m_saveRequest)
        return;
    m_saveRequest = 0;
    m_message->showMessage(tr("Policy saved."), MessageLabel::Tone::Success);
    load();
}

void TenantScalingView::showErrorAt(const Error &error)
{
    const QString field = fieldOf(error.field);
    if (MessageLabel *label = m_fieldMessages.value(field))
        label->showMessage(error.message);
    else
        m_message->showMessage(error.message);
}

void TenantScalingView::onFailed(quint64 request, const Error &error)
{
    if (request == m_loadRequest) {
        m_loadRequest = 0;
        m_state->clear();
        m_message->showMessage(error.message);
        return;
    }
    if (request == m_simulateRequest) {
        m_simulateRequest = 0;
        m_state->clear();
        m_summary->clear();
        m_chart->setOverlay({}, {});
        m_chart->setSeries(tr("No simulation"), QString(), {}, TimeSeriesChart::Unit::Count,
                           std::nullopt, 0, 1);
        showErrorAt(error);
        check();
        return;
    }
    if (request == m_saveRequest) {
        m_saveRequest = 0;
        m_state->clear();
        showErrorAt(error);
        check();
    }
}

} // namespace Tenancy::Ui
