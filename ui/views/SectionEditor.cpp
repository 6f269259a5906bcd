#include "SectionEditor.h"

#include "TenantService.h"
#include "views/TenantConfigurationView.h"
#include "widgets/MessageLabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

// One change (or reset) of one value, undoable.
class SectionEditCommand : public QUndoCommand
{
public:
    SectionEditCommand(SectionEditor &editor, const QString &pointer, const QJsonValue &before,
                       const QJsonValue &after, bool reset = false)
        : m_editor(editor)
        , m_pointer(pointer)
        , m_before(before)
        , m_after(after)
        , m_reset(reset)
    {
        const QString name = pointerToDotted(pointer).section(u'.', -1);
        setText(reset ? SectionEditor::tr("reset %1").arg(name)
                      : SectionEditor::tr("change %1").arg(name));
    }
    void redo() override
    {
        if (m_reset)
            m_editor.setReset(m_pointer, true);
        else
            m_editor.setEdit(m_pointer, m_after);
    }
    void undo() override
    {
        if (m_reset)
            m_editor.setReset(m_pointer, false);
        else
            m_editor.setEdit(m_pointer, m_before);
    }

private:
    SectionEditor &m_editor;
    QString m_pointer;
    QJsonValue m_before;
    QJsonValue m_after;
    bool m_reset;
};

SectionEditor::SectionEditor(TenantService &service, TenantConfigurationView &configuration,
                             QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_configuration(configuration)
{
    m_undo = new QUndoStack(this);
    QAction *undo = m_undo->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undo->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({undo, redo});
    m_message = new MessageLabel(u"sectionMessage"_s);
    m_apply = new QPushButton(tr("&Apply…"));
    m_apply->setObjectName(u"applySection"_s);
    m_discard = new QPushButton(tr("&Discard"));
    connect(m_apply, &QPushButton::clicked, this, &SectionEditor::apply);
    connect(m_discard, &QPushButton::clicked, this, &SectionEditor::discard);
    connect(&m_configuration, &TenantConfigurationView::loaded, this, &SectionEditor::recheck);
    connect(&m_configuration, &TenantConfigurationView::changed, this, [this] {
        m_edits.clear(); // written: the Configuration tab reloads, then so do we
        m_resets.clear();
        m_undo->clear();
    });
}

SectionEditor::~SectionEditor() = default;

QHBoxLayout *SectionEditor::buttonRow()
{
    auto *undo = new QPushButton(tr("&Undo"));
    auto *redo = new QPushButton(tr("&Redo"));
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_message, 1);
    row->addStretch(0);
    row->addWidget(undo);
    row->addWidget(redo);
    row->addWidget(m_discard);
    row->addWidget(m_apply);
    return row;
}

bool SectionEditor::isLoaded() const
{
    return m_configuration.isLoaded();
}

const ConfigurationState &SectionEditor::state() const
{
    return m_configuration.state();
}

const QList<ProvenanceEntry> &SectionEditor::provenance() const
{
    return m_configuration.provenance();
}

QJsonObject SectionEditor::edited() const
{
    auto document = Overrides::apply(state().document, m_edits);
    return document ? *document : state().document;
}

QJsonValue SectionEditor::storedValue(const QString &pointer) const
{
    return valueAt(state().document, pointer);
}

void SectionEditor::edit(const QString &pointer, const QJsonValue &value)
{
    const auto pending
        = std::find_if(m_edits.cbegin(), m_edits.cend(),
                       [&](const ConfigOverride &o) { return o.pointer == pointer; });
    const QJsonValue before = pending != m_edits.cend() ? pending->value : storedValue(pointer);
    if (before == value)
        return;
    m_undo->push(new SectionEditCommand(*this, pointer, before, value));
}

void SectionEditor::reset(const QString &pointer)
{
    if (m_resets.contains(pointer))
        return;
    m_undo->push(new SectionEditCommand(*this, pointer, {}, {}, true));
}

void SectionEditor::setEdit(const QString &pointer, const QJsonValue &value)
{
    if (storedValue(pointer) == value)
        m_edits.removeIf([&](const ConfigOverride &o) { return o.pointer == pointer; });
    else
        Overrides::upsert(m_edits, {pointer, value, ConfigLayer::OperatorEdit});
    recheck();
}

void SectionEditor::setReset(const QString &pointer, bool on)
{
    if (on && !m_resets.contains(pointer))
        m_resets << pointer;
    else if (!on)
        m_resets.removeAll(pointer);
    recheck();
}

void SectionEditor::setBlocking(const QString &firstProblem)
{
    m_blocking = firstProblem;
}

void SectionEditor::recheck()
{
    if (!isLoaded() || !m_service.configEngine())
        return;
    m_blocking.clear();
    refreshView();
    if (!m_blocking.isEmpty()) {
        m_message->showMessage(m_blocking);
    } else {
        const int pending = int(m_edits.size() + m_resets.size());
        if (pending > 0)
            m_message->showMessage(tr("%n change(s) not applied", nullptr, pending),
                                   MessageLabel::Tone::Info);
        else
            m_message->clearMessage();
    }
    updateButtons();
}

void SectionEditor::updateButtons()
{
    const bool may = m_service.can(Permission::EditConfiguration);
    const bool pending = !m_edits.isEmpty() || !m_resets.isEmpty();
    m_apply->setEnabled(may && m_blocking.isEmpty() && pending);
    m_apply->setToolTip(
        !may ? tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::EditConfiguration))
             : QString());
    m_discard->setEnabled(pending);
}

void SectionEditor::apply()
{
    if (m_edits.isEmpty() && m_resets.isEmpty())
        return;
    // Through the Configuration tab: it checks again, shows the diff and asks for a reason.
    for (const ConfigOverride &e : std::as_const(m_edits))
        m_configuration.requestEdit(e.pointer, e.value);
    for (const QString &pointer : std::as_const(m_resets))
        m_configuration.requestReset(pointer);
    m_configuration.applyEdits();
}

void SectionEditor::discard()
{
    m_edits.clear();
    m_resets.clear();
    m_undo->clear();
    recheck();
}

} // namespace Tenancy::Ui
