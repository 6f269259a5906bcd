#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace Tenancy {

// The hash chain over the audit log (docs/audit-format.md has it byte for byte). Pure: no
// database here; store/AuditLog streams rows into it.
namespace AuditChain {

// The fields the hash covers besides seq and prev, in their canonical order.
enum Field {
    At,
    Operator,
    Role,
    Action,
    TenantId,
    Target,
    Before,
    After,
    Reason,
    ClientHost,
    FieldCount
};
// Their names in the serialization (and the audit_entries columns they come from).
QByteArrayView fieldName(Field field);
QByteArrayView columnName(Field field);

// The previous hash of the first entry: 64 zeros.
QByteArrayView genesis();

// One entry as stored: views into the row's text, valid while it is looked at. A null view
// (data() == nullptr) is SQL NULL; an empty non-null view is ''.
struct Row
{
    qint64 seq = 0;
    QByteArrayView prevHash; // lowercase hex, 64 characters
    QByteArrayView hash;
    std::array<QByteArrayView, FieldCount> fields;
};

// Appends the canonical serialization of row (with seq and prevHash as given) to out.
void serialize(const Row &row, QByteArray &out);

// SHA-256 of the canonical serialization, as 64 lowercase hex characters. Reuses its buffers:
// one Hasher per thread.
class Hasher
{
public:
    Hasher();
    ~Hasher();
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;

    // The hash row should carry (ignores row.hash).
    QByteArrayView hashOf(const Row &row);
    // SHA-256 of bytes, hex.
    QByteArrayView sha256Hex(QByteArrayView bytes);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// HMAC-SHA256 of message under key, hex (seals).
QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message);
// Random bytes from OpenSSL's generator (keys); empty when it fails.
QByteArray randomBytes(int count);

enum class Damage {
    None,
    Edited, // an entry's content no longer matches its hash
    Deleted, // an entry is missing (a gap, or the chain continues from one that is gone)
    Reordered, // entries are in another order than they were written
    Truncated, // the log ends before a seal or an export said it went
    SealMismatch, // a seal's head is not in the chain, or its signature does not match
};
QString damageName(Damage damage); // "edited entry", for people
QString damageId(Damage damage); // "edited", for machines

struct Verdict
{
    Damage damage = Damage::None;
    qint64 firstBadSeq = 0; // when damaged
    QString detail; // one sentence for people
    qint64 entries = 0; // entries checked
    qint64 headSeq = 0; // the last entry's seq (0: none)
    QByteArray headHash; // its hash (genesis when none)
    bool intact() const { return damage == Damage::None; }
};

// Checks rows one by one, in the order of seq. Feed every row, then finish(). Stops checking
// at the first damage; diagnose() then tells what kind it is.
class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::AuditChain::Verifier)

public:
    // Starts after the entry (startSeq - 1) whose hash is startPrev: seq 1 and genesis() for a
    // whole log, or a checkpoint's head.
    explicit Verifier(qint64 startSeq = 1, QByteArray startPrev = {});

    // False once damage was found (no more rows are needed).
    bool add(const Row &row);
    bool damaged() const { return m_verdict.damage != Damage::None; }
    Verdict verdict() const
    {
        Verdict v = m_verdict;
        v.headHash = m_expectedPrev;
        return v;
    }
    // After a broken link or a gap: tells an edit from a deletion from a reordering, from the
    // rows after the break (given by the caller, who has the database).
    struct Suspect
    {
        qint64 seq = 0;
        QByteArray prevHash;
        QByteArray hash;
    };
    // later: every row from the first failing one (inclusive) to the end, light form, in seq
    // order. contentMatches(seq, asSeq): whether the row stored at seq hashes to its stored
    // hash when serialised with asSeq instead (nullopt: no such row).
    void
    diagnose(const QList<Suspect> &later,
             const std::function<std::optional<bool>(qint64 seq, qint64 asSeq)> &contentMatches);
    // Before the rows: a signed head (a seal's, an export's) the chain must pass through: the
    // entry at seq must have hash, and the log must reach it. what names it for the detail
    // ("the seal of 2026-03-01 09:00").
    void expect(qint64 seq, const QByteArray &hash, const QString &what);
    // After the rows (or a damage): checks the heads the rows did not reach.
    void finish();
    // Whether diagnose() can tell more than add() already did.
    bool needsDiagnosis() const { return m_needsDiagnosis; }
    qint64 failedSeq() const { return m_failedSeq; }

private:
    void fail(Damage damage, qint64 seq, QString detail);

    Hasher m_hasher;
    qint64 m_expectedSeq;
    QByteArray m_expectedPrev;
    Verdict m_verdict;
    struct Expected
    {
        QByteArray hash;
        QString what;
    };
    QHash<qint64, Expected> m_expected;
    qint64 m_startSeq;
    QByteArray m_failedPrev; // the first bad row's stored prev
    qint64 m_failedSeq = 0; // where the chain broke (a gap: the first missing seq)
    bool m_gap = false;
    bool m_failedContentOk = false;
    bool m_needsDiagnosis = false;
};

} // namespace AuditChain
} // namespace Tenancy
