#include "TenantService.h"

#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace Tenancy {

// Lives on the worker thread; owns the connection and the manager there.
class TenantService::Worker : public QObject
{
public:
    std::unique_ptr<TenantManager> manager;
    SystemClock clock;
};

TenantService::TenantService(std::shared_ptr<const Catalog> catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_thread.setObjectName(u"tenancy-db"_s);
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

TenantService::~TenantService()
{
    m_cancel->store(true);
    // The manager (and its connection) must go on the thread that made it.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->manager.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TenantService::open(const DatabaseUrl &url, const QString &password,
                         const QString &operatorName, const QString &keychainNote)
{
    QMetaObject::invokeMethod(m_worker, [this, url, password, operatorName, keychainNote] {
        auto db = Database::open(url, password);
        if (!db) {
            QString message = db.error().message;
            if (!keychainNote.isEmpty())
                message += u" ("_s + keychainNote + u')';
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT openFailed(message); });
            return;
        }
        auto manager
            = TenantManager::open(std::move(db).value(), m_catalog, operatorName, m_worker->clock);
        if (!manager) {
            const QString message = manager.error().message;
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT openFailed(message); });
            return;
        }
        m_worker->manager = std::move(manager).value();
        const Operator op = m_worker->manager->currentOperator();
        const QString text = url.toString();
        QMetaObject::invokeMethod(this, [this, op, text] { Q_EMIT opened(op, text); });
    });
}

quint64 TenantService::fetch(const TenantQuery &query)
{
    const quint64 request = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [this, request, query] {
        TenantManager *manager = m_worker->manager.get();
        if (!manager)
            return notOpen(request);
        auto tenants = manager->list(query);
        auto total = tenants ? manager->count(query.filter) : Result<qint64>(tenants.error());
        if (!tenants || !total) {
            const QString message = !tenants ? tenants.error().message : total.error().message;
            QMetaObject::invokeMethod(
                this, [this, request, message] { Q_EMIT failed(request, message); });
            return;
        }
        QMetaObject::invokeMethod(this, [this, request, rows = *tenants, count = *total] {
            Q_EMIT fetched(request, rows, count);
        });
    });
    return request;
}

quint64 TenantService::generateSampleFleet(int count, quint64 seed)
{
    const quint64 request = m_nextRequest++;
    // Each run has its own cancel flag: cancelling one never cancels (or revives) another.
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QMetaObject::invokeMethod(m_worker, [this, request, count, seed, cancel = m_cancel] {
        TenantManager *manager = m_worker->manager.get();
        if (!manager)
            return notOpen(request);
        auto result = manager->generateSampleFleet(count, seed, [&](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, request, done, total] { Q_EMIT progress(request, done, total); });
            return !cancel->load();
        });
        if (!result) {
            const QString message = result.error().message;
            QMetaObject::invokeMethod(
                this, [this, request, message] { Q_EMIT failed(request, message); });
            return;
        }
        QMetaObject::invokeMethod(this, [this, request, inserted = result->inserted] {
            Q_EMIT fleetGenerated(request, inserted);
        });
    });
    return request;
}

void TenantService::notOpen(quint64 request)
{
    const QString message = tr("no database is open");
    QMetaObject::invokeMethod(this, [this, request, message] { Q_EMIT failed(request, message); });
}

void TenantService::cancel()
{
    m_cancel->store(true);
}

} // namespace Tenancy
