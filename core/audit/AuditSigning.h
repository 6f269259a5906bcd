#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Tenancy {

// Ed25519 signatures over audit report bundles (docs/audit-bundle.md), with OpenSSL's libcrypto.
// The private key is the 32-byte seed RFC 8032 calls the secret key; it lives in the OS
// keychain (AuditKeys::obtainSigningKey). The public key goes to auditors as PEM
// (SubjectPublicKeyInfo), which `openssl pkeyutl -verify -pubin -rawin` reads.
class AuditSigning
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::AuditSigning)

public:
    static constexpr int seedBytes = 32;
    static constexpr int signatureBytes = 64;

    // A new private key (32 random bytes); empty when the generator fails.
    static QByteArray generateSeed();
    // The public key of seed as PEM ("-----BEGIN PUBLIC KEY-----" ...).
    static Result<QByteArray> publicKeyPem(QByteArrayView seed);
    // The first 16 hex digits of SHA-256 over the raw 32-byte public key: which key signed.
    static Result<QString> keyId(QByteArrayView seed);
    static Result<QString> keyIdOfPem(QByteArrayView pem);
    // The 64-byte signature of message.
    static Result<QByteArray> sign(QByteArrayView seed, QByteArrayView message);
    // Whether signature is pem's over message. An unreadable or non-Ed25519 key is an error.
    static Result<bool> verify(QByteArrayView pem, QByteArrayView message,
                               QByteArrayView signature);
};

} // namespace Tenancy
