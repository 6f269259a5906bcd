#include "Logging.h"
#include "SecretStore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tenancy {

SecretStore::~SecretStore() = default;

namespace {

Error unavailable(const QString &detail)
{
    QString message = KeychainSecretStore::tr("keyring locked or unavailable");
    if (!detail.isEmpty())
        message += u" ("_s + detail + u')';
    return Error::make(ErrorCode::Unavailable, message);
}

// Starts job and reports exactly once: succeeded(job) when it ends without error (or only
// with "no such entry"), failed(error) when it fails or the timeout passes first (the job's
// late answer is then ignored).
void run(QKeychain::Job *job, std::chrono::milliseconds timeout, QObject *context,
         std::function<void(QKeychain::Job *)> succeeded, std::function<void(Error)> failed)
{
    struct Pending
    {
        std::function<void(QKeychain::Job *)> succeeded;
        std::function<void(Error)> failed;
        bool done = false;
    };
    auto pending = std::make_shared<Pending>(Pending {std::move(succeeded), std::move(failed)});
    QObject::connect(job, &QKeychain::Job::finished, context, [pending](QKeychain::Job *j) {
        if (std::exchange(pending->done, true))
            return;
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            pending->succeeded(j);
            return;
        }
        qCDebug(lcSecurity) << "keychain job failed:" << j->errorString();
        pending->failed(unavailable(j->errorString()));
    });
    const QString seconds = QString::number(timeout.count() / 1000.0);
    QTimer::singleShot(timeout, context, [pending, seconds] {
        if (std::exchange(pending->done, true))
            return;
        qCDebug(lcSecurity) << "keychain job timed out";
        pending->failed(unavailable(KeychainSecretStore::tr("no answer within %1 s").arg(seconds)));
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds timeout,
                                         QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
    , m_timeout(timeout)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(
        job, m_timeout, this,
        [done](QKeychain::Job *j) {
            if (j->error() == QKeychain::EntryNotFound)
                done(std::optional<QString>());
            else
                done(std::optional<QString>(
                    static_cast<QKeychain::ReadPasswordJob *>(j)->textData()));
        },
        [done](Error error) { done(std::move(error)); });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    run(
        job, m_timeout, this, [done](QKeychain::Job *) { done({}); },
        [done](Error error) { done(std::move(error)); });
}

void KeychainSecretStore::remove(const QString &key, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    // Removing an entry that is not there succeeds.
    run(
        job, m_timeout, this, [done](QKeychain::Job *) { done({}); },
        [done](Error error) { done(std::move(error)); });
}

} // namespace Tenancy
