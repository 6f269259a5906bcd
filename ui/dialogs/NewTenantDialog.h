#pragma once

#include "config/ConfigEngine.h"
#include "model/Tenant.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Tenancy {
class TenantService;
struct Error;
} // namespace Tenancy

namespace Tenancy::Ui {

class MessageLabel;

// Creates a tenant. Every field is checked with the core's own rules as the user types (the
// error shows under the field once it has been edited), Create stays disabled until all are
// valid, and the tier picker shows what the chosen tier includes and costs. The core checks
// again on Create: its answer (a duplicate id, a missing permission) is shown next to the field
// it concerns, or above the buttons, and everything typed is kept. The first configuration comes
// from a library template (the tier's own by default) with overrides, one `path=value` a line
// as `tenancyctl --set` takes them; the document they make is rendered and checked as they are
// typed, with the problem's line named.
class NewTenantDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewTenantDialog(TenantService &service, QWidget *parent = nullptr);
    ~NewTenantDialog() override;

    // The tenant as the form holds it now (the core trims and normalises it on create).
    NewTenant tenant() const;

    // Whether the tenant is to be provisioned as soon as it is created (on by default, for
    // those who may).
    bool provisionNow() const;

    // The id suggested for a name: lowercase a-z, 0-9 and '-', accents dropped.
    static QString suggestId(const QString &name);

    void reject() override;

Q_SIGNALS:
    void created(const Tenancy::Tenant &tenant);

private:
    QWidget *buildForm();
    QGroupBox *buildTierSummary();
    void addRow(QGridLayout *grid, int &row, const QString &label, QWidget *input,
                const QString &field);
    void edited(const QString &field);
    void validate();
    void showTier();
    void fillTemplates();
    void onTemplates(quint64 request, const QList<Tenancy::TemplateInfo> &templates);
    // The overrides as typed, one per line; problems as "Line N: ..." messages.
    QList<std::pair<QString, QJsonValue>> overrides(QStringList *problems = nullptr) const;
    // Problems of the configuration the form would create, by field ("template", "overrides").
    QHash<QString, QString> checkConfiguration(const NewTenant &tenant) const;
    void submit();
    void onCreated(quint64 request, const Tenancy::Tenant &tenant);
    void onFailed(quint64 request, const Tenancy::Error &error);
    void setBusy(bool busy);

    TenantService &m_service;
    QWidget *m_form = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_owner = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_industry = nullptr;
    QListWidget *m_compliance = nullptr;
    QComboBox *m_template = nullptr;
    QPlainTextEdit *m_overrides = nullptr;
    QCheckBox *m_provisionNow = nullptr;
    QList<TemplateInfo> m_savedTemplates; // the latest version of each, once loaded
    quint64 m_templatesRequest = 0;
    QString m_templatesProblem; // the saved templates could not be loaded
    QGroupBox *m_tierBox = nullptr;
    QHash<QString, QLabel *> m_tierValues;
    QHash<QString, MessageLabel *> m_errors; // by field: "id", "owner_email", ...
    QHash<QString, QWidget *> m_inputs; // by field
    MessageLabel *m_generalError = nullptr;
    QPushButton *m_createButton = nullptr;

    QSet<QString> m_touched; // fields the user has edited: only these show local findings
    QHash<QString, QString> m_serverErrors; // the core's answer, until the field changes
    bool m_idFollowsName = true;
    bool m_busy = false;
    quint64 m_request = 0;
    QPointer<QWidget> m_focusBeforeBusy;
};

} // namespace Tenancy::Ui
