#include "ComplianceView.h"

#include "config/ConfigDiff.h"
#include "dialogs/ConfigDiffDialog.h"
#include "models/ComplianceMatrixModel.h"
#include "widgets/Labels.h"
#include "widgets/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

enum ControlColumn { IdColumn, TitleColumn, StatusColumn, SeverityColumn, EvidenceColumn };
constexpr int FrameworkIndexRole = Qt::UserRole;
constexpr int ControlIndexRole = Qt::UserRole + 1; // -1 on a framework's item

} // namespace

ComplianceView::ComplianceView(TenantService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(u"complianceView"_s);
    auto *title = new QLabel(tr("<b>Compliance</b>"));
    m_summary = new QLabel;
    m_summary->setObjectName(u"complianceSummary"_s);
    m_summary->setWordWrap(true);
    m_text = new QLineEdit;
    m_text->setObjectName(u"complianceTenantFilter"_s);
    m_text->setPlaceholderText(tr("Filter tenants"));
    m_text->setAccessibleName(tr("Filter tenants"));
    m_text->setClearButtonEnabled(true);
    m_framework = new QComboBox;
    m_framework->setObjectName(u"complianceFrameworkFilter"_s);
    m_framework->setAccessibleName(tr("Framework"));
    m_framework->addItem(tr("All frameworks"), QString());
    m_status = new QComboBox;
    m_status->setObjectName(u"complianceStatusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), -1);
    for (ControlStatus s : {ControlStatus::Fail, ControlStatus::Manual, ControlStatus::Pass,
                            ControlStatus::NotApplicable}) {
        m_status->addItem(ComplianceMatrixModel::statusText(s), int(s));
    }
    m_requestedOnly = new QCheckBox(tr("&Asked-for frameworks only"));
    m_requestedOnly->setObjectName(u"complianceRequestedOnly"_s);
    m_requestedOnly->setToolTip(
        tr("Count only the frameworks each tenant asks for (its compliance list); the others "
           "show as not asked for"));
    m_refresh = new QPushButton(tr("&Refresh"));
    m_refresh->setObjectName(u"refreshCompliance"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"complianceProgress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(u"cancelCompliance"_s);
    m_cancel->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_text, 1);
    top->addWidget(m_framework);
    top->addWidget(m_status);
    top->addWidget(m_requestedOnly);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addWidget(m_refresh);

    m_model = new ComplianceMatrixModel(this);
    if (const auto catalog = m_service.sharedCatalog()) {
        QHash<QString, QString> names;
        for (const Framework &f : catalog->frameworks())
            names.insert(f.id, f.displayName);
        m_model->setFrameworkNames(names);
    }
    m_filter = new ComplianceMatrixFilter(this);
    m_filter->setSourceModel(m_model);
    m_matrix = new QTableView;
    m_matrix->setObjectName(u"complianceMatrix"_s);
    m_matrix->setAccessibleName(tr("Tenants by framework"));
    m_matrix->setModel(m_filter);
    m_matrix->setSortingEnabled(true);
    m_matrix->sortByColumn(ComplianceMatrixModel::TenantColumn, Qt::AscendingOrder);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->verticalHeader()->hide();
    m_matrix->verticalHeader()->setDefaultSectionSize(m_matrix->fontMetrics().height() + 8);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->horizontalHeader()->setSectionResizeMode(ComplianceMatrixModel::TenantColumn,
                                                       QHeaderView::ResizeToContents);
    m_matrix->setWordWrap(false);

    m_tenantTitle = new QLabel(tr("Select a tenant to see its controls."));
    m_tenantTitle->setObjectName(u"complianceTenantTitle"_s);
    m_tenantTitle->setTextFormat(Qt::RichText);
    m_tenantTitle->setWordWrap(true);
    m_fix = new QPushButton(tr("&Fix…"));
    m_fix->setObjectName(u"fixCompliance"_s);
    m_open = new QPushButton(tr("&Open Tenant"));
    m_open->setObjectName(u"openComplianceTenant"_s);
    m_readOnly = new QLabel(tr("Read-only: support staff or an admin apply remediations."));
    m_readOnly->setObjectName(u"complianceReadOnly"_s);
    m_readOnly->setEnabled(false);
    m_readOnly->setWordWrap(true);
    auto *tenantRow = new QHBoxLayout;
    tenantRow->addWidget(m_tenantTitle, 1);
    tenantRow->addWidget(m_readOnly);
    tenantRow->addWidget(m_open);
    tenantRow->addWidget(m_fix);
    m_message = new MessageLabel(u"complianceMessage"_s);

    m_controls = new QTreeWidget;
    m_controls->setObjectName(u"complianceControls"_s);
    m_controls->setAccessibleName(tr("Controls"));
    m_controls->setHeaderLabels(
        {tr("Control"), tr("Title"), tr("Status"), tr("Severity"), tr("Evidence")});
    m_controls->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_controls->setUniformRowHeights(true);
    m_controls->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_controls->header()->setStretchLastSection(true);
    m_detail = new QTextBrowser;
    m_detail->setObjectName(u"complianceDetail"_s);
    m_detail->setAccessibleName(tr("Control detail"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select a control to see what it asks, the evidence and "
                                    "how to fix it."));
    auto *drill = new QSplitter(Qt::Horizontal);
    drill->addWidget(m_controls);
    drill->addWidget(m_detail);
    drill->setStretchFactor(0, 3);
    drill->setStretchFactor(1, 2);
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(tenantRow);
    lowerLayout->addWidget(m_message);
    lowerLayout->addWidget(drill, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_matrix);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_text, &QLineEdit::textChanged, this, &ComplianceView::applyFilter);
    connect(m_framework, &QComboBox::currentIndexChanged, this, &ComplianceView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ComplianceView::applyFilter);
    connect(m_requestedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setRequestedOnly(on);
        applyFilter();
        updateSummary();
    });
    connect(m_refresh, &QPushButton::clicked, this, &ComplianceView::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &ComplianceView::cancel);
    connect(m_fix, &QPushButton::clicked, this, &ComplianceView::fixSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_tenant.isEmpty())
            Q_EMIT tenantActivated(m_tenant);
    });
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ComplianceView::showTenant);
    connect(m_matrix, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT tenantActivated(index.data(ComplianceMatrixModel::TenantRole).toString());
    });
    connect(m_controls, &QTreeWidget::itemSelectionChanged, this, [this] {
        showControl();
        updateActions();
    });
    connect(&m_service, &TenantService::complianceLoaded, this, &ComplianceView::onLoaded);
    connect(&m_service, &TenantService::complianceProgress, this, &ComplianceView::onProgress);
    connect(&m_service, &TenantService::configurationChanged, this, &ComplianceView::onChanged);
    connect(&m_service, &TenantService::failed, this, &ComplianceView::onFailed);
    connect(&m_service, &TenantService::opened, this, [this] {
        updateActions();
        // Another database (or the first): what is shown, or was, is checked again.
        if (m_loadedOnce || isVisible()) {
            m_loadedOnce = true;
            m_tenant.clear();
            refresh();
        }
    });
    updateActions();
}

ComplianceView::~ComplianceView()
{
    if (m_matrixRequest)
        m_service.cancelCompliance();
}

void ComplianceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && m_service.isOpen()) {
        m_loadedOnce = true;
        refresh();
    }
}

void ComplianceView::refresh()
{
    if (m_matrixRequest)
        m_service.cancelCompliance();
    m_message->clearMessage();
    m_summary->setText(tr("Checking every tenant…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_refresh->setEnabled(false);
    m_matrixRequest = m_service.complianceMatrix();
}

void ComplianceView::cancel()
{
    if (m_matrixRequest)
        m_service.cancelCompliance();
}

void ComplianceView::onProgress(quint64 request, qint64 done, qint64 total)
{
    if (request != m_matrixRequest)
        return;
    m_progress->setRange(0, int(qMax<qint64>(total, 1)));
    m_progress->setValue(int(done));
    m_progress->setFormat(tr("%1 of %2 tenants").arg(done).arg(total));
}

void ComplianceView::onLoaded(quint64 request, const QList<FrameworkResult> &results)
{
    if (request == m_checkRequest) {
        m_checkRequest = 0;
        m_model->updateTenant(results);
        updateSummary();
        showTenant();
        return;
    }
    if (request != m_matrixRequest)
        return;
    m_matrixRequest = 0;
    m_progress->hide();
    m_cancel->hide();
    m_refresh->setEnabled(true);
    const QString keep = m_tenant;
    const QString keepFramework = m_framework->currentData().toString();
    m_model->setResults(results);
    m_framework->blockSignals(true);
    m_framework->clear();
    m_framework->addItem(tr("All frameworks"), QString());
    for (const QString &f : m_model->frameworks())
        m_framework->addItem(m_model->frameworkName(f), f);
    m_framework->setCurrentIndex(qMax(0, m_framework->findData(keepFramework)));
    m_framework->blockSignals(false);
    applyFilter();
    updateSummary();
    if (!keep.isEmpty() && m_model->rowOfTenant(keep) >= 0)
        selectTenant(keep);
    else if (m_filter->rowCount() > 0)
        m_matrix->setCurrentIndex(m_filter->index(0, 0));
    showTenant(); // the drill-down from the new results, whether or not the cell moved
}

void ComplianceView::updateSummary()
{
    const int tenants = m_model->rowCount();
    if (tenants == 0) {
        m_summary->setText(tr("No tenants to check yet."));
        return;
    }
    QStringList perFramework;
    for (const QString &f : m_model->frameworks()) {
        const int failing = m_model->countTenants(ControlStatus::Fail, f);
        if (failing > 0)
            perFramework << tr("%1 %2").arg(failing).arg(m_model->frameworkName(f));
    }
    const int failing = m_model->countTenants(ControlStatus::Fail);
    m_summary->setText(failing == 0 ? tr("%1 tenants · none fails a framework").arg(tenants)
                                    : tr("%1 tenants · %2 fail at least one framework (%3)")
                                          .arg(tenants)
                                          .arg(failing)
                                          .arg(perFramework.join(u", "_s)));
}

void ComplianceView::applyFilter()
{
    m_filter->setText(m_text->text());
    m_filter->setFramework(m_framework->currentData().toString());
    const int status = m_status->currentData().toInt();
    m_filter->setStatus(status < 0 ? std::nullopt : std::optional(ControlStatus(status)));
    const int shown = m_filter->rowCount();
    if (shown != m_model->rowCount() && m_model->rowCount() > 0)
        m_matrix->setToolTip(tr("%1 of %2 tenants shown").arg(shown).arg(m_model->rowCount()));
    else
        m_matrix->setToolTip({});
}

void ComplianceView::selectTenant(const QString &id, const QString &framework)
{
    const int row = m_model->rowOfTenant(id);
    if (row < 0)
        return;
    const int column = framework.isEmpty() ? 0 : int(m_model->frameworks().indexOf(framework)) + 1;
    const QModelIndex at = m_filter->mapFromSource(m_model->index(row, qMax(0, column)));
    if (!at.isValid()) {
        // Filtered out: show it anyway, filters cleared, rather than nothing.
        m_text->clear();
        m_status->setCurrentIndex(0);
        m_framework->setCurrentIndex(0);
        return selectTenant(id, framework);
    }
    m_matrix->setCurrentIndex(at);
    m_matrix->scrollTo(at);
}

void ComplianceView::showTenant()
{
    const QModelIndex current = m_matrix->currentIndex();
    const QString id = current.data(ComplianceMatrixModel::TenantRole).toString();
    const QString focus = current.data(ComplianceMatrixModel::FrameworkRole).toString();
    if (id != m_tenant)
        m_message->clearMessage();
    m_tenant = id;
    m_controls->clear();
    m_detail->clear();
    if (id.isEmpty()) {
        m_tenantTitle->setText(tr("Select a tenant to see its controls."));
        updateActions();
        return;
    }
    const QList<FrameworkResult> results = m_model->tenantResults(id);
    int failing = 0;
    for (const FrameworkResult &r : results)
        failing += r.count(ControlStatus::Fail);
    m_tenantTitle->setText(
        tr("<b>%1</b> — %n failing control(s)", nullptr, failing).arg(id.toHtmlEscaped()));
    QTreeWidgetItem *focusItem = nullptr;
    for (int f = 0; f < results.size(); ++f) {
        const FrameworkResult &r = results.at(f);
        auto *group = new QTreeWidgetItem(
            {m_model->frameworkName(r.framework) + (r.requested ? tr(" (asked for)") : QString()),
             tr("%1 failing · %2 passing · %3 manual · %4 not applicable")
                 .arg(r.count(ControlStatus::Fail))
                 .arg(r.count(ControlStatus::Pass))
                 .arg(r.count(ControlStatus::Manual))
                 .arg(r.count(ControlStatus::NotApplicable)),
             ComplianceMatrixModel::statusText(r.worst())});
        group->setData(0, FrameworkIndexRole, f);
        group->setData(0, ControlIndexRole, -1);
        group->setBackground(StatusColumn, ComplianceMatrixModel::statusColor(r.worst()));
        group->setForeground(StatusColumn, QColor(Qt::black));
        QList<int> order;
        for (int c = 0; c < r.controls.size(); ++c)
            order.append(c);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return ComplianceMatrixModel::statusRank(r.controls.at(a).status)
                < ComplianceMatrixModel::statusRank(r.controls.at(b).status);
        });
        for (int c : std::as_const(order)) {
            const ControlResult &control = r.controls.at(c);
            const QString evidence = control.status == ControlStatus::Manual
                ? control.manualEvidence
                : control.evidence.join(u"; "_s);
            auto *item = new QTreeWidgetItem(group,
                                             {control.controlId, control.title,
                                              ComplianceMatrixModel::statusText(control.status),
                                              Labels::severity(control.severity), evidence});
            item->setData(0, FrameworkIndexRole, f);
            item->setData(0, ControlIndexRole, c);
            item->setBackground(StatusColumn, ComplianceMatrixModel::statusColor(control.status));
            item->setForeground(StatusColumn, QColor(Qt::black));
            item->setToolTip(TitleColumn, control.description);
            item->setToolTip(EvidenceColumn, evidence);
        }
        m_controls->addTopLevelItem(group);
        const bool open
            = r.framework == focus || (focus.isEmpty() && r.worst() == ControlStatus::Fail);
        group->setExpanded(open);
        if (r.framework == focus)
            focusItem = group;
    }
    for (int c = 0; c < EvidenceColumn; ++c)
        m_controls->resizeColumnToContents(c);
    m_controls->setColumnWidth(TitleColumn, qMin(m_controls->columnWidth(TitleColumn), 320));
    if (focusItem) {
        m_controls->setCurrentItem(focusItem);
        m_controls->scrollToItem(focusItem, QAbstractItemView::PositionAtTop);
    }
    updateActions();
}

void ComplianceView::showControl()
{
    const QList<FrameworkResult> results = m_model->tenantResults(m_tenant);
    const QTreeWidgetItem *item = m_controls->currentItem();
    if (!item) {
        m_detail->clear();
        return;
    }
    const int f = item->data(0, FrameworkIndexRole).toInt();
    const int c = item->data(0, ControlIndexRole).toInt();
    if (f < 0 || f >= results.size())
        return;
    const FrameworkResult &r = results.at(f);
    QString html;
    if (c < 0) {
        html = tr("<h3>%1 for %2</h3><p>%3 failing, %4 passing, %5 manual, %6 not applicable.</p>")
                   .arg(m_model->frameworkName(r.framework).toHtmlEscaped(),
                        m_tenant.toHtmlEscaped())
                   .arg(r.count(ControlStatus::Fail))
                   .arg(r.count(ControlStatus::Pass))
                   .arg(r.count(ControlStatus::Manual))
                   .arg(r.count(ControlStatus::NotApplicable));
        if (r.count(ControlStatus::Fail) > 0)
            html += tr("<p>Select the framework and Fix… to remediate every failing control "
                       "that a setting can fix.</p>");
        m_detail->setHtml(html);
        return;
    }
    if (c >= r.controls.size())
        return;
    const ControlResult &control = r.controls.at(c);
    html = u"<h3>%1 %2 — %3</h3><p>%4</p>"_s.arg(
        m_model->frameworkName(r.framework).toHtmlEscaped(), control.controlId.toHtmlEscaped(),
        control.title.toHtmlEscaped(), control.description.toHtmlEscaped());
    html += tr("<p><b>Status:</b> %1 · <b>Severity:</b> %2</p>")
                .arg(ComplianceMatrixModel::statusText(control.status),
                     Labels::severity(control.severity));
    if (!control.expected.isEmpty())
        html += tr("<p><b>Expected:</b> <code>%1</code></p>").arg(control.expected.toHtmlEscaped());
    if (!control.evidence.isEmpty()) {
        html += tr("<p><b>Evidence:</b></p><ul>");
        for (const QString &e : control.evidence)
            html += u"<li><code>%1</code></li>"_s.arg(e.toHtmlEscaped());
        html += u"</ul>"_s;
    }
    if (!control.manualEvidence.isEmpty()) {
        html += tr("<p><b>An auditor checks by hand:</b> %1</p>")
                    .arg(control.manualEvidence.toHtmlEscaped());
    }
    if (control.status == ControlStatus::Fail) {
        if (control.remediation.isEmpty()) {
            html += tr("<p><b>Remediation:</b> no setting alone fixes this control.</p>");
        } else {
            html += tr("<p><b>Remediation:</b></p><ul>");
            for (const auto &[path, value] : control.remediation) {
                html += tr("<li>set <code>%1</code> to <code>%2</code></li>")
                            .arg(path.toHtmlEscaped(),
                                 (value.isString() ? value.toString() : compactJson(value))
                                     .toHtmlEscaped());
            }
            html += u"</ul>"_s;
        }
    }
    m_detail->setHtml(html);
}

QList<ControlResult> ComplianceView::selectedFixes() const
{
    const QList<FrameworkResult> results = m_model->tenantResults(m_tenant);
    QList<ControlResult> fixes;
    auto add = [&](const ControlResult &control) {
        if (control.status != ControlStatus::Fail || control.remediation.isEmpty())
            return;
        for (const ControlResult &have : std::as_const(fixes)) {
            if (have.framework == control.framework && have.controlId == control.controlId)
                return;
        }
        fixes.append(control);
    };
    for (const QTreeWidgetItem *item : m_controls->selectedItems()) {
        const int f = item->data(0, FrameworkIndexRole).toInt();
        const int c = item->data(0, ControlIndexRole).toInt();
        if (f < 0 || f >= results.size())
            continue;
        if (c < 0) {
            for (const ControlResult &control : results.at(f).controls)
                add(control);
        } else if (c < results.at(f).controls.size()) {
            add(results.at(f).controls.at(c));
        }
    }
    return fixes;
}

void ComplianceView::updateActions()
{
    const bool canFix = m_service.can(Permission::EditConfiguration);
    m_readOnly->setVisible(!canFix);
    m_open->setEnabled(!m_tenant.isEmpty());
    const QList<ControlResult> fixes = canFix ? selectedFixes() : QList<ControlResult>();
    m_fix->setEnabled(canFix && !fixes.isEmpty() && !isFixing());
    if (!canFix)
        m_fix->setToolTip(tr("Only support staff and admins change a tenant's configuration"));
    else if (fixes.isEmpty())
        m_fix->setToolTip(tr("Select failing controls (or a framework) that a setting can fix"));
    else
        m_fix->setToolTip(tr("Remediate %n control(s): review the change, give a reason, apply",
                             nullptr, int(fixes.size())));
}

void ComplianceView::fixSelected()
{
    if (isFixing() || m_tenant.isEmpty() || !m_service.can(Permission::EditConfiguration))
        return;
    m_fixing = selectedFixes();
    if (m_fixing.isEmpty())
        return;
    ConfigChangeRequest request;
    request.tenantId = m_tenant;
    for (const ControlResult &control : std::as_const(m_fixing)) {
        for (const auto &change : control.remediation)
            request.set.append(change);
    }
    request.layer = ConfigLayer::OperatorEdit;
    request.dryRun = true;
    m_message->clearMessage();
    m_previewRequest = m_service.applyConfiguration(request);
    updateActions();
}

void ComplianceView::onChanged(quint64 request, const ConfigChangeResult &result)
{
    if (request == m_previewRequest) {
        m_previewRequest = 0;
        QStringList names;
        for (const ControlResult &control : std::as_const(m_fixing))
            names << m_model->frameworkName(control.framework) + u' ' + control.controlId;
        if (result.changes.isEmpty()) {
            m_message->showMessage(
                tr("%1's configuration already has these values; check again with Refresh.")
                    .arg(m_tenant),
                MessageLabel::Tone::Info);
            updateActions();
            return;
        }
        ConfigDiffDialog dialog(
            tr("Fix %1").arg(m_tenant),
            tr("To remediate %1, these values of %2's configuration change, as revision %3:")
                .arg(names.join(u", "_s), m_tenant)
                .arg(result.revision.revision),
            result.changes, tr("Apply Fix"), this);
        dialog.setObjectName(u"complianceFixDialog"_s);
        dialog.setReason(m_reason.isEmpty() ? tr("Remediate %1").arg(names.join(u", "_s))
                                            : m_reason);
        const bool accepted = dialog.exec() == QDialog::Accepted;
        m_reason = dialog.reason();
        if (!accepted) {
            updateActions();
            return;
        }
        ConfigChangeRequest write;
        write.tenantId = result.tenant.id;
        for (const ControlResult &control : std::as_const(m_fixing)) {
            for (const auto &change : control.remediation)
                write.set.append(change);
        }
        write.layer = ConfigLayer::OperatorEdit;
        write.expectedVersion = result.tenant.version; // as the change was shown
        write.reason = m_reason;
        m_writeRequest = m_service.applyConfiguration(write);
        updateActions();
        return;
    }
    if (request != m_writeRequest)
        return;
    m_writeRequest = 0;
    m_reason.clear();
    m_fixing.clear();
    m_message->showMessage(tr("Fixed: %1's configuration saved as revision %2. Checking again…")
                               .arg(result.tenant.id)
                               .arg(result.revision.revision),
                           MessageLabel::Tone::Success);
    m_checkRequest = m_service.complianceCheck(result.tenant.id);
    updateActions();
}

void ComplianceView::onFailed(quint64 request, const Error &error)
{
    if (request == m_matrixRequest) {
        m_matrixRequest = 0;
        m_progress->hide();
        m_cancel->hide();
        m_refresh->setEnabled(true);
        if (error.code == ErrorCode::Cancelled) {
            m_summary->setText(m_model->rowCount() > 0
                                   ? tr("Stopped; showing the previous check.")
                                   : tr("Stopped. Refresh checks every tenant."));
        } else {
            m_summary->clear();
            m_message->showMessage(error.message);
        }
        return;
    }
    if (request == m_checkRequest) {
        m_checkRequest = 0;
        m_message->showMessage(error.message);
        return;
    }
    if (request != m_previewRequest && request != m_writeRequest)
        return;
    m_previewRequest = 0;
    m_writeRequest = 0;
    m_message->showMessage(error.code == ErrorCode::Conflict
                               ? error.message + u' ' + tr("Refresh, then fix again.")
                               : error.message);
    updateActions();
}

} // namespace Tenancy::Ui
