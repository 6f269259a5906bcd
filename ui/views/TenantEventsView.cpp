#include "TenantEventsView.h"

#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

TenantEventsView::TenantEventsView(TenantService &service, const QString &tenantId, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_id(tenantId)
{
    setObjectName(u"eventsView"_s);
    m_span = new QComboBox;
    m_span->setObjectName(u"eventSpan"_s);
    m_span->setAccessibleName(tr("Events since"));
    m_span->addItem(tr("Last hour"), 3600);
    m_span->addItem(tr("Last 24 hours"), 86400);
    m_span->addItem(tr("Last 7 days"), 7 * 86400);
    m_span->addItem(tr("Last 30 days"), 30 * 86400);
    m_span->setCurrentIndex(1);
    m_count = new QLabel;
    m_import = new QPushButton(tr("&Import…"));
    m_import->setObjectName(u"importEvents"_s);
    m_audit = new QPushButton(tr("Audit &Security…"));
    m_audit->setObjectName(u"auditSecurity"_s);
    auto *top = new QHBoxLayout;
    auto *spanLabel = new QLabel(tr("S&how:"));
    spanLabel->setBuddy(m_span);
    top->addWidget(spanLabel);
    top->addWidget(m_span);
    top->addWidget(m_count, 1);
    top->addWidget(m_import);
    top->addWidget(m_audit);

    m_bursts = new QListWidget;
    m_bursts->setObjectName(u"bursts"_s);
    m_bursts->setAccessibleName(tr("Bursts of failed sign-ins"));
    m_bursts->setWordWrap(true);
    m_bursts->setMaximumHeight(90);
    m_events = new QTreeWidget;
    m_events->setObjectName(u"eventList"_s);
    m_events->setAccessibleName(tr("Security events"));
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setHeaderLabels({tr("Time (UTC)"), tr("User"), tr("Kind"), tr("Source")});
    m_events->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_report = new QTextBrowser;
    m_report->setObjectName(u"securityReport"_s);
    m_report->setAccessibleName(tr("Security report"));
    m_report->hide();
    m_message = new MessageLabel(u"eventsMessage"_s);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_events);
    split->addWidget(m_report);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_bursts);
    layout->addWidget(split, 1);

    connect(m_span, &QComboBox::currentIndexChanged, this, &TenantEventsView::refresh);
    connect(m_audit, &QPushButton::clicked, this, &TenantEventsView::audit);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Security Events"), QString(),
            tr("Event exports (*.csv *.json *.jsonl);;All files (*)"));
        if (!path.isEmpty())
            importFile(path, false);
    });
    connect(&m_service, &TenantService::securityEventsLoaded, this, &TenantEventsView::onLoaded);
    connect(&m_service, &TenantService::securityEventsImported, this,
            &TenantEventsView::onImported);
    connect(&m_service, &TenantService::securityAudited, this, &TenantEventsView::onAudited);
    connect(&m_service, &TenantService::failed, this, &TenantEventsView::onFailed);
    refresh();
}

TenantEventsView::~TenantEventsView() = default;

void TenantEventsView::refresh()
{
    const bool may = m_service.can(Permission::ReadSecurityEvents);
    m_import->setEnabled(m_service.can(Permission::ImportSecurityEvents));
    m_import->setToolTip(
        m_import->isEnabled()
            ? tr("Read an export of authentication events (CSV, JSON)")
            : tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::ImportSecurityEvents)));
    m_audit->setEnabled(may);
    if (!may) {
        m_events->clear();
        m_bursts->hide();
        m_message->showMessage(
            tr("Security events need %1.")
                .arg(TenantService::rolesAllowed(Permission::ReadSecurityEvents)),
            MessageLabel::Tone::Info);
        return;
    }
    const QDateTime since
        = QDateTime::currentDateTimeUtc().addSecs(-m_span->currentData().toLongLong());
    m_count->setText(tr("Loading…"));
    m_loadRequest = m_service.securityEvents(m_id, since, 5000);
}

void TenantEventsView::onLoaded(quint64 request, const TenantService::SecurityEventsView &view)
{
    if (request != m_loadRequest)
        return;
    m_loadRequest = 0;
    // The hours of a burst, to highlight their events.
    QSet<qint64> burstHours;
    m_bursts->clear();
    for (const SecurityAnomaly &a : view.anomalies) {
        burstHours.insert(a.hour.toSecsSinceEpoch() / 3600);
        auto *item = new QListWidgetItem(u"⚠ "_s + a.explanation, m_bursts);
        item->setBackground(QColor(0xff, 0xf3, 0xcd));
        item->setForeground(Qt::black);
    }
    m_bursts->setVisible(!view.anomalies.isEmpty());
    m_events->clear();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(view.events.size());
    for (const SecurityEvent &e : view.events) {
        auto *item = new QTreeWidgetItem({e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s), e.user,
                                          securityEventKindId(e.kind),
                                          e.sourceIp.isEmpty() ? u"—"_s : e.sourceIp});
        if (burstHours.contains(e.at.toSecsSinceEpoch() / 3600) && e.isFailure()) {
            for (int c = 0; c < 4; ++c) {
                item->setBackground(c, QColor(0xff, 0xf3, 0xcd));
                item->setForeground(c, Qt::black);
            }
            item->setToolTip(0, tr("In a burst of failed sign-ins"));
        }
        rows << item;
    }
    m_events->addTopLevelItems(rows);
    m_count->setText(view.events.isEmpty() ? tr("No events in this span.")
                                           : tr("%n event(s)", nullptr, int(view.events.size())));
    if (m_loadFailed)
        m_message->clearMessage(); // an import's result stays
    m_loadFailed = false;
}

void TenantEventsView::importFile(const QString &path, bool skipBad)
{
    m_message->showMessage(tr("Importing…"), MessageLabel::Tone::Info);
    m_import->setEnabled(false);
    m_importRequest = m_service.importSecurityEvents(path, skipBad);
}

void TenantEventsView::onImported(quint64 request, const SecurityEventImport &result)
{
    if (request != m_importRequest)
        return;
    m_importRequest = 0;
    m_import->setEnabled(true);
    m_message->showMessage(tr("%1: %2 events imported, %3 already there, %4 skipped.")
                               .arg(result.file)
                               .arg(result.imported)
                               .arg(result.duplicates)
                               .arg(result.skipped.size()),
                           MessageLabel::Tone::Success);
    refresh();
}

void TenantEventsView::audit()
{
    m_auditRequest = m_service.auditSecurity(m_id);
    m_audit->setEnabled(false);
}

void TenantEventsView::onAudited(quint64 request, const SecurityAudit &audit)
{
    if (request != m_auditRequest)
        return;
    m_auditRequest = 0;
    m_audit->setEnabled(true);
    const QJsonObject report = audit.toJson();
    QString html = u"<h3>"_s
        + tr("Security audit of %1 (%2 tier)").arg(audit.tenantId.toHtmlEscaped(), audit.tier)
        + u"</h3>"_s;
    for (const QJsonValue &f : report.value(u"frameworks"_s).toArray()) {
        const QString status = f[u"status"_s].toString();
        const QString colour = status == u"pass"_s ? u"#2e7d32"_s
            : status == u"warn"_s                  ? u"#ef6c00"_s
                                                   : u"#c62828"_s;
        html += u"<p><b>%1</b>: <span style='color:%2'><b>%3</b></span> (%4 pass, %5 warn, "
                "%6 fail)</p><ul>"_s
                    .arg(f[u"name"_s].toString().toHtmlEscaped(), colour, status.toUpper())
                    .arg(f[u"pass"_s].toInt())
                    .arg(f[u"warn"_s].toInt())
                    .arg(f[u"fail"_s].toInt());
        for (const QJsonValue &r : f[u"results"_s].toArray()) {
            if (r[u"status"_s].toString() == u"pass"_s)
                continue;
            QStringList evidence;
            for (const QJsonValue &e : r[u"evidence"_s].toArray())
                evidence << e.toString();
            html += u"<li>%1 %2 — %3: <i>%4</i></li>"_s.arg(
                r[u"status"_s].toString().toUpper(), r[u"clause"_s].toString().toHtmlEscaped(),
                r[u"title"_s].toString().toHtmlEscaped(), evidence.join(u", "_s).toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    html += u"<h4>"_s + tr("Bursts of failed sign-ins (7 days)") + u"</h4>"_s;
    if (audit.anomalies.isEmpty())
        html += u"<p>"_s + tr("None.") + u"</p>"_s;
    for (const SecurityAnomaly &a : audit.anomalies)
        html += u"<p>⚠ "_s + a.explanation.toHtmlEscaped() + u"</p>"_s;
    html += u"<h4>"_s + tr("Recommended changes") + u"</h4><ul>"_s;
    if (audit.recommendations.isEmpty())
        html += u"<li>"_s + tr("None.") + u"</li>"_s;
    for (const SecurityAudit::Recommendation &r : audit.recommendations) {
        html += u"<li><code>%1 = %2</code> — %3</li>"_s.arg(
            r.path.toHtmlEscaped(), compactJson(r.value).toHtmlEscaped(),
            r.because.join(u"; "_s).toHtmlEscaped());
    }
    html += u"</ul>"_s;
    m_report->setHtml(html);
    m_report->show();
}

void TenantEventsView::onFailed(quint64 request, const Error &error)
{
    if (request == 0)
        return;
    if (request == m_loadRequest) {
        m_loadRequest = 0;
        m_loadFailed = true;
        m_count->clear();
        m_message->showMessage(tr("The events could not be loaded: %1").arg(error.message));
    } else if (request == m_importRequest) {
        m_importRequest = 0;
        m_import->setEnabled(true);
        m_message->showMessage(error.message); // every bad line, nothing imported
    } else if (request == m_auditRequest) {
        m_auditRequest = 0;
        m_audit->setEnabled(true);
        m_message->showMessage(tr("The audit could not be made: %1").arg(error.message));
    }
}

} // namespace Tenancy::Ui
