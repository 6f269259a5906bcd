#include "TemplatesView.h"

#include "TenantService.h"
#include "config/ConfigDiff.h"
#include "widgets/CodeEditor.h"
#include "widgets/MessageLabel.h"

#include <QCompleter>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

enum ItemRole { IndexRole = Qt::UserRole + 1 };
enum IssueRole { LineRole = Qt::UserRole + 1, ColumnRole };

} // namespace

TemplatesView::TemplatesView(TenantService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"templatesView"_s);
    m_library = new QTreeWidget;
    m_library->setObjectName(u"templateLibrary"_s);
    m_library->setAccessibleName(tr("Templates"));
    m_library->setHeaderLabels({tr("Template"), tr("Version"), tr("Source")});
    m_library->setRootIsDecorated(false);
    m_library->setUniformRowHeights(true);
    m_library->header()->setStretchLastSection(false);
    m_library->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_library->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_library->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_title = new QLabel;
    m_title->setObjectName(u"templateTitle"_s);
    m_editor = new CodeEditor;
    m_editor->setObjectName(u"templateEditor"_s);
    m_editor->setAccessibleName(tr("Template text"));
    m_issues = new QListWidget;
    m_issues->setObjectName(u"templateIssues"_s);
    m_issues->setAccessibleName(tr("Problems"));
    m_issues->setWordWrap(true);
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(u"templatePreview"_s);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_previewTenant = new QLineEdit;
    m_previewTenant->setObjectName(u"previewTenant"_s);
    m_previewTenant->setAccessibleName(tr("Preview for tenant"));
    m_previewTenant->setPlaceholderText(tr("a sample tenant (or type a tenant id)"));
    m_previewTenant->setClearButtonEnabled(true);
    m_previewTenant->setToolTip(
        tr("Render with this tenant's values and overrides, as if it moved to this template"));
    m_tenantCompleter = new QCompleter(new QStringListModel(this), this);
    m_tenantCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tenantCompleter->setFilterMode(Qt::MatchContains);
    m_previewTenant->setCompleter(m_tenantCompleter);
    m_previewNote = new MessageLabel(u"previewNote"_s, m_previewTenant);
    m_suggestTimer = new QTimer(this);
    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(200);

    m_name = new QLineEdit;
    m_name->setObjectName(u"templateName"_s);
    m_name->setPlaceholderText(tr("lowercase_name"));
    m_note = new QLineEdit;
    m_note->setObjectName(u"templateNote"_s);
    m_note->setPlaceholderText(tr("what changed (optional)"));
    m_save = new QPushButton(tr("&Save as New Version"));
    m_save->setObjectName(u"saveTemplate"_s);
    m_message = new MessageLabel(u"templateMessage"_s, m_name);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("N&ote:"), m_note);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addWidget(m_save);

    auto *issuesLabel = new QLabel(tr("&Problems:"));
    issuesLabel->setBuddy(m_issues);
    auto *previewLabel = new QLabel(tr("Pre&view for:"));
    previewLabel->setBuddy(m_previewTenant);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(previewLabel);
    previewRow->addWidget(m_previewTenant, 1);
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(issuesLabel);
    sideLayout->addWidget(m_issues, 1);
    sideLayout->addLayout(previewRow);
    sideLayout->addWidget(m_previewNote);
    sideLayout->addWidget(m_preview, 3);

    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_title);
    middleLayout->addWidget(m_editor, 1);
    middleLayout->addLayout(form);
    middleLayout->addLayout(saveRow);

    auto *split = new QSplitter;
    split->setObjectName(u"templatesSplitter"_s);
    split->addWidget(m_library);
    split->addWidget(middle);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({360, 660, 440});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_undo, m_redo});

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &TemplatesView::check);
    connect(m_editor, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_issues, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_editor->goTo(item->data(LineRole).toInt(), item->data(ColumnRole).toInt());
    });
    connect(m_issues, &QListWidget::itemClicked, m_issues, &QListWidget::itemActivated);
    connect(m_library, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            open(m_templates.value(item->data(0, IndexRole).toInt()));
    });
    connect(m_save, &QPushButton::clicked, this, &TemplatesView::save);
    connect(m_name, &QLineEdit::textChanged, this, &TemplatesView::updateActions);
    connect(&m_service, &TenantService::templatesLoaded, this, &TemplatesView::onTemplates);
    connect(&m_service, &TenantService::templateSaved, this, &TemplatesView::onSaved);
    connect(&m_service, &TenantService::failed, this, &TemplatesView::onFailed);
    connect(&m_service, &TenantService::opened, this, [this] {
        // Another database: its tenants are others.
        m_suggestTimer->stop();
        m_suggestRequest = 0;
        static_cast<QStringListModel *>(m_tenantCompleter->model())->setStringList({});
        m_previewTenant->clear();
        previewFor({});
        reload();
    });
    connect(m_previewTenant, &QLineEdit::returnPressed, this,
            [this] { previewFor(m_previewTenant->text()); });
    connect(m_tenantCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            &TemplatesView::previewFor);
    connect(m_previewTenant, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_suggestTimer->start();
    });
    // Emptied (typing, the clear button): the sample again.
    connect(m_previewTenant, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_suggestTimer->stop();
            m_suggestRequest = 0;
            previewFor({});
        }
    });
    connect(m_suggestTimer, &QTimer::timeout, this, [this] {
        TenantQuery query;
        query.filter.search = m_previewTenant->text().trimmed();
        query.sort = TenantSortKey::Id;
        query.limit = 20;
        m_suggestRequest = m_service.fetch(query);
    });
    connect(&m_service, &TenantService::fetched, this,
            [this](quint64 request, const QList<Tenant> &tenants) { onFetched(request, tenants); });
    connect(&m_service, &TenantService::configurationLoaded, this,
            [this](quint64 request, const ConfigurationState &state) {
                onConfiguration(request, state);
            });
    updateActions();
}

TemplatesView::~TemplatesView() = default;

QList<QAction *> TemplatesView::editActions() const
{
    return {m_undo, m_redo};
}

void TemplatesView::reload()
{
    m_listRequest = m_service.templates();
}

void TemplatesView::onTemplates(quint64 request, const QList<TemplateInfo> &templates)
{
    if (request != m_listRequest)
        return;
    m_listRequest = 0;
    const QString keep = m_current.name + u'@' + m_current.version;
    m_templates = templates;
    m_library->clear();
    QTreeWidgetItem *select = nullptr;
    for (int i = 0; i < templates.size(); ++i) {
        const TemplateInfo &t = templates.at(i);
        auto *item = new QTreeWidgetItem(
            {t.name, t.version, t.shipped ? tr("shipped") : tr("saved by %1").arg(t.savedBy)});
        item->setData(0, IndexRole, i);
        if (!t.note.isEmpty())
            item->setToolTip(0, t.note);
        m_library->addTopLevelItem(item);
        if (t.name + u'@' + t.version == keep)
            select = item;
    }
    if (!select && m_library->topLevelItemCount() > 0 && m_current.text.isEmpty())
        select = m_library->topLevelItem(0);
    if (select)
        m_library->setCurrentItem(select);
}

void TemplatesView::open(const TemplateInfo &info)
{
    if (info.name == m_current.name && info.version == m_current.version
        && !m_editor->toPlainText().isEmpty()) {
        return;
    }
    m_current = info;
    m_title->setText(info.shipped
                         ? tr("<b>%1</b> %2 (shipped: saving makes your own copy)")
                               .arg(info.name.toHtmlEscaped(), info.version)
                         : tr("<b>%1</b> version %2").arg(info.name.toHtmlEscaped(), info.version));
    m_name->setText(info.shipped
                        ? u"my_"_s + info.name.chopped(info.name.endsWith(u"_init"_s) ? 5 : 0)
                        : info.name);
    m_editor->setText(info.text, true);
    m_message->clearMessage();
    check();
}

void TemplatesView::check()
{
    m_checkTimer->stop();
    m_issues->clear();
    const auto engine = m_service.configEngine();
    if (!engine)
        return;
    const QString text = m_editor->toPlainText();
    // Pure computation over a few kilobytes (no SQL, no disk): well under a millisecond.
    const QList<Error> problems = engine->checkTemplateText(text);
    for (const Error &e : problems) {
        const QString where
            = e.field.startsWith(u'/') ? pointerToDotted(e.field) + u": "_s : QString();
        auto *item = new QListWidgetItem(
            tr("%1:%2  %3").arg(e.line).arg(e.column).arg(where + e.message), m_issues);
        item->setData(LineRole, e.line);
        item->setData(ColumnRole, e.column);
        item->setToolTip(item->text());
    }
    m_valid = problems.isEmpty();
    if (m_valid) {
        auto *ok = new QListWidgetItem(tr("No problems."), m_issues);
        ok->setFlags(Qt::ItemIsEnabled);
    }
    renderPreview(text);
    updateActions();
}

void TemplatesView::renderPreview(const QString &text)
{
    const auto engine = m_service.configEngine();
    if (!engine)
        return;
    if (!m_valid) {
        m_preview->setPlainText(tr("(fix the problems to see the rendered document)"));
        if (m_previewState)
            m_previewNote->clearMessage();
        return;
    }
    // Pure computation, as check().
    if (!m_previewState) {
        // A sample tenant of the template's own tier.
        ConfigRevision sample;
        sample.templateText = text;
        const QString tier
            = QJsonDocument::fromJson(text.toUtf8()).object().value(u"tier"_s).toString();
        sample.variables = engine->sampleVariables(tier);
        auto document = engine->render(sample, tier);
        m_preview->setPlainText(
            document ? QString::fromUtf8(QJsonDocument(*document).toJson(QJsonDocument::Indented))
                     : document.error().message);
        return;
    }
    // The chosen tenant: its variables (id, name, region, dates of its creation) and its
    // overrides above this text, as `tenant apply --file` would make it.
    const Tenant &tenant = m_previewState->tenant;
    ConfigRevision revision = m_previewState->revision;
    revision.templateText = text;
    revision.legacy = false;
    auto document = engine->render(revision, tenant.tier);
    if (!document) {
        m_preview->setPlainText(document.error().message);
        m_previewNote->showMessage(
            tr("Cannot be rendered for %1: %2").arg(tenant.id, document.error().message));
        return;
    }
    m_preview->setPlainText(
        QString::fromUtf8(QJsonDocument(*document).toJson(QJsonDocument::Indented)));
    const QList<Error> problems
        = engine->check(*document, tenant.id, tenant.tier, revision.overrides);
    const qsizetype count = revision.overrides.size();
    const QString overrides = count == 0 ? tr("no overrides")
        : count == 1                     ? tr("1 override")
                                         : tr("%1 overrides").arg(count);
    if (problems.isEmpty()) {
        m_previewNote->showMessage(
            tr("Rendered for %1 (%2 tier, %3): what applying this text would give.")
                .arg(tenant.id, tenant.tier, overrides),
            MessageLabel::Tone::Info);
    } else {
        QStringList lines;
        for (const Error &e : problems) {
            const QString where = e.field.startsWith(u'/') && !e.message.contains(u": "_s)
                ? pointerToDotted(e.field) + u": "_s
                : QString();
            lines << where + e.message;
        }
        m_previewNote->showMessage(tr("Not valid for %1: %2").arg(tenant.id, lines.join(u"; "_s)));
    }
}

void TemplatesView::previewFor(const QString &tenantId)
{
    const QString id = tenantId.trimmed();
    m_previewRequest = 0;
    if (m_previewTenant->text().trimmed() != id)
        m_previewTenant->setText(id);
    if (id.isEmpty()) {
        m_previewState.reset();
        m_previewNote->clearMessage();
        renderPreview(m_editor->toPlainText());
        return;
    }
    // Asked again (Return on the same id): read it afresh, it may have changed.
    m_previewNote->showMessage(tr("Reading %1…").arg(id), MessageLabel::Tone::Info);
    m_previewRequest = m_service.configuration(id);
}

void TemplatesView::onConfiguration(quint64 request, const ConfigurationState &state)
{
    if (request == 0 || request != m_previewRequest)
        return;
    m_previewRequest = 0;
    m_previewState = state;
    renderPreview(m_editor->toPlainText());
}

void TemplatesView::onFetched(quint64 request, const QList<Tenant> &tenants)
{
    if (request == 0 || request != m_suggestRequest)
        return;
    m_suggestRequest = 0;
    QStringList ids;
    for (const Tenant &t : tenants)
        ids << t.id;
    static_cast<QStringListModel *>(m_tenantCompleter->model())->setStringList(ids);
    if (m_previewTenant->hasFocus() && !ids.isEmpty())
        m_tenantCompleter->complete();
}

void TemplatesView::save()
{
    check();
    if (!m_valid || m_saveRequest)
        return;
    m_saveRequest = m_service.saveTemplate(m_name->text().trimmed(), m_editor->toPlainText(),
                                           m_note->text().trimmed());
    updateActions();
}

void TemplatesView::onSaved(quint64 request, const TemplateInfo &saved)
{
    if (request != m_saveRequest)
        return;
    m_saveRequest = 0;
    m_current = saved;
    m_note->clear();
    m_message->showMessage(tr("Saved as %1 version %2.").arg(saved.name, saved.version),
                           MessageLabel::Tone::Success);
    m_title->setText(tr("<b>%1</b> version %2").arg(saved.name.toHtmlEscaped(), saved.version));
    reload();
    updateActions();
}

void TemplatesView::onFailed(quint64 request, const Error &error)
{
    if (request != 0 && request == m_suggestRequest) {
        m_suggestRequest = 0; // no suggestions: typing an id still works
        return;
    }
    if (request != 0 && request == m_previewRequest) {
        m_previewRequest = 0;
        m_previewState.reset();
        renderPreview(m_editor->toPlainText());
        m_previewNote->showMessage(tr("%1; showing a sample tenant instead.").arg(error.message));
        return;
    }
    if (request == m_listRequest) {
        m_listRequest = 0;
        m_message->showMessage(tr("The templates could not be loaded: %1").arg(error.message));
        return;
    }
    if (request != m_saveRequest)
        return;
    m_saveRequest = 0;
    m_message->showMessage(error.message); // the text stays as typed
    updateActions();
}

void TemplatesView::updateActions()
{
    const bool may = m_service.can(Permission::ManageTemplates);
    const bool named = !m_name->text().trimmed().isEmpty();
    m_save->setEnabled(may && m_valid && named && !m_saveRequest);
    m_save->setToolTip(
        !may ? tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::ManageTemplates))
            : !m_valid ? tr("Fix the problems first.")
            : !named   ? tr("Give it a name first.")
                       : tr("Save as the next version of this name"));
}

} // namespace Tenancy::Ui
