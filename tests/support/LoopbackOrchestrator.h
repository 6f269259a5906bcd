#pragma once

#include <QJsonObject>
#include <QMutex>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <memory>

namespace Tenancy::Test {

// A real HTTP server on 127.0.0.1 that speaks the cluster orchestrator's protocol (see
// ClusterOrchestrator) from its own thread, so that a client blocking in this thread or a
// tenancyctl child process both reach it. Not a fake of the client: a stand-in for the
// external orchestrator, which cannot run here. Its behaviour makes it slow, failing or
// flapping.
class LoopbackOrchestrator
{
public:
    struct Behaviour
    {
        int readyAfterPolls = 1; // GETs that answer "creating" before "ready"
        int goneAfterPolls = 1; // GETs that answer "deleting" after a DELETE, before 404
        int delayMs = 0; // every answer waits this long
        int failFirst = 0; // the first N requests answer 503
        int failEvery = 0; // flapping: every Nth request answers 503 {"error": "flap"}
        int createStatus = 0; // non-zero: PUT /clusters/ID answers this, {"error": createError}
        QString createError;
        bool clusterFails = false; // the cluster ends "failed" with failMessage
        QString failMessage;
        int healthStatus = 200; // GET /health/ID
        bool advertiseHealth = true; // the cluster's status carries health_url
    };

    LoopbackOrchestrator();
    ~LoopbackOrchestrator();
    LoopbackOrchestrator(const LoopbackOrchestrator &) = delete;
    LoopbackOrchestrator &operator=(const LoopbackOrchestrator &) = delete;

    QUrl url() const;
    void setBehaviour(const Behaviour &behaviour);
    // "PUT /clusters/acme", in order.
    QStringList requests() const;
    bool hasCluster(const QString &id) const;
    // {"status", "request", and each part PUT: "settings", "integrations", "capacity"} of a
    // cluster, {} when none.
    QJsonObject cluster(const QString &id) const;

    struct State;

private:
    std::unique_ptr<State> m_state;
    QThread m_thread;
    QUrl m_url;
};

} // namespace Tenancy::Test
