#pragma once

#include "SectionEditor.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace Tenancy::Ui {

class MessageLabel;
class SchemaForm;

// A tenant's AI configuration: the model access matrix (each model on or off, inherited from
// the tier or overridden, what the tier allows, "Reset to tier"), rate limits bounded by the
// tier, content filter thresholds per category for prompts and completions, the other safety
// settings and the ML pipeline. Edits can be undone; Apply goes through the Configuration tab.
class TenantAiView : public SectionEditor
{
    Q_OBJECT

public:
    TenantAiView(TenantService &service, TenantConfigurationView &configuration,
                 QWidget *parent = nullptr);
    ~TenantAiView() override;

    QTableWidget *models() const { return m_models; }
    QSpinBox *rateLimit(const QString &name) const { return m_limits.value(name); }
    QComboBox *threshold(const QString &category, const QString &direction) const
    {
        return m_thresholds.value(category + u'/' + direction);
    }
    SchemaForm *form() const { return m_form; }

protected:
    void refreshView() override;

private:
    QTableWidget *m_models = nullptr;
    MessageLabel *m_modelProblem = nullptr;
    QHash<QString, QSpinBox *> m_limits;
    QHash<QString, QLabel *> m_limitNotes;
    QHash<QString, MessageLabel *> m_limitProblems;
    QCheckBox *m_filterOn = nullptr;
    QHash<QString, QComboBox *> m_thresholds; // "hate/input", ...
    SchemaForm *m_form = nullptr;
    bool m_updating = false;
};

} // namespace Tenancy::Ui
