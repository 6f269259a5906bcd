#pragma once

#include "Database.h"
#include "audit/AuditChain.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Tenancy {

struct AuditEntry
{
    qint64 seq = 0; // 1, 2, 3 … without gaps: the position in the chain
    QDateTime at;
    QString operatorName;
    QString role;
    QString action; // "tenant.create", "tenant.suspend", "operator.add", ...
    QString tenantId;
    QString target; // what in the tenant it is about ("security.mfa.required"), when one thing
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;
    QString reason;
    QString clientHost; // the machine the change came from (filled in when written)
    QString prevHash; // the chain (filled in when written)
    QString hash;

    QJsonObject toJson() const;
};

// Which entries to list: every set field must match. text looks in the action, target, reason
// and the before/after documents (case-insensitive for ASCII).
struct AuditFilter
{
    QString tenantId;
    QString operatorName;
    QString action; // exact, or a prefix ending in '.' ("tenant.")
    QString text;
    QDateTime since; // inclusive
    QDateTime until; // exclusive
    qint64 beforeSeq = 0; // paging: only entries older than this (0: from the newest)
    int limit = 200;
};

// A signed head: the chain's last entry (seq, hash) and how many entries there were, signed
// with HMAC-SHA256 under the audit key (kept in the OS keychain, never in the database).
struct AuditSeal
{
    qint64 id = 0;
    QDateTime at;
    QString operatorName;
    QString kind; // "periodic", "export", "manual"
    qint64 seq = 0;
    QString hash;
    qint64 entries = 0;
    QString keyId; // the first 16 hex digits of SHA-256(key): which key signed it
    QString mac;

    // The bytes the MAC covers (docs/audit-format.md).
    QByteArray signedText() const;
    QJsonObject toJson() const;
};

// What verify() found, with what the seals said.
struct AuditVerification
{
    AuditChain::Verdict verdict;
    int sealsChecked = 0; // seals whose signature was checked and whose head was found
    int sealsUnchecked = 0; // seals made with another key (another machine's keychain)
    std::optional<AuditSeal> lastSeal; // the newest checked one (not a checkpoint)
    // The last checkpoint, when entries were purged: the chain is checked from the entry
    // after it.
    std::optional<AuditSeal> checkpoint;
};

// The append-only, hash-chained audit log. Entries are written in the same transaction as the
// change they record (a change whose entry cannot be written is not committed); the database
// refuses UPDATE and DELETE on them (migrations 1 and 11). Appends take turns: on PostgreSQL
// under a transaction-scoped advisory lock, on SQLite under BEGIN IMMEDIATE, and seq is unique,
// so two consoles cannot fork the chain.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::AuditLog)

public:
    explicit AuditLog(Database &db)
        : m_db(db)
    { }

    // Inside a write(): part of it. Outside: in a write() of its own.
    Result<void> append(const AuditEntry &entry);
    // Newest first.
    Result<QList<AuditEntry>> find(const AuditFilter &filter);
    Result<QList<AuditEntry>> forTenant(const QString &tenantId, int limit = 50);
    Result<QList<AuditEntry>> recent(int limit = 50);
    Result<qint64> count();
    // The last entry's seq and hash (0 and the genesis hash for an empty log).
    Result<std::pair<qint64, QByteArray>> head();

    // Every entry from fromSeq on, in the order of seq, as stored; stop by returning false.
    // Fast: the rows are read with the backend's own API, not one QVariant per value.
    Result<void> scan(qint64 fromSeq, const std::function<bool(const AuditChain::Row &)> &visit);

    // Recomputes the chain. key: the audit key (empty: seals are not checked); heads: signed
    // heads from outside the database (exports, the last seal this machine made).
    Result<AuditVerification> verify(const QByteArray &key, const QList<AuditSeal> &outside = {},
                                     const std::function<bool(qint64 done, qint64 total)> &progress
                                     = {});

    // Signs the current head with key and records the seal (in a write() of its own).
    Result<AuditSeal> seal(const QByteArray &key, const QString &kind, const QDateTime &at,
                           const QString &operatorName);
    Result<QList<AuditSeal>> seals();
    static QString keyIdOf(const QByteArray &key);

    // Retention: inside a write(), signs the entry throughSeq's (seq, hash) as a checkpoint
    // (a seal of kind "checkpoint", entries = throughSeq), then deletes every entry up to it;
    // record (same transaction) appends what was done. The remaining chain verifies from the
    // checkpoint. The database allows deleting entries only behind a checkpoint.
    Result<AuditSeal> checkpoint(const QByteArray &key, qint64 throughSeq, const QDateTime &at,
                                 const QString &operatorName,
                                 const std::function<Result<void>(const AuditSeal &)> &record);
    Result<std::optional<AuditSeal>> lastCheckpoint();

private:
    Result<QList<AuditEntry>> query(const QString &where, const QVariantList &values, int limit);
    Result<void> diagnose(AuditChain::Verifier &verifier);
    Database &m_db;
};

} // namespace Tenancy
