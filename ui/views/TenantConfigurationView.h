#pragma once

#include "TenantManager.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace Tenancy {
class TenantService;
}

namespace Tenancy::Ui {

class JsonTreeModel;
class MessageLabel;

// A tenant's effective configuration: every value with the layer that set it (tier default,
// template, override, edit), editable in place (an edit becomes an override, checked against
// the schema and the tier as it is typed), applied with a diff and a reason; and its revisions,
// each of which can be made current again.
class TenantConfigurationView : public QWidget
{
    Q_OBJECT

public:
    TenantConfigurationView(TenantService &service, const QString &tenantId,
                            QWidget *parent = nullptr);
    ~TenantConfigurationView() override;

    void refresh();
    void clear();
    bool isLoaded() const { return m_loaded; }
    const ConfigurationState &state() const { return m_state; }
    const QList<ProvenanceEntry> &provenance() const { return m_provenance; }
    // Edits not applied yet (pointer, value).
    const QList<ConfigOverride> &pendingEdits() const { return m_edits; }
    JsonTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QTreeWidget *revisions() const { return m_revisions; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *rollbackButton() const { return m_rollback; }

    // What the operator asked for: an edit of one value (checked here, at once).
    void requestEdit(const QString &pointer, const QJsonValue &value);
    // Drops the tenant's own value at pointer (an override or an edit): back to the layer below.
    void requestReset(const QString &pointer);
    void applyEdits(); // dry run, then the diff dialog, then the change
    void discardEdits();
    void rollBackToSelected();

Q_SIGNALS:
    void changed(const Tenancy::Tenant &tenant); // a new revision was written
    void loaded();

private:
    void onLoaded(quint64 request, const Tenancy::ConfigurationState &state,
                  const QList<Tenancy::ProvenanceEntry> &provenance,
                  const QList<Tenancy::ConfigRevision> &revisions);
    void onChanged(quint64 request, const Tenancy::ConfigChangeResult &result);
    void onFailed(quint64 request, const Tenancy::Error &error);
    void updateActions();
    void markEdits();

    TenantService &m_service;
    QString m_id;
    ConfigurationState m_state;
    bool m_loaded = false;
    QList<ConfigOverride> m_edits;
    QStringList m_resets; // pointers whose override goes
    QList<ProvenanceEntry> m_provenance;
    quint64 m_loadRequest = 0;
    quint64 m_previewRequest = 0;
    quint64 m_writeRequest = 0;
    int m_rollbackTo = -1; // the preview/write is a rollback to this revision
    QString m_reason; // kept when a write fails
    QLabel *m_summary = nullptr;
    MessageLabel *m_message = nullptr;
    QTreeView *m_tree = nullptr;
    JsonTreeModel *m_model = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_discard = nullptr;
    QTreeWidget *m_revisions = nullptr;
    QPushButton *m_rollback = nullptr;
};

} // namespace Tenancy::Ui
