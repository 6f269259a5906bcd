#pragma once

#include "TenantManager.h"
#include "config/ConfigEngine.h"

#include <QWidget>

#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Tenancy {
class TenantService;
}

namespace Tenancy::Ui {

class CodeEditor;
class MessageLabel;

// The template library and its editor: shipped templates and every saved version on the left;
// the text with line numbers, colours and bracket matching in the middle, checked as it is
// typed (the issues list jumps to each problem); the document it renders to beside it, for a
// sample tenant or for a chosen tenant (its values and overrides, as if it moved to this text);
// undo and redo; Save as a new version with a note.
class TemplatesView : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatesView(TenantService &service, QWidget *parent = nullptr);
    ~TemplatesView() override;

    void reload();
    QList<QAction *> editActions() const;
    CodeEditor *editor() const { return m_editor; }
    QListWidget *issues() const { return m_issues; }
    QPlainTextEdit *preview() const { return m_preview; }
    QTreeWidget *library() const { return m_library; }
    QPushButton *saveButton() const { return m_save; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *previewTenantField() const { return m_previewTenant; }
    // Renders the preview for the tenant with this id (empty: a sample tenant).
    void previewFor(const QString &tenantId);
    // Checks the text now (normally 250 ms after the last keystroke).
    void check();

private:
    void onTemplates(quint64 request, const QList<Tenancy::TemplateInfo> &templates);
    void onSaved(quint64 request, const Tenancy::TemplateInfo &saved);
    void onFailed(quint64 request, const Tenancy::Error &error);
    void onConfiguration(quint64 request, const Tenancy::ConfigurationState &state);
    void onFetched(quint64 request, const QList<Tenancy::Tenant> &tenants);
    void renderPreview(const QString &text);
    void open(const TemplateInfo &info);
    void save();
    void updateActions();

    TenantService &m_service;
    QList<TemplateInfo> m_templates;
    TemplateInfo m_current;
    bool m_valid = false;
    quint64 m_listRequest = 0;
    quint64 m_saveRequest = 0;
    quint64 m_previewRequest = 0; // the chosen tenant's configuration
    quint64 m_suggestRequest = 0; // ids for the completer
    std::optional<ConfigurationState> m_previewState;
    QTreeWidget *m_library = nullptr;
    CodeEditor *m_editor = nullptr;
    QListWidget *m_issues = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLineEdit *m_previewTenant = nullptr;
    QCompleter *m_tenantCompleter = nullptr;
    QTimer *m_suggestTimer = nullptr;
    MessageLabel *m_previewNote = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    MessageLabel *m_message = nullptr;
    QLabel *m_title = nullptr;
    QTimer *m_checkTimer = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

} // namespace Tenancy::Ui
