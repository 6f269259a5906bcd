#pragma once

#include "TenantService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace Tenancy::Ui {

class MessageLabel;

// A tenant's authentication events for a chosen span, newest first, with the hours of a burst of
// failed sign-ins highlighted and each burst explained above the list; "Import…" reads an
// export on the worker; "Audit Security…" shows the security report (conformance per
// framework, bursts, the changes to make).
class TenantEventsView : public QWidget
{
    Q_OBJECT

public:
    TenantEventsView(TenantService &service, const QString &tenantId, QWidget *parent = nullptr);
    ~TenantEventsView() override;

    void refresh();
    void importFile(const QString &path, bool skipBad);
    void audit();

    QTreeWidget *events() const { return m_events; }
    QListWidget *bursts() const { return m_bursts; }
    QComboBox *span() const { return m_span; }
    QPushButton *auditButton() const { return m_audit; }
    QTextBrowser *report() const { return m_report; }

private:
    void onLoaded(quint64 request, const TenantService::SecurityEventsView &view);
    void onImported(quint64 request, const SecurityEventImport &result);
    void onAudited(quint64 request, const SecurityAudit &audit);
    void onFailed(quint64 request, const Error &error);

    TenantService &m_service;
    QString m_id;
    QComboBox *m_span = nullptr;
    QTreeWidget *m_events = nullptr;
    QListWidget *m_bursts = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_audit = nullptr;
    QTextBrowser *m_report = nullptr;
    MessageLabel *m_message = nullptr;
    QLabel *m_count = nullptr;
    quint64 m_loadRequest = 0;
    quint64 m_importRequest = 0;
    quint64 m_auditRequest = 0;
    bool m_loadFailed = false;
};

} // namespace Tenancy::Ui
