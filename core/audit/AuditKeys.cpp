#include "AuditKeys.h"

#include "audit/AuditChain.h"
#include "security/SecretStore.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Tenancy::AuditKeys {

namespace {

constexpr int kKeyBytes = 32;

} // namespace

QString entryName(const DatabaseUrl &url)
{
    return u"audit-key "_s
        + (url.backend() == Backend::Sqlite
               ? u"sqlite://"_s + QFileInfo(url.sqlitePath()).absoluteFilePath()
               : url.secretKey());
}

void obtain(SecretStore &store, const DatabaseUrl &url, bool create,
            std::function<void(Result<QByteArray>)> done)
{
    const QString name = entryName(url);
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

} // namespace Tenancy::AuditKeys
