#pragma once

#include "model/Result.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace Tenancy {

// Where secrets (database passwords) live. Asynchronous: callbacks run later on the store's
// thread, exactly once. Secrets never go to settings files.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    // The value, std::nullopt when there is no such entry, or an error.
    using ReadCallback = std::function<void(Result<std::optional<QString>>)>;
    using WriteCallback = std::function<void(Result<void>)>;

    using QObject::QObject;
    ~SecretStore() override;

    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteCallback done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString &key, WriteCallback done) = 0;
};

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Store on Windows). Never uses QtKeychain's plaintext fallback. A keyring that does not answer
// within the timeout (locked and waiting for a prompt, or absent) reports "keyring locked or
// unavailable" instead of hanging.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultTimeout {5000};

    explicit KeychainSecretStore(QString service,
                                 std::chrono::milliseconds timeout = defaultTimeout,
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;

    QString service() const { return m_service; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace Tenancy
