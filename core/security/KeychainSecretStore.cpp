#include "Logging.h"
#include "SecretStore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

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

// Starts job, and calls finish exactly once: with the job when it finishes, or with nullptr
// when the timeout passes first (the job's late answer is then ignored).
void runWithTimeout(QKeychain::Job *job, std::chrono::milliseconds timeout, QObject *context,
                    std::function<void(QKeychain::Job *)> finish)
{
    auto pending = std::make_shared<std::function<void(QKeychain::Job *)>>(std::move(finish));
    auto complete = [pending](QKeychain::Job *j) {
        if (!*pending)
            return;
        auto f = std::move(*pending);
        *pending = nullptr;
        f(j);
    };
    QObject::connect(job, &QKeychain::Job::finished, context, complete);
    QTimer::singleShot(timeout, context, [complete] { complete(nullptr); });
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
    const auto seconds = QString::number(m_timeout.count() / 1000.0);
    runWithTimeout(job, m_timeout, this, [done = std::move(done), seconds](QKeychain::Job *j) {
        if (!j) {
            qCDebug(lcSecurity) << "keychain read timed out";
            done(unavailable(KeychainSecretStore::tr("no answer within %1 s").arg(seconds)));
            return;
        }
        switch (j->error()) {
        case QKeychain::NoError:
            done(std::optional<QString>(static_cast<QKeychain::ReadPasswordJob *>(j)->textData()));
            return;
        case QKeychain::EntryNotFound:
            done(std::optional<QString>());
            return;
        default:
            qCDebug(lcSecurity) << "keychain read failed:" << j->errorString();
            done(unavailable(j->errorString()));
            return;
        }
    });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    const auto seconds = QString::number(m_timeout.count() / 1000.0);
    runWithTimeout(job, m_timeout, this, [done = std::move(done), seconds](QKeychain::Job *j) {
        if (!j) {
            done(unavailable(KeychainSecretStore::tr("no answer within %1 s").arg(seconds)));
            return;
        }
        if (j->error() != QKeychain::NoError) {
            qCDebug(lcSecurity) << "keychain write failed:" << j->errorString();
            done(unavailable(j->errorString()));
            return;
        }
        done({});
    });
}

void KeychainSecretStore::remove(const QString &key, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const auto seconds = QString::number(m_timeout.count() / 1000.0);
    runWithTimeout(job, m_timeout, this, [done = std::move(done), seconds](QKeychain::Job *j) {
        if (!j) {
            done(unavailable(KeychainSecretStore::tr("no answer within %1 s").arg(seconds)));
            return;
        }
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done(unavailable(j->errorString()));
            return;
        }
        done({});
    });
}

} // namespace Tenancy
