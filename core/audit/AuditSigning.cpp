#include "AuditSigning.h"

#include "AuditChain.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct ContextFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Context = std::unique_ptr<EVP_MD_CTX, ContextFree>;
using Bio = std::unique_ptr<BIO, BioFree>;

const auto *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

Result<Key> privateKey(QByteArrayView seed)
{
    if (seed.size() != AuditSigning::seedBytes)
        return Error::make(ErrorCode::Invalid,
                           AuditSigning::tr("the signing key must be %1 bytes, not %2")
                               .arg(AuditSigning::seedBytes)
                               .arg(seed.size()));
    Key key(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), size_t(seed.size())));
    if (!key)
        return Error::make(ErrorCode::Unavailable,
                           AuditSigning::tr("OpenSSL cannot make an Ed25519 key"));
    return key;
}

Result<Key> publicKeyFromPem(QByteArrayView pem)
{
    Bio bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    Key key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return Error::make(ErrorCode::Invalid,
                           AuditSigning::tr("the public key is not a PEM public key "
                                            "(\"-----BEGIN PUBLIC KEY-----\")"));
    if (EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return Error::make(ErrorCode::Invalid,
                           AuditSigning::tr("the public key is not an Ed25519 key"));
    return key;
}

Result<QString> keyIdOf(EVP_PKEY *key)
{
    unsigned char raw[32];
    size_t length = sizeof raw;
    if (!EVP_PKEY_get_raw_public_key(key, raw, &length) || length != sizeof raw)
        return Error::make(ErrorCode::Unavailable,
                           AuditSigning::tr("OpenSSL cannot read the Ed25519 public key"));
    AuditChain::Hasher hasher;
    return QString::fromLatin1(
        hasher.sha256Hex(QByteArrayView(reinterpret_cast<const char *>(raw), qsizetype(length)))
            .first(16));
}

} // namespace

QByteArray AuditSigning::generateSeed()
{
    return AuditChain::randomBytes(seedBytes);
}

Result<QByteArray> AuditSigning::publicKeyPem(QByteArrayView seed)
{
    auto key = privateKey(seed);
    if (!key)
        return key.error();
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || !PEM_write_bio_PUBKEY(bio.get(), key->get()))
        return Error::make(ErrorCode::Unavailable,
                           tr("OpenSSL cannot write the public key as PEM"));
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

Result<QString> AuditSigning::keyId(QByteArrayView seed)
{
    auto key = privateKey(seed);
    if (!key)
        return key.error();
    return keyIdOf(key->get());
}

Result<QString> AuditSigning::keyIdOfPem(QByteArrayView pem)
{
    auto key = publicKeyFromPem(pem);
    if (!key)
        return key.error();
    return keyIdOf(key->get());
}

Result<QByteArray> AuditSigning::sign(QByteArrayView seed, QByteArrayView message)
{
    auto key = privateKey(seed);
    if (!key)
        return key.error();
    Context context(EVP_MD_CTX_new());
    QByteArray signature(signatureBytes, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key->get()) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()),
                          &length, bytes(message), size_t(message.size()))
            != 1
        || length != size_t(signatureBytes))
        return Error::make(ErrorCode::Unavailable, tr("OpenSSL cannot sign with Ed25519"));
    return signature;
}

Result<bool> AuditSigning::verify(QByteArrayView pem, QByteArrayView message,
                                  QByteArrayView signature)
{
    auto key = publicKeyFromPem(pem);
    if (!key)
        return key.error();
    if (signature.size() != signatureBytes)
        return false;
    Context context(EVP_MD_CTX_new());
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key->get()) != 1)
        return Error::make(ErrorCode::Unavailable, tr("OpenSSL cannot verify with Ed25519"));
    return EVP_DigestVerify(context.get(), bytes(signature), size_t(signature.size()),
                            bytes(message), size_t(message.size()))
        == 1;
}

} // namespace Tenancy
