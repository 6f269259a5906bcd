#include "TypeToConfirmDialog.h"

#include "model/TenantValidation.h"
#include "widgets/MessageLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

TypeToConfirmDialog::TypeToConfirmDialog(const QString &title, const QString &explanation,
                                         const QString &id, const QString &okText, QWidget *parent)
    : QDialog(parent)
    , m_id(id)
{
    setWindowTitle(title);
    setObjectName(u"typeToConfirmDialog"_s);
    auto *text = new QLabel(explanation);
    text->setObjectName(u"confirmExplanation"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    m_typed = new QLineEdit;
    m_typed->setObjectName(u"confirmId"_s);
    m_typed->setAccessibleName(tr("Tenant id, typed to confirm"));
    m_typed->setPlaceholderText(id);
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(u"confirmReason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why? This goes to the audit log."));
    m_reason->setMaximumHeight(90);
    m_error = new MessageLabel(u"confirmError"_s, m_typed);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmOk"_s);
    // Enter in the id field must not confirm by accident: the default is Cancel.
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typed, &QLineEdit::textChanged, this, &TypeToConfirmDialog::validate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &TypeToConfirmDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("Type <b>%1</b> to confirm:").arg(id.toHtmlEscaped()), m_typed);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(520, 320);
    validate();
    m_typed->setFocus();
}

TypeToConfirmDialog::~TypeToConfirmDialog() = default;

QString TypeToConfirmDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void TypeToConfirmDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void TypeToConfirmDialog::validate()
{
    const QString typed = m_typed->text();
    const bool matches = typed == m_id;
    const auto reasonError = TenantValidation::checkReason(m_reason->toPlainText());
    // Say so only once the operator has typed something that cannot become the id.
    if (!typed.isEmpty() && !m_id.startsWith(typed))
        m_error->showMessage(tr("That is not %1.").arg(m_id));
    else if (reasonError && !m_reason->toPlainText().isEmpty())
        m_error->showMessage(reasonError->message);
    else
        m_error->clearMessage();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(matches && !reasonError);
}

} // namespace Tenancy::Ui
