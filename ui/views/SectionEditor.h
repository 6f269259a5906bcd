#pragma once

#include "TenantManager.h"

#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QUndoStack;

namespace Tenancy {
class TenantService;
}

namespace Tenancy::Ui {

class MessageLabel;
class TenantConfigurationView;

// What the Security and AI tabs share: edits of one section of a tenant's configuration kept
// until applied (each undoable, a value set back to what is stored is no edit), resets to the
// tier's value, the document as edited, and Apply through the Configuration tab's diff and
// reason. A subclass builds its widgets and shows the state in refreshView().
class SectionEditor : public QWidget
{
    Q_OBJECT

public:
    SectionEditor(TenantService &service, TenantConfigurationView &configuration,
                  QWidget *parent = nullptr);
    ~SectionEditor() override;

    const QList<ConfigOverride> &edits() const { return m_edits; }
    const QStringList &resets() const { return m_resets; }
    QUndoStack *undoStack() const { return m_undo; }
    QPushButton *applyButton() const { return m_apply; }

    // An edit as the user makes it (undoable); a reset drops the tenant's own value.
    void edit(const QString &pointer, const QJsonValue &value);
    void reset(const QString &pointer);
    void apply();
    void discard();

protected:
    // The configuration as edited (resets show the value below only once applied).
    QJsonObject edited() const;
    bool isLoaded() const;
    const ConfigurationState &state() const;
    const QList<ProvenanceEntry> &provenance() const;
    // The value a field shows before edits (defaults may be filled in by the subclass).
    virtual QJsonValue storedValue(const QString &pointer) const;
    // Shows the state; problems decide whether Apply is possible (see setProblems).
    virtual void refreshView() = 0;
    // Re-runs refreshView() and updates the buttons.
    void recheck();
    // What refreshView() found: problems that block Apply (empty: none).
    void setBlocking(const QString &firstProblem);
    // The row of Undo, Redo, Discard and Apply with the message beside them.
    QHBoxLayout *buttonRow();

    TenantService &m_service;
    TenantConfigurationView &m_configuration;
    MessageLabel *m_message = nullptr;

private:
    friend class SectionEditCommand;
    void setEdit(const QString &pointer, const QJsonValue &value);
    void setReset(const QString &pointer, bool on);
    void updateButtons();

    QList<ConfigOverride> m_edits;
    QStringList m_resets;
    QString m_blocking;
    QUndoStack *m_undo = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace Tenancy::Ui
