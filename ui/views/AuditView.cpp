#include "AuditView.h"

#include "audit/AuditKeys.h"
#include "config/ConfigDiff.h"
#include "dialogs/AuditExportDialog.h"
#include "widgets/MessageLabel.h"
#include "widgets/OptionalDate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

constexpr int kPage = 200;

enum Column { Seq, Time, Operator, Action, Tenant, Target, Reason, ColumnCount };

QString cell(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"—"_s;
    return compactJson(value).toHtmlEscaped();
}

} // namespace

AuditView::AuditView(TenantService &service, SecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_secrets(secrets)
{
    setObjectName(u"auditView"_s);

    m_tenant = new QLineEdit;
    m_tenant->setObjectName(u"auditTenant"_s);
    m_tenant->setPlaceholderText(tr("any tenant"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setClearButtonEnabled(true);
    m_operator = new QLineEdit;
    m_operator->setObjectName(u"auditOperator"_s);
    m_operator->setPlaceholderText(tr("any operator"));
    m_operator->setAccessibleName(tr("Operator"));
    m_operator->setClearButtonEnabled(true);
    m_action = new QComboBox;
    m_action->setObjectName(u"auditAction"_s);
    m_action->setAccessibleName(tr("Action"));
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->addItem(tr("any action"), QString());
    for (const QString &prefix :
         {u"tenant."_s, u"configuration."_s, u"security."_s, u"provisioning."_s, u"usage."_s,
          u"operator."_s, u"settings."_s, u"audit."_s})
        m_action->addItem(prefix + u"*"_s, prefix);
    m_from = optionalDateEdit(u"auditFrom"_s, tr("any date"));
    m_from->setAccessibleName(tr("From"));
    m_to = optionalDateEdit(u"auditTo"_s, tr("today"));
    m_to->setAccessibleName(tr("To (inclusive)"));
    m_text = new QLineEdit;
    m_text->setObjectName(u"auditText"_s);
    m_text->setPlaceholderText(tr("Search reasons, paths and values"));
    m_text->setAccessibleName(tr("Search"));
    m_text->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    const auto labelled = [filters](const QString &text, QWidget *field, int stretch = 0) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field, stretch);
    };
    labelled(tr("T&enant:"), m_tenant, 1);
    labelled(tr("O&perator:"), m_operator, 1);
    labelled(tr("Acti&on:"), m_action, 1);
    labelled(tr("Fro&m:"), m_from);
    labelled(tr("&To:"), m_to);
    labelled(tr("&Search:"), m_text, 2);

    m_verify = new QPushButton(tr("&Verify Log"));
    m_verify->setObjectName(u"verifyLog"_s);
    m_verify->setToolTip(tr("Recompute the hash chain and check it against its signed heads"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(u"cancelVerify"_s);
    m_cancel->hide();
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"verifyProgress"_s);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_export = new QPushButton(tr("E&xport Report…"));
    m_export->setObjectName(u"exportReport"_s);
    m_count = new QLabel;
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_progress);
    actions->addWidget(m_cancel);
    actions->addWidget(m_verify);
    actions->addWidget(m_export);

    m_banner = new MessageLabel(u"verifyBanner"_s);
    m_message = new MessageLabel(u"auditMessage"_s);

    m_entries = new QTreeWidget;
    m_entries->setObjectName(u"auditEntries"_s);
    m_entries->setAccessibleName(tr("Audit entries"));
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setAlternatingRowColors(true);
    m_entries->setHeaderLabels({tr("#"), tr("Time (UTC)"), tr("Operator"), tr("Action"),
                                tr("Tenant"), tr("What"), tr("Reason")});
    m_entries->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_entries->header()->setStretchLastSection(true);
    m_older = new QPushButton(tr("Load &Older"));
    m_older->setObjectName(u"loadOlder"_s);
    m_older->hide();
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_entries, 1);
    listLayout->addWidget(m_older, 0, Qt::AlignLeft);

    m_detail = new QTextBrowser;
    m_detail->setObjectName(u"auditDetail"_s);
    m_detail->setAccessibleName(tr("Entry detail"));
    m_detail->setPlaceholderText(tr("Select an entry to see what it changed."));

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(list);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    // Typing waits a moment; a choice applies at once.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AuditView::refresh);
    for (QLineEdit *edit : {m_tenant, m_operator, m_text})
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditView::refresh);
    connect(m_action->lineEdit(), &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_from, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_entries, &QTreeWidget::currentItemChanged, this, &AuditView::showEntry);
    connect(m_older, &QPushButton::clicked, this, &AuditView::loadOlder);
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verify);
    connect(m_cancel, &QPushButton::clicked, this, &AuditView::cancelVerify);
    connect(m_export, &QPushButton::clicked, this, &AuditView::exportReport);
    connect(&m_service, &TenantService::auditEntriesLoaded, this, &AuditView::onLoaded);
    connect(&m_service, &TenantService::auditVerified, this, &AuditView::onVerified);
    connect(&m_service, &TenantService::auditProgress, this, &AuditView::onProgress);
    connect(&m_service, &TenantService::failed, this, &AuditView::onFailed);
    connect(&m_service, &TenantService::opened, this, [this] {
        updatePermissions();
        refresh();
    });
    updatePermissions();
    if (m_service.isOpen())
        refresh();
}

AuditView::~AuditView()
{
    if (m_verifyRequest)
        m_service.cancelAudit();
}

void AuditView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_service.isOpen() && !m_loadRequest && !event->spontaneous())
        refresh();
}

void AuditView::updatePermissions()
{
    const bool read = m_service.can(Permission::ReadAuditLog);
    m_verify->setEnabled(read && !isVerifying());
    m_export->setEnabled(m_service.can(Permission::ExportAuditReports));
    m_export->setToolTip(
        m_export->isEnabled()
            ? tr("A PDF, CSV or JSON report, or a signed bundle for auditors")
            : tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::ExportAuditReports)));
}

void AuditView::setTenantFilter(const QString &id)
{
    m_tenant->setText(id);
    m_debounce->stop();
    refresh();
}

AuditFilter AuditView::currentFilter() const
{
    AuditFilter filter;
    filter.tenantId = m_tenant->text().trimmed();
    filter.operatorName = m_operator->text().trimmed();
    // A listed choice carries its prefix; typed text is taken as it is ("tenant." matches
    // every tenant action, "tenant.suspend" that one).
    const int index = m_action->findText(m_action->currentText());
    filter.action
        = index >= 0 ? m_action->itemData(index).toString() : m_action->currentText().trimmed();
    filter.text = m_text->text().trimmed();
    if (const QDate from = optionalDate(m_from); from.isValid())
        filter.since = QDateTime(from, QTime(0, 0), Qt::UTC);
    if (const QDate to = optionalDate(m_to); to.isValid())
        filter.until = QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC);
    filter.limit = kPage;
    return filter;
}

void AuditView::refresh()
{
    if (!m_service.can(Permission::ReadAuditLog)) {
        m_entries->clear();
        m_shown.clear();
        m_message->showMessage(tr("The audit log needs %1.")
                                   .arg(TenantService::rolesAllowed(Permission::ReadAuditLog)),
                               MessageLabel::Tone::Info);
        return;
    }
    m_appending = false;
    m_count->setText(tr("Loading…"));
    m_loadRequest = m_service.auditEntries(currentFilter());
}

void AuditView::loadOlder()
{
    if (m_shown.isEmpty() || m_loadRequest)
        return;
    AuditFilter filter = currentFilter();
    filter.beforeSeq = m_shown.last().seq;
    m_appending = true;
    m_older->setEnabled(false);
    m_loadRequest = m_service.auditEntries(filter);
}

void AuditView::onLoaded(quint64 request, const QList<AuditEntry> &entries)
{
    if (request != m_loadRequest)
        return;
    m_loadRequest = 0;
    m_message->clearMessage();
    const qint64 keep = m_entries->currentItem()
        ? m_entries->currentItem()->data(Seq, Qt::UserRole).toLongLong()
        : 0;
    if (!m_appending) {
        m_entries->clear();
        m_shown.clear();
    }
    QList<QTreeWidgetItem *> rows;
    rows.reserve(entries.size());
    for (const AuditEntry &e : entries) {
        auto *item = new QTreeWidgetItem(
            {QString::number(e.seq), e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s),
             e.role.isEmpty() ? e.operatorName : u"%1 (%2)"_s.arg(e.operatorName, e.role), e.action,
             e.tenantId, e.target, QString(e.reason).replace(u'\n', u" ⏎ "_s)});
        item->setData(Seq, Qt::UserRole, e.seq);
        item->setData(Seq, Qt::UserRole + 1, int(m_shown.size() + rows.size()));
        item->setTextAlignment(Seq, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(Reason, e.reason);
        rows << item;
    }
    m_shown += entries;
    m_entries->addTopLevelItems(rows);
    if (!m_appending) {
        for (int c = 0; c < Reason; ++c)
            m_entries->resizeColumnToContents(c);
    }
    m_older->setVisible(entries.size() == kPage);
    m_older->setEnabled(true);
    m_count->setText(m_shown.isEmpty()
                         ? tr("No entries match.")
                         : tr("%n entries shown, newest first", nullptr, int(m_shown.size())));
    // The selection stays on the same entry when it is still there.
    for (int i = 0; i < m_entries->topLevelItemCount() && keep; ++i) {
        if (m_entries->topLevelItem(i)->data(Seq, Qt::UserRole).toLongLong() == keep) {
            m_entries->setCurrentItem(m_entries->topLevelItem(i));
            break;
        }
    }
    if (!m_entries->currentItem())
        m_detail->clear();
}

void AuditView::showEntry()
{
    QTreeWidgetItem *item = m_entries->currentItem();
    if (!item) {
        m_detail->clear();
        return;
    }
    const AuditEntry &e = m_shown.at(item->data(Seq, Qt::UserRole + 1).toInt());
    const auto row = [](const QString &name, const QString &value) {
        return u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(name,
                                                                                          value);
    };
    QString html = u"<h3>"_s + tr("Entry %1: %2").arg(e.seq).arg(e.action.toHtmlEscaped())
        + u"</h3><table>"_s;
    html += row(tr("When (UTC)"), e.at.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
    html += row(tr("Operator"), u"%1 (%2)"_s.arg(e.operatorName.toHtmlEscaped(), e.role));
    if (!e.tenantId.isEmpty())
        html += row(tr("Tenant"), e.tenantId.toHtmlEscaped());
    if (!e.target.isEmpty())
        html += row(tr("What"), u"<code>%1</code>"_s.arg(e.target.toHtmlEscaped()));
    html += row(tr("Reason"), e.reason.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    if (!e.clientHost.isEmpty())
        html += row(tr("From machine"), e.clientHost.toHtmlEscaped());
    html += row(tr("Hash"), u"<code>%1</code>"_s.arg(e.hash));
    html += row(tr("Previous"), u"<code>%1</code>"_s.arg(e.prevHash));
    html += u"</table>"_s;

    // What it changed: every leaf that differs, before → after.
    const QJsonValue before = e.before ? QJsonValue(*e.before) : QJsonValue();
    const QJsonValue after = e.after ? QJsonValue(*e.after) : QJsonValue();
    if (e.before || e.after) {
        const QList<ConfigChange> changes = diffJson(before, after);
        html += u"<h4>"_s + tr("Changes") + u"</h4>"_s;
        if (changes.isEmpty()) {
            html += u"<p>"_s + tr("Before and after are the same.") + u"</p>"_s;
        } else {
            html += u"<table border='0' cellspacing='0' cellpadding='3'><tr><th align='left'>"_s
                + tr("Path") + u"</th><th align='left'>"_s + tr("Before")
                + u"</th><th align='left'>"_s + tr("After") + u"</th></tr>"_s;
            for (const ConfigChange &c : changes) {
                const QString path = pointerToDotted(c.pointer);
                html += u"<tr><td><code>%1</code></td>"
                        "<td style='background:#fde7e9;color:#000'>%2</td>"
                        "<td style='background:#e6f4ea;color:#000'>%3</td></tr>"_s.arg(
                            path.isEmpty() ? u"(whole)"_s : path.toHtmlEscaped(), cell(c.before),
                            cell(c.after));
            }
            html += u"</table>"_s;
        }
    }
    m_detail->setHtml(html);
}

void AuditView::verify()
{
    if (isVerifying() || !m_service.can(Permission::ReadAuditLog))
        return;
    m_banner->clearMessage();
    m_fetchingKey = true;
    m_verify->setEnabled(false);
    m_cancel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_count->setText(tr("Reading the audit key from the keychain…"));
    // Without a key on this machine, the chain is still checked; the seals are not.
    const quint64 attempt = ++m_keyAttempt;
    QPointer<AuditView> self(this);
    AuditKeys::obtain(m_secrets, m_service.url(), false, [self, attempt](Result<QByteArray> key) {
        if (!self || attempt != self->m_keyAttempt)
            return;
        self->m_fetchingKey = false;
        if (!key) {
            self->endVerify();
            self->m_banner->showMessage(tr("The audit key could not be read from the keychain: %1")
                                            .arg(key.error().message));
            return;
        }
        self->m_count->setText(tr("Verifying…"));
        self->m_verifyRequest = self->m_service.verifyAudit(*key);
    });
}

void AuditView::cancelVerify()
{
    if (m_verifyRequest) {
        m_service.cancelAudit();
        return;
    }
    if (m_fetchingKey) {
        ++m_keyAttempt; // the keychain's answer is dropped
        m_fetchingKey = false;
        endVerify();
        m_banner->showMessage(tr("Verification cancelled."), MessageLabel::Tone::Info);
    }
}

void AuditView::endVerify()
{
    m_verifyRequest = 0;
    m_cancel->hide();
    m_progress->hide();
    m_count->setText(tr("%n entries shown, newest first", nullptr, int(m_shown.size())));
    updatePermissions();
}

void AuditView::onProgress(quint64 request, qint64 done, qint64 total)
{
    if (request != m_verifyRequest || request == 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_count->setText(
        tr("Verifying… %1 of %2 entries").arg(QLocale().toString(done), QLocale().toString(total)));
}

void AuditView::onVerified(quint64 request, const AuditVerification &v)
{
    if (request != m_verifyRequest || request == 0)
        return;
    endVerify();
    const QLocale locale;
    if (v.verdict.intact()) {
        QString text = tr("Intact: %1 entries rehashed and chained; head entry %2 (%3…).")
                           .arg(locale.toString(v.verdict.entries))
                           .arg(v.verdict.headSeq)
                           .arg(QString::fromLatin1(v.verdict.headHash.left(16)));
        if (v.sealsChecked > 0)
            text += u" "_s + tr("%n signed head(s) checked.", nullptr, v.sealsChecked);
        if (v.sealsUnchecked > 0)
            text += u" "_s
                + tr("%n seal(s) made with another machine's key were not checked.", nullptr,
                     v.sealsUnchecked);
        if (v.checkpoint)
            text += u" "_s
                + tr("Entries 1 to %1 were purged under the retention policy on %2; the chain "
                     "is checked from their signed checkpoint.")
                      .arg(v.checkpoint->seq)
                      .arg(locale.toString(v.checkpoint->at.toLocalTime(), QLocale::ShortFormat));
        m_banner->showMessage(text, MessageLabel::Tone::Success);
        return;
    }
    m_banner->showMessage(tr("Damaged at entry %1 (%2): %3")
                              .arg(v.verdict.firstBadSeq)
                              .arg(AuditChain::damageName(v.verdict.damage), v.verdict.detail));
}

void AuditView::onFailed(quint64 request, const Error &error)
{
    if (request == 0)
        return;
    if (request == m_loadRequest) {
        m_loadRequest = 0;
        m_older->setEnabled(true);
        m_count->clear();
        m_message->showMessage(tr("The audit log could not be read: %1").arg(error.message));
    } else if (request == m_verifyRequest) {
        endVerify();
        if (error.code == ErrorCode::Cancelled)
            m_banner->showMessage(tr("Verification cancelled."), MessageLabel::Tone::Info);
        else
            m_banner->showMessage(tr("The log could not be verified: %1").arg(error.message));
    }
}

void AuditView::exportReport()
{
    if (!m_service.can(Permission::ExportAuditReports))
        return;
    auto *dialog = new AuditExportDialog(m_service, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTenants(m_tenant->text().trimmed());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->exported()) {
            m_message->showMessage(dialog->message()->text(), MessageLabel::Tone::Success);
            refresh(); // the export is in the log now
        }
    });
    dialog->open();
}

} // namespace Tenancy::Ui
