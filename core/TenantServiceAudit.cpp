// TenantService: the audit log's requests (listing, verifying, exporting reports).
#include "TenantService.h"

#include <QElapsedTimer>

namespace Tenancy {

namespace {

// Progress for the GUI: the first call, then at most every 100 ms, and the last; false once
// cancelled.
class ThrottledProgress
{
public:
    ThrottledProgress(std::function<void(qint64, qint64)> report,
                      std::shared_ptr<std::atomic_bool> cancel)
        : m_report(std::move(report))
        , m_cancel(std::move(cancel))
    { }

    bool operator()(qint64 done, qint64 total)
    {
        if (!m_timer.isValid() || done >= total || m_timer.elapsed() >= 100) {
            m_timer.start();
            m_report(done, total);
        }
        return !m_cancel->load();
    }

private:
    std::function<void(qint64, qint64)> m_report;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QElapsedTimer m_timer;
};

} // namespace

quint64 TenantService::auditEntries(const AuditFilter &filter)
{
    return request<QList<AuditEntry>>(
        [filter](TenantManager &m, quint64) { return m.auditEntries(filter); },
        [this](quint64 r, const QList<AuditEntry> &entries) {
            Q_EMIT auditEntriesLoaded(r, entries);
        });
}

quint64 TenantService::verifyAudit(const QByteArray &auditKey)
{
    const quint64 request = m_nextRequest++;
    m_auditCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_auditCancel;
    auto fail = [this, request](const Error &error) {
        post([this, request, error] { Q_EMIT failed(request, error); });
    };
    runOnOwnConnection(fail, [=, this](TenantManager &m) {
        ThrottledProgress progress(
            [this, request](qint64 done, qint64 total) {
                post([=, this] { Q_EMIT auditProgress(request, done, total); });
            },
            cancel);
        auto verified = m.verifyAuditLog(auditKey, {}, std::ref(progress));
        if (!verified)
            return fail(verified.error());
        post([this, request, value = *verified] { Q_EMIT auditVerified(request, value); });
    });
    return request;
}

quint64 TenantService::exportAudit(const AuditReportScope &scope, AuditReportFormat format,
                                   const QString &out, const QByteArray &auditKey,
                                   const QByteArray &signingSeed)
{
    const quint64 request = m_nextRequest++;
    m_auditCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_auditCancel;
    auto fail = [this, request](const Error &error) {
        post([this, request, error] { Q_EMIT failed(request, error); });
    };
    runOnOwnConnection(fail, [=, this](TenantManager &m) {
        ThrottledProgress progress(
            [this, request](qint64 done, qint64 total) {
                post([=, this] { Q_EMIT auditProgress(request, done, total); });
            },
            cancel);
        auto exported
            = m.exportAuditReport(scope, format, out, auditKey, signingSeed, std::ref(progress));
        if (!exported)
            return fail(exported.error());
        post([this, request, value = *exported] { Q_EMIT auditExported(request, value); });
    });
    return request;
}

void TenantService::cancelAudit()
{
    if (m_auditCancel)
        m_auditCancel->store(true);
}

} // namespace Tenancy
