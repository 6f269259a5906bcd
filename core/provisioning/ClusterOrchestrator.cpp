#include "ClusterOrchestrator.h"

#include "Logging.h"
#include "settings/SharedSettings.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

using CancelCheck = ClusterOrchestrator::CancelCheck;

struct HttpReply
{
    int status = 0; // 0: no HTTP answer (see network)
    QJsonObject body;
    QByteArray raw;
    QString network; // the transport's error, when there was no answer
    bool cancelled = false;

    bool ok() const { return status >= 200 && status < 300; }
    // Worth asking again: no answer in time, no connection, busy or failing server.
    bool transient() const
    {
        return !cancelled && (status == 0 || status == 429 || (status >= 500 && status != 501));
    }
    // What the other side said: {"error"} or {"message"} of a JSON body, else its text.
    QString said() const
    {
        for (const QString &key : {u"error"_s, u"message"_s, u"detail"_s}) {
            const QString text = body.value(key).toString().trimmed();
            if (!text.isEmpty())
                return text;
        }
        QString text = QString::fromUtf8(raw).simplified();
        if (text.size() > 200)
            text = text.left(200) + u'…';
        return text;
    }
};

// Waits ms on a local event loop (so that replies and timers of this thread go on), asking
// cancelled every 100 ms. False when cancelled.
bool wait(int ms, const CancelCheck &cancelled)
{
    QDeadlineTimer until(std::max(0, ms));
    while (!until.hasExpired()) {
        if (cancelled && cancelled())
            return false;
        QEventLoop loop;
        QTimer::singleShot(std::min<qint64>(100, until.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !(cancelled && cancelled());
}

HttpReply exchange(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
                   const QJsonObject *body, int timeoutMs, const CancelCheck &cancelled)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QByteArray data;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        data = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
        network.sendCustomRequest(request, verb, data), [](QNetworkReply *r) { r->deleteLater(); });
    HttpReply result;
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer check;
        check.setInterval(100);
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (cancelled && cancelled()) {
                result.cancelled = true;
                reply->abort();
            }
        });
        check.start();
        loop.exec();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.raw = reply->readAll();
    if (result.status == 0) {
        result.network = reply->error() == QNetworkReply::OperationCanceledError
            ? ClusterOrchestrator::tr("no answer within %1 s").arg(timeoutMs / 1000.0, 0, 'g', 2)
            : reply->errorString();
    }
    const QJsonDocument json = QJsonDocument::fromJson(result.raw);
    if (json.isObject())
        result.body = json.object();
    return result;
}

// Sends until an answer that is not transient, or the deadline: then the last answer.
HttpReply exchangeRetrying(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
                           const QJsonObject *body, const OrchestratorOptions &options,
                           const QDeadlineTimer &deadline, const CancelCheck &cancelled)
{
    int backoff = options.initialBackoffMs;
    for (;;) {
        const int timeout
            = int(std::clamp<qint64>(deadline.remainingTime(), 1, options.requestTimeoutMs));
        HttpReply reply = exchange(network, verb, url, body, timeout, cancelled);
        if (!reply.transient())
            return reply;
        qCInfo(lcTenants).noquote()
            << "orchestrator" << verb << url.toString() << "answered" << reply.status
            << reply.network << "- trying again in" << backoff << "ms";
        if (deadline.remainingTime() <= backoff)
            return reply;
        if (!wait(backoff, cancelled)) {
            reply.cancelled = true;
            return reply;
        }
        backoff = std::min(backoff * 2, options.maxBackoffMs);
    }
}

Error failure(const HttpReply &reply, const QString &what, const QUrl &endpoint)
{
    if (reply.cancelled)
        return Error::make(ErrorCode::Cancelled, ClusterOrchestrator::tr("cancelled"));
    const QString where = endpoint.toString(QUrl::RemoveUserInfo);
    if (reply.status == 0)
        return Error::make(ErrorCode::Unavailable,
                           ClusterOrchestrator::tr("the orchestrator at %1 did not answer %2: %3")
                               .arg(where, what, reply.network));
    const QString said = reply.said();
    return Error::make(
        reply.status >= 500 || reply.status == 429 ? ErrorCode::Unavailable : ErrorCode::NotAllowed,
        said.isEmpty() ? ClusterOrchestrator::tr("the orchestrator at %1 refused %2 (HTTP %3)")
                             .arg(where, what)
                             .arg(reply.status)
                       : ClusterOrchestrator::tr("the orchestrator at %1 refused %2 (HTTP %3): %4")
                             .arg(where, what)
                             .arg(reply.status)
                             .arg(said));
}

ClusterOrchestrator::Cluster clusterFrom(const QJsonObject &body)
{
    ClusterOrchestrator::Cluster cluster;
    cluster.status = body.value(u"status"_s).toString();
    cluster.message = body.value(u"message"_s).toString();
    const QString health = body.value(u"health_url"_s).toString();
    if (!health.isEmpty())
        cluster.healthUrl = QUrl(health, QUrl::StrictMode);
    return cluster;
}

} // namespace

ClusterOrchestrator::ClusterOrchestrator(OrchestratorOptions options, CancelCheck cancelled)
    : m_options(std::move(options))
    , m_cancelled(std::move(cancelled))
    , m_network(std::make_unique<QNetworkAccessManager>())
{ }

ClusterOrchestrator::~ClusterOrchestrator() = default;

Result<OrchestratorOptions> ClusterOrchestrator::configured(Database &db)
{
    auto stored = SharedSettings::load(db);
    if (!stored)
        return stored.error();
    using S = SharedSettings;
    const auto number = [&](const char *key) {
        return S::number(*stored, QString::fromLatin1(key));
    };
    const QString url = S::value(*stored, QString::fromLatin1(S::orchestratorUrl));
    if (url.isEmpty())
        return Error::make(ErrorCode::NotAllowed,
                           tr("cluster isolation needs an orchestrator, and none is configured "
                              "(an admin sets it: tenancyctl settings set orchestrator.url URL)"));
    OrchestratorOptions options;
    options.endpoint = QUrl(url);
    options.requestTimeoutMs = 1000 * number(S::orchestratorRequestTimeout);
    options.operationTimeoutMs = 1000 * number(S::orchestratorTimeout);
    options.initialBackoffMs = number(S::orchestratorBackoff);
    options.maxBackoffMs = 1000 * number(S::orchestratorMaxBackoff);
    return options;
}

QString ClusterOrchestrator::describe(const QString &tenantId) const
{
    return tr("cluster %1 at %2").arg(tenantId, m_options.endpoint.toString(QUrl::RemoveUserInfo));
}

qint64 ClusterOrchestrator::partDeadlineMs() const
{
    // A part is one quick request, not a cluster coming up: a few tries, not the operation's
    // whole time.
    return std::min<qint64>(m_options.operationTimeoutMs, 3 * qint64(m_options.requestTimeoutMs));
}

QUrl ClusterOrchestrator::url(const QString &tenantId, const QString &part) const
{
    QUrl u = m_options.endpoint;
    QString path = u.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    // Tenant ids are [a-z0-9-] (validated): nothing to encode.
    path += u"clusters/"_s + tenantId;
    if (!part.isEmpty())
        path += u'/' + part;
    u.setPath(path);
    return u;
}

Result<std::optional<ClusterOrchestrator::Cluster>>
ClusterOrchestrator::pollUntil(const QString &tenantId, bool wantGone,
                               const QDeadlineTimer &deadline)
{
    int backoff = m_options.initialBackoffMs;
    QString last;
    for (;;) {
        const int timeout
            = int(std::clamp<qint64>(deadline.remainingTime(), 1, m_options.requestTimeoutMs));
        const HttpReply reply
            = exchange(*m_network, "GET", url(tenantId), nullptr, timeout, m_cancelled);
        if (reply.cancelled)
            return failure(reply, {}, m_options.endpoint);
        if (reply.status == 404) {
            if (wantGone)
                return std::optional<Cluster> {};
            return Error::make(
                ErrorCode::NotFound,
                tr("the orchestrator at %1 has no cluster for %2 any more")
                    .arg(m_options.endpoint.toString(QUrl::RemoveUserInfo), tenantId));
        }
        if (reply.ok()) {
            const Cluster cluster = clusterFrom(reply.body);
            if (cluster.status == u"failed"_s)
                return Error::make(
                    ErrorCode::NotAllowed,
                    cluster.message.isEmpty()
                        ? tr("the orchestrator reports the cluster of %1 failed").arg(tenantId)
                        : tr("the orchestrator reports the cluster of %1 failed: "
                             "%2")
                              .arg(tenantId, cluster.message));
            if (!wantGone && cluster.status == u"ready"_s)
                return std::optional<Cluster> {cluster};
            last = cluster.message.isEmpty() ? cluster.status
                                             : cluster.status + u" — "_s + cluster.message;
        } else if (reply.transient()) {
            last = reply.status == 0 ? reply.network
                                     : u"HTTP %1 %2"_s.arg(reply.status).arg(reply.said());
        } else {
            return failure(reply, tr("the status of cluster %1").arg(tenantId), m_options.endpoint);
        }
        if (deadline.hasExpired())
            return Error::make(ErrorCode::Unavailable,
                               (wantGone
                                    ? tr("the cluster of %1 was not gone within %2 s (last: %3)")
                                    : tr("the cluster of %1 was not ready within %2 s (last: %3)"))
                                   .arg(tenantId)
                                   .arg(m_options.operationTimeoutMs / 1000.0)
                                   .arg(last.trimmed()));
        if (!wait(int(std::min<qint64>(backoff, deadline.remainingTime())), m_cancelled))
            return Error::make(ErrorCode::Cancelled, tr("cancelled"));
        backoff = std::min(backoff * 2, m_options.maxBackoffMs);
    }
}

Result<ClusterOrchestrator::Cluster> ClusterOrchestrator::create(const QString &tenantId,
                                                                 const QJsonObject &request)
{
    const QDeadlineTimer deadline(m_options.operationTimeoutMs);
    const HttpReply reply = exchangeRetrying(*m_network, "PUT", url(tenantId), &request, m_options,
                                             deadline, m_cancelled);
    if (!reply.ok())
        return failure(reply, tr("the cluster for %1").arg(tenantId), m_options.endpoint);
    const Cluster cluster = clusterFrom(reply.body);
    if (cluster.status == u"ready"_s)
        return cluster;
    auto ready = pollUntil(tenantId, false, deadline);
    if (!ready)
        return ready.error();
    return **ready;
}

Result<std::optional<ClusterOrchestrator::Cluster>>
ClusterOrchestrator::status(const QString &tenantId)
{
    const QDeadlineTimer deadline(2 * m_options.requestTimeoutMs);
    const HttpReply reply = exchangeRetrying(*m_network, "GET", url(tenantId), nullptr, m_options,
                                             deadline, m_cancelled);
    if (reply.status == 404)
        return std::optional<Cluster> {};
    if (!reply.ok())
        return failure(reply, tr("the status of cluster %1").arg(tenantId), m_options.endpoint);
    return std::optional<Cluster> {clusterFrom(reply.body)};
}

Result<void> ClusterOrchestrator::destroy(const QString &tenantId)
{
    const QDeadlineTimer deadline(m_options.operationTimeoutMs);
    const HttpReply reply = exchangeRetrying(*m_network, "DELETE", url(tenantId), nullptr,
                                             m_options, deadline, m_cancelled);
    if (reply.status == 404)
        return {};
    if (!reply.ok())
        return failure(reply, tr("removing the cluster of %1").arg(tenantId), m_options.endpoint);
    auto gone = pollUntil(tenantId, true, deadline);
    if (!gone)
        return gone.error();
    return {};
}

Result<void> ClusterOrchestrator::put(const QString &tenantId, const QString &part,
                                      const QJsonObject &body)
{
    const QDeadlineTimer deadline(partDeadlineMs());
    const HttpReply reply = exchangeRetrying(*m_network, "PUT", url(tenantId, part), &body,
                                             m_options, deadline, m_cancelled);
    if (!reply.ok())
        return failure(reply, tr("the %1 of cluster %2").arg(part, tenantId), m_options.endpoint);
    return {};
}

Result<void> ClusterOrchestrator::remove(const QString &tenantId, const QString &part)
{
    const QDeadlineTimer deadline(partDeadlineMs());
    const HttpReply reply = exchangeRetrying(*m_network, "DELETE", url(tenantId, part), nullptr,
                                             m_options, deadline, m_cancelled);
    if (reply.status == 404 || reply.ok())
        return {};
    return failure(reply, tr("removing the %1 of cluster %2").arg(part, tenantId),
                   m_options.endpoint);
}

Result<void> ClusterOrchestrator::checkHealth(const QUrl &url, int timeoutMs,
                                              const CancelCheck &cancelled)
{
    QNetworkAccessManager network;
    OrchestratorOptions options;
    options.requestTimeoutMs = timeoutMs;
    options.initialBackoffMs = 250;
    // A health endpoint that blinks once is not a failed tenant: a few tries, within 3 timeouts.
    const HttpReply reply = exchangeRetrying(network, "GET", url, nullptr, options,
                                             QDeadlineTimer(3 * qint64(timeoutMs)), cancelled);
    if (reply.cancelled)
        return Error::make(ErrorCode::Cancelled, tr("cancelled"));
    if (reply.ok())
        return {};
    const QString where = url.toString(QUrl::RemoveUserInfo);
    if (reply.status == 0)
        return Error::make(ErrorCode::Unavailable,
                           tr("the health check %1 did not answer: %2").arg(where, reply.network));
    const QString said = reply.said();
    return Error::make(ErrorCode::Unavailable,
                       said.isEmpty()
                           ? tr("the health check %1 answered HTTP %2").arg(where).arg(reply.status)
                           : tr("the health check %1 answered HTTP %2: %3")
                                 .arg(where)
                                 .arg(reply.status)
                                 .arg(said));
}

} // namespace Tenancy
