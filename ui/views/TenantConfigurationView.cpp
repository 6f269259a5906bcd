#include "TenantConfigurationView.h"

#include "TenantService.h"
#include "dialogs/ConfigDiffDialog.h"
#include "models/JsonTreeModel.h"
#include "widgets/Labels.h"
#include "widgets/MessageLabel.h"
#include "widgets/Prompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

TenantConfigurationView::TenantConfigurationView(TenantService &service, const QString &tenantId,
                                                 QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_id(tenantId)
{
    setObjectName(u"tenantConfiguration"_s);
    m_summary = new QLabel(tr("Loading…"));
    m_summary->setObjectName(u"configurationSummary"_s);
    m_summary->setWordWrap(true);

    m_model = new JsonTreeModel(this);
    m_tree = new QTreeView;
    m_tree->setObjectName(u"configurationTree"_s);
    m_tree->setAccessibleName(tr("Configuration"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::Key, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::Value, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::Source, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    m_message = new MessageLabel(u"configurationMessage"_s, m_tree);
    m_apply = new QPushButton(tr("&Apply…"));
    m_apply->setObjectName(u"applyConfiguration"_s);
    m_discard = new QPushButton(tr("&Discard Edits"));
    m_discard->setObjectName(u"discardEdits"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_apply);

    m_revisions = new QTreeWidget;
    m_revisions->setObjectName(u"revisionList"_s);
    m_revisions->setAccessibleName(tr("Revisions"));
    m_revisions->setRootIsDecorated(false);
    m_revisions->setUniformRowHeights(true);
    m_revisions->setHeaderLabels(
        {tr("Revision"), tr("When"), tr("Who"), tr("What"), tr("Template"), tr("Reason")});
    m_rollback = new QPushButton(tr("&Roll Back to This Revision…"));
    m_rollback->setObjectName(u"rollBack"_s);
    auto *history = new QWidget;
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_revisions, 1);
    auto *rollbackRow = new QHBoxLayout;
    rollbackRow->addStretch(1);
    rollbackRow->addWidget(m_rollback);
    historyLayout->addLayout(rollbackRow);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_message);
    topLayout->addWidget(m_tree, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_model, &JsonTreeModel::editRequested, this, &TenantConfigurationView::requestEdit);
    connect(m_apply, &QPushButton::clicked, this, &TenantConfigurationView::applyEdits);
    connect(m_discard, &QPushButton::clicked, this, &TenantConfigurationView::discardEdits);
    connect(m_rollback, &QPushButton::clicked, this, &TenantConfigurationView::rollBackToSelected);
    connect(m_revisions, &QTreeWidget::itemSelectionChanged, this,
            &TenantConfigurationView::updateActions);
    connect(&m_service, &TenantService::configurationLoaded, this,
            &TenantConfigurationView::onLoaded);
    connect(&m_service, &TenantService::configurationChanged, this,
            &TenantConfigurationView::onChanged);
    connect(&m_service, &TenantService::failed, this, &TenantConfigurationView::onFailed);
    updateActions();
}

TenantConfigurationView::~TenantConfigurationView() = default;

void TenantConfigurationView::refresh()
{
    m_loadRequest = m_service.configuration(m_id);
}

void TenantConfigurationView::clear()
{
    m_loaded = false;
    m_state = {};
    m_edits.clear();
    m_resets.clear();
    m_model->setDocument(QJsonObject());
    m_revisions->clear();
    m_summary->clear();
    m_message->clearMessage();
    updateActions();
}

void TenantConfigurationView::onLoaded(quint64 request, const ConfigurationState &state,
                                       const QList<ProvenanceEntry> &provenance,
                                       const QList<ConfigRevision> &revisions)
{
    if (request != m_loadRequest)
        return;
    m_loadRequest = 0;
    m_state = state;
    m_provenance = provenance;
    m_loaded = true;
    const QString current = m_tree->currentIndex().data(JsonTreeModel::PointerRole).toString();
    m_model->setDocument(state.document);
    QHash<QString, QString> sources;
    for (const ProvenanceEntry &p : provenance)
        sources.insert(p.pointer, Labels::configLayer(p.layer));
    m_model->setSources(sources);
    m_model->setEditable(m_service.can(Permission::EditConfiguration));
    m_tree->expandToDepth(0);
    if (const QModelIndex again = m_model->indexOf(current); again.isValid()) {
        m_tree->scrollTo(again);
        m_tree->setCurrentIndex(again);
    }
    markEdits(); // edits not applied yet survive a reload
    m_summary->setText(tr("Revision %1 · template %2 %3 · tenant version %4")
                           .arg(state.revision.revision)
                           .arg(state.revision.templateName, state.revision.templateVersion)
                           .arg(state.tenant.version));
    m_revisions->clear();
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        const ConfigRevision &r = *it;
        const QString what = r.basedOn >= 0 ? tr("rollback to %1").arg(r.basedOn) : r.action;
        auto *item = new QTreeWidgetItem(
            {QString::number(r.revision),
             QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat), r.createdBy, what,
             r.templateName + u' ' + r.templateVersion, r.reason});
        item->setData(0, Qt::UserRole, r.revision);
        item->setToolTip(5, r.reason);
        if (r.revision == state.revision.revision) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 6; ++c)
                item->setFont(c, bold);
        }
        m_revisions->addTopLevelItem(item);
    }
    for (int c = 0; c < 5; ++c)
        m_revisions->resizeColumnToContents(c);
    updateActions();
    Q_EMIT loaded();
}

void TenantConfigurationView::markEdits()
{
    for (const ConfigOverride &e : m_edits)
        m_model->markEdited(e.pointer, e.value, tr("edit (not applied)"));
}

void TenantConfigurationView::requestEdit(const QString &pointer, const QJsonValue &value)
{
    if (!m_loaded || !m_service.configEngine())
        return;
    // Checked on the spot, as typed: the schema at that path and the tier's limits.
    const ConfigOverride edit {pointer, value, ConfigLayer::OperatorEdit};
    QList<Error> problems = m_service.configEngine()->checkOverride(edit);
    if (auto r = Overrides::checkTierLimits(m_service.configEngine()->catalog(),
                                            m_state.tenant.tier, {edit});
        !r) {
        problems.append(r.error());
    }
    if (!problems.isEmpty()) {
        m_message->showMessage(problems.first().message);
        if (const QModelIndex at = m_model->indexOf(pointer, JsonTreeModel::Value); at.isValid())
            m_tree->setCurrentIndex(at);
        return;
    }
    m_message->clearMessage();
    m_resets.removeAll(pointer);
    Overrides::upsert(m_edits, edit);
    m_model->markEdited(pointer, value, tr("edit (not applied)"));
    updateActions();
}

void TenantConfigurationView::requestReset(const QString &pointer)
{
    if (!m_loaded)
        return;
    m_edits.removeIf([&](const ConfigOverride &e) { return e.pointer == pointer; });
    if (!m_resets.contains(pointer))
        m_resets << pointer;
    m_model->markEdited(pointer, valueAt(m_state.document, pointer),
                        tr("reset to the layer below (not applied)"));
    updateActions();
}

void TenantConfigurationView::discardEdits()
{
    m_edits.clear();
    m_resets.clear();
    m_message->clearMessage();
    refresh();
    updateActions();
}

void TenantConfigurationView::applyEdits()
{
    if ((m_edits.isEmpty() && m_resets.isEmpty()) || m_previewRequest || m_writeRequest)
        return;
    ConfigChangeRequest request;
    request.tenantId = m_id;
    for (const ConfigOverride &e : m_edits)
        request.set.append({pointerToDotted(e.pointer), e.value});
    for (const QString &pointer : std::as_const(m_resets))
        request.unset << pointerToDotted(pointer);
    request.layer = ConfigLayer::OperatorEdit;
    request.expectedVersion = m_state.tenant.version;
    request.dryRun = true;
    m_rollbackTo = -1;
    m_previewRequest = m_service.applyConfiguration(request);
    updateActions();
}

void TenantConfigurationView::rollBackToSelected()
{
    const QTreeWidgetItem *item = m_revisions->currentItem();
    if (!item || m_previewRequest || m_writeRequest)
        return;
    m_rollbackTo = item->data(0, Qt::UserRole).toInt();
    m_previewRequest
        = m_service.rollbackConfiguration(m_id, m_rollbackTo, {}, m_state.tenant.version, true);
    updateActions();
}

void TenantConfigurationView::onChanged(quint64 request, const ConfigChangeResult &result)
{
    if (request == m_previewRequest) {
        m_previewRequest = 0;
        const bool rollback = m_rollbackTo >= 0;
        ConfigDiffDialog dialog(
            rollback ? tr("Roll Back %1").arg(m_id) : tr("Apply to %1").arg(m_id),
            rollback ? tr("Revision %1 of %2's configuration becomes current again, as revision "
                          "%3:")
                           .arg(m_rollbackTo)
                           .arg(m_id)
                           .arg(result.revision.revision)
                     : tr("These values of %1's configuration change, as revision %2:")
                           .arg(m_id)
                           .arg(result.revision.revision),
            result.changes, rollback ? tr("Roll Back") : tr("Apply"), this);
        dialog.setReason(m_reason);
        const bool accepted = dialog.exec() == QDialog::Accepted;
        m_reason = dialog.reason();
        if (!accepted) {
            updateActions();
            return;
        }
        if (rollback) {
            m_writeRequest = m_service.rollbackConfiguration(m_id, m_rollbackTo, m_reason,
                                                             m_state.tenant.version, false);
        } else {
            ConfigChangeRequest write;
            write.tenantId = m_id;
            for (const ConfigOverride &e : m_edits)
                write.set.append({pointerToDotted(e.pointer), e.value});
            for (const QString &pointer : std::as_const(m_resets))
                write.unset << pointerToDotted(pointer);
            write.layer = ConfigLayer::OperatorEdit;
            write.expectedVersion = m_state.tenant.version;
            write.reason = m_reason;
            m_writeRequest = m_service.applyConfiguration(write);
        }
        updateActions();
        return;
    }
    if (request != m_writeRequest)
        return;
    m_writeRequest = 0;
    if (m_rollbackTo < 0) {
        m_edits.clear();
        m_resets.clear();
    }
    m_reason.clear();
    m_message->showMessage(tr("Saved as revision %1.").arg(result.revision.revision),
                           MessageLabel::Tone::Success);
    refresh();
    Q_EMIT changed(result.tenant);
}

void TenantConfigurationView::onFailed(quint64 request, const Error &error)
{
    if (request == m_loadRequest) {
        m_loadRequest = 0;
        m_summary->setText(tr("Not loaded: %1").arg(error.message));
        return;
    }
    if (request != m_previewRequest && request != m_writeRequest)
        return;
    m_previewRequest = 0;
    m_writeRequest = 0;
    updateActions();
    if (error.code == ErrorCode::Conflict) {
        // Someone else changed the tenant: the edits stay, on top of the fresh configuration.
        if (Prompts::question(this, tr("Changed by someone else"),
                              error.message + u"\n\n"_s
                                  + tr("Reload %1's configuration? Your edits are kept.").arg(m_id),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes) {
            refresh();
        }
        return;
    }
    m_message->showMessage(error.message);
}

void TenantConfigurationView::updateActions()
{
    const bool may = m_service.can(Permission::EditConfiguration);
    const bool busy = m_previewRequest || m_writeRequest;
    const QString needs
        = tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::EditConfiguration));
    const bool pending = !m_edits.isEmpty() || !m_resets.isEmpty();
    m_apply->setEnabled(may && m_loaded && !busy && pending);
    m_apply->setToolTip(!may                    ? needs
                            : m_edits.isEmpty() ? tr("Double-click a value to edit it first.")
                                                : tr("See what changes, then apply it"));
    m_discard->setEnabled(!busy && pending);
    const QTreeWidgetItem *item = m_revisions->currentItem();
    const bool other = item && item->data(0, Qt::UserRole).toInt() != m_state.revision.revision;
    m_rollback->setEnabled(may && m_loaded && !busy && other);
    m_rollback->setToolTip(!may        ? needs
                               : other ? tr("Make this revision current again (as a new one)")
                                       : tr("Select an earlier revision first."));
}

} // namespace Tenancy::Ui
