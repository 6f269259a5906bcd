#include "TenantAiView.h"

#include "TenantService.h"
#include "widgets/MessageLabel.h"
#include "widgets/SchemaForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

const QString kAi = u"/configuration/ai_configuration"_s;

QString sourceText(ConfigLayer layer)
{
    switch (layer) {
    case ConfigLayer::TierDefault:
    case ConfigLayer::Template:
        return TenantAiView::tr("inherited");
    case ConfigLayer::TenantOverride:
        return TenantAiView::tr("overridden");
    case ConfigLayer::OperatorEdit:
        return TenantAiView::tr("edited");
    }
    return {};
}

} // namespace

TenantAiView::TenantAiView(TenantService &service, TenantConfigurationView &configuration,
                           QWidget *parent)
    : SectionEditor(service, configuration, parent)
{
    setObjectName(u"aiView"_s);
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);

    // Model access.
    auto *modelsBox = new QGroupBox(tr("Model access"));
    auto *modelsLayout = new QVBoxLayout(modelsBox);
    m_models = new QTableWidget(int(AiConfigurationManager::modelNames().size()), 5);
    m_models->setObjectName(u"modelAccess"_s);
    m_models->setAccessibleName(tr("Model access"));
    m_models->setHorizontalHeaderLabels(
        {tr("Model"), tr("Access"), tr("Source"), tr("Tier allows"), QString()});
    m_models->verticalHeader()->hide();
    m_models->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_models->setSelectionMode(QAbstractItemView::NoSelection);
    m_models->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_models->horizontalHeader()->setStretchLastSection(true);
    const QStringList models = AiConfigurationManager::modelNames();
    for (int row = 0; row < models.size(); ++row) {
        const QString pointer = kAi + u"/model_access/"_s + models.at(row);
        m_models->setItem(row, 0, new QTableWidgetItem(models.at(row)));
        auto *access = new QTableWidgetItem;
        access->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        m_models->setItem(row, 1, access);
        m_models->setItem(row, 2, new QTableWidgetItem);
        m_models->setItem(row, 3, new QTableWidgetItem);
        auto *reset = new QPushButton(tr("Reset to tier"));
        reset->setObjectName(u"reset_"_s + models.at(row));
        reset->setToolTip(tr("Drop this tenant's own value: the tier's applies again"));
        connect(reset, &QPushButton::clicked, this, [this, pointer] { this->reset(pointer); });
        m_models->setCellWidget(row, 4, reset);
    }
    connect(m_models, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || item->column() != 1)
            return;
        const QString model = m_models->item(item->row(), 0)->text();
        edit(kAi + u"/model_access/"_s + model, item->checkState() == Qt::Checked);
    });
    m_models->setFixedHeight(m_models->horizontalHeader()->sizeHint().height()
                             + int(models.size()) * m_models->verticalHeader()->defaultSectionSize()
                             + 2 * m_models->frameWidth());
    m_modelProblem = new MessageLabel(u"modelProblem"_s, m_models);
    modelsLayout->addWidget(m_models);
    modelsLayout->addWidget(m_modelProblem);
    column->addWidget(modelsBox);

    // Rate limits, bounded by the tier.
    auto *limitsBox = new QGroupBox(tr("Rate limits"));
    auto *limitsForm = new QFormLayout(limitsBox);
    const QList<std::pair<QString, QString>> limits {
        {u"requests_per_minute"_s, tr("Requests per &minute:")},
        {u"tokens_per_day"_s, tr("&Tokens per day:")},
        {u"concurrent_requests"_s, tr("&Concurrent requests:")},
    };
    for (const auto &[name, caption] : limits) {
        auto *spin = new QSpinBox;
        spin->setObjectName(name);
        spin->setAccessibleName(caption);
        spin->setKeyboardTracking(false);
        spin->setGroupSeparatorShown(true);
        auto *note = new QLabel;
        note->setEnabled(false);
        auto *problem = new MessageLabel(name + u"#problem"_s, spin);
        auto *cell = new QWidget;
        auto *cellLayout = new QGridLayout(cell);
        cellLayout->setContentsMargins({});
        cellLayout->addWidget(spin, 0, 0);
        cellLayout->addWidget(note, 0, 1);
        cellLayout->setColumnStretch(1, 1);
        cellLayout->addWidget(problem, 1, 0, 1, 2);
        auto *label = new QLabel(caption);
        label->setBuddy(spin);
        limitsForm->addRow(label, cell);
        connect(spin, &QSpinBox::valueChanged, this, [this, name](int v) {
            if (!m_updating)
                edit(kAi + u"/rate_limits/"_s + name, v);
        });
        m_limits.insert(name, spin);
        m_limitNotes.insert(name, note);
        m_limitProblems.insert(name, problem);
    }
    column->addWidget(limitsBox);

    // Content filter: the lowest severity blocked, per category, for prompts and completions.
    auto *filterBox = new QGroupBox(tr("Content filter"));
    auto *grid = new QGridLayout(filterBox);
    m_filterOn = new QCheckBox(tr("&Filter content"));
    m_filterOn->setObjectName(u"contentFilter"_s);
    connect(m_filterOn, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            edit(kAi + u"/safety_settings/content_filter/enabled"_s, on);
    });
    grid->addWidget(m_filterOn, 0, 0, 1, 3);
    grid->addWidget(new QLabel(tr("Blocks from")), 1, 0);
    grid->addWidget(new QLabel(tr("Prompts")), 1, 1);
    grid->addWidget(new QLabel(tr("Completions")), 1, 2);
    const QStringList categories = AiConfigurationManager::categoryNames();
    for (int i = 0; i < categories.size(); ++i) {
        const QString category = categories.at(i);
        grid->addWidget(new QLabel(QString(category).replace(u'_', u' ')), i + 2, 0);
        int col = 1;
        for (const QString &direction : {u"input"_s, u"output"_s}) {
            auto *combo = new QComboBox;
            combo->setObjectName(category + u'/' + direction);
            combo->setAccessibleName(tr("%1, %2").arg(category, direction));
            for (const QString &severity : AiConfigurationManager::severityNames())
                combo->addItem(severity, severity);
            combo->setToolTip(tr("safe blocks anything beyond harmless; high only the worst"));
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this, combo, category, direction] {
                        if (!m_updating)
                            edit(kAi + u"/safety_settings/content_filter/categories/"_s + category
                                     + u'/' + direction,
                                 combo->currentData().toString());
                    });
            grid->addWidget(combo, i + 2, col++);
            m_thresholds.insert(category + u'/' + direction, combo);
        }
    }
    grid->setColumnStretch(3, 1);
    column->addWidget(filterBox);

    if (const auto engine = m_service.configEngine()) {
        m_form = new SchemaForm(
            engine->schema(), kAi,
            {{u"safety_settings"_s, tr("Safety")}, {u"ml_pipeline"_s, tr("ML pipeline")}});
        connect(m_form, &SchemaForm::edited, this, &TenantAiView::edit);
        column->addWidget(m_form);
    }
    column->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttonRow());
    recheck();
}

TenantAiView::~TenantAiView() = default;

void TenantAiView::refreshView()
{
    const auto engine = m_service.configEngine();
    if (!engine)
        return;
    const ConfigurationState &s = state();
    const QJsonObject document = edited();
    const AiConfigurationView view = AiConfigurationManager(m_service.sharedCatalog())
                                         .view(s.tenant.id, document, provenance());
    const bool may = m_service.can(Permission::EditConfiguration);
    const auto pendingAt = [&](const QString &pointer) {
        return std::any_of(edits().cbegin(), edits().cend(),
                           [&](const ConfigOverride &o) { return o.pointer == pointer; });
    };
    m_updating = true;
    for (int row = 0; row < view.models.size(); ++row) {
        const ModelAccess &m = view.models.at(row);
        const QString pointer = kAi + u"/model_access/"_s + m.model;
        m_models->item(row, 1)->setCheckState(m.enabled ? Qt::Checked : Qt::Unchecked);
        m_models->item(row, 1)->setFlags(may ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                             : Qt::ItemIsUserCheckable);
        const bool resetting = resets().contains(pointer);
        m_models->item(row, 2)->setText(resetting                ? tr("reset to tier (not applied)")
                                            : pendingAt(pointer) ? tr("edited (not applied)")
                                                                 : sourceText(m.source));
        QFont font = m_models->item(row, 2)->font();
        font.setItalic(m.source == ConfigLayer::TierDefault || m.source == ConfigLayer::Template);
        m_models->item(row, 2)->setFont(font);
        m_models->item(row, 3)->setText(m.allowedByTier ? tr("yes") : tr("no"));
        auto *reset = qobject_cast<QPushButton *>(m_models->cellWidget(row, 4));
        const bool own
            = m.source == ConfigLayer::TenantOverride || m.source == ConfigLayer::OperatorEdit;
        reset->setEnabled(may && own && !resetting && !pendingAt(pointer));
    }
    for (const AiRateLimit &r : view.rateLimits) {
        QSpinBox *spin = m_limits.value(r.name);
        spin->setRange(
            0,
            r.bound.isUnlimited()
                ? std::numeric_limits<int>::max()
                : int(std::min<qint64>(r.bound.value(), std::numeric_limits<int>::max())));
        spin->setValue(int(std::min<qint64>(r.value, std::numeric_limits<int>::max())));
        spin->setEnabled(may);
        m_limitNotes.value(r.name)->setText(
            (r.bound.isUnlimited() ? tr("no tier bound")
                                   : tr("the %1 tier allows up to %2")
                                         .arg(view.tier, QLocale().toString(r.bound.value())))
            + u" · "_s + sourceText(r.source));
    }
    const QJsonObject filter = view.safety.value(u"content_filter"_s).toObject();
    m_filterOn->setChecked(filter.value(u"enabled"_s).toBool());
    m_filterOn->setEnabled(may);
    const QJsonObject categories = filter.value(u"categories"_s).toObject();
    for (auto it = m_thresholds.begin(); it != m_thresholds.end(); ++it) {
        const QString severity = categories.value(it.key().section(u'/', 0, 0))
                                     .toObject()
                                     .value(it.key().section(u'/', 1, 1))
                                     .toString();
        it.value()->setCurrentIndex(it.value()->findData(severity));
        it.value()->setEnabled(may && filter.value(u"enabled"_s).toBool());
    }
    m_updating = false;
    if (m_form) {
        m_form->setValues(
            document.value(u"configuration"_s).toObject().value(u"ai_configuration"_s).toObject(),
            {});
        m_form->setEditable(may);
    }

    // Problems at their fields.
    QList<ConfigOverride> overrides = s.revision.overrides;
    for (const ConfigOverride &e : edits())
        Overrides::upsert(overrides, e);
    QString modelProblem;
    QHash<QString, QString> limitProblems;
    QHash<QString, QString> formProblems;
    QString first;
    for (const Error &e : engine->check(document, s.tenant.id, s.tenant.tier, overrides)) {
        if (first.isEmpty())
            first = e.message;
        if (e.field.startsWith(kAi + u"/model_access/"_s) && modelProblem.isEmpty())
            modelProblem = e.message;
        else if (e.field.startsWith(kAi + u"/rate_limits/"_s))
            limitProblems.insert(e.field.section(u'/', -1), e.message);
        else
            formProblems.insert(e.field, e.message);
    }
    m_modelProblem->showMessage(modelProblem);
    for (auto it = m_limitProblems.begin(); it != m_limitProblems.end(); ++it)
        it.value()->showMessage(limitProblems.value(it.key()));
    if (m_form)
        m_form->showProblems(formProblems);
    if (!first.isEmpty())
        setBlocking(first);
}

} // namespace Tenancy::Ui
