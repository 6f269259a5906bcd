#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Tenancy {

class Database;

// Where the orchestrator is and how patient to be with it (the shared settings
// orchestrator.url, orchestrator.request_timeout_seconds, orchestrator.timeout_seconds).
struct OrchestratorOptions
{
    QUrl endpoint; // http(s)://host[:port][/base]; empty: none configured
    int requestTimeoutMs = 10'000; // one HTTP request
    int operationTimeoutMs = 600'000; // a cluster becoming ready, or gone
    int initialBackoffMs = 500; // the first wait between polls or retries, doubled each time
    int maxBackoffMs = 30'000;
};

// Cluster isolation: the tenant's data lives on a cluster of its own, run by an external
// orchestrator this client talks to over HTTP with JSON (README "Cluster isolation"):
//   PUT    {endpoint}/clusters/{tenant}                the request; 200/201/202 and its status
//   GET    {endpoint}/clusters/{tenant}                {"status": "creating" | "ready" |
//                                                      "failed" | "deleting", "message",
//                                                      "health_url"}; 404 when there is none
//   DELETE {endpoint}/clusters/{tenant}                200/202/204, or 404 when already gone
//   PUT    {endpoint}/clusters/{tenant}/{part}         settings, integrations or capacity
//   DELETE {endpoint}/clusters/{tenant}/{part}
// Long operations are polled with exponential backoff (initial, doubled, capped) until they end
// or the operation's timeout passes. A request that times out, cannot connect, or answers 429
// or 5xx is transient and tried again within that time; any other answer ends the operation.
// Errors carry what the orchestrator said ({"error"} or {"message"} of its body).
// Blocking: runs a local event loop on the calling thread (a worker, never the GUI thread).
class ClusterOrchestrator
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::ClusterOrchestrator)

public:
    struct Cluster
    {
        QString status;
        QString message;
        QUrl healthUrl;
    };
    // Asked between polls and while a request waits: true stops the operation (Cancelled).
    using CancelCheck = std::function<bool()>;

    explicit ClusterOrchestrator(OrchestratorOptions options, CancelCheck cancelled = {});
    // The options the shared settings of db give; an Error when no orchestrator is configured.
    static Result<OrchestratorOptions> configured(Database &db);
    ~ClusterOrchestrator();

    const OrchestratorOptions &options() const { return m_options; }
    // "cluster acme at http://orchestrator:8080"
    QString describe(const QString &tenantId) const;

    // Asks for the tenant's cluster (idempotent: asking again for one that exists is fine) and
    // waits until it is ready.
    Result<Cluster> create(const QString &tenantId, const QJsonObject &request);
    // The cluster as the orchestrator reports it; nullopt when there is none.
    Result<std::optional<Cluster>> status(const QString &tenantId);
    // Removes it and waits until it is gone. None there is fine.
    Result<void> destroy(const QString &tenantId);
    Result<void> put(const QString &tenantId, const QString &part, const QJsonObject &body);
    Result<void> remove(const QString &tenantId, const QString &part);

    // GETs url and wants a 2xx within timeoutMs; the error names the status and what the
    // body said.
    static Result<void> checkHealth(const QUrl &url, int timeoutMs,
                                    const CancelCheck &cancelled = {});

private:
    QUrl url(const QString &tenantId, const QString &part = {}) const;
    qint64 partDeadlineMs() const;
    Result<std::optional<Cluster>> pollUntil(const QString &tenantId, bool wantGone,
                                             const QDeadlineTimer &deadline);

    OrchestratorOptions m_options;
    CancelCheck m_cancelled;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace Tenancy
