#include "TemplatesView.h"

#include "TenantService.h"
#include "config/ConfigDiff.h"
#include "widgets/CodeEditor.h"
#include "widgets/MessageLabel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
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
    m_library->header()->setSectionResizeMode(0, QHeaderView::Stretch);

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
    auto *previewLabel = new QLabel(tr("Pre&view for a sample tenant:"));
    previewLabel->setBuddy(m_preview);
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(issuesLabel);
    sideLayout->addWidget(m_issues, 1);
    sideLayout->addWidget(previewLabel);
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
    split->setSizes({280, 720, 440});
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
    connect(&m_service, &TenantService::opened, this, &TemplatesView::reload);
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
        // Rendered for a sample tenant of the template's own tier.
        ConfigRevision sample;
        sample.templateText = text;
        const QString tier
            = QJsonDocument::fromJson(text.toUtf8()).object().value(u"tier"_s).toString();
        sample.variables = engine->sampleVariables(tier);
        auto document = engine->render(sample, tier);
        m_preview->setPlainText(
            document ? QString::fromUtf8(QJsonDocument(*document).toJson(QJsonDocument::Indented))
                     : document.error().message);
        auto *ok = new QListWidgetItem(tr("No problems."), m_issues);
        ok->setFlags(Qt::ItemIsEnabled);
    } else {
        m_preview->setPlainText(tr("(fix the problems to see the rendered document)"));
    }
    updateActions();
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
