// TenantService: the audit log's requests (listing, verifying, exporting reports) and the
// compliance checks.
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

template<typename T>
quint64 TenantService::runLongJob(
    std::shared_ptr<std::atomic_bool> &cancelSlot,
    void (TenantService::*progressSignal)(quint64, qint64, qint64),
    std::function<Result<T>(TenantManager &, const std::function<bool(qint64, qint64)> &)> job,
    std::function<void(quint64, const T &)> deliver)
{
    const quint64 request = m_nextRequest++;
    cancelSlot = std::make_shared<std::atomic_bool>(false);
    auto cancel = cancelSlot;
    auto fail = [this, request](const Error &error) {
        post([this, request, error] { Q_EMIT failed(request, error); });
    };
    runOnOwnConnection(fail, [=, this](TenantManager &m) {
        ThrottledProgress progress(
            [this, request, progressSignal](qint64 done, qint64 total) {
                post([=, this] { Q_EMIT(this->*progressSignal)(request, done, total); });
            },
            cancel);
        auto result = job(m, std::ref(progress));
        if (!result)
            return fail(result.error());
        post([request, deliver, value = *result] { deliver(request, value); });
    });
    return request;
}

quint64 TenantService::verifyAudit(const QByteArray &auditKey)
{
    return runLongJob<AuditVerification>(
        m_auditCancel, &TenantService::auditProgress,
        [auditKey](TenantManager &m, const std::function<bool(qint64, qint64)> &progress) {
            return m.verifyAuditLog(auditKey, {}, progress);
        },
        [this](quint64 r, const AuditVerification &v) { Q_EMIT auditVerified(r, v); });
}

quint64 TenantService::exportAudit(const AuditReportScope &scope, AuditReportFormat format,
                                   const QString &out, const QByteArray &auditKey,
                                   const QByteArray &signingSeed)
{
    return runLongJob<AuditReportExport>(
        m_auditCancel, &TenantService::auditProgress,
        [=](TenantManager &m, const std::function<bool(qint64, qint64)> &progress) {
            return m.exportAuditReport(scope, format, out, auditKey, signingSeed, progress);
        },
        [this](quint64 r, const AuditReportExport &e) { Q_EMIT auditExported(r, e); });
}

void TenantService::cancelAudit()
{
    if (m_auditCancel)
        m_auditCancel->store(true);
}

quint64 TenantService::complianceMatrix(const QStringList &frameworks)
{
    return runLongJob<QList<FrameworkResult>>(
        m_complianceCancel, &TenantService::complianceProgress,
        [frameworks](TenantManager &m, const std::function<bool(qint64, qint64)> &progress) {
            return m.complianceMatrix(frameworks, progress);
        },
        [this](quint64 r, const QList<FrameworkResult> &results) {
            Q_EMIT complianceLoaded(r, results);
        });
}

quint64 TenantService::complianceCheck(const QString &id)
{
    return request<QList<FrameworkResult>>(
        [id](TenantManager &m, quint64) { return m.complianceCheck(id); },
        [this](quint64 r, const QList<FrameworkResult> &results) {
            Q_EMIT complianceLoaded(r, results);
        });
}

void TenantService::cancelCompliance()
{
    if (m_complianceCancel)
        m_complianceCancel->store(true);
}

} // namespace Tenancy
