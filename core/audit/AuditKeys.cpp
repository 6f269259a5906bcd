#include "AuditKeys.h"

#include "audit/AuditChain.h"
#include "audit/AuditSigning.h"
#include "security/SecretStore.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Tenancy::AuditKeys {

namespace {

constexpr int kKeyBytes = 32;

QString databaseName(const DatabaseUrl &url)
{
    return url.backend() == Backend::Sqlite
        ? u"sqlite://"_s + QFileInfo(url.sqlitePath()).absoluteFilePath()
        : url.secretKey();
}

} // namespace

QString entryName(const DatabaseUrl &url)
{
    return u"audit-key "_s + databaseName(url);
}

namespace {

// The secret of kind ("audit-key", "audit-signing-key") for url: kKeyBytes random bytes,
// made and stored first when there is none and create is true.
void obtainEntry(const QString &name, SecretStore &store, bool create,
                 std::function<void(Result<QByteArray>)> done)
{
    SecretStore *secrets = &store;
    store.read(name, [secrets, name, create, done](Result<std::optional<QString>> read) {
        if (!read)
            return done(read.error());
        if (*read) {
            const QByteArray key = QByteArray::fromBase64(read->value().toLatin1());
            if (key.size() != kKeyBytes)
                return done(Error::make(
                    ErrorCode::Unavailable,
                    AuditChain::Verifier::tr("the keychain entry \"%1\" is not an audit key")
                        .arg(name)));
            return done(key);
        }
        if (!create)
            return done(QByteArray());
        const QByteArray key = AuditChain::randomBytes(kKeyBytes);
        if (key.size() != kKeyBytes)
            return done(Error::make(ErrorCode::Unavailable,
                                    AuditChain::Verifier::tr("no random bytes for an audit key")));
        secrets->write(name, QString::fromLatin1(key.toBase64()), [key, done](Result<void> w) {
            if (!w)
                return done(w.error());
            done(key);
        });
    });
}

} // namespace

void obtain(SecretStore &store, const DatabaseUrl &url, bool create,
            std::function<void(Result<QByteArray>)> done)
{
    obtainEntry(entryName(url), store, create, std::move(done));
}

QString signingEntryName(const DatabaseUrl &url)
{
    return u"audit-signing-key "_s + databaseName(url);
}

void obtainSigningKey(SecretStore &store, const DatabaseUrl &url, bool create,
                      std::function<void(Result<QByteArray>)> done)
{
    static_assert(kKeyBytes == AuditSigning::seedBytes);
    obtainEntry(signingEntryName(url), store, create, std::move(done));
}

} // namespace Tenancy::AuditKeys
