#include "UpgradeDialog.h"

#include "TenantService.h"
#include "model/TenantValidation.h"
#include "widgets/Labels.h"
#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

void UpgradeDialog::addTiers(QComboBox *box, const TenantService &service, const QString &except)
{
    if (auto engine = service.configEngine()) {
        for (const Tier &t : engine->catalog().tiers()) {
            if (t.name != except)
                box->addItem(Labels::tier(t), t.name);
        }
    }
}

UpgradeDialog::UpgradeDialog(TenantService &service, const QString &id, const QString &currentTier,
                             QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_id(id)
{
    setWindowTitle(tr("Change the tier of %1").arg(id));
    setObjectName(u"upgradeDialog"_s);
    m_tier = new QComboBox;
    m_tier->setObjectName(u"upgradeTier"_s);
    m_tier->setAccessibleName(tr("New tier"));
    addTiers(m_tier, service, currentTier);
    m_summary = new QLabel;
    m_summary->setObjectName(u"upgradeSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setMinimumHeight(120);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_changes = new QTreeWidget;
    m_changes->setObjectName(u"upgradeChanges"_s);
    m_changes->setAccessibleName(tr("Configuration changes"));
    m_changes->setRootIsDecorated(false);
    m_changes->setHeaderLabels({tr("Setting"), tr("Now"), tr("After")});
    m_changes->setTextElideMode(Qt::ElideMiddle);
    m_changes->header()->setStretchLastSection(false);
    m_changes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_changes->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_changes->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_changes->header()->resizeSection(1, 170);
    m_changes->header()->resizeSection(2, 170);
    m_error = new MessageLabel(u"upgradeError"_s, m_tier);
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(u"upgradeReason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why? This goes to the audit log."));
    m_reason->setMaximumHeight(70);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change &tier"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"upgradeOk"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("New &tier:"), m_tier);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
    auto *reasonLabel = new QLabel(tr("&Reason:"));
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    resize(760, 600);

    connect(m_tier, &QComboBox::currentIndexChanged, this, &UpgradeDialog::requestPlan);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &UpgradeDialog::validate);
    connect(&m_service, &TenantService::upgradePlanned, this, &UpgradeDialog::showPlan);
    connect(&m_service, &TenantService::failed, this, &UpgradeDialog::showError);
    requestPlan();
}

UpgradeDialog::~UpgradeDialog() = default;

void UpgradeDialog::selectTier(const QString &tier)
{
    if (const int i = m_tier->findData(tier); i >= 0)
        m_tier->setCurrentIndex(i);
}

QString UpgradeDialog::tier() const
{
    return m_tier->currentData().toString();
}

QString UpgradeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void UpgradeDialog::requestPlan()
{
    m_planned = false;
    m_changes->clear();
    m_error->clearMessage();
    m_summary->setText(tier().isEmpty() ? tr("There is no other tier.")
                                        : tr("Working out what the change would do…"));
    m_request = tier().isEmpty() ? 0 : m_service.planUpgrade(m_id, tier());
    validate();
}

void UpgradeDialog::showPlan(quint64 request, const UpgradePlan &plan)
{
    if (request != m_request)
        return; // an answer for a tier no longer chosen
    m_planned = true;
    QString html = u"<p>"_s
        + tr("%1 moves from the <b>%2</b> tier to the <b>%3</b> tier.")
              .arg(plan.tenant.id.toHtmlEscaped(), Labels::humanize(plan.tenant.tier),
                   Labels::humanize(plan.toTier))
        + u" "_s;
    if (plan.movesData)
        html += tr("Its data moves from %1 to %2.")
                    .arg(Labels::isolation(plan.fromIsolation).toHtmlEscaped(),
                         Labels::isolation(plan.toIsolation).toHtmlEscaped());
    else if (plan.fromIsolation != plan.toIsolation)
        html += tr("Its isolation becomes %1; its data stays where it is.")
                    .arg(Labels::isolation(plan.toIsolation).toHtmlEscaped());
    else
        html += tr("Its data stays where it is (%1).")
                    .arg(Labels::isolation(plan.toIsolation).toHtmlEscaped());
    html += u"</p><ol>"_s;
    for (const QString &step : plan.steps)
        html += u"<li>"_s + step.toHtmlEscaped() + u"</li>"_s;
    html += u"</ol>"_s;
    m_summary->setText(html);
    for (const ConfigChange &c : plan.changes) {
        auto *item
            = new QTreeWidgetItem(m_changes,
                                  {pointerToDotted(c.pointer),
                                   c.before.isUndefined() ? tr("(none)") : compactJson(c.before),
                                   c.after.isUndefined() ? tr("(none)") : compactJson(c.after)});
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, item->text(column));
    }
    validate();
}

void UpgradeDialog::showError(quint64 request, const Error &error)
{
    if (request != m_request)
        return;
    m_planned = false;
    m_summary->setText(tr("This change cannot be made as things are."));
    m_error->showMessage(error.message);
    validate();
}

void UpgradeDialog::validate()
{
    const bool reasonOk = !TenantValidation::checkReason(m_reason->toPlainText());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_planned && reasonOk);
}

} // namespace Tenancy::Ui
