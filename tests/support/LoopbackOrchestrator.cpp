#include "LoopbackOrchestrator.h"

#include <QJsonDocument>
#include <QMap>
#include <QMutexLocker>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tenancy::Test {

struct LoopbackOrchestrator::State
{
    mutable QMutex mutex;
    Behaviour behaviour;
    QStringList requests;
    int count = 0;
    struct Cluster
    {
        QString status;
        int polls = 0;
        QJsonObject request;
        QMap<QString, QJsonObject> parts; // settings, integrations, capacity
    };
    QMap<QString, Cluster> clusters;
    QUrl base;

    struct Answer
    {
        int status = 200;
        QJsonObject body;
    };

    Answer handle(const QByteArray &verb, const QString &path, const QJsonObject &body)
    {
        QMutexLocker lock(&mutex);
        requests.append(QString::fromLatin1(verb) + u' ' + path);
        ++count;
        const Behaviour &b = behaviour;
        if (count <= b.failFirst)
            return {503, {{u"error"_s, u"warming up"_s}}};
        if (b.failEvery > 0 && count % b.failEvery == 0)
            return {503, {{u"error"_s, u"flap"_s}}};
        const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
        if (parts.size() == 2 && parts[0] == u"health"_s) {
            if (b.healthStatus / 100 == 2)
                return {b.healthStatus, {{u"status"_s, u"ok"_s}}};
            return {b.healthStatus, {{u"error"_s, u"database unreachable"_s}}};
        }
        if (parts.size() < 2 || parts[0] != u"clusters"_s)
            return {404, {{u"error"_s, u"no such endpoint"_s}}};
        const QString id = parts[1];
        auto it = clusters.find(id);
        if (parts.size() == 3) {
            if (it == clusters.end())
                return {404, {{u"error"_s, QString(u"no cluster "_s + id)}}};
            if (verb == "PUT")
                it->parts.insert(parts[2], body);
            else if (verb == "DELETE")
                it->parts.remove(parts[2]);
            return {200, {}};
        }
        if (verb == "PUT") {
            if (b.createStatus)
                return {b.createStatus, {{u"error"_s, b.createError}}};
            if (it == clusters.end())
                it = clusters.insert(id, {u"creating"_s, 0, body, {}});
            return {202, describe(id, *it)};
        }
        if (it == clusters.end())
            return {404, {{u"error"_s, QString(u"no cluster "_s + id)}}};
        if (verb == "DELETE") {
            it->status = u"deleting"_s;
            it->polls = 0;
            return {202, describe(id, *it)};
        }
        // GET: the cluster moves on with each poll.
        ++it->polls;
        if (it->status == u"creating"_s && it->polls > b.readyAfterPolls)
            it->status = b.clusterFails ? u"failed"_s : u"ready"_s;
        if (it->status == u"deleting"_s && it->polls > b.goneAfterPolls) {
            clusters.erase(it);
            return {404, {{u"error"_s, QString(u"no cluster "_s + id)}}};
        }
        return {200, describe(id, *it)};
    }

    QJsonObject describe(const QString &id, const Cluster &c) const
    {
        QJsonObject o {{u"status"_s, c.status}};
        if (c.status == u"failed"_s)
            o.insert(u"message"_s, behaviour.failMessage);
        if (behaviour.advertiseHealth) {
            QUrl health = base;
            health.setPath(u"/health/"_s + id);
            o.insert(u"health_url"_s, health.toString());
        }
        return o;
    }
};

namespace {

const char *reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 404:
        return "Not Found";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

class Server : public QTcpServer
{
public:
    explicit Server(LoopbackOrchestrator::State &state)
        : m_state(state)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            qsizetype length = 0;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            const QList<QByteArray> first = lines.first().trimmed().split(' ');
            const QJsonObject body = QJsonDocument::fromJson(buffer->mid(end + 4, length)).object();
            buffer->clear();
            const auto answer
                = m_state.handle(first.value(0), QString::fromLatin1(first.value(1)), body);
            int delay = 0;
            {
                QMutexLocker lock(&m_state.mutex);
                delay = m_state.behaviour.delayMs;
            }
            const QByteArray payload = QJsonDocument(answer.body).toJson(QJsonDocument::Compact);
            const QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
                + reason(answer.status)
                + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                + QByteArray::number(payload.size()) + "\r\n\r\n" + payload;
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(delay, socket, [guard, response] {
                if (!guard)
                    return;
                guard->write(response);
                guard->disconnectFromHost();
            });
        });
    }

    LoopbackOrchestrator::State &m_state;
};

} // namespace

LoopbackOrchestrator::LoopbackOrchestrator()
    : m_state(std::make_unique<State>())
{
    m_thread.setObjectName(u"loopback-orchestrator"_s);
    m_thread.start();
    QSemaphore ready;
    Server *server = new Server(*m_state);
    server->moveToThread(&m_thread);
    QMetaObject::invokeMethod(server, [this, server, &ready] {
        if (server->listen(QHostAddress::LocalHost, 0))
            m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(server->serverPort()));
        ready.release();
    });
    ready.acquire();
    QObject::connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
    m_state->base = m_url;
}

LoopbackOrchestrator::~LoopbackOrchestrator()
{
    m_thread.quit();
    m_thread.wait();
}

QUrl LoopbackOrchestrator::url() const
{
    return m_url;
}

void LoopbackOrchestrator::setBehaviour(const Behaviour &behaviour)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->behaviour = behaviour;
    m_state->count = 0;
}

QStringList LoopbackOrchestrator::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

bool LoopbackOrchestrator::hasCluster(const QString &id) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->clusters.contains(id);
}

QJsonObject LoopbackOrchestrator::cluster(const QString &id) const
{
    QMutexLocker lock(&m_state->mutex);
    const auto it = m_state->clusters.constFind(id);
    if (it == m_state->clusters.constEnd())
        return {};
    QJsonObject o {{u"status"_s, it->status}, {u"request"_s, it->request}};
    for (auto part = it->parts.cbegin(); part != it->parts.cend(); ++part)
        o.insert(part.key(), *part);
    return o;
}

} // namespace Tenancy::Test
