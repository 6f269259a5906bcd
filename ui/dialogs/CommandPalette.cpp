#include "CommandPalette.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {
enum Role { ActionRole = Qt::UserRole + 1, TenantRole };

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}
} // namespace

CommandPalette::CommandPalette(QList<QAction *> actions, TenantFinder findTenants, QWidget *parent)
    : QDialog(parent)
    , m_actions(std::move(actions))
    , m_findTenants(std::move(findTenants))
{
    setObjectName(u"commandPalette"_s);
    setWindowTitle(tr("Go to…"));
    m_field = new QLineEdit;
    m_field->setObjectName(u"paletteField"_s);
    m_field->setPlaceholderText(tr("Type an action or a tenant…"));
    m_field->setAccessibleName(tr("Command"));
    m_field->installEventFilter(this);
    m_list = new QListWidget;
    m_list->setObjectName(u"paletteList"_s);
    m_list->setAccessibleName(tr("Matches"));
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_list);
    resize(520, 360);
    connect(m_field, &QLineEdit::textChanged, this, &CommandPalette::update);
    connect(m_field, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    update();
}

CommandPalette::~CommandPalette() = default;

void CommandPalette::update()
{
    m_list->clear();
    const QString text = m_field->text().trimmed();
    for (QAction *action : m_actions) {
        if (!action->isEnabled() || !action->isVisible())
            continue;
        const QString name = plainText(action);
        if (!text.isEmpty() && !name.contains(text, Qt::CaseInsensitive))
            continue;
        QString label = name;
        if (!action->shortcut().isEmpty())
            label += u"    "_s + action->shortcut().toString(QKeySequence::NativeText);
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(ActionRole, QVariant::fromValue(static_cast<QObject *>(action)));
    }
    if (!text.isEmpty() && m_findTenants) {
        for (const TenantMatch &match : m_findTenants(text, 8)) {
            auto *item
                = new QListWidgetItem(tr("Open tenant %1 — %2").arg(match.id, match.name), m_list);
            item->setData(TenantRole, match.id);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString tenant = item->data(TenantRole).toString();
    auto *action = qobject_cast<QAction *>(item->data(ActionRole).value<QObject *>());
    accept();
    if (!tenant.isEmpty())
        Q_EMIT tenantChosen(tenant);
    else if (action)
        action->trigger();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Tenancy::Ui
