#pragma once

#include "SectionEditor.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;

namespace Tenancy {
class TenantService;
}

namespace Tenancy::Ui {

class SchemaForm;

// A tenant's security policies as forms (password, MFA, lockout, session, encryption), each
// field checked as it changes with the problem under it; conformance badges per framework that
// follow the edits (the clauses on hover); a "Try a password" box with a strength meter and the
// rules a password breaks, evaluated here and never stored. Edits can be undone; Apply goes
// through the Configuration tab's diff and reason.
class TenantSecurityView : public SectionEditor
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
    QLabel *badge(const QString &framework) const { return m_badges.value(framework); }

protected:
    QJsonValue storedValue(const QString &pointer) const override;
    void refreshView() override;

private:
    void tryPassword();

    SchemaForm *m_form = nullptr;
    QHash<QString, QLabel *> m_badges;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QProgressBar *m_meter = nullptr;
    QLabel *m_strength = nullptr;
    QListWidget *m_findings = nullptr;
};

} // namespace Tenancy::Ui
