#pragma once

#include "TenantManager.h"
#include "model/Result.h"
#include "store/DatabaseUrl.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Tenancy {

// TenantManager on a worker thread with its own connection, for the console: the GUI thread
// asks, and hears back through signals; it never waits on SQL. Requests are numbered so a view
// can drop answers it no longer wants.
class TenantService : public QObject
{
    Q_OBJECT

public:
    explicit TenantService(std::shared_ptr<const Catalog> catalog, QObject *parent = nullptr);
    ~TenantService() override;

    const Catalog &catalog() const { return *m_catalog; }

    // Opens the database (applying migrations) and identifies the operator. keychainNote says
    // why no password came from the keychain, if one was looked for and none came; it is added
    // to the error should the connection then fail.
    void open(const DatabaseUrl &url, const QString &password, const QString &operatorName,
              const QString &keychainNote = {});

    // Fetches one page and the filter's total; answered by fetched() or failed().
    quint64 fetch(const TenantQuery &query);
    // Generates a sample fleet; progress() while running, fleetGenerated() or failed() at the end.
    quint64 generateSampleFleet(int count, quint64 seed);
    // Asks the running sample fleet generation to stop; it rolls back and reports failed().
    void cancel();

Q_SIGNALS:
    void opened(const Tenancy::Operator &op, const QString &databaseText);
    void openFailed(const QString &message);
    void fetched(quint64 request, const QList<Tenancy::Tenant> &tenants, qint64 total);
    void progress(quint64 request, qint64 done, qint64 total);
    void fleetGenerated(quint64 request, qint64 inserted);
    void failed(quint64 request, const QString &message);

private:
    class Worker;
    void notOpen(quint64 request); // on the worker: answer a request that came too early
    std::shared_ptr<const Catalog> m_catalog;
    QThread m_thread;
    Worker *m_worker = nullptr;
    quint64 m_nextRequest = 1;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the latest sample fleet request
};

} // namespace Tenancy
