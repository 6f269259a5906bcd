#include "TenantService.h"

#include "Logging.h"
#include "store/Database.h"
#include "usage/QuoteDocument.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tenancy {

// Lives on the worker thread; owns the connection and the manager there.
class TenantService::Worker : public QObject
{
public:
    std::unique_ptr<TenantManager> manager;
    SystemClock clock;
    // What the connection was opened with, to reconnect after a loss.
    DatabaseUrl url;
    QString password;
    QString operatorName;
    bool lost = false;
    QTimer *retry = nullptr;
    // Which open() the manager belongs to: a request made while another database was shown
    // never runs against the new one.
    quint64 generation = 0;
};

// Lives on the loader thread: a second connection, only for loading the directory.
class TenantService::Loader : public QObject
{
public:
    std::unique_ptr<TenantManager> manager;
    SystemClock clock;
    DatabaseUrl url;
    QString password;
    QString operatorName;
    quint64 connection = 0; // which open() these belong to (0: none yet)
    quint64 reconnects = 0; // bumped when the worker reconnected: the old link is dead too
    quint64 managerConnection = 0;
    quint64 managerReconnects = 0;
};

TenantService::TenantService(std::shared_ptr<const Catalog> catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_loadCancel(std::make_shared<std::atomic_bool>(false))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_loaderThread.setObjectName(u"tenancy-directory"_s);
    m_loader = new Loader;
    m_loader->moveToThread(&m_loaderThread);
    m_loaderThread.start();
    m_jobs.setMaxThreadCount(4);
    m_jobs.setObjectName(u"tenancy-provisioning"_s);
    m_thread.setObjectName(u"tenancy-db"_s);
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this] {
        m_worker->retry = new QTimer(m_worker);
        m_worker->retry->setInterval(3000);
        connect(m_worker->retry, &QTimer::timeout, m_worker, [this] { reconnect(); });
    });
}

TenantService::~TenantService()
{
    // Provisioning runs stop at their next check (journaled as cancelled: resume or roll back
    // later) and are waited for.
    for (const auto &cancel : std::as_const(m_jobCancels))
        cancel->store(true);
    m_jobs.waitForDone();
    m_cancel->store(true);
    m_loadCancel->store(true);
    QMetaObject::invokeMethod(
        m_loader, [l = m_loader] { l->manager.reset(); }, Qt::BlockingQueuedConnection);
    // The manager (and its connection) must go on the thread that made it.
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            if (w->retry)
                w->retry->stop();
            w->manager.reset();
        },
        Qt::BlockingQueuedConnection);
    // The worker and the loader post to each other: both stay alive until both threads have
    // stopped (an event posted to an object of a finished thread is dropped with it).
    m_loaderThread.quit();
    m_thread.quit();
    m_loaderThread.wait();
    m_thread.wait();
    delete m_loader;
    delete m_worker;
}

QString TenantService::describe(const DatabaseUrl &url)
{
    if (url.backend() == Backend::Sqlite)
        return url.sqlitePath();
    return tr("%1 on %2:%3").arg(url.databaseName(), url.effectiveHost()).arg(url.port());
}

QString TenantService::rolesAllowed(Permission permission)
{
    QStringList roles;
    for (OperatorRole role : allRoles()) {
        if (roleAllows(role, permission))
            roles << roleId(role);
    }
    if (roles.size() == 1)
        return tr("the %1 role").arg(roles.first());
    const QString last = roles.takeLast();
    return tr("the %1 or %2 role").arg(roles.join(u", "_s), last);
}

void TenantService::post(std::function<void()> onGuiThread)
{
    QMetaObject::invokeMethod(this, std::move(onGuiThread));
}

void TenantService::open(const DatabaseUrl &url, const QString &password,
                         const QString &operatorName, const QString &keychainNote)
{
    const quint64 generation = ++m_openCalls;
    QMetaObject::invokeMethod(
        m_worker, [this, generation, url, password, operatorName, keychainNote] {
            // The new database is opened beside the current one, which stays in use should the new
            // one fail (a typo in a profile does not leave the console without a connection).
            auto db = Database::open(url, password);
            if (!db) {
                QString message = db.error().message;
                if (!keychainNote.isEmpty())
                    message += u" ("_s + keychainNote + u')';
                post([this, message] { Q_EMIT openFailed(message); });
                return;
            }
            auto manager = TenantManager::open(std::move(db).value(), m_catalog, operatorName,
                                               m_worker->clock);
            if (!manager) {
                const QString message = manager.error().message;
                post([this, message] { Q_EMIT openFailed(message); });
                return;
            }
            m_worker->retry->stop();
            m_worker->lost = false;
            m_worker->manager = std::move(manager).value();
            m_worker->generation = generation;
            m_worker->url = url;
            m_worker->password = password;
            m_worker->operatorName = operatorName;
            QMetaObject::invokeMethod(
                m_loader, [l = m_loader, generation, url, password, operatorName] {
                    l->manager.reset(); // opened again, lazily, for the next load
                    l->url = url;
                    l->password = password;
                    l->operatorName = operatorName;
                    l->connection = generation;
                });
            const Operator op = m_worker->manager->currentOperator();
            auto engine = m_worker->manager->sharedConfigEngine();
            auto security = m_worker->manager->sharedSecurityPolicies();
            post([this, op, url, generation, engine, security] {
                m_engine = engine;
                m_security = security;
                m_generation = generation;
                m_open = true;
                m_operator = op;
                m_url = url;
                Q_EMIT opened(op, describe(url));
            });
        });
}

void TenantService::notOpen(quint64 request)
{
    const Error error = Error::make(ErrorCode::Unavailable, tr("no database is open"));
    post([this, request, error] { Q_EMIT failed(request, error); });
}

void TenantService::checkConnection(const Error &error)
{
    if (error.code != ErrorCode::Storage && error.code != ErrorCode::Unavailable)
        return;
    if (!m_worker->manager || m_worker->lost)
        return;
    // A statement failed: is the connection still there?
    if (m_worker->manager->database().exec(u"SELECT 1"_s))
        return;
    m_worker->lost = true;
    qCWarning(lcStore) << "database connection lost:" << error.message;
    const QString message = error.message;
    post([this, message] { Q_EMIT connectionLost(message); });
    m_worker->retry->start();
}

void TenantService::reconnect()
{
    auto db = Database::open(m_worker->url, m_worker->password);
    if (!db)
        return; // still down; the timer tries again
    auto manager = TenantManager::open(std::move(db).value(), m_catalog, m_worker->operatorName,
                                       m_worker->clock);
    if (!manager)
        return;
    m_worker->retry->stop();
    m_worker->lost = false;
    m_worker->manager = std::move(manager).value();
    // The loader's connection died with ours: it opens afresh for the next load.
    QMetaObject::invokeMethod(m_loader, [l = m_loader] { ++l->reconnects; });
    qCInfo(lcStore) << "database connection back";
    post([this] { Q_EMIT reconnected(); });
}

template<typename T>
quint64 TenantService::request(std::function<Result<T>(TenantManager &, quint64 request)> job,
                               std::function<void(quint64, const T &)> deliver)
{
    const quint64 id = m_nextRequest++;
    QMetaObject::invokeMethod(
        m_worker,
        [this, id, generation = m_generation, job = std::move(job), deliver = std::move(deliver)] {
            if (generation != m_worker->generation) {
                const Error error = Error::make(
                    ErrorCode::Cancelled,
                    tr("another database was opened before this ran; nothing was changed"));
                post([this, id, error] { Q_EMIT failed(id, error); });
                return;
            }
            TenantManager *manager = m_worker->manager.get();
            if (!manager || m_worker->lost) {
                if (m_worker->lost) {
                    const Error error
                        = Error::make(ErrorCode::Unavailable,
                                      tr("the database connection is lost; reconnecting…"));
                    post([this, id, error] { Q_EMIT failed(id, error); });
                    return;
                }
                return notOpen(id);
            }
            Result<T> result = job(*manager, id);
            if (!result) {
                const Error error = result.error();
                checkConnection(error);
                post([this, id, error] { Q_EMIT failed(id, error); });
                return;
            }
            post([id, deliver, value = std::move(result).value()] { deliver(id, value); });
        });
    return id;
}

quint64 TenantService::fetch(const TenantQuery &query)
{
    struct Page
    {
        QList<Tenant> rows;
        qint64 total = 0;
    };
    return request<Page>(
        [query](TenantManager &m, quint64) -> Result<Page> {
            auto rows = m.list(query);
            if (!rows)
                return rows.error();
            auto total = m.count(query.filter);
            if (!total)
                return total.error();
            return Page {*rows, *total};
        },
        [this](quint64 id, const Page &page) { Q_EMIT fetched(id, page.rows, page.total); });
}

quint64 TenantService::loadDirectory()
{
    const quint64 id = m_nextRequest++;
    m_loadCancel->store(true);
    m_loadCancel = std::make_shared<std::atomic_bool>(false);
    QMetaObject::invokeMethod(
        m_loader, [this, id, generation = m_generation, cancel = m_loadCancel] {
            Loader &l = *m_loader;
            if (cancel->load())
                return;
            if (l.connection == 0)
                return notOpen(id);
            if (l.connection != generation) {
                const Error error = Error::make(ErrorCode::Cancelled,
                                                tr("another database was opened meanwhile"));
                post([this, id, error] { Q_EMIT failed(id, error); });
                return;
            }
            // A failure may mean the server is gone: the worker's connection tells (and then
            // reconnects), and the failure is reported after that check, in order.
            const auto fail = [this, id](const Error &error) {
                QMetaObject::invokeMethod(m_worker, [this, id, error] {
                    checkConnection(error);
                    post([this, id, error] { Q_EMIT failed(id, error); });
                });
            };
            if (!l.manager || l.managerConnection != l.connection
                || l.managerReconnects != l.reconnects) {
                l.manager.reset();
                auto db = Database::open(l.url, l.password);
                auto manager = db
                    ? TenantManager::open(std::move(db).value(), m_catalog, l.operatorName, l.clock)
                    : Result<std::unique_ptr<TenantManager>>(db.error());
                if (!manager)
                    return fail(manager.error());
                l.manager = std::move(manager).value();
                l.managerConnection = l.connection;
                l.managerReconnects = l.reconnects;
            }
            auto index = l.manager->directory(cancel.get());
            if (!index) {
                const Error error = index.error();
                if (error.code == ErrorCode::Cancelled) {
                    post([this, id, error] { Q_EMIT failed(id, error); });
                    return;
                }
                l.manager.reset(); // perhaps the connection is gone: open afresh next time
                return fail(error);
            }
            post([this, id, value = std::move(index).value()] {
                Q_EMIT directoryLoaded(id, value);
            });
        });
    return id;
}

quint64 TenantService::show(const QString &id)
{
    return request<Tenant>([id](TenantManager &m, quint64) { return m.show(id); },
                           [this](quint64 r, const Tenant &t) { Q_EMIT tenantLoaded(r, t); });
}

quint64 TenantService::history(const QString &id, int limit)
{
    return request<QList<AuditEntry>>(
        [id, limit](TenantManager &m, quint64) { return m.history(id, limit); },
        [this](quint64 r, const QList<AuditEntry> &e) { Q_EMIT historyLoaded(r, e); });
}

quint64 TenantService::create(const NewTenant &tenant)
{
    return request<Tenant>([tenant](TenantManager &m, quint64) { return m.create(tenant); },
                           [this](quint64 r, const Tenant &t) { Q_EMIT tenantCreated(r, t); });
}

quint64 TenantService::suspend(const QString &id, int version, const QString &reason)
{
    return request<Tenant>(
        [=](TenantManager &m, quint64) { return m.suspend(id, version, reason); },
        [this](quint64 r, const Tenant &t) { Q_EMIT tenantChanged(r, t); });
}

quint64 TenantService::reactivate(const QString &id, int version, const QString &reason)
{
    return request<Tenant>(
        [=](TenantManager &m, quint64) { return m.reactivate(id, version, reason); },
        [this](quint64 r, const Tenant &t) { Q_EMIT tenantChanged(r, t); });
}

quint64 TenantService::configuration(const QString &id)
{
    struct Loaded
    {
        ConfigurationState state;
        QList<ProvenanceEntry> provenance;
        QList<ConfigRevision> revisions;
    };
    return request<Loaded>(
        [id](TenantManager &m, quint64) -> Result<Loaded> {
            auto state = m.configuration(id);
            if (!state)
                return state.error();
            auto revisions = m.configurationHistory(id);
            if (!revisions)
                return revisions.error();
            return Loaded {*state, m.provenanceOf(*state), *revisions};
        },
        [this](quint64 r, const Loaded &l) {
            Q_EMIT configurationLoaded(r, l.state, l.provenance, l.revisions);
        });
}

quint64 TenantService::applyConfiguration(const ConfigChangeRequest &change)
{
    return request<ConfigChangeResult>(
        [change](TenantManager &m, quint64) { return m.applyConfiguration(change); },
        [this](quint64 r, const ConfigChangeResult &c) { Q_EMIT configurationChanged(r, c); });
}

quint64 TenantService::rollbackConfiguration(const QString &id, int toRevision,
                                             const QString &reason,
                                             std::optional<int> expectedVersion, bool dryRun)
{
    return request<ConfigChangeResult>(
        [=](TenantManager &m, quint64) {
            return m.rollbackConfiguration(id, toRevision, reason, expectedVersion, dryRun);
        },
        [this](quint64 r, const ConfigChangeResult &c) { Q_EMIT configurationChanged(r, c); });
}

quint64 TenantService::securityEvents(const QString &id, const QDateTime &since, int limit)
{
    return request<SecurityEventsView>(
        [id, since, limit](TenantManager &m, quint64) -> Result<SecurityEventsView> {
            auto events = m.securityEvents(id, since, limit);
            if (!events)
                return events.error();
            auto anomalies = m.securityAnomalies(id, since);
            if (!anomalies)
                return anomalies.error();
            return SecurityEventsView {*events, *anomalies};
        },
        [this](quint64 r, const SecurityEventsView &v) { Q_EMIT securityEventsLoaded(r, v); });
}

quint64 TenantService::usage(const QString &id, qint64 from, qint64 to, int points)
{
    return request<UsageView>(
        [id, from, to, points](TenantManager &m, quint64) -> Result<UsageView> {
            auto chart = m.usageChart(id, from, to, points);
            if (!chart)
                return chart.error();
            auto status = m.usageStatus(id);
            if (!status)
                return status.error();
            auto cost = m.costReport(id);
            if (!cost)
                return cost.error();
            return UsageView {*chart, *status, *cost};
        },
        [this](quint64 r, const UsageView &v) { Q_EMIT usageLoaded(r, v); });
}

quint64 TenantService::previewUpgrade(const UpgradePreviewRequest &request)
{
    return this->request<UpgradePreview>(
        [request](TenantManager &m, quint64) { return m.previewUpgrade(request); },
        [this](quint64 r, const UpgradePreview &p) { Q_EMIT upgradePreviewed(r, p); });
}

quint64 TenantService::writeQuote(const UpgradePreview &preview, const QString &path)
{
    return request<QString>(
        [preview, path](TenantManager &m, quint64) -> Result<QString> {
            if (auto written = QuoteDocument::writePdf(preview, m.currentOperator().name, path);
                !written)
                return written.error();
            return path;
        },
        [this](quint64 r, const QString &p) { Q_EMIT quoteWritten(r, p); });
}

quint64 TenantService::setBudget(const QString &id, std::optional<qint64> budgetMinor,
                                 const QString &reason)
{
    return request<ConfigChangeResult>(
        [id, budgetMinor, reason](TenantManager &m, quint64) {
            return m.setBudget(id, budgetMinor, reason);
        },
        [this](quint64 r, const ConfigChangeResult &c) { Q_EMIT configurationChanged(r, c); });
}

quint64 TenantService::fleetUsage()
{
    return request<FleetUsage>(
        [](TenantManager &m, quint64) { return m.fleetUsage(); },
        [this](quint64 r, const FleetUsage &f) { Q_EMIT fleetUsageLoaded(r, f); });
}

quint64 TenantService::scaling(const QString &id)
{
    return request<ScalingState>(
        [id](TenantManager &m, quint64) { return m.scaling(id); },
        [this](quint64 r, const ScalingState &s) { Q_EMIT scalingLoaded(r, s); });
}

quint64 TenantService::simulateScaling(const QString &id, int days, const QString &metric,
                                       const std::optional<QJsonObject> &policy)
{
    return request<ScalingSimulation>(
        [id, days, metric, policy](TenantManager &m, quint64) {
            return m.simulateScaling(id, days, metric, std::nullopt, policy);
        },
        [this](quint64 r, const ScalingSimulation &s) { Q_EMIT scalingSimulated(r, s); });
}

quint64 TenantService::setScalingPolicy(const QString &id, const QJsonObject &fields,
                                        const QString &reason)
{
    return request<ConfigChangeResult>(
        [id, fields, reason](TenantManager &m, quint64) {
            return m.setScalingPolicy(id, fields, reason);
        },
        [this](quint64 r, const ConfigChangeResult &c) { Q_EMIT configurationChanged(r, c); });
}

quint64 TenantService::recommendations()
{
    return request<QList<TierRecommendation>>(
        [](TenantManager &m, quint64) { return m.recommendTiers(); },
        [this](quint64 r, const QList<TierRecommendation> &list) {
            Q_EMIT recommendationsLoaded(r, list);
        });
}

quint64 TenantService::importSecurityEvents(const QString &path, bool skipBad)
{
    return request<SecurityEventImport>(
        [path, skipBad](TenantManager &m, quint64) -> Result<SecurityEventImport> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return Error::invalid(u"file"_s,
                                      tr("%1 cannot be read: %2")
                                          .arg(QFileInfo(path).fileName(), file.errorString()));
            }
            return m.importSecurityEvents(file.readAll(), QFileInfo(path).fileName(), skipBad);
        },
        [this](quint64 r, const SecurityEventImport &i) { Q_EMIT securityEventsImported(r, i); });
}

quint64 TenantService::auditSecurity(const QString &id)
{
    return request<SecurityAudit>(
        [id](TenantManager &m, quint64) { return m.auditSecurity(id); },
        [this](quint64 r, const SecurityAudit &a) { Q_EMIT securityAudited(r, a); });
}

void TenantService::runOnOwnConnection(const std::function<void(const Error &)> &fail,
                                       std::function<void(TenantManager &)> work)
{
    const quint64 generation = m_generation;
    // The connection's parameters are the worker's; the run gets a connection of its own, on a
    // thread of the pool, so that long work never holds up the worker's other requests.
    QMetaObject::invokeMethod(m_worker, [=, this] {
        if (generation != m_worker->generation || !m_worker->manager)
            return fail(Error::make(ErrorCode::Cancelled,
                                    tr("another database was opened before this ran; nothing "
                                       "was changed")));
        const DatabaseUrl url = m_worker->url;
        const QString password = m_worker->password;
        const QString operatorName = m_worker->operatorName;
        m_jobs.start([=, this] {
            SystemClock clock;
            auto db = Database::open(url, password);
            if (!db)
                return fail(db.error());
            auto manager
                = TenantManager::open(std::move(db).value(), m_catalog, operatorName, clock);
            if (!manager)
                return fail(manager.error());
            work(**manager);
        });
    });
}

quint64 TenantService::runProvisioning(ProvisioningAction action, const QString &id,
                                       std::optional<Isolation> isolation, std::optional<int> step,
                                       const QString &reason)
{
    const quint64 request = m_nextRequest++;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_jobCancels.insert(id, cancel);
    auto fail = [this, request, id](const Error &error) {
        post([this, request, id, error] {
            m_jobCancels.remove(id);
            Q_EMIT failed(request, error);
        });
    };
    runOnOwnConnection(fail, [=, this](TenantManager &m) {
        auto observer = [this, request](const ProvisioningProgress &p) {
            post([this, request, p] { Q_EMIT provisioningProgress(request, p); });
        };
        Result<ProvisioningJob> job = Error::make(ErrorCode::Usage, QString());
        switch (action) {
        case ProvisioningAction::Provision:
            job = m.provision(id, isolation, observer, cancel.get());
            break;
        case ProvisioningAction::Retry:
            job = m.retryProvisioning(id, step, observer, cancel.get());
            break;
        case ProvisioningAction::Resume:
            job = m.resumeProvisioning(id, observer, cancel.get());
            break;
        case ProvisioningAction::Rollback:
            job = m.rollbackProvisioning(id, observer, cancel.get());
            break;
        case ProvisioningAction::Force:
            job = m.forceProvisioning(id, reason, isolation, observer, cancel.get());
            break;
        }
        if (!job)
            return fail(job.error());
        post([this, request, id, value = *job] {
            m_jobCancels.remove(id);
            Q_EMIT provisioningFinished(request, value);
        });
    });
    return request;
}

quint64 TenantService::cancelProvisioning(const QString &id)
{
    // A run of ours hears it at once; any other (tenancyctl, another console) through the row.
    if (auto cancel = m_jobCancels.value(id))
        cancel->store(true);
    return request<ProvisioningJob>(
        [id](TenantManager &m, quint64) { return m.cancelProvisioning(id); },
        [this](quint64 r, const ProvisioningJob &j) { Q_EMIT provisioningChanged(r, j); });
}

quint64 TenantService::provisioningJobs(bool openOnly)
{
    return request<QList<ProvisioningJob>>(
        [openOnly](TenantManager &m, quint64) { return m.provisioningJobs(openOnly); },
        [this](quint64 r, const QList<ProvisioningJob> &jobs) {
            Q_EMIT provisioningJobsLoaded(r, jobs);
        });
}

quint64 TenantService::provisioningLog(const QString &id, qint64 jobId, qint64 afterId)
{
    return request<QList<ProvisioningLogLine>>(
        [=](TenantManager &m, quint64) { return m.provisioningLog(id, jobId, afterId); },
        [this, id, jobId](quint64 r, const QList<ProvisioningLogLine> &lines) {
            Q_EMIT provisioningLogLoaded(r, id, jobId, lines);
        });
}

quint64 TenantService::templates()
{
    return request<QList<TemplateInfo>>(
        [](TenantManager &m, quint64) { return m.templates(); },
        [this](quint64 r, const QList<TemplateInfo> &t) { Q_EMIT templatesLoaded(r, t); });
}

quint64 TenantService::saveTemplate(const QString &name, const QString &text, const QString &note)
{
    return request<TemplateInfo>(
        [=](TenantManager &m, quint64) { return m.saveTemplate(name, text, note); },
        [this](quint64 r, const TemplateInfo &t) { Q_EMIT templateSaved(r, t); });
}

quint64 TenantService::generateSampleFleet(int count, quint64 seed)
{
    // Each run has its own cancel flag: cancelling one never cancels (or revives) another.
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    return request<SampleFleetResult>(
        [this, count, seed, cancel](TenantManager &m, quint64 request) {
            return m.generateSampleFleet(count, seed, [&](qint64 done, qint64 total) {
                post([this, request, done, total] { Q_EMIT progress(request, done, total); });
                return !cancel->load();
            });
        },
        [this](quint64 r, const SampleFleetResult &result) {
            Q_EMIT fleetGenerated(r, result.inserted);
        });
}

quint64 TenantService::planUpgrade(const QString &id, const QString &tier)
{
    return request<UpgradePlan>(
        [=](TenantManager &m, quint64) { return m.planUpgrade(id, tier); },
        [this](quint64 r, const UpgradePlan &plan) { Q_EMIT upgradePlanned(r, plan); });
}

quint64 TenantService::upgrade(const QString &id, const QString &tier, const QString &reason)
{
    // Moving a tenant's data can take a while: on a connection and thread of its own.
    const quint64 request = m_nextRequest++;
    m_upgradeCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_upgradeCancel;
    auto fail = [this, request](const Error &error) {
        post([this, request, error] { Q_EMIT failed(request, error); });
    };
    runOnOwnConnection(fail, [=, this](TenantManager &m) {
        auto done = m.upgrade(
            id, tier, reason,
            [this, request](TenantManager::UpgradeStage, double fraction, const QString &message) {
                post([this, request, fraction, message] {
                    Q_EMIT upgradeProgress(request, fraction, message);
                });
            },
            cancel.get());
        if (!done)
            return fail(done.error());
        post([this, request, value = *done] { Q_EMIT upgraded(request, value); });
    });
    return request;
}

void TenantService::cancelUpgrade()
{
    if (m_upgradeCancel)
        m_upgradeCancel->store(true);
}

quint64 TenantService::deprovision(const QString &id, const QString &reason, int version)
{
    return request<Tenant>(
        [=](TenantManager &m, quint64) { return m.deprovision(id, reason, version); },
        [this](quint64 r, const Tenant &t) { Q_EMIT tenantChanged(r, t); });
}

quint64 TenantService::cancelDeprovisioning(const QString &id, const QString &reason)
{
    return request<Tenant>(
        [=](TenantManager &m, quint64) { return m.cancelDeprovisioning(id, reason); },
        [this](quint64 r, const Tenant &t) { Q_EMIT tenantChanged(r, t); });
}

quint64 TenantService::purge(const QString &id, const QString &reason)
{
    return request<PurgeResult>([=](TenantManager &m, quint64) { return m.purge(id, reason); },
                                [this](quint64 r, const PurgeResult &p) { Q_EMIT purged(r, p); });
}

quint64 TenantService::exportTenantData(const QString &id, const QString &path)
{
    return request<TenantDataExport>(
        [=](TenantManager &m, quint64) { return m.exportTenantData(id, path); },
        [this](quint64 r, const TenantDataExport &e) { Q_EMIT tenantDataExported(r, e); });
}

quint64 TenantService::setLegalHold(const QString &id, bool on, const QString &reason)
{
    return request<Tenant>(
        [=](TenantManager &m, quint64) { return m.setLegalHold(id, on, reason); },
        [this](quint64 r, const Tenant &t) { Q_EMIT tenantChanged(r, t); });
}

void TenantService::cancel()
{
    m_cancel->store(true);
}

quint64 TenantService::testConnection(const DatabaseUrl &url, const QString &password)
{
    const quint64 id = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [this, id, url, password] {
        auto db = Database::open(url, password);
        if (!db) {
            const Error error = db.error();
            post([this, id, error] { Q_EMIT failed(id, error); });
            return;
        }
        const QString version = (*db)->serverVersion();
        post([this, id, version] { Q_EMIT connectionTested(id, version); });
    });
    return id;
}

} // namespace Tenancy

namespace Tenancy {
// For the requests defined in TenantServiceAudit.cpp.
template quint64 TenantService::request<QList<AuditEntry>>(
    std::function<Result<QList<AuditEntry>>(TenantManager &, quint64)>,
    std::function<void(quint64, const QList<AuditEntry> &)>);
template quint64 TenantService::request<QList<FrameworkResult>>(
    std::function<Result<QList<FrameworkResult>>(TenantManager &, quint64)>,
    std::function<void(quint64, const QList<FrameworkResult> &)>);
} // namespace Tenancy
