#pragma once

#include "TenantManager.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QUndoStack;

namespace Tenancy {
class TenantService;
}

namespace Tenancy::Ui {

class MessageLabel;
class SchemaForm;
class TenantConfigurationView;

// A tenant's security policies as forms (password, MFA, lockout, session, encryption), each
// field checked as it changes with the problem under it; conformance badges per framework that
// follow the edits (the clauses on hover); a "Try a password" box with a strength meter and the
// rules a password breaks, evaluated here and never stored. Edits can be undone; Apply goes
// through the Configuration tab's diff and reason.
class TenantSecurityView : public QWidget
{
    Q_OBJECT

public:
    TenantSecurityView(TenantService &service, TenantConfigurationView &configuration,
                       QWidget *parent = nullptr);
    ~TenantSecurityView() override;

    SchemaForm *form() const { return m_form; }
    QLineEdit *passwordField() const { return m_password; }
    QProgressBar *strengthMeter() const { return m_meter; }
    QListWidget *passwordFindings() const { return m_findings; }
    QPushButton *applyButton() const { return m_apply; }
    QUndoStack *undoStack() const { return m_undo; }
    QLabel *badge(const QString &framework) const { return m_badges.value(framework); }
    const QList<ConfigOverride> &edits() const { return m_edits; }

    // An edit as the user makes it (undoable).
    void edit(const QString &pointer, const QJsonValue &value);
    void apply();
    void discard();

private:
    friend class SecurityEditCommand;
    void reload(); // from the Configuration tab's state
    void setEdit(const QString &pointer, const QJsonValue &value);
    void recheck();
    void tryPassword();
    QJsonObject edited() const; // the document with the edits

    TenantService &m_service;
    TenantConfigurationView &m_configuration;
    QList<ConfigOverride> m_edits;
    SchemaForm *m_form = nullptr;
    QHash<QString, QLabel *> m_badges;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QProgressBar *m_meter = nullptr;
    QLabel *m_strength = nullptr;
    QListWidget *m_findings = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_discard = nullptr;
    MessageLabel *m_message = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace Tenancy::Ui
