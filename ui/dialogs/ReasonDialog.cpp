#include "ReasonDialog.h"

#include "model/TenantValidation.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &question, const QString &okText,
                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setObjectName(u"reasonDialog"_s);
    auto *label = new QLabel(question);
    label->setWordWrap(true);
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(u"reasonField"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why? This goes to the audit log."));
    label->setBuddy(m_reason);
    m_error = new QLabel;
    m_error->setObjectName(u"reasonError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"reasonOk"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(420, 220);
    validate();
}

ReasonDialog::~ReasonDialog() = default;

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void ReasonDialog::validate()
{
    const auto error = TenantValidation::checkReason(m_reason->toPlainText());
    // An empty field is not an error yet; it only keeps OK disabled.
    const bool show = error && !m_reason->toPlainText().isEmpty();
    m_error->setText(show ? error->message : QString());
    m_error->setVisible(show);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!error);
}

} // namespace Tenancy::Ui
