#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Tenancy {

class Database;

// Settings the whole team shares, kept in the database's settings table (not in a user's
// QSettings): where the cluster orchestrator is, how patient to be with it, the health URL
// verification GETs. Every key is declared here with its check; nothing else is accepted.
// Secrets never go here (they belong in the keychain).
class SharedSettings
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::SharedSettings)

public:
    struct Key
    {
        QString key;
        QString defaultValue; // empty: unset means none
        QString description;
    };

    static constexpr auto orchestratorUrl = "orchestrator.url";
    static constexpr auto orchestratorRequestTimeout = "orchestrator.request_timeout_seconds";
    static constexpr auto orchestratorTimeout = "orchestrator.timeout_seconds";
    static constexpr auto orchestratorBackoff = "orchestrator.backoff_initial_ms";
    static constexpr auto orchestratorMaxBackoff = "orchestrator.backoff_max_seconds";
    static constexpr auto healthUrl = "provisioning.health_url";

    static const QList<Key> &keys();
    static const Key *find(const QString &key);
    // The value as stored (trimmed), or an Error naming the key and what is wrong.
    static Result<QString> check(const QString &key, const QString &value);
    // A stored value, else the key's default.
    static QString value(const QMap<QString, QString> &stored, const QString &key);
    static int number(const QMap<QString, QString> &stored, const QString &key);

    // The settings table of db, all of it.
    static Result<QMap<QString, QString>> load(Database &db);
    // Writes (or, with no value, removes) one checked value; inside the caller's transaction.
    static Result<void> store(Database &db, const QString &key,
                              const std::optional<QString> &value);
};

} // namespace Tenancy
