#include "ConfigDiffDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

// Tints that read on light and dark palettes alike.
QColor tint(const QColor &base, const QColor &colour)
{
    return QColor::fromRgbF(base.redF() * 0.75f + colour.redF() * 0.25f,
                            base.greenF() * 0.75f + colour.greenF() * 0.25f,
                            base.blueF() * 0.75f + colour.blueF() * 0.25f);
}

} // namespace

ConfigDiffDialog::ConfigDiffDialog(const QString &title, const QString &summary,
                                   const QList<ConfigChange> &changes, const QString &okText,
                                   QWidget *parent)
    : QDialog(parent)
    , m_hasChanges(!changes.isEmpty())
{
    setObjectName(u"configDiffDialog"_s);
    setWindowTitle(title);
    auto *intro
        = new QLabel(changes.isEmpty() ? tr("%1\n\nNothing would change.").arg(summary) : summary);
    intro->setWordWrap(true);

    m_table = new QTableWidget(int(changes.size()), 3);
    m_table->setObjectName(u"diffTable"_s);
    m_table->setAccessibleName(tr("Changes"));
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Before"), tr("After")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    const QColor base = palette().color(QPalette::Base);
    const QColor removed = tint(base, QColor(220, 50, 47));
    const QColor added = tint(base, QColor(40, 160, 60));
    for (int row = 0; row < changes.size(); ++row) {
        const ConfigChange &c = changes.at(row);
        auto *path = new QTableWidgetItem(pointerToDotted(c.pointer));
        path->setToolTip(c.pointer);
        auto *before = new QTableWidgetItem(c.before.isUndefined() ? tr("(not set)")
                                                                   : compactJson(c.before));
        auto *after
            = new QTableWidgetItem(c.after.isUndefined() ? tr("(removed)") : compactJson(c.after));
        if (!c.before.isUndefined())
            before->setBackground(removed);
        if (!c.after.isUndefined())
            after->setBackground(added);
        before->setToolTip(before->text());
        after->setToolTip(after->text());
        m_table->setItem(row, 0, path);
        m_table->setItem(row, 1, before);
        m_table->setItem(row, 2, after);
    }

    auto *reasonLabel = new QLabel(tr("&Reason (goes to the audit log):"));
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(u"diffReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    reasonLabel->setBuddy(m_reason);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"diffOk"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ConfigDiffDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    resize(760, 460);
    m_reason->setFocus();
    validate();
}

ConfigDiffDialog::~ConfigDiffDialog() = default;

QString ConfigDiffDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ConfigDiffDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void ConfigDiffDialog::validate()
{
    auto *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_hasChanges && !reason().isEmpty());
    ok->setToolTip(!m_hasChanges            ? tr("Nothing would change.")
                       : reason().isEmpty() ? tr("Say why first: it goes to the audit log.")
                                            : QString());
}

} // namespace Tenancy::Ui
