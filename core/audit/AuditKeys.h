#pragma once

#include "model/Result.h"
#include "store/DatabaseUrl.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Tenancy {

class SecretStore;

// This machine's audit key for a database: 32 random bytes in the OS keychain (base64), made
// on first use, never in the database or a settings file. Seals are HMAC-SHA256 under it.
namespace AuditKeys {

// The keychain entry: "audit-key " and the database (its file, or login@host:port/db).
QString entryName(const DatabaseUrl &url);

// The key, or an empty one when there is none yet and create is false. create: makes one
// (OpenSSL's generator) and stores it first. done runs later, once, on the store's thread.
void obtain(SecretStore &store, const DatabaseUrl &url, bool create,
            std::function<void(Result<QByteArray>)> done);

// The Ed25519 key that signs audit report bundles (AuditSigning): "audit-signing-key " and the
// database; 32 random bytes (the private key's seed), made on first use like the audit key.
QString signingEntryName(const DatabaseUrl &url);
void obtainSigningKey(SecretStore &store, const DatabaseUrl &url, bool create,
                      std::function<void(Result<QByteArray>)> done);

} // namespace AuditKeys
} // namespace Tenancy
