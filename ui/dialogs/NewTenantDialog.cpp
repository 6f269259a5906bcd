#include "NewTenantDialog.h"

#include "TenantService.h"
#include "model/Catalog.h"
#include "model/Format.h"
#include "model/TenantValidation.h"
#include "widgets/Labels.h"
#include "widgets/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

const QString idField = u"id"_s;
const QString nameField = u"name"_s;
const QString ownerField = u"owner_email"_s;
const QString tierField = u"tier"_s;
const QString regionField = u"region"_s;
const QString industryField = u"industry"_s;
const QString complianceField = u"compliance"_s;
const QString templateField = u"template"_s;
const QString overridesField = u"overrides"_s;

QString countText(const Limit &limit)
{
    return limit.isUnlimited() ? NewTenantDialog::tr("Unlimited")
                               : QLocale().toString(limit.value());
}

} // namespace

NewTenantDialog::NewTenantDialog(TenantService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(u"newTenantDialog"_s);
    setWindowTitle(tr("New Tenant"));

    QWidget *form = buildForm();
    m_generalError = new MessageLabel(u"generalError"_s);
    // Created after the inputs, so they come last in the tab order.
    auto *buttons = new QDialogButtonBox;
    m_createButton = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(u"createButton"_s);
    m_createButton->setDefault(true);
    m_createButton->setEnabled(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    connect(m_createButton, &QPushButton::clicked, this, &NewTenantDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewTenantDialog::reject);
    connect(&m_service, &TenantService::tenantCreated, this, &NewTenantDialog::onCreated);
    connect(&m_service, &TenantService::failed, this, &NewTenantDialog::onFailed);

    setTabOrder(m_name, m_id);
    setTabOrder(m_id, m_owner);
    setTabOrder(m_owner, m_tier);
    setTabOrder(m_tier, m_region);
    setTabOrder(m_region, m_industry);
    setTabOrder(m_industry, m_compliance);
    setTabOrder(m_compliance, m_template);
    setTabOrder(m_template, m_overrides);
    m_name->setFocus();

    connect(&m_service, &TenantService::templatesLoaded, this, &NewTenantDialog::onTemplates);
    m_templatesRequest = m_service.templates(); // the saved ones join the list when they come

    showTier();
    validate();
}

NewTenantDialog::~NewTenantDialog() = default;

QWidget *NewTenantDialog::buildForm()
{
    const Catalog &catalog = m_service.catalog();
    m_form = new QWidget;
    auto *grid = new QGridLayout;
    grid->setContentsMargins({});
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(1, 300);

    m_name = new QLineEdit;
    m_name->setObjectName(u"nameField"_s);
    m_name->setAccessibleName(tr("Tenant name"));
    m_name->setPlaceholderText(tr("Acme Health Inc."));
    m_name->setMaxLength(TenantValidation::maxNameLength * 2); // the core counts code points

    m_id = new QLineEdit;
    m_id->setObjectName(u"idField"_s);
    m_id->setAccessibleName(tr("Tenant id"));
    m_id->setPlaceholderText(tr("acme-health"));
    m_id->setToolTip(tr("Lowercase letters, digits and '-', at most %1 characters; it becomes a "
                        "DNS label and a schema name and cannot be changed later.")
                         .arg(TenantValidation::maxIdLength));

    m_owner = new QLineEdit;
    m_owner->setObjectName(u"ownerField"_s);
    m_owner->setAccessibleName(tr("Owner e-mail"));
    m_owner->setPlaceholderText(tr("name@example.com"));

    m_tier = new QComboBox;
    m_tier->setObjectName(u"tierCombo"_s);
    m_tier->setAccessibleName(tr("Tier"));
    for (const Tier &tier : catalog.tiers())
        m_tier->addItem(tier.displayName, tier.name);

    m_region = new QComboBox;
    m_region->setObjectName(u"regionCombo"_s);
    m_region->setAccessibleName(tr("Region"));
    for (const Region &region : catalog.regions())
        m_region->addItem(tr("%1 — %2").arg(region.displayName, region.id), region.id);
    m_region->setCurrentIndex(qMax(0, m_region->findData(catalog.defaultRegion())));

    m_industry = new QComboBox;
    m_industry->setObjectName(u"industryCombo"_s);
    m_industry->setAccessibleName(tr("Industry (optional)"));
    m_industry->addItem(tr("—"), QString());
    m_industry->setItemData(0, tr("No industry"), Qt::AccessibleTextRole);
    m_industry->setItemData(0, tr("No industry"), Qt::ToolTipRole);
    for (const Industry &industry : catalog.industries())
        m_industry->addItem(industry.displayName, industry.id);

    m_compliance = new QListWidget;
    m_compliance->setObjectName(u"complianceList"_s);
    m_compliance->setAccessibleName(tr("Compliance frameworks"));
    m_compliance->setFlow(QListView::LeftToRight);
    m_compliance->setWrapping(true);
    m_compliance->setResizeMode(QListView::Adjust);
    m_compliance->setSpacing(2);
    m_compliance->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_compliance->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const Framework &framework : catalog.frameworks()) {
        auto *item = new QListWidgetItem(framework.displayName, m_compliance);
        item->setData(Qt::UserRole, framework.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    // Two rows of check boxes, no scrolling.
    const int rowHeight = m_compliance->sizeHintForRow(0) + 2 * m_compliance->spacing();
    m_compliance->setFixedHeight(2 * rowHeight + 2 * m_compliance->frameWidth());

    m_template = new QComboBox;
    m_template->setObjectName(u"templateCombo"_s);
    m_template->setAccessibleName(tr("Configuration template"));
    m_template->setToolTip(tr("The template the tenant's first configuration is rendered from"));
    fillTemplates();

    m_overrides = new QPlainTextEdit;
    m_overrides->setObjectName(u"overridesEdit"_s);
    m_overrides->setAccessibleName(tr("Overrides"));
    m_overrides->setTabChangesFocus(true);
    m_overrides->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_overrides->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_overrides->setPlaceholderText(
        tr("One per line, for example:\nlimits.max_users=50\nsecurity.mfa_config.required=true"));
    m_overrides->setToolTip(
        tr("PATH=VALUE, one per line: the path under configuration (or from the document's "
           "root), the value as JSON (50, true, [\"a\"]) or else text. Lines starting with # "
           "are ignored."));
    const QFontMetrics metrics(m_overrides->font());
    m_overrides->setFixedHeight(4 * metrics.lineSpacing() + 2 * m_overrides->frameWidth()
                                + 2 * int(m_overrides->document()->documentMargin()));

    int row = 0;
    addRow(grid, row, tr("&Name:"), m_name, nameField);
    addRow(grid, row, tr("Tenant &id:"), m_id, idField);
    addRow(grid, row, tr("&Owner e-mail:"), m_owner, ownerField);
    addRow(grid, row, tr("&Tier:"), m_tier, tierField);
    addRow(grid, row, tr("&Region:"), m_region, regionField);
    addRow(grid, row, tr("In&dustry:"), m_industry, industryField);
    addRow(grid, row, tr("&Compliance:"), m_compliance, complianceField);
    addRow(grid, row, tr("Tem&plate:"), m_template, templateField);
    addRow(grid, row, tr("O&verrides:"), m_overrides, overridesField);
    grid->setRowStretch(row - 2, 1); // the overrides grow with the dialog
    m_provisionNow = new QCheckBox(tr("Provision it no&w (six steps, shown in Provisioning)"));
    m_provisionNow->setObjectName(u"provisionNow"_s);
    m_provisionNow->setChecked(m_service.can(Permission::Provision));
    m_provisionNow->setEnabled(m_service.can(Permission::Provision));
    m_provisionNow->setToolTip(
        m_service.can(Permission::Provision)
            ? tr("Unchecked, the tenant stays pending until provisioned from the directory")
            : tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::Provision)));
    grid->addWidget(m_provisionNow, row++, 1);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        if (m_idFollowsName) {
            m_id->setText(suggestId(m_name->text()));
            m_serverErrors.remove(idField);
            m_touched.insert(idField); // the suggestion is the user's doing, and can be wrong
        }
        edited(nameField);
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        // Emptied: suggest from the name again; otherwise the typed id stays.
        m_idFollowsName = m_id->text().isEmpty();
        edited(idField);
    });
    connect(m_owner, &QLineEdit::textEdited, this, [this] { edited(ownerField); });
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] {
        showTier();
        fillTemplates(); // the first entry names the tier's own template
        edited(tierField);
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] { edited(templateField); });
    connect(m_overrides, &QPlainTextEdit::textChanged, this, [this] {
        // Every change counts once the user has typed here (an undo back to the empty text
        // makes the document unmodified again, and must still be checked).
        if (m_overrides->document()->isModified() || m_touched.contains(overridesField))
            edited(overridesField);
        else
            validate();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] { edited(regionField); });
    connect(m_industry, &QComboBox::currentIndexChanged, this, [this] { edited(industryField); });
    connect(m_compliance, &QListWidget::itemChanged, this, [this] { edited(complianceField); });

    auto *columns = new QHBoxLayout(m_form);
    columns->setContentsMargins({});
    columns->addLayout(grid, 1);
    columns->addSpacing(12);
    columns->addWidget(buildTierSummary(), 0, Qt::AlignTop);
    return m_form;
}

void NewTenantDialog::addRow(QGridLayout *grid, int &row, const QString &label, QWidget *input,
                             const QString &field)
{
    auto *caption = new QLabel(label);
    caption->setBuddy(input);
    const bool tall = qobject_cast<QListWidget *>(input) || qobject_cast<QPlainTextEdit *>(input);
    grid->addWidget(caption, row, 0, tall ? Qt::AlignTop | Qt::AlignLeft : Qt::AlignLeft);
    grid->addWidget(input, row, 1);
    auto *error = new MessageLabel(field + u"Error"_s, input);
    grid->addWidget(error, row + 1, 1);
    m_errors.insert(field, error);
    m_inputs.insert(field, input);
    row += 2;
}

QGroupBox *NewTenantDialog::buildTierSummary()
{
    m_tierBox = new QGroupBox;
    m_tierBox->setObjectName(u"tierSummary"_s);
    m_tierBox->setMinimumWidth(260);
    auto *form = new QFormLayout(m_tierBox);
    form->setLabelAlignment(Qt::AlignLeft);
    const auto add = [&](const QString &key, const QString &caption, const QString &tip = {}) {
        auto *value = new QLabel;
        value->setObjectName(key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setToolTip(tip);
        form->addRow(caption, value);
        m_tierValues.insert(key, value);
    };
    add(u"tierUsers"_s, tr("Users:"));
    add(u"tierStorage"_s, tr("Storage:"), tr("1 GB = 10⁹ bytes"));
    add(u"tierAiSessions"_s, tr("AI sessions:"), tr("AI sessions per month"));
    add(u"tierApiRate"_s, tr("API rate:"));
    add(u"tierIntegrations"_s, tr("Integrations:"), tr("Custom integrations"));
    add(u"tierSupport"_s, tr("Support:"));
    add(u"tierSla"_s, tr("SLA:"));
    add(u"tierIsolation"_s, tr("Isolation:"));
    add(u"tierPrice"_s, tr("Price:"));
    QFont bold = m_tierValues.value(u"tierPrice"_s)->font();
    bold.setBold(true);
    m_tierValues.value(u"tierPrice"_s)->setFont(bold);
    return m_tierBox;
}

void NewTenantDialog::showTier()
{
    const Tier *tier = m_service.catalog().tier(m_tier->currentData().toString());
    if (!tier)
        return;
    m_tierBox->setTitle(tr("%1 tier").arg(tier->displayName));
    const TierLimits &limits = tier->limits;
    const auto set = [this](const QString &key, const QString &text) {
        m_tierValues.value(key)->setText(text);
    };
    set(u"tierUsers"_s, countText(limits.users));
    set(u"tierStorage"_s,
        limits.storageBytes.isUnlimited() ? tr("Unlimited")
                                          : Format::bytes(limits.storageBytes.value()));
    set(u"tierAiSessions"_s,
        limits.aiSessionsPerMonth.isUnlimited()
            ? tr("Unlimited")
            : tr("%1 per month").arg(countText(limits.aiSessionsPerMonth)));
    set(u"tierApiRate"_s,
        limits.apiRequestsPerHour.isUnlimited()
            ? tr("Unlimited")
            : tr("%1 requests per hour").arg(countText(limits.apiRequestsPerHour)));
    set(u"tierIntegrations"_s, countText(limits.customIntegrations));
    set(u"tierSupport"_s, Labels::supportLevel(tier->supportLevel));
    set(u"tierSla"_s, Format::percent(tier->slaHundredths));
    set(u"tierIsolation"_s, Labels::isolation(tier->defaultIsolation));
    set(u"tierPrice"_s,
        tier->monthlyPrice ? tr("%1 per month").arg(Format::price(tier->monthlyPrice))
                           : tr("Quoted per customer"));
}

NewTenant NewTenantDialog::tenant() const
{
    NewTenant t;
    t.id = m_id->text();
    t.name = m_name->text();
    t.ownerEmail = m_owner->text();
    t.tier = m_tier->currentData().toString();
    t.region = m_region->currentData().toString();
    t.industry = m_industry->currentData().toString();
    for (int i = 0; i < m_compliance->count(); ++i) {
        const QListWidgetItem *item = m_compliance->item(i);
        if (item->checkState() == Qt::Checked)
            t.compliance << item->data(Qt::UserRole).toString();
    }
    t.templateName = m_template->currentData().toString();
    t.overrides = overrides();
    return t;
}

void NewTenantDialog::fillTemplates()
{
    const QString chosen = m_template->currentData().toString();
    const QSignalBlocker blocker(m_template);
    m_template->clear();
    const QString own = ConfigEngine::tierTemplateName(m_tier->currentData().toString());
    m_template->addItem(tr("The tier's own (%1)").arg(own), QString());
    if (const auto engine = m_service.configEngine()) {
        for (const TemplateInfo &t : engine->shippedTemplates())
            m_template->addItem(tr("%1 (shipped)").arg(t.name), t.name);
    }
    for (const TemplateInfo &t : m_savedTemplates) {
        m_template->addItem(tr("%1 version %2 (saved by %3)").arg(t.name, t.version, t.savedBy),
                            QString(t.name + u'@' + t.version));
        if (!t.note.isEmpty())
            m_template->setItemData(m_template->count() - 1, t.note, Qt::ToolTipRole);
    }
    m_template->setCurrentIndex(qMax(0, m_template->findData(chosen)));
}

void NewTenantDialog::onTemplates(quint64 request, const QList<TemplateInfo> &templates)
{
    if (request != m_templatesRequest)
        return;
    m_templatesRequest = 0;
    m_savedTemplates.clear();
    for (const TemplateInfo &t : templates) {
        if (t.shipped)
            continue;
        // Versions come oldest first: keep the latest of each name.
        auto same = std::find_if(m_savedTemplates.begin(), m_savedTemplates.end(),
                                 [&](const TemplateInfo &s) { return s.name == t.name; });
        if (same != m_savedTemplates.end())
            *same = t;
        else
            m_savedTemplates.append(t);
    }
    fillTemplates();
    validate();
}

QList<std::pair<QString, QJsonValue>> NewTenantDialog::overrides(QStringList *problems) const
{
    QList<std::pair<QString, QJsonValue>> out;
    const QStringList lines = m_overrides->toPlainText().split(u'\n');
    const auto engine = m_service.configEngine();
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        auto assignment = Overrides::parseAssignment(line);
        if (assignment && engine && problems) {
            if (auto resolved
                = engine->resolveOverrides({*assignment}, ConfigLayer::TenantOverride);
                !resolved) {
                assignment = resolved.error();
            }
        }
        if (!assignment) {
            if (problems)
                problems->append(tr("Line %1: %2").arg(i + 1).arg(assignment.error().message));
            continue;
        }
        out.append(*assignment);
    }
    return out;
}

QHash<QString, QString> NewTenantDialog::checkConfiguration(const NewTenant &input) const
{
    QHash<QString, QString> problems;
    QStringList lines;
    const QList<std::pair<QString, QJsonValue>> set = overrides(&lines);
    if (!lines.isEmpty()) {
        problems.insert(overridesField, lines.join(u'\n'));
        return problems;
    }
    const auto engine = m_service.configEngine();
    const Catalog &catalog = m_service.catalog();
    if (!engine || !TenantValidation::check(input, catalog).isEmpty())
        return problems; // the other fields' own messages come first
    const TemplateInfo *tmpl = nullptr;
    const QString name = input.templateName.isEmpty() ? ConfigEngine::tierTemplateName(input.tier)
                                                      : input.templateName;
    for (const TemplateInfo &t : m_savedTemplates) {
        if (t.name + u'@' + t.version == name)
            tmpl = &t;
    }
    if (!tmpl)
        tmpl = engine->shippedTemplate(name);
    if (!tmpl) {
        problems.insert(templateField, tr("No template \"%1\".").arg(name));
        return problems;
    }
    // Rendering and checking a few kilobytes: tens of microseconds, no SQL.
    const NewTenant clean = TenantValidation::normalised(input, catalog);
    Tenant tenant;
    tenant.id = clean.id;
    tenant.name = clean.name;
    tenant.tier = clean.tier;
    tenant.region = clean.region;
    tenant.compliance = clean.compliance;
    tenant.createdAt = QDateTime::currentDateTimeUtc();
    auto first = engine->firstConfiguration(tenant, *tmpl, set);
    if (!first) {
        const Error &e = first.error();
        // An override of the same place is to blame before the template is.
        bool byOverride = e.field == overridesField;
        for (const auto &[path, value] : set) {
            if (auto pointer = engine->resolvePath(path); pointer && *pointer == e.field)
                byOverride = true;
        }
        const bool ofTemplate = !byOverride
            && (e.field == templateField || e.field == u"/tier"_s || e.field == u"/tenant_id"_s
                || set.isEmpty());
        problems.insert(ofTemplate ? templateField : overridesField, e.message);
    }
    return problems;
}

QString NewTenantDialog::suggestId(const QString &name)
{
    QString id;
    bool gap = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed "é"
        const QChar lower = c.toLower();
        if (!((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9'))) {
            gap = true;
            continue;
        }
        const QString piece = (gap && !id.isEmpty()) ? u"-"_s + lower : QString(lower);
        if (id.size() + piece.size() > TenantValidation::maxIdLength)
            break;
        id += piece;
        gap = false;
    }
    return id;
}

void NewTenantDialog::edited(const QString &field)
{
    m_touched.insert(field);
    m_serverErrors.remove(field);
    // The configuration is made of the tier, the template and the overrides together: the
    // core's verdict on it goes when any of them changes.
    if (field == tierField || field == templateField || field == overridesField) {
        m_serverErrors.remove(templateField);
        m_serverErrors.remove(overridesField);
    }
    validate();
}

void NewTenantDialog::validate()
{
    const Catalog &catalog = m_service.catalog();
    const NewTenant t = tenant();
    std::optional<Error> compliance;
    if (auto normalised = TenantValidation::normaliseCompliance(t.compliance, catalog); !normalised)
        compliance = normalised.error();
    const QList<std::pair<QString, std::optional<Error>>> findings {
        {idField, TenantValidation::checkId(t.id)},
        {nameField, TenantValidation::checkName(t.name)},
        {ownerField, TenantValidation::checkOwnerEmail(t.ownerEmail)},
        {tierField, TenantValidation::checkTier(t.tier, catalog)},
        {regionField, TenantValidation::checkRegion(t.region, catalog)},
        {industryField, TenantValidation::checkIndustry(t.industry, catalog)},
        {complianceField, compliance},
    };
    const QHash<QString, QString> configuration = checkConfiguration(t);
    bool valid = m_serverErrors.isEmpty();
    for (const auto &[field, finding] : findings) {
        QString message = m_serverErrors.value(field);
        if (finding) {
            valid = false;
            if (message.isEmpty() && m_touched.contains(field))
                message = finding->message;
        }
        m_errors.value(field)->showMessage(message);
    }
    for (const QString &field : {templateField, overridesField}) {
        QString message = m_serverErrors.value(field);
        if (configuration.contains(field)) {
            valid = false;
            // The template's problems concern a choice the user made: show them at once.
            if (message.isEmpty() && (m_touched.contains(field) || field == templateField))
                message = configuration.value(field);
        }
        if (message.isEmpty() && field == templateField)
            message = m_templatesProblem;
        m_errors.value(field)->showMessage(message);
    }
    m_createButton->setEnabled(valid && !m_busy);
}

void NewTenantDialog::submit()
{
    validate();
    if (!m_createButton->isEnabled())
        return;
    m_generalError->clearMessage();
    setBusy(true);
    m_request = m_service.create(tenant());
}

bool NewTenantDialog::provisionNow() const
{
    return m_provisionNow->isChecked() && m_provisionNow->isEnabled();
}

void NewTenantDialog::onCreated(quint64 request, const Tenant &tenant)
{
    if (request == 0 || request != m_request)
        return;
    m_request = 0;
    setBusy(false);
    Q_EMIT created(tenant);
    accept();
}

void NewTenantDialog::onFailed(quint64 request, const Error &error)
{
    if (request != 0 && request == m_templatesRequest) {
        m_templatesRequest = 0; // the shipped templates are still there to choose
        m_templatesProblem = tr("Saved templates could not be loaded: %1").arg(error.message);
        validate();
        return;
    }
    if (request == 0 || request != m_request)
        return;
    m_request = 0;
    setBusy(false);
    // The configuration's problems: the template's, or (a JSON Pointer) the overrides'.
    QString field = error.field;
    const bool anyOverrides = !overrides().isEmpty();
    if (field == u"/tier"_s || field == u"/tenant_id"_s)
        field = templateField;
    else if (field.startsWith(u'/') || (!field.isEmpty() && !m_errors.contains(field)))
        field = anyOverrides ? overridesField : templateField;
    if (!field.isEmpty() && m_errors.contains(field)) {
        m_serverErrors.insert(field, error.message);
        m_inputs.value(field)->setFocus(Qt::OtherFocusReason);
    } else {
        m_generalError->showMessage(error.message);
    }
    validate();
}

void NewTenantDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_focusBeforeBusy = focusWidget();
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    m_form->setEnabled(!busy);
    m_createButton->setText(busy ? tr("Creating…") : tr("Create"));
    m_createButton->setEnabled(!busy);
    if (auto *cancel = findChild<QPushButton *>(u"cancelButton"_s))
        cancel->setEnabled(!busy); // the answer comes within moments; see reject()
    if (!busy && m_focusBeforeBusy)
        m_focusBeforeBusy->setFocus(Qt::OtherFocusReason);
}

void NewTenantDialog::reject()
{
    // While creating, the tenant may already be written: wait for the answer (it comes within
    // moments) rather than leave the operator believing nothing happened.
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace Tenancy::Ui
